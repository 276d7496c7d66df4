import { bandNamedBy } from '../scoring/band-words';
import type { QualitativeChoice } from '../scoring/score-types';
import { readChineseNumeral } from '../values/chinese-numeral';
import { foldWidth } from '../values/normalize-text';
import { readSign, type Sign } from '../values/parse-value';

/**
 * How a 1至当月完成值 cell says progress in words rather than in the indicator's unit: a share of the
 * year's target (完成全年的45%), on plan (按计划推进), not finished yet (尚未完成), or a band (基本完成).
 */

const NOISE = /[\s\u3000。.，,；;！!]+/g;

// 完成全年的45%, 已完成年度目标任务的30%, 占全年计划的45%, 全年任务完成率45%, 年度目标完成进度为45%.
const SHARE_OF_YEAR = /^(?:已|累计|共|目前|当前)?(?:完成|达到|实现|占)?了?(?:全年|年度|本年度?|全年度|年)(?:目标|计划|任务|工作|工作量)*的?(?:完成(?:率|进度|比例)?|进度)?(?:为|达到?|约|已达)?(\d+(?:\.\d+)?)%$/;

/** The share of the year's target (in percent) a progress value states, or null when it states none. */
export function shareOfYear(actual: string): number | null {
  // The decimal point stays: only spaces and punctuation around the words go.
  const s = foldWidth(actual).replace(/[\s\u3000，,；;！!。]+/g, '').replace(/\.$/, '');
  if (s.length > 30) return null;
  const m = SHARE_OF_YEAR.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isFinite(n) ? n : null;
}

// 按计划推进, 按进度实施, 按序时进度推进中, 正常推进, 有序推进, 稳步推进: the work keeps to its plan.
const ON_PLAN = /^(?:目前|当前|已|均|正在)?(?:按(?:照)?(?:计划|进度|序时进度|时序进度|时间节点|既定计划|年度计划|工作计划)(?:要求)?|正常|有序|稳步|顺利)(?:推进|进行|实施|开展|执行|建设)中?$/;

/** True when a progress value says the work keeps to its plan. */
export function saysOnPlan(actual: string | number | null): boolean {
  if (typeof actual !== 'string' || actual.length > 20) return false;
  return ON_PLAN.test(foldWidth(actual).replace(NOISE, ''));
}

// 尚未完成, 未完工, 正在推进, 推进中, 尚未开展: not finished yet, which is no shortfall before the deadline.
const UNFINISHED = /^(?:(?:尚|暂|还|仍|目前|当前)?(?:未|没有)(?:完成|完工|竣工|办结|到位|开展|启动|实施|开始|开工)|(?:正在|仍在|尚在)?(?:推进|实施|进行|开展|建设|办理|施工|筹备)中|正在(?:推进|实施|进行|开展|建设|办理|施工|筹备))$/;

/** True when a progress value says the work is not finished yet. */
export function saysUnfinished(actual: string | number | null): boolean {
  if (typeof actual !== 'string' || actual.length > 20) return false;
  return UNFINISHED.test(foldWidth(actual).replace(NOISE, ''));
}

/**
 * The year-end outcome a progress value names in words, for a row with no expected-completion pick:
 * a band word (达成, 基本完成, 未达成) as scoring reads it, or 按计划推进 as on course to 达成.
 */
export function bandFromProgress(actual: string | number | null): QualitativeChoice | null {
  if (typeof actual !== 'string') return null;
  return bandNamedBy(foldWidth(actual).trim()) ?? (saysOnPlan(actual) ? '达成' : null);
}

/** The months a progress value says it covers, when they are not 1..m: 7-9月完成3次, 第三季度完成3次, 下半年完成6次. */
export interface ProgressPeriod {
  firstMonth: number;
  lastMonth: number;
  /** The value after the period. */
  rest: string;
}

const MONTH = String.raw`(\d{1,2}|十[一二]?|[一二三四五六七八九])`;
const LEAD_END = String.raw`\s*(?:期间|内|共|累计)?\s*[,，:：、]?\s*`;
const YEAR = String.raw`(?:\d{4}\s*年\s*)?`;
const SPAN_LEAD = new RegExp(String.raw`^${YEAR}${MONTH}\s*月?份?\s*[-–—~～至到]\s*${MONTH}\s*月(?:份|底|末)?${LEAD_END}`);
const QUARTER_LEAD = new RegExp(String.raw`^${YEAR}(?:第)?([一二三四1-4])\s*季度${LEAD_END}`);
const HALF_LEAD = new RegExp(String.raw`^${YEAR}(上|下)半年度?${LEAD_END}`);

function monthNumber(s: string): number | null {
  const n = /^\d+$/.test(s) ? Number(s) : readChineseNumeral(s);
  return n != null && n >= 1 && n <= 12 ? n : null;
}

/** The period a progress value starts with, when it names one (null for none, or for one it cannot read). */
export function periodOfProgress(actual: string): ProgressPeriod | null {
  const s = foldWidth(actual).trim();
  let m = SPAN_LEAD.exec(s);
  if (m) {
    const first = monthNumber(m[1]!);
    const last = monthNumber(m[2]!);
    return first != null && last != null && first <= last ? { firstMonth: first, lastMonth: last, rest: s.slice(m[0].length) } : null;
  }
  if ((m = QUARTER_LEAD.exec(s))) {
    const q = monthNumber(m[1]!)!;
    return { firstMonth: 3 * q - 2, lastMonth: 3 * q, rest: s.slice(m[0].length) };
  }
  if ((m = HALF_LEAD.exec(s))) return m[1] === '上' ? { firstMonth: 1, lastMonth: 6, rest: s.slice(m[0].length) } : { firstMonth: 7, lastMonth: 12, rest: s.slice(m[0].length) };
  return null;
}

/** How a progress value compares with last year's: 高于上年, 与上年持平, 较上年下降10%, 不低于上年. */
export type YearOnYear = 'above' | 'equal' | 'below' | 'atLeast' | 'atMost';

const LAST_YEAR = /上年|上一年|去年|上年度|上一年度|同期|往年|前一年/;
const AT_LEAST = /(?:不|未|没有)(?:低于|少于|下降|减少|降低)/;
const AT_MOST = /(?:不|未|没有)(?:高于|超过|超出|多于|增长|增加|上升)/;
const EQUAL = /持平|相当|相同|一致|基本不变|无变化/;
const BELOW = /低于|少于|下降|减少|降低|回落|下滑|差于|缩减|压减/;
const ABOVE = /高于|超过|多于|优于|好于|增长|增加|提高|提升|上升|扩大/;

/**
 * The comparison with last year a progress value states. Words alone (有所提高) count when short, as the row's
 * target already names last year; a long sentence must name it itself.
 */
export function comparedWithLastYear(actual: string | number | null): YearOnYear | null {
  if (typeof actual !== 'string') return null;
  const s = foldWidth(actual).replace(NOISE, '');
  if (s === '' || s.length > 40 || (!LAST_YEAR.test(s) && s.length > 8)) return null;
  if (AT_LEAST.test(s)) return 'atLeast';
  if (AT_MOST.test(s)) return 'atMost';
  if (EQUAL.test(s)) return 'equal';
  if (BELOW.test(s)) return 'below';
  if (ABOVE.test(s)) return 'above';
  return null;
}

/**
 * The comparison a target against last year asks for (不低于上年, ≥上年水平, 较上年有所提高), or null when the
 * target is not one: a sign before it or given apart, else words of direction. Targets with a figure
 * (较上年增长5%) are not read here.
 */
export function lastYearTarget(target: string | number | null, comparator: string | null): Sign | null {
  if (typeof target !== 'string') return null;
  const s = foldWidth(target).replace(NOISE, '');
  if (!LAST_YEAR.test(s) || /\d/.test(s) || s.length > 30) return null;
  if (comparator === '>=' || comparator === '<=' || comparator === '>' || comparator === '<' || comparator === '=') return comparator;
  const written = readSign(s).sign;
  if (written) return written;
  if (AT_LEAST.test(s)) return '>=';
  if (AT_MOST.test(s)) return '<=';
  if (EQUAL.test(s)) return '=';
  if (BELOW.test(s)) return '<';
  if (ABOVE.test(s)) return '>';
  return null;
}

/** Whether a stated comparison with last year meets the target's: true, false, or null when it cannot say. */
export function meetsLastYear(sign: Sign, stated: YearOnYear): boolean | null {
  switch (sign) {
    case '>=': case '=': return stated === 'atMost' ? null : stated !== 'below';
    case '>': return stated === 'atLeast' ? null : stated === 'above';
    case '<=': return stated === 'atLeast' ? null : stated !== 'above';
    case '<': return stated === 'atMost' ? null : stated === 'below';
  }
}

// 已完成3/5, 完成3/5项: done out of the number planned, the first figure being the progress. A base after the
// second figure (10/10万) makes it a rate, not a count done.
const DONE_OF = /^(?:已|累计|共|目前|当前)?(?:完成|实现|开展|落实|建成)?了?(\d+(?:\.\d+)?)\s*[/／]\s*(\d+(?:\.\d+)?)\s*([\u4e00-\u9fff]{1,3})?$/;

/** The count done a 「3/5」 progress value states (3), or null when it is not one. */
export function doneOfPlanned(actual: string): number | null {
  const s = foldWidth(actual).replace(NOISE, '');
  const m = DONE_OF.exec(s);
  if (!m || (m[3] && /^[十百千万亿]/.test(m[3]))) return null;
  const done = Number(m[1]);
  const planned = Number(m[2]);
  return Number.isFinite(done) && planned > 0 && done <= planned ? done : null;
}
