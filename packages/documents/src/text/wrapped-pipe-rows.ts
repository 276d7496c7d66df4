import type { SourceRow } from '../model/source-document';
import { displayWidth } from './read-grid-table';

interface PipeLayout {
  /** Display column of every pipe on the line. */
  bars: number[];
  /** Per cell: its text runs up to the pipe closing it (no padding before the bar). */
  full: boolean[];
  blank: boolean[];
}

function pipeLayout(line: string): PipeLayout | null {
  const t = line.trimEnd();
  if (!t.trimStart().startsWith('|') || !t.endsWith('|')) return null;
  const bars: number[] = [];
  const full: boolean[] = [];
  const blank: boolean[] = [];
  let col = 0;
  let cell = '';
  let seenBar = false;
  for (const ch of t) {
    if (ch === '|') {
      if (seenBar) {
        full.push(cell.length > 0 && !/\s$/.test(cell));
        blank.push(cell.trim() === '');
      }
      bars.push(col);
      seenBar = true;
      cell = '';
    } else if (seenBar) cell += ch;
    col += displayWidth(ch);
  }
  return { bars, full, blank };
}

/**
 * A word processor's text export of a table (antiword of a legacy .doc) pads every cell to its
 * column's width between pipes and wraps a long cell onto the next line(s), the row's other
 * cells left blank there, with no rule between rows. Such a line is the rest of the row above:
 * its pipes stand exactly where the line above has them, its text stands only under cells the
 * line above fills to the very pipe (wrapped there), and some cell the line above filled is blank
 * in it. A padded cell (`| 名称 |`, markdown) never reads as wrapped, so typed tables keep their rows.
 */
export function joinWrappedPipeRows(rows: SourceRow[], lines: Map<SourceRow, string>): void {
  for (let i = rows.length - 1; i > 0; i--) {
    const row = rows[i]!;
    const above = rows[i - 1]!;
    const here = pipeLayout(lines.get(row) ?? '');
    const prev = pipeLayout(lines.get(above) ?? '');
    if (!here || !prev || here.bars.join() !== prev.bars.join() || row.cells.length !== above.cells.length) continue;
    const texts = here.blank.map((b) => !b);
    if (!texts.some(Boolean)) continue;
    if (texts.some((t, c) => t && !prev.full[c])) continue;
    if (!here.blank.some((b, c) => b && !prev.blank[c])) continue;
    // Upwards: a cell wrapped over three lines joins its last line to the middle one first.
    above.cells = above.cells.map((cell, c) => (texts[c] ? { ...cell, text: `${cell.text}${row.cells[c]!.text}` } : cell));
    rows.splice(i, 1);
  }
}
