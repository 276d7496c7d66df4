import { foldWidth } from '../values/normalize-text';

/**
 * Deadlines written as dates (时效 rows): 「2024年12月底前」「≤2024年6月30日」 against 完成值 「2024年11月完成」
 * 「2024年9月底」「2024.6.28」. §3 has no proportional rule for a date, but a date on or before the deadline
 * plainly meets it: full marks (a late date stays with a person, who weighs how late).
 */

// 2024年12月31日, 2024年12月底, 2024年12月; 2024.12.31, 2024-12-31, 2024/12/31 (the year in four digits).
const CHINESE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?\s*(底|末|初|上旬|中旬|下旬)?/;
const DOTTED_DATE = /(?<!\d)(\d{4})[.\-/](\d{1,2})(?:[.\-/](\d{1,2}))?(?!\d)/;

/**
 * A date as yyyymmdd, or NaN when the text holds none. A month without a day counts as its end (月, 月底), the
 * way a deadline 「2024年10月」 and a completion 「2024年9月」 are both read; 初 / 上旬 as the 10th, 中旬 the 20th.
 */
export function dateIn(text: string): number {
  // Every date has a four-digit year: text without 年 or a separator after digits is skipped unread.
  let m = CHINESE_DATE.exec(text);
  if (!m) m = DOTTED_DATE.exec(text);
  if (!m) return NaN;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return NaN;
  let day = m[3] != null ? Number(m[3]) : 31;
  const part = m[4];
  if (m[3] == null && (part === '初' || part === '上旬')) day = 10;
  else if (m[3] == null && part === '中旬') day = 20;
  if (day < 1 || day > 31) return NaN;
  return year * 10000 + month * 100 + day;
}

/** Whether a completion date meets a date deadline: true on or before it, false after it, null when either has no date. */
export function meetsDeadline(target: string, actual: string | null): boolean | null {
  if (actual == null) return null;
  const ty = yearDigits(target);
  if (ty === NO_YEAR) return null;
  const ay = yearDigits(actual);
  if (ay === NO_YEAR) return null;
  const t = dateIn(ty === WIDE_YEAR ? foldWidth(target) : target);
  if (t !== t) return null;
  const a = dateIn(ay === WIDE_YEAR ? foldWidth(actual) : actual);
  if (a !== a) return null;
  return a <= t;
}

const NO_YEAR = 0;
const ASCII_YEAR = 1;
const WIDE_YEAR = 2;

/**
 * Four digits in a row, the cheapest sign a text may hold a date: no regex runs and nothing is allocated for
 * text without one (most qualitative rows). WIDE_YEAR when a full-width digit is among them (fold first).
 */
function yearDigits(s: string): number {
  let run = 0;
  let wide = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ascii = c >= 48 && c <= 57;
    if (ascii || (c >= 0xff10 && c <= 0xff19)) {
      if (!ascii) wide = true;
      if (++run === 4) return wide ? WIDE_YEAR : ASCII_YEAR;
    } else {
      run = 0;
      wide = false;
    }
  }
  return NO_YEAR;
}
