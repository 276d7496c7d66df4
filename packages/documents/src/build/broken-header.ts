import type { GridCell, Item } from './flatten-source';
import { headerRole, readHeaderRow } from './header-map';
import { isBlank } from './normalize-label';

type RowItem = Extract<Item, { type: 'row' }>;

// A caption's second line: a few characters, no figures (（%） and （万元） are units, not figures).
const FRAGMENT = /^[\u4e00-\u9fa5（）()%％]{1,6}$/;

/**
 * A header whose captions were broken in two lines and copied as two rows (一级 | 二级 | 指标 | 计量
 * over 指标 | 指标 | 解释 | 单位, as a PDF or a page with hard breaks in its header cells gives them):
 * each column's two halves are one caption. The rows are joined when the lower row holds only short
 * word fragments under captions of the upper row, and the joined captions name more columns than the
 * upper row does alone; a header over two rows whose lower row names columns itself (指标值 over
 * 指标性质 | 目标值 | 计量单位) is left to the header reader.
 */
export function joinBrokenHeaders(items: Item[]): Item[] {
  let out: Item[] | null = null;
  for (let i = 0; i + 1 < items.length; i++) {
    const upper = items[i]!;
    const lower = items[i + 1]!;
    if (upper.type !== 'row' || lower.type !== 'row' || upper.tableIndex !== lower.tableIndex) continue;
    const joined = joinedCells(upper, lower);
    if (!joined) continue;
    out ??= items.slice();
    const at = out.indexOf(upper);
    out.splice(at, 2, { ...upper, cells: joined });
  }
  return out ?? items;
}

function joinedCells(upper: RowItem, lower: RowItem): GridCell[] | null {
  const below = lower.cells.filter((c) => !isBlank(c.text));
  if (below.length < 2 || upper.cells.some((u) => u.text.trim().length > 8)) return null;
  const over = (c: GridCell) => upper.cells.find((u) => u.start === c.start && u.span === c.span && !isBlank(u.text));
  if (!below.every((c) => FRAGMENT.test(c.text.trim()) && over(c) != null)) return null;
  // The lower row naming columns by itself is a sub-header, not the captions' second lines.
  // (A caption's half repeated along the row, 指标 | 指标 | 指标, names nothing by itself.)
  const roles = below.map((c) => headerRole(c.text, true)).filter((r) => r != null);
  if (roles.length * 2 > below.length && new Set(roles).size === roles.length) return null;
  const cells = upper.cells.map((u) => {
    const l = lower.cells.find((c) => c.start === u.start && c.span === u.span);
    return l && !isBlank(l.text) ? { ...u, text: `${u.text.trim()}${l.text.trim()}` } : u;
  });
  const named = (cs: GridCell[]) => readHeaderRow(cs)?.roles.filter((r) => r != null && r !== 'section').length ?? 0;
  const joined = readHeaderRow(cells);
  if (!joined || !joined.roles.includes('name')) return null;
  return named(cells) > named(upper.cells) ? cells : null;
}
