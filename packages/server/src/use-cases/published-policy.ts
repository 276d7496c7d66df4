import type { Form } from '@jixiao/core';
import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { port, review, type Finding } from '../ports';
import { findingsForOne, findingsSummary, jsonb } from './form-store';
import { holdRegionPolicy, readPolicy } from './form-save-policy';
import { siblingAtPolicyTotal } from './sibling-targets';
import { reviewScope, storedReviewData } from './stored-review';

/**
 * A published (已公开) result is an official disclosure: a policy change does not re-score it (settings.ts), and its
 * page, files and public report keep the figures finance published. The policy a form was published under is stored
 * with it (forms.published_policy, migration 18) and read instead of the region's while it stays published (formPolicy).
 * To apply a new policy, finance withdraws it (撤回公开): that re-scores it under the region's policy now, with the
 * old and new grade in the audit entry, and it can be published again.
 */
export function regionPolicyNow(row: { region_id: number | null; fiscal_year: number }): RawBuilder<unknown> {
  return sql`(select p.policy from policies as p where p.region_id = ${row.region_id} and p.fiscal_year = ${row.fiscal_year})`;
}

/** Stored figures of a form: the system's total and grade (self-evaluations) and the review's counts. */
export interface RefiguredForm {
  before: { total: number | null; grade: string | null };
  after: { total: number | null; grade: string | null };
  findings: Finding[];
}

/**
 * A form leaving 已公开 (撤回公开), scored and reviewed again under its region's policy for the year and stored so, in
 * the caller's transaction. The region's row is held first (holdRegionPolicy): a policy change in flight either
 * committed, and its policy is read here, or waits and then finds the form no longer published and re-scores it.
 */
export async function refigureUnderRegionPolicy(
  trx: Transaction<Database>,
  row: { id: number; org_id: number; region_id: number | null; fiscal_year: number; total_score: number | null; grade: string | null },
  form: Form,
): Promise<RefiguredForm> {
  await holdRegionPolicy(trx, row.region_id);
  const { policy } = await readPolicy(trx, row.region_id, row.fiscal_year);
  const findings = findingsForOne(review([form], policy, await storedReviewData(trx, reviewScope(row), form.indicators), await siblingAtPolicyTotal(trx, row, form, policy)));
  const scored = port.storedSheetScore(form, { policy });
  const after = { total: scored?.total ?? null, grade: scored?.grade ?? null };
  await trx.updateTable('forms').set({ total_score: after.total, grade: after.grade, findings: jsonb(findingsSummary(findings)) }).where('id', '=', row.id).execute();
  return { before: { total: row.total_score, grade: row.grade }, after, findings };
}
