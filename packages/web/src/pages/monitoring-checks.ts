import { COMPARATORS, LIGHT_LABELS, isCumulativeUnit, ownMonths, ownMonthsIssue, percentOfTarget, type Comparator, type MonitoringIndicator, type MonitoringReport, type ProjectMonitoring } from '@jixiao/core';
import { formatWan } from '../lib/labels';
import { formatProgress } from './monitoring-parts';

/**
 * An amount executed by month m larger than the whole year's budget is almost always a slip of
 * scale (元 keyed into a 万元 box) or of a digit: the light would read it as far ahead of plan.
 */
export function executedIssue(executedWan: number | null, budgetWan: number | null): string | null {
  if (executedWan === null || budgetWan === null || budgetWan <= 0 || executedWan <= budgetWan) return null;
  return `1至当月执行数（${formatWan(executedWan)}）超过年度预算（${formatWan(budgetWan)}）：请核对是否按万元填写、有无多输数字。`;
}

type Measured = Exclude<Comparator, 'qualitative'>;
const MEASURED: ReadonlySet<string> = new Set(COMPARATORS.filter((c): c is Measured => c !== 'qualitative'));

/**
 * A share typed where the target is a number of the row's unit (50% or 百分之五十 under ≤3起): core's
 * percentOfTarget reads it as a share (not a count that merely mentions a rate, 完成12起，完成率50%, nor an
 * estimate, 约50%). The light reads such a share as that share of the annual target only on a floor of a count
 * that accumulates (50% of ≥196栋 is 98栋, said in its explanation); on a ceiling, or a unit that does not add
 * up over the year, it cannot, so the clerk is asked for the number itself.
 */
export function progressUnitIssue(value: string | null, comparator: string | null, unit: string | null, name = ''): string | null {
  const typed = value?.trim() ?? '';
  const u = unit?.trim() ?? '';
  if (!typed || !u || comparator === null || !MEASURED.has(comparator)) return null;
  const share = percentOfTarget(typed, u, name, comparator as Measured);
  if (share === null) return null;
  const ceiling = comparator === '<=' || comparator === '<';
  if (!ceiling && isCumulativeUnit(u)) return null;
  return `完成值「${typed}」是百分比，而指标${ceiling ? '是上限、' : ''}以「${u}」计，无法与指标值比较：请按「${u}」填写 1 至当月的实际数值，不要填百分比。`;
}

const NEEDS_REASON = new Set(['red', 'yellow']);

/**
 * What a table about to be submitted still lacks, one line each: the amount executed, a 偏差原因 for
 * each red or yellow light (the light's own text asks for one), a value for each row, and amounts out
 * of scale. Finance reads these when deciding 暂缓/停止拨款, so the unit is told before it submits.
 */
export function monitoringGaps(report: MonitoringReport, lights: ProjectMonitoring): string[] {
  const gaps: string[] = [];
  const own = ownMonthsIssue(report.start_month, report.end_month);
  if (own) gaps.push(own);
  if (report.executed_wan === null) gaps.push('未填写 1至当月执行数。');
  const over = executedIssue(report.executed_wan, report.budget_wan);
  if (over) gaps.push(over);
  if (NEEDS_REASON.has(lights.budget.light) && !report.deviation_reason?.trim()) {
    gaps.push(`预算执行亮${LIGHT_LABELS[lights.budget.light]}，未填写偏差原因。`);
  }
  report.indicators.forEach((ind, i) => {
    const where = `第 ${i + 1} 行「${ind.name}」`;
    const light = lights.indicators[i]?.light ?? 'none';
    // A row stated as not measured yet (年底测评) is not missing its value; it owes finance its 预计 instead.
    if (!ind.progress_value?.trim() && ind.not_measured) {
      if (!ind.forecast?.trim()) gaps.push(`${where}标为「${ind.not_measured}」，未填写预计全年完成值。`);
    } else if (!ind.progress_value?.trim() && !ind.expected_completion) gaps.push(`${where}未填写完成值。`);
    else if (NEEDS_REASON.has(light) && !ind.deviation_reason?.trim()) gaps.push(`${where}亮${LIGHT_LABELS[light]}，未填写偏差原因。`);
    // 已完成, 约80% on a row measured in numbers: no light can be given, and the project's light leaves the row out.
    else if (light === 'none' && ind.progress_value?.trim() && !ind.expected_completion && ind.comparator !== null && MEASURED.has(ind.comparator)) {
      gaps.push(`${where}的完成值「${ind.progress_value.trim()}」无法判断进度（不是实际完成的数值）：请按「${ind.unit ?? '计量单位'}」填写 1 至当月完成的数值。`);
    }
    const unitIssue = progressUnitIssue(ind.progress_value, ind.comparator, ind.unit, ind.name);
    if (unitIssue) gaps.push(`${where}${unitIssue}`);
  });
  return gaps;
}

/**
 * What a role may do with a monitoring table, as the server checks it (use-cases/monitoring.ts): the unit fills it in
 * and submits it; a reviewer reads it in every status and answers it (验收 / 退回), never writes it.
 */
export function monitoringRights(role: string | undefined): { edit: boolean; review: boolean } {
  return {
    edit: role === 'unit_editor',
    review: role === 'finance_reviewer' || role === 'department_reviewer',
  };
}

/**
 * The 进度 column: a floor's progress against plan (A ÷ planned share of T); a ceiling (≤) has no such share — it is
 * kept or passed (rules.md §4), so the column says which instead of a percentage that reads as progress.
 */
export function progressText(comparator: string | null, light: string | undefined, progress: number | null | undefined): string {
  if ((comparator === '<=' || comparator === '<') && light && light !== 'none') return light === 'red' ? '超出上限' : '未超上限';
  return formatProgress(progress);
}

/** How a row not measured yet reads to whoever checks the table: its reason and its 预计, or null for a measured row. */
export function notMeasuredText(ind: Pick<MonitoringIndicator, 'not_measured' | 'forecast'>): string | null {
  if (!ind.not_measured) return null;
  const forecast = ind.forecast?.trim();
  return `${ind.not_measured}（${forecast ? `预计 ${forecast}` : '未填预计'}）`;
}

/** 实施期 as read on a locked table: 全年 when nothing (or 1—12) is stated, else the project's own months, 4—12月. */
export function implementationPeriodLabel(start: number | null | undefined, end: number | null | undefined): string {
  const own = ownMonths(start, end);
  return own ? `${own.start}—${own.end}月` : '全年（1—12月）';
}
