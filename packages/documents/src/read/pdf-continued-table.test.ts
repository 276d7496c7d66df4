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

describe('isRunningHead', () => {
  it.each([
    ['某某省预算管理一体化系统　打印时间：2025-03-12 10:21', true],
    ['打印人：张三', true],
    ['第 2 页 共 3 页', true],
    ['- 2 -', true],
    // A title or a label line above a table is no running head: a new form may start there.
    ['2025年度项目支出绩效目标表', false],
    ['填报单位：某某县水利局', false],
    ['（续表）', false],
  ])('%s → %s', (str, want) => {
    expect(isRunningHead({ top: 0, block: { kind: 'text', text: str } })).toBe(want);
  });
});
