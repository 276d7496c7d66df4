import { lastNumeral, withFinancialNumerals } from '../values/chinese-numeral';
import { isPlausibleUnit, parseValue, parseValueWithNumerals, withHalfAsDigits, type ParsedValue } from '../values/parse-value';
import { inRowUnit, spansPlaces } from './read-actual-in-unit';

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The common case of a stored target or actual is a bare decimal (`95`, `40.73`, `-3`).
 * Reading those by a char scan keeps the scoring loop free of regexes; anything else
 * returns NaN and the caller falls back to the full parser.
 */
export function plainDecimal(s: string): number {
  return decimalIn(s, 0, s.length);
}

/** plainDecimal of s.slice(from, to), without the slice. */
function decimalIn(s: string, from: number, to: number): number {
  const n = to - from;
  if (n <= 0 || n > 24) return NaN;
  let i = from;
  const first = s.charCodeAt(from);
  if (first === 45 || first === 43) {
    if (n === 1) return NaN;
    i++;
  }
  let dot = false;
  let digits = 0;
  // The digits as an integer and how many follow the point: up to 15 digits the integer is exact, and
  // dividing it by an exact power of ten rounds once, to the double nearest the decimal, as Number(s) does.
  let mantissa = 0;
  let decimals = 0;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      mantissa = mantissa * 10 + (c - 48);
      if (dot) decimals++;
    } else if (c === 46 && !dot) dot = true;
    else return NaN;
  }
  if (digits === 0) return NaN;
  if (digits > 15) return Number(s.slice(from, to));
  const v = decimals === 0 ? mantissa : mantissa / POW10[decimals]!;
  return first === 45 ? -v : v;
}

/**
 * plainDecimal plus the next most common spellings of an actual: a leading sign glyph
 * (`≥12`, `<=5`, `=6`) and a trailing `%` (`90%`). NaN sends the caller to the full parser.
 */
export function quickNumber(s: string): number {
  const n = s.length;
  if (n === 0) return NaN;
  let start = 0;
  const c0 = s.charCodeAt(0);
  // ≥ ≤ > < =, optionally followed by =
  if (c0 === 0x2265 || c0 === 0x2264 || c0 === 62 || c0 === 60 || c0 === 61) {
    start = n > 1 && s.charCodeAt(1) === 61 ? 2 : 1;
  }
  let end = n;
  if (s.charCodeAt(n - 1) === 37) end = n - 1;
  return decimalIn(s, start, end);
}

/**
 * Whether s has a digit, ASCII or full-width (which parseValue folds to ASCII): without one, parseValue
 * never reads a number, so a caller that only asks "number or not" can skip the full parser.
 */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

export type ReadValue =
  | { kind: 'number'; number: number }
  | { kind: 'reference'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'empty' };

const EMPTY: ReadValue = { kind: 'empty' };

/** A target or actual as the scoring rules need it: a number, a reference, text, or nothing. */
export function readValue(raw: string | null | undefined): ReadValue {
  if (raw == null || raw === '') return EMPTY;
  const quick = quickNumber(raw);
  if (quick === quick) return { kind: 'number', number: quick };
  const p: ParsedValue = parseValue(raw);
  switch (p.kind) {
    case 'number':
      return { kind: 'number', number: p.number };
    case 'reference':
      return { kind: 'reference', text: p.text };
    case 'text':
      return { kind: 'text', text: p.text };
    default:
      return EMPTY;
  }
}

// 已完成12次, 共完成15项, 累计培训120人次, 平均36小时, 实际完成98%: a short lead in words, then the one number
// and its unit. Leads that negate (未完成), estimate (约, 近), compare or state a change (较上年增长) do not count.
const ACTUAL_LEAD = /^([\u4e00-\u9fa5]{1,8}?)\s*([+-]?\d[\d,]*(?:\.\d+)?.*)$/;
const LEAD_NOT_A_LEVEL = /[未不没无非否约近逾差欠增降减升涨跌较比超]|提高|提前|延期|推迟|滞后|左右|以[上下内]/;
// 误差1.2%, 偏差率4.6%: the name of a measured error, whose 差 is no shortfall.
const ERROR_NAME = /误差|偏差/g;
// 提升至98%, 降至4.2%, 由三级升为二级: a change to a level names the level reached, after the level it came from at most
// (较上年提升至… still compares).
const LEVEL_REACHED = /^(?:[由从][^至到为较比]{1,6}?)?(?:增长|提高|增加|上升|提升|升|下降|降低|减少|降)[至到为]$/;

/**
 * A 完成值 (actual) as the scoring and monitoring rules read it: readValue, and a number reported after a
 * short lead such as 已完成 or 平均, which a reviewer reads as that number. Targets keep readValue: forms.md
 * stores such a target as qualitative text.
 */
export function readActual(raw: string | null | undefined): ReadValue {
  const v = readValue(raw);
  if (v.kind !== 'text') return v;
  const m = ACTUAL_LEAD.exec(v.text.trim());
  if (!m || (LEAD_NOT_A_LEVEL.test(m[1]!.replace(ERROR_NAME, '')) && !LEVEL_REACHED.test(m[1]!)) || spansPlaces(m[1]!)) return v;
  const rest = parseValue(m[2]!);
  return rest.kind === 'number' && rest.sign == null ? { kind: 'number', number: rest.number } : v;
}

// The units of a row that counts places in a ranking (名次 3 is third).
const PLACE_UNITS: ReadonlySet<string> = new Set(['名', '名次', '位', '位次']);

// 三千余册, 二十多场: 余 / 多 right after the numeral.
const MORE_AFTER = /^[余多]/;

/**
 * A 完成值 without a digit that states a number in Chinese numerals (完成六次, 三千人, 两个, 培训三百人次) as readActual
 * reads the same text in digits: the last numeral is written in digits and the text read again, so a negating lead
 * (未完成三次) or an estimate (约五家) keep it from being a number. The numeral must be followed by a unit or nothing
 * (一次性完成 counts no 次), and after a lead it needs its unit (统一, 第一 are words). The number is then put in the
 * row's unit as its digits would be (三万人 in 万人 is 3, 一点五万人次 in 人次 is 15000, 三千米 in 千米 is 3), and a unit
 * that cannot be the row's (一点五倍 or 三次 under %) states no number of it. A decimal point between numerals
 * (九十五点五分, 零点五) is read as lastNumeral reads it. Null when no number is stated.
 */
export function actualInWords(cell: string | null | undefined, unit?: string | null): number | null {
  if (cell == null) return null;
  // 叁次: a cell that opens with a numeral in 大写 reads as the everyday numeral, when the fold reads as a number at all
  // (陆续完成三次 keeps its words).
  const trimmedCell = cell.trim();
  const folded = withFinancialNumerals(trimmedCell);
  const raw = withOneBeforeBareMagnitude(folded !== trimmedCell && parseValueWithNumerals(folded).kind === 'number' ? folded : cell);
  const numeral = lastNumeral(raw);
  if (numeral == null) return halfInWords(trimmedCell, unit);
  const { start, end, value } = numeral;
  const before = raw.slice(0, start);
  // 劣五类: a class worse than Ⅴ, a grade word with no count of 5 in it.
  if (before.endsWith('劣')) return null;
  // 三千余册, 二十多场: more than the numeral, read as the numeral (as 3000余人 is 3000).
  const after = MORE_AFTER.test(raw.slice(end)) ? raw.slice(end + 1) : raw.slice(end);
  // 千分之三点五, 百分之九十八点六: the words before the last numeral are part of the number; read the cell whole. A place
  // (名列第一, 第三) under a row that counts places is the numeral: 第 orders it, as 第3 reads 3.
  if (after.trim() === '' && before.trim() !== '' && !(before.endsWith('第') && unit != null && PLACE_UNITS.has(unit.trim()))) {
    return wholeInNumerals(trimmedCell, unit);
  }
  // The words after the numeral must be a unit: 一次性完成 is no count of 次, though 1次性完成 reads as 1.
  const rest = parseValue(String(value) + after);
  if (rest.kind !== 'number' || (rest.unit != null && !isPlausibleUnit(rest.unit))) return null;
  // The row's unit decides what the number means: 三万人 is 3 万人, 一点五万人次 is 15000 人次; 三次 is no number of %.
  const written = unit != null ? rest.unit : null;
  const read = readActual(before + String(value) + after);
  if (read.kind !== 'number') return null;
  if (written == null) return read.number;
  const inUnit = inRowUnit(read.number, written, unit!);
  return inUnit.clash != null ? null : inUnit.value;
}

// 百余人, 千余册, 万多人: a magnitude with no numeral before it, then 余 / 多, is one of it and more (一百余人); after a
// numeral (三千余), or after 数 / 几 / 近 / 上 / 约, it is not a count of one.
const BARE_MAGNITUDE_MORE = /(?<![零〇一二两三四五六七八九十百千万亿数几近上约])([百千万])(?=[余多])/;

/** The cell with 一 before a bare magnitude followed by 余 / 多 (百余人 → 一百余人); the cell itself otherwise. */
function withOneBeforeBareMagnitude(cell: string): string {
  if (cell.indexOf('余') < 0 && cell.indexOf('多') < 0) return cell;
  return cell.replace(BARE_MAGNITUDE_MORE, '一$1');
}

/** 半小时, 半天: half of a unit of time, the one number such a cell states (null for any other cell). */
function halfInWords(cell: string, unit: string | null | undefined): number | null {
  const digits = withHalfAsDigits(cell);
  return digits === cell ? null : wholeInNumerals(digits, unit);
}

/** A cell that reads whole as one number in numerals (千分之五 → 5 ‰), without a sign, put in the row's unit. */
function wholeInNumerals(cell: string, unit: string | null | undefined): number | null {
  const p = parseValueWithNumerals(cell);
  if (p.kind !== 'number' || p.sign != null) return null;
  if (unit == null || p.unit == null) return p.number;
  const inUnit = inRowUnit(p.number, p.unit, unit);
  return inUnit.clash != null ? null : inUnit.value;
}
