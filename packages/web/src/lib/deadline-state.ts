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
