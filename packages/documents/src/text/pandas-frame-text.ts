import { displayWidth } from './read-grid-table';
import { dumpCellText, rowsToHtmlTable } from './dump-table-html';

// A sheet read by pandas and printed: `df.to_string()` (columns right-justified under their labels,
// an index column 0 1 2 … on the left, NaN in empty cells) and `df.to_markdown()` (a pipe table whose
// first column is that index, `nan` cells, and a cell of several lines printed on several lines, the
// index blank on the later ones). Read with the default header row, the sheet's title is the first
// column's label and the other labels are `Unnamed: 1`, `Unnamed: 2` …

const INDEX_ROW = /^(\d+) +\S/;
const LABEL = /Unnamed: \d+|\S+/g;

/** The frame's labels as a first row: `Unnamed: N` was an empty cell; labels 0 1 2 … were no row (header=None). */
function labelRow(labels: string[]): string[] | null {
  if (labels.every((l, i) => l === String(i))) return null;
  const row = labels.map((l) => (/^Unnamed: \d+$/.test(l) ? '' : l));
  return row.some((c) => c !== '') ? row : null;
}

const cell = (raw: string) => dumpCellText(raw.trim().replace(/\\n/g, '\n').replace(/\\t/g, '\t'));

/** Cuts a to_string line at the right edges of its columns, counting characters or display width. */
function cutAt(line: string, start: number, edges: number[], wide: boolean): string[] | null {
  const slots = wide ? [...line].flatMap((ch) => (displayWidth(ch) > 1 ? [ch, ''] : [ch])) : [...line];
  const cells: string[] = [];
  let from = start;
  for (const edge of edges) {
    if (edge < slots.length && slots[edge] !== ' ' && slots[edge] !== '') return null;
    cells.push(slots.slice(from, edge).join(''));
    from = edge;
  }
  return slots.slice(from).join('').trim() === '' ? cells : null;
}

function readToString(lines: string[], at: number): { end: number; rows: string[][] } | null {
  const header = lines[at]!;
  if (!/^ +\S/.test(header)) return null;
  let end = at + 1;
  let last = -1;
  while (end < lines.length) {
    const m = INDEX_ROW.exec(lines[end]!);
    if (!m || Number(m[1]) <= last) break;
    last = Number(m[1]);
    end++;
  }
  if (end - at - 1 < 3) return null;
  const labels = [...header.matchAll(LABEL)];
  const edges = labels.map((m) => m.index + m[0].length);
  const indexWidth = Math.max(...lines.slice(at + 1, end).map((l) => INDEX_ROW.exec(l)![1]!.length));
  if (labels.length < 2 || labels[0]!.index <= indexWidth) return null;
  for (const wide of [false, true]) {
    const wideEdges = wide ? labels.map((m) => displayWidth(header.slice(0, m.index + m[0].length))) : edges;
    const start = wide ? displayWidth(' '.repeat(indexWidth)) : indexWidth;
    const cut = lines.slice(at + 1, end).map((l) => cutAt(l, start, wideEdges, wide));
    if (cut.some((c) => c === null)) continue;
    const first = labelRow(labels.map((m) => m[0]));
    const rows = (cut as string[][]).map((cells) => cells.map(cell));
    return { end, rows: first ? [first, ...rows] : rows };
  }
  return null;
}

const pipeCells = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());

function readToMarkdown(lines: string[], at: number): { end: number; rows: string[][] } | null {
  const head = lines[at]!;
  if (!/^\|\s+\|/.test(head) || !/^\|-+:\|/.test(lines[at + 1] ?? '')) return null;
  const labels = pipeCells(head).slice(1);
  const rows: string[][] = [];
  let end = at + 2;
  let last = -1;
  for (; end < lines.length && lines[end]!.startsWith('|'); end++) {
    const cells = pipeCells(lines[end]!);
    if (cells.length !== labels.length + 1) return null;
    const index = cells[0]!;
    if (index === '' && rows.length > 0) {
      // The later lines of a row whose cells hold several lines.
      const row = rows[rows.length - 1]!;
      cells.slice(1).forEach((c, i) => {
        if (c !== '') row[i] = row[i] ? `${row[i]}\n${c}` : c;
      });
      continue;
    }
    if (!/^\d+$/.test(index) || Number(index) <= last) return null;
    last = Number(index);
    rows.push(cells.slice(1));
  }
  if (rows.length < 3) return null;
  const first = labelRow(labels);
  const body = rows.map((r) => r.map(cell));
  return { end, rows: first ? [first, ...body] : body };
}

/** Replaces each printed pandas frame with an HTML table of its cells (the index column dropped). */
export function pandasFramesToHtml(text: string): string {
  if (!/^ +\S.*\n\d+ +\S|^\|\s+\|.*\n\|-+:\|/m.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const frame = readToMarkdown(lines, i) ?? readToString(lines, i);
    if (!frame) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    out.push(rowsToHtmlTable(frame.rows, false));
    i = frame.end;
  }
  return out.join('\n');
}
