import { FINDING_CODES, FINDING_CODE_LABELS, SEVERITY_LABELS, severityOf, type FindingCode } from '@jixiao/core';
import type { FormFilters } from '../api/queries';
import type { ListQuery } from '../lib/list-query';

/** A queue's status and whose decision it holds (see queuesFor). */
export interface QueueSpec {
  status: string;
  awaiting?: 'department' | 'finance' | undefined;
}

/** One row of GET /api/forms/queue-counts. */
export interface QueueCountRow {
  status: string;
  at_department: boolean;
  n: number;
}

const isFindingCode = (code: string | undefined): code is FindingCode => code !== undefined && (FINDING_CODES as readonly string[]).includes(code);
const isSeverity = (s: string | undefined): s is 'error' | 'warning' | 'info' => s === 'error' || s === 'warning' || s === 'info';

/** 问题类型 choices, grouped by severity so the errors come first. */
export const FINDING_OPTIONS = (['error', 'warning', 'info'] as const).map((severity) => ({
  label: SEVERITY_LABELS[severity],
  options: FINDING_CODES.filter((c) => severityOf(c) === severity).map((c) => ({ value: c, label: FINDING_CODE_LABELS[c] })),
}));

export const SEVERITY_OPTIONS = (['error', 'warning', 'info'] as const).map((s) => ({ value: s, label: `有${SEVERITY_LABELS[s]}` }));

/**
 * What the server is asked for a queue under the list's filters. A code or severity the address names but the app does
 * not know is left out rather than sent for the server to refuse.
 */
export function queueFilters(list: ListQuery, queue: QueueSpec, kind: string | undefined): FormFilters {
  return {
    status: queue.status,
    awaiting: queue.awaiting,
    org: list.org,
    kind,
    q: list.q,
    fiscal_year: list.fiscal_year,
    finding: isFindingCode(list.finding) ? list.finding : undefined,
    severity: isSeverity(list.severity) ? list.severity : undefined,
    sort: list.sort,
    order: list.order,
  };
}

/** A queue's count from the per-status counts: a queue split by whose decision it is counts only its side. */
export function queueCount(rows: readonly QueueCountRow[], queue: QueueSpec): number {
  return rows
    .filter((r) => r.status === queue.status && (queue.awaiting === undefined || r.at_department === (queue.awaiting === 'department')))
    .reduce((n, r) => n + r.n, 0);
}

/** A queue as the tabs name it: its key and label, and the queue that holds the same reviewer's other decisions. */
export interface NamedQueue extends QueueSpec {
  key: string;
  label: string;
  /** The key of another queue this reviewer also decides, pointed to when this one is empty (finance's 主管部门已审). */
  alsoDecides?: string;
}

/**
 * An empty queue whose reviewer has work in another one: that queue and its count, so an empty 待审核 does not read as
 * nothing to do while 主管部门已审 holds forms waiting for finance. Null when that queue is empty too, or not known yet.
 */
export function elsewhereToDecide(rows: readonly QueueCountRow[] | undefined, queue: NamedQueue, queues: readonly NamedQueue[]): { key: string; label: string; n: number } | null {
  const other = queue.alsoDecides ? queues.find((x) => x.key === queue.alsoDecides) : undefined;
  if (!rows || !other) return null;
  const n = queueCount(rows, other);
  return n > 0 ? { key: other.key, label: other.label, n } : null;
}

/** A query string of the filters, blanks left out (the findings export and the counts take the list's own). */
export function filterQuery(filters: FormFilters, drop: readonly (keyof FormFilters)[] = []): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (drop.includes(key as keyof FormFilters) || value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  return params.toString();
}

export function findingsExportHref(filters: FormFilters): string {
  const qs = filterQuery(filters);
  return `/api/forms/findings-export${qs ? `?${qs}` : ''}`;
}

/**
 * A form opened from the list carries the list's address and its own place in it (`at`, from 0), so the form's page can
 * step to its neighbours in the same filtered, sorted list and go back to the page it came from.
 */
export function reviewLink(id: number | string, listParams: URLSearchParams, at: number): string {
  const params = new URLSearchParams(listParams);
  params.delete('page');
  params.set('at', String(at));
  return `/review/${id}?${params.toString()}`;
}

/** The list page a place falls on, for 返回列表. */
export function listPageOf(at: number, size: number): number {
  return Math.floor(at / size) + 1;
}

export interface Neighbours<T> {
  prev: { item: T; at: number } | null;
  next: { item: T; at: number } | null;
  /** Where the form is in the list now (null when it has left it, as a returned form leaves 待审核). */
  at: number | null;
}

/**
 * The forms before and after `id`, from a window of the list starting at `offset` that was asked for around the place
 * the form had (`at`). The list may have moved since: when the form is still in the window its own place counts; when it
 * has left the list (decided, so no longer in this queue) the form that took its place is the next one.
 */
export function neighbours<T extends { id: number | string }>(items: readonly T[], offset: number, at: number, id: number | string): Neighbours<T> {
  // Ids come as numbers from the server and as text from the address.
  const found = items.findIndex((f) => String(f.id) === String(id));
  const place = (i: number) => (i >= 0 && i < items.length ? { item: items[i]!, at: offset + i } : null);
  if (found >= 0) return { prev: place(found - 1), next: place(found + 1), at: offset + found };
  const here = at - offset;
  return { prev: place(here - 1), next: place(here), at: null };
}
