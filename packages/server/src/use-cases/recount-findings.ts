import type { Policy } from '@jixiao/core';
import { review } from '../ports';
import { findingsSummary, jsonb, loadForm, type Executor } from './form-store';
import { siblingAtPolicyTotal } from './sibling-targets';

// Forms per id query: a region's year in a few dozen queries, none holding thousands of ids in memory.
const BATCH = 200;

/** The stored review counts of a form (forms.findings: {errors, warnings, infos, by_code}). */
export type FindingsSummary = ReturnType<typeof findingsSummary>;

/** What re-reviewing a region's year under a policy does to the stored counts. */
export interface RecountTally {
  /** Live forms (every kind) re-reviewed. */
  forms: number;
  /** Of those, how many get other counts (errors, warnings, infos or a rule's count). */
  changed: number;
}

/**
 * Whether two stored summaries count the same findings. A summary stored before a field existed lacks it (an absent
 * count is none), and by_code's key order is whatever the review met first: neither is a change a clerk would see.
 */
export function sameFindingsSummary(stored: unknown, next: FindingsSummary): boolean {
  const s = (stored ?? {}) as Partial<FindingsSummary>;
  if ((s.errors ?? 0) !== next.errors || (s.warnings ?? 0) !== next.warnings || (s.infos ?? 0) !== next.infos) return false;
  const before = Object.entries(s.by_code ?? {}).filter(([, n]) => n !== 0);
  const after = Object.entries(next.by_code).filter(([, n]) => n !== 0);
  return before.length === after.length && before.every(([code, n]) => next.by_code[code] === n);
}

/**
 * The stored review counts of every live form of one region and year, as the review gives them under `policy`: the
 * lists' 审核发现 and the 工作台's findings by rule read them, and a policy change (weight totals, the budget-execution
 * row, thresholds) moves what the review flags. With `write`, the changed counts are stored in the caller's transaction
 * (the form's version stays: the counts are derived, an editor with the form open can still save); without, nothing is
 * written and the tally says what saving would do. Deleted forms are left: they list nowhere, and their counts are
 * those of their last save, as for any form restored.
 */
export async function recountRegionYear(db: Executor, scope: { regionId: number; fiscalYear: number; policy: Policy }, write: boolean): Promise<RecountTally> {
  let after = 0;
  let forms = 0;
  let changed = 0;
  for (;;) {
    const ids = await db
      .selectFrom('forms')
      .select(['id', 'findings'])
      .where('region_id', '=', scope.regionId)
      .where('fiscal_year', '=', scope.fiscalYear)
      .where('deleted_at', 'is', null)
      // A published form keeps the findings of the policy it was published under (published-policy.ts).
      .where('status', '!=', 'published')
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (ids.length === 0) return { forms, changed };
    after = ids[ids.length - 1]!.id;
    for (const { id, findings: stored } of ids) {
      const loaded = await loadForm(db, id, {});
      if (!loaded) continue;
      forms += 1;
      const sibling = await siblingAtPolicyTotal(db, loaded.row, loaded.form, scope.policy);
      const next = findingsSummary(review([loaded.form], scope.policy, loaded.review, sibling));
      if (sameFindingsSummary(stored, next)) continue;
      changed += 1;
      if (write) await db.updateTable('forms').set({ findings: jsonb(next) }).where('id', '=', id).execute();
    }
  }
}
