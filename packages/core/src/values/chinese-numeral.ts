/**
 * Numbers written in Chinese numerals (三千, 十二, 一百零五, 两千五, 一万五千): the one reader every rule uses, so a
 * target, an actual and a goal read the same words as the same number. Digits are not its business.
 */

// Each numeral char by code: 零 and 〇 hold a place (0), digits 1–9, then the units 十百千 and the group units 万亿.
const VALUE = new Map<number, number>([
  [0x96f6, 0], [0x3007, 0],
  [0x4e00, 1], [0x4e8c, 2], [0x4e24, 2], [0x4e09, 3], [0x56db, 4], [0x4e94, 5], [0x516d, 6], [0x4e03, 7], [0x516b, 8], [0x4e5d, 9],
  [0x5341, 10], [0x767e, 100], [0x5343, 1000], [0x4e07, 1e4], [0x4ebf, 1e8],
]);

/** Whether the char code is one a Chinese numeral is written with (零〇一二两三四五六七八九十百千万亿). */
export function isNumeralCode(c: number): boolean {
  return VALUE.has(c);
}

/**
 * The value of a whole text written as one Chinese numeral; null when it is not a well-formed numeral.
 *
 * - Places run down, each unit after its digit: 三千二百, 二十五万; only the first unit of the numeral may stand
 *   without one (十二, 十万). 百姓, 千家万户, 万, 千万 and 十百 are words or nonsense, not numbers.
 * - 零 (or 〇) holds a skipped place between a unit and a digit (一百零五, 一万零五百); alone it is 0. A numeral
 *   never starts or ends with it, nor doubles it.
 * - Two digits in a row (十四五, 一二, 二〇二四) are a name, a list or a year in digits, not a numeral.
 * - A digit closing the numeral right after 百, 千, 万 or 亿 counts one place lower (两千五 = 2500, 三百五 = 350,
 *   一万五 = 15000); after 十 or after 零 it is the ones (二十五, 一千零五).
 * - 亿 then 万 then the rest; each group below 一万 (一万万 and 一万亿 are refused).
 */
export function readChineseNumeral(text: string): number | null {
  return readSpan(text, 0, text.length);
}

/** readChineseNumeral of text.slice(from, to), without the slice. */
export function readSpan(text: string, from: number, to: number): number | null {
  if (to <= from) return null;
  if (to - from === 1 && VALUE.get(text.charCodeAt(from)) === 0) return 0;
  let total = 0;
  let section = 0;
  // The digit waiting for its unit (-1: none), and whether a 零 came before it.
  let digit = -1;
  let afterZero = false;
  let zeroPending = false;
  // The last unit in the current group (Infinity at its start) and the last big unit; the last unit of any kind.
  let lastSmall = Infinity;
  let lastBig = Infinity;
  let lastUnit = 0;
  for (let i = from; i < to; i++) {
    const v = VALUE.get(text.charCodeAt(i));
    if (v === undefined) return null;
    if (v === 0) {
      if (i === from || digit >= 0 || zeroPending) return null;
      zeroPending = true;
    } else if (v < 10) {
      if (digit >= 0) return null;
      digit = v;
      afterZero = zeroPending;
      zeroPending = false;
    } else if (zeroPending) {
      return null;
    } else if (v < 1e4) {
      if (v >= lastSmall) return null;
      if (digit < 0 && !(v === 10 && i === from)) return null;
      section += (digit < 0 ? 1 : digit) * v;
      digit = -1;
      afterZero = false;
      lastSmall = v;
      lastUnit = v;
    } else {
      if (v >= lastBig || (section === 0 && digit < 0)) return null;
      total += (section + closingDigit(digit, afterZero, lastSmall === Infinity ? 0 : lastSmall)) * v;
      section = 0;
      digit = -1;
      afterZero = false;
      lastSmall = Infinity;
      lastBig = v;
      lastUnit = v;
    }
  }
  if (zeroPending) return null;
  return total + section + closingDigit(digit, afterZero, lastUnit);
}

/** What a digit closing a group adds: one place below the unit before it when that is 百 or above (两千五), else itself. */
function closingDigit(digit: number, afterZero: boolean, unitBefore: number): number {
  if (digit < 0) return 0;
  return !afterZero && unitBefore >= 100 ? digit * (unitBefore / 10) : digit;
}

/**
 * The last run of numeral chars in text (培训三百人次 → 三百 at 2..4), with its value; null when there is no run or
 * the last one is not a well-formed numeral (千家万户 ends in 万, which is not). A run ending in 千, 万 or 亿 that
 * reads only without it leaves that char to the unit after it (五十千米 → 五十, then 千米: units such as 千米, 千克,
 * 万元 and 亿元 start with a numeral char). A run after a 点 that follows a numeral is the fraction of a decimal
 * (九十五点五分 → 95.5 at 0..5), or no number at all when the two cannot be one (三点五十分 is a time): never the
 * part after the 点 alone. After a word (试点五个, 网点三个) the 点 is a place, and the run stands alone.
 */
export function lastNumeral(text: string): { start: number; end: number; value: number } | null {
  let end = text.length;
  while (end > 0 && !isNumeralCode(text.charCodeAt(end - 1))) end--;
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0 && isNumeralCode(text.charCodeAt(start - 1))) start--;
  if (start >= 2 && text.charCodeAt(start - 1) === POINT && isNumeralCode(text.charCodeAt(start - 2))) return decimalEndingAt(text, start, end);
  let value = readSpan(text, start, end);
  if (value == null && end - start > 1 && VALUE.get(text.charCodeAt(end - 1))! >= 1000) value = readSpan(text, start, --end);
  return value == null ? null : { start, end, value };
}

// 点, the decimal point of a number spoken or written in Chinese numerals (九十五点五, 零点五).
const POINT = 0x70b9;
const LIANG = 0x4e24;

/**
 * The value of a whole text written as a Chinese numeral with or without a decimal point (四十三点二 = 43.2,
 * 零点五 = 0.5, 九十五 = 95); null when it is neither. The fraction is digits alone, one per place (三点五十 is a
 * time, 三点两 nothing); 两 before the point (两点) is an hour or "two points", never 2.
 */
export function readChineseDecimal(text: string): number | null {
  const point = text.indexOf('点');
  if (point < 0) return readSpan(text, 0, text.length);
  return decimalValue(text, 0, point, text.length);
}

/** The decimal whose fraction is text[from, to), the point just before it; with the magnitude rule of lastNumeral. */
function decimalEndingAt(text: string, from: number, to: number): { start: number; end: number; value: number } | null {
  let start = from - 1;
  while (start > 0 && isNumeralCode(text.charCodeAt(start - 1))) start--;
  // 三点五万人: the magnitude after the fraction starts the unit, as in 3.5万人.
  let end = to;
  if (end - from > 1 && !isDigitRun(text, from, end) && VALUE.get(text.charCodeAt(end - 1))! >= 1000) end--;
  const value = decimalValue(text, start, from - 1, end);
  return value == null ? null : { start, end, value };
}

/** text[from, point) as the whole part and text[point + 1, to) as the fraction; null unless both are well formed. */
function decimalValue(text: string, from: number, point: number, to: number): number | null {
  if (point <= from || point + 1 >= to || text.charCodeAt(point - 1) === LIANG || !isDigitRun(text, point + 1, to)) return null;
  const whole = readSpan(text, from, point);
  if (whole == null) return null;
  let fraction = '';
  for (let i = point + 1; i < to; i++) fraction += String(VALUE.get(text.charCodeAt(i)));
  // Through the decimal string: the double nearest the decimal, as Number('43.2') is (43 + 0.2 need not be).
  return Number(`${whole}.${fraction}`);
}

/** Whether text[from, to) is digits alone (零〇一二三四五六七八九, not 两 and no unit): a fraction's places. */
function isDigitRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const v = VALUE.get(c);
    if (v === undefined || v >= 10 || c === LIANG) return false;
  }
  return true;
}

// The numerals of amounts written out (大写, as on cheques and contracts) and the everyday ones they stand for.
const FINANCIAL = new Map<number, string>([
  [0x58f9, '一'], [0x8d30, '二'], [0x8cb3, '二'], [0x53c1, '三'], [0x53c3, '三'], [0x8086, '四'], [0x4f0d, '五'], [0x9646, '六'],
  [0x9678, '六'], [0x67d2, '七'], [0x634c, '八'], [0x7396, '九'], [0x62fe, '十'], [0x4f70, '百'], [0x4edf, '千'],
]);

/**
 * The text with the numeral it opens with written in everyday numerals when it is written in 大写 (叁次 → 三次,
 * 伍拾万元 → 五十万元); the text unchanged otherwise. Only a leading numeral: 队伍, 陆续 and 收拾 are words, and
 * the same chars inside a text are never read as numbers.
 */
export function withFinancialNumerals(text: string): string {
  if (!FINANCIAL.has(text.charCodeAt(0))) return text;
  let out = '';
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const everyday = FINANCIAL.get(c);
    if (everyday !== undefined) out += everyday;
    else if (VALUE.has(c)) out += text.charAt(i);
    else break;
  }
  return out + text.slice(i);
}
