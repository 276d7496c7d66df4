import type { FormKind } from '@jixiao/core';
import { readBackOcr } from './ocr-artefacts';
import { trimText } from '@jixiao/core';
import type { SourceDocument } from '../model/source-document';
import { detectFormTitle, isFormNumber, isOtherTableTitle, isTocEntry } from './form-titles';
import { isBlank, isNullMarker } from './normalize-label';
import { isWholeMoneyCaption, splitLabelPairs } from './field-labels';
import { readHeaderRow } from './header-map';
import { isBudgetHeader } from './budget-captions';
import { foldRadicals } from '../read/fold-radicals';
import { readTickBoxes } from './tick-boxes';
import { splitGappedLabelCells } from './gapped-label-cells';
import { markProjectLists, statementOpening } from './statement-tables';

/** One cell on the table grid: where it starts and how many grid columns it covers. */
export interface GridCell {
  text: string;
  start: number;
  span: number;
  /** Continues a vertical merge from the row above (docx vMerge, HTML rowspan). */
  merged: boolean;
}

export type Item =
  /** `lowerCentred`: rows rebuilt from a copy one cell a line, where a label centred on an even group of rows comes before the lower middle row. */
  | { type: 'row'; cells: GridCell[]; line: number | null; tableIndex: number; lowerCentred?: boolean; centredLevels?: boolean; pageStart?: boolean }
  | { type: 'text'; text: string; heading: number | null; line: number | null }
  | { type: 'title'; kind: FormKind; text: string; line: number | null }
  /** The title of a table that is no performance form (收支预算总表, 绩效运行监控表): it ends the form above. */
  | { type: 'other-title'; text: string; line: number | null; /** The grid table of a statement's header row: its years (2025年预算数) are no heading's, and its table ends the statement. */ headerTable?: number };

/**
 * The document as one ordered stream of rows and text lines, with form titles marked
 * wherever they sit: as a heading, a text line, a one-cell row, or the tail cell of an
 * indicator row whose row separator got lost in conversion.
 */
export function flattenSource(source: SourceDocument): Item[] {
  const items: Item[] = [];
  let tableIndex = 0;
  for (const block of source.blocks) {
    if (block.kind === 'text') {
      const text = trimText(copyClean(block.text ?? ''));
      if (text === '' || isTocEntry(text)) continue;
      const kind = detectFormTitle(text, block.heading != null);
      if (kind) items.push({ type: 'title', kind, text, line: block.line ?? null });
      else if (isOtherTableTitle(text)) items.push({ type: 'other-title', text, line: block.line ?? null });
      else if (splitGappedLabelCells(text)) {
        const cells = splitGappedLabelCells(text)!.map((t, start) => ({ text: t, start, span: 1, merged: false }));
        items.push({ type: 'row', cells, line: block.line ?? null, tableIndex: ++tableIndex });
      }
      else items.push({ type: 'text', text, heading: block.heading ?? null, line: block.line ?? null });
      continue;
    }
    tableIndex++;
    for (const row of block.rows ?? []) {
      const cells: GridCell[] = [];
      let col = 0;
      for (const cell of row.cells ?? []) {
        const span = Math.max(1, Math.min(200, Math.floor(Number(cell?.colSpan ?? 1)) || 1));
        const text = typeof cell?.text === 'string' && !isNullMarker(cell.text) ? readTickBoxes(copyClean(cell.text)) : '';
        cells.push({ text, start: col, span, merged: Boolean(cell?.mergedFromAbove) });
        col += span;
      }
      if (cells.length === 0) continue;
      const nested = nestedIndicatorTable(cells);
      if (nested) {
        // The indicator table sits inside a cell of a layout table (绩效指标 | [table]): it is a table of its own.
        const rest = cells.map((c, i) => (i === nested.at ? { ...c, text: '' } : c));
        if (rest.some((c) => !isBlank(c.text))) pushRow(items, rest, row.line ?? null, tableIndex);
        tableIndex++;
        for (const inner of nested.rows) pushRow(items, inner, row.line ?? null, tableIndex);
        tableIndex++;
        continue;
      }
      const spread = nestedCaptionTable(cells);
      if (spread) {
        // A self-evaluation's budget block or goal/outcome pair typed as a small table inside the label's
        // neighbour cell: its rows are rows of the form's table, the label merged down over them.
        spread.rows.forEach((inner, k) => {
          const before = cells.slice(0, spread.at).map((c) => (k === 0 ? c : { ...c, text: '', merged: true }));
          const start = cells[spread.at]!.start;
          pushRow(items, [...before, ...inner.map((c) => ({ ...c, start: start + c.start }))], row.line ?? null, tableIndex);
        });
        continue;
      }
      const pushed = items.length;
      pushRow(items, cells, row.line ?? null, tableIndex);
      for (const it of items.slice(pushed)) {
        if (it.type !== 'row') continue;
        if (row.centredLevels) it.centredLevels = true;
        if (row.pageStart) it.pageStart = true;
      }
    }
  }
  return markProjectLists(items);
}

/** Rows of a nested table in one cell (one line per row, cells set apart by tabs). */
function nestedRows(text: string): GridCell[][] | null {
  if (!text.includes('\t') || !text.includes('\n')) return null;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return null;
  return lines.map((l) => l.split('\t').map((t, k) => ({ text: t, start: k, span: 1, merged: false })));
}

/**
 * A cell holding a small table of captions over values that the form reads by its captions: the budget
 * block (年初预算数 | 全年预算数 | 全年执行数 …) or 预期目标 | 实际完成情况 over their texts. The last cell of
 * its row, so the table's rows can stand in the outer table's place.
 */
function nestedCaptionTable(cells: GridCell[]): { at: number; rows: GridCell[][] } | null {
  const at = cells.length - 1;
  if (at < 1 || cells.slice(at + 1).some((c) => !isBlank(c.text))) return null;
  const rows = nestedRows(cells[at]!.text);
  if (!rows) return null;
  const first = rows[0]!.map((c) => c.text.replace(/[\s\u3000]+/g, ''));
  const goalPair = first.some((t) => /^预期目标$/.test(t)) && first.some((t) => /^(实际完成情况|实际完成|完成情况)$/.test(t));
  if (!isBudgetHeader(rows[0]!) && !goalPair && !isMoneyCaptionsOverFigures(cells.slice(0, at), rows)) return null;
  // The captions' blank corner over the row labels (年度资金总额 …) is lost when the cell's text is trimmed.
  const width = Math.max(...rows.map((r) => r.length));
  const corner = width - rows[0]!.length;
  if (corner > 0 && rows.slice(1).some((r) => r.length === width && !isBudgetHeader([r[0]!]) && !isBlank(r[0]!.text))) {
    rows[0] = [...Array.from({ length: corner }, (_, k) => ({ text: '', start: k, span: 1, merged: false })), ...rows[0]!.map((c) => ({ ...c, start: c.start + corner }))];
  }
  return { at, rows };
}

const FIGURE = /^[+-]?[0-9０-９][0-9０-９,，.．]*(?:万元|元)?$/;

/**
 * 项目资金（万元） | [年度资金总额 | 财政拨款 | 其他资金 ⏎ 6,850.00 | 6,350.00 | 500.00]: a target's money captions
 * over their figures, typed as a small table beside the money caption. Spread out, they are the caption row
 * over the figures row that the form's own table would hold.
 */
function isMoneyCaptionsOverFigures(label: GridCell[], rows: GridCell[][]): boolean {
  if (!label.some((c) => isWholeMoneyCaption(c.text))) return false;
  const text = (c: GridCell) => c.text.replace(/[\s\u3000]+/g, '');
  const width = rows[0]!.length;
  if (width < 2 || rows[0]!.some((c) => text(c) === '' || FIGURE.test(text(c)))) return false;
  return rows.slice(1).every((r) => r.length === width && r.every((c) => FIGURE.test(text(c))));
}

/**
 * A cell holding a whole table (readers give a nested table as one line per row, cells set apart
 * by tabs) whose first row is an indicator header: its rows, or null. Small tables inside cells
 * (资金总额 | 2,300.00, 目标1 | …) stay the cell's text.
 */
function nestedIndicatorTable(cells: GridCell[]): { at: number; rows: GridCell[][] } | null {
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]!.text;
    if (!text.includes('\t') || !text.includes('\n')) continue;
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    if (lines.length < 2) continue;
    const rows = lines.map((l) => l.split('\t').map((t, k) => ({ text: t, start: k, span: 1, merged: false })));
    if (readHeaderRow(rows[0]!)?.roles.includes('name')) return { at: i, rows };
  }
  return null;
}

// Zero-width spaces, joiners, soft hyphens and stray byte-order marks ride along when text is
// copied from web pages; they are invisible to the reader and never part of a name or value.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// 1 000 / 1 200户 / 1(ideographic space)500元: digits grouped by a space (plain, no-break, thin or ideographic).
const SPACE_GROUPED = /(?<![\d.,])(\d{1,3})((?:[ \u00a0\u2009\u202f\u3000]\d{3})+)(?![\d])/g;

/** Cell or line text without copy-paste artefacts: radical glyphs, a scan's look-alike glyphs, invisible characters, space-grouped digits. */
export function copyClean(text: string): string {
  let s = readBackOcr(foldRadicals(text));
  if (/[\u00ad\u200b-\u200d\u2060\ufeff]/.test(s)) s = s.replace(INVISIBLE, '');
  if (/\d[ \u00a0\u2009\u202f\u3000]\d{3}/.test(s)) s = s.replace(SPACE_GROUPED, (_m, head: string, rest: string) => head + rest.replace(/[^\d]/g, ''));
  return s;
}

const PAGE_OR_SERIAL = /^\s*\d{1,3}\s*$/;

/**
 * 表2 项目支出绩效目标表 | 5, or 4 | 某某项目支出绩效目标表 | 6 (序号 | 报表名称 | 页码): a contents entry whose page
 * number stands in a cell of its own, no dot leaders before it. A form's own title row never ends in a bare number.
 */
function isContentsRow(filled: GridCell[]): boolean {
  if (filled.length < 2 || filled.length > 3 || !PAGE_OR_SERIAL.test(filled[filled.length - 1]!.text)) return false;
  const words = filled.filter((c) => !PAGE_OR_SERIAL.test(c.text));
  return words.length === 1 && words[0] !== filled[filled.length - 1] && detectFormTitle(words[0]!.text, false) != null;
}

function pushRow(items: Item[], given: GridCell[], line: number | null, tableIndex: number): void {
  const cells = expandGappedLabels(given);
  const filled = cells.filter((c) => !isBlank(c.text));
  if (filled.length > 0 && filled.every((c) => isTocEntry(c.text) || /^\s*\d{1,4}\s*$/.test(c.text)) && filled.some((c) => isTocEntry(c.text))) return;
  if (isContentsRow(filled)) return;
  // 表13-1 alone at the left of a row, over the next form's title: the form's number, not an indicator of the form above.
  if (filled.length === 1 && filled[0]!.start === 0 && isFormNumber(filled[0]!.text)) {
    items.push({ type: 'text', text: trimText(filled[0]!.text), heading: null, line });
    return;
  }
  // A title cell inside a row starts a new form: the cells before it end the previous one.
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]!.text;
    if (isBlank(text)) continue;
    const kind = detectFormTitle(text, false);
    if (!kind) continue;
    const others = cells.filter((c, j) => j !== i && !isBlank(c.text));
    if (i > 0 && others.length > 0) pushRow(items, cells.slice(0, i), line, tableIndex);
    items.push({ type: 'title', kind, text: trimText(text), line });
    const rest = cells.slice(i + 1);
    if (rest.some((c) => !isBlank(c.text))) pushRow(items, rest.map((c) => ({ ...c, start: c.start - cells[i + 1]!.start })), line, tableIndex);
    return;
  }
  // Another statement's title as a row of the grid, or its header row (科目编码 | 科目名称 | 合计 …): that table
  // begins here, ending the form above as a title line does.
  const opening = statementOpening(cells);
  if (opening) {
    items.push(opening.header ? { type: 'other-title', text: opening.text, line, headerTable: tableIndex } : { type: 'other-title', text: opening.text, line });
    return;
  }
  // A row of one cell holding several label：value pairs (项目名称：…  主管部门：… typed into a
  // sheet's first cell) is a line of text that happens to sit in the grid: read it as one.
  if (filled.length === 1 && splitLabelPairs(trimText(filled[0]!.text)).length >= 2) {
    items.push({ type: 'text', text: trimText(filled[0]!.text), heading: null, line });
    return;
  }
  items.push({ type: 'row', cells, line, tableIndex });
}

/** A row whose cells hold label and value set apart by a gap (业务主管部门 ⟨gap⟩ 某局) as the cells they stand for. */
function expandGappedLabels(cells: GridCell[]): GridCell[] {
  const split = cells.map((c) => splitGappedLabelCells(c.text));
  if (split.every((s) => s == null)) return cells;
  // The row's columns no longer line up with any header: number the cells in order.
  const out: GridCell[] = [];
  cells.forEach((c, i) => {
    for (const text of split[i] ?? [c.text]) out.push({ ...c, text, start: out.length, span: 1 });
  });
  return out;
}
