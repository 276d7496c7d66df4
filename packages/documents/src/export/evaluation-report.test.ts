import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { formSchema, type DepartmentSelfEvaluation, type ProjectSelfEvaluation } from '@jixiao/core';
import type { EvaluationReportData } from './evaluation-report-data';
import { buildEvaluationReport, gradeOf, groupOf } from './evaluation-report';
import { crc32 } from './raster-png';

const truth = (JSON.parse(readFileSync('/work/shared/fixtures/truth/003.json', 'utf8')) as { forms: Array<Record<string, unknown>> })
  .forms.map(({ levels_uncertain: _drop, ...f }) => formSchema.parse(f));
const department = truth.find((f) => f.kind === 'department_self_evaluation') as DepartmentSelfEvaluation;
const projects = truth.filter((f) => f.kind === 'project_self_evaluation') as ProjectSelfEvaluation[];

const SAMPLE_REPORT: EvaluationReportData = {
  fiscal_year: 2024,
  department: { name: '某区委目标绩效管理办公室', overview: ['负责全区目标绩效管理工作。'], goal: '完成年度目标考核。' },
  funds: {
    income: [{ label: '财政拨款收入', amount_wan: 812.37 }, { label: '其他收入', amount_wan: 3.2 }],
    expenditure: [{ label: '基本支出', budget_wan: 700.1, executed_wan: 690.45 }, { label: '项目支出', budget_wan: 115.47, executed_wan: 101.9 }],
  },
  evaluation: {
    items: department.indicators.filter((i) => i.weight != null).map((i) => ({ level1: i.level1, level2: i.level2, name: i.name, weight: i.weight, score: i.score })),
    total_score: department.total_score,
  },
  department_self_evaluation: department,
  projects,
  problems: ['预算编制的准确性有待提高。'],
  suggestions: ['加强预算编制培训。'],
};

function documentXml(bytes: Uint8Array): { xml: string; media: string[]; files: Record<string, Uint8Array> } {
  const files = unzipSync(bytes);
  return { xml: strFromU8(files['word/document.xml']!), media: Object.keys(files).filter((f) => f.startsWith('word/media/')), files };
}
const plain = (xml: string) => xml.replace(/<[^>]+>/g, '');

describe('buildEvaluationReport', () => {
  it('writes the five sections, the charts and the self-evaluation tables as 附表', async () => {
    const { xml, media, files } = documentXml(await buildEvaluationReport(SAMPLE_REPORT));
    const text = plain(xml);
    for (const h of ['一、基本情况', '二、资金收支情况', '三、绩效分析', '（一）履职效能', '（二）预算管理', '（三）财务管理', '（四）资产管理', '（五）采购管理', '（六）项目绩效', '四、评价结果应用', '五、评价结论、存在问题和改进建议'])
      expect(text).toContain(h);
    expect(text).toContain('附表1');
    expect(text).toContain('附表3');
    expect(text).toContain('部门整体支出绩效自评表');
    expect(text).toContain('项目支出绩效自评表');
    expect(media.length).toBe(4);
    for (const m of media) expect([...files[m]!.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('prints figures from the data and sums computed from them', async () => {
    const text = plain(documentXml(await buildEvaluationReport(SAMPLE_REPORT)).xml);
    expect(text).toContain('收入合计 815.57 万元');
    expect(text).toContain('支出预算 815.57 万元，实际支出 792.35 万元，预算执行率 97.15%');
    expect(text).toContain(`得分 ${department.total_score} 分，等级为“优”`);
    for (const p of projects) expect(text).toContain(String(p.total_score));
  });

  it('says what is missing instead of making text up', async () => {
    const text = plain(documentXml(await buildEvaluationReport({ fiscal_year: 2024, department: { name: '某局' }, funds: {}, evaluation: {} })).xml);
    expect(text).toContain('（待填写：存在的问题。）');
    expect(text).not.toMatch(/\d+(\.\d+)? 分/);
  });

  it('scores from the department self-evaluation when no template results are given', async () => {
    const text = plain(documentXml(await buildEvaluationReport({ ...SAMPLE_REPORT, evaluation: {} })).xml);
    expect(text).toContain(`得分 ${department.total_score} 分，等级为“优”`);
    expect(text).toContain('预算管理共 4 项评分指标');
  });

  it.each([
    { score: 95, want: '优' }, { score: 90, want: '优' }, { score: 89.99, want: '良' }, { score: 60, want: '中' }, { score: 59, want: '差' }, { score: null, want: null },
  ])('grade of $score is $want', ({ score, want }) => expect(gradeOf(score)).toBe(want));

  it.each([
    { item: { level2: '履职效能', name: '督查次数' }, want: 'duty' },
    { item: { level2: '预算管理', name: '预算编制质量' }, want: 'budget' },
    { item: { level2: '资产管理', name: '资产利用率' }, want: 'assets' },
    { item: { level2: '采购管理', name: '支持中小企业发展' }, want: 'procurement' },
    { item: { level2: '项目决策', name: '决策程序' }, want: 'projects' },
    { item: { level2: '财务管理', name: '财务制度' }, want: 'finance' },
    { item: { level2: null, name: '其他事项' }, want: null },
  ])('$item.level2 goes to $want', ({ item, want }) => {
    expect(groupOf({ level1: null, weight: null, score: null, note: null, deduction: false, ...item })).toBe(want);
  });

  it('keeps a 扣分项 out of the section its name suggests', () => {
    const off = { level1: '扣分项', weight: null, score: -1, note: null, deduction: true };
    expect(groupOf({ ...off, level2: null, name: '预算绩效存在问题' })).toBeNull();
    expect(groupOf({ ...off, level2: '财务管理', name: '财务管理制度' })).toBe('finance');
  });
});

// The shape the server sends for the 2024 template: leaves under their 一级 / 二级, deductions flagged.
const templateReport = (scores: Record<string, number | null>, unscored: number): EvaluationReportData => {
  const row = (level1: string, level2: string | null, name: string, weight: number | null, deduction = false) =>
    ({ level1, level2, name, weight, score: scores[name] ?? (deduction ? 0 : null), note: null, deduction });
  return {
    fiscal_year: 2024,
    department: { name: '某局' },
    funds: {},
    evaluation: {
      items: [
        row('总体绩效', '履职效能', '督查次数', 10),
        row('总体绩效', '预算管理', '预算编制质量', 8), row('总体绩效', '预算管理', '支出执行进度', 9),
        row('总体绩效', '预算管理', '预算年终结余', 8), row('总体绩效', '预算管理', '严控一般性支出', 6),
        row('总体绩效', '资产管理', '资产利用率', 3), row('总体绩效', '采购管理', '采购执行率', 3),
        row('项目绩效', '项目决策', '决策程序', 4),
        row('扣分项', '财务管理', '财务管理制度', null, true), row('扣分项', '财务管理', '资金使用规范', null, true),
        row('扣分项', null, '预算绩效存在问题', null, true),
      ],
      total_score: Object.values(scores).reduce<number>((a, b) => a + (b ?? 0), 0),
      unscored,
      groups: [{ name: '预算管理', weight: 21, rows_weight: 31 }],
    },
  };
};

describe('buildEvaluationReport from template results', () => {
  const full = { 督查次数: 10, 预算编制质量: 8, 支出执行进度: 9, 预算年终结余: 8, 严控一般性支出: 6, 资产利用率: 3, 采购执行率: 3, 决策程序: 4, 财务管理制度: -2, 资金使用规范: -1 };

  it('prints a group\'s printed 分值 beside its rows\' sum, one 扣分项 row, and deductions outside 预算管理', async () => {
    const text = plain(documentXml(await buildEvaluationReport(templateReport(full, 0))).xml);
    expect(text).toContain('预算管理21（下级合计31）31100.00%');
    expect(text).toContain('注：预算管理指标体系标注分值21分，下级指标分值合计31分');
    expect(text).toContain('扣分项扣分项-3—');
    expect(text).not.toContain('财务管理扣分项-3');
    expect(text).toContain('扣分项共扣 3 分：财务管理制度扣 2 分，资金使用规范扣 1 分。');
    const budget = text.slice(text.indexOf('（二）预算管理'), text.indexOf('（三）财务管理'));
    expect(budget).not.toContain('预算绩效存在问题');
    expect(text).toContain('财务管理方面扣分项 2 项，扣 3 分。');
    expect(text).toContain('（待填写）');
    expect(text).toContain('得分 51 分，得分率 100.00%，扣分项扣 3 分，总得分 48 分，评价等级为“差”');
  });

  it('an unfinished evaluation says 未完成 and gets no grade; unscored sections say 未评分', async () => {
    const text = plain(documentXml(await buildEvaluationReport(templateReport({ 督查次数: 10, 预算编制质量: 8 }, 6))).xml);
    expect(text).not.toMatch(/等级为“/);
    expect(text).toContain('评价未完成（6 项未评分），暂不评定等级');
    expect(text).toContain('资产管理共 1 项评分指标，分值 3 分，均未评分。');
    expect(text).not.toContain('本次评价未设资产管理');
    expect(text).toContain('未评分');
  });

  it('an empty 资金收支 and 项目绩效 read （待填写）', async () => {
    const text = plain(documentXml(await buildEvaluationReport({ fiscal_year: 2024, department: { name: '某局' }, funds: {}, evaluation: {} })).xml);
    expect(text).toMatch(/二、资金收支情况（待填写）/);
    expect(text).toMatch(/（六）项目绩效（待填写）/);
  });
});

describe('crc32', () => {
  it('matches the standard check value', () => expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926));
});
