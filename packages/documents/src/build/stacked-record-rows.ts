import { headerRole, readHeaderRow } from './header-map';
import type { GridCell, Item } from './flatten-source';
import { isBlank } from './normalize-label';

/**
 * A narrow page prints each indicator over two table rows: `年度指标值 | 分值` captions over
 * `实际完成值 | 得分` in the same columns (the name, levels and reason merged down the two rows),
 * the target and weight on a record's first row, the result and score on its second. Such a
 * table is read as the wide table it folds: the lower caption row and every record's second
 * row become extra columns after the first row's cells, so each indicator is one row again.
 * A two-row header whose upper caption spans columns (指标值 over 年度指标值 | 实际完成值) names
 * groups, not stacked fields, and is left alone; so is every other row.
 */
export function joinStackedRecordRows(items: Item[]): Item[] {
  const out: Item[] = [];
  let stack: { table: number; width: number; cols: number[] } | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.type !== 'row') { out.push(item); continue; }
    if (stack && item.tableIndex !== stack.table) stack = null;
    const next = items[i + 1];
    const below: GridCell[] | null = next?.type === 'row' && next.tableIndex === item.tableIndex ? next.cells : null;
    const cols: number[] | null = !stack && below ? stackedColumns(item.cells, below) : null;
    if (cols) stack = { table: item.tableIndex, width: Math.max(...item.cells.map((c) => c.start + c.span)), cols };
    if (stack && below && (cols || (isSecondLine(below, stack.cols) && !isSecondLine(item.cells, stack.cols)))) {
      const { width, cols: at } = stack;
      const moved = at.map((col, k): GridCell => ({ text: below.find((c) => c.start === col)?.text ?? '', start: width + k, span: 1, merged: false }));
      out.push({ ...item, cells: [...item.cells, ...moved] });
      i++;
      continue;
    }
    out.push(item);
  }
  return out;
}

/** The columns where a caption row under an indicator header names other fields than the header above, or null. */
function stackedColumns(upper: GridCell[], lower: GridCell[]): number[] | null {
  const header = readHeaderRow(upper);
  if (!header || !header.roles.includes('name')) return null;
  const filled = lower.filter((c) => !isBlank(c.text));
  if (filled.length === 0) return null;
  for (const c of filled) {
    const above = upper.find((u) => u.start === c.start && u.span === 1 && !isBlank(u.text));
    const role = headerRole(c.text.trim());
    if (c.span !== 1 || !above || role == null || role === header.roles[c.start] || header.roles.includes(role)) return null;
  }
  return filled.map((c) => c.start);
}

/** A record's second row: text only in the stacked columns, the rest blank or merged down from the first. */
function isSecondLine(cells: GridCell[], cols: number[]): boolean {
  const filled = cells.filter((c) => !isBlank(c.text));
  return filled.length > 0 && filled.every((c) => c.span === 1 && cols.includes(c.start));
}
