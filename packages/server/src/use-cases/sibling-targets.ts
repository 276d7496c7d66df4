import type { Form, Policy } from '@jixiao/core';
import { sql } from 'kysely';
import type { Db } from '../db/open-database';

/**
 * Whether a project target totalling policy + budget-execution weight (the 100-point template) sits
 * beside another project target of the same unit and year that totals the policy value: then it
 * breaks the unit's own convention and the review flags it, as it does for a whole document.
 * Only such a form costs a query; every other form answers false at once.
 */
export async function siblingAtPolicyTotal(db: Db, row: { id: number; org_id: number; fiscal_year: number }, form: Form, policy: Policy): Promise<boolean> {
  if (form.kind !== 'project_target') return false;
  let sum = 0;
  let weighted = false;
  for (const ind of form.indicators) {
    if (ind.weight != null) {
      sum += ind.weight;
      weighted = true;
    }
  }
  const total = policy.weightTotals.project_target;
  if (!weighted || Math.abs(sum - (total + policy.budgetExecutionWeight)) > 0.01) return false;
  const hit = await db
    .selectFrom('forms as f')
    .innerJoin('indicators as i', 'i.form_id', 'f.id')
    .select('f.id')
    .where('f.org_id', '=', row.org_id)
    .where('f.fiscal_year', '=', row.fiscal_year)
    .where('f.kind', '=', 'project_target')
    .where('f.id', '!=', row.id)
    .where('f.deleted_at', 'is', null)
    .groupBy('f.id')
    .having(sql<number>`abs(sum(i.weight) - ${total})`, '<=', 0.01)
    .limit(1)
    .executeTakeFirst();
  return hit !== undefined;
}
