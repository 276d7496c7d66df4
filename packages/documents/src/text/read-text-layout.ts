import type { SourceBlock, SourceCell, SourceDocument, SourceFormat, SourceRow } from '../model/source-document';
import { cleanInlineCell, stripBookmarks } from './inline-markup';
import { findHtmlTables, htmlToLines, readTableRows } from './read-html-tables';
import { GRID_BORDER, readGridTable } from './read-grid-table';

/**
 * Reads the text layouts office tools and converters produce, recognised from content:
 * - one cell per line: a line starting with TAB is a cell, a blank line ends the row, a
 *   line without the TAB continues the cell above (a line break inside the cell);
 * - tab-separated rows (TSV, also markdown exports whose tables became tabs);
 * - pipe tables (`| a | b |` or `a|b|c`), with markdown `#` headings and `<b>`/`**` bold;
 * - pandoc grid tables (`+---+---+` borders, cells over several lines);
 * - HTML tables with colspan/rowspan.
 * Running text and tables may mix in one document.
 */
export function readTextLayout(text: string): SourceDocument {
  const src = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const stats: LayoutStats = { cellRows: 0, tsvRows: 0, pipeRows: 0, htmlRows: 0, markdown: 0 };
  const blocks: SourceBlock[] = [];
  const lineStarts = computeLineStarts(src);
  const lineOf = (offset: number) => lineAt(lineStarts, offset);
  let last = 0;
  for (const table of findHtmlTables(src)) {
    readLines(htmlToLines(src.slice(last, table.start)), lineOf(last), blocks, stats);
    // <caption> is the table's title (项目支出绩效目标表（2024年度）): it goes before the table.
    const caption = /<caption\b[^>]*>([\s\S]*?)<\/caption\s*>/i.exec(table.inner);
    if (caption) readLines(htmlToLines(caption[1]!.replace(/<br\s*\/?>/gi, '\n')), lineOf(table.start), blocks, stats);
    const rows = readTableRows(caption ? table.inner.replace(caption[0], '') : table.inner, table.start, lineOf);
    stats.htmlRows += rows.length;
    if (rows.length > 0) blocks.push({ kind: 'table', rows });
    last = table.end;
  }
  readLines(htmlToLines(src.slice(last)), lineOf(last), blocks, stats);
  return { format: pickFormat(stats), blocks, notes: [] };
}

interface LayoutStats {
  cellRows: number;
  tsvRows: number;
  pipeRows: number;
  htmlRows: number;
  markdown: number;
}

function pickFormat(s: LayoutStats): SourceFormat {
  if (s.htmlRows > 0) return 'html';
  const best = Math.max(s.cellRows, s.tsvRows, s.pipeRows);
  if (best === 0) return s.markdown > 0 ? 'markdown' : 'text-lines';
  if (s.markdown > 0 && best !== s.cellRows) return 'markdown';
  if (best === s.cellRows) return 'text-lines';
  return best === s.tsvRows ? 'tsv' : 'pipe';
}

function computeLineStarts(src: string): number[] {
  const starts = [0];
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

type LineKind = 'blank' | 'cell' | 'tsv' | 'pipe' | 'spaced' | 'text';

const BLANK = /^[ \u3000\u00a0]*$/;
const CELL_LINE = /^[ \u3000]*\t[^\t]*$/;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** `next` is the following line: a space-aligned table has at least two rows. */
function classify(line: string, previous: LineKind, next?: string): LineKind {
  if (BLANK.test(line)) return 'blank';
  if (line.includes('\t')) {
    // A lone leading TAB is a cell line, unless it sits inside a block of TSV rows
    // (a TSV row whose only other cell is empty looks the same).
    if (CELL_LINE.test(line) && previous !== 'tsv') return 'cell';
    return 'tsv';
  }
  if (isPipeRow(line)) return 'pipe';
  if (splitSpacedRow(line) && (previous === 'spaced' || (next != null && splitSpacedRow(next) != null))) return 'spaced';
  return 'text';
}

// Columns set apart by runs of spaces, as PDF-to-text converters lay out a table row.
const SPACE_RUN = / {2,}|\u3000{2,}/;

/**
 * The cells of a space-aligned row, or null for running text: at least two runs of two or
 * more spaces between short cells, or one run after a short caption (项目名称    某某项目).
 */
function splitSpacedRow(line: string): Array<{ text: string; at: number }> | null {
  if (!SPACE_RUN.test(line.trim())) return null;
  const parts: Array<{ text: string; at: number }> = [];
  const re = /\S+(?:(?: |\u3000)\S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) parts.push({ text: m[0], at: m.index });
  if (parts.length < 2 || parts.some((p) => p.text.length > 80)) return null;
  if (parts.length === 2 && (parts[0]!.text.length > 16 || /[，。；,;：:]/.test(parts[0]!.text))) return null;
  // 1、完成甲任务。  2、完成乙任务。 — sentences set apart by spaces are running text.
  if (parts.filter((p) => /[。；;]$/.test(p.text)).length >= 2) return null;
  return parts;
}

/**
 * Space-aligned rows leave blank cells out: put every cell under the column of the widest
 * row (the header) that starts nearest to it, keeping order, so merged level cells become
 * blanks again instead of shifting the row left.
 */
function alignSpacedRows(rows: SourceRow[], starts: number[][]): void {
  let widest = 0;
  starts.forEach((s, i) => { if (s.length > starts[widest]!.length) widest = i; });
  const anchors = starts[widest]!;
  if (anchors.length < 3) return;
  rows.forEach((row, r) => {
    const at = starts[r]!;
    if (row.cells.length > anchors.length) return;
    const cells: SourceCell[] = anchors.map(() => ({ text: '' }));
    let next = 0;
    row.cells.forEach((cell, i) => {
      const left = row.cells.length - i - 1;
      let best = next;
      for (let a = next; a < anchors.length - left; a++) {
        if (Math.abs(anchors[a]! - at[i]!) < Math.abs(anchors[best]! - at[i]!)) best = a;
      }
      cells[best] = cell;
      next = best + 1;
    });
    row.cells = cells;
  });
}

function isPipeRow(line: string): boolean {
  const t = line.trim();
  if (t.startsWith('|') && t.length > 1 && t.indexOf('|', 1) > 0) return true;
  // `a|b|c`: at least two separators and no sentence that merely mentions a pipe.
  let count = 0;
  for (let i = t.indexOf('|'); i >= 0; i = t.indexOf('|', i + 1)) count++;
  return count >= 2 && !t.startsWith('#');
}

function toCell(raw: string): SourceCell {
  const { text, bold } = cleanInlineCell(raw);
  return bold ? { text, bold } : { text };
}

function splitPipeRow(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  return t.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}

function readLines(chunk: string, firstLine: number, blocks: SourceBlock[], stats: LayoutStats): void {
  if (chunk.trim() === '') return;
  const lines = chunk.split('\n');
  let table: SourceRow[] | null = null;
  let tableKind: LineKind | null = null;
  // Cell-per-line state: the row being filled and whether a blank line closed it.
  let cellRow: SourceRow | null = null;
  let previous: LineKind = 'blank';

  let spacedStarts: number[][] = [];
  const closeTable = () => {
    if (cellRow) { table?.push(cellRow); cellRow = null; }
    if (table && tableKind === 'spaced') alignSpacedRows(table, spacedStarts);
    spacedStarts = [];
    if (table && table.length > 0) blocks.push({ kind: 'table', rows: table });
    table = null;
    tableKind = null;
  };
  const openTable = (kind: LineKind) => {
    if (tableKind !== kind) closeTable();
    if (!table) { table = []; tableKind = kind; }
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineNo = firstLine + i;
    if (GRID_BORDER.test(line) && /^\s*\|/.test(lines[i + 1] ?? '')) {
      closeTable();
      const grid = readGridTable(lines, i, firstLine);
      if (grid.rows.length > 0) blocks.push({ kind: 'table', rows: grid.rows });
      stats.pipeRows += grid.rows.length;
      i = grid.next - 1;
      previous = 'blank';
      continue;
    }
    const kind = classify(line, previous, lines[i + 1]);
    if (kind === 'blank') {
      if (cellRow) { table!.push(cellRow); cellRow = null; stats.cellRows++; }
      // A blank line ends TSV and pipe tables; cell-per-line tables run on across blanks.
      if (tableKind === 'tsv' || tableKind === 'pipe' || tableKind === 'spaced') closeTable();
      previous = 'blank';
      continue;
    }
    if (kind === 'cell') {
      openTable('cell');
      if (!cellRow) cellRow = { cells: [], line: lineNo };
      cellRow.cells.push(toCell(line.replace(/^[ \u3000]*\t/, '')));
      previous = 'cell';
      continue;
    }
    if (kind === 'text' && previous === 'cell' && cellRow && cellRow.cells.length > 0) {
      // A line without the leading TAB continues the cell above it.
      const lastCell = cellRow.cells[cellRow.cells.length - 1]!;
      const more = toCell(line);
      lastCell.text = lastCell.text === '' ? more.text : `${lastCell.text}\n${more.text}`;
      continue;
    }
    if (kind === 'tsv') {
      openTable('tsv');
      table!.push({ cells: line.split('\t').map(toCell), line: lineNo });
      stats.tsvRows++;
      previous = 'tsv';
      continue;
    }
    if (kind === 'spaced') {
      openTable('spaced');
      const parts = splitSpacedRow(line)!;
      spacedStarts.push(parts.map((p) => p.at));
      table!.push({ cells: parts.map((p) => toCell(p.text)), line: lineNo });
      stats.tsvRows++;
      previous = 'spaced';
      continue;
    }
    if (kind === 'pipe') {
      if (PIPE_SEPARATOR.test(line)) { previous = 'pipe'; continue; }
      openTable('pipe');
      table!.push({ cells: splitPipeRow(line).map(toCell), line: lineNo });
      stats.pipeRows++;
      previous = 'pipe';
      continue;
    }
    if (PIPE_SEPARATOR.test(line) && previous === 'text') {
      previous = 'pipe';
      continue;
    }
    closeTable();
    pushText(blocks, line, lineNo, stats);
    previous = 'text';
  }
  if (cellRow) stats.cellRows++;
  closeTable();
}

function pushText(blocks: SourceBlock[], line: string, lineNo: number, stats: LayoutStats): void {
  const heading = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(line);
  const body = heading ? heading[2]! : line;
  const { text } = cleanInlineCell(stripBookmarks(body));
  const clean = text.replace(/\s+#+\s*$/, '').trim();
  if (clean === '') return;
  if (heading) {
    stats.markdown++;
    blocks.push({ kind: 'text', text: clean, line: lineNo, heading: heading[1]!.length });
  } else {
    if (/<\/?b>|\*\*/.test(line)) stats.markdown++;
    blocks.push({ kind: 'text', text: clean, line: lineNo });
  }
}
