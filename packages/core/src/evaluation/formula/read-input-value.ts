import { percentInWords } from '../../scoring/read-actual-in-unit';
import { readChineseNumeral } from '../../values/chinese-numeral';
import { foldWidth } from '../../values/normalize-text';

/**
 * A formula input as a clerk enters it: a number, or text such as 「95%」, 「1,200万元」, 「1.2亿元」 or 「１２００」.
 * A percentage keeps the number written (95% → 95), as forms keep 「≥95%」 as 95 with unit %, and as the
 * built-in templates' rate inputs are written in percentage points (每压减1%得0.2分 → 0.2 × 压减率). Amounts
 * are read in 万元 (the unit every amount in jixiao is kept in), so 元, 万元 and 亿元 inputs compare.
 */
export function readInputValue(v: unknown, name?: string): number | null {
  if (name !== undefined && isYesNoInput(name)) {
    const yn = readYesNo(v, name);
    if (yn !== null) return yn;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string' || v.length > 100) return null;
  const s = foldWidth(v).replace(INVISIBLE, '');
  const m = INPUT_TEXT.exec(s);
  if (!m) return rateInWords(s);
  const n = Number(m[1]!.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  const unit = m[2] ?? '';
  const scale = AMOUNT_SCALE[unit] ?? (unit.startsWith('亿') ? 1e8 : unit.startsWith('万') ? 1e4 : 1);
  const value = n * scale;
  return Number.isFinite(value) ? value : null;
}

/**
 * A rate typed in words, in percentage points as 95% is: 九成 → 90, 九成五 → 95, 八成半 → 85, 百分之九十五 → 95,
 * 千分之八 → 0.8; null for any other text. Only the whole input: 九成以上 or 约九成 is no figure.
 */
export function rateInWords(text: string): number | null {
  const s = foldWidth(text).replace(INVISIBLE, '');
  const tenths = TENTHS.exec(s);
  if (tenths) {
    const whole = readChineseNumeral(tenths[1]!);
    const extra = tenths[2] === undefined ? 0 : tenths[2] === '半' ? 0.5 : readChineseNumeral(tenths[2]);
    return whole === null || extra === null || whole > 10 || extra >= 10 ? null : whole * 10 + extra;
  }
  const p = percentInWords(s);
  return Number.isFinite(p) ? p : null;
}

/** Whether an input is typed as a rate in words (九成, 百分之九十五): in percentage points, as 95% is. */
export function typedAsRateWords(v: unknown): boolean {
  return typeof v === 'string' && v.length <= 20 && rateInWords(v) !== null;
}

// 九成, 十成, 九成五, 八成半: tenths, and a digit or a half of a tenth after 成.
const TENTHS = /^([一二两三四五六七八九十])成([一二三四五六七八九]|半)?$/;

// Spaces, ideographic spaces and zero-width characters (the joiner outside the class: it joins what it sits between).
const INVISIBLE = /(?:[\s\u3000\u200b\u200c\u2060\ufeff]|\u200d)+/g;

// A number (thousands separators allowed) and an optional short unit: %, ‰, 万元, 人次, 万人, 个, 分, 天…
const INPUT_TEXT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(%|‰|个百分点|百分点|[\u4e00-\u9fff]{1,4})?$/;

// A bare 万 or 亿 after an amount is 万元 or 亿元, as finance writes 「1,200万」.
const AMOUNT_SCALE: Readonly<Record<string, number>> = { 元: 1e-4, 千元: 0.1, 万元: 1, 万: 1, 亿元: 1e4, 亿: 1e4, '%': 1, '‰': 1, 个百分点: 1, 百分点: 1 };

/**
 * An input name as typed, without the spaces and full-width letters that would make it miss the formula's name; a
 * unit in full-width brackets (三公经费（万元）) is spelled as the formula reads it (三公经费(万元)).
 */
export function normalizeInputName(name: string): string {
  return foldWidth(name).replace(INVISIBLE, '').replace(/（/g, '(').replace(/）/g, ')');
}

/**
 * An input that states a fact to be answered yes or no (无闲置资产, 不符合中小企业预留要求, 是否按期完成, 有无违规): a
 * name that opens with a negation, 是否 or 有无 (or asks 是否/有无 inside), and does not end in a measure (…数, …率,
 * …金额, …次, a bracketed unit), which would make it a figure (未完成项目数 is a count).
 */
export function isYesNoInput(name: string): boolean {
  const n = normalizeInputName(name);
  if (n.length < 2 || MEASURE_END.test(n)) return false;
  return STATEMENT_START.test(n) || ASKS.test(n);
}

const STATEMENT_START = /^(?:是否|有无|无|不|未|非|没有|存在|已)/;
const ASKS = /是否|有无/;
const MEASURE_END = /(?:数|率|额|值|量|比例|占比|比重|分|天|次|人|个|件|户|元|\)|%)$/;

/**
 * 是/否 (and true/false) as 1/0 for a yes/no input; 有/无 only when the name asks 有无, since for 无闲置资产 a bare 无
 * could mean either answer.
 */
function readYesNo(v: unknown, name: string): number | null {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'string') return null;
  const s = foldWidth(v).replace(INVISIBLE, '').toLowerCase();
  if (YES.has(s)) return 1;
  if (NO.has(s)) return 0;
  if (/有无/.test(normalizeInputName(name))) {
    if (s === '有') return 1;
    if (s === '无' || s === '没有') return 0;
  }
  return null;
}

const YES = new Set(['是', '对', '√', 'yes', 'y', 'true']);
const NO = new Set(['否', '不是', '×', 'no', 'n', 'false']);

/** How a yes/no input is answered, for the message when its value cannot be read. */
export const YES_NO_HINT = '请填写 是 或 否（也可填 1 或 0）';
