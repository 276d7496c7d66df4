import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { blankPageNumberLines } from '../text/page-number-lines';

// Layouts of corpus documents 614–619: whole 部门预算公开 texts holding a department's form and many project
// forms, as converters print them: page numbers inside tables, contents entries with their page numbers in
// cells of their own, form numbers on rows of their own, and the money of a form written as one sentence.

type Row = Record<string, unknown>;
const tsv = (lines: string[]) => lines.map((l) => l.replace(/ {2,}/g, '\t')).join('\n');
const project = (money: string[]) => tsv([
  '项目名称  乡镇污水站运维',
  ...money,
  '年度绩效目标  完成14座污水站运维。',
  '一级指标  二级指标  三级指标  指标值',
  '产出指标  数量指标  运维站点  ≥14座',
]);

describe('a page number between the rows of a table', () => {
  it.each([['— 3 —'], ['- 12 -'], ['第 3 页 共 16 页'], ['第3页'], ['\f']])('%j is no row and no part of a name', (page) => {
    const text = [
      '                2025年项目支出绩效目标表',
      '  项目名称          乡镇污水站运维',
      '  一级指标    二级指标          三级指标                          指标值',
      '  产出指标    数量指标          运维站点                          ≥14座',
      '              质量指标          出水达标率                        ≥95%',
      `                                            ${page}`,
      '',
      '  一级指标    二级指标          三级指标                          指标值',
      '  效益指标    生态效益指标      污水直排口                        0个',
    ].join('\n');
    const form = importText(text, 'a.txt').forms[0]!;
    expect(form.indicators.map((r) => [r.level1, r.name])).toEqual([['产出指标', '运维站点'], ['产出指标', '出水达标率'], ['效益指标', '污水直排口']]);
  });

  it('keeps a bare number on a line, which may be a cell of a one-cell-a-line table', () => {
    expect(blankPageNumberLines('\t运维站点\n\t3\n\n— 3 —\n')).toBe('\t运维站点\n\t3\n\n\n');
    expect(blankPageNumberLines('完成值 - 3 - 以上\n')).toBe('完成值 - 3 - 以上\n');
  });
});

describe('a contents entry whose page number stands in its own cell', () => {
  it.each([
    ['title | page', ['表1 部门整体支出绩效目标表  4', '表2 项目支出绩效目标表  5']],
    ['serial | title | page', ['1  部门整体支出绩效目标表  4', '2  乡镇污水站运维项目支出绩效目标表  5']],
  ])('%s names no form', (_what, contents) => {
    const prose = '二、部门预算情况说明\n2025年部门预算总额2,000.00万元，其中：财政拨款1,800.00万元。';
    const forms = importText(`目录\n${tsv(contents)}\n${prose}\n\n2025年项目支出绩效目标表\n${project([])}`, 'a.txt').forms as unknown as Row[];
    expect(forms.map((f) => [f.kind, f.project_name])).toEqual([['project_target', '乡镇污水站运维']]);
  });

  it('still reads a title row that opens with its number', () => {
    const forms = importText(tsv(['1  2025年项目支出绩效目标表', project([])]), 'a.txt').forms as unknown as Row[];
    expect(forms.map((f) => f.project_name)).toEqual(['乡镇污水站运维']);
  });
});

describe('a form number on a row of its own', () => {
  // One sheet holding every form, each opened by a row of its number over a row of its title (a workbook saved as a web page).
  // A caption row is one cell spanning the sheet's four columns.
  const sheet = (rows: string[][]) => `<table>${rows.map((r) => `<tr>${r.length === 1 ? `<td colspan="4">${r[0]}</td>` : r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
  const rowsOf = (name: string) => [['项目名称', name, '', ''], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '运维站点', '≥14座']];
  it('ends the form above and is no indicator of it', () => {
    const text = sheet([['表13-1'], ['2025年项目支出绩效目标表'], ...rowsOf('乡镇污水站运维'), ['', '', '', ''], ['表13-2'], ['2025年项目支出绩效目标表'], ...rowsOf('农村改厕')]);
    const forms = importText(text, 'a.html').forms as unknown as Array<{ project_name: string; indicators: Array<{ name: string }> }>;
    expect(forms.map((f) => [f.project_name, f.indicators.map((r) => r.name)])).toEqual([['乡镇污水站运维', ['运维站点']], ['农村改厕', ['运维站点']]]);
  });

  it('keeps an indicator whose name starts with 表', () => {
    const text = sheet([['2025年项目支出绩效目标表'], ...rowsOf('乡镇污水站运维'), ['', '质量指标', '表彰先进个人', '3人'], ['', '', '表5', '≥2张']]);
    const form = importText(text, 'a.html').forms[0]!;
    expect(form.indicators.map((r) => r.name)).toEqual(['运维站点', '表彰先进个人', '表5']);
  });
});

describe('the money written as one sentence in its cell', () => {
  const money = (cells: string[]) => importText(`2025年项目支出绩效目标表\n${project([cells.join('\t')])}`, 'a.txt').forms[0] as unknown as Row;
  it.each([
    ['the amount and a bracket after the caption', ['项目资金（万元）', '860.00（其中：财政资金800.00万元，其他资金60.00万元）'], [860, 800, 60]],
    ['label-amount pieces after the caption', ['项目资金（万元）', '年度资金总额1,860.00万元，其中：财政资金1,800.00万元，其他资金60.00万元'], [1860, 1800, 60]],
    ['the parts after a comma, not in a bracket', ['项目资金', '年度资金总额：86.40万元，其中：财政拨款80.40万元'], [86.4, 80.4, null]],
  ])('%s', (_what, cells, want) => {
    const f = money(cells);
    expect([f.budget_total_wan, f.budget_fiscal_wan, f.budget_other_wan]).toEqual(want);
  });

  it('reads a department sentence of totals, sources and structure', () => {
    const text = tsv([
      '2026年部门整体支出绩效目标表',
      '部门名称  某某县卫生健康委员会',
      '年度预算（万元）  资金总额5,236.80万元，其中：财政拨款4,936.80万元，其他资金300.00万元；基本支出1,685.30万元，项目支出3,551.50万元',
      '年度绩效目标  提升县域医疗卫生服务能力。',
      '一级指标  二级指标  三级指标  指标值',
      '产出指标  数量指标  健康档案建档率  ≥90%',
    ]);
    const f = importText(text, 'a.txt').forms[0] as unknown as Row;
    expect([f.budget_total_wan, f.fund_sources, f.structure]).toEqual([5236.8, { government_wan: 4936.8, special_account_wan: null, unit_wan: null }, { basic_wan: 1685.3, project_wan: 3551.5 }]);
  });

  it('leaves a goal sentence that names amounts to the goal', () => {
    const text = tsv([
      '2025年项目支出绩效目标表',
      '项目名称  乡镇污水站运维',
      '项目资金（万元）  120.00',
      '年度绩效目标  投入资金120万元，其中运维经费100万元，完成14座污水站运维。',
      '一级指标  二级指标  三级指标  指标值',
      '产出指标  数量指标  运维站点  ≥14座',
    ]);
    const f = importText(text, 'a.txt').forms[0] as unknown as Row;
    expect([f.budget_total_wan, f.budget_fiscal_wan, f.goal]).toEqual([120, null, '投入资金120万元，其中运维经费100万元，完成14座污水站运维。']);
  });
});
