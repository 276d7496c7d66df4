import type { FormSummary } from '../api/types';
import { yearClosedReason } from '../lib/year-closed';

/**
 * Why a form in the 待审核 list cannot be approved together with others, or null when it can. A form with review
 * errors needs a reviewer's own look (and usually a 退回), so only error-free forms are offered for 批量通过; a closed
 * year's form is not approved at all (the server refuses it).
 */
export function bulkApproveBlocked(form: Pick<FormSummary, 'errors' | 'year_closed' | 'fiscal_year'>): string | null {
  if (form.year_closed) return yearClosedReason(form.fiscal_year);
  const errors = form.errors ?? 0;
  return errors > 0 ? `此表有 ${errors} 个审核错误，不能批量通过：请打开逐张审核，需要时退回修改` : null;
}

export interface BulkOutcome {
  id: number | string;
  label: string;
  /** Null when approved; else the server's reason (版本已变、状态不对…). */
  error: string | null;
}

/**
 * Approves the forms one after the other through the same endpoint as a single approval, each with the version the
 * list showed, so a form changed meanwhile fails alone (stale version) instead of being approved unseen.
 */
export async function approveEach(
  forms: ReadonlyArray<{ id: number | string; version: number; label: string }>,
  approve: (id: number | string, version: number) => Promise<unknown>,
  describe: (error: unknown) => string,
  /** Called after each form (approved or not): a long batch shows how far it has got. */
  progress?: (done: number, total: number) => void,
): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  for (const f of forms) {
    try {
      await approve(f.id, f.version);
      outcomes.push({ id: f.id, label: f.label, error: null });
    } catch (error) {
      outcomes.push({ id: f.id, label: f.label, error: describe(error) });
    }
    progress?.(outcomes.length, forms.length);
  }
  return outcomes;
}

/** The one-line result of a 批量通过. */
export function bulkSummary(outcomes: readonly BulkOutcome[]): string {
  const failed = outcomes.filter((o) => o.error !== null).length;
  const done = outcomes.length - failed;
  return failed === 0 ? `已审核通过 ${done} 张表` : `已审核通过 ${done} 张表，${failed} 张未通过（见下方原因）`;
}

/** The 批量通过 button: how many are selected, or while a batch runs, how many of it are done (正在通过 3/20). */
export function bulkButtonText(selected: number, progress: { done: number; total: number } | null): string {
  if (progress) return `正在通过 ${progress.done}/${progress.total}`;
  return `批量通过${selected > 0 ? `（${selected}）` : ''}`;
}
