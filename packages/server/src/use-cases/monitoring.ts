import { keyMonitoring, reportLights, type MonitoringReport, type Policy, type ProjectMonitoring, type QualitativeChoice } from '@jixiao/core';
import { inScope, requireActor } from '../access';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import type { Db } from '../db/open-database';
import { fail, ok, type Result } from '../errors';
import { jsonb, loadForm, policyFor } from './form-store';

/** What a unit editor enters for a period (双监控): budget executed, and per indicator row its progress. */
export interface MonitoringInput {
  month: number;
  budget_wan?: number | null | undefined;
  executed_wan: number | null;
  deviation_reason?: string | null | undefined;
  measures?: string | null | undefined;
  expected_completion?: string | null | undefined;
  indicators: { row: number; progress_value?: string | null | undefined; expected_completion?: QualitativeChoice | null | undefined; deviation_reason?: string | null | undefined; measures?: string | null | undefined }[];
}

export interface MonitoringView {
  id: number;
  form_id: number;
  month: number;
  status: string;
  version: number;
  report: MonitoringReport;
  lights: ProjectMonitoring;
  key_monitoring: boolean;
  decision: string | null;
  /** The reviewer's last comment (退回意见, or a note given on acceptance), so the unit reads what to fix. */
  note: string | null;
}

const MONITORABLE = new Set(['approved', 'published']);

async function assemble(db: Db, id: number) {
  const row = await db
    .selectFrom('monitoring_reports as m')
    .innerJoin('orgs as o', 'o.id', 'm.org_id')
    .selectAll('m')
    .select(['o.path as org_path'])
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const progress = await db.selectFrom('monitoring_progress').selectAll().where('report_id', '=', id).orderBy('ordinal').execute();
  const form = await loadForm(db, row.form_id);
  if (!form) return null;
  const details = (row.details ?? {}) as { deviation_reason?: string | null; measures?: string | null; expected_completion?: string | null };
  const byRow = new Map(progress.map((p) => [p.ordinal, p]));
  const report: MonitoringReport = {
    fiscal_year: row.fiscal_year,
    month: row.period_month,
    org: form.row.org_name,
    project_code: form.row.project_code,
    project_name: form.row.project_name ?? `表单 ${form.row.id}`,
    budget_wan: row.budget_wan,
    executed_wan: row.executed_wan,
    deviation_reason: details.deviation_reason ?? null,
    measures: details.measures ?? null,
    expected_completion: details.expected_completion ?? null,
    indicators: form.form.indicators.map((ind, n) => {
      const p = byRow.get(n);
      return {
        row: n,
        level1: ind.level1,
        level2: ind.level2,
        name: ind.name || `第 ${n + 1} 行`,
        comparator: ind.comparator,
        target: ind.target,
        unit: ind.unit,
        cumulative: null,
        progress_value: p?.progress_value ?? null,
        expected_completion: (p?.expected as QualitativeChoice | null | undefined) ?? null,
        deviation_reason: p?.deviation_reason ?? null,
        measures: p?.measures ?? null,
      };
    }),
  };
  return { row, report, form };
}

/** Region policies by region and year, so a list reads each once rather than once per table. */
export type PolicyMemo = Map<string, Promise<Policy>>;

function regionPolicy(ctx: Ctx, regionId: number | null, year: number, memo?: PolicyMemo): Promise<Policy> {
  if (!memo) return policyFor(ctx.db, regionId, year);
  const key = `${regionId ?? '-'}/${year}`;
  let policy = memo.get(key);
  if (!policy) {
    policy = policyFor(ctx.db, regionId, year);
    memo.set(key, policy);
  }
  return policy;
}

/**
 * A table with its lights under the region's current policy: the one reading the monitoring page, the review queue
 * and the 重点监控 list all show, so a list never disagrees with the table it opens.
 */
export async function viewOf(ctx: Ctx, id: number, memo?: PolicyMemo): Promise<MonitoringView | null> {
  const a = await assemble(ctx.db, id);
  if (!a) return null;
  const policy = await regionPolicy(ctx, a.row.region_id, a.row.fiscal_year, memo);
  return {
    id: a.row.id,
    form_id: a.row.form_id,
    month: a.row.period_month,
    status: a.row.status,
    version: a.row.version,
    report: a.report,
    lights: reportLights(a.report, policy),
    key_monitoring: a.row.key_monitoring,
    decision: a.row.decision,
    note: a.row.note,
  };
}

async function writeProgress(ctx: Ctx, reportId: number, input: MonitoringInput, indicatorCount: number) {
  return ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('monitoring_progress').where('report_id', '=', reportId).execute();
    const rows = input.indicators
      .filter((i) => i.row < indicatorCount)
      .map((i) => ({
        report_id: reportId,
        ordinal: i.row,
        progress_value: i.progress_value ?? null,
        expected: i.expected_completion ?? null,
        deviation_reason: i.deviation_reason ?? null,
        measures: i.measures ?? null,
        progress: null,
        light: null,
      }));
    if (rows.length > 0) await trx.insertInto('monitoring_progress').values(rows).execute();
  });
}

/** Stores the lights beside the report so the dashboard and the 重点监控 list can count them in SQL. */
async function storeLights(ctx: Ctx, id: number) {
  const view = await viewOf(ctx, id);
  if (!view) return null;
  const a = await assemble(ctx.db, id);
  const policy = await policyFor(ctx.db, a?.row.region_id ?? null, view.report.fiscal_year);
  const key = keyMonitoring([{ id: String(id), name: view.report.project_name, budgetWan: view.report.budget_wan, executedWan: view.report.executed_wan, month: view.month, indicators: [] }], policy);
  const isKey = view.lights.project.light === 'red' || key.length > 0;
  await ctx.db
    .updateTable('monitoring_reports')
    .set({ budget_light: view.lights.budget.light, project_light: view.lights.project.light, key_monitoring: isKey })
    .where('id', '=', id)
    .execute();
  return { ...view, key_monitoring: isKey };
}

export async function createMonitoring(ctx: Ctx, formId: number, input: MonitoringInput): Promise<Result<MonitoringView>> {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  if (who.actor.role !== 'unit_editor' && who.actor.role !== 'finance_reviewer') return fail('forbidden', '只有单位填报人员可以填写监控表');
  const loaded = await loadForm(ctx.db, formId);
  if (!loaded || !inScope(who.actor, loaded.row.org_path)) return fail('not_found', `表单 ${formId} 不存在或无权查看`);
  if (loaded.row.kind !== 'project_target') return fail('validation_failed', '只有项目支出绩效目标表可以填写运行监控');
  if (!MONITORABLE.has(loaded.row.status)) return fail('invalid_transition', '绩效目标审核通过后才能填写运行监控');
  const exists = await ctx.db.selectFrom('monitoring_reports').select('id').where('form_id', '=', formId).where('period_month', '=', input.month).executeTakeFirst();
  if (exists) return fail('duplicate', `该项目 1–${input.month} 月的监控表已存在（编号 ${exists.id}），请直接修改`);
  const now = ctx.clock.now();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('monitoring_reports')
      .values({
        form_id: formId,
        region_id: loaded.row.region_id,
        org_id: loaded.row.org_id,
        fiscal_year: loaded.row.fiscal_year,
        period_month: input.month,
        status: 'draft',
        budget_wan: input.budget_wan ?? loaded.row.budget_total_wan,
        executed_wan: input.executed_wan,
        details: jsonb({ deviation_reason: input.deviation_reason ?? null, measures: input.measures ?? null, expected_completion: input.expected_completion ?? null }),
        created_by: who.actor.userId,
        created_at: now,
        updated_at: now,
        budget_light: null,
        project_light: null,
        decision: null,
        note: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'monitoring.create', entity: 'monitoring_report', entityId: row.id, after: input });
    return row.id;
  });
  await writeProgress(ctx, id, input, loaded.form.indicators.length);
  const view = await storeLights(ctx, id);
  return view ? ok(view) : fail('not_found', '监控表不存在');
}

async function accessibleReport(ctx: Ctx, id: number) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const a = await assemble(ctx.db, id);
  if (!a || !inScope(who.actor, a.row.org_path)) return fail('not_found', `监控表 ${id} 不存在或无权查看`);
  return { ok: true as const, actor: who.actor, value: a };
}

export async function listMonitoring(ctx: Ctx, formId: number): Promise<Result<{ items: MonitoringView[] }>> {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const loaded = await loadForm(ctx.db, formId);
  if (!loaded || !inScope(who.actor, loaded.row.org_path)) return fail('not_found', `表单 ${formId} 不存在或无权查看`);
  const ids = await ctx.db.selectFrom('monitoring_reports').select('id').where('form_id', '=', formId).orderBy('period_month').execute();
  const items: MonitoringView[] = [];
  for (const { id } of ids) {
    const v = await viewOf(ctx, id);
    if (v) items.push(v);
  }
  return ok({ items });
}

export async function getMonitoring(ctx: Ctx, id: number): Promise<Result<MonitoringView>> {
  const a = await accessibleReport(ctx, id);
  if (!a.ok) return a;
  const view = await viewOf(ctx, id);
  return view ? ok(view) : fail('not_found', `监控表 ${id} 不存在`);
}

export async function saveMonitoring(ctx: Ctx, id: number, input: MonitoringInput & { version: number }): Promise<Result<MonitoringView>> {
  const a = await accessibleReport(ctx, id);
  if (!a.ok) return a;
  if (a.actor.role !== 'unit_editor' && a.actor.role !== 'finance_reviewer') return fail('forbidden', '只有单位填报人员可以修改监控表');
  if (a.value.row.status !== 'draft' && a.value.row.status !== 'returned') return fail('invalid_transition', '只有草稿或被退回的监控表可以修改');
  if (input.month !== a.value.row.period_month) return fail('validation_failed', '监控期间不能修改，请新建另一期的监控表');
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('monitoring_reports')
      .set((eb) => ({
        version: eb('version', '+', 1),
        budget_wan: input.budget_wan ?? a.value.row.budget_wan,
        executed_wan: input.executed_wan,
        details: jsonb({ deviation_reason: input.deviation_reason ?? null, measures: input.measures ?? null, expected_completion: input.expected_completion ?? null }),
        updated_at: ctx.clock.now(),
      }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await recordAudit(trx, ctx, { action: 'monitoring.save', entity: 'monitoring_report', entityId: id, before: a.value.report, after: input });
    return true;
  });
  if (!updated) return fail('stale_version', `监控表已被他人修改（当前版本 ${a.value.row.version}），本次修改未保存；请先核对他人的修改（您提交的内容附在错误详情中）再保存`, { current_version: a.value.row.version, current: a.value.report, rejected: input });
  await writeProgress(ctx, id, input, a.value.form.form.indicators.length);
  const view = await storeLights(ctx, id);
  return view ? ok(view) : fail('not_found', `监控表 ${id} 不存在`);
}

export type MonitoringAction = 'submit' | 'accept' | 'return';

export async function transitionMonitoring(ctx: Ctx, id: number, action: MonitoringAction, input: { version: number; comment?: string | undefined; decision?: string | undefined }): Promise<Result<MonitoringView>> {
  const a = await accessibleReport(ctx, id);
  if (!a.ok) return a;
  const status = a.value.row.status;
  const role = a.actor.role;
  let to: string;
  if (action === 'submit') {
    if (role !== 'unit_editor' && role !== 'finance_reviewer') return fail('forbidden', '只有单位填报人员可以提交监控表');
    if (status !== 'draft' && status !== 'returned') return fail('invalid_transition', '只有草稿或被退回的监控表可以提交');
    // The 拨款决定 is finance's, recorded when it accepts the table; a unit cannot decide its own funding.
    if (input.decision) return fail('validation_failed', '拨款决定由审核人员在验收时填写，提交监控表时不能填写；请去掉拨款决定后再提交');
    to = 'submitted';
  } else {
    if (role !== 'finance_reviewer' && role !== 'department_reviewer') return fail('forbidden', '只有审核人员可以验收或退回监控表');
    if (status !== 'submitted') return fail('invalid_transition', '只有已提交的监控表可以验收或退回');
    if (action === 'return' && !input.comment) return fail('validation_failed', '退回时请填写退回意见');
    if (action === 'return' && input.decision) return fail('validation_failed', '退回的监控表不记录拨款决定；请在验收时填写拨款决定');
    to = action === 'accept' ? 'accepted' : 'returned';
  }
  // note is the reviewer's word on the table (审核意见): set by 验收 or 退回 (an accept without a comment clears the
  // 退回意见 it answers); a unit's comment on submit goes to the audit log only.
  const note = action === 'submit' ? {} : { note: input.comment ?? null };
  const done = await ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('monitoring_reports')
      .set((eb) => ({ status: to, version: eb('version', '+', 1), updated_at: ctx.clock.now(), ...(input.decision ? { decision: input.decision } : {}), ...note }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await recordAudit(trx, ctx, { action: `monitoring.${action}`, entity: 'monitoring_report', entityId: id, before: { status }, after: { status: to, comment: input.comment ?? null, decision: input.decision ?? null } });
    return true;
  });
  if (!done) return fail('stale_version', `监控表已被他人修改（当前版本 ${a.value.row.version}），请刷新后再操作`, { current_version: a.value.row.version, rejected: input });
  const view = await viewOf(ctx, id);
  return view ? ok(view) : fail('not_found', `监控表 ${id} 不存在`);
}
