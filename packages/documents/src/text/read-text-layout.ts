import type { SourceBlock, SourceCell, SourceDocument, SourceFormat, SourceRow } from '../model/source-document';
import { restoreLostTabs } from './lost-tab-cells';
import { converterDumpsToHtml } from './converter-dumps';
import { convertedMarkdownToText } from './converter-markdown';
import { unboxTables } from './box-tables';
import { cleanInlineCell, stripBookmarks } from './inline-markup';
import { divTablesToHtml } from './div-tables';
import { markHiddenElements, stripHiddenHtml } from './hidden-html';
import { stripStruckText } from './struck-text';
import { formControlsToText } from './form-controls-text';
import { definitionListsToLines } from './definition-lists';
import { bracketLabelsToLines } from './bracket-labels';
import { asciiBarRows, joinStrayBarCells } from './ocr-pipe-rows';
import { joinWrappedPipeRows } from './wrapped-pipe-rows';
import { dropRulesBetweenSpacedRows, readDashRuleTable } from './dash-rule-tables';
import { realignTabStopRows } from './tab-stop-rows';
import { blankPageNumberLines } from './page-number-lines';
import { tabsFromCollapsedRuns } from './collapsed-tab-runs';
import { joinFrozenColumnTables } from './frozen-column-tables';
import { unfoldTreeTables } from './tree-tables';
import { findHtmlTables, htmlToLines, readTableRows } from './read-html-tables';
import { GRID_BORDER, displayWidth, readGridTable } from './read-grid-table';
import { BLANK, repairCopiedLines } from './repair-copied-lines';
import { detectFormTitle } from '../build/form-titles';
import { headerRole, readHeaderRow } from '../build/header-map';
import { isCategoryText } from '../build/level-cells';
import { mapSymbolFontHtml } from './symbol-font-html';
import { goesOnOverPage, isLoneWrapLine } from './page-continued-rows';
import { unquoteMail } from './unquote-mail';
import { alignSpacedRows, isDelimitedRow, isIndentedSpacedRow, splitSpacedRow, uniformSeparator } from './spaced-rows';

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
  const plain = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const pageBreaks = new Set(plain.split('\n').flatMap((l, k) => (l.includes('\f') ? [k + 1] : [])));
  const src = definitionListsToLines(unfoldTreeTables(unboxTables(divTablesToHtml(formControlsToText(mapSymbolFontHtml(stripStruckText(stripHiddenHtml(markHiddenElements(bracketLabelsToLines(unquoteMail(blankPageNumberLines(converterDumpsToHtml(convertedMarkdownToText(tabsFromCollapsedRuns(plain)))))))))))))));
  const stats: LayoutStats = { cellRows: 0, tsvRows: 0, pipeRows: 0, htmlRows: 0, markdown: 0, pageBreaks };
  const blocks: SourceBlock[] = [];
  const lineStarts = computeLineStarts(src);
  const lineOf = (offset: number) => lineAt(lineStarts, offset);
  let last = 0;
  for (const table of findHtmlTables(src)) {
    readLines(htmlToLines(src.slice(last, table.start)), lineOf(last), blocks, stats);
    // <caption> is the table's title (项目支出绩效目标表（2024年度）): it goes before the table.
    const caption = /<caption\b[^>]*>([\s\S]*?)<\/caption\s*>/i.exec(table.inner);
    if (caption) readLines(htmlToLines(caption[1]!.replace(/<br\s*\/?>/gi, '\n')), lineOf(table.start), blocks, stats);
    const rows = readTableRows(caption ? table.inner.replace(caption[0], '') : table.inner, table.base ?? table.start, lineOf);
    stats.htmlRows += rows.length;
    if (rows.length > 0) blocks.push({ kind: 'table', rows });
    last = Math.max(last, table.end);
  }
  readLines(htmlToLines(src.slice(last)), lineOf(last), blocks, stats);
  return { format: pickFormat(stats), blocks: stats.htmlRows > 0 ? joinFrozenColumnTables(blocks) : blocks, notes: [] };
}

interface LayoutStats {
  /** Line numbers (1-based) of the lines a form feed opened: where the converter's pages begin. */
  pageBreaks: Set<number>;
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

const CELL_LINE = /^[ \u3000]*\t[^\t]*$/;
// A note printed under a table: its own paragraph, never a line break inside the cell above.
const NOTE_UNDER_TABLE = /^(注|说明|填报说明|注释)\s*\d*[：:]/;
// 附表2 / 附件2-3 alone: the number of the volume's next attachment, a paragraph set right under the
// table's last row, never a line break inside its last cell (a score 96.5 would read as text).
const ATTACHMENT_NUMBER = /^(附表|附件)\s*[\d一二三四五六七八九十]+(?:[-－—.．]\d+)?\s*[：:、]?$/;
// Markdown's alignment row: `|---|:---:|`, also the short `|:-:|-:|` (one hyphen a cell is enough);
// a row of lone `-` placeholders with no colon and no `--` anywhere is left to be a (blank) row.
const PIPE_SEPARATOR_SHAPE = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const PIPE_SEPARATOR = { test: (line: string): boolean => PIPE_SEPARATOR_SHAPE.test(line) && /:|--/.test(line) };

/** `next` is the following line: a space-aligned table has at least two rows. */
function classify(line: string, previous: LineKind, next?: string, delimiter?: string | null, after?: string): LineKind {
  if (BLANK.test(line)) return 'blank';
  if (line.includes('\t')) {
    // A lone leading TAB is a cell line, unless it sits inside a block of TSV rows
    // (a TSV row whose only other cell is empty looks the same).
    if (CELL_LINE.test(line) && previous !== 'tsv') return 'cell';
    return 'tsv';
  }
  if (isPipeRow(line)) return isLonePipeLine(line, previous, next) ? 'text' : 'pipe';
  if (previous === 'spaced' && delimiter && isDelimitedRow(line, delimiter)) return 'spaced';
  // The first row of a delimited table whose next row holds sentences (预期目标 | 实际完成情况 over texts).
  if (previous !== 'spaced' && next != null && splitSpacedRow(line)) {
    const own = uniformSeparator(line, undefined);
    if (own && isDelimitedRow(next, own)) return 'spaced';
  }
  if (splitSpacedRow(line) && (previous === 'spaced' || (next != null && splitSpacedRow(next) != null))) return 'spaced';
  // A row over a cell's first line printed alone above the next row (cells centred vertically: the wrapped
  // cell's first line above the row's line): the table goes on past the lone line.
  if (previous !== 'spaced' && after != null && (splitSpacedRow(line)?.length ?? 0) >= 3 && next != null && isLoneWrapLine(next) && (splitSpacedRow(after)?.length ?? 0) >= 3) return 'spaced';
  // Captions over sentences set side by side on indented lines (年度总体目标  预期目标  实际完成情况).
  if (previous !== 'spaced' && next != null && splitSpacedRow(line) && isIndentedSpacedRow(next)) return 'spaced';
  if (previous === 'spaced' && isIndentedSpacedRow(line)) return 'spaced';
  // An indented short line inside a space-aligned table: a cell wrapped onto a line of its own.
  // A note or a label：value line under the table (  注：…, 填报人：…) is running text.
  if (previous === 'spaced' && /^(?: {2,}|\u3000+)\S/.test(line) && line.trim().length <= 40 && !/[：:]|^\s*(注|说明|备注)/.test(line)) return 'spaced';
  return 'text';
}

/** A short heading line right over a TSV table of three columns or more. */
function headsTsv(line: string, next: string | undefined): boolean {
  return line.trim().length <= 20 && !/[，。；,;：:]/.test(line) && next != null && classify(next, 'text') === 'tsv' && next.split('\t').length >= 3;
}

function isPipeRow(line: string): boolean {
  const t = line.trim();
  if (t.startsWith('|') && t.length > 1 && t.indexOf('|', 1) > 0) return true;
  // `a|b|c`: at least two separators and no sentence that merely mentions a pipe.
  let count = 0;
  for (let i = t.indexOf('|'); i >= 0; i = t.indexOf('|', i + 1)) count++;
  return count >= 2 && !t.startsWith('#');
}

/**
 * A web page's run of links copied as text (`相关链接：市政府 | 省财政厅 | 中国政府网`, `无障碍 | 登录 | 注册`)
 * looks like a bare pipe row. A table has at least two rows, so a bare pipe line with no pipe row
 * above or below it is running text, never a row added to the table before it.
 */
function isLonePipeLine(line: string, previous: LineKind, next: string | undefined): boolean {
  if (line.trim().startsWith('|') || previous === 'pipe') return false;
  return next == null || !isPipeRow(next);
}

function toCell(raw: string): SourceCell {
  const { text, bold } = cleanInlineCell(raw);
  return bold ? { text, bold } : { text };
}

/**
 * A row's cells. `bordered` says whether the table writes its rows between pipes
 * (`| a | b |`); in a bare table (`a|b|c`, whose first row does not start with a pipe) a
 * leading pipe is an empty first cell, as in `||名称|5|` under a merged level cell.
 */
function splitPipeRow(line: string, bordered = true): string[] {
  let t = line.trim();
  if (bordered && t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  return t.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}

function readLines(chunk: string, firstLine: number, blocks: SourceBlock[], stats: LayoutStats): void {
  if (chunk.trim() === '') return;
  const { lines, lineNos } = dropRulesBetweenSpacedRows(repairCopiedLines(asciiBarRows(chunk.split('\n'))));
  let table: SourceRow[] | null = null;
  let tableKind: LineKind | null = null;
  // Cell-per-line state: the row being filled and whether a blank line closed it.
  let cellRow: SourceRow | null = null;
  // The cells of the row being filled that a line without its TAB went on (see restoreLostTabs).
  let joined = new Set<SourceCell>();
  let previous: LineKind = 'blank';

  let spacedStarts: number[][] = [];
  // The separator all rows of the spaced table share (undefined before its first row).
  let delimiter: string | null | undefined;
  let pipeBordered = true;
  // Each TSV row's fields as split, for re-cutting rows aligned with runs of TABs.
  let tsvFields = new Map<SourceRow, string[]>();
  // Each pipe row's line as written, for rows wrapped inside padded columns.
  let pipeLines = new Map<SourceRow, string>();
  const closeTable = () => {
    if (cellRow) { table?.push(cellRow); cellRow = null; }
    // Cells set apart by one fixed separator are delimited, not aligned: positions mean nothing.
    if (table && tableKind === 'spaced' && !(delimiter && table.length >= 3)) alignSpacedRows(table, spacedStarts);
    if (table && tableKind === 'tsv') realignTabStops(table, tsvFields);
    if (table && tableKind === 'pipe') { joinWrappedPipeRows(table, pipeLines); joinStrayBarCells(table); }
    tsvFields = new Map();
    pipeLines = new Map();
    spacedStarts = [];
    delimiter = undefined;
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
    const lineNo = firstLine + lineNos[i]!;
    const dashTable = /^\s*-{2,}/.test(line) ? readDashRuleTable(lines, i, firstLine) : null;
    if (dashTable) {
      closeTable();
      blocks.push({ kind: 'table', rows: dashTable.rows });
      stats.tsvRows += dashTable.rows.length;
      i = dashTable.next - 1;
      previous = 'blank';
      continue;
    }
    if (GRID_BORDER.test(line) && /^\s*\|/.test(lines[i + 1] ?? '')) {
      closeTable();
      const grid = readGridTable(lines, i, firstLine);
      if (grid.rows.length > 0) blocks.push({ kind: 'table', rows: grid.rows });
      stats.pipeRows += grid.rows.length;
      i = grid.next - 1;
      previous = 'blank';
      continue;
    }
    let kind = classify(line, previous, lines[i + 1], delimiter, lines[i + 2]);
    // A header whose next rows come after level lines of their own (产出指标 ⏎ 数量指标) is no lone pipe line.
    if (kind === 'text' && isPipeRow(line) && isLevelLine(lines[i + 1] ?? '') && levelLinesLeadTo(lines, i + 1, 'pipe')) kind = 'pipe';
    // The same over a space-aligned table (an outline of levels, indented, between the header and the rows).
    if (kind === 'text' && splitSpacedRow(line) && isLevelLine(lines[i + 1] ?? '') && levelLinesLeadTo(lines, i + 1, 'spaced')) kind = 'spaced';
    // A level line at the left margin among a space-aligned table's rows (the level columns lost in a scan,
    // only the indentation shows the tree): a caption row of the table, as between TSV rows below.
    if (kind === 'text' && previous === 'spaced' && isLevelLine(line) && levelLinesLeadTo(lines, i + 1, 'spaced')) kind = 'spaced';
    if (kind === 'blank') {
      if (cellRow) { table!.push(...splitGluedHeader(restoreLostTabs(cellRow, table!.at(-1), joined))); cellRow = null; joined = new Set(); stats.cellRows++; }
      // A space-aligned table going on over the page (its rows under no header again): the blank lines
      // and the page's furniture between are the page's.
      if (tableKind === 'spaced' && goesOnOverPage(lines, lineNos, firstLine, i, stats.pageBreaks)) continue;
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
    // The next form's title right under the last cell (no blank line between: the page put it in
    // a paragraph after the table) starts the next form; it is no line of the cell above.
    // So does a note under the table (注：… / 说明：…) right under the last cell.
    // A short heading right over a TSV table (五、绩效指标 ⏎ 一级指标⇥二级指标…) opens that table: a
    // cell-per-line copy never goes on in TSV rows, so the line is no rest of the cell above.
    if (kind === 'text' && previous === 'cell' && cellRow && cellRow.cells.length > 0 && !headsTsv(line, lines[i + 1]) && detectFormTitle(line.trim(), false) == null && !NOTE_UNDER_TABLE.test(line.trim()) && !ATTACHMENT_NUMBER.test(line.trim())) {
      // A line without the leading TAB continues the cell above it.
      const lastCell = cellRow.cells[cellRow.cells.length - 1]!;
      const more = toCell(line);
      lastCell.text = lastCell.text === '' ? more.text : `${lastCell.text}\n${more.text}`;
      joined.add(lastCell);
      continue;
    }
    if (kind === 'tsv') {
      openTable('tsv');
      const fields = splitTsvRow(line);
      const row: SourceRow = { cells: fields.map(toCell), line: lineNo };
      tsvFields.set(row, fields);
      table!.push(row);
      stats.tsvRows++;
      previous = 'tsv';
      continue;
    }
    if (kind === 'spaced') {
      openTable('spaced');
      delimiter = uniformSeparator(line, delimiter);
      const parts = splitSpacedRow(line, delimiter != null || isIndentedSpacedRow(line)) ?? [{ text: line.trim(), at: displayWidth(line.slice(0, line.length - line.trimStart().length)) }];
      spacedStarts.push(parts.map((p) => p.at));
      table!.push({ cells: parts.map((p) => toCell(p.text)), line: lineNo });
      stats.tsvRows++;
      previous = 'spaced';
      continue;
    }
    if (kind === 'pipe') {
      if (PIPE_SEPARATOR.test(line)) { previous = 'pipe'; continue; }
      openTable('pipe');
      if (table!.length === 0) pipeBordered = line.trim().startsWith('|');
      const pipeRow: SourceRow = { cells: splitPipeRow(line, pipeBordered).map(toCell), line: lineNo };
      pipeLines.set(pipeRow, line);
      table!.push(pipeRow);
      stats.pipeRows++;
      previous = 'pipe';
      continue;
    }
    // 合计 100 97.5 right under a table, its figures set apart by single spaces: the table's closing row.
    if ((previous === 'tsv' || previous === 'pipe') && TOTAL_LINE.test(line)) {
      openTable(previous);
      (table as SourceRow[] | null)?.push({ cells: line.trim().split(/[ \u3000\u00a0]+/).map((t) => ({ text: t })), line: lineNo });
      continue;
    }
    // 产出指标 ⏎ 数量指标 on lines of their own between a table's rows (a page that set its level cells
    // as paragraphs): caption rows of the table, as a caption row `一、产出指标` inside it would be.
    if ((previous === 'tsv' || previous === 'pipe') && isLevelLine(line) && levelLinesLeadTo(lines, i + 1, previous)) {
      openTable(previous);
      (table as SourceRow[] | null)?.push({ cells: [toCell(line.trim())], line: lineNo });
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

function isLevelLine(line: string): boolean {
  return isCategoryText(line.trim());
}

/** Whether the lines from `from` on, past further level lines, go on with a row of the table's kind. */
function levelLinesLeadTo(lines: string[], from: number, kind: LineKind): boolean {
  for (let k = from; k < lines.length; k++) {
    const line = lines[k]!;
    if (isLevelLine(line)) continue;
    return classify(line, kind, lines[k + 1]) === kind;
  }
  return false;
}

/**
 * A table's last row and the next table's header with no blank line between them (a 年度主要任务 row
 * run into 一级指标 / 二级指标 / …): one cell-per-line row whose cells end in a whole indicator header
 * after cells that are no captions. Cut into the row and the header.
 */
function splitGluedHeader(row: SourceRow): SourceRow[] {
  const cells = row.cells;
  if (cells.length < 5) return [row];
  const grid = (from: number) => cells.slice(from).map((c, k) => ({ text: c.text, start: k, span: 1, merged: false }));
  if (readHeaderRow(grid(0))) return [row];
  for (let k = 1; k <= cells.length - 3; k++) {
    const role = headerRole(cells[k]!.text);
    if (role !== 'level1' && role !== 'name') continue;
    const rest = cells.slice(k).filter((c) => c.text.trim() !== '');
    if (rest.length < 3 || rest.some((c) => headerRole(c.text) == null)) return [row];
    if (cells.slice(0, k).some((c) => c.text.trim() !== '' && headerRole(c.text) != null)) return [row];
    if (!readHeaderRow(grid(k))) return [row];
    return [{ cells: cells.slice(0, k), line: row.line }, { cells: cells.slice(k), line: row.line == null ? row.line : row.line + k }];
  }
  return [row];
}

const TOTAL_LINE = /^[ \u3000]*(合计|总计|总分)(?:[ \u3000\u00a0]+[+-]?\d+(?:\.\d+)?分?){1,3}[ \u3000]*$/;
const CELL_PADDING = /^[ \u00a0\u3000]+|[ \u00a0\u3000]+$/g;
// A TSV field Excel quoted because it holds a line break, a tab or a quote: "a\nb".
const QUOTED_FIELD = /^"((?:[^"]|"")*)"$/s;

/** The cells of a TSV row, with Excel's quoted fields unquoted. */
function splitTsvRow(line: string): string[] {
  // Spaces padding a cell (a WeChat or web table copied with a space either side of each TAB) are layout.
  const fields = line.split('\t').map((f) => f.replace(CELL_PADDING, ''));
  if (!line.includes('"')) return fields;
  return fields.map((f) => {
    const m = QUOTED_FIELD.exec(f);
    return m ? m[1]!.replace(/""/g, '"') : f;
  });
}

function pushText(blocks: SourceBlock[], line: string, lineNo: number, stats: LayoutStats): void {
  const heading = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(line);
  const body = heading ? heading[2]! : line;
  const { text } = cleanInlineCell(stripBookmarks(body));
  // Closing hashes of an ATX heading; tried only where a run of spaces starts (from each of its spaces it is quadratic).
  const clean = text.replace(/(?<!\s)\s+#+\s*$/, '').trim();
  if (clean === '') return;
  if (heading) {
    stats.markdown++;
    blocks.push({ kind: 'text', text: clean, line: lineNo, heading: heading[1]!.length });
  } else {
    if (/<\/?b>|\*\*/.test(line)) stats.markdown++;
    blocks.push({ kind: 'text', text: clean, line: lineNo });
  }
}

/** TSV rows whose TABs align columns at tab stops (see realignTabStopRows), re-cut in place. */
function realignTabStops(table: SourceRow[], fields: Map<SourceRow, string[]>): void {
  const rows = table.filter((r) => fields.has(r));
  if (rows.length !== table.length) return;
  const cut = realignTabStopRows(rows.map((r) => fields.get(r)!));
  if (!cut) return;
  cut.forEach((cells, k) => { table[k]!.cells = cells.map(toCell); });
}
