import { sql, type RawBuilder } from 'kysely';
import { fail, ok, type AppError } from '../errors';

/**
 * Server-side ordering of the paged form lists. The client names a column by key; the SQL comes
 * only from this table (never from the input), and every order ends with the form id so equal
 * keys keep one order from page to page.
 */
export const FORM_SORT_KEYS = ['id', 'project_name', 'org', 'kind', 'fiscal_year', 'status', 'budget_total_wan', 'total_score', 'errors', 'warnings', 'version', 'updated_at', 'published_at', 'deleted_at'] as const;
export type FormSortKey = (typeof FORM_SORT_KEYS)[number];
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Workflow order, so 状态 sorts the way a form moves (草稿 first), not by code spelling. */
const STATUS_ORDER = ['draft', 'returned', 'submitted', 'department_approved', 'approved', 'accepted', 'published'];

// Text sorts by code point (collate "C") on every database, so PGlite and PostgreSQL page alike
// whatever locale the server was initialised with.
/** The stored review's counts (forms.findings holds {errors, warnings, infos, by_code} as of the last save). */
export const FINDINGS_ERRORS = sql<number>`coalesce((f.findings->>'errors')::int, 0)`;
export const FINDINGS_WARNINGS = sql<number>`coalesce((f.findings->>'warnings')::int, 0)`;
export const FINDINGS_INFOS = sql<number>`coalesce((f.findings->>'infos')::int, 0)`;

const SORT_SQL: Record<FormSortKey, RawBuilder<unknown>> = {
  id: sql`f.id`,
  project_name: sql`f.project_name collate "C"`,
  org: sql`o.name collate "C"`,
  kind: sql`f.kind collate "C"`,
  fiscal_year: sql`f.fiscal_year`,
  status: sql`array_position(array[${sql.join(STATUS_ORDER.map((s) => sql.lit(s)))}]::text[], f.status)`,
  budget_total_wan: sql`f.budget_total_wan`,
  total_score: sql`f.total_score`,
  errors: FINDINGS_ERRORS,
  warnings: FINDINGS_WARNINGS,
  version: sql`f.version`,
  updated_at: sql`f.updated_at`,
  published_at: sql`f.published_at`,
  deleted_at: sql`f.deleted_at`,
};

export const FORM_SORT_LABELS: Record<FormSortKey, string> = {
  id: '编号',
  project_name: '项目名称',
  org: '单位',
  kind: '表类型',
  fiscal_year: '年度',
  status: '状态',
  budget_total_wan: '预算',
  total_score: '系统核算总分',
  errors: '审核错误数',
  warnings: '审核警告数',
  version: '版本',
  updated_at: '更新时间',
  published_at: '公开时间',
  deleted_at: '删除时间',
};

export interface FormSort {
  sort?: string | undefined;
  order?: string | undefined;
}

/**
 * Keys whose ties are broken by a related count before the id: 审核发现 is errors, then warnings, then infos (most
 * forms have no errors at all, so by errors alone the queue would not move).
 */
const THEN_BY: Partial<Record<FormSortKey, RawBuilder<unknown>[]>> = {
  errors: [FINDINGS_WARNINGS, FINDINGS_INFOS],
  warnings: [FINDINGS_INFOS],
};

export interface OrderTerm {
  expr: RawBuilder<unknown>;
  order: SortOrder;
}

/**
 * The ORDER BY terms for a sort request, or a Chinese validation error naming the allowed keys.
 * `allowed` narrows the keys a list offers (the public list has no drafts' columns). Empty
 * values (nothing blank, empty keys dropped) fall back to the list's id order; nulls go last
 * either way, so a column of blanks never hides the filled rows on the first page. `fallback` is the order of a
 * request that names neither key nor direction (the public list shows the newest publications first).
 */
export function formOrder(
  input: FormSort,
  allowed: readonly FormSortKey[] = FORM_SORT_KEYS,
  fallback: { sort: FormSortKey; order: SortOrder } = { sort: 'id', order: 'asc' },
): { ok: true; value: OrderTerm[] } | { ok: false; error: AppError } {
  const named = Boolean(input.sort || input.order);
  const key = input.sort || (named ? 'id' : fallback.sort);
  const order = input.order || (named ? 'asc' : fallback.order);
  if (!(allowed as readonly string[]).includes(key)) {
    return fail('validation_failed', `排序字段「${key}」无效，可选：${allowed.map((k) => `${k}（${FORM_SORT_LABELS[k]}）`).join('、')}`);
  }
  if (order !== 'asc' && order !== 'desc') return fail('validation_failed', `排序方向「${order}」无效，应为 asc（升序）或 desc（降序）`);
  const direction: SortOrder = order;
  const terms: OrderTerm[] = [{ expr: SORT_SQL[key as FormSortKey], order }, ...(THEN_BY[key as FormSortKey] ?? []).map((expr) => ({ expr, order: direction }))];
  if (key !== 'id') terms.push({ expr: SORT_SQL.id, order });
  return ok(terms);
}

/** One ORDER BY item with nulls last, for Kysely's orderBy. */
export function orderItem(term: OrderTerm): RawBuilder<unknown> {
  return term.order === 'desc' ? sql`${term.expr} desc nulls last` : sql`${term.expr} asc nulls last`;
}

/** A query ordered by the terms, in order. */
export function orderedBy<Q extends { orderBy: (expr: RawBuilder<unknown>) => Q }>(query: Q, terms: readonly OrderTerm[]): Q {
  return terms.reduce((q, term) => q.orderBy(orderItem(term)), query);
}
