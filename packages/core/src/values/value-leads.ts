import { readSign } from './read-sign';

// What may open a value before its figure, or stand in for one, kept apart from parseValue: a currency sign, words
// naming what a bound is on, half of a unit of time, and the year.month a date is typed as.

// ¥500,000, ¥50万: the currency sign names the unit an amount written without one is in (元, after a bare magnitude 万元).
const BARE_MAGNITUDE = /^(?:千|万|十万|百万|千万|亿)$/;

/** An amount read behind a currency sign, with the unit the sign names when none was written. */
export function inYuan<T extends { unit: string | null }>(p: T): T {
  if (p.unit == null) return { ...p, unit: '元' };
  return BARE_MAGNITUDE.test(p.unit) ? { ...p, unit: `${p.unit}元` } : p;
}

const CHA = 0x5dee; // 差
const PING = 0x5e73; // 平
// 误差≤2%, 相对误差不超过5%, 偏差率≤8%, 平均≤20分钟: words naming the quantity the bound is on, then the bound. The
// figure the score needs is stated (the 完成值 is the error or the average itself), unlike a change (增长≥5%), whose base
// the cell leaves out. A ± after the sign (误差≤±2%) is still two bounds: the words after it make a sentence.
const SUBJECT_LEAD = /^(?:[\u4e00-\u9fa5]{0,2}(?:误差|偏差)率?|平均)\s*/;

/** s without a lead naming what its bound is on, when a comparator follows it; s itself otherwise. */
export function withoutSubjectLead(s: string): string {
  // A char test first: 差 within the first five chars, or 平 first; most values have neither.
  let near = s.charCodeAt(0) === PING;
  for (let i = 1; !near && i < 5 && i < s.length; i++) near = s.charCodeAt(i) === CHA;
  if (!near) return s;
  const m = SUBJECT_LEAD.exec(s);
  if (!m) return s;
  const rest = s.slice(m[0].length);
  return readSign(rest).sign != null ? rest : s;
}

const BAN = 0x534a; // 半
const HALF_OF = /^半(?=个?(?:小时|钟头|天|日|工作日|个工作日))/;

/** `半小时…` → `0.5小时…`: half of a unit of time in digits; the text itself when it opens otherwise. */
export function withHalfAsDigits(text: string): string {
  return text.charCodeAt(0) === BAN && HALF_OF.test(text) ? `0.5${text.slice(1)}` : text;
}

// ￥50,000, ¥ 1,200.00, 人民币20万元: the currency in front of an amount says what the unit says; the amount is the number.
const CURRENCY_LEAD = /^(?:￥|¥|人民币)\s*(?=[\d.]|[零〇一二两三四五六七八九十百千万亿])/;

/** The text without a currency sign (or 人民币) in front of an amount; the text itself otherwise. */
export function withoutCurrency(text: string): string {
  const c = text.charCodeAt(0);
  if (c !== 0xffe5 && c !== 0xa5 && c !== 0x4eba) return text;
  const m = CURRENCY_LEAD.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** A year as documents date themselves: 1900–2100. */
export function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2100;
}

/**
 * Whether `text` opens with a year and a two-digit month parted by a dot (2026.10, 2025.09) and `n` is the number
 * read from it: a date as clerks type it. An amount of one year's magnitude with two decimals that read as a month
 * is rare; under a unit column of another kind (万元) deriveTarget reads the digits as that amount.
 */
export function isDottedMonth(text: string, n: number): boolean {
  if (Number.isInteger(n) || !isYear(Math.trunc(n)) || text.charCodeAt(4) !== 46 || text.length < 7) return false;
  const tens = text.charCodeAt(5);
  const ones = text.charCodeAt(6);
  if (text.length > 7) {
    const next = text.charCodeAt(7);
    if (next >= 48 && next <= 57) return false;
  }
  return (tens === 48 && ones >= 49 && ones <= 57) || (tens === 49 && ones >= 48 && ones <= 50);
}
