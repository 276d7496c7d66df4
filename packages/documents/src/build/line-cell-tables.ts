import type { Item } from './flatten-source';
import { NOT_READ } from './form-warnings';
import { headerRole, readHeaderRow, type ColumnRole } from './header-map';
import { alignLineRows, fullWidthWraps, possibleWraps } from './line-cell-rows';
import { isBareLabel, isLabelLine, joinPageWraps, joinWrapped, labelRowsOf, type TextItem } from './line-cell-labels';
import { isPageFurniture } from './normalize-label';
import { joinRowRests } from './row-rest-lines';
import { isCategoryText } from './level-cells';
import { detectFormTitle, unitNameLine } from './form-titles';

/**
 * Web text whose every cell sits on a line of its own between blank lines, with nothing
 * marking where a row ends: the lines read as paragraphs. When a run of such lines holds an
 * indicator table's header (一级指标 / 二级指标 / 三级指标 / 指标值 on consecutive lines), the
 * table's rows are rebuilt from the header's columns, cut where the lines fit the columns best
 * (merged level cells are simply not repeated; an empty cell has no line at all). The
 * label lines above the table (项目名称 / 某项目 / 主管部门 / …) become one row per label.
 */
export function rebuildLineCellTables(items: Item[]): Item[] {
  let out: Item[] | null = null;
  let tableIndex = 1_000_000;
  let floor = 0;
  for (let i = 0; i < items.length; i++) {
    const rowHeader = rowHeaderAt(items, i);
    const spacedHeader = rowHeader ? null : spacedHeaderAt(items, i);
    const header = rowHeader ?? spacedHeader ?? headerAt(items, i);
    if (!header) continue;
    // Cells set apart by blank lines, as the header's lines are (a header on one line shows nothing of it).
    const separated = rowHeader == null && spacedHeader == null && blankSeparated(items, i, header);
    // Every printed line of the table one line of words set apart by single spaces (a PDF reader's copy
    // of whole rows): the words are the cells, as if one a line.
    const spacedRows = spacedHeader != null && spacedWords(items[i + 1]).length >= 3;
    const rows = readRows(items, i + header.length, header, separated, spacedRows);
    if (rows.rows.length === 0) continue;
    out ??= items.slice();
    tableIndex++;
    if (rowHeader) {
      // The header came as one row (its captions set apart by TABs), the cells one a line under it.
      const head = items[i] as Extract<Item, { type: 'row' }>;
      const rebuilt: Item[] = [head, ...rows.rows.map((r): Item => ({ type: 'row', cells: r.cells.map((text, k) => ({ text, start: k, span: 1, merged: false })), line: r.line, tableIndex: head.tableIndex }))];
      const offset = out.length - items.length;
      out.splice(i + offset, rows.end - i, ...rebuilt);
      i = rows.end - 1;
      floor = rows.end;
      continue;
    }
    const labelStart = Math.max(floor, labelRunStart(items, i));
    const labelLines = items.slice(labelStart, i) as TextItem[];
    const paged = separated ? null : joinPageWraps(labelLines);
    // A copy that sorts the page's text top to bottom puts a level centred on an even group of rows just
    // before the lower of its two middle rows.
    const at = (cells: string[], line: number | null): Item => ({ type: 'row', cells: cells.map((text, k) => ({ text, start: k, span: 1, merged: false })), line, tableIndex, lowerCentred: true });
    // Label rows copied the same way (主管部门 某局 实施单位 某中心): one row of their words each; a line
    // with a colon keeps its label：value pairs to itself.
    const labelWords = spacedRows ? joinRowRests(labelLines).words : [];
    const labelRows = spacedRows
      ? labelLines.flatMap((l, k) => (labelWords[k]!.length === 0 ? [] : hasPairColon(l.text) || labelWords[k]!.length < 2 ? [l] : [at(labelWords[k]!, l.line)]))
      : labelStart < i ? labelRowsOf(paged ?? joinWrapped(labelLines), tableIndex) ?? paged : [];
    const rebuilt: Item[] = [
      ...(labelRows ?? items.slice(labelStart, i)),
      at(header.texts, (items[i] as TextItem).line),
      ...rows.rows.map((r) => at(r.cells, r.line)),
    ];
    // Positions shift once a run is replaced: rebuild from the original list, run by run.
    const offset = out.length - items.length;
    out.splice(labelStart + offset, rows.end - labelStart, ...rebuilt);
    i = rows.end - 1;
    floor = rows.end;
  }
  return out ?? items;
}

const NOTE_LINE = /^(注|说明|备注|填报说明|注释)\s*\d*[：:]/;
// What an article sets under its table: the editor's hint to swipe it (（表格可左右滑动查看）) and the credits (来源：… /
// 编辑：… 审核：…). Neither is a cell; the table has ended.
const ARTICLE_TAIL = /^(?:[（(][^（）()]{0,12}(?:滑动|横屏|拖动)[^（）()]{0,12}[）)]|(?:来源|编辑|责任编辑|审核|校对|作者|供稿|一审|二审|三审)[：:])/;
const VOLUME_PART = /^第[一二三四五六七八九十\d]{1,3}(部分|章|篇)(?:[\s\u3000]|$)/;
// （50分） on a line of its own.
const LEVEL_WEIGHT_REST = /^[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]$/;

interface LineHeader {
  roles: Array<ColumnRole | null>;
  /** The captions, a wrapped caption's lines joined. */
  texts: string[];
  /** How many items the header takes. */
  length: number;
  /** Captions broken over two lines between blank lines: cells are set apart by blank lines. */
  blockWrapped?: boolean;
}

// Short caption lines only: a header cell is a few words. A column we know and do not read
// (序号, 改进措施) is still a column: its cells have lines of their own.
function headerAt(items: Item[], i: number): LineHeader | null {
  const roles: Array<ColumnRole | null> = [];
  const texts: string[] = [];
  let wrappedCaptions = 0;
  let blockWrapped = false;
  for (let k = i; k < items.length; k++) {
    const item = items[k]!;
    if (item.type !== 'text' || item.heading != null || item.text.length > 12) break;
    // 一级指标：产出指标 — a label with its value after the colon is a field of a block, no caption.
    if (/[：:]\s*\S/.test(item.text)) break;
    // A caption the page's CSS broke over two lines (指标⏎名称, 计量⏎单位) between blank lines: one caption.
    const split = splitCaptionAt(items, k);
    if (split) {
      const joinedRole = headerRole(split);
      if (joinedRole === 'section' || roles.includes(joinedRole)) break;
      roles.push(joinedRole);
      texts.push(split);
      wrappedCaptions++;
      blockWrapped = true;
      k++;
      continue;
    }
    const role = headerRole(item.text);
    // A caption wrapped in a narrow column (偏差原因分析及改 ⏎ 进措施): its rest names the same column.
    const prev = items[k - 1];
    // (its rest may be a few words, 偏差原因分析 ⏎ 及改进措施, when they name no column of their own).
    if (role == null && roles.length > 0 && prev?.type === 'text' && item.line != null && prev.line === item.line - 1 && (item.text.length <= 4 || (item.text.length <= 8 && /^[及和与、]/.test(item.text)))
      && roles[roles.length - 1] != null && headerRole(prev.text + item.text) === roles[roles.length - 1] && !/^(产出|效益|效果|满意度|成本|投入|管理|过程|决策)/.test(item.text)
      // (A label under the header, 计量单位 ⏎ 项目名称, opens the first project's rows: no caption's rest.)
      && (/^[及和与、]/.test(item.text) || !isLabelLine(item.text))) {
      wrappedCaptions++;
      texts[texts.length - 1] += item.text;
      continue;
    }
    if (role == null && NOT_READ.test(item.text.replace(/[\s\u3000]/g, ''))) { roles.push(null); texts.push(item.text); continue; }
    if (role == null || role === 'section' || roles.includes(role)) break;
    roles.push(role);
    texts.push(item.text);
  }
  while (roles.length > 0 && roles[roles.length - 1] == null && roles.lastIndexOf(null) === roles.length - 1 && !roles.includes('name')) { roles.pop(); texts.pop(); }
  if (roles.length < 3 || !roles.includes('name')) return null;
  if (!roles.some((r) => r === 'value' || r === 'actual' || r === 'score' || r === 'weight' || r === 'value_actual' || r === 'deduction')) return null;
  return { roles, texts, length: roles.length + wrappedCaptions, blockWrapped };
}

/**
 * The caption two lines make when they stand together between blank lines and only joined name
 * a column exactly (一级⏎指标, 指标⏎值, 指标值⏎说明); null otherwise. The blank lines around tell a
 * caption broken by the page from two captions of a copy with no blank lines at all.
 */
function splitCaptionAt(items: Item[], k: number): string | null {
  const first = items[k];
  const second = items[k + 1];
  if (first?.type !== 'text' || second?.type !== 'text' || second.heading != null || first.line == null || second.line !== first.line + 1) return null;
  const before = items[k - 1];
  const after = items[k + 2];
  const blankBefore = before == null || before.line == null || before.line <= first.line - 2;
  const blankAfter = after == null || after.line == null || after.line >= second.line + 2;
  if (!blankBefore || !blankAfter || second.text.length > 8) return null;
  const joined = first.text.trim() + second.text.trim();
  return headerRole(joined, true) != null && headerRole(joined, true) !== 'section' ? joined : null;
}

/**
 * An indicator header written as one row (一级指标⇥二级指标⇥…) that ends its table, with the
 * table's cells one a line below it: the header's columns, as for a header one caption a line.
 */
function rowHeaderAt(items: Item[], i: number): LineHeader | null {
  const item = items[i]!;
  const next = items[i + 1];
  if (item.type !== 'row' || next?.type !== 'text' || next.heading != null) return null;
  const hm = readHeaderRow(item.cells);
  if (!hm || !hm.roles.includes('name') || item.cells.some((c) => c.span !== 1)) return null;
  if (hm.roles.length !== item.cells.length || hm.roles.length < 3) return null;
  // A run of short lines below: cells, not a paragraph under the table.
  const lines = items.slice(i + 1, i + 1 + hm.roles.length).filter((t) => t.type === 'text' && t.heading == null);
  if (lines.length < hm.roles.length || lines.some((t) => t.type !== 'text' || t.text.length > 40)) return null;
  return { roles: hm.roles.map((r) => (r === 'section' ? null : r)), texts: item.cells.map((c) => c.text), length: 1 };
}

/**
 * The header's captions on one line set apart by single spaces (a PDF viewer joins the words of one
 * printed line so): every word a caption, the cells one a line below.
 */
function spacedHeaderAt(items: Item[], i: number): LineHeader | null {
  const item = items[i]!;
  const next = items[i + 1];
  if (item.type !== 'text' || item.heading != null || item.text.length > 80 || next?.type !== 'text' || next.heading != null) return null;
  const words = item.text.trim().split(/[ \u3000]+/);
  if (words.length < 3) return null;
  const roles = words.map((w) => headerRole(w));
  if (roles.some((r) => r == null || r === 'section') || new Set(roles).size !== roles.length || !roles.includes('name')) return null;
  if (!roles.some((r) => r === 'value' || r === 'actual' || r === 'score' || r === 'weight' || r === 'value_actual' || r === 'deduction')) return null;
  return { roles, texts: words, length: 1 };
}

function readRows(items: Item[], from: number, header: LineHeader, separated: boolean, spacedRows = false): { rows: Array<{ cells: string[]; line: number | null }>; end: number } {
  // Cells set apart by blank lines (the header's lines are): a line right under another, with no
  // blank line between, is the same cell wrapped (农村公路日常养护⏎里程).
  const wrapped = separated;
  const cells: Array<{ text: string; first: number; last: number | null; whole?: boolean }> = [];
  // A viewer's copy of whole rows: each row's words, the rests of its wrapped cells (on the line under it) joined back.
  const run: TextItem[] = [];
  for (let j = from; j < items.length && items[j]!.type === 'text' && (items[j] as TextItem).heading == null; j++) run.push(items[j] as TextItem);
  const { words: rowWords, whole } = spacedRows ? joinRowRests(run) : { words: [], whole: [] };
  let k = from;
  for (; k < items.length; k++) {
    const item = items[k]!;
    if (item.type !== 'text' || item.heading != null) break;
    // A page's footer between the cells (第 1 页) is no cell; a note under the table (注：…) ends it.
    if (isPageFurniture(item.text)) continue;
    if (NOTE_LINE.test(item.text) || ARTICLE_TAIL.test(item.text.trim())) break;
    // The volume's next part (第四部分 名词解释) under the last cell: the table has ended.
    if (VOLUME_PART.test(item.text.trim())) break;
    // The next page's header: the header's captions again, under the form's title with （续表） or alone.
    const repeated = repeatedHeaderAt(items, k, header);
    if (repeated > 0) { k += repeated - 1; continue; }
    if (detectFormTitle(item.text.trim(), false) != null) break;
    // A line naming a unit alone opens the next unit's table (a page listing several units' forms).
    // Not the value of a label line above it (主管部门 ⏎ 某某区住房和城乡建设局).
    // An indicator named like a unit (召开座谈会, 新建村卫生室) is a cell: a unit's line opens a table only where one follows.
    const before = cells[cells.length - 1];
    if (before && unitNameLine(item.text) != null && !isLabelLine(before.text) && !isBareLabel(before.text) && tableFollows(items, k + 1, header)) break;
    const prev = cells[cells.length - 1];
    if (wrapped && prev && prev.last != null && item.line === prev.last + 1) {
      prev.text += `\n${item.text}`;
      prev.last = item.line;
      continue;
    }
    if (spacedRows) {
      for (const word of rowWords[k - from] ?? spacedWords(item)) cells.push({ text: word, first: k, last: item.line, whole: whole[k - from]?.has(word) });
      continue;
    }
    cells.push({ text: item.text, first: k, last: item.line });
  }
  // A level cut at its column's edge on two lines of its own (可持续影响 ⏎ 指标): one level.
  for (let j = cells.length - 2; j >= 0; j--) {
    const [a, b] = [cells[j]!, cells[j + 1]!];
    if (wrapped || a.last == null || b.first !== a.first + 1 || isCategoryText(a.text) || isCategoryText(b.text) || !isCategoryText(a.text + b.text)) continue;
    a.text += b.text;
    a.last = b.last;
    a.whole = true;
    cells.splice(j + 1, 1);
  }
  if (!wrapped) {
    // No blank lines to tell cells apart: a PDF viewer's copy, its wrapped cells told by the column width.
    const joins = fullWidthWraps(cells.map((c) => c.text));
    for (let j = cells.length - 2; j >= 0; j--) {
      // A project's label lines between its rows (项目名称：… / 主管部门 / …) start lines of their own.
      if (!joins[j] || isLabelLine(cells[j + 1]!.text) || cells[j]!.whole || cells[j + 1]!.whole) continue;
      cells[j]!.text += cells[j + 1]!.text;
      cells[j]!.last = cells[j + 1]!.last;
      cells.splice(j + 1, 1);
    }
  }
  // A level's weight wrapped onto a line of its own (产出指标 ⏎ （50分）): the level's rest.
  for (let j = cells.length - 2; j >= 0; j--) {
    if (!LEVEL_WEIGHT_REST.test(cells[j + 1]!.text.trim()) || !/指标$|^(产出|效益|效果|满意度|成本|投入|过程|决策|管理)$/.test(cells[j]!.text.trim())) continue;
    cells[j]!.text += cells[j + 1]!.text.trim();
    cells[j]!.last = cells[j + 1]!.last;
    cells.splice(j + 1, 1);
  }
  const texts = cells.map((c) => c.text);
  const candidates = wrapped ? undefined : possibleWraps(texts).map((m, k) => (cells[k]!.whole || texts.slice(k + 1, k + 1 + m).some(isLabelLine) ? 0 : m));
  const aligned = alignLineRows(texts, header.roles, candidates, texts.map(isBareLabel));
  const end = aligned.end < cells.length ? cells[aligned.end]!.first : k;
  return { rows: aligned.rows.map((r) => ({ cells: r.cells, line: (items[cells[r.first]!.first] as TextItem).line })), end };
}

// 某某表（续表）, （续表）: the title again on the next page.
const CONTINUED_TITLE = /([（(]\s*续(表|上表|前表)?\s*[）)]|^续表|续表$)/;

/** A label：value pair on the line; 其中： only leads into a part's caption (其中：财政拨款 586.00 is a row of words). */
function hasPairColon(text: string): boolean {
  return /[：:]/.test(text.replace(/(^|[ \u3000])其中[：:]/g, '$1'));
}

/** The words of a text line set apart by single (or more) spaces. */
function spacedWords(item: Item | undefined): string[] {
  if (item?.type !== 'text' || item.heading != null) return [];
  return item.text.trim().split(/[ \u3000\u00a0]+/).filter((w) => w !== '');
}

/** How many items a repeated header takes at `k` (a title line over the same captions counts with them), or 0. */
function repeatedHeaderAt(items: Item[], k: number, header: LineHeader): number {
  const at = (j: number) => { const it = items[j]; return it?.type === 'text' ? it.text.trim() : null; };
  const title = at(k);
  const titled = title != null && (detectFormTitle(title, false) != null || CONTINUED_TITLE.test(title)) ? 1 : 0;
  // Captions wrapped over two lines are matched by their joined text: compare the run's text as a whole.
  let j = k + titled;
  let joined = '';
  const want = header.texts.join('');
  while (joined.length < want.length && at(j) != null) joined += at(j++)!;
  return joined === want && header.texts.length >= 3 ? j - k : 0;
}

/** Whether the header's lines are set apart by blank lines (then a line right under another continues its cell). */
function blankSeparated(items: Item[], headerAt: number, header: LineHeader): boolean {
  if (header.blockWrapped) return true;
  const lines = items.slice(headerAt, headerAt + header.length).map((it) => it.line);
  return lines.every((l, k) => k === 0 || (l != null && lines[k - 1] != null && l - lines[k - 1]! >= 2));
}

// The text lines right above the table header, back to the form's title.
function labelRunStart(items: Item[], headerAt: number): number {
  let k = headerAt;
  while (k > 0) {
    const prev = items[k - 1]!;
    if (prev.type !== 'text' || prev.heading != null) break;
    k--;
  }
  return k;
}

const SIGNED_DATE = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

/**
 * Whether a table starts within the few lines from `at`: its title, a label of its header block (部门预算总额, 主管部门), the
 * indicator header again, a heading or a table item; or the signature's date, or the end of the text (a unit's line under the
 * last table).
 */
function tableFollows(items: Item[], at: number, header: LineHeader): boolean {
  for (let j = at; j < items.length && j < at + 4; j++) {
    const it = items[j]!;
    if (it.type !== 'text' || it.heading != null) return true;
    const text = it.text.trim();
    if (isPageFurniture(text)) continue;
    if (detectFormTitle(text, false) != null || isLabelLine(text) || isBareLabel(text) || repeatedHeaderAt(items, j, header) > 0) return true;
    // The issuer and its date under the last table (某某县财政局 ⏎ 2025年2月18日): the page's signature, no cell either.
    if (SIGNED_DATE.test(text)) return true;
  }
  return at >= items.length;
}
