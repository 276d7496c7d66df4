import { evaluationTemplateSchema, gradeOf, tallyRescore, type Policy, type RescoreTally, type StoredSheetFigures, type TemplateEvaluation } from '@jixiao/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { storedPolicy } from '../db/stored-policy';
import { port } from '../ports';
import type { Executor } from './form-store';

// Evaluations per round trip: a region's year in a few queries, none holding thousands of rows in memory.
const BATCH = 200;

/** The grade a finished evaluation earns; none while any scorable row has no score (a draft, not a 差). */
export function gradeOfFinished(result: TemplateEvaluation, policy: Policy): string | null {
  return result.unscored > 0 ? null : gradeOf(result.total, policy);
}

/** Scores entered and deductions of stored evaluations, by evaluation id. */
export async function storedItemScores(db: Executor, ids: readonly number[]) {
  const out = new Map<number, { scores: Record<string, number>; deductions: Record<string, number> }>();
  for (const id of ids) out.set(id, { scores: {}, deductions: {} });
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('evaluation_item_scores').selectAll().where('evaluation_id', 'in', [...ids]).execute();
  for (const i of rows) {
    const own = out.get(i.evaluation_id);
    if (own && i.score !== null) (i.note === 'deduction' ? own.deductions : own.scores)[i.item_key] = i.score;
  }
  return out;
}

/** One grade an evaluation or sheet moves from and to, for the audit entry and the policy page. */
export interface GradeChange {
  id: number;
  from: string | null;
  to: string | null;
}

/** What a policy change does to a region's year of 部门评价. */
export interface EvaluationRegrade {
  /** The unpublished ones re-graded (total, grade moves), as for self-evaluations. */
  regraded: RescoreTally;
  /** Each re-graded evaluation's old and new grade. */
  changes: GradeChange[];
  /** Published (已公开) ones whose grade the new policy would move: they keep the published grade (from) until withdrawn. */
  kept_published: GradeChange[];
}

/**
 * The stored 部门评价 of one region and year graded under `scope.policy` (their totals come from the template and the
 * scores alone; the grade cut-offs are the policy's). The unpublished ones take the new grade, written in the caller's
 * transaction when `write` (the evaluation's version stays: the grade is derived, an evaluator with the page open can
 * still save, and a save grades again). Published ones keep the grade they were published with: the public report is
 * finance's disclosure and must not change under readers; they are listed so the page can mark them 按旧政策计算 and
 * finance can withdraw (撤回公开 re-grades) and publish again. Without `scope`, every evaluation is graded under its own
 * region's policy, published ones too (migration 18: their reports showed that grade, while lists showed the stored one).
 */
export async function regradeEvaluations(db: Kysely<Database>, scope: { regionId: number; fiscalYear: number; policy: Policy } | null, write: boolean): Promise<EvaluationRegrade> {
  const rows: StoredSheetFigures[] = [];
  const changes: GradeChange[] = [];
  const kept: GradeChange[] = [];
  let after = 0;
  for (;;) {
    let query = db
      .selectFrom('evaluations as e')
      .innerJoin('evaluation_templates as t', 't.id', 'e.template_id')
      .leftJoin('policies as p', (j) => j.onRef('p.region_id', '=', 'e.region_id').onRef('p.fiscal_year', '=', 'e.fiscal_year'))
      .select(['e.id', 'e.inputs', 'e.total_score', 'e.grade', 'e.published_at', 't.template', 'p.policy'])
      .where('e.id', '>', after);
    if (scope) query = query.where('e.region_id', '=', scope.regionId).where('e.fiscal_year', '=', scope.fiscalYear);
    const batch = await query.orderBy('e.id').limit(BATCH).execute();
    if (batch.length === 0) break;
    after = batch[batch.length - 1]!.id;
    const scores = await storedItemScores(db, batch.map((e) => e.id));
    for (const e of batch) {
      const template = evaluationTemplateSchema.safeParse(e.template);
      // A template no longer valid is left as stored: its evaluation page cannot score it either.
      if (!template.success) continue;
      const own = scores.get(e.id)!;
      const result = port.evaluateTemplate(template.data, { inputs: (e.inputs ?? {}) as Record<string, number | string | null>, enteredScores: own.scores, deductions: own.deductions });
      const next = { total: result.total, grade: gradeOfFinished(result, scope?.policy ?? storedPolicy(e.policy)) };
      if (scope && e.published_at !== null) {
        if (next.grade !== e.grade) kept.push({ id: e.id, from: e.grade, to: next.grade });
        continue;
      }
      rows.push({ id: e.id, deleted: false, before: { total: e.total_score, grade: e.grade }, after: next });
      if (next.grade !== e.grade) changes.push({ id: e.id, from: e.grade, to: next.grade });
      if (write && (next.total !== e.total_score || next.grade !== e.grade)) {
        await db.updateTable('evaluations').set({ total_score: next.total, grade: next.grade }).where('id', '=', e.id).execute();
      }
    }
  }
  return { regraded: tallyRescore(rows), changes, kept_published: kept };
}

/** Every stored evaluation graded under its region's policy of its year (migration 18); returns how many changed. */
export async function regradeAllEvaluations(db: Kysely<Database>): Promise<number> {
  return (await regradeEvaluations(db, null, true)).regraded.changed;
}
