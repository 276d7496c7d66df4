import { trimText } from '@jixiao/core';
import type { GridCell } from './flatten-source';
import type { ColumnRole } from './header-map';
import { isBlank } from './normalize-label';

// Rows a table reader completes from the row below it: a value printed on the next line, a row cut by a page break.

// Roles a row's own value cells hold; a row giving only these does not start an indicator.
const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set(['value', 'unit', 'nature', 'weight', 'actual', 'score', 'deduction', 'value_actual']);

// Columns of running text a page break can cut in two.
const TEXT_ROLES = new Set<ColumnRole>(['name', 'description', 'basis', 'method', 'reason', 'note']);

/** The row's filled cell over column `col`, if any. */
function textAt(row: GridCell[], col: number): GridCell | undefined {
  return row.find((c) => c.start <= col && col < c.start + c.span && !isBlank(c.text));
}

/**
 * A row the page cut (its first lines end one page, the rest opens the next, under the repeated
 * header): the lower part holds only text cells whose column the row above also filled, its name
 * among them. The joined row, or null.
 */
export function joinCutRow(above: GridCell[], cells: GridCell[], roles: Array<ColumnRole | null>): GridCell[] | null {
  const filled = cells.filter((c) => !isBlank(c.text));
  if (filled.length === 0 || !filled.some((c) => roles[c.start] === 'name')) return null;
  if (filled.some((c) => !TEXT_ROLES.has(roles[c.start]!) || !textAt(above, c.start))) return null;
  return above.map((c) => {
    const more = filled.find((f) => f.start >= c.start && f.start < c.start + c.span);
    return more && !isBlank(c.text) ? { ...c, text: trimText(c.text) + trimText(more.text) } : c;
  });
}

/**
 * The row above with this row's text filled in, when this row has no name or level and every
 * text of it sits under a value column that is empty in the row above; else null.
 */
export function completeRowAbove(above: GridCell[], cells: GridCell[], roles: Array<ColumnRole | null>): GridCell[] | null {
  const filled = cells.filter((c) => !isBlank(c.text));
  if (filled.length === 0) return null;
  for (const c of filled) {
    const role = roles[c.start];
    if (!role || !VALUE_ROLES.has(role) || textAt(above, c.start)) return null;
  }
  if (!filled.some((c) => roles[c.start] === 'value')) return null;
  const merged = above.filter((c) => !filled.some((f) => f.start >= c.start && f.start < c.start + c.span && isBlank(c.text)));
  return [...merged, ...filled].sort((a, b) => a.start - b.start);
}
