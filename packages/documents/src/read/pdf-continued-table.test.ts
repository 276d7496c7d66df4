import { describe, expect, it } from 'vitest';
import type { SourceCell, SourceRow } from '../model/source-document';
import { isRunningHead, joinContinuedTable, type Positioned } from './pdf-continued-table';

const EDGES = [40, 110, 190, 320, 400, 555];

/** A row from cell texts: `^` is a cell merged from above, `产出指标*3` a cell spanning three rows. */
function row(...texts: string[]): SourceRow {
  return {
    cells: texts.map((t): SourceCell => {
      if (t === '^') return { text: '', mergedFromAbove: true };
      const m = /^(.*)\*(\d+)$/.exec(t);
      return m ? { text: m[1]!, rowSpan: Number(m[2]) } : { text: t };
    }),
  };
}

function table(rows: SourceRow[]): Positioned {
  return { top: 40, block: { kind: 'table', rows }, columns: [...EDGES] };
}

const page1 = () => [
  row('一级指标', '二级指标', '三级指标', '指标值', '计量单位'),
  row('产出指标*3', '数量指标*3', '改造条数', '≥42', '条'),
  row('^', '^', '改造面积', '≥18.6', '万平方米'),
  row('^', '^', '管网长度', '≥12.5', '公里'),
];

describe('joinContinuedTable', () => {
  it.each([
    ['the last row printed again with its merged levels', [row('产出指标', '数量指标', '管网长度', '≥12.5', '公里'), row('*2', '*2', '路灯数量', '≥860', '盏'), row('^', '^', '路灯数量', '≥860', '盏')], ['改造条数', '改造面积', '管网长度', '路灯数量', '路灯数量']],
    ['the last row printed again without its levels', [row('', '', '管网长度', '≥12.5', '公里'), row('', '', '路灯数量', '≥860', '盏')], ['改造条数', '改造面积', '管网长度', '路灯数量']],
    ['a new row with the same value', [row('*1', '*1', '路灯数量', '≥12.5', '公里')], ['改造条数', '改造面积', '管网长度', '路灯数量']],
    ['a new row under another level', [row('效益指标', '社会效益指标', '管网长度', '≥12.5', '公里')], ['改造条数', '改造面积', '管网长度', '管网长度']],
  ])('%s', (_, next, names) => {
    const prev = table(page1());
    joinContinuedTable(prev, table(next));
    const rows = (prev.block as { rows: SourceRow[] }).rows.slice(1);
    expect(rows.map((r) => r.cells[2]!.text)).toEqual(names);
  });

  it('joins the merges cut under a repeated first row of a group', () => {
    const prev = table([page1()[0]!, row('产出指标', '数量指标', '改造条数', '≥42', '条')]);
    joinContinuedTable(prev, table([row('产出指标', '数量指标', '改造条数', '≥42', '条'), row('*2', '*2', '改造面积', '≥18.6', '万平方米'), row('^', '^', '管网长度', '≥12.5', '公里')]));
    const rows = (prev.block as { rows: SourceRow[] }).rows.slice(1);
    expect(rows.map((r) => r.cells[2]!.text)).toEqual(['改造条数', '改造面积', '管网长度']);
    expect(rows.map((r) => [r.cells[0]!.rowSpan ?? 1, Boolean(r.cells[0]!.mergedFromAbove)])).toEqual([[3, false], [1, true], [1, true]]);
  });
});

describe('a row the page break cut, under a level merged from that row down', () => {
  // Page 1 ends with the first row of 效益指标 (its name and value wrapped); page 2 opens with the rest of the
  // name and the value's note under the level boxes that go on over the next row.
  const lastPage = () => [page1()[0]!, row('效益指标', '社会效益指标', '日均客运量（含镇村', '≥3.2', '万人次')];
  it.each([
    ['the name goes on', [row('*2', '*2', '公交及定制班线）', '', ''), row('^', '^', '公交准点率', '≥90', '%')], ['日均客运量（含镇村公交及定制班线）', '公交准点率'], [[2, false], [1, true]]],
    ['a new row under the same levels', [row('*2', '*2', '公交准点率', '≥90', '%'), row('^', '^', '车辆完好率', '≥95', '%')], ['日均客运量（含镇村', '公交准点率', '车辆完好率'], null],
    ['a new level', [row('满意度指标', '满意度指标', '乘客满意度）', '', '')], ['日均客运量（含镇村', '乘客满意度）'], [[1, false], [1, false]]],
  ])('%s', (_, next, names, levelSpans) => {
    const prev = table(lastPage());
    joinContinuedTable(prev, table(next));
    const rows = (prev.block as { rows: SourceRow[] }).rows.slice(1);
    expect(rows.map((r) => r.cells[2]!.text)).toEqual(names);
    // (A new row keeps the page's own empty level box: the form reader carries the level on.)
    if (levelSpans) expect(rows.map((r) => [r.cells[0]!.rowSpan ?? 1, Boolean(r.cells[0]!.mergedFromAbove)])).toEqual(levelSpans);
  });
});

describe('isRunningHead', () => {
  it.each([
    ['某某省预算管理一体化系统　打印时间：2025-03-12 10:21', true],
    ['打印人：张三', true],
    ['第 2 页 共 3 页', true],
    ['- 2 -', true],
    // A title or a label line above a table is no running head: a new form may start there.
    ['2025年度项目支出绩效目标表', false],
    ['填报单位：某某县水利局', false],
    // (A 续表 line says the table above goes on: it stands between the two pages' tables, round 79.)
    ['（续表）', true],
  ])('%s → %s', (str, want) => {
    expect(isRunningHead({ top: 0, block: { kind: 'text', text: str } })).toBe(want);
  });
});

describe('a page whose table has as many columns at other widths', () => {
  // Each page printed as a table of its own, sized to its text: the next page's columns are the same
  // columns in order, though none of their inner edges lines up with the previous page's.
  it('keeps every cell in its column', () => {
    const prev = table(page1());
    const next: Positioned = { top: 40, block: { kind: 'table', rows: [row('', '', '路灯数量', '≥860', '盏')] }, columns: [40, 130, 250, 360, 450, 555] };
    joinContinuedTable(prev, next);
    const last = (prev.block as { rows: SourceRow[] }).rows.at(-1)!;
    expect(last.cells.map((c) => [c.text, c.colSpan ?? 1])).toEqual([['', 1], ['', 1], ['路灯数量', 1], ['≥860', 1], ['盏', 1]]);
    expect(prev.columns).toEqual(EDGES);
  });

  it('still interleaves a page that shows fewer column lines', () => {
    const prev = table(page1());
    const next: Positioned = { top: 40, block: { kind: 'table', rows: [row('效益指标', '社会效益指标', '路灯亮灯率≥98%', '%')] }, columns: [40, 110, 190, 400, 555] };
    joinContinuedTable(prev, next);
    const last = (prev.block as { rows: SourceRow[] }).rows.at(-1)!;
    expect(last.cells.map((c) => c.colSpan ?? 1)).toEqual([1, 1, 2, 1]);
  });
});

describe('a total row or a figure at the top of the next page', () => {
  // Page 1 ends with the last indicator, 序号 first and no merges; page 2 opens with the 合计 row, its first cell empty.
  const lastPage = () => [row('序号', '一级指标', '三级指标', '指标值', '权重'), row('8', '满意度指标', '游客满意度', '≥90%', '15')];
  it.each([
    ['合计 under the level, its total under the weight: a row of its own', [row('', '合计', '', '', '100')], ['满意度指标', '合计']],
    ['a figure under a short figure: a row of its own', [row('', '', '', '', '10')], ['满意度指标', '']],
    ['a name that goes on, the figures left empty: the same row', [row('', '', '（含自驾游客）', '', '')], ['满意度指标']],
  ])('%s', (_, next, levels) => {
    const prev = table(lastPage());
    joinContinuedTable(prev, table(next));
    const rows = (prev.block as { rows: SourceRow[] }).rows.slice(1);
    expect(rows.map((r) => r.cells[1]!.text)).toEqual(levels);
    expect(rows[0]!.cells[4]!.text).toBe('15');
  });

  it('joins a long figure wrapped over the break', () => {
    const prev = table([row('项目编码', '', '', '', ''), row('编码', '36000025000000', '', '', '')]);
    joinContinuedTable(prev, table([row('', '413207', '', '', '')]));
    // (How the pieces are glued is joinPieces' business: here only that no new row starts.)
    expect((prev.block as { rows: SourceRow[] }).rows.map((r) => r.cells[1]!.text.replace(/\s/g, ''))).toEqual(['', '36000025000000413207']);
  });
});
