import type { FormKind } from '../forms/forms-schema';
import { beijingMonth } from './period-timing';

/** What a document is filed as: one of the form kinds, or a 运行监控表. */
export type YearKind = FormKind | 'monitoring_report';

/** Where a file's year came from: the document states it, or it is the year its kind is usually filed for on that day. */
export type ImportYearSource = 'stated' | 'kind';

export const IMPORT_YEAR_SOURCE_LABELS: Record<ImportYearSource, string> = { stated: '文件注明', kind: '按表种推定' };

export interface ImportYear {
  year: number;
  source: ImportYearSource;
}

/**
 * The year a kind of document is usually filed for on a given day: targets are drawn up in autumn for the next year
 * (from September on), self-evaluations look back at the year just ended until about July, and a monitoring table
 * is this year's.
 */
export function yearOfKind(kind: YearKind, now: Date): number {
  const today = beijingMonth(now);
  switch (kind) {
    case 'project_target':
    case 'department_target':
      return today.month >= 9 ? today.year + 1 : today.year;
    case 'project_self_evaluation':
    case 'department_self_evaluation':
      return today.month < 7 ? today.year - 1 : today.year;
    case 'monitoring_report':
      return today.year;
  }
}

/**
 * The year a file is read under unless the clerk chooses one: the year its forms state (the one most of them state,
 * the first stated on a tie), else the year the kind of its first form implies on `now`.
 */
export function defaultImportYear(forms: ReadonlyArray<{ kind: YearKind; fiscal_year?: number | null | undefined }>, now: Date): ImportYear | null {
  const counts = new Map<number, number>();
  for (const f of forms) if (f.fiscal_year != null) counts.set(f.fiscal_year, (counts.get(f.fiscal_year) ?? 0) + 1);
  let best: number | null = null;
  // Map order is first appearance, so a strict > keeps the first stated year on a tie.
  for (const [year, n] of counts) if (best === null || n > counts.get(best)!) best = year;
  if (best !== null) return { year: best, source: 'stated' };
  const first = forms[0];
  return first ? { year: yearOfKind(first.kind, now), source: 'kind' } : null;
}
