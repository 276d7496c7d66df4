import type { Item } from './flatten-source';
import { detectFormTitle } from './form-titles';
import { readHeaderRow } from './header-map';

type RowItem = Extract<Item, { type: 'row' }>;

const key = (text: string): string => text.replace(/[\s\u3000]+/g, '');

/**
 * Where the items from `at` on hold a short table repeating indicators a report already wrote as sentences
 * (表1 主要绩效指标完成情况表 after the 绩效指标完成情况 section: a few of its indicators again, with their figures):
 * that table's first and after-last indexes, or null when the next table is anything else. The table is a summary of rows
 * already read, so it adds none; one naming any indicator the sentences did not, or a form title before it,
 * is a table of its own.
 */
export function repeatedSummaryTable(items: readonly Item[], at: number, names: ReadonlySet<string>): { start: number; end: number } | null {
  let i = at;
  for (; i < items.length && items[i]!.type === 'text'; i++) {
    const t = items[i] as Extract<Item, { type: 'text' }>;
    if (detectFormTitle(t.text, t.heading != null) != null) return null;
  }
  const header = items[i];
  if (header?.type !== 'row') return null;
  const map = readHeaderRow(header.cells);
  const nameColumn = map?.roles.indexOf('name') ?? -1;
  if (nameColumn < 0 || map!.roles.some((r) => r === 'level1' || r === 'level2')) return null;
  let end = i + 1;
  for (; end < items.length && items[end]!.type === 'row' && (items[end] as RowItem).tableIndex === header.tableIndex; end++) {
    const name = (items[end] as RowItem).cells.find((c) => c.start === nameColumn)?.text ?? '';
    if (!names.has(key(name))) return null;
  }
  return end > i + 1 ? { start: i, end } : null;
}

/** The names of a run's rows (the third cell of 一级指标 | 二级指标 | 指标名称 | …), as compared. */
export function runNames(rows: ReadonlyArray<{ cells: string[] }>, nameAt: number): Set<string> {
  return new Set(rows.map((r) => key(r.cells[nameAt] ?? '')).filter((n) => n !== ''));
}
