import { isNumeralCode, readChineseDecimal, readSpan } from './chinese-numeral';

const PERCENT_OF = '百分之';
const PERCENT_SHORT = '百分百';
const PERMILLE_OF = '千分之';
const PER_TEN_THOUSAND_OF = '万分之';
const WAN = 0x4e07;
const YI = 0x4ebf;
const HUNDRED = 0x767e;
const POINT = 0x70b9;
const DIGITS = /^\d+(?:\.\d+)?/;

/**
 * The text with its leading Chinese numeral written in digits (三次 → 3次, 两千人 → 2000人, 百分之九十五 → 95%,
 * 千分之五 → 5‰), or null when it does not start with a well-formed numeral. A 万 or 亿 that starts the unit after
 * it stays with the unit (三百万元 → 300万元), as the digits 300万元 keep it; `isUnit` says what a unit is.
 * Whether the rest is a unit at all is the caller's to judge.
 */
export function numeralAsDigits(text: string, isUnit: (s: string) => boolean): string | null {
  // 百分百: 百分之百 said short, the whole.
  if (text.startsWith(PERCENT_SHORT)) return `100%${text.slice(PERCENT_SHORT.length)}`;
  let from = 0;
  let per = '';
  if (text.startsWith(PERCENT_OF)) {
    from = PERCENT_OF.length;
    per = '%';
  } else if (text.startsWith(PERMILLE_OF)) {
    from = PERMILLE_OF.length;
    per = '‰';
  } else if (text.startsWith(PER_TEN_THOUSAND_OF)) {
    from = PER_TEN_THOUSAND_OF.length;
    per = '‱';
  }
  if (per !== '') {
    // 百分之95: the share in digits.
    const m = DIGITS.exec(text.slice(from));
    if (m) return `${m[0]}${per}${text.slice(from + m[0].length)}`;
  }
  let end = from;
  while (end < text.length && isNumeralCode(text.charCodeAt(end))) end++;
  // 一1次: numerals running into digits are no one number.
  if (end === from || (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57)) return null;
  // 九十五点五分, 百分之四十三点二: a decimal point with numerals after it; when the two are no decimal (三点五十分 is a
  // time, 两点五 an hour) the text is words, never the numeral before the point.
  if (end + 1 < text.length && text.charCodeAt(end) === POINT && isNumeralCode(text.charCodeAt(end + 1))) return decimalAsDigits(text, from, end, per, isUnit);
  let value = readSpan(text, from, end) ?? placeDigits(text, from, end);
  // 百分之百: the place alone is the whole.
  if (value == null && per === '%' && end - from === 1 && text.charCodeAt(from) === HUNDRED) value = 100;
  if (per === '' && end - from >= 2 && end < text.length) {
    const last = text.charCodeAt(end - 1);
    if ((last === WAN || last === YI) && startsUnit(text, end - 1, isUnit)) {
      const lower = readSpan(text, from, end - 1);
      if (lower != null) {
        value = lower;
        end--;
      }
    }
  }
  if (value == null) return null;
  return `${value}${per}${text.slice(end)}`;
}

/** numeralAsDigits of a numeral with a decimal point at `point`: the fraction runs to the first non-numeral. */
function decimalAsDigits(text: string, from: number, point: number, per: string, isUnit: (s: string) => boolean): string | null {
  let end = point + 1;
  while (end < text.length && isNumeralCode(text.charCodeAt(end))) end++;
  let value = readChineseDecimal(text.slice(from, end));
  // 三点五万人: a magnitude closing the fraction starts the unit after it, as in 3.5万人.
  if (value == null && per === '' && end - point > 2 && end < text.length && startsUnit(text, end - 1, isUnit)) {
    const last = text.charCodeAt(end - 1);
    if (last === WAN || last === YI) value = readChineseDecimal(text.slice(from, --end));
  }
  return value == null ? null : `${value}${per}${text.slice(end)}`;
}

function startsUnit(text: string, at: number, isUnit: (s: string) => boolean): boolean {
  for (let k = 2; k <= 4 && at + k <= text.length; k++) if (isUnit(text.slice(at, at + k))) return true;
  return false;
}

const LING = 0x3007; // 〇

/**
 * 一〇〇: digits written one per place, as a year is (二〇二五), the 〇 saying so; null for any other run (一二 is a
 * list, 十四五 a name). A year read this way meets the caller's year rules (二〇二五年 is a date).
 */
function placeDigits(text: string, from: number, to: number): number | null {
  if (to - from < 2 || text.slice(from, to).indexOf('〇') < 0 || text.charCodeAt(from) === LING) return null;
  let digits = '';
  for (let i = from; i < to; i++) {
    const v = readSpan(text, i, i + 1);
    if (v == null || v >= 10 || (v === 0 && text.charCodeAt(i) !== LING)) return null;
    digits += String(v);
  }
  return Number(digits);
}
