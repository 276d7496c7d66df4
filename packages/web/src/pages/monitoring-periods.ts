import { beijingMonth, monitoringPeriodTiming } from '@jixiao/core';

/**
 * Where a period 1—`month`月 of `year` stands today, for the period picker: core monitoringPeriodTiming decides (the
 * server's rule), and of the periods it calls open, the one ending this month is told apart from those already over.
 */
export type PeriodStanding = 'not_started' | 'not_ended' | 'this_month' | 'ended';

export const PERIOD_STANDING_LABELS: Record<PeriodStanding, string> = { not_started: '未到', not_ended: '未结束', this_month: '本月', ended: '已结束' };

export function periodStanding(year: number, month: number, now: Date): PeriodStanding {
  const timing = monitoringPeriodTiming(year, month, now);
  if (timing !== 'open') return timing;
  const today = beijingMonth(now);
  return year === today.year && month === today.month ? 'this_month' : 'ended';
}

/** A period that cannot be filled with actual figures yet: greyed in the picker, still selectable (the page says why). */
export const periodAhead = (standing: PeriodStanding): boolean => standing === 'not_started' || standing === 'not_ended';
