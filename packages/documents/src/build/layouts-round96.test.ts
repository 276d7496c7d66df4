import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../import/import-file';
import { parseDetailRecords } from '../text/approval-export-rows';

// Layouts of corpus documents 786–789 (approval and OA exports): one approval a row with the detail table in one
// cell, a 年度目标完成情况 column beside the results, the approval's flow record after the form.

const csv = (rows: string[][]) => rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
const importCsv = async (text: string) => {
  const result = await importFile(new TextEncoder().encode(text), 'a.csv');
  if (!result.ok) throw new Error(result.issues[0]!.message);
  return result.document.forms.map((f) => f as unknown as Record<string, unknown> & { indicators: Array<Record<string, unknown>> });
};

const FORM_COLUMNS = ['审批编号', '审批状态', '发起人部门', '预算年度', '项目名称', '主管部门', '实施单位', '年度资金总额（万元）', '年度绩效目标', '绩效指标'];
const detail = (n: string, v: string) => `明细1\n一级指标：产出指标\n二级指标：数量指标\n指标名称：${n}\n指标值：${v}\n权重：60\n明细2\n一级指标：满意度指标\n二级指标：服务对象满意度指标\n指标名称：群众满意度\n指标值：≥90%\n权重：40`;
const approval = (status: string, project: string) => ['2025110500012', status, '计划财务股', '2026', project, '某某县水利局', '某某县河道管理站', '120', '完成河道清淤。', detail('清淤长度', '≥12公里')];

describe('an approval export with the detail table in one cell', () => {
  it('makes each standing approval a form and each record an indicator row', async () => {
    const forms = await importCsv(csv([FORM_COLUMNS, approval('已完成', '河道清淤'), approval('已撤销', '堤防巡查'), approval('审批中', '水毁修复')]));
    expect(forms.map((f) => f.project_name)).toEqual(['河道清淤', '水毁修复']);
    expect(forms[0]!.org).toBe('某某县河道管理站');
    expect(forms[0]!.indicators.map((i) => [i.level1, i.level2, i.name, i.comparator, i.target, i.unit, i.weight])).toEqual([
      ['产出指标', '数量指标', '清淤长度', '>=', '12', '公里', 60],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '>=', '90', '%', 40],
    ]);
  });

  it('keeps a rejected approval (it was filed) and reads `;`/`|` records', async () => {
    const row = ['2025031200093', '已驳回', '疾控中心', '2024', '重大传染病防控', '某某县卫生健康局', '某某县疾病预防控制中心', '96', '完成监测任务。',
      '一级指标:产出指标;二级指标:数量指标;指标名称:检测人份;指标值:≥2万人份|一级指标:效益指标;二级指标:社会效益指标;指标名称:疫情暴发;指标值:无'];
    const forms = await importCsv(csv([FORM_COLUMNS, row]));
    expect(forms).toHaveLength(1);
    expect(forms[0]!.indicators.map((i) => [i.name, i.target])).toEqual([['检测人份', '2'], ['疫情暴发', '无']]);
  });

  it('leaves a table whose cells hold `label：value` notes without indicator names as it was', async () => {
    const text = csv([['项目名称', '三级指标', '指标值', '备注'], ['河道清淤', '清淤长度', '≥12公里', '联系人：张某\n电话：0795-1234567']]);
    const forms = await importCsv(text);
    expect(forms[0]!.indicators.map((i) => i.name)).toEqual(['清淤长度']);
  });
});

describe('parseDetailRecords', () => {
  it('keeps a value that runs on past a `；` of its own and splits records at a blank line or a repeated label', () => {
    expect(parseDetailRecords('指标名称：甲\n偏差原因：资金晚到；已整改\n\n指标名称：乙\n指标值：5\n指标名称：丙\n指标值：6').map((r) => Object.fromEntries(r))).toEqual([
      { 指标名称: '甲', 偏差原因: '资金晚到；已整改' },
      { 指标名称: '乙', 指标值: '5' },
      { 指标名称: '丙', 指标值: '6' },
    ]);
  });

  it('finds no record in text without an indicator name', () => {
    expect(parseDetailRecords('联系人：张某\n电话：0795-1234567')).toEqual([]);
  });
});

describe('a flat export’s 年度目标完成情况 beside its results', () => {
  const header = ['项目名称', '年度目标', '年度目标完成情况', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  it('is the form’s goal outcome, not the indicators’ results', async () => {
    const forms = await importCsv(csv([header, ['河道清淤', '完成清淤12公里。', '完成清淤12.6公里。', '清淤长度', '≥12公里', '12.6公里', '100', '100']]));
    expect(forms[0]!.goal_outcome).toBe('完成清淤12.6公里。');
    expect(forms[0]!.indicators[0]!.actual).toBe('12.6公里');
  });

  it('stays the results column when no other column holds them', async () => {
    const forms = await importCsv(csv([['项目名称', '三级指标', '年度指标值', '目标完成情况', '分值', '得分'], ['河道清淤', '清淤长度', '≥12公里', '12.6公里', '100', '100']]));
    expect(forms[0]!.indicators[0]!.actual).toBe('12.6公里');
  });
});

describe('an approval’s flow record after the form', () => {
  const form = '<table><tr><td>项目名称</td><td>河道清淤</td></tr></table><table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr><tr><td>产出指标</td><td>数量指标</td><td>清淤长度</td><td>≥12公里</td></tr></table>';
  it('is no indicator rows (流转意见 over 节点名称 | 操作者 | 签字意见 | 操作时间)', () => {
    const flow = '<table><tr><td colspan="4">流转意见</td></tr><tr><td>节点名称</td><td>操作者</td><td>签字意见</td><td>操作时间</td></tr><tr><td>财务股审核</td><td>邓某</td><td>同意。</td><td>2025-11-13 15:36</td></tr></table>';
    expect(importText(form + flow, 'a.html').forms[0]!.indicators.map((i) => i.name)).toEqual(['清淤长度']);
  });

  it('ends the table at its steps’ header without its caption', () => {
    const flow = '<table><tr><td>环节名称</td><td>处理人</td><td>处理意见</td><td>处理时间</td></tr><tr><td>受理</td><td>刘某</td><td>予以受理。</td><td>2025-11-27 10:30</td></tr></table>';
    expect(importText(form + flow, 'a.html').forms[0]!.indicators.map((i) => i.name)).toEqual(['清淤长度']);
  });

  it('keeps an indicator named like a step caption (处理时间)', () => {
    const rows = '<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr><tr><td>产出指标</td><td>时效指标</td><td>处理时间</td><td>≤3天</td></tr><tr><td>产出指标</td><td>质量指标</td><td>审批意见采纳率</td><td>≥90%</td></tr></table>';
    expect(importText(`<p>项目名称：窗口服务</p>${rows}`, 'a.html').forms[0]!.indicators.map((i) => i.name)).toEqual(['处理时间', '审批意见采纳率']);
  });
});
