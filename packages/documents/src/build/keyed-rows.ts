import type { FieldKey } from './field-labels';
import { matchLabel } from './field-labels';
import type { GridCell, Item } from './flatten-source';
import { readHeaderRow } from './header-map';
import { isBlank } from './normalize-label';

type RowItem = Extract<Item, { type: 'row' }>;

// Columns that say whose indicator a row is, as a budget system's flat export repeats them on every
// row, in the order their label rows are written: the form's own identity (项目名称) first, so the
// next project's form starts at its first label row.
const IDENTITY_KEYS: readonly FieldKey[] = ['project_name', 'project_code', 'org', 'org_code', 'department'];
// Fields of the form an export repeats on each of its rows beside the identity (年度预算 | 年度绩效目标).
const CARRIED_KEYS: readonly FieldKey[] = ['budget_total_wan', 'budget_fiscal_wan', 'budget_other_wan', 'goal'];
const COLUMN_KEYS: readonly FieldKey[] = [...IDENTITY_KEYS, ...CARRIED_KEYS];

/**
 * A budget system's flat export lists every indicator as one row carrying its project or unit
 * (单位编码 | 单位名称 | 项目编码 | 项目名称 | 一级指标 | … | 指标值): the rows of one project are one
 * form. Such a table becomes, per run of rows with the same identity, the label rows a form
 * would print above its table (项目名称 | 某项目) followed by the indicator table without those
 * columns, so the form reader sees the layout it knows. Other items pass through unchanged.
 */
export function unfoldKeyedRows(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const keyed = item.type === 'row' ? identityColumns(item.cells) : null;
    if (!keyed || item.type !== 'row') { out.push(item); continue; }
    let end = i + 1;
    while (end < items.length && items[end]!.type === 'row' && (items[end] as RowItem).tableIndex === item.tableIndex) end++;
    const rows = items.slice(i + 1, end) as RowItem[];
    if (rows.length === 0) { out.push(item); continue; }
    out.push(...unfold(item, rows, keyed, sharedRows(out, item.tableIndex)));
    i = end - 1;
  }
  return out;
}

interface IdentityColumn {
  col: number;
  caption: string;
  key: FieldKey;
}

/** The identity columns of an indicator header, or null when it has none (or is no header). */
function identityColumns(cells: GridCell[]): IdentityColumn[] | null {
  const header = readHeaderRow(cells);
  if (!header || !header.roles.includes('name')) return null;
  const found: IdentityColumn[] = [];
  for (const c of cells) {
    if (isBlank(c.text) || c.span !== 1 || header.roles[c.start] != null) continue;
    const m = matchLabel(c.text, 'project_target') ?? matchLabel(c.text, 'department_target');
    // The caption must be the whole cell (项目名称), not a label with its value (项目名称：某项目).
    if (m && COLUMN_KEYS.includes(m.key) && m.value == null) found.push({ col: c.start, caption: c.text.trim(), key: m.key });
  }
  found.sort((a, b) => COLUMN_KEYS.indexOf(a.key) - COLUMN_KEYS.indexOf(b.key));
  // A unit column alone (实施单位 beside each indicator of one department's form) says who does
  // the work, not whose form it is: an export names its forms by a project or a unit code.
  return found.some((f) => f.key === 'project_name' || f.key === 'project_code' || f.key === 'org_code') ? found : null;
}

/**
 * The label rows the table prints above its header (主管部门：某某局, 金额单位：万元): they hold for
 * every project of the export, so each project's form gets them again.
 */
function sharedRows(before: Item[], tableIndex: number): RowItem[] {
  const shared: RowItem[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const item = before[i]!;
    if (item.type !== 'row' || item.tableIndex !== tableIndex) break;
    const labelled = item.cells.some((c) => {
      const m = c.text.length <= 60 ? matchLabel(c.text, 'project_target') ?? matchLabel(c.text, 'department_target') : null;
      return m != null && m.key !== 'caption' && !IDENTITY_KEYS.slice(0, 2).includes(m.key);
    });
    if (labelled) shared.unshift(item);
  }
  return shared;
}

function unfold(header: RowItem, rows: RowItem[], keyed: IdentityColumn[], shared: RowItem[]): Item[] {
  const dropped = new Set(keyed.map((k) => k.col));
  const out: Item[] = [];
  let identity: string[] | null = null;
  let first = true;
  for (const row of rows) {
    // A merged identity cell (blank below its first row) keeps the identity above.
    const values = keyed.map((k, j) => {
      const text = row.cells.find((c) => c.start === k.col)?.text.trim() ?? '';
      return text === '' ? (identity?.[j] ?? '') : text;
    });
    if (!identity || values.some((v, j) => v !== identity![j])) {
      identity = values;
      keyed.forEach((k, j) => {
        if (values[j] === '') return;
        out.push({ ...row, cells: [{ text: k.caption, start: 0, span: 1, merged: false }, { text: values[j]!, start: 1, span: 1, merged: false }] });
      });
      // The first project's shared rows stand above the table already.
      if (!first) out.push(...shared);
      first = false;
      out.push({ ...header, cells: withoutColumns(header.cells, dropped) });
    }
    out.push({ ...row, cells: withoutColumns(row.cells, dropped) });
  }
  return out;
}

/** The cells outside the dropped columns, moved left over them. */
function withoutColumns(cells: GridCell[], dropped: Set<number>): GridCell[] {
  const before = (col: number) => [...dropped].filter((d) => d < col).length;
  return cells.filter((c) => !dropped.has(c.start)).map((c) => ({ ...c, start: c.start - before(c.start) }));
}
