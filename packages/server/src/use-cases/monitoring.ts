import { notStartedRefusal, ownMonthsIssue, type NotMeasuredReason, type QualitativeChoice } from '@jixiao/core';
import type { Transaction } from 'kysely';
import { inScope, requireActor } from '../access';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import type { Database } from '../db/schema';
import { fail, ok, type Result } from '../errors';
import { jsonb, loadForm, type Executor } from './form-store';
import { readTable, viewOf, viewOfTable, viewsOf, type MonitoringView } from './monitoring-views';
import { refuseClosedYear } from './year-closed';

/** What a unit editor enters for a period (双监控): budget executed, and per indicator row its progress. */
export interface MonitoringInput {
  month: number;
  budget_wan?: number | null | undefined;
  executed_wan: number | null;
  /** 预算执行率 (%) as the unit wrote it; left out on a save, the stored one stays; null clears it. */
  execution_rate?: number | null | undefined;
  deviation_reason?: string | null | undefined;
  measures?: string | null | undefined;
  expected_completion?: string | null | undefined;
  /**
   * 实施期: the project's first and last month in this fiscal year (1–12), when it does not run all year; null clears it.
   * Left out on a save, the stored months stay (a client that does not know them does not clear them).
   */
  start_month?: number | null | undefined;
  end_month?: number | null | undefined;
  indicators: {
    row: number;
    progress_value?: string | null | undefined;
    expected_completion?: QualitativeChoice | null | undefined;
    deviation_reason?: string | null | undefined;
    measures?: string | null | undefined;
    not_measured?: NotMeasuredReason | null | undefined;
    forecast?: string | null | undefined;
  }[];
}

const MONITORABLE = new Set(['approved', 'published']);

/**
 * Only the project's unit fills in and submits its monitoring table. Finance and a 主管部门 answer it (验收 / 退回,
 * 拨款决定): a reviewer who could also write the table would be approving their own figures. A finance bureau's own
 * projects are filled by a unit editor of the bureau.
 */
const FILLER_ROLES: ReadonlySet<string> = new Set(['unit_editor']);
const FILLERS_ONLY = '监控表由项目单位填报：只有单位填报人员可以填写、修改和提交，审核人员只能查看、验收或退回';

/**
 * A write that belongs with the table's own (an import's audit entry): run in the table's transaction, so the table is
 * stored with it or not at all.
 */
export type AlsoWrite = (trx: Transaction<Database>, reportId: number) => Promise<void>;

/** The table's rows, written in the transaction that writes the table and its audit entry. */
async function writeProgress(trx: Executor, reportId: number, input: MonitoringInput, indicatorCount: number) {
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
      not_measured: i.not_measured ?? null,
      forecast: i.forecast?.trim() || null,
      progress: null,
      light: null,
    }));
  if (rows.length > 0) await trx.insertInto('monitoring_progress').values(rows).execute();
}

/** Stores the lights beside the report so the dashboard and the 重点监控 list can count them in SQL. */
async function storeLights(ctx: Ctx, id: number): Promise<MonitoringView | null> {
  const t = await readTable(ctx.db, id);
  if (!t) return null;
  const view = viewOfTable(t, ctx.clock.now());
  const isKey = view.key_reasons.length > 0;
  await ctx.db
    .updateTable('monitoring_reports')
    .set({ budget_light: view.lights.budget.light, project_light: view.lights.project.light, key_monitoring: isKey })
    .where('id', '=', id)
    .execute();
  return { ...view, key_monitoring: isKey };
}

/**
 * A table for a period that has not started (2027 on 2026-11-24) is most likely a wrong year: it is created only when
 * the clerk confirms it (`confirm_future_period`), the page having said so before.
 */
export async function createMonitoring(ctx: Ctx, formId: number, input: MonitoringInput & { confirm_future_period?: boolean | undefined }, also?: AlsoWrite): Promise<Result<MonitoringView>> {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  if (!FILLER_ROLES.has(who.actor.role)) return fail('forbidden', FILLERS_ONLY);
  const loaded = await loadForm(ctx.db, formId);
  if (!loaded || !inScope(who.actor, loaded.row.org_path)) return fail('not_found', `表单 ${formId} 不存在或无权查看`);
  const closed = await refuseClosedYear(ctx.db, loaded.row);
  if (closed) return closed;
  if (loaded.row.kind !== 'project_target') return fail('validation_failed', '只有项目支出绩效目标表可以填写运行监控');
  if (!MONITORABLE.has(loaded.row.status)) return fail('invalid_transition', '绩效目标审核通过后才能填写运行监控');
  const exists = await ctx.db.selectFrom('monitoring_reports').select('id').where('form_id', '=', formId).where('period_month', '=', input.month).executeTakeFirst();
  if (exists) return fail('duplicate', `该项目 1–${input.month} 月的监控表已存在（编号 ${exists.id}），请直接修改`);
  const now = ctx.clock.now();
  const ownIssue = ownMonthsIssue(input.start_month, input.end_month);
  if (ownIssue) return fail('validation_failed', ownIssue, { fields: ['start_month', 'end_month'] });
  const notStarted = notStartedRefusal(loaded.row.fiscal_year, input.month, now);
  if (notStarted && !input.confirm_future_period) return fail('validation_failed', notStarted, { period: 'not_started' });
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
        execution_rate: input.execution_rate ?? null,
        details: jsonb({ deviation_reason: input.deviation_reason ?? null, measures: input.measures ?? null, expected_completion: input.expected_completion ?? null }),
        start_month: input.start_month ?? null,
        end_month: input.end_month ?? null,
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
    await writeProgress(trx, row.id, input, loaded.form.indicators.length);
    await recordAudit(trx, ctx, { action: 'monitoring.create', entity: 'monitoring_report', entityId: row.id, after: input });
    await also?.(trx, row.id);
    return row.id;
  });
  const view = await storeLights(ctx, id);
  return view ? ok(view) : fail('not_found', '监控表不存在');
}

/** A table its reader may see (as GET /api/monitoring/{id}): the rights of viewing, printing and exporting it. */
export async function accessibleReport(ctx: Ctx, id: number) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const a = await readTable(ctx.db, id);
  if (!a || !inScope(who.actor, a.row.org_path)) return fail('not_found', `监控表 ${id} 不存在或无权查看`);
  return { ok: true as const, actor: who.actor, value: a };
}

export async function listMonitoring(ctx: Ctx, formId: number): Promise<Result<{ items: MonitoringView[] }>> {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const loaded = await loadForm(ctx.db, formId);
  if (!loaded || !inScope(who.actor, loaded.row.org_path)) return fail('not_found', `表单 ${formId} 不存在或无权查看`);
  const ids = await ctx.db.selectFrom('monitoring_reports').select('id').where('form_id', '=', formId).orderBy('period_month').execute();
  const views = await viewsOf(ctx, ids.map((r) => r.id));
  return ok({ items: ids.flatMap(({ id }) => views.get(id) ?? []) });
}

export async function getMonitoring(ctx: Ctx, id: number): Promise<Result<MonitoringView>> {
  const a = await accessibleReport(ctx, id);
  if (!a.ok) return a;
  return ok(viewOfTable(a.value, ctx.clock.now()));
}

export async function saveMonitoring(ctx: Ctx, id: number, input: MonitoringInput & { version: number }, also?: AlsoWrite): Promise<Result<MonitoringView>> {
  const a = await accessibleReport(ctx, id);
  if (!a.ok) return a;
  const closed = await refuseClosedYear(ctx.db, a.value.row);
  if (closed) return closed;
  if (!FILLER_ROLES.has(a.actor.role)) return fail('forbidden', FILLERS_ONLY);
  if (a.value.row.status !== 'draft' && a.value.row.status !== 'returned') return fail('invalid_transition', '只有草稿或被退回的监控表可以修改');
  if (input.month !== a.value.row.period_month) return fail('validation_failed', '监控期间不能修改，请新建另一期的监控表');
  const start = input.start_month === undefined ? a.value.row.start_month : input.start_month;
  const end = input.end_month === undefined ? a.value.row.end_month : input.end_month;
  const ownIssue = ownMonthsIssue(start, end);
  if (ownIssue) return fail('validation_failed', ownIssue, { fields: ['start_month', 'end_month'] });
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('monitoring_reports')
      .set((eb) => ({
        version: eb('version', '+', 1),
        budget_wan: input.budget_wan ?? a.value.row.budget_wan,
        executed_wan: input.executed_wan,
        ...(input.execution_rate === undefined ? {} : { execution_rate: input.execution_rate }),
        details: jsonb({ deviation_reason: input.deviation_reason ?? null, measures: input.measures ?? null, expected_completion: input.expected_completion ?? null }),
        start_month: start,
        end_month: end,
        updated_at: ctx.clock.now(),
      }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await writeProgress(trx, id, input, a.value.indicatorCount);
    await recordAudit(trx, ctx, { action: 'monitoring.save', entity: 'monitoring_report', entityId: id, before: a.value.report, after: input });
    await also?.(trx, id);
    return true;
  });
  if (!updated) return fail('stale_version', `监控表已被他人修改（当前版本 ${a.value.row.version}），本次修改未保存；请先核对他人的修改（您提交的内容附在错误详情中）再保存`, { current_version: a.value.row.version, current: a.value.report, rejected: input });
  const view = await storeLights(ctx, id);
  return view ? ok(view) : fail('not_found', `监控表 ${id} 不存在`);
}

export type MonitoringAction = 'submit' | 'accept' | 'return';

export async function transitionMonitoring(ctx: Ctx, id: number, action: MonitoringAction, input: { version: number; comment?: string | undefined; decision?: string | undefined }): Promise<Result<MonitoringView>> {
  const a = await accessibleReport(ctx, id);
  if (!a.ok) return a;
  const closed = await refuseClosedYear(ctx.db, a.value.row);
  if (closed) return closed;
  const status = a.value.row.status;
  const role = a.actor.role;
  const decidingLater = action === 'accept' && status === 'accepted';
  let to: string;
  if (action === 'submit') {
    if (!FILLER_ROLES.has(role)) return fail('forbidden', FILLERS_ONLY);
    if (status !== 'draft' && status !== 'returned') return fail('invalid_transition', '只有草稿或被退回的监控表可以提交');
    // The 拨款决定 is finance's, recorded when it accepts the table; a unit cannot decide its own funding.
    if (input.decision) return fail('validation_failed', '拨款决定由审核人员在验收时填写，提交监控表时不能填写；请去掉拨款决定后再提交');
    // As a target form with review errors (workflow.ts): the table goes to finance only once the review finds none.
    const findings = viewOfTable(a.value, ctx.clock.now()).findings;
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) return fail('review_errors', `监控表审核发现 ${errors.length} 个错误，请修改后再提交`, { findings });
    to = 'submitted';
  } else {
    if (role !== 'finance_reviewer' && role !== 'department_reviewer') return fail('forbidden', '只有审核人员可以验收或退回监控表');
    if (action === 'return' && input.decision) return fail('validation_failed', '退回的监控表不记录拨款决定；请在验收时填写拨款决定');
    // rules.md §4: 重点监控 lists the project for a 暂缓/停止拨款 decision to record; a table accepted before the decision
    // was made takes it (or a changed one) later, answered against the version read like any other.
    if (decidingLater) {
      if (!input.decision) return fail('invalid_transition', '监控表已验收；如需记录或修改拨款决定，请选择拨款决定');
    } else if (status !== 'submitted') return fail('invalid_transition', '只有已提交的监控表可以验收或退回');
    if (action === 'return' && !input.comment) return fail('validation_failed', '退回时请填写退回意见');
    to = action === 'accept' ? 'accepted' : 'returned';
  }
  // note is the reviewer's word on the table (审核意见): set by 验收 or 退回 (an accept without a comment clears the
  // 退回意见 it answers; a decision recorded later keeps the acceptance's note unless it brings its own); a unit's
  // comment on submit goes to the audit log only.
  const note = action === 'submit' || (decidingLater && input.comment === undefined) ? {} : { note: input.comment ?? null };
  const audited = decidingLater ? 'decide' : action;
  const done = await ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('monitoring_reports')
      .set((eb) => ({ status: to, version: eb('version', '+', 1), updated_at: ctx.clock.now(), ...(input.decision ? { decision: input.decision } : {}), ...note }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await recordAudit(trx, ctx, { action: `monitoring.${audited}`, entity: 'monitoring_report', entityId: id, before: { status, decision: a.value.row.decision }, after: { status: to, comment: input.comment ?? null, decision: input.decision ?? null } });
    return true;
  });
  if (!done) return fail('stale_version', `监控表已被他人修改（当前版本 ${a.value.row.version}），请刷新后再操作`, { current_version: a.value.row.version, rejected: input });
  const view = await viewOf(ctx, id);
  return view ? ok(view) : fail('not_found', `监控表 ${id} 不存在`);
}
