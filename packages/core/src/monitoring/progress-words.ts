import { bandNamedBy } from '../scoring/band-words';
import type { QualitativeChoice } from '../scoring/score-types';
import { foldWidth } from '../values/normalize-text';

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
