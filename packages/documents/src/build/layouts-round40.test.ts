import { describe, expect, it } from 'vitest';
import { importFile } from '../import/import-file';
import { isRunningHeadText } from '../read/pdf-continued-table';
import { type PlacedRow, recenterMergedLevels } from '../read/pdf-centered-levels';
import type { GridCell, Item } from './flatten-source';
import { headerRole, readHeaderRow } from './header-map';
import { unstackRowLines } from './stacked-row-lines';

// Layouts of corpus documents 491–496: unnumbered indicators one a line beside one weight, a budget
// system's code columns, a web page printed with the browser's stamp atop each page and its levels
// printed atop their groups, and a 资金表 laid out beside the 目标表.
const rowItem = (texts: string[], tableIndex = 1): Item => ({
  type: 'row', line: null, tableIndex,
  cells: texts.map((text, k): GridCell => ({ text, start: k, span: 1, merged: false })),
});
const texts = (items: Item[]): string[][] => items.map((i) => (i.type === 'row' ? i.cells.map((c) => c.text) : []));

describe('unnumbered indicators one a line beside one weight', () => {
  const header = rowItem(['一级指标', '二级指标', '三级指标', '指标值', '权重']);
  it.each([
    // Every value line a whole value with its sign: as many indicators, the weight on the first.
    [['产出指标', '数量指标', '覆盖村数\n巡检频次\n疏通长度', '≥46个\n≥2次/月\n≥18公里', '15'],
      [['产出指标', '数量指标', '覆盖村数', '≥46个', '15'], ['', '', '巡检频次', '≥2次/月', ''], ['', '', '疏通长度', '≥18公里', '']]],
    // A name wrapped beside a value wrapped at the column's edge: one indicator.
    [['产出指标', '数量指标', '参保动员宣传\n场次', '≥1\n20', '10'], [['产出指标', '数量指标', '参保动员宣传\n场次', '≥1\n20', '10']]],
    [['产出指标', '质量指标', '疫苗接种\n覆盖率', '≥\n95%', '10'], [['产出指标', '质量指标', '疫苗接种\n覆盖率', '≥\n95%', '10']]],
    // A value with a remark under it.
    [['产出指标', '质量指标', '验收\n合格率', '≥95%\n（含）', '10'], [['产出指标', '质量指标', '验收\n合格率', '≥95%\n（含）', '10']]],
  ])('unstackRowLines(%j)', (cells, rows) => {
    expect(texts(unstackRowLines([header, rowItem(cells)])).slice(1)).toEqual(rows);
  });
});

describe('a budget system\'s code columns', () => {
  it.each([['一级指标编码', null], ['指标代码', null], ['二级指标编号', null], ['一级指标', 'level1'], ['三级指标', 'name']])('headerRole(%s) is %s', (text, role) => {
    expect(headerRole(text)).toBe(role);
  });

  it('reads the names beside their codes', () => {
    const cells = ['一级指标编码', '一级指标', '二级指标编码', '二级指标', '指标编码', '三级指标', '指标性质', '指标值'].map((text, k): GridCell => ({ text, start: k, span: 1, merged: false }));
    expect(readHeaderRow(cells)?.roles).toEqual([null, 'level1', null, 'level2', null, 'name', 'nature', 'value']);
  });
});

describe('a browser\'s print stamp atop each page', () => {
  it.each([
    ['2025/3/6 09:41　　某某区人民政府门户网站－政务公开', true],
    ['2024-11-02 16:05:33 某某县财政局', true],
    ['系统名称　打印时间：2025-03-12 10:21', true],
    ['2025年3月6日', false],
    ['2025/3/6', false],
  ])('isRunningHeadText(%s) is %s', (text, want) => {
    expect(isRunningHeadText(text)).toBe(want);
  });
});

describe('a table going on over the page with its levels printed atop their groups', () => {
  const at = (y: number, cells: string[]): PlacedRow => ({
    cells: cells.map((text) => ({ text })), top: y, bottom: y + 9,
    spans: cells.map((t) => (t ? [y, y + 9] as [number, number] : null)),
  });
  it('keeps each level on the row it is printed on when centring would put a level 2 under another kind', () => {
    const rows = [
      at(0, ['', '', '培训结业率', '≥90%']),
      at(20, ['', '时效指标', '拨付时间', '6月底前']),
      at(40, ['', '成本指标', '运行补助', '≤8万元']),
      at(60, ['效益指标', '社会效益指标', '接待人次', '≥45万人次']),
      at(80, ['', '', '参与人次', '≥6万人次']),
      at(100, ['', '可持续影响指标', '服务体系', '持续完善']),
      at(120, ['满意度指标', '服务对象满意度指标', '群众满意度', '≥92%']),
    ];
    expect(recenterMergedLevels(rows).map((r) => r.cells.slice(0, 2).map((c) => (c.mergedFromAbove ? '^' : c.text)))).toEqual([
      ['', ''], ['', '时效指标'], ['', '成本指标'], ['效益指标', '社会效益指标'], ['', ''], ['', '可持续影响指标'], ['满意度指标', '服务对象满意度指标'],
    ]);
  });
});

describe('a 资金表 laid out beside the 目标表', () => {
  const page = (spacer: string) => `<html><body><table><tr><td>
<table><tr><td>项目名称</td><td colspan="3">甲项目</td></tr>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>
<tr><td>产出指标</td><td>数量指标</td><td>培训人数</td><td>≥300人</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>学员满意度</td><td>≥90%</td></tr></table>
</td>${spacer}<td>
<table><tr><th colspan="2">项目资金情况（单位：万元）</th></tr>
<tr><td>年度资金总额</td><td>120.00</td></tr><tr><td>其中：财政资金</td><td>100.00</td></tr><tr><td>其他资金</td><td>20.00</td></tr>
<tr><td>支出内容</td><td>金额</td></tr><tr><td>教材印制</td><td>20.00</td></tr></table>
</td></tr></table></body></html>`;
  it.each([['no spacer', ''], ['an empty spacer cell between', '<td width="2%">&nbsp;</td>']])('reads the form and its budget (%s)', async (_name, spacer) => {
    const result = await importFile(new TextEncoder().encode(page(spacer)), 'x.html');
    if (!result.ok) throw new Error('not read');
    const form = result.document.forms[0] as unknown as Record<string, unknown> & { indicators: Array<{ name: string }> };
    expect(form.indicators.map((i) => i.name)).toEqual(['培训人数', '学员满意度']);
    expect([form.budget_total_wan, form.budget_fiscal_wan, form.budget_other_wan]).toEqual([120, 100, 20]);
  });
});
