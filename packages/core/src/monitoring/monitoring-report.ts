import { z } from 'zod';
import { comparatorSchema } from '../forms/forms-schema';
import type { Policy } from '../policy/policy';
import { DEFAULT_POLICY } from '../policy/policy';
import { keyReasons, monitorProject, type MonitoredProject, type ProjectMonitoring } from './key-monitoring';

/**
 * A 绩效运行监控表 (双监控, rules.md §4) for one project and period: months 1..month of the
 * fiscal year. The server stores these; lights are computed from them, never stored.
 */
const text = z.string().max(5000);

export const expectedCompletionSchema = z.enum(['达成', '部分达成', '未达成']);

/**
 * 是否能完成 as a measured row's column asks it (能 / 不确定 / 不能), stored on the same three-way scale a qualitative
 * row's 全年预计完成情况 is (达成 / 部分达成 / 未达成), so one field serves both and the importer reads either wording.
 */
export const CAN_COMPLETE_LABELS: Readonly<Record<z.infer<typeof expectedCompletionSchema>, string>> = { 达成: '能', 部分达成: '不确定', 未达成: '不能' };

/** Why a row has no 1至当月完成值 yet: measured once, at year end, or its measuring period has not come. */
export const NOT_MEASURED_REASONS = ['年底测评', '未到测量期'] as const;
export const notMeasuredSchema = z.enum(NOT_MEASURED_REASONS);
export type NotMeasuredReason = z.infer<typeof notMeasuredSchema>;

export const monitoringIndicatorSchema = z.strictObject({
  /** 0-based row in the project's target form, when linked. */
  row: z.number().int().min(0).nullable().default(null),
  level1: z.string().max(200).nullable().default(null),
  level2: z.string().max(200).nullable().default(null),
  name: z.string().min(1).max(2000),
  comparator: comparatorSchema.nullable().default(null),
  target: z.string().max(2000).default(''),
  unit: z.string().max(200).nullable().default(null),
  /** Counts accumulate over the year; null = decide from the unit. */
  cumulative: z.boolean().nullable().default(null),
  /** 1至当月实际完成值, as written. */
  progress_value: z.string().max(2000).nullable().default(null),
  /** 全年预计完成情况 (是否能完成目标: 是 → 达成, 否 → 未达成). */
  expected_completion: expectedCompletionSchema.nullable().default(null),
  /** Not measured yet (年底测评, 未到测量期); optional, so tables stored before it read as measured rows. */
  not_measured: notMeasuredSchema.nullable().optional(),
  /** 全年预计完成值, as written: what the unit expects by year end, on any row (on a row not measured yet, its 预计). */
  forecast: z.string().max(2000).nullable().optional(),
  /** 偏差原因. */
  deviation_reason: text.nullable().default(null),
  /** 纠偏措施. */
  measures: text.nullable().default(null),
});
export type MonitoringIndicator = z.infer<typeof monitoringIndicatorSchema>;

export const monitoringReportSchema = z.strictObject({
  fiscal_year: z.number().int().min(1900).max(2200),
  /** The report covers months 1..month. */
  month: z.number().int().min(1).max(12),
  org: z.string().max(500).nullable().default(null),
  project_code: z.string().max(200).nullable().default(null),
  project_name: z.string().min(1).max(500),
  /** 年度预算数 and 1至当月执行数, 万元. */
  budget_wan: z.number().finite().min(0).nullable().default(null),
  executed_wan: z.number().finite().min(0).nullable().default(null),
  /** 预算执行率 (%) as the unit wrote it; optional, so tables stored before it read as tables without one. */
  execution_rate: z.number().finite().nullable().optional(),
  /** Budget-level 偏差原因 / 纠偏措施 / 预计完成情况. */
  deviation_reason: text.nullable().default(null),
  measures: text.nullable().default(null),
  expected_completion: text.nullable().default(null),
  /**
   * 实施期: the project's own months in this fiscal year when not all twelve (started in 4月: 4; a 跨年 project's part
   * ending in 9月: end 9); blank is the whole year. Optional, so tables stored before it read as projects of the year.
   */
  start_month: z.number().int().min(1).max(12).nullable().optional(),
  end_month: z.number().int().min(1).max(12).nullable().optional(),
  indicators: z.array(monitoringIndicatorSchema).max(1000).default([]),
});
export type MonitoringReport = z.infer<typeof monitoringReportSchema>;

/** The report as the monitoring rules read a project: its budget, period and each row's target and progress. */
export function monitoredProjectOf(report: MonitoringReport): MonitoredProject {
  return {
    id: report.project_code ?? report.project_name,
    name: report.project_name,
    budgetWan: report.budget_wan,
    executedWan: report.executed_wan,
    month: report.month,
    fiscalYear: report.fiscal_year,
    startMonth: report.start_month ?? null,
    endMonth: report.end_month ?? null,
    indicators: report.indicators.map((i) => ({
      comparator: i.comparator,
      target: i.target,
      actual: i.progress_value,
      unit: i.unit,
      cumulative: i.cumulative ?? undefined,
      choice: i.expected_completion,
      name: i.name,
      notMeasured: i.not_measured ?? null,
      forecast: i.forecast ?? null,
    })),
  };
}

/** The lights of a stored report. */
export function reportLights(report: MonitoringReport, policy: Policy = DEFAULT_POLICY): ProjectMonitoring {
  return monitorProject(monitoredProjectOf(report), policy);
}

/**
 * Why a report's project is on the 重点监控 list (its red rows and a red budget named, a large budget spent slowly), or
 * an empty list when it is not: what finance reads before deciding 暂缓/停止/继续拨款. Pass the report's lights when they
 * are at hand (reportLights), so they are not computed again.
 */
export function reportKeyReasons(report: MonitoringReport, policy: Policy = DEFAULT_POLICY, lights?: ProjectMonitoring): string[] {
  const project = monitoredProjectOf(report);
  return keyReasons(project, lights ?? monitorProject(project, policy), policy);
}

/**
 * Whether a report's period is one the region monitors (policy.monitoring.periods, default 1–6, 1–7,
 * 1–8). A report for another month is not wrong in itself, so this is a message to show, or null.
 */
export function monitoringPeriodIssue(month: number, policy: Policy = DEFAULT_POLICY): string | null {
  const periods = policy.monitoring.periods;
  if (periods.length === 0 || periods.includes(month)) return null;
  const list = periods.map((m) => `1–${m}月`).join('、');
  return `监控期间1–${month}月不在本地区政策规定的监控期间（${list}）内；请确认填报月份，或请管理员在年度政策中增加该期间。`;
}
