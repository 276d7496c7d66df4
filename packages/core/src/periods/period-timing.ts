/**
 * Where a period stands on a given day: work filed for a period that has not come yet (on 2026-11-24, 2027's
 * 1—10月 monitoring data or a 2027 year-end self-evaluation) is most likely a wrong year. The clock is passed in;
 * the calendar is Beijing time, as the units keep it.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

export interface CalendarMonth {
  year: number;
  /** 1–12. */
  month: number;
}

export function beijingMonth(now: Date): CalendarMonth {
  const local = new Date(now.getTime() + BEIJING_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}

/**
 * A monitoring period 1—`month`月 of `fiscalYear`: not_started before the year begins, not_ended while months of it
 * are still to come (the month in progress counts as come: tables are filled in its last days), else open.
 */
export type PeriodTiming = 'not_started' | 'not_ended' | 'open';

export function monitoringPeriodTiming(fiscalYear: number, month: number, now: Date): PeriodTiming {
  const today = beijingMonth(now);
  if (fiscalYear > today.year) return 'not_started';
  if (fiscalYear === today.year && month > today.month) return 'not_ended';
  return 'open';
}

/** The periods that can be filled with actual figures today, in words. */
export function fillablePeriods(now: Date): string {
  const today = beijingMonth(now);
  return `现在可以按实际数填报的是 ${today.year} 年 1—${today.month} 月及以前各期，以及 ${today.year - 1} 年及以前年度的各期`;
}

/** The notice for a monitoring table of 1—`month`月 of `fiscalYear`, or null once that period has begun and ended. */
export function monitoringPeriodNotice(fiscalYear: number, month: number, now: Date): string | null {
  const today = beijingMonth(now);
  switch (monitoringPeriodTiming(fiscalYear, month, now)) {
    case 'not_started':
      return `该期间尚未到来：${fiscalYear} 年尚未开始（今天是 ${today.year} 年 ${today.month} 月），请核对预算年度；如确为预填，提交前请按实际执行数更新。`;
    case 'not_ended':
      return `该期间尚未结束：${fiscalYear} 年 1—${month} 月尚未过完（今天是 ${today.month} 月），所填执行数只能是预计数，请在期末按实际数更新。`;
    case 'open':
      return null;
  }
}

/**
 * Why a monitoring table for a period that has not started is not created unless the clerk confirms it, with the
 * periods that can be filled now; null when the period has started.
 */
export function notStartedRefusal(fiscalYear: number, month: number, now: Date): string | null {
  if (monitoringPeriodTiming(fiscalYear, month, now) !== 'not_started') return null;
  return `${fiscalYear} 年 1—${month} 月尚未到来，不能按实际数填报；${fillablePeriods(now)}。请核对预算年度和监控期间；如确需预填，请确认后再新建。`;
}

/** The notice for a year-end self-evaluation of `fiscalYear`, or null unless that year lies in the future. */
export function selfEvaluationYearNotice(fiscalYear: number, now: Date): string | null {
  const today = beijingMonth(now);
  if (fiscalYear > today.year) return `该期间尚未到来：${fiscalYear} 年度尚未开始（今天是 ${today.year} 年 ${today.month} 月），年终自评通常在年度结束后填写，请核对年度。`;
  return null;
}

/**
 * Why a year-end self-evaluation of `fiscalYear` is not made unless the clerk confirms it (新建表, 开始年终自评): that
 * year has not begun, so it is most likely a wrong year. Names the years that can be evaluated now; null otherwise.
 */
export function selfEvaluationNotStartedRefusal(fiscalYear: number, now: Date): string | null {
  const today = beijingMonth(now);
  if (fiscalYear <= today.year) return null;
  return `${fiscalYear} 年度尚未开始（今天是 ${today.year} 年 ${today.month} 月），不能作年终自评；现在可以自评的是 ${today.year - 1} 年度及以前年度（${today.year} 年度可在年内先行填报）。请核对年度；如确需预填，请确认后再新建。`;
}
