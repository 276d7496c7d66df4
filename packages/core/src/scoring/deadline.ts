import { onTime, readDate } from '../values/read-date';

/**
 * Deadlines written as dates (时效 rows): 「2024年12月底前」「≤2024年6月30日」 against 完成值 「2024年11月完成」
 * 「2024年9月底」「2024.6.28」. §3 has no proportional rule for a date, but a date on or before the deadline
 * plainly meets it: full marks (a late date stays with a person, who weighs how late). Dates are read as the
 * monitoring lights read them (values/read-date.ts).
 */
export function meetsDeadline(target: string, actual: string | null): boolean | null {
  // Most rows that come here are qualitative words: no date without 月 or a four-digit year, so skip them unread.
  if (actual == null || !mayHoldDate(target) || !mayHoldDate(actual)) return null;
  const deadline = readDate(target);
  if (deadline == null) return null;
  const done = readDate(actual);
  return done == null ? null : onTime(done, deadline);
}

function mayHoldDate(s: string): boolean {
  if (s.includes('月')) return true;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    run = (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}
