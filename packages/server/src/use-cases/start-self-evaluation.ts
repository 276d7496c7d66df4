import { selfEvaluationFromTarget, selfEvaluationNotStartedRefusal, unitWeightRows, type ProjectSelfEvaluation, type ProjectTarget } from '@jixiao/core';
import { sql } from 'kysely';
import { inScope, requireRole } from '../access';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import { port, review } from '../ports';
import { missingForm } from './form-deletion';
import { regionPolicy, loadForm, type Executor } from './form-store';
import { POLICY_MOVED, untilPolicySettles, writeUnderPolicy } from './form-save-policy';
import { EDITOR_ROLES, insertDraftForm, statusLabel } from './forms';
import { storedReviewData } from './stored-review';
import { refuseClosedYear } from './year-closed';

/** Target states whose project the unit evaluates at year end: the target is settled (审核通过) or published. */
const SETTLED_STATUSES = new Set(['approved', 'published']);

export interface StartedSelfEvaluation {
  id: number;
  /** True when the project already had a live self-evaluation for that year: it is returned, not duplicated. */
  existing: boolean;
}

/**
 * Starts the year-end 项目支出绩效自评表 of a settled project target (yearly loop stage 5): a draft for
 * the same org and year carrying the target's project, goal, indicators and budget. One project has one
 * self-evaluation a year, so a second start opens the one already there (imported or started).
 */
export async function startSelfEvaluation(ctx: Ctx, targetId: number, input: { confirm_future_year?: boolean | undefined } = {}): Promise<Result<StartedSelfEvaluation>> {
  return untilPolicySettles(() => startOnce(ctx, targetId, input));
}

async function startOnce(ctx: Ctx, targetId: number, input: { confirm_future_year?: boolean | undefined }): Promise<Result<StartedSelfEvaluation> | typeof POLICY_MOVED> {
  const who = requireRole(ctx.actor, EDITOR_ROLES);
  if (!who.ok) return who;
  const loaded = await loadForm(ctx.db, targetId);
  if (!loaded) return missingForm(ctx, targetId);
  const { row, form } = loaded;
  if (!inScope(who.actor, row.org_path)) return fail('not_found', `表单 ${targetId} 不存在或无权查看`);
  const closed = await refuseClosedYear(ctx.db, row);
  if (closed) return closed;
  if (form.kind !== 'project_target') return fail('validation_failed', '只有项目支出绩效目标表可以开始年终自评；请打开该项目的绩效目标表再开始');
  if (!SETTLED_STATUSES.has(row.status)) {
    return fail('invalid_transition', `目标表当前状态为「${statusLabel(row.status)}」，须审核通过或公开后才能开始年终自评`);
  }
  if (!form.project_name && !form.project_code) {
    return fail('validation_failed', '该目标表没有项目名称或项目编码，无法对应到年终自评表；请通过「新建表」或导入建立自评表');
  }
  // The sheet is filed in the target's region and year and held to the region's policy now (a published target keeps
  // the policy it was published under; the new sheet does not).
  const policy = regionPolicy(row);
  const sheet = filedSheet(selfEvaluationFromTarget(form, policy), row);
  const scope = { orgId: row.org_id, regionId: row.region_id, fiscalYear: row.fiscal_year };
  // Review and score as a save would, so the queue's counts and the list's score are right from the start.
  const findings = review([sheet], policy, await storedReviewData(ctx.db, scope, sheet.indicators));
  const scored = port.storedSheetScore(sheet, { policy });
  const started = await writeUnderPolicy(ctx.db, row, async (trx): Promise<StartedSelfEvaluation | { refused: string }> => {
    // Concurrent starts of one target (a double click, two tabs) queue here, so the second finds the first's sheet.
    await trx.selectFrom('forms').select('id').where('id', '=', targetId).forUpdate().executeTakeFirst();
    const existing = await existingSelfEvaluation(trx, { orgId: row.org_id, fiscalYear: row.fiscal_year, target: form });
    if (existing !== null) return { id: existing, existing: true };
    // A year not begun yet (a 2027 target on 2026-11-24) is evaluated only when the clerk confirms it; one already there opens.
    const notStarted = selfEvaluationNotStartedRefusal(row.fiscal_year, ctx.clock.now());
    if (notStarted && !input.confirm_future_year) return { refused: notStarted };
    // The rows the target gave no 分值 are the unit's to weigh at year end; every other weight stays the target's.
    const id = await insertDraftForm(trx, ctx, { ...scope, form: sheet, findings, scored, unitWeightRows: unitWeightRows(form.indicators) });
    return { id, existing: false };
  });
  if (started === POLICY_MOVED) return started;
  if ('refused' in started) return fail('validation_failed', started.refused, { period: 'not_started' });
  return ok(started);
}

/** The sheet filed where the target is: its year and unit fill what the target's own header left blank. */
function filedSheet(sheet: ProjectSelfEvaluation, row: { fiscal_year: number; org_name: string; org_code: string }): ProjectSelfEvaluation {
  return { ...sheet, fiscal_year: sheet.fiscal_year ?? row.fiscal_year, org: sheet.org ?? row.org_name, org_code: sheet.org_code ?? row.org_code };
}

/**
 * The live self-evaluation of the target's project in that org and year. Codes decide when both forms
 * have one (two projects may share a name, never a code); otherwise the project names must agree.
 */
async function existingSelfEvaluation(db: Executor, input: { orgId: number; fiscalYear: number; target: ProjectTarget }): Promise<number | null> {
  const { project_code: code, project_name: name } = input.target;
  const found = await db
    .selectFrom('forms')
    .select('id')
    .where('kind', '=', 'project_self_evaluation')
    .where('org_id', '=', input.orgId)
    .where('fiscal_year', '=', input.fiscalYear)
    .where('deleted_at', 'is', null)
    .where((eb) => {
      const byName = name ? eb('project_name', '=', name) : sql<boolean>`false`;
      if (!code) return byName;
      return eb.or([eb('project_code', '=', code), eb.and([eb('project_code', 'is', null), byName])]);
    })
    .orderBy('id')
    .executeTakeFirst();
  return found?.id ?? null;
}
