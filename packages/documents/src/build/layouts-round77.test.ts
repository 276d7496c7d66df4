import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { statementHeaderRow } from './statement-tables';
import type { GridCell } from './flatten-source';

// Layouts of corpus documents 710–715: performance forms among the other tables of a 部门预算/决算公开
// volume, whose titles and header rows must end the form above instead of being read as its rows.

const cells = (texts: string[]): GridCell[] => texts.map((text, start) => ({ text, start, span: 1, merged: false }));
const row = (texts: string[]) => `<tr>${texts.map((t) => `<td>${t}</td>`).join('')}</tr>`;

const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '指标值', '权重（%）'];
/** A form's title and its open table: the rows above the indicator header, the header, the indicator rows. */
const formTable = (title: string, above: string[][], rows: string[][]) => [`<h2>${title}</h2>`, '<table>', ...[...above, INDICATOR_HEADER, ...rows].map(row)];

const projectForm = formTable('2025年项目支出绩效目标表', [['项目名称', '防汛', '', '', '']], [
  ['产出指标', '数量指标', '防汛抢险演练次数', '≥2次', '50'],
  ['满意度指标', '服务对象满意度指标', '沿河群众满意度', '≥90%', '50'],
]);

describe('a statement stacked right under a form', () => {
  it('takes a title row of another statement as the end of the form, not as a row or a new form', () => {
    const html = [
      ...projectForm,
      '<tr><td colspan="5">项目支出预算表</td></tr>',
      row(['项目名称', '项目类型', '合计', '一般公共预算', '备注']),
      row(['防汛', '特定目标类', '378.00', '378.00', '']),
      '</table>',
    ].join('\n');
    const forms = importText(html, 'a.html').forms;
    expect(forms).toHaveLength(1);
    expect(forms[0]!.indicators.map((r) => r.name)).toEqual(['防汛抢险演练次数', '沿河群众满意度']);
  });

  it('takes a statement header with no title before it as the end of the form, its years no heading', () => {
    const html = [
      ...projectForm,
      '</table><p>单位：万元</p><table>',
      row(['项目', '2024年预算数', '2025年预算数', '增减额', '增减率']),
      row(['合计', '9.80', '8.60', '-1.20', '-12.24%']),
      row(['公务接待费', '3.30', '2.60', '-0.70', '-21.21%']),
      '</table>',
      '<table>',
      row(['项目名称', '水毁修复', '', '', '']),
      row(INDICATOR_HEADER),
      row(['产出指标', '数量指标', '修复堤段', '≥3处', '100']),
      '</table>',
    ].join('\n');
    const forms = importText(html, 'a.html').forms;
    expect(forms.map((f) => [f.fiscal_year, f.indicators.map((r) => r.name)])).toEqual([
      [2025, ['防汛抢险演练次数', '沿河群众满意度']],
      [2025, ['修复堤段']],
    ]);
  });
});

describe('what is no statement header', () => {
  it.each([
    ['a 自评表 budget block', ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']],
    ['a 部门 form money caption row', ['合计', '一般公共预算', '政府性基金预算', '财政专户', '单位资金']],
    ['money captions only', ['合计', '一般公共预算', '政府性基金预算']],
    ['an indicator header', ['一级指标', '二级指标', '三级指标', '指标值', '权重']],
  ])('%s', (_what, texts) => {
    expect(statementHeaderRow(cells(texts))).toBeNull();
  });

  it.each([
    ['a 功能分类 table', ['科目编码', '科目名称', '合计', '基本支出', '项目支出']],
    ['a comparison by year', ['项目', '2025年预算数', '2026年预算数', '增减额', '增减率']],
    ['a 决算 statement', ['项目', '行次', '金额', '项目', '行次', '金额']],
  ])('%s is one', (_what, texts) => {
    expect(statementHeaderRow(cells(texts))).not.toBeNull();
  });

  it('keeps a 部门 form whose money sits under captions shared with the statements', () => {
    const money = [['部门预算总额', '合计', '一般公共预算', '政府性基金预算', ''], ['', '1,698.60', '1,438.60', '260.00', '']];
    const html = [...formTable('某某县水利局2025年部门整体支出绩效目标表', money, [['产出指标', '数量指标', '河道清淤长度', '≥12公里', '100']]), '</table>'].join('\n');
    const form = importText(html, 'a.html').forms[0] as unknown as Record<string, unknown>;
    expect(form.budget_total_wan).toBe(1698.6);
    expect((form.indicators as unknown[]).length).toBe(1);
  });
});
