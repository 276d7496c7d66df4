import type { SourceRow } from '../model/source-document';

/** A cell placed on the table's grid: the column it starts at, how many it covers, its text trimmed. */
export interface GridCell {
  col: number;
  span: number;
  text: string;
  /** Continues a vertical merge from the row above (its text is the merge's, found above). */
  merged: boolean;
}

/**
 * A row's cells on the grid. Binary readers give spans, so the columns of a row line up with its neighbours'; a
 * text layout gives none, and its cells are simply in order.
 */
export function gridCells(row: SourceRow): GridCell[] {
  let col = 0;
  return row.cells.map((c) => {
    const span = Math.max(1, c.colSpan ?? 1);
    const cell = { col, span, text: c.text.replace(/[\s\u3000\u00a0]+/g, ' ').trim(), merged: c.mergedFromAbove === true };
    col += span;
    return cell;
  });
}

/** The cell covering a grid column, or null. */
export function cellAt(cells: readonly GridCell[], col: number): GridCell | null {
  return cells.find((c) => c.col <= col && col < c.col + c.span) ?? null;
}
