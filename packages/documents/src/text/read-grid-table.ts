import type { SourceCell, SourceRow } from '../model/source-document';
import { cleanInlineCell } from './inline-markup';

/** A pandoc grid table border: `+----+-----+` (or `+====+` under the header). */
export const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;
const GRID_LINE = /^\s*\|.*\|\s*$/;

// Pandoc lays grid tables out by display width: CJK and full-width characters take two columns.
function width(ch: string): number {
  const c = ch.codePointAt(0)!;
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
}

/** Columns a text takes on screen: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += width(ch);
  return w;
}

/** Display columns of the given separator characters in a line. */
function columnsOf(line: string, sep: string): number[] {
  const out: number[] = [];
  let col = 0;
  for (const ch of line) {
    if (ch === sep) out.push(col);
    col += width(ch);
  }
  return out;
}

/**
 * Reads a pandoc grid table starting at `start` (a border line): the rows between borders,
 * each cell's lines joined with line breaks, and a cell whose `|` is missing spanning the
 * columns it covers. Returns the rows and the index of the first line after the table.
 */
export function readGridTable(lines: string[], start: number, firstLine: number): { rows: SourceRow[]; next: number } {
  const rows: SourceRow[] = [];
  let bounds = columnsOf(lines[start]!, '+');
  let pending: string[] = [];
  let pendingLine = firstLine + start;
  let i = start + 1;
  const flush = () => {
    if (pending.length === 0) return;
    const row = gridRow(pending, bounds);
    if (row.some((c) => c.text !== '')) rows.push({ cells: row, line: pendingLine });
    pending = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (GRID_BORDER.test(line)) {
      flush();
      const b = columnsOf(line, '+');
      if (b.length > bounds.length) bounds = b;
      continue;
    }
    if (!GRID_LINE.test(line)) break;
    if (pending.length === 0) pendingLine = firstLine + i;
    pending.push(line);
  }
  flush();
  return { rows, next: i };
}

/**
 * A grid cell's lines are the cell's text wrapped to the column width, not line breaks:
 * join them back, with a space only between two Latin words.
 */
function joinWrapped(lines: string[]): string {
  let out = '';
  for (const line of lines) {
    if (out !== '' && /[A-Za-z0-9.,;:!?)]$/.test(out) && /^[A-Za-z0-9(]/.test(line)) out += ' ';
    out += line;
  }
  return out;
}

function gridRow(lines: string[], bounds: number[]): SourceCell[] {
  const n = Math.max(1, bounds.length - 1);
  const texts: string[][] = Array.from({ length: n }, () => []);
  const spans = new Array<number>(n).fill(0);
  for (const line of lines) {
    const bars = columnsOf(line, '|');
    const parts = line.trim().slice(1, -1).split('|');
    let from = 0;
    parts.forEach((part, k) => {
      const left = bars[k] ?? 0;
      const right = bars[k + 1] ?? left;
      let a = bounds.findIndex((b) => b >= left - 1 && b <= left + 1);
      if (a < 0) a = from;
      let b = bounds.findIndex((x) => x >= right - 1 && x <= right + 1);
      if (b <= a) b = a + 1;
      a = Math.min(a, n - 1);
      spans[a] = Math.max(spans[a]!, Math.min(b, n) - a);
      const text = part.trim();
      if (text !== '') texts[a]!.push(text);
      from = b;
    });
  }
  const cells: SourceCell[] = [];
  for (let c = 0; c < n; c++) {
    if (spans[c] === 0) continue;
    const { text, bold } = cleanInlineCell(joinWrapped(texts[c]!));
    const cell: SourceCell = { text };
    if (spans[c]! > 1) cell.colSpan = spans[c]!;
    if (bold) cell.bold = true;
    cells.push(cell);
  }
  return cells;
}
