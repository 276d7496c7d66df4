/** Where a 时间节点 (YYYY-MM-DD) stands on `today`: passed, due within `soonDays` (with the days left), or later. */
export function deadlineState(date: string, today: Date, soonDays = 14): { state: 'past' | 'soon' | 'later'; daysLeft: number | null } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return { state: 'later', daysLeft: null };
  const due = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const days = Math.round((due - now) / 86_400_000);
  if (days < 0) return { state: 'past', daysLeft: days };
  return { state: days <= soonDays ? 'soon' : 'later', daysLeft: days };
}

/**
 * The yearly calendar most regions follow, for the budget year being prepared on `today` (the next one): each step names
 * that year, so «已过 2026-10-31» reads as the 2027 targets' deadline, not a date of no year in particular.
 */
export function budgetCalendar(today: Date): Array<{ title: string; date: string }> {
  const year = today.getFullYear() + 1;
  return [
    { title: `${year}年度绩效目标编制与申报`, date: `${year - 1}-10-31` },
    { title: `${year}年度绩效目标审核批复`, date: `${year}-01-31` },
    { title: `${year}年度年中运行监控（1—7月）`, date: `${year}-08-15` },
    { title: `${year}年度绩效自评`, date: `${year + 1}-03-31` },
  ];
}

/** True when a unit has no form in any status yet: its 工作台 offers to create or import one instead of empty counts. */
export function hasNoForms(countsByStatus: Record<string, number | undefined>): boolean {
  return Object.values(countsByStatus).every((n) => !n);
}
