import { sql } from 'kysely';
import { evaluationTemplateSchema, type EvaluationTemplate, type TemplateEvaluation } from '@jixiao/core';
import { inScope, requireActor, requireRole } from '../access';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import { port } from '../ports';
import { jsonb, policyFor } from './form-store';
import { templateRefusal } from './template-upkeep';
import { holdRegionPolicy } from './form-save-policy';
import { gradeOfFinished, storedItemScores } from './regrade-evaluations';
import { isYearClosed, refuseClosedYear, yearClosedSql } from './year-closed';

export async function listTemplates(ctx: Ctx) {
  const who = requireRole(ctx.actor, ['finance_reviewer', 'evaluator', 'admin']);
  if (!who.ok) return who;
  // used_by: evaluations scored with it, which keep it from being edited (评价模板 offers 复制 instead).
  const rows = await ctx.db
    .selectFrom('evaluation_templates as t')
    .select(['t.id', 't.key', 't.name', 't.builtin', 't.template', 't.version', 't.archived_at'])
    .select((eb) => eb.selectFrom('evaluations as e').whereRef('e.template_id', '=', 't.id').select(sql<number>`count(*)::int`.as('n')).as('used_by'))
    .orderBy('t.id')
    .execute();
  return ok({ items: rows.map((r) => ({ ...r, used_by: Number(r.used_by ?? 0) })) });
}

export async function createTemplate(ctx: Ctx, input: { template: EvaluationTemplate }) {
  const who = requireRole(ctx.actor, ['finance_reviewer']);
  if (!who.ok) return who;
  const refused = templateRefusal(input.template);
  if (refused) return refused;
  const exists = await ctx.db.selectFrom('evaluation_templates').select('id').where('key', '=', input.template.id).executeTakeFirst();
  if (exists) return fail('duplicate', `模板编号 ${input.template.id} 已存在，请换一个编号`);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('evaluation_templates')
      .values({ key: input.template.id, name: input.template.name, region_id: null, builtin: false, template: jsonb(input.template) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'template.create', entity: 'evaluation_template', entityId: row.id, after: input.template });
    return row.id;
  });
  return ok({ id, key: input.template.id, name: input.template.name, version: 1, archived_at: null });
}

export interface EvaluationView {
  id: number;
  template: { id: number; key: string | null; name: string };
  org: string;
  org_name: string;
  fiscal_year: number;
  evaluator: string | null;
  status: string;
  version: number;
  inputs: Record<string, number | string | null>;
  scores: Record<string, number>;
  deductions: Record<string, number>;
  result: TemplateEvaluation;
  /**
   * null while rows are left unscored (result.unscored > 0): an unfinished evaluation has no grade. A published one
   * shows the grade it was published with (published-policy.ts), whatever the region's policy says since.
   */
  grade: string | null;
  /** The grade under the region's policy for the year now: another than `grade` only for a published evaluation. */
  policy_grade: string | null;
  /** Published with a grade the region's policy now puts otherwise (按旧政策计算): 撤回公开 re-grades it. */
  graded_under_old_policy: boolean;
  /** When finance put it on the public site; null while not published (or withdrawn). */
  published_at: string | null;
  /** Its fiscal year is closed (year-closed.ts): it is read and its report downloaded, never scored or (un)published. */
  year_closed: boolean;
}

/** Scores entered and deductions of stored evaluations, by evaluation id. */
const storedScores = (ctx: Ctx, ids: readonly number[]) => storedItemScores(ctx.db, ids);

export async function loadEvaluation(ctx: Ctx, id: number) {
  const row = await ctx.db
    .selectFrom('evaluations as e')
    .innerJoin('evaluation_templates as t', 't.id', 'e.template_id')
    .innerJoin('orgs as o', 'o.id', 'e.org_id')
    .leftJoin('users as u', 'u.id', 'e.evaluator_id')
    .selectAll('e')
    .select(['t.key as template_key', 't.name as template_name', 't.template', 'o.code as org_code', 'o.name as org_name', 'o.path as org_path', 'u.username as evaluator'])
    .where('e.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const { scores, deductions } = (await storedScores(ctx, [id])).get(id)!;
  const template = evaluationTemplateSchema.parse(row.template);
  const inputs = (row.inputs ?? {}) as Record<string, number | string | null>;
  const result = port.evaluateTemplate(template, { inputs, enteredScores: scores, deductions });
  const policyGrade = gradeOfFinished(result, await policyFor(ctx.db, row.region_id, row.fiscal_year));
  const published = row.published_at !== null;
  const view: EvaluationView = {
    id: row.id,
    template: { id: row.template_id, key: row.template_key, name: row.template_name },
    org: row.org_code,
    org_name: row.org_name,
    fiscal_year: row.fiscal_year,
    evaluator: row.evaluator,
    status: row.status,
    version: row.version,
    inputs,
    scores,
    deductions,
    result,
    grade: published ? row.grade : policyGrade,
    policy_grade: policyGrade,
    graded_under_old_policy: published && row.grade !== policyGrade,
    published_at: row.published_at ? new Date(row.published_at).toISOString() : null,
    year_closed: await isYearClosed(ctx.db, row),
  };
  return { row, view };
}

export function canSee(ctx: Ctx, loaded: NonNullable<Awaited<ReturnType<typeof loadEvaluation>>>): boolean {
  const actor = ctx.actor;
  if (!actor) return false;
  if (actor.role === 'evaluator') return loaded.row.evaluator_id === actor.userId;
  if (actor.role === 'finance_reviewer' || actor.role === 'admin') return inScope(actor, loaded.row.org_path);
  return false;
}

export async function listEvaluations(ctx: Ctx) {
  const who = requireRole(ctx.actor, ['finance_reviewer', 'evaluator', 'admin']);
  if (!who.ok) return who;
  let q = ctx.db
    .selectFrom('evaluations as e')
    .innerJoin('orgs as o', 'o.id', 'e.org_id')
    .innerJoin('evaluation_templates as t', 't.id', 'e.template_id')
    .select(['e.id', 'o.code as org', 'o.name as org_name', 'e.fiscal_year', 't.name as template_name', 'e.status', 'e.version', 'e.total_score', 'e.grade', 'e.inputs', 't.template', 'e.published_at'])
    .select(yearClosedSql(sql.ref('e.region_id'), sql.ref('e.fiscal_year')).as('year_closed'));
  if (who.actor.role === 'evaluator') q = q.where('e.evaluator_id', '=', who.actor.userId);
  else if (who.actor.scopePath !== '/') q = q.where('o.path', 'like', `${who.actor.scopePath ?? '\u0000'}%`);
  const rows = await q.orderBy('e.id').execute();
  // Scored from the template when listed, as when opened: a draft with rows left shows 未完成, not a stored grade.
  const stored = await storedScores(ctx, rows.map((r) => r.id));
  const items = rows.map(({ inputs, template, year_closed, ...listed }) => {
    const row = { ...listed, year_closed: year_closed === true };
    const parsed = evaluationTemplateSchema.safeParse(template);
    if (!parsed.success) return { ...row, unscored: null };
    const own = stored.get(row.id)!;
    const result = port.evaluateTemplate(parsed.data, { inputs: (inputs ?? {}) as Record<string, number | string | null>, enteredScores: own.scores, deductions: own.deductions });
    return { ...row, total_score: result.total, grade: result.unscored > 0 ? null : row.grade, unscored: result.unscored };
  });
  return ok({ items });
}

export async function createEvaluation(ctx: Ctx, input: { template: number; org: string; fiscal_year: number; evaluator?: string | null | undefined }): Promise<Result<EvaluationView>> {
  const who = requireRole(ctx.actor, ['finance_reviewer']);
  if (!who.ok) return who;
  const org = await ctx.db.selectFrom('orgs').selectAll().where('code', '=', input.org).executeTakeFirst();
  if (!org || !inScope(who.actor, org.path)) return fail('not_found', `单位编码 ${input.org} 不存在或不在您的管辖范围内`);
  const closed = await refuseClosedYear(ctx.db, { region_id: org.region_id, fiscal_year: input.fiscal_year });
  if (closed) return closed;
  const template = await ctx.db.selectFrom('evaluation_templates').select(['id', 'name', 'archived_at']).where('id', '=', input.template).executeTakeFirst();
  if (!template) return fail('not_found', `评价模板 ${input.template} 不存在`);
  if (template.archived_at) return fail('template_locked', `评价模板「${template.name}」已归档，不能用于新评价；请在「评价模板」中恢复它，或选用其他模板。`);
  let evaluatorId: number | null = null;
  if (input.evaluator) {
    const u = await ctx.db.selectFrom('users').select(['id', 'role']).where('username', '=', input.evaluator).executeTakeFirst();
    if (!u || u.role !== 'evaluator') return fail('validation_failed', `用户 ${input.evaluator} 不存在或不是第三方评价人员`);
    evaluatorId = u.id;
  }
  const now = ctx.clock.now();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('evaluations')
      .values({ template_id: template.id, region_id: org.region_id, org_id: org.id, fiscal_year: input.fiscal_year, evaluator_id: evaluatorId, status: 'draft', inputs: jsonb({}), total_score: null, grade: null, created_by: who.actor.userId, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'evaluation.create', entity: 'evaluation', entityId: row.id, after: input });
    return row.id;
  });
  return getEvaluation(ctx, id);
}

export async function getEvaluation(ctx: Ctx, id: number): Promise<Result<EvaluationView>> {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const loaded = await loadEvaluation(ctx, id);
  if (!loaded || !canSee(ctx, loaded)) return fail('not_found', `评价 ${id} 不存在或无权查看`);
  return ok(loaded.view);
}

export async function scoreEvaluation(
  ctx: Ctx,
  id: number,
  input: { version: number; inputs: Record<string, number | string | null>; scores: Record<string, number>; deductions: Record<string, number>; status?: 'draft' | 'submitted' | undefined },
): Promise<Result<EvaluationView>> {
  const who = requireRole(ctx.actor, ['finance_reviewer', 'evaluator']);
  if (!who.ok) return who;
  const loaded = await loadEvaluation(ctx, id);
  if (!loaded || !canSee(ctx, loaded)) return fail('not_found', `评价 ${id} 不存在或无权查看`);
  const closed = await refuseClosedYear(ctx.db, loaded.row);
  if (closed) return closed;
  if (loaded.row.status === 'submitted' && who.actor.role === 'evaluator') return fail('invalid_transition', '评价已提交，不能再修改');
  // The public report is built from the stored scores: they stay as published until finance withdraws it.
  if (loaded.row.published_at) return fail('invalid_transition', '评价报告已公开，请先撤回公开再修改');
  const template = evaluationTemplateSchema.parse(loaded.row.template);
  const result = port.evaluateTemplate(template, { inputs: input.inputs, enteredScores: input.scores, deductions: input.deductions });
  const done = await ctx.db.transaction().execute(async (trx) => {
    // Graded under the policy read after holding the region: a policy change either came first or re-grades this after.
    await holdRegionPolicy(trx, loaded.row.region_id);
    const policy = await policyFor(trx, loaded.row.region_id, loaded.row.fiscal_year);
    const r = await trx
      .updateTable('evaluations')
      .set((eb) => ({ version: eb('version', '+', 1), inputs: jsonb(input.inputs), total_score: result.total, grade: gradeOfFinished(result, policy), status: input.status ?? loaded.row.status, updated_at: ctx.clock.now() }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await trx.deleteFrom('evaluation_item_scores').where('evaluation_id', '=', id).execute();
    const rows = [
      ...Object.entries(input.scores).map(([item_key, score]) => ({ evaluation_id: id, item_key, score, note: 'entered' })),
      ...Object.entries(input.deductions).map(([item_key, score]) => ({ evaluation_id: id, item_key, score, note: 'deduction' })),
    ];
    if (rows.length > 0) await trx.insertInto('evaluation_item_scores').values(rows).execute();
    await recordAudit(trx, ctx, { action: 'evaluation.score', entity: 'evaluation', entityId: id, before: { inputs: loaded.view.inputs, scores: loaded.view.scores, deductions: loaded.view.deductions }, after: input });
    return true;
  });
  if (!done) return fail('stale_version', `评价已被他人修改（当前版本 ${loaded.row.version}），本次修改未保存；请先核对他人的修改（您提交的内容附在错误详情中）再保存`, { current_version: loaded.row.version, current: loaded.view, rejected: input });
  return getEvaluation(ctx, id);
}
