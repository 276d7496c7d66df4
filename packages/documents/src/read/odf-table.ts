import type { SourceRow } from '../model/source-document';
import { type Merge, dropHiddenColumns, dropHiddenRows, layoutRows } from './layout-rows';
import type { ReadLimits } from './read-limits';
import { type XmlNode, childElements } from './scan-xml';

export interface OdfTableContext {
  limits: ReadLimits;
  /**
   * Cells read over the whole document, against limits.maxCells, and the characters they hold, against
   * limits.maxSharedStringChars (the bound on an .xlsx's cell text): a repeat copies its cell's text to every cell it
   * stands for, so a small file can otherwise stand for gigabytes of text.
   */
  budget: { cells: number; chars: number };
  /** The cell's shown text ('' when empty). */
  cellText(cell: XmlNode): string;
  /** The row's line for messages (a Writer table: the paragraph count; a sheet: the row number). */
  lineOf?: () => number;
  limitFail(what: string): Error;
}

/** Wrappers of rows (header rows, row groups) and of columns, and Writer's page-break marks between rows. */
const ROW_WRAPPERS = new Set(['table:table-header-rows', 'table:table-rows', 'table:table-row-group']);
const COLUMN_WRAPPERS = new Set(['table:table-header-columns', 'table:table-columns', 'table:table-column-group']);

function count(value: string | undefined): number {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n > 1 ? n : 1;
}

function isHidden(el: XmlNode): boolean {
  const v = el.attrs['table:visibility'];
  return v === 'collapse' || v === 'filter';
}

/**
 * One table:table as rows, laid out as an .xlsx sheet is (layout-rows.ts): spans and covered cells become
 * merges, hidden columns and rows go (except rows a folded row group hides: a reader unfolds them, as with
 * Excel's outline groups). Repeats are never expanded blindly: an empty run of cells or rows (Calc writes
 * 1,048,576-row and 16,384-column ones) only moves the position; a run with content is copied within the
 * limits, and a value beyond them fails with a message.
 */
export function readOdfTableRows(table: XmlNode, ctx: OdfTableContext, keepEmptyCells: boolean): SourceRow[] {
  const { limits } = ctx;
  const values = new Map<number, Map<number, string>>();
  const merges: Merge[] = [];
  const hiddenCols = new Set<number>();
  const hiddenRowRuns: Array<[number, number]> = [];
  const lines = new Map<number, number>();
  let col = 1;
  let row = 1;
  let mergedArea = 0;
  const columns = (node: XmlNode) => {
    for (const el of childElements(node)) {
      if (COLUMN_WRAPPERS.has(el.name)) columns(el);
      else if (el.name === 'table:table-column') {
        const n = count(el.attrs['table:number-columns-repeated']);
        if (isHidden(el)) for (let c = col; c < col + n && c <= limits.maxColumns; c++) hiddenCols.add(c);
        col += n;
      }
    }
  };
  const put = (r: number, c: number, text: string) => {
    if (r > limits.maxRows) throw ctx.limitFail(`超过 ${limits.maxRows} 行`);
    if (c > limits.maxColumns) throw ctx.limitFail(`超过 ${limits.maxColumns} 列`);
    if (++ctx.budget.cells > limits.maxCells) throw ctx.limitFail(`单元格超过 ${limits.maxCells} 个`);
    ctx.budget.chars += text.length;
    if (ctx.budget.chars > limits.maxSharedStringChars) {
      throw ctx.limitFail(`的单元格文字（按重复的行列展开后）超过 ${Math.round(limits.maxSharedStringChars / 1024 / 1024)}M 字符`);
    }
    let line = values.get(r);
    if (!line) values.set(r, (line = new Map()));
    line.set(c, text);
  };
  const readRow = (tr: XmlNode, folded: boolean) => {
    const repeat = count(tr.attrs['table:number-rows-repeated']);
    const line = ctx.lineOf?.();
    const own = new Map<number, string>();
    const spans: Merge[] = [];
    let c = 1;
    for (const cell of childElements(tr)) {
      if (cell.name !== 'table:table-cell' && cell.name !== 'table:covered-table-cell') continue;
      const n = count(cell.attrs['table:number-columns-repeated']);
      if (cell.name === 'table:table-cell') {
        const text = ctx.cellText(cell);
        const across = Math.min(count(cell.attrs['table:number-columns-spanned']), limits.maxColumns);
        const down = Math.min(count(cell.attrs['table:number-rows-spanned']), limits.maxRows);
        if (text !== '' || keepEmptyCells) {
          if (c + n - 1 > limits.maxColumns) throw ctx.limitFail(`超过 ${limits.maxColumns} 列`);
          for (let k = 0; k < n; k++) own.set(c + k, text);
        }
        if ((across > 1 || down > 1) && c <= limits.maxColumns) spans.push({ r0: 0, c0: c, r1: down - 1, c1: c + across - 1 });
      }
      c += n;
    }
    if (isHidden(tr) && !folded) hiddenRowRuns.push([row, row + repeat - 1]);
    // A run of rows with nothing in them (Calc's padding to the sheet's end) only moves the position.
    const copies = own.size > 0 || spans.length > 0 ? repeat : 0;
    if (copies > 0 && row + copies - 1 > limits.maxRows) throw ctx.limitFail(`超过 ${limits.maxRows} 行`);
    for (let k = 0; k < copies; k++) {
      const r = row + k;
      if (keepEmptyCells && own.size === 0) values.set(r, new Map());
      for (const [cc, text] of own) put(r, cc, text);
      for (const m of spans) {
        // Overlapping spans copied down a repeat would make the layout quadratic: their area counts as cells.
        mergedArea += (m.r1 + 1) * (m.c1 - m.c0 + 1);
        if (mergedArea > limits.maxCells) throw ctx.limitFail(`合并单元格范围过大`);
        merges.push({ r0: r, c0: m.c0, r1: r + m.r1, c1: m.c1 });
      }
      if (line !== undefined) lines.set(r, line);
    }
    row += repeat;
  };
  const rows = (node: XmlNode, folded: boolean) => {
    for (const el of childElements(node)) {
      if (el.name === 'table:table-row') readRow(el, folded);
      else if (ROW_WRAPPERS.has(el.name)) rows(el, folded || (el.name === 'table:table-row-group' && el.attrs['table:display'] === 'false'));
    }
  };
  columns(table);
  rows(table, false);
  let lastRow = 0;
  for (const r of values.keys()) lastRow = Math.max(lastRow, r);
  const hiddenRows = new Set<number>();
  for (const [a, b] of hiddenRowRuns) for (let r = a; r <= Math.min(b, lastRow); r++) hiddenRows.add(r);
  if (hiddenCols.size > 0) dropHiddenColumns(values, merges, hiddenCols);
  const lineOf = hiddenRows.size > 0 ? dropHiddenRows(values, merges, hiddenRows) : (r: number) => r;
  return layoutRows(values, merges, limits, ctx.limitFail, ctx.lineOf ? (r) => lines.get(lineOf(r)) ?? r : lineOf);
}
