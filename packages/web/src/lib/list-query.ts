import type { ListSort } from './list-columns';

/** A paged list's state as kept in its address: Back from a form opened from the list returns to the same page. */
export interface ListQuery extends ListSort {
  page: number;
  size: number;
  /** Search text (项目名称). */
  q?: string;
  fiscal_year?: number;
  org?: string;
  /** The form kind (项目目标表, 自评表…), as GET /api/forms?kind= names it. */
  kind?: string;
  /** The tab or queue the list shows. */
  queue?: string;
  /** A finding code (审核发现的问题类型) and a severity the forms' stored review must have (GET /api/forms?finding=&severity=). */
  finding?: string;
  severity?: string;
}

const positive = (raw: string | null): number | undefined => {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) && n > 0 ? n : undefined;
};

/**
 * The list's state from its address; what is missing or unreadable takes its default. `status` is read as the queue
 * too, as links from 工作台 (/review?status=approved) name it.
 */
export function readListQuery(params: URLSearchParams, defaultSize: number): ListQuery {
  const order = params.get('order');
  return {
    page: positive(params.get('page')) ?? 1,
    size: positive(params.get('size')) ?? defaultSize,
    sort: params.get('sort') || undefined,
    order: order === 'asc' || order === 'desc' ? order : undefined,
    q: params.get('q') || undefined,
    fiscal_year: positive(params.get('fiscal_year')),
    org: params.get('org') || undefined,
    kind: params.get('kind') || undefined,
    queue: params.get('queue') || params.get('status') || undefined,
    finding: params.get('finding') || undefined,
    severity: params.get('severity') || undefined,
  };
}

/**
 * The address after a change to the list: blank values are dropped, and any change but the page itself starts again at
 * the first page (a new filter, sort or page size has its own pages).
 */
export function writeListQuery(params: URLSearchParams, change: Partial<ListQuery>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined || value === null || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  if ('queue' in change) next.delete('status');
  if (!('page' in change)) next.delete('page');
  // A form's place in the list (a link into 审核 carries it) means nothing once the list changes.
  next.delete('at');
  if (next.get('page') === '1') next.delete('page');
  return next;
}
