import type { SourceBlock, SourceCell, SourceRow } from '../model/source-document';
import { clusterPositions, joinPieces } from './pdf-text-lines';

/** A block placed on its page; a ruled table keeps its grid column edges. */
export interface Positioned {
  top: number;
  block: SourceBlock;
  /** Grid column edges of a ruled table, to join a table continued on the next page. */
  columns?: number[];
  /** Column starts of a borderless table, to join its continuation on the next page. */
  starts?: number[];
}

/** Same outer edges: the page's table may show fewer inner column lines, never other edges. */
export function continuesTable(prev: Positioned, next: Positioned): boolean {
  if (prev.block.kind !== 'table' || next.block.kind !== 'table' || !prev.columns || !next.columns) return false;
  const a = prev.columns;
  const b = next.columns;
  return Math.abs(a[0]! - b[0]!) <= 3 && Math.abs(a[a.length - 1]! - b[b.length - 1]!) <= 3;
}

// A print stamp or page mark a system prints atop every page (系统名称 打印时间：…, 第1页/共2页, - 2 -), the 续表 line
// Word users type (or report engines print) over a table's continuation, or the
// date and time a browser prints at the head of every page of a web page it prints (2025/3/6 09:41 页面标题).
const RUNNING_HEAD = /打印(?:时间|人|日期)[：:]|^[（(]?\s*续\s*表\s*[\d一二三四五六七八九十.\-－—]*\s*[）)]?[：:]?$|^第\s*\d{1,4}\s*页|^共\s*\d{1,4}\s*页|^[-－—]\s*\d{1,4}\s*[-－—]$|^\d{4}[/-]\d{1,2}[/-]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?![\d:])/;

/**
 * A line printed above the table on every page (a budget system's name and print time): it sits
 * between a table and its continuation without ending the table.
 */
export function isRunningHead(p: Positioned): boolean {
  return p.block.kind === 'text' && isRunningHeadText(p.block.text);
}

export function isRunningHeadText(text: string): boolean {
  return text.length <= 80 && RUNNING_HEAD.test(text.trim());
}

/** Re-expresses a ruled table's spans on a finer set of column edges. */
function remapColumns(rows: SourceRow[], from: number[], to: number[]): void {
  const index = (x: number) => {
    let best = 0;
    for (let i = 1; i < to.length; i++) if (Math.abs(to[i]! - x) < Math.abs(to[best]! - x)) best = i;
    return best;
  };
  for (const row of rows) {
    let col = 0;
    for (const cell of row.cells) {
      const span = cell.colSpan ?? 1;
      const width = index(from[Math.min(col + span, from.length - 1)]!) - index(from[col]!);
      if (width > 1) cell.colSpan = width;
      else delete cell.colSpan;
      col += span;
    }
  }
}

function sameRow(a: SourceRow, b: SourceRow): boolean {
  return a.cells.length === b.cells.length && a.cells.every((c, i) => c.text === b.cells[i]!.text) && a.cells.filter((c) => c.text).length >= 2;
}

/** The header's next row again: same cells, those merged from above included (at least one with text). */
function sameTexts(a: SourceRow, b: SourceRow): boolean {
  return a.cells.length === b.cells.length && a.cells.every((c, i) => c.text === b.cells[i]!.text) && a.cells.some((c) => c.text);
}

/**
 * Appends a table's continuation from the next page. A header repeated at the top of the
 * page (one row or several) is dropped; a vertically merged cell the page break cut in two (its text printed again
 * on the new page) becomes one merge again.
 */
export function joinContinuedTable(prev: Positioned, next: Positioned): void {
  const rows = (prev.block as { rows: SourceRow[] }).rows;
  const more = (next.block as { rows: SourceRow[] }).rows;
  const union = clusterPositions([...prev.columns!, ...next.columns!]);
  // As many columns on both pages, drawn at other widths (each page a table of its own, sized to its
  // text): the same columns, taken in order. Interleaving their edges would put every cell of the new
  // page across two columns of the old.
  const sameColumns = next.columns!.length === prev.columns!.length;
  if (!sameColumns) {
    if (union.length !== prev.columns!.length) remapColumns(rows, prev.columns!, union);
    if (union.length !== next.columns!.length) remapColumns(more, next.columns!, union);
    prev.columns = union;
  }
  let start = 0;
  // (The last row itself, every cell with its own text, is the repeat below, not a header.)
  const lastAgain = more.length > 0 && rows.length > 0 && sameRow(rows[rows.length - 1]!, more[0]!);
  const header = more.length > 0 && !lastAgain ? rows.findIndex((r) => sameRow(r, more[0]!)) : -1;
  if (header >= 0) {
    start = 1;
    // A header over several rows (指标值 over 指标性质 | 目标值 | 计量单位) repeats whole.
    while (start < more.length && header + start < rows.length && sameTexts(rows[header + start]!, more[start]!)) start++;
  }
  // Some report engines print the previous page's last row again atop the next: the same row, not a new one.
  const repeated = lastAgain || (start < more.length && repeatsLastRow(rows, more[start]!));
  if (repeated) start++;
  const first = more[start];
  const lastRow = rows[rows.length - 1];
  if (first && lastRow && isSplitRow(lastRow, first)) {
    // A row too tall for the page continues with its label cells left empty.
    const open = anchorsReachingEnd(rows);
    let col = 0;
    first.cells.forEach((cell, i) => {
      const above = lastRow.cells[i]!;
      if (cell.text) above.text = above.text ? joinPieces(above.text, cell.text, true) : cell.text;
      // A merge cut by the break restarts on the new page as an empty cell; the dropped row
      // takes one of its rows, the rest continue the merge from the previous page.
      const anchor = open.get(col);
      if (anchor && (cell.rowSpan ?? 1) > 1) anchor.rowSpan = (anchor.rowSpan ?? 1) + (cell.rowSpan ?? 1) - 1;
      col += cell.colSpan ?? 1;
    });
    start++;
  } else if (first) {
    const open = anchorsReachingEnd(rows);
    let col = 0;
    for (const cell of first.cells) {
      const anchor = open.get(col);
      // The merge's own text cut by the break: its last lines printed atop its part on the new page.
      if (anchor && cell.text && !cell.mergedFromAbove && (cell.colSpan ?? 1) === (anchor.colSpan ?? 1) && isCutLevel(anchor.text, cell.text)) {
        anchor.text += cell.text;
        anchor.rowSpan = (anchor.rowSpan ?? 1) + (cell.rowSpan ?? 1);
        cell.text = '';
        cell.mergedFromAbove = true;
        delete cell.rowSpan;
        col += cell.colSpan ?? 1;
        continue;
      }
      // The merge was cut by the page break: the new page prints its text again, or leaves it empty.
      const sameText = cell.text === anchor?.text && ((anchor?.rowSpan ?? 1) > 1 || (cell.rowSpan ?? 1) > 1);
      // (Under a repeated last row, the merge's rest is the new page's empty box, though its start was one row.)
      const emptyContinuation = !cell.text && ((anchor?.rowSpan ?? 1) > 1 || (repeated && (cell.rowSpan ?? 1) > 1));
      if (anchor && !cell.mergedFromAbove && (cell.colSpan ?? 1) === (anchor.colSpan ?? 1) && (sameText || emptyContinuation)) {
        anchor.rowSpan = (anchor.rowSpan ?? 1) + (cell.rowSpan ?? 1);
        cell.text = '';
        cell.mergedFromAbove = true;
        delete cell.rowSpan;
      }
      col += cell.colSpan ?? 1;
    }
  }
  rows.push(...more.slice(start));
}

// Words a level's name starts with: a cell opening with one names a level of its own, not the rest of one.
const LEVEL_START = /^(产出|效益|效果|满意度|成本|投入|管理|过程|决策|履职|社会|经济|生态|可持续|服务对象|数量|质量|时效)/;

/**
 * A level cell cut by the page break (Word carries a merged cell's lines that do not fit its page on to its part on
 * the next): the page before ends the merge on a word cut short (社会效, 满意度指) and the new page's part opens with the
 * rest of it (益指标, 标). Together they make a level (…指标); the rest alone starts no level word.
 */
function isCutLevel(head: string, tail: string): boolean {
  return /^[\u4e00-\u9fa5]{1,8}$/.test(head) && !/指标$/.test(head) && /^[\u4e00-\u9fa5]{0,5}标$/.test(tail) && /指标$/.test(head + tail) && !LEVEL_START.test(tail);
}

const BARE_FIGURE = /^[-+]?[\d,]+(?:\.\d+)?%?$/;
const TOTAL_LABEL = /^(合\s*计|总\s*计|小\s*计|总\s*分|得分合计|分值合计)[：:]?$/;

/**
 * The first row on the new page continues the last row of the previous page (a row broken
 * across pages): same cell structure; it has text only under cells of the previous row that
 * stop mid-sentence, and leaves empty at least as many cells the previous row filled (the
 * short label and value cells that fitted). Columns merged from above go on past the break.
 * A new row fills its label and value cells, so it is not taken for a continuation.
 */
function isSplitRow(last: SourceRow, first: SourceRow): boolean {
  if (last.cells.length !== first.cells.length || last.cells.length < 2) return false;
  let continued = 0;
  let labelsLeftEmpty = 0;
  let filled = 0;
  // A cell ending on a clause's ；: Word breaks a row between its sentences as readily as inside one.
  let clauseEnds = 0;
  for (let i = 0; i < first.cells.length; i++) {
    const a = last.cells[i]!;
    const b = first.cells[i]!;
    if ((a.colSpan ?? 1) !== (b.colSpan ?? 1)) return false;
    if (a.mergedFromAbove || (a.rowSpan ?? 1) > 1) {
      if (b.text) return false;
      continue;
    }
    if (b.mergedFromAbove) return false;
    // A merge begun in the last row and cut by the break goes on over the new page's rows as an
    // empty box (the level over this row and the ones below it).
    if ((b.rowSpan ?? 1) > 1) {
      if (b.text || !a.text) return false;
      continue;
    }
    if (a.text) filled++;
    if (b.text) {
      if (!a.text || /[。！？!?）)」”]$/.test(a.text)) return false;
      if (/[；;]$/.test(a.text)) clauseEnds++;
      // A short figure fits its cell and wraps onto no line after it, and a total's label opens a row of
      // its own: 合计 | … | 100 under 满意度指标 | … | 15 is the next row, not the rest of this one.
      if ((a.text.trim().length <= 6 && BARE_FIGURE.test(a.text.trim()) && BARE_FIGURE.test(b.text.trim())) || TOTAL_LABEL.test(b.text.trim())) return false;
      continued++;
    } else if (a.text) labelsLeftEmpty++;
  }
  if (continued === 0 || labelsLeftEmpty < continued) return false;
  // After a clause's end, the rest goes on under this row only when it fills no other cell at all
  // (a new row names its indicator): one long text cell, every short cell of the row left empty.
  return clauseEnds === 0 || (continued === 1 && labelsLeftEmpty === filled - 1);
}

/**
 * The new page's first row is the previous page's last row printed again: every cell the last
 * row fills reads the same (two at least), and where the last row sits under a merge the repeat
 * prints that merge's text or nothing. Only the row right at the break is compared, so an
 * indicator a form genuinely lists twice elsewhere stays twice.
 */
function repeatsLastRow(rows: SourceRow[], first: SourceRow): boolean {
  const last = rows[rows.length - 1];
  if (!last || last.cells.length !== first.cells.length) return false;
  const open = anchorsReachingEnd(rows);
  let same = 0;
  let col = 0;
  for (let i = 0; i < last.cells.length; i++) {
    const a = last.cells[i]!;
    const b = first.cells[i]!;
    if ((a.colSpan ?? 1) !== (b.colSpan ?? 1) || b.mergedFromAbove) return false;
    if (a.mergedFromAbove) {
      const merge = open.get(col)?.text;
      if (b.text && merge && b.text !== merge) return false;
    } else if (a.text !== b.text) return false;
    else if (a.text) same++;
    col += a.colSpan ?? 1;
  }
  return same >= 2;
}

/** Per grid column, the cell whose (vertical) extent reaches the table's last row. */
function anchorsReachingEnd(rows: SourceRow[]): Map<number, SourceCell> {
  const active = new Map<number, { cell: SourceCell; last: number }>();
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      if (!cell.mergedFromAbove) active.set(col, { cell, last: r + (cell.rowSpan ?? 1) - 1 });
      col += cell.colSpan ?? 1;
    }
  });
  const out = new Map<number, SourceCell>();
  for (const [col, a] of active) if (a.last >= rows.length - 1) out.set(col, a.cell);
  return out;
}
