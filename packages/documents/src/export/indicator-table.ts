import type { Comparator, Indicator } from '@jixiao/core';
import { cell, formatNumber, moneyOrScore, quantity, textOrQuantity, type CellContent, type LayoutCell, type LayoutRow } from './form-layout';

export interface IndicatorColumn {
  label: string;
  /** Relative width in characters. */
  width: number;
  /** Level columns merge runs of equal values vertically. */
  level?: 'level1' | 'level2';
  text: (indicator: Indicator) => string;
  /** The cell as written when it can hold a figure (weights, scores, plain-number values); `text` otherwise. */
  content?: (indicator: Indicator) => CellContent;
}

const COMPARATOR_SIGNS: Record<Exclude<Comparator, 'qualitative'>, string> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' };

/**
 * 指标性质 as printed. A sign or 定性 in its own column is what keeps the comparator exact on
 * re-import: a target like "100" with 定性 would read back as `=` without it.
 */
export function natureText(indicator: Indicator): string {
  if (indicator.comparator == null) return '';
  if (indicator.comparator === 'qualitative') return '定性';
  return COMPARATOR_SIGNS[indicator.comparator];
}

/** 指标值 with sign and unit folded in, for layouts that have no 指标性质/单位 columns. */
export function inlineTargetText(indicator: Pick<Indicator, 'comparator' | 'target' | 'unit'>): string {
  if (indicator.comparator == null || indicator.comparator === 'qualitative') return indicator.target;
  return `${COMPARATOR_SIGNS[indicator.comparator]}${indicator.target}${indicator.unit ?? ''}`;
}

const some = (rows: Indicator[], pick: (i: Indicator) => unknown) => rows.some((r) => pick(r) != null && pick(r) !== '');

export const column = {
  level1: { label: '一级指标', width: 8, level: 'level1', text: (i) => i.level1 ?? '' },
  level2: { label: '二级指标', width: 9, level: 'level2', text: (i) => i.level2 ?? '' },
  name: (label: string, width = 14): IndicatorColumn => ({ label, width, text: (i) => i.name }),
  description: (label: string, width = 14): IndicatorColumn => ({ label, width, text: (i) => i.description ?? '' }),
  method: { label: '评分说明', width: 22, text: (i) => i.method ?? '' },
  nature: { label: '指标性质', width: 5, text: natureText },
  target: { label: '指标值', width: 9, text: (i) => i.target, content: (i) => textOrQuantity(i.target) },
  unit: (label = '计量单位'): IndicatorColumn => ({ label, width: 5, text: (i) => i.unit ?? '' }),
  weight: (label = '权重'): IndicatorColumn => ({ label, width: 5, text: (i) => formatNumber(i.weight), content: (i) => quantity(i.weight) }),
  basis: { label: '指标值确定依据', width: 10, text: (i) => i.basis ?? '' },
  actual: { label: '完成值', width: 8, text: (i) => i.actual ?? '', content: (i) => textOrQuantity(i.actual ?? '') },
  score: (label = '得分'): IndicatorColumn => ({ label, width: 5, text: (i) => formatNumber(i.score), content: (i) => moneyOrScore(i.score) }),
  reason: { label: '未完成原因分析', width: 12, text: (i) => i.reason ?? '' },
} satisfies Record<string, IndicatorColumn | ((...args: never[]) => IndicatorColumn)>;

/** Which optional columns the rows need: a column nobody fills is left out of the print. */
export function presence(rows: Indicator[]) {
  return {
    levels: some(rows, (r) => r.level1) || some(rows, (r) => r.level2),
    description: some(rows, (r) => r.description),
    weight: some(rows, (r) => r.weight),
    basis: some(rows, (r) => r.basis),
    method: some(rows, (r) => r.method),
    actual: some(rows, (r) => r.actual),
    score: some(rows, (r) => r.score),
    reason: some(rows, (r) => r.reason),
    target: some(rows, (r) => r.target) || some(rows, (r) => r.comparator),
    unit: some(rows, (r) => r.unit),
  };
}

/**
 * Header row plus one row per indicator, spread over `width` grid columns (the name
 * column takes any spare ones). Runs of equal 一级/二级 values become vertical merges;
 * a 二级 run never crosses a 一级 boundary.
 */
export function indicatorRows(rows: Indicator[], columns: IndicatorColumn[], width: number): LayoutRow[] {
  const spare = Math.max(0, width - columns.length);
  const nameIndex = Math.max(0, columns.findIndex((c) => c.level == null));
  const spans = columns.map((_, i) => 1 + (i === nameIndex ? spare : 0));
  const starts = spans.map((_, i) => spans.slice(0, i).reduce((a, b) => a + b, 0));
  const header: LayoutRow = {
    header: true,
    cells: columns.map((c, i) => cell(starts[i] ?? 0, c.label, { colSpan: spans[i] ?? 1, bold: true, align: 'center' })),
  };
  const body: LayoutRow[] = rows.map(() => ({ header: false, cells: [] }));
  // A row without 二级 lets its name take the 二级 column too, as printed forms do: a blank
  // level cell would read back as "same as above".
  const level2Index = columns.findIndex((c) => c.level === 'level2');
  const absorbs = level2Index >= 0 && level2Index + 1 === nameIndex;
  const absorbed = new Set<number>();
  columns.forEach((c, i) => {
    let r = 0;
    while (r < rows.length) {
      const indicator = rows[r]!;
      const text = c.text(indicator);
      if (absorbs && i === level2Index && text === '') {
        absorbed.add(r);
        r++;
        continue;
      }
      const widen = i === nameIndex && absorbed.has(r);
      const col = widen ? (starts[level2Index] ?? 0) : (starts[i] ?? 0);
      const colSpan = (spans[i] ?? 1) + (widen ? (spans[level2Index] ?? 1) : 0);
      let end = r + 1;
      if (c.level && text !== '') {
        while (end < rows.length && sameRun(rows[r]!, rows[end]!, c.level)) end++;
      }
      const merged: LayoutCell = cell(col, c.content ? c.content(indicator) : text, { colSpan, rowSpan: end - r, align: c.level ? 'center' : 'left' });
      body[r]!.cells.push(merged);
      r = end;
    }
  });
  return [header, ...body];
}

/** Grid column widths for `columns` laid over `width` grid columns (spare ones share the name's width). */
export function gridWidths(columns: IndicatorColumn[], width: number): number[] {
  const spare = Math.max(0, width - columns.length);
  const nameIndex = Math.max(0, columns.findIndex((c) => c.level == null));
  const out: number[] = [];
  columns.forEach((c, i) => {
    if (i === nameIndex && spare > 0) {
      for (let k = 0; k <= spare; k++) out.push(Math.max(4, c.width / (spare + 1)) + 2);
    } else out.push(c.width);
  });
  return out;
}

function sameRun(a: Indicator, b: Indicator, level: 'level1' | 'level2'): boolean {
  if (a.level1 !== b.level1) return false;
  return level === 'level1' || a.level2 === b.level2;
}
