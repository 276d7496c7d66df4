import { sql } from 'kysely';
import { monitoringPeriodNotice, reportKeyReasons, reportLights, reviewMonitoringReport, type Finding, type MonitoringReport, type NotMeasuredReason, type Policy, type ProjectMonitoring, type QualitativeChoice } from '@jixiao/core';
import type { Ctx } from '../context';
import type { Db } from '../db/open-database';
import { regionPolicy } from './form-store';
import { yearClosedSql } from './year-closed';

/**
 * Monitoring tables as read: the stored report, the target form's indicators, the unit's progress per row and the
 * region's current policy, all in one query for any number of tables. The monitoring page, the review queue and the
 * 重点监控 list read them here, so a list shows the lights its table opens to, and a page of a list costs one query,
 * not a few per table.
 */

export interface MonitoringView {
  id: number;
  form_id: number;
  month: number;
  status: string;
  version: number;
  report: MonitoringReport;
  lights: ProjectMonitoring;
  key_monitoring: boolean;
  /** Why the project is on the 重点监控 list under the region's current policy (its red rows named); empty when it is not. */
  key_reasons: string[];
  decision: string | null;
  /** The reviewer's last comment (退回意见, or a note given on acceptance), so the unit reads what to fix. */
  note: string | null;
  /** A warning when the period has not come or not ended yet (core periods/period-timing.ts); null otherwise. */
  period_notice: string | null;
  /** The table's (its form's) fiscal year is closed (year-closed.ts): it is read and exported, never changed or reviewed. */
  year_closed: boolean;
  /**
   * The review of the table (core reviewMonitoringReport) under the region's current policy: what the unit fixes before
   * submitting (an error holds the submission back) and what finance reads before 验收. form is 0, row the indicator's.
   */
  findings: Finding[];
}

type IndicatorCells = [level1: string | null, level2: string | null, name: string, comparator: string | null, target: string, unit: string | null];
type ProgressCells = [ordinal: number, progressValue: string | null, expected: string | null, deviationReason: string | null, measures: string | null, notMeasured: string | null, forecast: string | null];

/** The tables with what their report is built from; a table whose form was deleted is not read. */
function readQuery(db: Db, ids: readonly number[]) {
  return db
    .selectFrom('monitoring_reports as m')
    .innerJoin('orgs as o', 'o.id', 'm.org_id')
    .innerJoin('forms as f', 'f.id', 'm.form_id')
    .innerJoin('orgs as fo', 'fo.id', 'f.org_id')
    .leftJoin('policies as p', (j) => j.onRef('p.region_id', '=', 'm.region_id').onRef('p.fiscal_year', '=', 'm.fiscal_year'))
    .selectAll('m')
    .select(['o.path as org_path', 'fo.name as form_org_name', 'f.project_code', 'f.project_name', 'f.budget_total_wan as form_budget_wan', 'p.policy as stored_policy'])
    .select(yearClosedSql(sql.ref('m.region_id'), sql.ref('m.fiscal_year')).as('year_closed'))
    .select([
      // Arrays, not row objects: cheaper to build, and only the cells a report shows.
      sql<IndicatorCells[]>`(select coalesce(json_agg(json_build_array(i.level1, i.level2, i.name, i.comparator, i.target, i.unit) order by i.ordinal), '[]'::json)
        from indicators as i where i.form_id = m.form_id)`.as('indicator_rows'),
      sql<ProgressCells[]>`(select coalesce(json_agg(json_build_array(g.ordinal, g.progress_value, g.expected, g.deviation_reason, g.measures, g.not_measured, g.forecast)), '[]'::json)
        from monitoring_progress as g where g.report_id = m.id)`.as('progress_rows'),
    ])
    .where('m.id', 'in', [...ids])
    .where('f.deleted_at', 'is', null);
}

type ReadRow = Awaited<ReturnType<ReturnType<typeof readQuery>['execute']>>[number];

export interface ReadTable {
  row: ReadRow;
  report: MonitoringReport;
  policy: Policy;
  indicatorCount: number;
}

function reportOf(row: ReadRow): MonitoringReport {
  const details = (row.details ?? {}) as { deviation_reason?: string | null; measures?: string | null; expected_completion?: string | null };
  const byRow = new Map(row.progress_rows.map((p) => [p[0], p]));
  return {
    fiscal_year: row.fiscal_year,
    month: row.period_month,
    org: row.form_org_name,
    project_code: row.project_code,
    project_name: row.project_name ?? `表单 ${row.form_id}`,
    budget_wan: row.budget_wan,
    executed_wan: row.executed_wan,
    execution_rate: row.execution_rate,
    deviation_reason: details.deviation_reason ?? null,
    measures: details.measures ?? null,
    expected_completion: details.expected_completion ?? null,
    start_month: row.start_month,
    end_month: row.end_month,
    indicators: row.indicator_rows.map(([level1, level2, name, comparator, target, unit], n) => {
      const p = byRow.get(n);
      return {
        row: n,
        level1,
        level2,
        name: name || `第 ${n + 1} 行`,
        comparator: comparator as MonitoringReport['indicators'][number]['comparator'],
        target,
        unit,
        cumulative: null,
        progress_value: p?.[1] ?? null,
        expected_completion: (p?.[2] as QualitativeChoice | null | undefined) ?? null,
        deviation_reason: p?.[3] ?? null,
        measures: p?.[4] ?? null,
        not_measured: (p?.[5] as NotMeasuredReason | null | undefined) ?? null,
        forecast: p?.[6] ?? null,
      };
    }),
  };
}

/** The tables by id, in one query; a region's policy is parsed once however many of its tables are read. */
export async function readTables(db: Db, ids: readonly number[]): Promise<Map<number, ReadTable>> {
  const out = new Map<number, ReadTable>();
  if (ids.length === 0) return out;
  const policies = new Map<string, Policy>();
  for (const row of await readQuery(db, ids).execute()) {
    const key = `${row.region_id ?? '-'}/${row.fiscal_year}`;
    let policy = policies.get(key);
    if (!policy) {
      policy = regionPolicy(row);
      policies.set(key, policy);
    }
    out.set(row.id, { row, report: reportOf(row), policy, indicatorCount: row.indicator_rows.length });
  }
  return out;
}

export async function readTable(db: Db, id: number): Promise<ReadTable | null> {
  return (await readTables(db, [id])).get(id) ?? null;
}

/** A table read with its lights under the policy read with it. */
export function viewOfTable({ row, report, policy }: ReadTable, now: Date): MonitoringView {
  const lights = reportLights(report, policy);
  return {
    id: row.id,
    form_id: row.form_id,
    month: row.period_month,
    status: row.status,
    version: row.version,
    report,
    lights,
    key_monitoring: row.key_monitoring,
    key_reasons: reportKeyReasons(report, policy, lights),
    decision: row.decision,
    note: row.note,
    period_notice: monitoringPeriodNotice(row.fiscal_year, row.period_month, now),
    year_closed: row.year_closed === true,
    findings: reviewMonitoringReport(report, policy, 0, lights),
  };
}

/** Tables with their lights under the region's current policy, by id (one query for all). */
export async function viewsOf(ctx: Ctx, ids: readonly number[]): Promise<Map<number, MonitoringView>> {
  const tables = await readTables(ctx.db, ids);
  return new Map([...tables].map(([id, t]) => [id, viewOfTable(t, ctx.clock.now())]));
}

export async function viewOf(ctx: Ctx, id: number): Promise<MonitoringView | null> {
  const t = await readTable(ctx.db, id);
  return t ? viewOfTable(t, ctx.clock.now()) : null;
}
