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
 * Decides the forms (通过 or 退回) one after the other through the same endpoint as a single decision, each with the
 * version the list showed, so a form changed meanwhile fails alone (stale version) instead of being decided unseen.
 */
export async function decideEach(
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

export type BulkAction = 'approve' | 'return';

const WORDS: Record<BulkAction, { done: string; failed: string; verb: string }> = {
  approve: { done: '已审核通过', failed: '未通过', verb: '通过' },
  return: { done: '已退回', failed: '未退回', verb: '退回' },
};

/** The one-line result of a 批量通过 or 批量退回. */
export function bulkSummary(outcomes: readonly BulkOutcome[], action: BulkAction = 'approve'): string {
  const failed = outcomes.filter((o) => o.error !== null).length;
  const done = outcomes.length - failed;
  const w = WORDS[action];
  return failed === 0 ? `${w.done} ${done} 张表` : `${w.done} ${done} 张表，${failed} 张${w.failed}（见下方原因）`;
}

/** A bulk button: how many are selected, or while a batch runs, how many of it are done (正在通过 3/20). */
export function bulkButtonText(selected: number, progress: { done: number; total: number } | null, action: BulkAction = 'approve'): string {
  const verb = WORDS[action].verb;
  if (progress) return `正在${verb} ${progress.done}/${progress.total}`;
  return `批量${verb}${selected > 0 ? `（${selected}）` : ''}`;
}

/** Why a form cannot be returned with others, or null: only a closed year's form (nothing of it is decided). */
export function bulkReturnBlocked(form: Pick<FormSummary, 'year_closed' | 'fiscal_year'>): string | null {
  return form.year_closed ? yearClosedReason(form.fiscal_year) : null;
}
