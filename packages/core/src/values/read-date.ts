import { foldWidth } from '../values/normalize-text';

/** A calendar day as written in a 时效 row; a missing year means the fiscal year, a missing day the whole month. */
export interface WrittenDate {
  year: number | null;
  month: number;
  day: number | null;
}

// 2024年6月30日, 2024-06-30, 2024.6.30, 2024/06/30, 2024年6月, 6月30日, 6月底, 6月末, 9月上旬; an optional 前/以前/之前 after it.
const FULL = /^(?:(\d{4})\s*[年.\-/]\s*)?(\d{1,2})\s*[月.\-/]\s*(?:(\d{1,2})\s*[日号]?|(底|末|份|初|上旬|中旬|下旬))?$/;
// The act done on the day may follow it (12月5日投运, 6月底前建成交付, 9月上线): the day is the same.
const DONE = /(?:前|以前|之前)?(?:完成|完工|竣工|办结|到位|投运|投用|投产|建成|交付|上线|开通|通车|启用|验收)+$/;
const BEFORE = /(?:以前|之前|前|截止|为止|内)$/;

/** Reads a date such as 「2024年6月30日前」 or 「6月底」; null for anything else (amounts, counts, words). */
export function readDate(raw: string | number | null | undefined): WrittenDate | null {
  if (typeof raw !== 'string') return null;
  const text = foldWidth(raw).replace(/\s+/g, '').replace(DONE, '').replace(BEFORE, '').replace(/^(?:已于|已在|实际|完成于|截至|于|在)/, '');
  // A bare 6.30 or 2024 is a number, not a date: a date needs 年/月 or a four-digit year with separators.
  if (!/[年月]/.test(text) && !/^\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}$/.test(text)) return null;
  const m = FULL.exec(text);
  if (!m) return null;
  const month = Number(m[2]);
  // 初 / 上旬 end on the 10th, 中旬 on the 20th; 底, 末 and 下旬 are the month's end, as a month alone is.
  const part = m[4];
  const day = m[3] != null ? Number(m[3]) : part === '初' || part === '上旬' ? 10 : part === '中旬' ? 20 : null;
  if (month < 1 || month > 12 || (day != null && (day < 1 || day > 31))) return null;
  return { year: m[1] != null ? Number(m[1]) : null, month, day };
}

/**
 * Whether `actual` falls after `deadline`. A deadline without a day lasts to the month's end; an actual
 * without a day is given the benefit of the month; a missing year is the other's (the fiscal year).
 */
export function isLate(actual: WrittenDate, deadline: WrittenDate): boolean {
  const ya = actual.year ?? deadline.year ?? 0;
  const yd = deadline.year ?? actual.year ?? 0;
  if (ya !== yd) return ya > yd;
  if (actual.month !== deadline.month) return actual.month > deadline.month;
  return actual.day != null && deadline.day != null && actual.day > deadline.day;
}

/**
 * A completion date against a date deadline, for scoring: true on or before it, false after it, null when it cannot
 * be told (a month alone against a day before that month's end: 2024年6月 against 2024年6月20日).
 */
export function onTime(actual: WrittenDate, deadline: WrittenDate): boolean | null {
  if (isLate(actual, deadline)) return false;
  const year = deadline.year ?? actual.year;
  const sameMonth = (actual.year ?? year) === year && actual.month === deadline.month;
  if (sameMonth && actual.day == null && deadline.day != null && deadline.day < daysIn(year, deadline.month)) return null;
  return true;
}

function daysIn(year: number | null, month: number): number {
  if (month === 2) return year != null && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
