import type { ColumnRole } from './header-map';
import { headerRole } from './header-map';
import type { GridCell, Item } from './flatten-source';
import { isBlank } from './normalize-label';

type RowItem = Extract<Item, { type: 'row' }>;

/**
 * An indicator table turned on its side (the captions 一级指标 / 三级指标 / 指标值 … down the first
 * column, one indicator per column, as some sheets lay it out to fit a page) becomes the table it
 * stands for: one header row of the captions and one row per indicator column. A run needs three
 * caption rows at least, among them the name and a value, weight or result, so a label row
 * (项目名称 | 某项目) never starts one. Other items pass through unchanged.
 */
export function untransposeIndicatorRows(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const run = captionRun(items, i);
    if (!run) { out.push(items[i]!); continue; }
    out.push(...turn(run.rows));
    i = run.end - 1;
  }
  return out;
}

function leadRole(item: Item): ColumnRole | null {
  if (item.type !== 'row') return null;
  const first = item.cells[0];
  if (!first || first.start !== 0 || first.span !== 1 || isBlank(first.text)) return null;
  if (item.cells.filter((c) => !isBlank(c.text)).length < 2 && !['unit', 'basis', 'description', 'note', 'reason'].includes(headerRole(first.text, true) ?? '')) return null;
  // A real header row names several columns; a transposed table's row names one.
  if (item.cells.slice(1).some((c) => headerRole(c.text, true) != null)) return null;
  return headerRole(first.text, true);
}

function captionRun(items: Item[], start: number): { rows: RowItem[]; end: number } | null {
  const first = items[start]!;
  if (first.type !== 'row' || !leadRole(first)) return null;
  const rows: RowItem[] = [];
  const roles = new Set<ColumnRole>();
  let end = start;
  while (end < items.length) {
    const item = items[end]!;
    const role = item.type === 'row' && item.tableIndex === first.tableIndex ? leadRole(item) : null;
    if (!role || roles.has(role)) break;
    roles.add(role);
    rows.push(item as RowItem);
    end++;
  }
  if (rows.length < 3 || !roles.has('name') || !['value', 'weight', 'actual', 'score'].some((r) => roles.has(r as ColumnRole))) return null;
  return { rows, end };
}

function textAt(cells: GridCell[], col: number): string {
  return cells.find((c) => c.start <= col && col < c.start + c.span)?.text ?? '';
}

function turn(rows: RowItem[]): Item[] {
  const width = Math.max(...rows.map((r) => r.cells.reduce((w, c) => Math.max(w, c.start + c.span), 0)));
  const cell = (text: string, k: number): GridCell => ({ text, start: k, span: 1, merged: false });
  const { tableIndex, line } = rows[0]!;
  const out: Item[] = [{ type: 'row', cells: rows.map((r, k) => cell(r.cells[0]!.text, k)), line, tableIndex }];
  const nameRow = rows.findIndex((r) => leadRole(r) === 'name');
  for (let col = 1; col < width; col++) {
    if (isBlank(textAt(rows[nameRow]!.cells, col))) continue;
    out.push({ type: 'row', cells: rows.map((r, k) => cell(textAt(r.cells, col), k)), line, tableIndex });
  }
  return out;
}
