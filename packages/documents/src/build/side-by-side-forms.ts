import type { SourceBlock, SourceCell, SourceDocument, SourceRow } from '../model/source-document';
import type { GridCell } from './flatten-source';
import { readHeaderRow } from './header-map';
import { isBlank } from './normalize-label';
import { detectFormTitle } from './form-titles';

interface Placed { cell: SourceCell; start: number; span: number }

/**
 * Two forms laid side by side on one sheet (a project per column group, an empty column between
 * them): each group is a whole form — its own title or label rows above its own indicator header —
 * so it becomes a table of its own, the left one first, as a reader reads across. A table with a
 * blank spacer column but one header (or one side without rows above its header) stays whole, and
 * so does one indicator table printed in two halves (its label rows span the middle; see
 * side-by-side-halves.ts). Forms that touch with no spacer column (a target form and its
 * self-evaluation pasted next to each other) split at a column edge no cell crosses, but only when
 * each side opens with a form title of its own: without the empty column, that is what tells two
 * forms from one wide table.
 */
export function splitSideBySideForms(source: SourceDocument): SourceDocument {
  const blocks = source.blocks.flatMap((b) => (b.kind === 'table' ? splitTable(b.rows) : [b]));
  return blocks.length === source.blocks.length ? source : { ...source, blocks };
}

function splitTable(rows: SourceRow[]): SourceBlock[] {
  const placed = rows.map(placeCells);
  const width = Math.max(0, ...placed.map((r) => r.reduce((w, p) => Math.max(w, p.start + p.span), 0)));
  for (let gap = 2; gap < width - 2; gap++) {
    if (!placed.every((r) => isGapIn(r, gap))) continue;
    const left = sideOf(rows, placed, (p) => p.start < gap, 0);
    const right = sideOf(rows, placed, (p) => p.start > gap, gap + 1);
    if (!isWholeForm(left) || !isWholeForm(right)) continue;
    return [{ kind: 'table', rows: left }, ...splitTable(right)];
  }
  for (let edge = 2; edge < width - 1; edge++) {
    if (!placed.every((r) => r.every((p) => p.start >= edge || p.start + p.span <= edge))) continue;
    const left = sideOf(rows, placed, (p) => p.start < edge, 0);
    const right = sideOf(rows, placed, (p) => p.start >= edge, edge);
    if (!opensWithTitle(left) || !opensWithTitle(right) || !isWholeForm(left) || !isWholeForm(right)) continue;
    return [{ kind: 'table', rows: left }, ...splitTable(right)];
  }
  return [{ kind: 'table', rows }];
}

/** The side's first row holds one filled cell, a form title. */
function opensWithTitle(rows: SourceRow[]): boolean {
  const filled = rows[0]?.cells.filter((c) => !isBlank(c.text)) ?? [];
  return filled.length === 1 && detectFormTitle(filled[0]!.text, false) != null;
}

function placeCells(row: SourceRow): Placed[] {
  let col = 0;
  return row.cells.map((cell) => {
    const span = Math.max(1, Math.floor(Number(cell.colSpan ?? 1)) || 1);
    const p = { cell, start: col, span };
    col += span;
    return p;
  });
}

/** No text in column `gap` and no cell reaching across it. */
function isGapIn(row: Placed[], gap: number): boolean {
  return row.every((p) => p.start + p.span <= gap || p.start > gap || (p.span === 1 && isBlank(p.cell.text)));
}

function sideOf(rows: SourceRow[], placed: Placed[][], keep: (p: Placed) => boolean, shift: number): SourceRow[] {
  const out: SourceRow[] = [];
  placed.forEach((r, i) => {
    const cells = r.filter(keep);
    if (!cells.some((p) => !isBlank(p.cell.text))) return;
    // Keep the side's column positions: a row starting right of the side's first column gets blank cells before it.
    const first = cells[0]!.start - shift;
    const pad: SourceCell[] = Array.from({ length: first }, () => ({ text: '' }));
    out.push({ ...rows[i]!, cells: [...pad, ...cells.map((p) => p.cell)] });
  });
  return out;
}

/** Rows above an indicator header of the side's own: a title or label rows, then the indicators. */
function isWholeForm(rows: SourceRow[]): boolean {
  const header = rows.findIndex((r) => {
    let col = 0;
    const cells: GridCell[] = r.cells.map((c) => {
      const span = Math.max(1, Math.floor(Number(c.colSpan ?? 1)) || 1);
      const g = { text: c.text, start: col, span, merged: Boolean(c.mergedFromAbove) };
      col += span;
      return g;
    });
    return readHeaderRow(cells)?.roles.includes('name') ?? false;
  });
  return header > 0 && header < rows.length - 1;
}
