import type { DepartmentTarget } from '@jixiao/core';

/** The row lists a 部门（单位）整体绩效目标表 carries besides its indicators (forms.md, department_target). */
export type DepartmentListKey = 'tasks' | 'sub_goals' | 'measures';
export type DepartmentListRow = DepartmentTarget[DepartmentListKey][number];
export type ListCell = string | number | null;

export interface DepartmentListColumn {
  field: string;
  label: string;
  /** text: a string kept even when emptied; optional: null when emptied; money: 万元 or null. */
  type: 'text' | 'optional' | 'money';
}

export interface DepartmentList {
  key: DepartmentListKey;
  label: string;
  /** What one row is called, for 添加… and 删除… */
  item: string;
  columns: readonly DepartmentListColumn[];
}

// Labels and column names as the exports print them (documents' layout-target-forms.ts), so screen and paper agree.
export const DEPARTMENT_LISTS: readonly DepartmentList[] = [
  {
    key: 'tasks',
    label: '年度主要任务',
    item: '任务',
    columns: [
      { field: 'name', label: '任务名称', type: 'text' },
      { field: 'content', label: '主要内容', type: 'optional' },
      { field: 'budget_wan', label: '预算金额（万元）', type: 'money' },
    ],
  },
  {
    key: 'sub_goals',
    label: '分项绩效目标',
    item: '目标',
    columns: [
      { field: 'title', label: '目标名称', type: 'text' },
      { field: 'text', label: '目标内容', type: 'text' },
    ],
  },
  {
    key: 'measures',
    label: '工作保障措施',
    item: '措施',
    columns: [
      { field: 'title', label: '措施名称', type: 'text' },
      { field: 'text', label: '措施内容', type: 'text' },
    ],
  },
];

/** A new row with every column blank, in the shape the forms model requires for that list. */
export function blankListRow(list: DepartmentList): DepartmentListRow {
  return Object.fromEntries(list.columns.map((c) => [c.field, c.type === 'text' ? '' : null])) as unknown as DepartmentListRow;
}

/** The value a cell holds after the clerk typed `value`: required text stays a string, the rest empty as null. */
function cellValue(column: DepartmentListColumn, value: ListCell): ListCell {
  if (column.type === 'money') return typeof value === 'number' && Number.isFinite(value) ? value : null;
  const text = value === null ? '' : String(value);
  return column.type === 'optional' && text === '' ? null : text;
}

/** The list with one cell changed; other rows are the same objects, so untouched rows do not re-render. */
export function updateListRow(list: DepartmentList, rows: readonly DepartmentListRow[], index: number, field: string, value: ListCell): DepartmentListRow[] {
  const column = list.columns.find((c) => c.field === field);
  if (!column) return [...rows];
  return rows.map((row, i) => (i === index ? ({ ...row, [field]: cellValue(column, value) } as DepartmentListRow) : row));
}

/** The list with a blank row after `after` (-1: at the top; past the end: appended). */
export function insertListRow(list: DepartmentList, rows: readonly DepartmentListRow[], after: number): DepartmentListRow[] {
  const at = Math.max(0, Math.min(rows.length, after + 1));
  return [...rows.slice(0, at), blankListRow(list), ...rows.slice(at)];
}

export function removeListRow(rows: readonly DepartmentListRow[], index: number): DepartmentListRow[] {
  return rows.filter((_, i) => i !== index);
}

/** A cell as read-only text: money with thousands separators as the exports print it, blanks as ''. */
export function listCellText(column: DepartmentListColumn, row: DepartmentListRow): string {
  const value = (row as unknown as Record<string, ListCell>)[column.field] ?? null;
  if (value === null) return '';
  if (column.type === 'money' && typeof value === 'number') return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
  return String(value);
}

/** The lists a reader is shown: those the form has rows in (an empty list prints nothing, as in the exports). */
export function filledDepartmentLists(form: DepartmentTarget): Array<{ list: DepartmentList; rows: DepartmentListRow[] }> {
  return DEPARTMENT_LISTS.map((list) => ({ list, rows: (form[list.key] ?? []) as DepartmentListRow[] })).filter((l) => l.rows.length > 0);
}
