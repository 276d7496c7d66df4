import type { SourceCell, SourceRow } from '../model/source-document';

// A figure, a comparison sign or a percent: what a weight, 指标性质 or 指标值 cell holds.
const FIGURE_OR_SIGN = /^(?:[≥≤＝=＞＜><≧≦]|[+-]?\d[\d,.]*\s*[%‰]?|[%‰])$/;
// A short unit or sign cell: %, 户, 个工作日, 人次, 元/人, ≥.
const SHORT_CELL = /^(?:[≥≤＝=＞＜><≧≦]|[+-]?\d[\d,.]*\s*[%‰]?|[%‰]|[\u4e00-\u9fa5]{1,4}(?:\/[\u4e00-\u9fa5]{1,3})?)$/;

/**
 * Word's save-as-text opens every cell's line with a TAB; a line without one is read as the rest of
 * the cell above (a name broken over two lines). When a converter lost a cell's TAB instead, the row
 * comes out a cell short of the rows above it: `10` ⏎ `%` (the unit's TAB gone) became one weight cell
 * `10\n%`. A row narrower than the row above by exactly as many such joins, each joining two short
 * figure/unit/sign cells (one of them a figure or a sign), gets those cells back. A wrapped name or
 * sentence never qualifies, so it stays one cell.
 */
export function restoreLostTabs(row: SourceRow, above: SourceRow | undefined, joined: ReadonlySet<SourceCell>): SourceRow {
  if (above == null || joined.size === 0) return row;
  const short = above.cells.length - row.cells.length;
  if (short <= 0) return row;
  const split = (cell: SourceCell): [string, string] | null => {
    if (!joined.has(cell)) return null;
    const parts = cell.text.split('\n').map((p) => p.trim());
    if (parts.length !== 2 || !parts.every((p) => SHORT_CELL.test(p))) return null;
    return parts.some((p) => FIGURE_OR_SIGN.test(p)) ? [parts[0]!, parts[1]!] : null;
  };
  const lost = row.cells.filter((c) => split(c) != null);
  if (lost.length !== short) return row;
  const cells = row.cells.flatMap((c) => {
    const parts = split(c);
    return parts ? [{ ...c, text: parts[0] }, { ...c, text: parts[1] }] : [c];
  });
  return { ...row, cells };
}
