import type { SourceCell, SourceRow } from '../model/source-document';
import type { ReadLimits } from './read-limits';

/** A merged range of a sheet, 1-based and inclusive. */
export interface Merge {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * Takes hidden rows out of the grid, as Excel shows it: their values go, later rows move up,
 * merges lose the hidden part (a merge's text moves to its first visible row). Returns each
 * remaining row's number in the sheet, for messages.
 */
export function dropHiddenRows(values: Map<number, Map<number, string>>, merges: Merge[], hidden: Set<number>): (r: number) => number {
  const sorted = [...hidden].sort((a, b) => a - b);
  const shift = (r: number) => { let n = 0; for (const h of sorted) if (h < r) n++; else break; return r - n; };
  for (const m of merges) {
    let first = m.r0;
    while (first <= m.r1 && hidden.has(first)) first++;
    const text = values.get(m.r0)?.get(m.c0);
    if (first !== m.r0 && first <= m.r1 && text !== undefined) {
      let row = values.get(first);
      if (!row) values.set(first, (row = new Map()));
      row.set(m.c0, text);
    }
  }
  const moved = new Map<number, Map<number, string>>();
  const original = new Map<number, number>();
  for (const [r, row] of values) {
    if (hidden.has(r)) continue;
    moved.set(shift(r), row);
    original.set(shift(r), r);
  }
  values.clear();
  for (const [r, row] of moved) values.set(r, row);
  const kept = merges.filter((m) => {
    for (let r = m.r0; r <= m.r1; r++) if (!hidden.has(r)) return true;
    return false;
  });
  for (const m of kept) {
    let r0 = m.r0;
    while (hidden.has(r0)) r0++;
    let r1 = m.r1;
    while (hidden.has(r1)) r1--;
    m.r0 = shift(r0);
    m.r1 = shift(r1);
  }
  merges.splice(0, merges.length, ...kept);
  return (r) => original.get(r) ?? r + sorted.filter((h) => h <= r).length;
}

/**
 * Takes hidden columns out of the grid, as Excel shows it: their values go, later columns move
 * left, merges lose the hidden part (a merge's text moves to its first visible column).
 */
export function dropHiddenColumns(values: Map<number, Map<number, string>>, merges: Merge[], hidden: Set<number>): void {
  const sorted = [...hidden].sort((a, b) => a - b);
  const shift = (c: number) => { let n = 0; for (const h of sorted) if (h < c) n++; else break; return c - n; };
  for (const m of merges) {
    let first = m.c0;
    while (first <= m.c1 && hidden.has(first)) first++;
    const row = values.get(m.r0);
    if (first !== m.c0 && first <= m.c1 && row?.has(m.c0)) row.set(first, row.get(m.c0)!);
  }
  for (const [r, row] of values) {
    const moved = new Map<number, string>();
    for (const [c, text] of row) if (!hidden.has(c)) moved.set(shift(c), text);
    values.set(r, moved);
  }
  const kept = merges.filter((m) => {
    let visible = 0;
    for (let c = m.c0; c <= m.c1; c++) if (!hidden.has(c)) visible++;
    return visible > 0;
  });
  for (const m of kept) {
    let c0 = m.c0;
    while (hidden.has(c0)) c0++;
    let c1 = m.c1;
    while (hidden.has(c1)) c1--;
    m.c0 = shift(c0);
    m.c1 = shift(c1);
  }
  merges.splice(0, merges.length, ...kept);
}

/**
 * A sheet's values as rows, merges following the .docx convention: the top-left cell keeps the
 * text with colSpan/rowSpan, covered cells to its right are omitted, and on each row below the
 * merge's first column holds `{text:'', mergedFromAbove:true, colSpan}`.
 */
export function layoutRows(
  values: Map<number, Map<number, string>>,
  allMerges: Merge[],
  limits: ReadLimits,
  limitFail: (what: string) => Error,
  lineOf: (r: number) => number,
): SourceRow[] {
  let maxRow = 0;
  let maxCol = 0;
  for (const [r, row] of values) {
    maxRow = Math.max(maxRow, r);
    for (const c of row.keys()) maxCol = Math.max(maxCol, c);
  }
  // Merges that start beyond the last value are formatting only; clip the others to the data.
  const merges = allMerges.filter((m) => m.r0 <= maxRow && m.c0 <= maxCol && (m.r1 > m.r0 || m.c1 > m.c0));
  for (const m of merges) {
    m.r1 = Math.min(m.r1, maxRow);
    m.c1 = Math.min(m.c1, maxCol);
  }
  if (maxRow * maxCol > limits.maxCells) throw limitFail(`范围过大（${maxRow} 行 × ${maxCol} 列）`);
  const startAt = new Map<string, Merge>();
  const covered = new Map<string, Merge>();
  for (const m of merges) {
    startAt.set(`${m.r0}:${m.c0}`, m);
    for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered.set(`${r}:${c}`, m);
  }
  const rows: SourceRow[] = [];
  for (let r = 1; r <= maxRow; r++) {
    const row = values.get(r);
    const cells: SourceCell[] = [];
    let touched = row !== undefined;
    for (let c = 1; c <= maxCol; c++) {
      const key = `${r}:${c}`;
      const start = startAt.get(key);
      const cover = covered.get(key);
      if (start) {
        touched = true;
        const cell: SourceCell = { text: row?.get(c) ?? '' };
        if (start.c1 > start.c0) cell.colSpan = start.c1 - start.c0 + 1;
        if (start.r1 > start.r0) cell.rowSpan = start.r1 - start.r0 + 1;
        cells.push(cell);
      } else if (cover) {
        if (c === cover.c0) {
          touched = true;
          const cell: SourceCell = { text: '', mergedFromAbove: true };
          if (cover.c1 > cover.c0) cell.colSpan = cover.c1 - cover.c0 + 1;
          cells.push(cell);
        }
      } else {
        cells.push({ text: row?.get(c) ?? '' });
      }
    }
    if (touched) rows.push({ cells, line: lineOf(r) });
  }
  return rows;
}
