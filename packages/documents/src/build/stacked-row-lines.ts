import { readHeaderRow, type ColumnRole } from './header-map';
import type { GridCell, Item } from './flatten-source';
import { isBlank } from './normalize-label';

type RowItem = Extract<Item, { type: 'row' }>;

// List numbering in front of a line: 1. / 2、 / （3） / ④.
const NUMBERED = /^[\s\u3000]*(?:(\d{1,2})[\s\u3000]*[、.．)）]|[（(](\d{1,2})[)）]|([①-⑳]))/;
// A line that reads as a value: a sign or a comparator word in front, or a figure in it.
const VALUE_LINE = /^[\s\u3000]*(?:[≥≤><=＝≧≦＞＜]|不少于|不低于|不高于|不超过|不大于|不小于|大于|小于|高于|低于|达到|控制在)|\d/;
// A line that is a whole value by itself: a sign or comparator word in front of its figure (a bare figure may
// be the rest of a value wrapped at its column's edge: ≥1 ⏎ 20).
const WHOLE_VALUE = /^[\s\u3000]*(?:[≥≤><=＝≧≦＞＜]|不少于|不低于|不高于|不超过|不大于|不小于|大于|小于|高于|低于|达到|控制在)[\s\u3000]*\d[^\s\u3000]*$/;
// Columns a row's indicators share when the cell holds one line: the levels and what qualifies every value.
const SHARED: ReadonlySet<ColumnRole | null> = new Set<ColumnRole | null>(['level1', 'level2', 'section', 'unit', 'nature']);
const LEVELS: ReadonlySet<ColumnRole | null> = new Set<ColumnRole | null>(['level1', 'level2', 'section']);
const MAX_LINES = 12;

/**
 * Several indicators typed into one row, one a line (Word paragraphs or soft breaks): a name cell of
 * numbered lines `1.新建服务站⏎2.改造站点` beside a value cell `≥12个⏎≥5个` (and weights `10⏎10`) is as many
 * rows, line k of every cell being row k's. The lines must pair up in every cell that has more than one,
 * each value line must read as a value, and the names must be numbered 1…k, the weights come one a line
 * too, or every value line be a whole value of its own — so a name wrapped in its cell beside one value (or
 * a value with its remark on a second line) stays one row. The levels and a shared unit or 指标性质 hold for
 * every row; a weight given once goes with the first.
 */
export function unstackRowLines(items: Item[]): Item[] {
  // Only tables with a cell of several lines can hold such rows: the others are not read again.
  const stacked = new Set(items.flatMap((i) => (i.type === 'row' && i.cells.some((c) => c.text.includes('\n')) ? [i.tableIndex] : [])));
  if (stacked.size === 0) return items;
  const out: Item[] = [];
  let header: { table: number; roles: Array<ColumnRole | null> } | null = null;
  for (const item of items) {
    if (item.type !== 'row' || !stacked.has(item.tableIndex)) { out.push(item); continue; }
    const read = readHeaderRow(item.cells);
    if (read && read.roles.includes('name')) {
      header = { table: item.tableIndex, roles: read.roles };
      out.push(item);
      continue;
    }
    const parts = header && header.table === item.tableIndex ? splitRow(item.cells, header.roles) : null;
    if (parts) out.push(...parts.map((cells): RowItem => ({ ...item, cells })));
    else out.push(item);
  }
  return out;
}

function linesOf(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

function splitRow(cells: GridCell[], roles: Array<ColumnRole | null>): GridCell[][] | null {
  const roleOf = (c: GridCell): ColumnRole | null => roles[c.start] ?? null;
  const name = cells.find((c) => roleOf(c) === 'name' && !c.merged);
  const value = cells.find((c) => roleOf(c) === 'value' && !c.merged);
  if (!name || !value) return null;
  const names = linesOf(name.text);
  const k = names.length;
  if (k < 2 || k > MAX_LINES) return null;
  const values = linesOf(value.text);
  if (values.length !== k || !values.every((v) => VALUE_LINE.test(v))) return null;
  const numbered = names.every((n, i) => {
    const m = NUMBERED.exec(n);
    if (!m) return false;
    const at = m[3] ? m[3].charCodeAt(0) - 0x2460 + 1 : Number(m[1] ?? m[2]);
    return at === i + 1;
  });
  const weight = cells.find((c) => roleOf(c) === 'weight' && !c.merged);
  const weightsOneALine = weight != null && linesOf(weight.text).length === k && linesOf(weight.text).every((w) => /^\d+(?:\.\d+)?\s*分?$/.test(w));
  // Unnumbered names beside a weight given once: the lines are indicators when every value line is a whole
  // value of its own (≥46个 ⏎ ≥2次/月), not one value going on (2025年10月 ⏎ 底前, ≥95% ⏎ （含）, ≥1 ⏎ 20).
  const wholeValues = values.every((v) => WHOLE_VALUE.test(v)) && names.every((n) => !VALUE_LINE.test(n) || /[\u4e00-\u9fa5]{2}/.test(n));
  if (!numbered && !weightsOneALine && !wholeValues) return null;
  const perCell: Array<(part: number) => GridCell> = [];
  for (const c of cells) {
    const lines = c.merged || isBlank(c.text) ? [] : linesOf(c.text);
    const role = roleOf(c);
    if (lines.length === k) perCell.push((p) => ({ ...c, text: lines[p]! }));
    else if (lines.length === 0) perCell.push(() => c);
    else if (lines.length === 1 && LEVELS.has(role)) perCell.push((p) => (p === 0 ? c : { ...c, text: '', merged: true }));
    else if (lines.length === 1 && SHARED.has(role)) perCell.push(() => c);
    // One weight for the row's indicators: the points of them together, on the first (the form's total stays
    // right; sharing them out would make figures up).
    else if (lines.length === 1 && role === 'weight') perCell.push((p) => (p === 0 ? c : { ...c, text: '' }));
    else return null;
  }
  return Array.from({ length: k }, (_, p) => perCell.map((f) => f(p)));
}
