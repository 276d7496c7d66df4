import { readHeaderRow } from './header-map';
import type { GridCell, Item } from './flatten-source';
import { isBlank, normalizeLabel } from './normalize-label';

type RowItem = Extract<Item, { type: 'row' }>;

/**
 * An indicator table printed in two halves side by side to fit the page (each printed row the left
 * half's cells, then the right half's: `一级指标 | 二级指标 | 三级指标 | 指标值 | 一级指标 | 二级指标 | …`)
 * becomes the two tables it shows, the left one first and then the right one under the same header,
 * as a reader reads the page. The header must be the same captions twice, naming the indicator column;
 * a cell spanning the middle leaves the table as it is. Rows a half leaves empty are dropped.
 */
export function unfoldSideBySideHalves(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const width = item.type === 'row' ? halfWidth(item.cells) : 0;
    if (width === 0) { out.push(item); continue; }
    const head = item as RowItem;
    let end = i + 1;
    while (end < items.length && items[end]!.type === 'row' && (items[end] as RowItem).tableIndex === head.tableIndex) end++;
    const rows = items.slice(i, end) as RowItem[];
    const halves = rows.map((r) => splitAt(r, width));
    if (halves.some((h) => h == null)) { out.push(item); continue; }
    const left = halves.map((h) => h![0]).filter((r) => r.cells.some((c) => !isBlank(c.text)));
    const right = halves.map((h) => h![1]).filter((r) => r.cells.some((c) => !isBlank(c.text)));
    out.push(...left, ...right);
    i = end - 1;
  }
  return out;
}

/** The width of one half when the row is the same indicator header twice, else 0. */
function halfWidth(cells: GridCell[]): number {
  if (cells.length < 6 || cells.length % 2 !== 0) return 0;
  if (cells.some((c, k) => c.span !== 1 || c.start !== k || isBlank(c.text))) return 0;
  const n = cells.length / 2;
  for (let k = 0; k < n; k++) if (normalizeLabel(cells[k]!.text) !== normalizeLabel(cells[k + n]!.text)) return 0;
  const half = readHeaderRow(cells.slice(0, n));
  return half && half.roles.includes('name') ? n : 0;
}

/** The row's cells left and right of column `width`, or null when a cell spans the middle. */
function splitAt(row: RowItem, width: number): [RowItem, RowItem] | null {
  if (row.cells.some((c) => c.start < width && c.start + c.span > width)) return null;
  const left = row.cells.filter((c) => c.start < width);
  const right = row.cells.filter((c) => c.start >= width).map((c) => ({ ...c, start: c.start - width }));
  return [{ ...row, cells: left }, { ...row, cells: right }];
}
