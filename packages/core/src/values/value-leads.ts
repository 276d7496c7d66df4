import { isPlausibleUnit } from './plausible-unit';
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
// 预算执行偏差率≤5% names its quantity in four characters before 偏差.
const SUBJECT_LEAD = /^(?:[\u4e00-\u9fa5]{0,4}(?:误差|偏差)率?|平均)\s*/;

/** s without a lead naming what its bound is on, when a comparator follows it; s itself otherwise. */
export function withoutSubjectLead(s: string): string {
  // A char test first: 差 within the first seven chars, or 平 first; most values have neither.
  let near = s.charCodeAt(0) === PING;
  for (let i = 1; !near && i < 7 && i < s.length; i++) near = s.charCodeAt(i) === CHA;
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

// ￥50,000, ¥ 1,200.00, 人民币20万元, RMB 500,000: the currency in front of an amount says what the unit says; the amount
// is the number.
const CURRENCY_LEAD = /^(?:￥|¥|人民币|RMB)\s*(?=[\d.]|[零〇一二两三四五六七八九十百千万亿])/;

/** The text without a currency sign (or 人民币) in front of an amount; the text itself otherwise. */
export function withoutCurrency(text: string): string {
  const c = text.charCodeAt(0);
  if (c !== 0xffe5 && c !== 0xa5 && c !== 0x4eba && c !== 0x52) return text;
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

// 人次：1200, 金额（万元）：50, 目标值：≥95%: a cell exported with its field name and a colon before the figure. The name
// (or its bracket) may be the unit; a name that makes the figure relative (较上年：, 增长：, 比上年：) is no mere label
// (比例 and 比率 name a share, not a comparison). 金额¥35万元: a currency sign parts the name from the amount as a colon does.
const FIELD_LABEL = /^([\u4e00-\u9fa5]{1,8})(?:[（(]([^（()）]{1,8})[）)])? ?(?:[：:] ?(?=[\d<>≤≥=⩾⩽+.￥¥-]|[不大小高低至最])|(?=[￥¥]))/;
const RELATIVE_LABEL = /[较增减降升]|比(?![例率重])|上年|去年|同期|基[期数]/;
// Only a name that says what the figure is (a value field, a rate's or a degree's name 温度 / 浓度 / 满意度, or its unit) is a
// label to drop: 年度预算：580.00 or 项目名称：… is a header line of the form, which the importer must keep apart from value
// cells (年度 and 季度 name a period, not a degree). 目标 / 指标 alone (年度目标：≥95%, after the period lead) name the value
// field as 目标值 does; a rate's name may run to seven characters (家庭医生签约率：≥75%).
const VALUE_FIELD = /^(?:年度|全年)?(?:(?:目标|指标|完成|实际|实际完成|计划|预期|考核)?值|目标|指标)$|^(?:数值|数量|金额|结果|时限|期限|时长|频次|周期|比例|比率|面积|长度|规模|标准)$|^[\u4e00-\u9fa5]{1,7}率$|^(?!年度$|季度$)[\u4e00-\u9fa5]{1,4}度$/;

/** The text without a field name and colon before its figure, and the unit the name gives; the text itself otherwise. */
export function withoutFieldLabel(text: string): { rest: string; unit: string | null } {
  const m = FIELD_LABEL.exec(text);
  if (!m || RELATIVE_LABEL.test(m[1]!)) return { rest: text, unit: null };
  const name = m[1]!;
  const bracket = m[2]?.trim() ?? null;
  const unit = bracket != null && isPlausibleUnit(bracket) ? bracket
    : isPlausibleUnit(name) ? name : name.endsWith('数') && isPlausibleUnit(name.slice(0, -1)) ? name.slice(0, -1) : null;
  if (unit == null && !VALUE_FIELD.test(name)) return { rest: text, unit: null };
  return { rest: text.slice(m[0].length), unit };
}

// 95%或以上 / 3天或以内, and 3次或3次以上: 或 before 以上 / 以内 offers no second value; the bound is said once more.
const OR_BEFORE_SUFFIX = /或(?=(?:及)?(?:以上|以下|以内|之内)$)/;
const OR_AGAIN = /^(\D{0,6}?)(\d[\d.]*)([^\d\s或]{0,4})或\2\3(?=(?:以上|以下|以内)$)/;

/** The text without what its end says twice: 或 before a bound word, and 人民币 after an amount's unit (50万元人民币). */
export function withoutRepeatedTail(text: string): string {
  let s = text;
  if (s.indexOf('或') > 0) s = s.replace(OR_AGAIN, '$1$2$3').replace(OR_BEFORE_SUFFIX, '');
  if (s.endsWith('人民币') && s.length > 3) s = s.slice(0, -3).trimEnd();
  return s;
}
