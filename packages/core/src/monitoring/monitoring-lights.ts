import type { Comparator } from '../forms/forms-schema';
import { DEFAULT_POLICY, type Policy } from '../policy/policy';
import { noneAsZero } from '../scoring/band-words';
import { actualInWords, hasDigit, quickNumber, readActual, readValue, type ReadValue } from '../scoring/read-number-fast';
import { readActualInUnit } from '../scoring/read-actual-in-unit';
import { formatNumber as f, roundScore } from '../scoring/round-score';
import { readChineseNumeral } from '../values/chinese-numeral';
import { foldWidth } from '../values/normalize-text';
import { parseValue, readRange } from '../values/parse-value';
import { LIGHT_LABELS, type IndicatorLightInput, type Light, type LightResult } from './light-types';
import { byProgress, monthOk } from './budget-light';
import { countsUp, isCumulativeUnit } from './cumulative-units';
import { valueInParts } from './value-parts';
import { changedTarget, plainerValue, shareInOtherWords } from './changed-targets';
import { monthsRun, ownMonths, ownMonthsText } from './own-months';
import { perPeriodTarget } from './per-period-targets';
import { remainingOfTarget } from './remaining-words';
import { percentAfterLead, percentOfTarget, saysFullCoverage } from './percent-of-target';
import { isPeriodOnly, runningTotal, withoutPeriod } from './period-leads';
import { listedByPeriod, partOfWhole, roughFigure } from './period-lists';
import { bareFraction, doneOfPlanned, periodOfProgress, saysUnderHalf, shareOfYear, stateWords } from './progress-words';
import { changeValue, saysPlannedLater, withoutDoneDate } from './change-words';
import { arabicMixedNumerals, committedNotPaid, saysNotPaid, decimalOfWhole, doneOrdinal, figureIsForecast, saysAllDone, saysNothingYet, slashRate, soleFigureInUnit } from './stated-figures';
import { deadlineLight, dueLight, judgedByPick, lastYearLight, qualitativeLight } from './word-lights';

export { LIGHT_LABELS, type IndicatorLightInput, type Light, type LightResult } from './light-types';
export { judgedByPick } from './word-lights';
export { budgetLight, type BudgetLightInput } from './budget-light';
export { countsUp, isCumulativeUnit } from './cumulative-units';


function num(v: string | number | null, read: (raw: string) => ReadValue = readValue): number | null {
  if (v == null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const r = read(v);
  return r.kind === 'number' ? r.number : null;
}

// A progress value saying the work has not begun (未开展, 尚未启动): for a count that accumulates, nothing
// has been done yet (0); for a rate or a time it is no measurement at all.
const NOT_STARTED = /^(?:尚|暂|还|均|仍)?(?:未|没有)(?:开展|启动|实施|进行|开始|组织|举办|开工|发放|拨付|支出|支付|付款)(?:工作|活动)?$/;
const PROGRESS_NOISE = /[\s\u3000。.，,；;！!]+/g;

function saysNotStarted(actual: string | number | null): boolean {
  // 尚未开工（正在政府采购）: the remark says why, the words still say nothing is done.
  return typeof actual === 'string' && actual.length <= 24 && NOT_STARTED.test(stateWords(actual).replace(PROGRESS_NOISE, ''));
}

// 第二批已拨付 under 批, 第3期已开班 under 期: the ordinal of the row's own unit, named done, counts those done so far.
const ORDINAL_DONE = /^第(\d{1,3}|[一二三四五六七八九十]{1,3})([\u4e00-\u9fff]{1,6}?)(?:已|均已|已经)(?:全部)?(?:完成|拨付|支付|发放|到位|开展|举办|开班|实施|建成|交付|验收)$/;

function ordinalDone(actual: string | number | null, unit: string | null): number | null {
  if (typeof actual !== 'string' || !unit) return null;
  const m = ORDINAL_DONE.exec(stateWords(actual));
  const ordinal = m && m[2]!.startsWith(foldWidth(unit).trim()) ? m[1]! : doneOrdinal(actual, unit);
  if (ordinal == null) return null;
  const n = /^\d+$/.test(ordinal) ? Number(ordinal) : readChineseNumeral(ordinal);
  return n != null && n > 0 ? n : null;
}

/** The target's number; 1.2万 under 人次 is 12000 (a magnitude the row's unit does not carry). */
function targetNumber(target: string | number | null, unit: string | null): number | null {
  const t = num(target);
  if (t == null || typeof target !== 'string') return t;
  const m = /^\s*[≥>=＞≧]?\s*[\d,.]+\s*(万|亿)\s*$/.exec(foldWidth(target));
  return m && !(unit ?? '').trim().startsWith(m[1]!) ? t * (m[1] === '万' ? 1e4 : 1e8) : t;
}

/** One indicator's light by rules.md §4. */
export function indicatorLight(input: IndicatorLightInput, policy: Policy = DEFAULT_POLICY): LightResult {
  const { month } = input;
  if (!monthOk(month)) return { light: 'none', progress: null, explanation: `监控月份${month}无效；应为 1–12。` };
  // A row measured once a year (满意度 by a year-end survey) has nothing to judge before then; a value written anyway is judged.
  const notMeasured = input.notMeasured?.trim();
  if (notMeasured && (input.actual == null || String(input.actual).trim() === '')) {
    const forecast = input.forecast?.trim();
    return {
      light: 'none',
      progress: null,
      explanation: `「${notMeasured}」：本期尚未测量，不亮灯，测量后按完成值判断；${forecast ? `预计全年完成「${forecast}」。` : '请填写预计全年完成值。'}`,
    };
  }
  if (figureIsForecast(input.actual)) {
    return { light: 'none', progress: null, explanation: `当前完成值「${String(input.actual)}」是预计数，不是截至${month}月的完成数，不亮灯；请填写截至当月的实际完成值。` };
  }
  // 已全部完成（5月）, 提前4个月完成: words around the value that say when, not how much.
  const plainer = plainerValue(input.actual, month);
  // Object.is: a NaN actual is its own plainer value (NaN !== NaN would recurse for ever).
  if (!Object.is(plainer, input.actual)) return indicatorLight({ ...input, actual: plainer }, policy);
  // 指标已调整为8个，已完成6个: a target changed during the year replaces the one on the sheet.
  const changed = input.comparator !== 'qualitative' ? changedTarget(input.actual) : null;
  if (changed) {
    const r = indicatorLight({ ...input, target: String(changed.target), comparator: changed.comparator ?? input.comparator, actual: changed.actual }, policy);
    return { ...r, explanation: `完成值「${String(input.actual)}」说明指标已调整为${f(changed.target)}，按调整后的目标计；${r.explanation}` };
  }
  // 4 次/月, 每季度督导次数: a target per month or quarter is a year's target 12 or 4 times over.
  const perPeriod = perPeriodTarget(input, isCumulativeUnit);
  if (perPeriod) {
    const r = indicatorLight(perPeriod.input, policy);
    return { ...r, explanation: perPeriod.lead + r.explanation };
  }
  // No comparator: a sign left in the target (≤5%, 不超过500万元) is the comparator, as forms.md derives it;
  // else a bare number is `=`, as scoring reads it; beside words it is qualitative. No unit: the one written with
  // the target (≥196栋) is the row's.
  const noUnit = input.unit == null || input.unit.trim() === '';
  const written = (input.comparator == null || noUnit) && typeof input.target === 'string' ? parseValue(input.target) : null;
  const comparator = input.comparator ?? (written && written.kind !== 'empty' && written.kind !== 'text' && written.sign ? written.sign : null)
    ?? (input.target != null && num(input.target) != null ? '=' : null);
  const unit = noUnit && written?.kind === 'number' && written.unit != null ? written.unit : input.unit ?? null;
  // 已于6月全部完成: a deadline row reads the month against its deadline; else the words of done are judged as they are.
  const undated = withoutDoneDate(input.actual, month);
  if (undated != null) {
    const r = deadlineLight(input) ?? indicatorLight({ ...input, actual: undated }, policy);
    return { ...r, explanation: r.explanation.split(`「${undated}」`).join(`「${String(input.actual)}」`) };
  }
  const range = rangeLight(input, comparator, policy);
  if (range) return range;
  if (comparator === 'qualitative' || comparator === null) return qualitativeLight(input, null, '', policy);
  const t = targetNumber(input.target, unit);
  // `=` 有所提升 (定性): a target in words states no number to reach, so the row is judged as a qualitative one.
  if (t == null && judgedByPick(comparator, input.target)) {
    return qualitativeLight(input, '=', `指标值「${String(input.target).trim()}」不是数值，按定性指标判断。`, policy);
  }
  if (t == null) return (comparator !== '>=' && comparator !== '>' ? deadlineLight(input) ?? dueLight(input, policy) : null) ?? lastYearLight(input, comparator) ?? { light: 'none', progress: null, explanation: '指标值不是数值，无法计算进度；请人工判断。' };
  // 户均补贴标准 ≥500元: a standard is a level each payment meets, not a total that grows over the year; so is an average
  // per day or week (日均骑行量 ≥3.5万人次): the months so far average it already, with no per-year count to prorate.
  const cumulative = countsUp({ ...input, unit });
  // 一季度3次，二季度4次; 5月96%、6月97%、7月98%: a figure for each period, summed for a count, the latest for a rate.
  const listed = typeof input.actual === 'string' ? listedByPeriod(input.actual, unit, input.name ?? '', comparator, cumulative, month) : null;
  if (listed) {
    const span = cumulative && listed.firstMonth > 1 ? listed.lastMonth - listed.firstMonth + 1 : month;
    const lead = cumulative ? `完成值按所列${listed.periods}个期间合计${f(roundScore(listed.value))}计；` : `完成值按所列各期中最近一期（${listed.lastMonth}月）的${f(listed.value)}计；`;
    return byPlan(input, comparator, t, listed.value, cumulative, policy, lead, span);
  }
  // 7-9月完成3次, 第三季度完成3次: a value for part of the period is measured against that part's share.
  const total = runningTotal(input.actual);
  let actual = withoutPeriod(total);
  let months = month;
  let periodLead = total === input.actual ? '' : `完成值「${String(input.actual)}」按累计数「${String(total)}」计；`;
  if (typeof actual === 'string' && actual === input.actual) {
    const p = periodOfProgress(actual, month);
    if (p && p.lastMonth > month) {
      return { light: 'none', progress: null, explanation: `当前完成值「${actual}」所写期间（${p.firstMonth}–${p.lastMonth}月）超出本次监控期（1–${month}月），无法计算进度；请填写截至${month}月底的完成值。` };
    }
    if (p && p.rest !== '') {
      actual = p.rest;
      // 上半年已全部完成 in a 1–9月 report: a figure since January stands for the report's months 1..m (rules.md §4).
      months = p.firstMonth === 1 ? month : p.lastMonth - p.firstMonth + 1;
      if (p.firstMonth > 1 && cumulative) periodLead = `完成值为${p.firstMonth}–${p.lastMonth}月的，按该期间（${months}个月）的计划计；`;
    }
  }
  if (typeof actual === 'string') {
    actual = arabicMixedNumerals(actual, unit);
    // 接近完成（36个）: words of the share beside the figure, which is the value.
    // 已完成年度目标的45%（9家）: the figure in the bracket, in the row's unit rather than a share, is the value too.
    const bracket = /^([^（(]{1,20})[（(]([^）)]*\d[^）)]*)[）)]$/.exec(foldWidth(actual).trim());
    const words = bracket && (/\d/.test(bracket[1]!) ? /%$/.test(bracket[1]!) && !/%/.test(bracket[2]!) : bracket[1]!.length <= 10) ? bracket[1]! : null;
    actual = words != null && (shareOfYear(words) ?? shareInOtherWords(words)) != null ? bracket![2]! : roughFigure(actual, month < 12);
  }
  // 已拨付120万元，待拨付80万元; 已签合同金额260万元，已支付110万元: the part the row measures, by the meaning of each.
  const parts = typeof actual === 'string' && comparator !== '=' ? valueInParts(actual, unit, input.name ?? '', comparator, cumulative) : null;
  if (parts) return byPlan(input, comparator, t, parts.value, cumulative, policy, `${periodLead}完成值「${String(input.actual)}」${parts.how}，即${f(roundScore(parts.value))}；`, months);
  // 剩余15户未完成, 还差3个百分点: what is left of the year's target; the done figure is the target less it.
  const left = typeof actual === 'string' && comparator !== '<=' && comparator !== '<' ? doneFromRemaining(actual, t, unit, input.name ?? '', comparator, cumulative) : null;
  if (left === 'unplaced') return { light: 'none', progress: null, explanation: `当前完成值「${String(input.actual)}」为尚余的量，但其单位与计量单位「${unit ?? ''}」不符，无法计算完成数；请按「${unit ?? ''}」填写截至当月的完成值。` };
  if (left != null) return byPlan(input, comparator, t, left, cumulative, policy, `${periodLead}完成值「${String(input.actual)}」为尚余的量，完成数按目标${f(t)}减去尚余计，即${f(roundScore(left))}；`, months);
  // 完成全年的45%: a share of the year's target, whatever the row's unit.
  const share = typeof actual === 'string' ? shareOfYear(actual) ?? shareInOtherWords(actual) : null;
  if (share != null) return byPlan(input, comparator, t, (share / 100) * t, cumulative, policy, `${periodLead}完成值「${String(input.actual)}」按全年目标的${f(share)}%计，即${f(roundScore((share / 100) * t))}；`, months);
  // 尚未过半, 完成不足一半: no figure, only a bound under half the year's task.
  if (typeof actual === 'string' && cumulative && t > 0 && comparator !== '<=' && comparator !== '<' && saysUnderHalf(actual)) {
    return underHalfLight(String(input.actual), months, policy, periodLead);
  }
  // 完成3/4: three quarters of the task (of the target's count, or a rate of 75% on a row in %). With the target as
  // its denominator (完成3/4 of 4) it is the same as 3 done.
  const fraction = typeof actual === 'string' && t > 0 && comparator !== '<=' && comparator !== '<' ? bareFraction(actual) : null;
  if (fraction != null) {
    const rate = percentRow(unit);
    const a = rate ? fraction : (fraction / 100) * t;
    return byPlan(input, comparator, t, a, cumulative, policy, `${periodLead}完成值「${String(input.actual)}」按${rate ? '' : '全年目标的'}${f(roundScore(fraction))}%计${rate ? '' : `，即${f(roundScore(a))}`}；`, months);
  }
  // 50%, 完成50% under ≥196栋: a share typed where the target counts things is that share of the target, not 50 栋.
  const percent = typeof actual === 'string' && t > 0 && comparator !== '<=' && comparator !== '<' && isCumulativeUnit(unit)
    ? percentOfTarget(actual, unit!, input.name ?? '', comparator) : null;
  if (percent != null) {
    const a = (percent / 100) * t;
    return byPlan(input, comparator, t, a, cumulative, policy, `${periodLead}完成值「${String(input.actual)}」是百分比，而指标以「${unit!}」计，按年度目标${f(t)}${unit!}的${f(percent)}%计，即${f(roundScore(a))}${unit!}；`, months);
  }
  // 全省16个市已实现全覆盖 under ≥100%: the whole covered is 100%, whatever places the words count.
  if (typeof actual === 'string' && percentRow(unit) && (saysFullCoverage(actual) || saysAllDone(actual))) {
    return byPlan(input, comparator, t, 100, cumulative, policy, `${periodLead}完成值「${String(input.actual)}」表示已全覆盖，按100%计；`, months);
  }
  // 已覆盖38个村（共40个） under ≥95%: a rate written as its part and whole.
  const part = typeof actual === 'string' && percentRow(unit) ? partOfWhole(actual) ?? slashRate(actual) : null;
  if (part != null) return byPlan(input, comparator, t, part, cumulative, policy, `${periodLead}完成值「${String(input.actual)}」按其所列部分占总数的比例${f(roundScore(part))}%计；`, months);
  // 1.2万人次 under 人次, 完成12个，占计划100%: an actual that is more than a number is read in the row's unit, as scoring reads it.
  const plain = typeof actual === 'string' ? quickNumber(actual) : NaN;
  const doneOf = typeof actual === 'string' && plain !== plain && !percentRow(unit) ? doneOfPlanned(actual) : null;
  let a: number | null;
  // Under a target in 个百分点 a change is the figure, before any level the words also state (由85%提高到86.5% is 1.5).
  const pointsChange = typeof actual === 'string' && unit != null && POINTS_UNIT.test(foldWidth(unit).trim()) ? changeValue(actual, unit, input.name ?? '') : null;
  if (pointsChange != null) a = pointsChange;
  else if (doneOf != null) a = doneOf;
  else if (committedNotPaid(actual, input.name ?? '')) a = saysNotPaid(actual) ? 0 : null;
  else if (typeof actual === 'string' && plain !== plain && hasDigit(actual) && !isPeriodOnly(actual)) {
    const read = readActualInUnit(actual, unit, input.name ?? '', comparator);
    if (read.clash != null) {
      return { light: 'none', progress: null, explanation: `当前完成值「${String(input.actual)}」以「${read.clash}」计，与计量单位「${unit ?? ''}」不符，无法计算进度；请按「${unit ?? ''}」填写截至当月的完成值。` };
    }
    a = read.value === read.value ? read.value : soleFigureInUnit(actual, unit);
  } else a = plain === plain ? plain : num(actual, readActual);
  // 完成六次, 已培训三百人次: a count in Chinese numerals, read as scoring reads it.
  if (a == null && typeof actual === 'string' && !hasDigit(actual)) a = actualInWords(actual, unit);
  // 合格率百分之九十七: the row's measure named before a share in words.
  if (a == null && typeof actual === 'string' && percentRow(unit)) a = percentAfterLead(actual);
  if (a == null && cumulative) a = ordinalDone(actual, unit);
  // 已提高1.5个百分点, 较年初减少3户: a change is the figure done, a fall negative under a target that asks for a rise.
  if (a == null) a = changeValue(actual, unit, input.name ?? '');
  // Words where a number is due, read as rules.md's scoring reads them: 「未发生」「无」 say 0 happened;
  // 「未开展」 says 0 done so far, which only a count can be measured by.
  if (a == null && ((typeof actual === 'string' && noneAsZero(actual, t, comparator)) || (cumulative && (saysNotStarted(actual) || saysPlannedLater(actual) || saysNothingYet(actual))))) a = 0;
  // 资金已全部拨付到位 under 万元: the whole of the year's target.
  if (a == null && cumulative && typeof actual === 'string' && saysAllDone(actual)) a = t;
  if (a == null) {
    return {
      light: 'none', progress: null,
      explanation: saysNotStarted(actual)
        ? `当前完成值为「${String(input.actual)}」，比率或时限类指标尚无可计算的数值；请在开展后填写截至当月的完成值，或选择全年预计完成情况。`
        : input.actual != null && String(input.actual).trim() !== ''
          ? `当前完成值「${String(input.actual)}」不是数值，无法计算进度；请填写截至当月的数值完成值。`
          : '没有填写数值型的当前完成值；请填写截至当月的完成值。',
    };
  }
  // 0.63 under 预算执行率 ≥90%: the share printed as a decimal of the whole.
  if (percentRow(unit) && decimalOfWhole(actual, a, t, comparator)) {
    periodLead += `完成值「${String(input.actual)}」为小数，按${f(roundScore(a * 100))}%计；`;
    a *= 100;
  }
  return byPlan(input, comparator, t, a, cumulative, policy, periodLead, months);
}

/**
 * A count or amount said to be under half the year's task, with no figure: its progress is at most 50% of the year over
 * the time share. While half the year has not passed that bound says nothing; after, it is red below the red line and
 * at best yellow otherwise (a shortfall stated in words is not confirmed on plan).
 */
function underHalfLight(actual: string, months: number, policy: Policy, lead: string): LightResult {
  const bound = roundScore((50 / ((months / 12) * 100)) * 100);
  if (bound >= 100) {
    return { light: 'none', progress: null, explanation: `${lead}完成值「${actual}」只说明不足全年目标的一半，而1–${months}月的计划进度尚未过半，无法判断进度；请填写截至当月的完成数。` };
  }
  // 不足一半 is strictly under half, so a bound at the red line is under it; 尚未过半 may be half itself.
  const strict = /不足|不到|低于|未满|未达/.test(actual);
  const light: Light = bound < policy.monitoring.red || (strict && bound <= policy.monitoring.red) ? 'red' : 'yellow';
  return {
    light, progress: null,
    explanation: `${lead}完成值「${actual}」表示不足全年目标的一半，进度至多为 50% ÷ (${months}/12) = ${f(bound)}%，${light === 'red' ? `低于${policy.monitoring.red}，亮红灯，进度明显滞后，请说明偏差原因并提出纠偏措施` : '不能确认进度正常，亮黄灯'}；请填写截至当月的完成数。`,
  };
}

const POINTS_UNIT = /^个?百分点$/;

function percentRow(unit: string | null | undefined): boolean {
  return unit != null && /^[%％]$/.test(unit.trim());
}

/** The light of a number against its target and the time-share of the year (rules.md §4). */
function byPlan(input: IndicatorLightInput, comparator: Comparator, t: number, a: number, cumulative: boolean, policy: Policy, lead: string, month = input.month): LightResult {
  // `<` is judged like `<=`, as rules.md §3 scores it: a row at its limit keeps full marks at year end.
  if (comparator === '<=' || comparator === '<') {
    const ok = a <= t;
    const ratio = t > 0 ? roundScore((a / t) * 100) : null;
    const progress = ratio != null && Number.isFinite(ratio) ? ratio : null;
    return {
      light: ok ? 'green' : 'red', progress,
      explanation: lead + (ok ? `反向指标：当前值${f(a)}未超过目标值${f(t)}，亮绿灯。`
        : `反向指标：当前值${f(a)}已超出目标值${f(t)}，亮红灯；请分析偏差原因并纠偏。`),
    };
  }
  if (t < 0) return belowZeroFloor(comparator, t, a, policy, lead);
  // A project of its own months (started in 4月) is measured by the months of them run, unless the value names a period.
  const own = month === input.month ? ownMonths(input.startMonth, input.endMonth) : null;
  const run = own ? monthsRun(month, own) : { run: month, length: 12 };
  // Before its own months begin nothing of a count is due (as the budget light reads it): a 0 there is no plan met, no light.
  if (cumulative && own && run.run === 0) {
    return { light: 'none', progress: null, explanation: `${lead}${ownMonthsText(own)}，截至${month}月尚未开始，不计算进度（当前值${f(a)}）。` };
  }
  const plan = cumulative ? t * (run.run / run.length) : t;
  const planText = cumulative ? `(${f(t)} × ${run.run}/${run.length}${own ? `，${ownMonthsText(own)}` : ''})` : f(t);
  if (plan === 0) {
    const light: Light = comparator === '=' && a !== 0 ? 'red' : 'green';
    return { light, progress: null, explanation: `${lead}目标值为0，当前值${f(a)}，亮${LIGHT_LABELS[light]}。` };
  }
  const progress = roundScore((Math.max(0, a) / plan) * 100);
  if (!Number.isFinite(progress)) {
    return { light: 'blue', progress: null, explanation: `${lead}当前值${f(a)}远超计划${planText}，进度无法以百分比表示，亮蓝灯；请核实目标值与完成值的单位。` };
  }
  const light = byProgress(progress, policy, true);
  const m = policy.monitoring;
  const kind = cumulative ? '累计型指标' : '非累计型指标';
  const verdict = light === 'red' ? `低于${m.red}，亮红灯，进度明显滞后，请说明偏差原因并提出纠偏措施。`
    : light === 'yellow' ? `低于${m.yellow}，亮黄灯，进度偏慢。`
      : light === 'blue' ? `达到${m.blue}以上，亮蓝灯，超前完成；请核实目标是否偏低。`
        : '亮绿灯，进度正常。';
  return { light, progress, explanation: `${lead}${kind}：进度 = ${f(a)} ÷ ${planText} × 100 = ${f(progress)}；${verdict}` };
}

/**
 * A floor below zero (增长率 ≥ −5%: a fall of up to 5% allowed) is not a quantity to prorate, and A ÷ T
 * would turn better into worse: at or above the floor is green; below it, progress falls by the shortfall
 * relative to the floor (−8% against −5% is 60% short, 40).
 */
function belowZeroFloor(comparator: Comparator, t: number, a: number, policy: Policy, lead: string): LightResult {
  const met = comparator === '>' ? a > t : a >= t;
  if (met) return { light: 'green', progress: 100, explanation: `${lead}目标值为${f(t)}（允许的下限），当前值${f(a)}未低于下限，亮绿灯。` };
  const progress = Math.max(0, roundScore(100 - ((t - a) / Math.abs(t)) * 100));
  const light = byProgress(progress, policy, false);
  return {
    light, progress,
    explanation: `${lead}目标值为${f(t)}（允许的下限），当前值${f(a)}低于下限；进度 = 100 − (${f(t)} − ${f(a)}) ÷ ${f(Math.abs(t))} × 100 = ${f(progress)}，亮${LIGHT_LABELS[light]}`
      + (light === 'green' ? '。' : '；请说明偏差原因并提出纠偏措施。'),
  };
}

/**
 * A target written as a range (90%-95%, 3-5天), which forms.md keeps as qualitative text: inside the range (its
 * time share, for a count) is on plan; below it, progress is against the lower end as for `>=`; above it, against
 * the upper end, blue when far beyond. A range from 0 (0-5起) is a ceiling.
 */
function rangeLight(input: IndicatorLightInput, comparator: Comparator | null, policy: Policy): LightResult | null {
  if (comparator !== 'qualitative' && comparator !== null && comparator !== '=') return null;
  if (input.choice || typeof input.target !== 'string') return null;
  const range = readRange(input.target);
  if (!range || !(range.low <= range.high) || range.high <= 0) return null;
  const unit = input.unit ?? range.lowUnit ?? range.highUnit;
  // 2024-2025年, 6-9月: a span of time is a deadline, not two bounds of a quantity.
  if (unit && /^(?:年|月|日|号|季度)/.test(unit.trim())) return null;
  const span = `${f(range.low)}–${f(range.high)}${unit ?? ''}`;
  const lead = `目标为区间${span}；`;
  if (range.low <= 0) {
    const r = indicatorLight({ ...input, comparator: '<=', target: range.high, unit }, policy);
    return r.light === 'none' && comparator !== '=' ? null : { ...r, explanation: lead + r.explanation };
  }
  const r = indicatorLight({ ...input, comparator: '>=', target: range.low, unit }, policy);
  if (r.progress === null) return r.light === 'none' && comparator !== '=' ? null : { ...r, explanation: lead + r.explanation };
  if (r.progress < 100) return { ...r, explanation: `${lead}低于下限，按下限${f(range.low)}计：${r.explanation}` };
  const ceiling = (range.high / range.low) * 100;
  if (r.progress <= ceiling + 1e-9) return { light: 'green', progress: 100, explanation: `${lead}当前值在区间内（按下限计进度${f(r.progress)}），亮绿灯。` };
  const progress = roundScore((r.progress * range.low) / range.high);
  const light = byProgress(progress, policy, true);
  return {
    light, progress,
    explanation: `${lead}当前值超出区间上限${f(range.high)}，按上限计进度为${f(progress)}，亮${LIGHT_LABELS[light]}`
      + (light === 'blue' ? '；请核实目标区间是否偏低。' : '。'),
  };
}

const RANK: Record<Light, number> = { none: 0, blue: 1, green: 1, yellow: 2, red: 3 };

/** A project's light: the worst of its lights, blue counting as green; none only when nothing could be judged. */
export function projectLight(lights: readonly Light[]): LightResult {
  let worst: Light = 'none';
  let counted = 0;
  for (const l of lights) {
    if (l === 'none') continue;
    counted++;
    const norm: Light = l === 'blue' ? 'green' : l;
    if (RANK[norm] > RANK[worst]) worst = norm;
  }
  if (counted === 0) return { light: 'none', progress: null, explanation: '没有可判断的灯；请补齐预算执行和指标完成数据。' };
  const reds = lights.filter((l) => l === 'red').length;
  const yellows = lights.filter((l) => l === 'yellow').length;
  const skipped = lights.length - counted;
  return {
    light: worst, progress: null,
    explanation: `项目取各灯中最差者（蓝灯按绿灯计）：红灯${reds}个，黄灯${yellows}个，共${counted}个可判断${skipped > 0 ? `，另${skipped}个无法判断` : ''}；项目亮${LIGHT_LABELS[worst]}。`,
  };
}

/** The done figure of a value that states what is left (剩余15户, 尚有300万元未支付, 还差3个百分点), or null. */
function doneFromRemaining(actual: string, t: number, unit: string | null, name: string, comparator: Exclude<Comparator, 'qualitative'>, cumulative: boolean): number | 'unplaced' | null {
  const left = remainingOfTarget(actual);
  if (!left || !(t > 0)) return null;
  const rowUnit = foldWidth(unit ?? '').trim();
  let amount: number | null = null;
  if (/^个?百分点$/.test(left.unit)) amount = percentRow(unit) ? left.amount : null;
  // 剩余工程量约30% under a count: the rest of the task, so seventy per cent of it is done.
  else if (/^[%％]$/.test(left.unit)) amount = cumulative && left.amount <= 100 ? (left.amount / 100) * t : null;
  else if (left.unit === '' || (rowUnit !== '' && left.unit.startsWith(rowUnit))) amount = left.amount;
  else if (cumulative) {
    // 856,000元 left under 万元 converts; 3户 left under 次 names other things, so nothing done can be placed.
    const read = readActualInUnit(`${left.amount}${left.unit}`, unit, name, comparator);
    amount = read.clash == null && Number.isFinite(read.value) && read.value !== left.amount ? read.value : null;
    if (amount == null) return 'unplaced';
  }
  return amount != null && amount <= t ? t - amount : null;
}
