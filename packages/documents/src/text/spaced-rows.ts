import type { SourceCell, SourceRow } from '../model/source-document';
import { displayWidth } from './read-grid-table';
import { isSealText } from './seal-text';
import { splitAtAnchors } from './split-at-anchors';
import { isCentredTable, joinCentredRows, unshiftPages } from './centred-rows';
import { isBareLabel } from '../build/line-cell-labels';

/**
 * Tables laid out by runs of spaces (PDF-to-text converters, web pages copied as text): telling such rows apart,
 * splitting them into cells and aligning their cells under the header's columns, with wrapped lines joined.
 */

// Columns set apart by runs of spaces, as PDF-to-text converters lay out a table row.
const SPACE_RUN = / {2,}|\u3000{2,}/;
const SPACE_RUNS = / {2,}|\u3000{2,}/g;

/**
 * The one separator every row of a spaced table uses (web pages copied as text put two ideographic spaces
 * between cells), or null when the runs vary, as they do where columns are aligned by padding.
 */
export function uniformSeparator(line: string, sofar: string | null | undefined): string | null {
  if (/^[ \u3000]/.test(line)) return null;
  const runs = line.trim().match(SPACE_RUNS) ?? [];
  if (runs.length === 0 || runs.some((r) => r !== runs[0])) return null;
  return sofar === undefined || sofar === runs[0] ? runs[0]! : null;
}

/**
 * A row of a delimited table: cells set apart by exactly the table's separator. Long
 * sentences (a goal and its outcome) are cells here, not running text; a note or a
 * label：value line under the table is not.
 */
export function isDelimitedRow(line: string, delimiter: string): boolean {
  if (/^[ \u3000]/.test(line) || uniformSeparator(line, delimiter) !== delimiter) return false;
  const first = line.trim().split(delimiter)[0]!;
  return !/[：:]/.test(first) && !/^(注|说明|备注|填报|审核|联系)/.test(first);
}

/**
 * A row of a space-aligned table whose first columns are blank (under a caption row such as
 * 年度总体目标 | 预期目标 | 实际完成情况): indented, its cells may be whole sentences side by side.
 */
export function isIndentedSpacedRow(line: string): boolean {
  if (!/^(?: {2,}|\u3000{2,})\S/.test(line)) return false;
  const parts = splitSpacedRow(line, true);
  return parts != null && parts.every((p) => p.text.length <= 120) && !hasLabelColon(parts[0]!.text);
}

// 其中：财政拨款 is a part's caption (其中 only leads into it), not a label：value pair of running text.
function hasLabelColon(text: string): boolean {
  return /[：:]/.test(text.replace(/^其中[：:]/, ''));
}

/**
 * The cells of a space-aligned row, or null for running text: at least two runs of two or
 * more spaces between short cells, or one run after a short caption (项目名称    某某项目).
 */
export function splitSpacedRow(line: string, delimited = false): Array<{ text: string; at: number }> | null {
  if (!SPACE_RUN.test(line.trim())) return null;
  const parts: Array<{ text: string; at: number }> = [];
  const re = /\S+(?:(?: |\u3000)\S+)*/g;
  // Positions in display columns: converters align CJK text, which takes two columns a character.
  for (let m = re.exec(line); m; m = re.exec(line)) parts.push({ text: m[0], at: displayWidth(line.slice(0, m.index)) });
  if (parts.length < 2) return null;
  // A delimited table's row (its separator checked by the caller) holds whole sentences.
  if (delimited) return parts;
  if (parts.some((p) => p.text.length > 80)) return null;
  if (parts.length === 2 && (parts[0]!.text.length > 16 || /[，。；,;]/.test(parts[0]!.text) || hasLabelColon(parts[0]!.text))) return null;
  // 1、完成甲任务。  2、完成乙任务。 — sentences set apart by spaces are running text.
  if (parts.filter((p) => /[。；;]$/.test(p.text)).length >= 2) return null;
  return parts;
}

/**
 * Space-aligned rows leave blank cells out: put every cell under the column of the widest
 * row (the header) that starts nearest to it, keeping order, so merged level cells become
 * blanks again instead of shifting the row left.
 */
export function alignSpacedRows(rows: SourceRow[], starts: number[][]): void {
  // The header is the widest row; of rows as wide, the one with no amounts in it; of those, the one
  // heading more value columns (the indicator header, not a budget block's 年初预算数 | … | 得分 above it).
  const amounts = (r: number) => rows[r]!.cells.filter((c) => /\d/.test(c.text)).length;
  const valueCaptions = (r: number) => rows[r]!.cells.filter((c) => VALUE_HEADER.test(c.text.replace(/[\s\u3000]/g, ''))).length;
  let widest = 0;
  starts.forEach((s, i) => {
    const wider = s.length > starts[widest]!.length;
    const asWide = s.length === starts[widest]!.length;
    if (wider || (asWide && (amounts(i) < amounts(widest) || (amounts(i) === amounts(widest) && valueCaptions(i) > valueCaptions(widest))))) widest = i;
  });
  const anchors = starts[widest]!;
  if (anchors.length < 3) return;
  // Where each caption of the header ends: a caption centred over its column starts right of the column's cells.
  const ends = anchors.map((a, k) => a + displayWidth(rows[widest]!.cells[k]?.text ?? ''));
  rows.forEach((row, r) => {
    // Below the header a cell that filled its column may be followed by one space only.
    if (r > widest) ({ cells: row.cells, at: starts[r] } = splitAtAnchors(row.cells, starts[r]!, anchors, ends));
  });
  unshiftPages(rows, starts, anchors, widest).forEach((s, r) => { starts[r] = s; });
  // Where the cells lying under each caption start: a short line of a column (a wrapped rule's last `分。`)
  // starts where that column's cells do, even where it lies under no caption.
  const spanEnd = (r: number, i: number) => starts[r]![i]! + displayWidth(rows[r]!.cells[i]!.text.split('\n')[0]!);
  const under = (r: number, i: number, a: number) => starts[r]![i]! < ends[a]! && anchors[a]! < spanEnd(r, i);
  const columnStarts = anchors.map(() => new Set<number>());
  rows.forEach((row, r) => {
    if (r > widest) row.cells.forEach((_, i) => { const a = anchors.findIndex((_a, k) => under(r, i, k)); if (a >= 0) columnStarts[a]!.add(starts[r]![i]!); });
  });
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
      // A cell lying under none of the nearest caption's columns but under a later caption (a wide column whose
      // caption is centred, its cells starting nearer the narrow column before it) is that caption's.
      if (r > widest && !under(r, i, best) && !columnStarts[best]!.has(at[i]!)) {
        for (let a = best + 1; a < anchors.length - left; a++) if (under(r, i, a) || columnStarts[a]!.has(at[i]!)) { best = a; break; }
      }
      cells[best] = cell;
      next = best + 1;
    });
    row.cells = cells;
  });
  // Top-aligned cells wrap onto the lines below their row: join those lines back into the row.
  const valueColumns = rows[widest]!.cells.map((c) => VALUE_HEADER.test(c.text.replace(/[\s\u3000]/g, '')));
  if (isCentredTable(rows, widest, valueColumns)) joinCentredRows(rows, widest, valueColumns);
  // Above the header the columns mean other things: only the rest of a row that is itself
  // indented (the goal and outcome sentences under their captions) is taken as wrapped.
  const noValues = valueColumns.map(() => false);
  const wrapped = (r: number) =>
    r > widest
      ? !opensOwnRow(rows[r]!.cells, rows[r - 1]!.cells, columnWidth) && isWrappedLine(rows[r]!.cells, rows[r - 1]!.cells, anchors.length, valueColumns)
      : r < widest && r > 0 && rows[r]!.cells[0]?.text.trim() === '' && !isCaptionLine(rows[r]!.cells)
        // (under a row opened by its caption, 年度总体目标 printed on the first line of its texts, too)
        && (rows[r - 1]!.cells[0]?.text.trim() === '' || (isBareLabel(rows[r - 1]!.cells[0]!.text.trim()) && !isCaptionLine(rows[r - 1]!.cells)))
        && isWrappedLine(rows[r]!.cells, rows[r - 1]!.cells, anchors.length, noValues);
  // Each column's printed width: its widest line, the header's caption included.
  const lineWidths = (text: string) => text.split('\n').map((l) => displayWidth(l.trim()));
  const columnWidth = anchors.map((_, k) => Math.max(0, ...rows.flatMap((row) => lineWidths(row.cells[k]?.text ?? ''))));
  // A seal stamped over the table leaves its words on a line of their own: neither a row nor the rest of one.
  for (let r = rows.length - 1; r > widest; r--) {
    const filled = rows[r]!.cells.filter((c) => c.text.trim() !== '');
    if (filled.length > 0 && filled.every((c) => isSealText(c.text))) rows.splice(r, 1);
  }
  for (let r = rows.length - 1; r > 0; r--) {
    if (wrapped(r) || (r > widest + 1 && isCutAtColumnEdge(rows[r]!.cells, rows[r - 1]!.cells, columnWidth, valueColumns))) {
      rows[r]!.cells.forEach((c, k) => {
        if (c.text !== '') rows[r - 1]!.cells[k]!.text += `\n${c.text}`;
      });
      rows.splice(r, 1);
    }
  }
}

// A line of captions (预期目标 | 实际完成情况 over the goal's texts): a row of its own, never the rest of the row above.
function isCaptionLine(cells: SourceCell[]): boolean {
  const texts = cells.map((c) => c.text.trim()).filter((t) => t !== '');
  return texts.length > 0 && texts.every((t) => isBareLabel(t));
}

/**
 * A line with text in the first column under a first cell that did not fill its column (年度总体目标
 * ⏎ 实际完成情况, two captions of the same width): that cell was not cut, so the line is a row of its own.
 */
function opensOwnRow(cells: SourceCell[], above: SourceCell[], columnWidth: number[]): boolean {
  const first = cells[0]?.text.trim() ?? '';
  const over = (above[0]?.text ?? '').split('\n')[0]!.trim();
  return first !== '' && over !== '' && displayWidth(over) < (columnWidth[0] ?? 0) - 1;
}

// What starts a row of its own: an amount or value, a sign, a numbered caption, a total.
const ROW_START = /^([\d≥≤<>=＞＜≧≦＝+\-.%／/—]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|(合计|总计|小计|总分)$)/;

/**
 * A line holding only the rest of wrapped text cells: a few cells, none an amount or a value,
 * each under a column whose cell in the row above has text.
 */
function isWrappedLine(cells: SourceCell[], above: SourceCell[], width: number, valueColumns: boolean[]): boolean {
  const filled = cells.map((c, k) => ({ c, k })).filter(({ c }) => c.text.trim() !== '');
  if (filled.length === 0 || filled.length > Math.max(2, Math.floor(width / 3))) return false;
  // Text under 指标值/完成值/分值 … is a row's own value (明显提升), not the rest of a wrapped cell.
  // A line opening in the first column looks like a row of its own: it is the rest of wrapped cells
  // only if none of its texts is wider than the line above it (a cell wraps where its column ends).
  // 实施单位 | 某某城市更新服务中心 under 项目名称 | 某某项目 is the next label row. The last column
  // has no edge on the page, so its lines say nothing.
  const lineWidth = (text: string) => Math.max(...text.split('\n').map((l) => displayWidth(l.trim())));
  if (filled[0]!.k === 0 && filled.some(({ c, k }) => k < width - 1 && lineWidth(c.text) > lineWidth(above[k]?.text ?? '') + 1)) return false;
  return filled.every(({ c, k }) => !valueColumns[k] && !ROW_START.test(c.text.trim()) && (above[k]?.text.trim() ?? '') !== '');
}

/**
 * A line holding the rest of cells cut where their column ends: every text sits under a cell of the
 * row above that fills its column's printed width (a CJK character's width short at most), and is no
 * wider than it. Values cut at the edge go on too (`2024年11月` ⏎ `底前`, `2024年12月` ⏎ `20日`).
 */
function isCutAtColumnEdge(cells: SourceCell[], above: SourceCell[], columnWidth: number[], valueColumns: boolean[]): boolean {
  const filled = cells.map((c, k) => ({ c, k })).filter(({ c }) => c.text.trim() !== '');
  if (filled.length === 0) return false;
  const lastLine = (text: string) => displayWidth((text.split('\n').at(-1) ?? '').trim());
  const widest = (text: string) => Math.max(...text.split('\n').map((l) => displayWidth(l.trim())));
  return filled.every(({ c, k }) => {
    const over = above[k]?.text ?? '';
    if (over.trim() === '' || /^(合计|总计|小计|总分)$/.test(c.text.trim())) return false;
    // A value's rest never opens with a sign and is never a bare figure: that is a row's own value.
    if (valueColumns[k] && /^([≥≤<>=＞＜≧≦＝]|[\d.]+%?$)/.test(c.text.trim())) return false;
    const full = columnWidth[k] ?? 0;
    return full >= 4 && lastLine(over.split('\n')[0]!) >= full - 1 && widest(c.text) <= widest(over) + 1;
  });
}

// Header captions of the columns that hold a row's values rather than running text.
// 单位 as a column (计量单位), not a unit's caption (实施单位 | 某局 in the header block above the table).
const VALUE_HEADER = /(指标值|目标值|完成值|实际值|标准值|完成情况|分值|得分|权重|(?:^|计量|度量)单位|性质|方向)/;
