import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { detectFormTitle, isOtherTableTitle } from './form-titles';
import { isMoneyStatementTotal } from './total-row';
import type { GridCell } from './flatten-source';

// Layouts of corpus documents 602–607: year-end publications. An evaluator's score sheet annexed to a
// 绩效评价报告 (no form), a 自评报告 whose title alone names the unit, and a budget statement's 合计 line
// in the report's text before the score sheet.

const tsv = (lines: string[]) => lines.map((l) => l.replace(/ {2,}/g, '\t')).join('\n');
const scoreRows = [
  '一级指标  二级指标  三级指标  分值  指标解释  评分标准  得分',
  '决策  项目立项  立项依据充分性  20  是否符合规划  充分得20分  20',
  '产出  产出数量  新建泊位完成率  40  实际÷计划  完成率×分值  36',
  '效益  项目效益  群众满意度  40  问卷调查  90%以上得满分  38',
  '合计      100      94',
];

describe("an evaluator's score sheet", () => {
  it.each([
    ['附件1：绩效评价指标体系及评分表'],
    ['某某项目绩效评价评分表'],
    ['2025年度重点项目绩效评价打分表'],
  ])('%s holds no form', (title) => {
    const doc = importText(tsv(['某某项目绩效评价报告', '经评价，该项目综合得分94分。', title, ...scoreRows]), 'a.txt');
    expect(doc.forms).toEqual([]);
    expect(doc.warnings.find((w) => w.code === 'no_forms')?.message).toMatch(/评分表/);
    expect(isOtherTableTitle(title)).toBe(true);
  });

  it('keeps a unit’s own score sheet (自评) a form', () => {
    const doc = importText(tsv(['部门整体支出绩效自评表', ...scoreRows]), 'a.txt');
    expect(doc.forms.map((f) => [f.kind, f.indicators.length])).toEqual([['department_self_evaluation', 3]]);
  });

  it('keeps the titles self-evaluations go by', () => {
    expect(detectFormTitle('项目支出绩效评价表', true)).toBe('project_self_evaluation');
    expect(detectFormTitle('部门整体支出绩效自评评分表', true)).toBe(null);
    expect(isOtherTableTitle('部门整体支出绩效自评评分表')).toBe(false);
  });
});

describe('a form titled bare inside a unit’s 自评报告', () => {
  const doc = (report: string) =>
    importText(tsv([report, '一、部门基本情况', '本局内设股室7个。', '附表1', '部门整体支出绩效自评表', ...scoreRows]), 'a.txt').forms[0]!;

  it('takes the unit the report title names', () => {
    expect(doc('某某县交通运输局2025年度部门整体支出绩效自评报告').org).toBe('某某县交通运输局');
  });

  it.each([
    ['a report naming no unit', '2025年度部门整体支出绩效自评报告'],
    ['a report of projects', '某某县交通运输局2025年度项目支出绩效自评报告'],
  ])('takes none from %s', (_what, report) => {
    expect(doc(report).org).toBe(null);
  });
});

describe("a budget statement's 合计 line before the score sheet", () => {
  const cells = (texts: string[]) => texts.map((text, col) => ({ text, col, span: 1 }) as unknown as GridCell);

  // The sheet untitled (its caption printed under it), so the report's title opens the form above both.
  it('is no total score', () => {
    const form = importText(tsv([
      '某某县司法局2025年度部门整体支出绩效自评报告',
      '项目  年初预算数  全年预算数  全年执行数  执行率',
      '合计  1,186.40  1,243.75  1,229.82  98.88%',
      '二、自评结果',
      ...scoreRows,
    ]), 'a.txt').forms[0]!;
    expect((form as unknown as { total_score: number }).total_score).toBe(94);
  });

  it.each([
    [['合计', '1,186.40', '1,243.75', '1,229.82', '98.88%'], true],
    [['合计', '100', '96.3'], false],
    [['总分', '100', '96.3%'], false],
    [['合计', '560.00', '600.00', '590.00'], false],
  ])('%j → %s', (texts, want) => {
    expect(isMoneyStatementTotal(cells(texts))).toBe(want);
  });
});
