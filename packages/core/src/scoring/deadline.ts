import { onTime, readDate, type WrittenDate } from '../values/read-date';

/**
 * Deadlines written as dates (时效 rows): 「2024年12月底前」「≤2024年6月30日」 against 完成值 「2024年11月完成」
 * 「2024年9月底」「2024.6.28」「次年1月完成」. §3 has no proportional rule for a date, but a date on or before the deadline
 * plainly meets it: full marks (a late date stays with a person, who weighs how late). Dates are read as the
 * monitoring lights read them (values/read-date.ts).
 */
export function meetsDeadline(target: string, actual: string | null): boolean | null {
  // Most rows that come here are qualitative words: no date without 月 or a four-digit year, so skip them unread.
  if (actual == null || !mayHoldDate(target) || !mayHoldDate(actual)) return null;
  const t = withoutRemark(target);
  const a = withoutRemark(actual);
  const targetShift = yearAfter(t);
  const actualShift = yearAfter(a);
  const deadline = readDate(targetShift === 0 ? t : t.trim().slice(targetShift));
  if (deadline == null) return null;
  const done = readDate(actualShift === 0 ? a : a.trim().slice(actualShift));
  if (done == null) return null;
  if (targetShift === 0 && actualShift === 0) return onTime(done, deadline);
  // 次年3月底 against 2025年3月: which year 次年 is, the row does not say.
  if (targetShift !== 0 && deadline.year == null && done.year != null) return null;
  return onTime(inNextYear(done, actualShift !== 0, deadline), inNextYear(deadline, targetShift !== 0, null));
}

/** The message for a deadline missed at full marks: how late is a person's call, full marks have not made it. */
export function lateAtFullMarks(row: number, name: string, target: string, actual: string | null, score: string): string {
  return `第${row + 1}行定性指标「${name}」完成时间「${actual ?? ''}」晚于目标「${target}」，却得满分${score}；请按延误程度扣分（部分达成或未达成），或更正完成时间。`;
}

/** 12月20日（提前完成）, 12月底（含）: a bracketed remark after the date says nothing of when (README). */
function withoutRemark(text: string): string {
  const s = text.trimEnd();
  const last = s.charCodeAt(s.length - 1);
  if (last !== 0x29 && last !== 0xff09) return text;
  const open = Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
  return open > 0 ? s.slice(0, open) : text;
}

// 次年1月完成, 翌年3月底前: a month of the year after the fiscal year, which a bare month (12月底) stands for.
const NEXT_YEAR = /^(?:于|在)?(?:次年|翌年|下一年|下年|第二年)(?:度)?/;

/** The length of a leading 次年 (and the like), 0 when there is none. */
function yearAfter(text: string): number {
  const m = NEXT_YEAR.exec(text.trim());
  return m ? m[0].length : 0;
}

/**
 * A date of the year after the fiscal year with that year spelled out: the other date's year + 1 when it names
 * one (2024年12月底 against 次年1月 is 2025年1月), else year 1 against the bare dates' year 0.
 */
function inNextYear(date: WrittenDate, next: boolean, other: WrittenDate | null): WrittenDate {
  if (date.year != null) return date;
  if (!next) return { ...date, year: 0 };
  return { ...date, year: other?.year != null ? other.year + 1 : 1 };
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
