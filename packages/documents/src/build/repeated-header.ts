import type { LevelState } from './indicator-rows';

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
