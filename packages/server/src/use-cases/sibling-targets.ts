import type { Form, Policy } from '@jixiao/core';
import { sql } from 'kysely';
import { review } from '../ports';
import { findingsSummary, formPolicy, jsonb, loadForm, type Executor } from './form-store';
import { policyUnchanged } from './form-save-policy';

/** Σ weight of a form's rows, or null when no row is weighted. */
function weightSum(form: Form): number | null {
  let sum = 0;
  let weighted = false;
  for (const ind of form.indicators) {
    if (ind.weight != null) {
      sum += ind.weight;
      weighted = true;
    }
  }
  return weighted ? sum : null;
}

/** Whether a form's weights total `value` (within rounding); a form without weights totals nothing. */
function totals(form: Form, value: number): boolean {
  const sum = weightSum(form);
  return sum != null && Math.abs(sum - value) <= 0.01;
}

/** The 100-point template's total: the policy value plus the budget-execution row's weight. */
const fullTotal = (policy: Policy) => policy.weightTotals.project_target + policy.budgetExecutionWeight;

/** A project target whose weights total the policy value (90): the convention its unit's 100-point targets are held to. */
export function atPolicyTotal(form: Form, policy: Policy): boolean {
  return form.kind === 'project_target' && totals(form, policy.weightTotals.project_target);
}

/**
 * Whether a project target sits beside another project target of the same unit and year that totals the
 * policy value: then a 100-point total (policy + budget-execution weight) breaks the unit's own convention
 * and the review flags it, as it does for a whole document. Answered whatever this form totals now: the
 * editor's live review is given this fact once and must flag the form the moment the clerk's edits reach
 * 100, as the save will (a fact tied to the stored total left the live panel silent). Only project targets
 * cost a query.
 */
export async function siblingAtPolicyTotal(db: Executor, row: { id: number; org_id: number; fiscal_year: number }, form: Form, policy: Policy): Promise<boolean> {
  if (form.kind !== 'project_target') return false;
  const hit = await siblingsTotalling(db, row, policy.weightTotals.project_target).limit(1).executeTakeFirst();
  return hit !== undefined;
}

/** The unit's other live project targets of the year. */
function siblings(db: Executor, row: { id: number; org_id: number; fiscal_year: number }) {
  return db
    .selectFrom('forms as f')
    .select('f.id')
    .where('f.org_id', '=', row.org_id)
    .where('f.fiscal_year', '=', row.fiscal_year)
    .where('f.kind', '=', 'project_target')
    .where('f.id', '!=', row.id)
    .where('f.deleted_at', 'is', null);
}

function siblingsTotalling(db: Executor, row: { id: number; org_id: number; fiscal_year: number }, total: number) {
  return siblings(db, row)
    .innerJoin('indicators as i', 'i.form_id', 'f.id')
    .groupBy('f.id')
    .having(sql<number>`abs(sum(i.weight) - ${total})`, '<=', 0.01);
}

/**
 * Whether saving `after` over `before` (null: the form is new, deleted or restored) can change what the unit's other
 * project targets are held to: it is a project target that reaches or leaves the policy total.
 */
export function changesSiblingConvention(before: Form | null, after: Form | null, policy: Policy): boolean {
  const kind = (after ?? before)?.kind;
  if (kind !== 'project_target') return false;
  return (before != null && atPolicyTotal(before, policy)) !== (after != null && atPolicyTotal(after, policy));
}

/**
 * The stored finding counts (the queue's 审核发现) of the unit's 100-point project targets of that year, recomputed:
 * whether they are flagged depends on a sibling at the policy total (siblingAtPolicyTotal), which a save, a deletion,
 * a restore or an import of another form can change. Their version stays: the counts are derived, not an edit, and an
 * editor who has one of them open can still save. Returns how many forms were recomputed.
 */
export async function refreshSiblingCounts(db: Executor, row: { id: number; org_id: number; fiscal_year: number }, policy?: Policy): Promise<number> {
  // Without the policy (a deletion or restore knows only the row), every project target of the unit and year is
  // loaded and those off their own policy's 100-point total are passed over: such changes are rare.
  const query = policy ? siblingsTotalling(db, row, fullTotal(policy)) : siblings(db, row);
  let refreshed = 0;
  for (const { id } of await query.execute()) {
    const loaded = await loadForm(db, id, {});
    if (!loaded) continue;
    const own = formPolicy(loaded.row);
    if (!totals(loaded.form, fullTotal(own))) continue;
    const findings = review([loaded.form], own, loaded.review, await siblingAtPolicyTotal(db, loaded.row, loaded.form, own));
    // Only under the policy it was counted by: once a change has bumped the version, its own recount has these forms.
    await db.updateTable('forms').set({ findings: jsonb(findingsSummary(findings)) }).where('id', '=', id).where('version', '=', loaded.row.version)
      .where(policyUnchanged(loaded.row.region_id, loaded.row.policy_version)).execute();
    refreshed += 1;
  }
  return refreshed;
}
