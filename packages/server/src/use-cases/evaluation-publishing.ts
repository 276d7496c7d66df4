import { requireRole } from '../access';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import { reportOfEvaluation, type ReportFile } from './evaluation-report';
import { canSee, getEvaluation, loadEvaluation, type EvaluationView } from './evaluations';
import { publishedPage } from './public';
import { refuseClosedYear } from './year-closed';
import { holdRegionPolicy } from './form-save-policy';
import { policyFor } from './form-store';
import { gradeOfFinished } from './regrade-evaluations';

export type PublishAction = 'publish' | 'unpublish';

const ACTION_LABELS: Record<PublishAction, string> = { publish: '公开', unpublish: '撤回公开' };

/**
 * 公开 / 撤回公开 of a 部门评价 report, by finance over the departments in its scope. Only a finished
 * evaluation (every scorable row scored, so it has a grade) is published; while published its scores
 * are not edited and a policy change does not re-grade it, so the public report stays the one finance published.
 */
export async function setEvaluationPublished(ctx: Ctx, action: PublishAction, input: { id: number; version: number }): Promise<Result<EvaluationView>> {
  const who = requireRole(ctx.actor, ['finance_reviewer']);
  if (!who.ok) return who;
  const loaded = await loadEvaluation(ctx, input.id);
  if (!loaded || !canSee(ctx, loaded)) return fail('not_found', `评价 ${input.id} 不存在或无权查看`);
  const closed = await refuseClosedYear(ctx.db, loaded.row);
  if (closed) return closed;
  const published = loaded.row.published_at !== null;
  if (action === 'publish' && published) return fail('invalid_transition', '评价报告已公开，无需再次公开');
  if (action === 'unpublish' && !published) return fail('invalid_transition', '评价报告尚未公开，无法撤回');
  if (action === 'publish' && loaded.view.result.unscored > 0) {
    return fail('invalid_transition', `还有 ${loaded.view.result.unscored} 项未打分，评价完成后才能公开`);
  }
  if (input.version !== loaded.row.version) {
    return fail('stale_version', `评价已被他人修改（当前版本 ${loaded.row.version}），请刷新后再${ACTION_LABELS[action]}`, { current_version: loaded.row.version, current: loaded.view });
  }
  const now = ctx.clock.now();
  const done = await ctx.db.transaction().execute(async (trx) => {
    // Both ways it takes the grade of the region's policy now: published with it, it keeps it while published (a
    // policy change leaves it, regrade-evaluations.ts); withdrawn, a change made meanwhile applies from now.
    await holdRegionPolicy(trx, loaded.row.region_id);
    const grade = gradeOfFinished(loaded.view.result, await policyFor(trx, loaded.row.region_id, loaded.row.fiscal_year));
    const r = await trx
      .updateTable('evaluations')
      .set((eb) => ({
        total_score: loaded.view.result.total,
        grade,
        version: eb('version', '+', 1),
        updated_at: now,
        published_at: action === 'publish' ? now : null,
        published_by: action === 'publish' ? who.actor.userId : null,
        withdrawn_at: action === 'unpublish' ? now : null,
      }))
      .where('id', '=', input.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await recordAudit(trx, ctx, {
      action: `evaluation.${action}`,
      entity: 'evaluation',
      entityId: input.id,
      before: { published_at: loaded.view.published_at, grade: loaded.row.grade },
      after: { published: action === 'publish', total_score: loaded.view.result.total, grade },
    });
    return true;
  });
  if (!done) return fail('stale_version', `评价已被他人修改，请刷新后再${ACTION_LABELS[action]}`);
  return getEvaluation(ctx, input.id);
}

export interface PublicEvaluationFilters {
  region?: string | undefined;
  fiscal_year?: number | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/**
 * One page of the published 部门评价, newest publication first, and the number matching the filters, so the public
 * page pages through the server however many a region has published (as GET /api/public/forms does).
 */
export async function listPublicEvaluations(ctx: Ctx, filters: PublicEvaluationFilters) {
  let q = ctx.db
    .selectFrom('evaluations as e')
    .innerJoin('orgs as o', 'o.id', 'e.org_id')
    .leftJoin('regions as r', 'r.id', 'e.region_id')
    .where('e.published_at', 'is not', null);
  if (filters.region) q = q.where('r.code', '=', filters.region);
  if (filters.fiscal_year) q = q.where('e.fiscal_year', '=', filters.fiscal_year);
  const [rows, count] = await Promise.all([
    q
      .select(['e.id', 'o.code as org', 'o.name as org_name', 'r.code as region', 'r.name as region_name', 'e.fiscal_year', 'e.total_score', 'e.grade', 'e.published_at'])
      .orderBy('e.published_at', 'desc')
      .orderBy('e.id', 'desc')
      .limit(filters.limit ?? 500)
      .offset(filters.offset ?? 0)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
  ]);
  return ok(publishedPage(rows, count));
}

/** The report of a published evaluation, as the signed-in download gives it; withdrawn ones say so. */
export async function publicEvaluationReport(ctx: Ctx, id: number): Promise<Result<ReportFile>> {
  const loaded = await loadEvaluation(ctx, id);
  if (!loaded || loaded.row.published_at === null) {
    const withdrawn = loaded?.row.withdrawn_at != null;
    return fail('not_found', withdrawn ? `评价报告 ${id} 已撤回，不再公开` : `公开的评价报告 ${id} 不存在`, withdrawn ? { withdrawn: true } : undefined);
  }
  return reportOfEvaluation(ctx, loaded.view, 'public');
}
