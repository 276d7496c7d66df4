import type { GridCell } from './flatten-source';
import type { LevelState } from './indicator-rows';
import { normalizeLabel } from './normalize-label';

// A table's header printed again (Word repeats header rows after a page break): the same columns read.

/** The header a table's rows were read under, its period, and the levels its last row left. */
export interface TableRead {
  roles: Array<string | null>;
  term: 'long' | 'annual' | null;
  levels: LevelState;
}

/**
 * The same columns read in the same order, give or take empty columns that no caption names (a
 * page's wider grid: a borderless page's columns are found again on every page).
 */
export function sameRoles(a: Array<string | null>, b: Array<string | null>): boolean {
  const x = a.filter((r) => r != null);
  const y = b.filter((r) => r != null);
  return x.length === y.length && x.every((r, i) => r === y[i]);
}

/**
 * The first row of a header over two rows printed again at the top of a continuation table
 * (绩效指标 | 一级指标 | 中期指标 | 年度指标 over 二级指标 | 三级指标 | 指标值 …): alone it names no
 * name or value column, so it is not read as a header, and inside the table it would become an
 * indicator. It repeats the row the table's header was read under, cell for cell.
 */
export function repeatsUpperHeader(cells: GridCell[], upper: GridCell[] | null): boolean {
  if (upper == null) return false;
  const texts = (row: GridCell[]) => row.map((c) => normalizeLabel(c.text)).filter((t) => t !== '');
  const a = texts(cells);
  const b = texts(upper);
  return a.length >= 2 && a.length === b.length && a.every((t, i) => t === b[i]);
}
