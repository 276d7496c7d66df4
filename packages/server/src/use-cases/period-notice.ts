/**
 * Warnings (never refusals) for work filed for a period that has not come yet: on 2026-11-24, 2027's 1—7月
 * monitoring data or a 2027 year-end self-evaluation are most likely a wrong year. The clock is the server's;
 * the calendar is Beijing time, as the units keep it.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

function beijingMonth(now: Date): { year: number; month: number } {
  const local = new Date(now.getTime() + BEIJING_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}

/** The notice for a monitoring table of 1—`month`月 of `fiscalYear`, or null once that period has begun and ended. */
export function monitoringPeriodNotice(fiscalYear: number, month: number, now: Date): string | null {
  const today = beijingMonth(now);
  if (fiscalYear > today.year) return `该期间尚未到来：${fiscalYear} 年尚未开始（今天是 ${today.year} 年 ${today.month} 月），请核对预算年度；如确为预填，提交前请按实际执行数更新。`;
  if (fiscalYear === today.year && month > today.month) return `该期间尚未结束：${fiscalYear} 年 1—${month} 月尚未过完（今天是 ${today.month} 月），所填执行数只能是预计数，请在期末按实际数更新。`;
  return null;
}

/** The notice for a year-end self-evaluation of `fiscalYear`, or null unless that year lies in the future. */
export function selfEvaluationYearNotice(fiscalYear: number, now: Date): string | null {
  const today = beijingMonth(now);
  if (fiscalYear > today.year) return `该期间尚未到来：${fiscalYear} 年度尚未开始（今天是 ${today.year} 年 ${today.month} 月），年终自评通常在年度结束后填写，请核对年度。`;
  return null;
}
