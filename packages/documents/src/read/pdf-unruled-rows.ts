import { type PdfTextItem, cellText, groupLines } from './pdf-text-lines';

/** A box of a ruled table: grid rows r0–r1, columns c0–c1, and the text items inside it. */
export interface LatticeArea {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  items: PdfTextItem[];
}

// How far a cell's words may start from its column's left border (or end before its right one) and still be set there:
// a cell margin and a little.
const EDGE_SLACK = 2;
const MIN_COLUMNS = 3;

function columnOf(xs: number[], x: number): number {
  for (let i = 0; i + 1 < xs.length; i++) if (x >= xs[i]! - 1 && x <= xs[i + 1]! + 1) return i;
  return -1;
}

/**
 * Rows printed without borders inside a ruled table. Excel prints only the borders a clerk set: rows pasted in without
 * 边框 under a merge drawn around them (a level's box) come out as one box spanning the columns, their text lines
 * inside it. When every line of such a box sets its words at the edges of the table's own columns (left-set at a
 * column's left border or flush with its right one) and some line fills three or more columns, the box is rows of
 * cells, not one cell's text: returns, per printed row, one text per column the box spans. A line filling one column
 * only is a wrap of the row above. A merged cell's own text (a sentence running across the columns, or 分散对齐
 * characters spread evenly over them) is not set at the column edges and gives null.
 */
export function unruledStretch(area: LatticeArea, xs: number[]): string[][] | null {
  const width = area.c1 - area.c0 + 1;
  const items = area.items.filter((i) => i.str.trim());
  if (width < MIN_COLUMNS || items.length === 0) return null;
  const rows: PdfTextItem[][][] = [];
  let widest = 0;
  for (const line of groupLines(items)) {
    if (evenlySpread(line.items)) return null;
    const byColumn: PdfTextItem[][] = Array.from({ length: width }, () => []);
    for (const item of line.items) {
      if (!item.str.trim()) continue;
      const k = columnOf(xs, item.x0 + Math.min(item.size, (item.x1 - item.x0) / 2)) - area.c0;
      if (k < 0 || k >= width) return null;
      byColumn[k]!.push(item);
    }
    let filled = 0;
    for (let k = 0; k < width; k++) {
      const words = byColumn[k]!;
      if (words.length === 0) continue;
      filled++;
      const left = xs[area.c0 + k]!;
      const right = xs[area.c0 + k + 1]!;
      const x0 = Math.min(...words.map((w) => w.x0));
      const x1 = Math.max(...words.map((w) => w.x1));
      const slack = EDGE_SLACK * line.size;
      // Words running over the column's right border belong to a wider cell.
      if (x1 > right + 1) return null;
      if (x0 - left > slack && right - x1 > slack) return null;
      // A cell's words are set close; characters apart by more than a glyph are one wide cell's spread text.
      for (let w = 1; w < words.length; w++) if (words[w]!.x0 - words[w - 1]!.x1 > line.size) return null;
    }
    widest = Math.max(widest, filled);
    if (filled >= 2) rows.push(byColumn);
    else if (rows.length > 0) byColumn.forEach((words, k) => rows[rows.length - 1]![k]!.push(...words));
    else return null;
  }
  if (widest < MIN_COLUMNS) return null;
  return rows.map((row) => row.map((words, k) => (words.length > 0 ? cellText(words, xs[area.c0 + k + 1]!) : '')));
}

/** Characters set apart by one even gap (分散对齐 spreads a cell's characters over its width), three or more of them. */
function evenlySpread(items: PdfTextItem[]): boolean {
  const words = items.filter((i) => i.str.trim());
  if (words.length < 3) return false;
  const gaps = words.slice(1).map((w, k) => w.x0 - words[k]!.x1);
  const least = Math.min(...gaps);
  return least > 1 && Math.max(...gaps) - least < 1;
}
