import type { Comparator } from '../forms/forms-schema';
import { DEFAULT_POLICY, type Policy } from '../policy/policy';
import { readValue } from '../scoring/read-number-fast';
import { formatNumber as f, roundScore } from '../scoring/round-score';
import { foldWidth } from '../values/normalize-text';
import { isLate, readDate } from '../values/read-date';
import type { Sign } from '../values/parse-value';
import { LIGHT_LABELS, type IndicatorLightInput, type Light, type LightResult } from './light-types';
import { bandFromProgress, comparedWithLastYear, forecastCompletion, lastYearTarget, meetsLastYear, readDeadline, saysOnPlan, saysTargetWorkDone, saysUnfinished } from './progress-words';

/**
 * The lights of rows judged by words rather than arithmetic (rules.md §4): the expected-completion pick of a
 * qualitative row, a deadline, a comparison with last year, or the band a progress value names.
 */

/**
 * Whether a row is judged by its expected-completion pick (全年预计完成情况) rather than by arithmetic: a qualitative
 * row, or a `=` row whose target is words (有所提升 under 定性), which states no number to reach. A page that asks for
 * the pick asks it of these rows.
 */
export function judgedByPick(comparator: Comparator | null, target: string | number | null): boolean {
  if (comparator === 'qualitative') return true;
  // No comparator: a number in the target (≥95%, 120) is reached or not by arithmetic, as indicatorLight derives it.
  if (comparator === null) return target == null || typeof target !== 'number' && readValue(target).kind !== 'number';
  // A date to meet (6月30日前完成) is judged against the completion date or the period, not by the pick.
  return comparator === '=' && typeof target === 'string' && target.trim() !== '' && readValue(target).kind !== 'number' && readDeadline(target) == null;
}

/**
 * A qualitative row's light: the expected-completion pick (达成 green, 部分达成 yellow, 未达成 red); without one, what
 * a deadline, a comparison with last year or the progress words say; else none, asking for the pick. `why` opens the
 * explanation of a row that has a comparator but is judged so (`=` 有所提升).
 */
export function qualitativeLight(input: IndicatorLightInput, comparator: Comparator | null, why = '', policy: Policy = DEFAULT_POLICY): LightResult {
  const c = input.choice;
  if (!c) {
    const judged = deadlineLight(input) ?? dueLight(input, policy) ?? lastYearLight(input, comparator) ?? wordsLight(input);
    if (judged) return why === '' ? judged : { ...judged, explanation: why + judged.explanation };
    // 有效提升 under 有效提升: a value that restates the target's words claims it met, as ≥95% read as a value means 95.
    if (restatesTarget(input)) {
      return { light: 'green', progress: null, explanation: `${why}定性指标未选择预计完成情况，当前完成值「${String(input.actual)}」与指标值表述相同，视为「达成」，亮绿灯；请选择全年预计完成情况以确认。` };
    }
    return { light: 'none', progress: null, explanation: `${why}定性指标未选择预计完成情况；请选择达成、部分达成或未达成。` };
  }
  const light: Light = c === '达成' ? 'green' : c === '部分达成' ? 'yellow' : 'red';
  return { light, progress: null, explanation: `${why}定性指标预计「${c}」，亮${LIGHT_LABELS[light]}。` };
}

/** A target against last year (不低于上年) and a progress value that says how this year compares (高于上年). */
export function lastYearLight(input: IndicatorLightInput, comparator: Comparator | null): LightResult | null {
  const sign: Sign | null = lastYearTarget(input.target, comparator === 'qualitative' ? null : comparator);
  if (!sign) return null;
  const stated = comparedWithLastYear(input.actual);
  if (!stated) return null;
  const meets = meetsLastYear(sign, stated);
  if (meets == null) return null;
  return meets
    ? { light: 'green', progress: null, explanation: `目标「${String(input.target)}」，当前完成值「${String(input.actual)}」符合与上年比较的要求，亮绿灯。` }
    : { light: 'red', progress: null, explanation: `目标「${String(input.target)}」，当前完成值「${String(input.actual)}」未达到与上年比较的要求，亮红灯；请说明偏差原因并提出纠偏措施。` };
}

/** A 时效 row whose target and progress value are both dates (「6月30日前」, 「2024年7月15日」): late is red. */
export function deadlineLight(input: IndicatorLightInput): LightResult | null {
  const deadline = readDeadline(input.target);
  // 已于8月提前完成: the manner (提前, 如期) between the date and the work does not change the date.
  const done = deadline && (readDate(input.actual) ?? (typeof input.actual === 'string' ? readDate(input.actual.replace(/(?:提前|如期|按期|按时|顺利)(?=完成|完工|竣工|建成|办结|验收|印发)/, '')) : null));
  if (!deadline || !done) return null;
  return isLate(done, deadline)
    ? { light: 'red', progress: null, explanation: `时效指标：完成时间「${String(input.actual)}」晚于要求的「${String(input.target)}」，亮红灯；请说明延误原因。` }
    : { light: 'green', progress: null, explanation: `时效指标：完成时间「${String(input.actual)}」未晚于要求的「${String(input.target)}」，亮绿灯。` };
}

/**
 * A row due by a date (「12月底前完成」) whose progress value is words: done is green; on plan or not finished
 * is no shortfall before the deadline's month, and red once the period has reached it (overdue).
 */
export function dueLight(input: IndicatorLightInput, policy: Policy = DEFAULT_POLICY): LightResult | null {
  const deadline = readDeadline(input.target);
  if (!deadline || typeof input.actual !== 'string') return null;
  const due = `要求「${String(input.target)}」`;
  // The report covers months 1..month, so a deadline inside the deadline's month has passed by the report. A deadline
  // in a later year (a multi-year project) is not due in this report; one in an earlier year is past.
  const fy = input.fiscalYear ?? deadline.year;
  const passed = deadline.year == null || fy == null || deadline.year === fy ? input.month >= deadline.month : deadline.year < fy;
  const band = bandFromProgress(input.actual);
  const onPlan = saysOnPlan(input.actual);
  // 预计10月完工: not finished yet, but the clerk's outlook: on time before the deadline's month is on plan, later is
  // 未达成 on a row whose target is the date.
  const forecast = passed ? null : forecastCompletion(input.actual);
  if (forecast) {
    const late = isLate({ year: forecast.year, month: forecast.month, day: null }, deadline);
    return late
      ? { light: 'red', progress: null, explanation: `时效指标：${due}，当前「${input.actual}」，预计晚于期限完成，亮红灯；请说明延误原因并提出纠偏措施。` }
      : { light: 'green', progress: null, explanation: `时效指标：${due}，尚未到期，当前「${input.actual}」，预计按期完成，亮绿灯。` };
  }
  // 完成投资的45%, 形象进度完成65%: a share of the work, set against the share of the time to the deadline that has passed.
  const share = workShare(input.actual);
  if (share != null && share < 100 && passed) {
    return { light: 'red', progress: null, explanation: `时效指标：${due}，截至${input.month}月底只完成工作量的${f(share)}%（「${input.actual}」），已逾期，亮红灯；请说明延误原因并提出纠偏措施。` };
  }
  if (share != null && share < 100 && (deadline.year == null || fy == null || deadline.year === fy) && deadline.month > 0) {
    const timeShare = (input.month / deadline.month) * 100;
    const progress = roundScore((share / timeShare) * 100);
    const m = policy.monitoring;
    const light: Light = progress < m.red ? 'red' : progress < m.yellow ? 'yellow' : 'green';
    return {
      light, progress,
      explanation: `时效指标：${due}，尚未到期；当前完成工作量的${f(share)}%，到期前时间已过${f(roundScore(timeShare))}%（${input.month}/${deadline.month}个月），进度 = ${f(share)} ÷ ${f(roundScore(timeShare))} × 100 = ${f(progress)}，亮${LIGHT_LABELS[light]}${light === 'green' ? '' : '；请提出纠偏措施，确保按期完成'}。`,
    };
  }
  if ((band === '达成' && !onPlan) || saysTargetWorkDone(input.target, input.actual)) {
    return { light: 'green', progress: null, explanation: `时效指标：当前完成值「${input.actual}」表明已完成（${due}），亮绿灯。` };
  }
  if (!onPlan && !saysUnfinished(input.actual) && forecastCompletion(input.actual) == null && band == null) return null;
  // 滞后 / 进展缓慢 before the deadline: behind but not yet late, as a 部分达成 outlook reads.
  if (band === '部分达成' && !passed) {
    return { light: 'yellow', progress: null, explanation: `时效指标：${due}，尚未到期，但当前「${input.actual}」表明进度滞后，亮黄灯；请提出纠偏措施。` };
  }
  if (passed) {
    return { light: 'red', progress: null, explanation: `时效指标：${due}，截至${input.month}月底仍未完成（「${input.actual}」），已逾期，亮红灯；请说明延误原因并提出纠偏措施。` };
  }
  if (onPlan) return { light: 'green', progress: null, explanation: `时效指标：${due}，尚未到期，当前「${input.actual}」，亮绿灯。` };
  return { light: 'none', progress: null, explanation: `时效指标：${due}，尚未到期，当前「${input.actual}」不能说明能否按期完成；请选择全年预计完成情况。` };
}

/** A qualitative row without an expected-completion pick whose progress value names a band (基本完成, 按计划推进). */
export function wordsLight(input: IndicatorLightInput): LightResult | null {
  if (saysUnfinished(input.actual)) {
    return { light: 'none', progress: null, explanation: `定性指标当前完成值「${String(input.actual)}」只说明尚未完成；请选择全年预计完成情况（达成、部分达成或未达成）。` };
  }
  const band = bandFromProgress(input.actual);
  if (!band) return null;
  const light: Light = band === '达成' ? 'green' : band === '部分达成' ? 'yellow' : 'red';
  return { light, progress: null, explanation: `定性指标未选择预计完成情况，按当前完成值「${String(input.actual)}」视为「${band}」，亮${LIGHT_LABELS[light]}；请选择全年预计完成情况以确认。` };
}

// 完成投资的45%, 形象进度完成65%, 工程进度约30%, 已完成总工程量的60%: a share of the work itself, written in %.
const WORK_SHARE = /^(?:目前|当前|现|累计)?(?:工程|项目|主体工程)?(?:形象进度|工程进度|建设进度|施工进度|进度)?(?:已|已经|累计)?(?:完成|达到|为)?了?(?:总|全部|计划)?(?:投资|工程量|工作量|任务|工程)?的?(?:约|近|大约|接近)?(\d{1,3}(?:\.\d+)?)[%％](?:左右)?$/;

/** The share of the work (in %) a progress value states, or null: a bare figure with no % is no share. */
function workShare(actual: string): number | null {
  const m = WORK_SHARE.exec(foldWidth(actual).replace(/[\s\u3000，,。；;]+/g, ''));
  if (m == null) return null;
  const v = Number(m[1]);
  return Number.isFinite(v) && v >= 0 && v <= 100 ? v : null;
}

/** Whether a qualitative row's value is its target's words again (a deadline restated is a plan, not a completion). */
function restatesTarget(input: IndicatorLightInput): boolean {
  if (typeof input.target !== 'string' || typeof input.actual !== 'string' || readDeadline(input.target) != null) return false;
  const words = (v: string): string => foldWidth(v).replace(/[\s\u3000。.，,；;！!]+/g, '');
  const target = words(input.target);
  return target.length >= 2 && !/\d/.test(target) && words(input.actual) === target;
}
