import type { Indicator } from '@jixiao/core';
import { GRID_COLUMNS, type GridColumn } from './paste-rows';

/** A row as it was when one of its cells took the focus. */
export interface RowSnapshot {
  row: number;
  indicator: Indicator;
}

/**
 * The row Esc puts back in a cell being edited: the row as it was when the cell took the focus, which also undoes what
 * the edit changed beside it (a 二级 cleared when the 一级 changed). Null when there is nothing to undo, or the snapshot
 * is of another row.
 */
export function escapeRestore(snapshot: RowSnapshot | null, row: number, current: Indicator | undefined): Indicator | null {
  if (!snapshot || snapshot.row !== row || !current) return null;
  return snapshot.indicator === current ? null : snapshot.indicator;
}

/** Where the focus goes after row `deleted` is deleted, leaving `remaining` rows: the row above, or the first; none when empty. */
export function rowAfterDelete(deleted: number, remaining: number): number | null {
  if (remaining <= 0) return null;
  return Math.min(Math.max(0, deleted - 1), remaining - 1);
}

/**
 * The cells to type back, in grid order, to turn `current` into `before`: each as the grid shows it (blank for none), so
 * they go through the same edit as typing (一级 before 二级, so a 二级 cleared with the 一级 comes back too).
 */
export function cellRestores(before: Indicator, current: Indicator): Array<[GridColumn, string]> {
  const shown = (ind: Indicator, col: GridColumn) => {
    const value = ind[col];
    return value === null || value === undefined ? '' : String(value);
  };
  return GRID_COLUMNS.filter((col) => shown(before, col) !== shown(current, col)).map((col) => [col, shown(before, col)]);
}
