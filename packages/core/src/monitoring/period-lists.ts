import type { Comparator } from '../forms/forms-schema';
import { readActualInUnit } from '../scoring/read-actual-in-unit';
import { readChineseNumeral } from '../values/chinese-numeral';
import { foldWidth } from '../values/normalize-text';

/** A value written period by period (一季度3次，二季度4次; 1月96%、2月97%、3月98%), read as one value for months 1..m. */
export interface ListedByPeriod {
  value: number;
  firstMonth: number;
  lastMonth: number;
  periods: number;
}

// 一季度 / 第二季度, 上半年, 7月 / 7-8月 / 1至3月: the period a clause opens with.
const MONTH = String.raw`(?:\d{1,2}|十[一二]?|[一二三四五六七八九])`;
const PERIOD_LABEL = new RegExp(String.raw`^(?:第?([一二三四1-4])季度|([上下])半年|(${MONTH})(?:\s*[-–—~～至到]\s*(${MONTH}))?\s*月份?)`);
const CLAUSES = /[、，,；;]/;

function monthOf(s: string): number | null {
  const n = /^\d+$/.test(s) ? Number(s) : readChineseNumeral(s);
  return n != null && n >= 1 && n <= 12 ? n : null;
}

function periodOf(m: RegExpExecArray): [number, number] | null {
  if (m[1] != null) {
    const q = monthOf(m[1]);
    return q != null && q <= 4 ? [q * 3 - 2, q * 3] : null;
  }
  if (m[2] != null) return m[2] === '上' ? [1, 6] : [7, 12];
  const first = monthOf(m[3]!);
  const last = m[4] != null ? monthOf(m[4]) : first;
  return first != null && last != null && first <= last ? [first, last] : null;
}

/**
 * Each clause a period in order (no overlap, none after month m) with its figure in the row's unit: a count or an
 * amount is the sum of the periods (the quarters make the running total); a rate or any other level is the latest
 * period's, as the sheet's value is where the row stands now. Null unless every clause is such a period figure.
 */
export function listedByPeriod(actual: string, unit: string | null, name: string, cmp: Exclude<Comparator, 'qualitative'>, cumulative: boolean, month: number): ListedByPeriod | null {
  const clauses = eachPeriod(foldWidth(actual).trim().replace(/[。.]$/, '')).split(CLAUSES).map((c) => c.trim()).filter((c) => c !== '');
  if (clauses.length < 2) return null;
  let sum = 0;
  let last = NaN;
  let firstMonth = 0;
  let lastMonth = 0;
  for (const clause of clauses) {
    const label = PERIOD_LABEL.exec(clause);
    if (!label) return null;
    const period = periodOf(label);
    if (!period || period[0] <= lastMonth || period[1] > month) return null;
    const rest = clause.slice(label[0].length).trim();
    // The figure follows the period, after words naming what was done (完成投资, 合格率): never a bare period.
    if (!/^[^\d]{0,8}\d/.test(rest)) return null;
    const read = readActualInUnit(rest, unit, name, cmp);
    if (read.value !== read.value) return null;
    if (firstMonth === 0) firstMonth = period[0];
    lastMonth = period[1];
    sum += read.value;
    last = read.value;
  }
  return { value: cumulative ? sum : last, firstMonth, lastMonth, periods: clauses.length };
}

// 一、二季度各2次, 1、2月各3次, 上、下半年各1次: several periods sharing one figure (各, each).
const EACH_ITEM = String.raw`第?(?:[一二三四1-4]|[上下]|${MONTH})(?:季度|半年|月份?)?`;
const EACH = new RegExp(String.raw`^(${EACH_ITEM}(?:\s*[、，,和及与]\s*${EACH_ITEM})+?)\s*(季度|半年|月份?)\s*各\s*(.+)$`);

/** The periods of a shared figure written out one by one (一、二季度各2次 → 一季度2次，二季度2次); else the text as it is. */
function eachPeriod(text: string): string {
  const m = EACH.exec(text);
  if (m == null) return text;
  const suffix = m[2]!;
  return m[1]!.split(/\s*[、，,和及与]\s*/).map((p) => `${p.replace(/^第/, '').replace(/(?:季度|半年|月份?)$/, '')}${suffix}${m[3]}`).join('，');
}

// A figure in a measure word (38个村, 1,200人, 120批次, 1.2万人), not a date or a duration.
const COUNT = /(\d[\d,]*(?:\.\d+)?)\s*([万千亿]?)([\u4e00-\u9fff])/g;
const NOT_A_COUNT = /[年月日号季周天时分秒岁倍]/;
const SCALE: Record<string, number> = { '': 1, 千: 1e3, 万: 1e4, 亿: 1e8 };
const SLASH = /(\d[\d,]*)\s*\/\s*(\d[\d,]*)\s*[\u4e00-\u9fff]/;

/**
 * A rate written as its two counts (已覆盖38个村（共40个）, 检测120批次，合格119批次, 受理200件，超期8件, 38/40个村):
 * the part over the whole, in percent. Only two figures in the same measure word and no percent sign; the smaller is
 * the part, whatever the row's direction, as the row's name says what the part is. Null otherwise.
 */
export function partOfWhole(actual: string): number | null {
  const s = foldWidth(actual).replace(/(\d),(?=\d{3})/g, '$1');
  if (/[%‰]|百分之/.test(s)) return null;
  const slash = SLASH.exec(s);
  if (slash) {
    const [a, b] = [Number(slash[1]), Number(slash[2])];
    return b > 0 && a <= b && !/\d/.test(s.replace(slash[0], '')) ? (a / b) * 100 : null;
  }
  const figures = [...s.matchAll(COUNT)];
  if (figures.length !== 2 || (s.match(/\d+(?:\.\d+)?/g) ?? []).length !== 2) return null;
  const [x, y] = figures as [RegExpExecArray, RegExpExecArray];
  if (x[3] !== y[3] || NOT_A_COUNT.test(x[3]!)) return null;
  const a = Number(x[1]!) * SCALE[x[2]!]!;
  const b = Number(y[1]!) * SCALE[y[2]!]!;
  const [part, whole] = a <= b ? [a, b] : [b, a];
  return whole > 0 ? (part / whole) * 100 : null;
}

const NUMERAL = '[\\d一二两三四五六七八九十百千万]';
const ABOUT = new RegExp(`^(?:约|大约|近|将近|接近)(?=${NUMERAL})`);
const OVER = new RegExp(`(${NUMERAL})(?:余|多)(?=[\\u4e00-\\u9fff])`);
// 已完工3座，在建2座: a clause of work still under way counts nothing done.
const UNDER_WAY = /^(?:另|其余|剩余)?[\d一二两三四五六七八九十]*[\u4e00-\u9fff]{0,2}?(?:在建|在施|正在(?:建设|施工|实施)|施工中|未完工|尚未完工)/;

/**
 * A figure so far as progress is written in monitoring: at least a figure (两千余册, 五百多人) is that figure; before
 * the year's end (`beforeYearEnd`) so is about a figure (约20次, 近八十户, 约65%-70%), as where the work stands, while
 * a year-end value keeps an estimate apart as the scorer does. A clause of work still under way beside the work done
 * (已完工3座，在建2座) is set aside.
 */
export function roughFigure(actual: string, beforeYearEnd: boolean): string {
  const clauses = foldWidth(actual).split(/[，,；;](?!\d{3})/);
  const kept = clauses.length > 1 ? clauses.filter((c) => !UNDER_WAY.test(c.trim())) : clauses;
  const text = (kept.length > 0 && kept.some((c) => /\d/.test(c)) ? kept : clauses).join('，').trim();
  return (beforeYearEnd ? text.replace(ABOUT, '') : text).replace(OVER, '$1');
}
