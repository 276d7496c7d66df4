import type { Comparator } from '../forms/forms-schema';
import { foldWidth } from '../values/normalize-text';
import { readSign } from '../values/parse-value';
import { shareOfYear } from './progress-words';

/**
 * Values that say more than their figure: a target changed during the year (指标已调整为8个，已完成6个; 调减为5个; 原指标10个，
 * 调整为6个，完成3个), a done month in brackets (已全部完成（5月）) and a lead before a done word (提前4个月完成), and shares
 * of the year's target in words shareOfYear does not know (目标完成度45%, 完成年度目标值的45%, 完成年度目标的1.2倍,
 * 九成以上).
 */

// 指标已调整为8个, 目标调整为600户, 调减为5个, 调增至1500户, 指标值调整为≥90%: the new target, with its sign when written.
const CHANGED = /^(?:原指标[^，,；;]*[，,；;])?(?:(?:该|本)?(?:指标|目标|任务|指标值|目标值|年度目标|绩效目标)(?:值)?)?(?:已|已经)?(?:调整|调减|调增|下调|上调|调)(?:为|至|到)([≥≤>=<]|不低于|不少于|不超过|不高于)?(\d+(?:\.\d+)?)([^\d，,；;（()）]*)$/;

export interface ChangedTarget {
  target: number;
  comparator: Exclude<Comparator, 'qualitative'> | null;
  /** The value without the words of the change. */
  actual: string;
}

/** The changed target a value states (as a clause, or in brackets after the figure), or null when it states none. */
export function changedTarget(actual: string | number | null): ChangedTarget | null {
  if (typeof actual !== 'string') return null;
  const s = foldWidth(actual).trim().replace(/\s+/g, '');
  const bracket = /^(.+?)[（(]([^（()）]+)[）)]$/.exec(s);
  const clauses = bracket ? [bracket[2]!, bracket[1]!] : s.split(/[，,；;]/).filter((c) => c !== '');
  // 原指标10个，调整为6个: the old target and its change read as one clause.
  if (!bracket && clauses.length >= 3 && /^原指标/.test(clauses[0]!)) clauses.splice(0, 2, `${clauses[0]!}，${clauses[1]!}`);
  for (let i = 0; i < clauses.length; i++) {
    const m = CHANGED.exec(clauses[i]!);
    if (!m) continue;
    const rest = clauses.filter((_, j) => j !== i).join('，');
    if (rest === '' || !/\d/.test(rest)) return null;
    const sign = m[1] ? readSign(m[1]).sign : null;
    const comparator = sign === '>=' || sign === '<=' || sign === '>' || sign === '<' || sign === '=' ? sign : null;
    return { target: Number(m[2]), comparator, actual: rest };
  }
  return null;
}

// 已全部完成（5月）: a month in brackets says when, and is no figure done.
const MONTH_REMARK = /[（(](?:\d{4}年)?\d{1,2}月(?:份|底|末|初|中旬|上旬|下旬)?[）)]$/;
// 提前4个月完成, 提前两个月完工: how early, which says the work is done.
const EARLY_BY = /^(?:已)?提前(?:\d+|[一二两三四五六七八九十]+)个?(?:月|天|周|星期|季度)(?:完成|完工|竣工|建成|办结)(?:全年任务|任务|目标)?$/;

// 全年任务已于一季度完成: the whole year's task, done by the end of a quarter.
const WHOLE_BY_QUARTER = /^(?:全年|年度|本年度?)(?:目标|计划|任务|工作)+(?:已于|已在|于)(?:第)?([一二三1-3])季度(?:末|底)?(?:前)?(?:已|即已)?(?:全部|提前)?完成$/;

/**
 * The value with a done month in brackets dropped, 提前N个月完成 read as 已提前完成 and the year's task done by a quarter
 * already past read as 已完成全年任务; the value itself otherwise.
 */
export function plainerValue(actual: string | number | null, month: number): string | number | null {
  if (typeof actual !== 'string') return actual;
  const s = foldWidth(actual).trim();
  if (EARLY_BY.test(s.replace(/\s+/g, ''))) return '已提前完成';
  const quarter = WHOLE_BY_QUARTER.exec(s.replace(/\s+/g, ''))?.[1];
  if (quarter != null && 3 * ('一二三'.indexOf(quarter) + 1 || Number(quarter)) <= month) return '已完成全年任务';
  const bare = s.replace(MONTH_REMARK, '');
  return bare !== s && bare !== '' && !/\d/.test(bare) ? bare : actual;
}

const TIMES = /^(?:已|累计)?(?:超额)?完成了?(?:全年|年度|本年度?)?(?:目标|计划|任务)+值?的(\d+(?:\.\d+)?)倍$/;

/** The share of the year's target (in percent) stated in words shareOfYear does not read, or null. */
export function shareInOtherWords(actual: string): number | null {
  const s = foldWidth(actual).replace(/[\s\u3000，,；;！!。]+/g, '').replace(/以上$|左右$/, '');
  const times = TIMES.exec(s);
  if (times) return Number(times[1]) * 100;
  const canonical = s
    .replace(/目标值/g, '目标')
    .replace(/完成度/g, '完成率')
    .replace(/^完成率(?:达到?|为)/, '完成')
    .replace(/^((?:全年|年度)?(?:目标|计划|任务)+)(?:已|已经)?完成(?![率度进])/, '完成$1的');
  // 目标完成率45% (目标完成度45%): the share of the row's target done, as percentOfTarget reads it under a count.
  const rate = /^(?:年度|全年)?目标完成率(?:为|达到?)?(\d+(?:\.\d+)?)%$/.exec(canonical);
  if (rate) return Number(rate[1]);
  return canonical !== actual ? shareOfYear(canonical) : null;
}
