import type { SourceCell, SourceRow } from '../model/source-document';
import { CELL_BREAK, cleanInlineCell, decodeEntities } from './inline-markup';

/**
 * Splits HTML into running text and tables. Row spans become `mergedFromAbove` cells in
 * the rows below (as a docx reader reports them), so the builder sees one grid model.
 */
/**
 * HTML tables found in a text, with where each starts and ends. A table inside a cell
 * belongs to the outer table (its text becomes the cell's), except when the outer table
 * only lays the page out (a row or two of one or two cells around the real tables): then
 * the inner tables are the tables.
 */
export function findHtmlTables(text: string, offset = 0, depthLeft = 5): Array<{ start: number; end: number; inner: string; base?: number }> {
  const out: Array<{ start: number; end: number; inner: string; base?: number }> = [];
  for (const t of outerTables(text)) {
    const raw = text.slice(t.innerStart, t.innerEnd);
    if (t.nested && depthLeft > 0 && isLayoutTable(raw)) {
      out.push(...findHtmlTables(raw, offset + t.innerStart, depthLeft - 1));
      continue;
    }
    // An indicator table inside a cell (绩效指标 | [table]) keeps its own rows, spans and blank
    // cells: it is read as a table of its own, right after the table around it.
    const lifted = t.nested && depthLeft > 0 ? outerTables(raw).filter((n) => isIndicatorTable(raw.slice(n.innerStart, n.innerEnd))) : [];
    let own = raw;
    for (const n of [...lifted].reverse()) own = own.slice(0, n.start) + own.slice(n.end);
    out.push({ start: offset + t.start, end: offset + t.end, inner: /<table\b/i.test(own) ? flattenNestedTables(own) : own });
    for (const n of lifted) {
      for (const inner of findHtmlTables(raw.slice(n.start, n.end), 0, depthLeft - 1)) {
        out.push({ start: offset + t.end, end: offset + t.end, inner: inner.inner, base: offset + t.innerStart + n.start });
      }
    }
  }
  return out;
}

// The captions an indicator table's header row names (三级指标 | 指标值, 指标名称 | 分值 …).
const NAME_CAPTION = /(三级指标|指标名称|绩效指标名称|具体指标)/;
const VALUE_CAPTION = /(指标值|目标值|完成值|分值|得分|权重)/;

/** A table whose first row is an indicator header. */
function isIndicatorTable(inner: string): boolean {
  const first = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tr\s*>|$)/i.exec(inner)?.[1] ?? '';
  return isIndicatorHeaderRow(first);
}

function isIndicatorHeaderRow(row: string): boolean {
  const cells = captionCells(row);
  return cells.length >= 3 && cells.some((c) => NAME_CAPTION.test(c) && c.length <= 12) && cells.some((c) => VALUE_CAPTION.test(c) && c.length <= 12);
}

function captionCells(row: string): string[] {
  return row.split(/<t[dh]\b[^>]*>/i).slice(1).map((c) => cleanInlineCell(c).text.replace(/\s+/g, ''));
}

/**
 * A table holding a whole form: its indicator header names the indicator and a value, on one row
 * or on two (绩效指标 over 一级/二级/三级 beside 年度指标值 merged down).
 */
function holdsIndicatorHeader(inner: string): boolean {
  const rows = inner.split(/<tr\b[^>]*>/i).slice(1).map(captionCells);
  return rows.some((cells, i) => {
    const both = [...cells, ...(rows[i + 1] ?? [])];
    return both.length >= 3 && cells.some((c) => VALUE_CAPTION.test(c) && c.length <= 12) && both.some((c) => NAME_CAPTION.test(c) && c.length <= 12);
  });
}

function outerTables(text: string): Array<{ start: number; end: number; innerStart: number; innerEnd: number; nested: boolean }> {
  const out: Array<{ start: number; end: number; innerStart: number; innerEnd: number; nested: boolean }> = [];
  const tagRe = /<(\/?)table\b[^>]*>/gi;
  let depth = 0;
  let start = -1;
  let innerStart = -1;
  let nested = false;
  for (let m = tagRe.exec(text); m; m = tagRe.exec(text)) {
    if (m[1] === '') {
      if (depth === 0) { start = m.index; innerStart = m.index + m[0].length; nested = false; } else nested = true;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) out.push({ start, end: m.index + m[0].length, innerStart, innerEnd: m.index, nested });
    }
  }
  return out;
}

// Where a table inside stood, in an outer table's own text.
const NESTED_MARK = '\u0000table\u0000';

/**
 * An outer table whose own rows are narrow: page layout around the real tables. A few rows of one
 * or two cells are layout; a site's frame has more (menu, breadcrumb, the article, footer), and is
 * still layout when the article row's one cell holds a whole form (a table with an indicator header).
 */
function isLayoutTable(inner: string): boolean {
  const nested = outerTables(inner);
  let own = inner;
  for (const t of [...nested].reverse()) own = `${own.slice(0, t.start)}${NESTED_MARK}${own.slice(t.end)}`;
  const rows = own.split(/<tr\b/i).slice(1);
  // (An empty cell is a spacer between the columns of the page — two tables side by side with a gap — not a cell.)
  const cellsOf = (r: string) => r.split(/<t[dh]\b/i).slice(1).filter((c) => c.includes(NESTED_MARK) || cleanInlineCell(c.replace(/^[^>]*>/, '')).text.trim() !== '').length;
  if (!rows.every((r) => cellsOf(r) <= 2)) return false;
  if (rows.length <= 3) return true;
  const formRow = rows.some((r) => r.includes(NESTED_MARK) && cellsOf(r) === 1);
  return formRow && nested.some((t) => holdsIndicatorHeader(inner.slice(t.innerStart, t.innerEnd)));
}


const INNERMOST_TABLE = /<table\b[^>]*>((?:(?!<table\b)[\s\S])*?)<\/table\s*>/gi;

// A label cell ending in a colon runs straight into its value (目标1：改善…).
function joinCells(cells: string[]): string {
  return cells.reduce((out, c) => (out === '' ? c : /[：:]$/.test(out) ? out + c : `${out}\t${c}`), '');
}

/**
 * Tables inside a cell become that cell's text: one line per inner row, cells set apart by a tab
 * (as the .docx reader does), so an inner table of several columns keeps its columns.
 */
export function flattenNestedTables(inner: string): string {
  let s = inner;
  for (let guard = 0; guard < 50 && /<table\b/i.test(s); guard++) {
    const next = s.replace(INNERMOST_TABLE, (_w, body: string) => {
      const lines = body.split(/<tr\b[^>]*>/i).map((row) =>
        joinCells(row.split(/<t[dh]\b[^>]*>/i).map((cell) => cleanInlineCell(cell.replace(/<br\s*\/?>/gi, ' ')).text.replace(/\s+/g, ' ').trim()).filter((t) => t !== '')),
      ).filter((l) => l !== '');
      return lines.join('<br>');
    });
    if (next === s) break;
    s = next;
  }
  return s;
}

/** HTML outside tables turned into plain lines: headings become `#` lines, blocks become line breaks. */
export function htmlToLines(html: string): string {
  if (!/<\/?[a-z][^>]*>/i.test(html)) return html;
  return decodeEntities(
    keepCellBreaks(html)
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<h([1-6])\b[^>]*>/gi, (_w, level: string) => `\n${'#'.repeat(Number(level))} `)
      // A disclosure widget's heading (<summary>) and body (<details>) are blocks of their own, as a browser draws them.
      .replace(/<\/h[1-6]\s*>|<br\s*\/?>|<\/(p|div|li|tr|ul|ol|details|summary)\s*>|<(p|div|li|ul|ol|details|summary)\b[^>]*>/gi, '\n')
      .replace(/<(?!\/?b\b|\/?strong\b)\/?[a-z!][^>]*>/gi, ''),
  );
}

/**
 * A `<br>` inside a pipe or TSV row breaks a line within one cell (markdown tables have no
 * other way to write it): it must not split the row, so it is kept as CELL_BREAK until the
 * cell's text is cleaned.
 */
function keepCellBreaks(html: string): string {
  if (!/<br\b/i.test(html)) return html;
  return html.split('\n').map((line) => ((line.split('|').length > 2 || line.includes('\t')) ? line.replace(/<br\s*\/?>/gi, CELL_BREAK) : line)).join('\n');
}

const HIDDEN_STYLE = /\bstyle\s*=\s*(["'])[^"']*display\s*:\s*none/i;

/**
 * The rows of a table as a browser shows them. A `<tfoot>` shows under the body wherever the
 * markup puts it (HTML 4 wrote it before `<tbody>`): its rows (合计, 总分) come last.
 */
export function readTableRows(inner: string, base: number, lineOf: (offset: number) => number): SourceRow[] {
  const feet = [...inner.matchAll(/<tfoot\b[^>]*>[\s\S]*?(?:<\/tfoot\s*>|(?=<tbody\b)|$)/gi)];
  if (feet.length === 0) return readRowGroup(inner, base, lineOf);
  // Blanked to spaces of the same length, so the other rows keep their offsets (and lines).
  const body = feet.reduce((s, f) => s.slice(0, f.index) + ' '.repeat(f[0].length) + s.slice(f.index + f[0].length), inner);
  return [...readRowGroup(body, base, lineOf), ...feet.flatMap((f) => readRowGroup(f[0], base + f.index, lineOf))];
}

function readRowGroup(inner: string, base: number, lineOf: (offset: number) => number): SourceRow[] {
  const rows: SourceRow[] = [];
  // Columns still covered by a rowspan from above: column → rows left.
  const pending = new Map<number, number>();
  const rowRe = /<tr\b([^>]*)>([\s\S]*?)(?=<tr\b|<\/tr\s*>|<\/tbody|<\/thead|<\/tfoot|$)/gi;
  for (let r = rowRe.exec(inner); r; r = rowRe.exec(inner)) {
    if (r[0] === '') { rowRe.lastIndex++; continue; }
    // A row styled display:none (Excel's web page of a sheet with hidden rows) is not shown: it
    // still uses up a row of the spans above it, as a browser lays it out.
    if (HIDDEN_STYLE.test(r[1]!)) {
      for (const [k, left] of pending) if (left > 0) pending.set(k, left - 1);
      continue;
    }
    const cells: SourceCell[] = [];
    let col = 0;
    const fillMerged = () => {
      while ((pending.get(col) ?? 0) > 0) {
        cells.push({ text: '', mergedFromAbove: true });
        pending.set(col, pending.get(col)! - 1);
        col++;
      }
    };
    const cellRe = /<(td|th)\b([^>]*)>([\s\S]*?)(?=<td\b|<th\b|<\/tr|$)/gi;
    for (let c = cellRe.exec(r[2]!); c; c = cellRe.exec(r[2]!)) {
      const attrs = c[2]!;
      // A hidden cell (a hidden column's) takes no place in the row.
      if (HIDDEN_STYLE.test(attrs)) continue;
      fillMerged();
      const colSpan = Math.min(Math.max(Number(/colspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1) || 1, 1), 100);
      const rowSpan = Math.min(Math.max(Number(/rowspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1) || 1, 1), 1000);
      const body = c[3]!.replace(/<\/(td|th)\s*>[\s\S]*$/i, '');
      const { text, bold } = cleanInlineCell(body.replace(/<\/(p|div)\s*>\s*<(p|div)\b[^>]*>/gi, '\n'));
      const cell: SourceCell = { text: text.replace(/[ \t\r\n]*\n[ \t\r\n]*/g, '\n').trim() };
      if (colSpan > 1) cell.colSpan = colSpan;
      if (rowSpan > 1) cell.rowSpan = rowSpan;
      if (bold || c[1]!.toLowerCase() === 'th') cell.bold = true;
      cells.push(cell);
      if (rowSpan > 1) for (let k = 0; k < colSpan; k++) pending.set(col + k, rowSpan - 1);
      col += colSpan;
    }
    fillMerged();
    // Spans over columns this row never reached still use up one row.
    for (const [k, left] of pending) if (k >= col && left > 0) pending.set(k, left - 1);
    if (cells.length > 0) rows.push({ cells, line: lineOf(base + r.index) });
  }
  return rows;
}
