import type { SourceCell, SourceRow } from '../model/source-document';
import { type PlacedRow, recenterMergedLevels } from './pdf-centered-levels';
import { type Line, clusterPositions, joinPieces } from './pdf-text-lines';

/** A run of text on a line of a borderless table, between two column gutters. */
export interface Piece { x0: number; x1: number; text: string }

// A figure as finance tables print it, set flush right in its column: 2,936.40, 15, 100.00%.
export const FIGURE = /^-?[\d,]+(\.\d+)?[%‰]?$/;

/**
 * Column starts of a borderless table. Text starts at its column's left; figures are often set
 * flush right, so their starts vary with their width: a figure that fits between two text
 * columns' starts belongs to the left one and makes no column of its own — unless another cell
 * of its line already sits in that column (万立方 … 10 on a page with no header to show the 权重
 * column): then the figure's column is one of its own, and so is every figure ending where it ends.
 */
export function streamColumns(lines: Piece[][]): { starts: number[]; figureColumn: Map<Piece, number> } {
  const pieces = lines.flat();
  const gather = (xs: number[]) => {
    const out: number[] = [];
    for (const x of clusterPositions(xs)) if (out.length === 0 || x - out[out.length - 1]! > 8) out.push(x);
    return out;
  };
  const figures = pieces.filter((p) => FIGURE.test(p.text));
  const textStarts = gather(pieces.filter((p) => !FIGURE.test(p.text)).map((p) => p.x0));
  const inside = new Map<Piece, number>();
  const own = new Map<Piece, number>();
  if (textStarts.length >= 2) {
    // The last column ends where the table's text ends.
    const right = Math.max(...pieces.map((p) => p.x1));
    const columnOf = (x: number) => {
      let c = -1;
      while (c + 1 < textStarts.length && textStarts[c + 1]! <= x) c++;
      return c;
    };
    const candidates = new Map<Piece, number>();
    for (const f of figures) {
      if (textStarts.some((x) => Math.abs(x - f.x0) <= 8)) continue;
      const c = columnOf(f.x0);
      if (c >= 0 && f.x1 <= (textStarts[c + 1] ?? right)) candidates.set(f, c);
    }
    const ownRights: number[] = [];
    for (const line of lines) {
      for (const p of line) {
        const c = candidates.get(p);
        if (c != null && line.some((o) => o !== p && o.x1 <= p.x0 && columnOf(o.x0) === c)) ownRights.push(p.x1);
      }
    }
    for (const [f, c] of candidates) {
      // Figures of such a column end where it ends (10 and 5 flush right): its start is the widest one's.
      const end = ownRights.find((x) => Math.abs(x - f.x1) <= 3);
      if (end == null) inside.set(f, textStarts[c]!);
      else own.set(f, end);
    }
  }
  const ownStart = new Map<number, number>();
  for (const [f, end] of own) ownStart.set(end, Math.min(ownStart.get(end) ?? f.x0, f.x0));
  const starts = gather([...pieces.filter((p) => !inside.has(p) && !own.has(p)).map((p) => p.x0), ...ownStart.values()]);
  const figureColumn = new Map<Piece, number>();
  for (const [f, x] of inside) figureColumn.set(f, nearestIndex(starts, x));
  for (const [f, end] of own) figureColumn.set(f, nearestIndex(starts, ownStart.get(end)!));
  return { starts, figureColumn };
}

function nearestIndex(starts: number[], x0: number): number {
  let best = 0;
  for (let c = 1; c < starts.length; c++) if (Math.abs(starts[c]! - x0) < Math.abs(starts[best]! - x0)) best = c;
  return best;
}

export function streamRows(lines: Piece[][], geometry: Line[], continued: boolean[], previousRow?: SourceRow): SourceRow[] {
  const { starts: merged, figureColumn } = streamColumns(lines);
  const column = (p: Piece) => figureColumn.get(p) ?? nearestIndex(merged, p.x0);
  const rows: PlacedRow[] = [];
  // Where each cell's text sits (first line's top, last line's bottom), for merged levels printed centred.
  const spans: Array<Array<[number, number] | null>> = [];
  const place = (row: number, col: number, line: Line) => {
    const span = spans[row]![col];
    spans[row]![col] = span ? [Math.min(span[0], line.top), Math.max(span[1], line.bottom)] : [line.top, line.bottom];
  };
  lines.forEach((parts, k) => {
    const line = geometry[k]!;
    const previous = rows[rows.length - 1];
    if (continued[k] && previous) {
      for (const p of parts) {
        const cell = previous.cells[column(p)]!;
        cell.text = joinPieces(cell.text, p.text, true);
        place(rows.length - 1, column(p), line);
      }
      previous.bottom = Math.max(previous.bottom, line.bottom);
      return;
    }
    const cells: SourceCell[] = merged.map(() => ({ text: '' }));
    spans.push(merged.map(() => null));
    for (const p of parts) {
      const cell = cells[column(p)]!;
      cell.text = cell.text ? `${cell.text} ${p.text}` : p.text;
      place(rows.length, column(p), line);
    }
    rows.push({ cells, top: line.top, bottom: line.bottom, spans: [] });
  });
  rows.forEach((r, k) => { r.spans = spans[k]!; });
  return recenterMergedLevels(rows, previousRow);
}
