import { isNumeralCode, withFinancialNumerals } from './chinese-numeral';
import { numeralAsDigits } from './numeral-as-digits';
import { foldWidth, trimText, withoutLineBreaks, withoutStray, withoutTypingSlips, withPercentWord } from './normalize-text';
import { isPlausibleUnit } from './plausible-unit';
import { canonicalNumber, readNumber } from './read-number';
import { isRangeValue } from './read-range';
import { readSign, withSpacedSignWord, type Sign } from './read-sign';
import { isSentenceAfterSign } from './sentence-after-sign';
import { inYuan, isDottedMonth, isYear, withHalfAsDigits, withoutCurrency, withoutFieldLabel, withoutRepeatedTail, withoutSubjectLead } from './value-leads';
import { withoutBaseline } from './without-baseline';

// The comparator reader lives in read-sign.ts; callers import it from here as before.
export { readSign, type Sign } from './read-sign';
export { isPlausibleUnit } from './plausible-unit';
export { isDottedMonth, withHalfAsDigits } from './value-leads';
// The number and range readers live in read-number.ts and read-range.ts, the line-wrap fold in normalize-text.ts.
export { canonicalNumber, readNumber } from './read-number';
export { isRangeValue, readRange, type ValueRange } from './read-range';
export { withoutLineBreaks } from './normalize-text';

export type ParsedValue =
  | { kind: 'empty'; sign: null; text: '' }
  /** A number, possibly behind a sign and followed by a unit: `≥95%`, `74 人`, `1,055.4`. */
  | { kind: 'number'; sign: Sign | null; number: number; unit: string | null; text: string }
  /** A sign in front of words: `≤预算控制数` (reference) or `≥较好` (not numeric). */
  | { kind: 'reference'; sign: Sign; text: string; known: boolean }
  /** Anything else: `有效提高`, `100%完成`, `优`. */
  | { kind: 'text'; sign: null; text: string };

// Words after a value that carry a direction: 95%以上, 48小时以内.
// 及其以上 and 及以内 say the same bound as 及以上 (longest first).
const SUFFIX_WORDS: ReadonlyArray<[string, Sign]> = [
  ['及其以上', '>='], ['及以上', '>='], ['以上', '>='], ['及其以下', '<='], ['及以下', '<='], ['以下', '<='],
  ['及以内', '<='], ['以内', '<='], ['之内', '<='],
];

const INCLUSIVE_BEFORE_SUFFIX = /\s*[（(]\s*含[^（()）]{0,4}[）)]\s*(?=(?:及其以上|及以上|以上|及其以下|及以下|以下|及以内|以内|之内)$)/;

const TIME_SPAN_WITHIN = /^[+-]?[\d.,]+\s*(个工作日|工作日|个自然日|自然日|个月|小时|分钟|日|天|周|年|月|min|h)内$/;

/** Words after a sign that name a reference amount rather than a number. */
const REFERENCE_WORDS = /(预算|控制数|计划|标准|定额|批复|上年|去年|同期|规定|合同|限额|核定|实际|市场价|指导价|概算|目标值|年初)/;

// A base that is no power of ten (`3/4`, `2/3`, `10/12`, `12/12个`): a fraction or "a of b", not a rate per population
// base; the count's unit may follow the whole (12/12个 is 12 of 12, not 12 per 12个).
const FRACTION_UNIT = /^[/／]\s*(?!10+(?!\d))\d+\s*[\u4e00-\u9fa5]{0,3}$/;

/**
 * Whether the unit parseValue read after a number is the denominator of a fraction (`3/4` → 3 and `/4`). Such a
 * target or weight states no one number; an actual `10/12` under a count is read by the scoring rules as 10 done.
 */
export function isFractionUnit(unit: string | null): boolean {
  if (unit == null || unit.length > 8) return false;
  const c = unit.charCodeAt(0);
  return (c === 47 || c === 0xff0f) && FRACTION_UNIT.test(unit);
}

// 每月1次, 每季度不少于2次: a count per period; 全年12期: the year's count, every annual target's period; 全年累计 / 累计
// name that total too. 按季度1次, 按月1期: 按 a period says per that period, as 每 does.
// 每学期≥2次, 每半月1期: a school term and half a month are periods too. 本年度 / 年度 (不少于12次) name the year as 全年 does.
const PERIOD_LEAD = /^(?:[每按](半年|半月|学期|年度|年|季度|季|月|周|旬|日|天)|(?:全年)?累计|全年|本年度?|年度)\s*/;
// 每千人口≥3.2张, 每村1名, 每户不超过3000元, 每千名老年人≥35张: a count per head, household or place, as 每月 is one per
// period (张/千人口).
const PER_BASE_LEAD = /^每([十百千万]?(?:常住人口|人口|人|户)|[十百千万]名[\u4e00-\u9fa5]{1,5}?(?=[≥≤<>=⩾⩽不大小高低\d])|村|社区|校|所|家|乡镇|镇|站|亩)\s*/;
// 月均≥20人次, 日均500人次, 人均≥2.5平方米, 户均1.5万元: an average per period or per head, the count per that base as
// 每月 / 每人 give it (人次/月, 平方米/人); 亩均≥800元 and 每亩≥50公斤 are per 亩 of land (元/亩). 年均增长8% stays a change:
// no figure follows the lead.
const AVERAGE_LEAD = /^(月|日|周|季|旬|年|人|户|亩)均\s*/;
const JUN = 0x5747; // 均
const LEI = 0x7d2f; // 累

/** Whether a value's first char may open a period lead (每 / 全 / 按 / 累 / 本 / 年): a char test before the pattern. */
function opensPeriodLead(c0: number): boolean {
  return c0 === 0x6bcf || c0 === 0x5168 || c0 === 0x6309 || c0 === LEI || c0 === 0x672c || c0 === 0x5e74;
}
// A per-period count is a count: 每年95%, 每月2元/人 are not frequencies.
const NOT_PER_PERIOD = /[%‰/]/;
// 保持在95%以上, 稳定在90%以上, 在95%以上: a level held within the bound the word after the number states.
const LEVEL_LEAD = /^(?:保持在|维持在|稳定在|在)\s*/;
const EMPTY: ParsedValue = { kind: 'empty', sign: null, text: '' };
const EN_DASH_MINUS = /(^|[≥≤<>=⩾⩽] ?)–(?=\d)/;

/** The value after the period, per-base or average lead it opens with (月均≥20 → ≥20); null when it opens with none. */
export function withoutPeriodLead(raw: string): string | null {
  const s = trimText(raw);
  const c0 = s.charCodeAt(0);
  const lead = s.charCodeAt(1) === JUN ? AVERAGE_LEAD.exec(s)
    : opensPeriodLead(c0) ? PERIOD_LEAD.exec(s) ?? (c0 === 0x6bcf ? PER_BASE_LEAD.exec(s) : null) : null;
  return lead && lead[0].length < s.length ? s.slice(lead[0].length) : null;
}

/** Whether a value starts by naming its period (每月, 每季度, 全年), as a frequency does. */
export function hasPeriodLead(raw: string): boolean {
  const s = trimText(raw);
  const c0 = s.charCodeAt(0);
  if (s.charCodeAt(1) === JUN) return AVERAGE_LEAD.test(s);
  return opensPeriodLead(c0) && PERIOD_LEAD.test(s);
}

/**
 * Parses a target or actual value as people write it (rules.md §1). Never throws. A value without a digit is
 * never a number here (callers on hot paths skip it by that); parseValueWithNumerals also reads numbers in
 * Chinese numerals.
 */
export function parseValue(raw: string | null | undefined): ParsedValue {
  return parse(raw, false);
}

/**
 * parseValue, and a number written in Chinese numerals read as the same number in digits when a unit (or
 * nothing) follows it: 三次, 不少于两千人, 十个工作日内, 百分之九十五, 千分之五. 一次性, 十分满意 and 一般 stay words.
 */
export function parseValueWithNumerals(raw: string | null | undefined): ParsedValue {
  return parse(raw, true);
}

function parse(raw: string | null | undefined, numerals: boolean): ParsedValue {
  if (raw == null) return EMPTY;
  const original = trimText(raw);
  if (original === '') return EMPTY;
  // `> = 95%`: a two-glyph sign typed with a space inside is still one sign.
  // “≥95%”, ≥90%*, 12次；: quotes, footnote marks and end punctuation around the value are no part of it.
  // 95%%, 99。5%, （≥95%）: slips of typing that change nothing of what the value says.
  let s = withoutTypingSlips(withPercentWord(withoutStray(foldWidth(withoutLineBreaks(original)))).replace(/\s+/g, ' ').trim().replace(/^([<>])\s+=/, '$1='));
  // ≥–5%: Word's autoformat turns a typed minus into an en dash; at the start or right after a sign, before a figure,
  // it can be nothing else (between two figures, 3–5, it is a range's dash).
  if (s.indexOf('–') >= 0) s = s.replace(EN_DASH_MINUS, '$1-');
  // 3-5次, 90%-95%, 不少于3次且不多于5次: two bounds no single comparator can hold.
  if (isRangeValue(s)) return { kind: 'text', sign: null, text: original };
  let period: string | null = null;
  const c0 = s.charCodeAt(0);
  // A char test first: 每 / 全 / 按 / 累 / 本 / 年 open a period lead, a second char 均 an average one; most cells open otherwise.
  const average = s.charCodeAt(1) === JUN;
  if (average || opensPeriodLead(c0)) {
    const lead = average ? AVERAGE_LEAD.exec(s) : PERIOD_LEAD.exec(s) ?? (c0 === 0x6bcf ? PER_BASE_LEAD.exec(s) : null);
    if (lead && lead[0].length < s.length) {
      period = lead[1] ?? '';
      s = s.slice(lead[0].length);
    }
  }
  s = withoutSubjectLead(s);
  // 人次：1200, 目标值：≥95%, 金额¥35万元: a field name and a colon (or a currency sign) before the figure (a char test
  // first: most cells have neither).
  let labelUnit: string | null = null;
  const colon = s.indexOf('：') >= 0 ? s.indexOf('：') : s.indexOf(':') >= 0 ? s.indexOf(':') : Math.max(s.indexOf('¥'), s.indexOf('￥'));
  if (colon > 0 && colon < 16) {
    const label = withoutFieldLabel(s);
    s = label.rest;
    labelUnit = label.unit;
  }
  const p = parseAfterLead(withoutRepeatedTail(s), period, original, numerals);
  return labelUnit != null && p.kind === 'number' && p.unit == null ? { ...p, unit: labelUnit } : p;
}

function parseAfterLead(s: string, period: string | null, original: string, numerals: boolean): ParsedValue {
  const { sign, rest: signRest } = readSign(withSpacedSignWord(s));
  const afterCurrency = withoutCurrency(signRest);
  const currency = afterCurrency !== signRest;
  // 半小时内, 不超过半天: half of a unit of time, the one fraction people write as a word before it.
  const afterSign = numerals ? withHalfAsDigits(afterCurrency) : afterCurrency;
  // 叁次, 伍拾万元: the numerals of amounts written out (大写) read as the everyday ones; only a number that reads so
  // takes the fold (陆续完成 stays words).
  // 百分之 九十: a PDF that spaces its glyphs spaces a number in numerals too; the blanks split no number.
  const spaced = numerals && afterSign.indexOf(' ') > 0 && isNumeralCode(afterSign.charCodeAt(0)) ? afterSign.replace(/ /g, '') : afterSign;
  const numeralText = numerals ? withFinancialNumerals(spaced) : afterSign;
  if (numerals && isNumeralCode(numeralText.charCodeAt(0))) {
    const digits = numeralAsDigits(numeralText, isPlausibleUnit);
    if (digits != null) {
      const p = readAfterSign(digits, sign, period, original, true);
      if (p.kind === 'number') return currency ? inYuan(p) : p;
    }
  }
  const p = readAfterSign(afterSign, sign, period, original, false);
  return currency && p.kind === 'number' ? inYuan(p) : p;
}

// 2025/12, 2025/12/31: a year and its month (and day) written with slashes is a date, not 2025 over 12.
const SLASH_MONTH = /^\/(?:0?[1-9]|1[0-2])(?:\/(?:0?[1-9]|[12]\d|3[01]))?$/;

function readAfterSign(afterSign: string, sign: Sign | null, period: string | null, original: string, fromWords: boolean): ParsedValue {
  let body = afterSign;
  let levelLead = false;
  if (sign == null) {
    const c = body.charCodeAt(0);
    if (c === 0x4fdd || c === 0x7ef4 || c === 0x7a33 || c === 0x5728) {
      const lead = LEVEL_LEAD.exec(body);
      if (lead) {
        body = body.slice(lead[0].length);
        levelLead = true;
      }
    }
  }
  // ≥90%（含）（暂定）: remarks one after another are each left out (an estimate among them still keeps the value text).
  let rest = withoutBaseline(body);
  for (let guard = 0, before = ''; guard < 3 && before !== rest; guard++) {
    before = rest;
    rest = withoutRemark(rest);
  }
  // 95%（含）以上: 以上 and 以内 include the bound already; the bracket says so again.
  if (rest.indexOf('含') > 0) rest = rest.replace(INCLUSIVE_BEFORE_SUFFIX, '');
  // 控制在48小时以内: the 以内 is part of the same phrase.
  let suffixSign: Sign | null = null;
  for (const [word, sg] of SUFFIX_WORDS) {
    if (rest.endsWith(word) && rest.length > word.length) {
      suffixSign = sg;
      rest = rest.slice(0, -word.length).trimEnd();
      break;
    }
  }
  // 3个工作日内, 24小时内: a span of time followed by 内 is a limit, like 以内.
  if (!suffixSign && TIME_SPAN_WITHIN.test(rest)) {
    suffixSign = '<=';
    rest = rest.slice(0, -1).trimEnd();
  }
  if (levelLead && !suffixSign) return { kind: 'text', sign: null, text: original };
  const num = readNumber(rest);
  if (num) {
    const written = num.rest.trim();
    const bracketed = bracketedUnit(written);
    // 3 个 工作日: a unit a PDF spaced out is the unit without the spaces.
    const unitText = bracketed ?? (written.indexOf(' ') > 0 && isPlausibleUnit(written) ? written.replace(/ /g, '') : written);
    if (unitText === '' || bracketed != null || isPlausibleUnit(unitText) || (!fromWords && isUnitWithOutcome(unitText) && !isDateWithOutcome(num.number, unitText))) {
      const finalSign = sign ?? suffixSign;
      let unit = unitText === '' ? null : unitText;
      // 2025年 and 2025年度 are years, not 2025 of a unit 年; 2025/12 is a month.
      // 2026.10: a year and its month written with a dot is a date (after a sign a reference to it), never 2026.1.
      if ((unit == null || unit === '月') && isDottedMonth(rest, num.number)) {
        const date = rest.slice(0, 7);
        return finalSign != null && unit == null ? { kind: 'reference', sign: finalSign, text: date, known: false } : { kind: 'text', sign: null, text: original };
      }
      if (finalSign == null && unit != null && isYear(num.number)) {
        if (unit === '年' || unit === '年度' || (unit.charCodeAt(0) === 47 && SLASH_MONTH.test(unit))) {
          return { kind: 'text', sign: null, text: original };
        }
      }
      if (period) {
        if (unit == null || NOT_PER_PERIOD.test(unit)) return { kind: 'text', sign: null, text: original };
        unit = `${unit}/${period}`;
      }
      return { kind: 'number', sign: finalSign, number: num.number, unit, text: canonicalNumber(num.number) };
    }
  }
  if (period != null) return { kind: 'text', sign: null, text: original };
  if (sign) {
    const words = withoutReferenceRemark(trimText(rest));
    // A sentence after the sign (a second clause, a second value, a figure of its own) is not one reference.
    if (words !== '' && !isSentenceAfterSign(words)) {
      return { kind: 'reference', sign, text: words, known: REFERENCE_WORDS.test(words) };
    }
  }
  return { kind: 'text', sign: null, text: original };
}

// 不高于省定标准（30元/人）: a bracketed remark after a reference, as after a number, is neither the reference nor a unit.
const REFERENCE_REMARK = /^(.*?[^\s（(【[])\s*[（(【[]([^（()）【】[\]]{1,16})[）)】\]]$/;

function withoutReferenceRemark(words: string): string {
  const c = words.charCodeAt(words.length - 1);
  if (c !== 0xff09 && c !== 41 && c !== 0x3011 && c !== 93) return words;
  const m = REFERENCE_REMARK.exec(words);
  if (!m || isPlausibleUnit(m[2]!) || ESTIMATE.test(m[2]!)) return words;
  return m[1]!;
}

// Remarks in brackets after a value that change neither the number nor its unit.
const REMARK = /^([+-]?[\d.,]+.*?)\s*[（(【[]\s*([^（()）【】[\]]{1,12}?)\s*[）)】\]]$/;
// 上下 after a number is an estimate (95%上下); 上下半年 / 上下半月 name the two halves of a period. 评估 (an
// assessment, 以第三方评估为准) says who measures, not that the number is guessed.
// ±: a tolerance (98%（±1%）) makes the value two bounds, no more a point than an estimate is.
// 约束性指标 (a binding target, as 申报 systems label one) and 预约 / 节约 / 制约 hold a 约 that estimates nothing.
const ESTIMATE = /(左右|(?<![预节制签合公])约(?![束定])|(?<!评)估|上下(?!半)|或|±)/;

/**
 * `95%（含）`, `30个（含本数）`, `4次（暂定）`: the bracketed remark after a value says how to
 * read it, it is neither the number nor the unit, so it is left out. A remark that names a unit
 * (`5（个）`, `320万头（只）`) is a unit; one that makes the number an estimate (`（左右）`) keeps
 * the value textual; `（以上）` / `（以内）` count like the words without brackets.
 */
function withoutRemark(text: string): string {
  const m = REMARK.exec(text);
  if (!m) return text;
  const remark = m[2]!;
  if (isPlausibleUnit(remark) || ESTIMATE.test(remark)) return text;
  if (SUFFIX_WORDS.some(([word]) => word === remark)) return `${m[1]!}${remark}`;
  return m[1]!;
}

/**
 * A unit followed by a few words saying what the number counts: `100%完成` is 100 with unit
 * `%完成` (the answer keys read it so; the review still flags the wording as vague). Words
 * that make the number a bound or an estimate (前, 内, 左右, 约 …) keep the value textual.
 */
function isUnitWithOutcome(text: string): boolean {
  const m = /^(.+?)([\u4e00-\u9fa5]{1,4})$/.exec(text);
  if (!m || NOT_OUTCOME.test(m[2]!) || ESTIMATE_TAIL.test(text)) return false;
  for (let cut = text.length - 1; cut >= 1; cut -= 1) {
    const tail = text.slice(cut);
    if (!/^[\u4e00-\u9fa5]{1,4}$/.test(tail)) break;
    if (!NOT_OUTCOME.test(tail) && isPlausibleUnit(text.slice(0, cut))) return true;
  }
  return false;
}

const NOT_OUTCOME = /[前后内外底末初中以之余多约左右起止至及或每年月日时分秒]/;
// 100万元上下: 上下 after an amount is an estimate, as 左右 is (上下半年 names the halves of a year).
const ESTIMATE_TAIL = /上下(?!半)/;

/**
 * A year, month or day followed by words (2024年水平, 11月已完成, 5日前完成): a date or a reference to one, not a
 * count of 年 or 月 with an outcome. Only reached for a unit that passed as a unit with an outcome.
 */
function isDateWithOutcome(n: number, unitText: string): boolean {
  if (!Number.isInteger(n)) return false;
  const c = unitText.charCodeAt(0);
  if (c === 0x5e74) return isYear(n); // 年
  if (c === 0x6708) return n >= 1 && n <= 12; // 月
  return (c === 0x65e5 || c === 0x53f7) && n >= 1 && n <= 31; // 日, 号
}

/**
 * Units written in brackets: `5（个）` → `个`, `100(%)` → `%`, `2【次】` and `6[个]` alike; a unit followed by a bracketed
 * alternative (`万头（只）`) stays as written when both halves are units. Null when the text
 * is not a bracketed unit, so the caller's plausibility check decides.
 */
function bracketedUnit(text: string): string | null {
  const whole = /^[（(【[]\s*([^（()）【】[\]]+?)\s*[）)】\]]$/.exec(text);
  if (whole && isPlausibleUnit(whole[1]!)) return whole[1]!;
  const tail = /^([^（()）]+?)\s*[（(]\s*([^（()）]+?)\s*[）)]$/.exec(text);
  if (tail && isPlausibleUnit(tail[1]!) && isPlausibleUnit(tail[2]!)) return `${tail[1]!}（${tail[2]!}）`;
  return null;
}

/** The number a value stands for (`≥12` → 12, `95%` → 95, `三次` → 3), or null when it has none. */
export function numericValue(raw: string | null | undefined): number | null {
  const p = parseValueWithNumerals(raw);
  return p.kind === 'number' && !isFractionUnit(p.unit) ? p.number : null;
}

/** Reads an amount cell: `1,055.4`, `5 `, `100.00%`, `-` → number or null. */
export function parseAmount(raw: string | null | undefined): number | null {
  if (raw == null) return null;
  const s = foldWidth(trimText(raw)).replace(/\s+/g, '');
  if (s === '') return null;
  // Typed in full-width (WPS's 全角 input): `１，０５６．００` groups its thousands with `，`, which foldWidth keeps as
  // text; only a comma before every group of exactly three digits is a separator (`1，2` stays no amount).
  const m = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:，\d{3})+|\d+)(?:\.\d+)?)(%|万元|元|分)?$/.exec(s);
  if (!m) return null;
  const n = Number(m[1]!.replace(/[,，]/g, ''));
  return Number.isFinite(n) ? n : null;
}
