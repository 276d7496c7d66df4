import { COMPARATORS, isCumulativeUnit, ownMonths, percentOfTarget, type Comparator, type MonitoringIndicator } from '@jixiao/core';
import { formatProgress } from './monitoring-parts';

type Measured = Exclude<Comparator, 'qualitative'>;
const MEASURED: ReadonlySet<string> = new Set(COMPARATORS.filter((c): c is Measured => c !== 'qualitative'));

/** Whether a row is measured in numbers (a comparator other than 定性): its value is due as a figure of its unit. */
export const isMeasured = (comparator: string | null): boolean => comparator !== null && MEASURED.has(comparator);

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
  if (!typed || !u || !isMeasured(comparator)) return null;
  const share = percentOfTarget(typed, u, name, comparator as Measured);
  if (share === null) return null;
  const ceiling = comparator === '<=' || comparator === '<';
  if (!ceiling && isCumulativeUnit(u)) return null;
  return `完成值「${typed}」是百分比，而指标${ceiling ? '是上限、' : ''}以「${u}」计，无法与指标值比较：请按「${u}」填写 1 至当月的实际数值，不要填百分比。`;
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
