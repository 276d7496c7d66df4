import { LIGHT_LABELS, type MonitoringReport, type ProjectMonitoring } from '@jixiao/core';
import { formatWan } from '../lib/labels';

/**
 * An amount executed by month m larger than the whole year's budget is almost always a slip of
 * scale (元 keyed into a 万元 box) or of a digit: the light would read it as far ahead of plan.
 */
export function executedIssue(executedWan: number | null, budgetWan: number | null): string | null {
  if (executedWan === null || budgetWan === null || budgetWan <= 0 || executedWan <= budgetWan) return null;
  return `1至当月执行数（${formatWan(executedWan)}）超过年度预算（${formatWan(budgetWan)}）：请核对是否按万元填写、有无多输数字。`;
}

const PERCENT_ONLY = /^[^%％]*\d\s*[%％]$/;

/**
 * A share typed where the target counts things (50% under ≥196栋): the light reads the number as
 * that many 栋, so a project half done looks far behind. Rates (unit %) and words are left alone.
 */
export function progressUnitIssue(value: string | null, comparator: string | null, unit: string | null): string | null {
  const typed = value?.trim() ?? '';
  const u = unit?.trim() ?? '';
  // Under ≥, > and = the light reads a share as that share of the annual target (50% of 196栋 is 98栋, said in its
  // explanation); only a ceiling (≤, <) cannot be read so.
  if (!typed || !u || (comparator !== '<=' && comparator !== '<')) return null;
  if (/[%％]/.test(u) || !PERCENT_ONLY.test(typed)) return null;
  return `指标以「${u}」计：请填写 1 至当月累计完成的${u}数（如 98${u}），不要填百分比。`;
}

const NEEDS_REASON = new Set(['red', 'yellow']);

/**
 * What a table about to be submitted still lacks, one line each: the amount executed, a 偏差原因 for
 * each red or yellow light (the light's own text asks for one), a value for each row, and amounts out
 * of scale. Finance reads these when deciding 暂缓/停止拨款, so the unit is told before it submits.
 */
export function monitoringGaps(report: MonitoringReport, lights: ProjectMonitoring): string[] {
  const gaps: string[] = [];
  if (report.executed_wan === null) gaps.push('未填写 1至当月执行数。');
  const over = executedIssue(report.executed_wan, report.budget_wan);
  if (over) gaps.push(over);
  if (NEEDS_REASON.has(lights.budget.light) && !report.deviation_reason?.trim()) {
    gaps.push(`预算执行亮${LIGHT_LABELS[lights.budget.light]}，未填写偏差原因。`);
  }
  report.indicators.forEach((ind, i) => {
    const where = `第 ${i + 1} 行「${ind.name}」`;
    const light = lights.indicators[i]?.light ?? 'none';
    if (!ind.progress_value?.trim() && !ind.expected_completion) gaps.push(`${where}未填写完成值。`);
    else if (NEEDS_REASON.has(light) && !ind.deviation_reason?.trim()) gaps.push(`${where}亮${LIGHT_LABELS[light]}，未填写偏差原因。`);
    const unitIssue = progressUnitIssue(ind.progress_value, ind.comparator, ind.unit);
    if (unitIssue) gaps.push(`${where}${unitIssue}`);
  });
  return gaps;
}

/** What a role may do with a monitoring table, as the server checks it (use-cases/monitoring.ts). */
export function monitoringRights(role: string | undefined): { edit: boolean; review: boolean } {
  return {
    edit: role === 'unit_editor' || role === 'finance_reviewer',
    review: role === 'finance_reviewer' || role === 'department_reviewer',
  };
}
