import type { Indicator } from '../forms/forms-schema';
import { readRange } from '../values/parse-value';
import type { NameFacts } from './name-facts';
import { type FormContext, push, rowPlace, showTarget } from './review-context';
import { MONEY_UNIT, checkLevelName } from './check-level-names';
import type { Level1, Level2 } from './indicator-framework';
import { trimmed } from '../values/text-scan';
import { isPercentUnit, type UnitFacts } from './unit-facts';
import { capsOutput, measureMismatch } from './measure-unit';
import { nameUnitConflict } from './name-unit-conflict';
import { pastItsSize, periodClash } from './unit-period';
import { changeDirection } from './change-direction';
import { DATE, movesWrongWay, pointsMoved } from './value-wording';
import { isPercentDone } from './loose-values';
import { describedMeasure, describedWay } from './described-measure';

/**
 * The row checks that read a name's meaning against its value (satisfaction minimum, unit against name, implausible
 * targets, direction, level against name), called by checkIndicators for each row with the parses it has made.
 */

/** A comparator that states a number (≥, ≤, =, >, <), as opposed to 定性 or none. */
export function isSign(cmp: string | null): boolean {
  return cmp === '>=' || cmp === '<=' || cmp === '=' || cmp === '>' || cmp === '<';
}

/**
 * A name that is neither a rate, a count, an amount nor a change, with a target above 100% (景区接待游客 ≥120%, 药品抽检
 * ≥600%): a count written in %, one defect, the unit. Not a share over 100%, which implausible_target reports for rates.
 */
/**
 * An amount in % (注入资本金 ≥2.5%, 旅游综合收入 ≥8%): a level of money stated as a share, or any money three times past its
 * whole (发放稳岗返还资金 ≥4200%; 资金到位 ≥110% is a share overshot), which no share of it reaches. One defect, the unit.
 */
function amountInPercent(facts: NameFacts, percent: boolean, n: number | null): boolean {
  return percent && !facts.change && (facts.amountLevel || (facts.kind === 'amount' && n != null && n >= 300));
}

function overShare(facts: NameFacts, percent: boolean, n: number | null): boolean {
  // No share done runs three times over its whole (抚恤补助发放 ≥4200%, 公物仓调剂使用资产 ≥800%): that many is a count, whatever
  // the name's verb (资金到位 ≥110% is a share overshot); nor does a
  // count of places reached (覆盖行政村 ≥286%) pass its whole.
  return percent && n != null && n > 100 && facts.kind === 'other' && !facts.change && !facts.satisfaction && (n >= 300 || facts.reachesPlaces || !COMPLETION.test(facts.core));
}

// A date worded as a deadline (…前, …以内, …止): the words give its direction.
// 结转结余率, 预算调整率: the share of a budget left unspent or changed, which templates cap at 10%–30%. A cap at half the
// budget or more is met by any unit and holds nothing (a slip for 15%, 8.5%); other bad shares (资产负债率 ≤70%) may sit high.
const BUDGET_SLACK_SHARE = /结转结余率|结余率|结转率|预算调整率/;
// Matters people bring closed or answered within the time the rules set (信访事项按期办结率, 检举控告按期办结率, 代表建议按时答复率,
// 提案办复率): the rules require every one, so the share runs at or near 100% and a floor below 80% is a slip. A plain 办结率
// (法院结案率, 积案化解率) may run lower where cases carry into the next year, and is read by the common floor of 50%.
const DUE_REPLY_SHARE = /(?<![不未非])(?:按期|按时|如期|限期)(?:受理|办结|答复|回复|办复|告知)率$|办复率$/;
// A fund's balance for the period (医保统筹基金当期结余, 当年收支结余) is income less spending and falls below 0 in a bad year:
// ≥0 states that no deficit is run, a real target. Money carried over unspent (结转结余) cannot be negative and is not matched.
const SIGNED_BALANCE = /(?:当期|当年|年度|本年|本期)(?:收支)?(?:结余|结存|盈余)$|收支(?:结余|差额)$/;
const BY_DATE = /(?:前|内|止|为限)/;
// The top of a measure's own scale: pH runs 0–14; a road's condition index (PCI, PQI, MQI) is rated 0–100.
const SCALE_TOP = { acidity: 14, rated: 100 } as const;

// Names of a share done in all but the word 率 (资金到位 ≥110%, 整改落实 ≥120%): a share over 100%, not a miscount.
const COMPLETION = /(完成|到位|覆盖|落实|执行|拨付|支付|兑现|发放|达标|合格|清零|办结|结案|整改|公开|入库|验收|使用|利用|运行)/;

/**
 * An output the project promises under 数量 (举办主体班次, 发放救助资金) set at =0: the project would deliver nothing. The outputs
 * capsOutput reads as promised, and money paid out to people (TRANSFER) in a money unit; bad things, money spent and what a unit
 * keeps down on purpose (公务用车, 会议) are apart, where =0 is a rightful target.
 */
function deliversNothing(facts: NameFacts, uf: UnitFacts, l1: Level1 | null, l2: Level2 | null): boolean {
  return capsOutput(facts, uf, l1, l2) || (l2 === 'quantity' && l1 !== 'benefit' && l1 !== 'satisfaction' && facts.transfer && uf.money && facts.direction !== 'bad' && !facts.change);
}

/** A cost row that states an amount: 成本 (under 产出, or a 一级 without 二级) and 经济成本. */
export function isMoneyCost(l2: Level2 | null, l1: Level1 | null): boolean {
  return l2 === 'cost' || l2 === 'economic_cost' || (l2 == null && l1 === 'cost');
}

/** Checks that read the name's meaning against the value: satisfaction, unit, plausibility, direction, category. */
export function checkMeaning(
  ctx: FormContext, i: number, ind: Indicator, facts: NameFacts, l1: Level1 | null, l2: Level2 | null, num: number | null,
  unit: string | null, uf: UnitFacts,
): void {
  const cmp = ind.comparator;
  const percent = uf.percent;
  const qualitativeUnit = uf.qualitative;
  const quantitative = isSign(cmp) && num != null;
  let mismatch: ReturnType<typeof measureMismatch> = null;
  let named: string | null = null;
  let changeWay: ReturnType<typeof changeDirection> = null;
  let way: ReturnType<typeof describedWay> = null;
  let clash: ReturnType<typeof periodClash> = null;
  let size: string | null = null;

  // A favourable share under 满意度 (“好差评”好评率 ≥85分) is the satisfaction level by another name: in 分 it is scored, not a share.
  if ((facts.rating || facts.approval) && unit && !percent && !qualitativeUnit && num != null && (l1 === 'satisfaction' || l2 === 'satisfaction')) {
    const min = ctx.policy.minSatisfaction;
    push(ctx, 'satisfaction', i, 'unit', `${rowPlace(ctx, i, ind)}是服务对象的评价，列在满意度指标下，计量单位却是「${unit}」；满意度请以 % 计量（如「≥${Math.max(min, 90)}%」）或作为定性指标。`);
  }
  if (facts.satisfaction) {
    const min = ctx.policy.minSatisfaction;
    if (unit && !percent && !qualitativeUnit && num != null) {
      push(ctx, 'satisfaction', i, 'unit', `${rowPlace(ctx, i, ind)}是满意度指标，计量单位却是「${unit}」；满意度请以 % 计量（如「≥${Math.max(min, 90)}%」）或作为定性指标。`);
    } else if (quantitative && percent && (cmp === '>=' || cmp === '>' || cmp === '=') && num! < min) {
      push(ctx, 'satisfaction', i, 'target', `${rowPlace(ctx, i, ind)}的目标值 ${showTarget(ind)} 低于满意度最低要求 ${min}%；请把目标提高到不低于 ${min}%。`);
    } else if (cmp === 'qualitative' && num == null) {
      // 85%-95%: the range lets the lower bound pass, so that bound is the target held to the minimum.
      const range = readRange(ind.target);
      if (range && range.low < min && (percent || isPercentUnit(range.lowUnit) || isPercentUnit(range.highUnit))) {
        push(ctx, 'satisfaction', i, 'target', `${rowPlace(ctx, i, ind)}的目标值区间「${trimmed(ind.target)}」下限 ${range.low}% 低于满意度最低要求 ${min}%；请把目标改为不低于 ${min}%（如「≥${min}%」）。`);
      }
    }
  } else if (facts.approval && quantitative && percent && (l1 === 'satisfaction' || l2 === 'satisfaction') && (cmp === '>=' || cmp === '>' || cmp === '=')
    && num! < ctx.policy.minSatisfaction) {
    // 服务对象好评率 ≥80% under 满意度: the favourable share is the satisfaction level, held to the same minimum.
    const min = ctx.policy.minSatisfaction;
    push(ctx, 'satisfaction', i, 'target', `${rowPlace(ctx, i, ind)}的目标值 ${showTarget(ind)} 低于满意度最低要求 ${min}%；请把目标提高到不低于 ${min}%。`);
  }
  // A 满意度 in 场次 is one defect, which the satisfaction rule owns: not reported again as unit_vs_name.
  if (unit && !qualitativeUnit && cmp !== 'qualitative' && !facts.satisfaction) {
    // A level's rise or fall (地热水位年降幅 ≤1米) is measured in a length as a share's is in points.
    // 河湖巡查次数及问题整改率 ≥24次: the unit is the joined count's, the first of the name's two measures. 评价达标率 100%达标
    // is the rate at 100%, % and all.
    if (facts.kind === 'rate' && !percent && !uf.perBase && !(facts.change && (uf.points || uf.counts === 'length')) && !uf.magnitude && num != null && !(num === 100 && isPercentDone(unit))
      && !(facts.joinedMeasure === 'count' ? uf.counts != null && uf.counts !== 'money' : facts.joinedMeasure === 'amount' && uf.money)) {
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称是比率，计量单位却是「${unit}」（${showTarget(ind)}）；请把单位改为 %，或把名称改成与单位相符的说法（如「…时限」「…次数」）。`);
    } else if (facts.timeTaken && percent && !facts.change && num != null) {
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称是时长（天数、时限），计量单位却是${shownUnit(unit)}（${showTarget(ind)}）；请填写时间单位（天、个工作日、小时……），或把名称改为比率（如「…按时办结率」）。`);
    } else if (facts.perCapitaMoney && !percent && !uf.money && !uf.perBase && !uf.mixed && num != null) {
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称是人均（单位）金额，计量单位却是「${unit}」（${showTarget(ind)}）；请填写金额单位（如「元/人」「万元/户」），或把名称改为人数、户数。`);
    } else if (facts.kind === 'count' && (percent || uf.points) && (!facts.change || facts.gain)) {
      // 二氧化碳减排量 ≥3900%: an amount cut (减排量, 削减量) is counted in tonnes, a change though it is. 新增普惠性学位 ≥2个百分点:
      // percentage points change a share, never a count.
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称是数量，计量单位却是${shownUnit(unit)}（${showTarget(ind)}）；请填写计数单位（人、次、个……），或把名称改为比率。`);
    } else if (uf.points && facts.kind !== 'rate' && !facts.change && !facts.gain && num != null) {
      // 水保方案审批 ≥60个百分点: percentage points measure how far a share moved; a name that is neither a share nor a change
      // has no share to move.
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称既不是比率也不是比率的变化，计量单位却是「${unit}」（${showTarget(ind)}）；请填写计数单位（件、个、人次……），或把名称改为比率或其升降（如「…率提高」）。`);
    } else if (facts.activity && percent && l2 === 'quantity') {
      // 残疾人就业培训 ≥90% under 数量: the work is counted; a share needs a name saying of what (…覆盖率, …参训率).
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}是数量指标，名称是一项工作，计量单位却是 %（${showTarget(ind)}）；请填写计数单位（人次、次、场……），或把名称改为比率（如「…覆盖率」）。`);
    } else if (facts.people && percent && l2 === 'quantity' && !facts.change) {
      // 营养改善计划受益学生 ≥98% under 数量: the people are counted; a share needs a name saying of what (…覆盖率, …受益率).
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}是数量指标，名称是受益人群，计量单位却是 %（${showTarget(ind)}）；请填写计数单位（人、户、人次……），或把名称改为比率（如「…覆盖率」）。`);
    } else if (amountInPercent(facts, percent, num)) {
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称是金额，计量单位却是 %（${showTarget(ind)}）；请填写金额单位（万元、元……），或把名称改为「…增长率」「…占比」。`);
    } else if (facts.capacity && percent) {
      // 城市污水处理能力 ≥2.5%: a plant's capacity or a river's flow has a size, not a share.
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称是处理能力或流量，计量单位却是 %（${showTarget(ind)}）；请填写能力或流量单位（如「万吨/日」「立方米/秒」），或把名称改为比率（如「…负荷率」）。`);
    } else if (facts.works && percent && num != null && num < 50 && (cmp === '>=' || cmp === '>' || cmp === '=')) {
      // 农村公路建设 ≥3.8%: the share of works done runs near 100% (村级服务中心建设 ≥95%); a few percent is a quantity
      // (公里, 个, 万亩) written in %.
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称是一项工程，指标值却是 ${showTarget(ind)}：完成比例应接近 100%，这里应是建设数量写成了 %；请填写计量单位（公里、个、万亩……），或把名称改为「…完成率」。`);
    } else if (overShare(facts, percent, num)) {
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称不是比率，指标值却是超过 100% 的 ${showTarget(ind)}，应是计数写成了 %；请填写计数单位（人次、批次、册……），或把名称改为比率（如「…完成率」「…增长率」）。`);
    } else if (num != null && (mismatch = measureMismatch(facts, uf, l2)) != null) {
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称是${mismatch.what}，计量单位却是「${unit}」（${showTarget(ind)}）；请填写${mismatch.units}等单位，或把名称改成与单位相符的说法。`);
    } else if (num != null && (named = nameUnitConflict(facts, unit, uf)) != null) {
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称中注明的单位是「${named}」，计量单位却是「${unit}」（${showTarget(ind)}）；请统一为同一单位，或删去名称中的单位。`);
    } else if (num != null && (clash = periodClash(facts.core, uf)) != null) {
      // 日均客运量 ≥18万人次/月: the name states a day's figure, the unit a month's; one of them is a slip.
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称按${clash.name}计，计量单位却是每${clash.unit}（${showTarget(ind)}）；请把单位改为按${clash.name}计的单位，或把名称改成与单位相符的说法。`);
    } else if (num != null && facts.kind !== 'rate' && !facts.change && describedUnitClash(ind.description, percent, uf)) {
      // 档案查阅利用服务 ≥95% explained as 全年接待…人次; 代表建议办理 ≥95件 explained as 办结率=…/…×100%: the row's own
      // explanation fixes the measure the name leaves open.
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}的指标值说明「${trimmed(ind.description ?? '')}」${percent ? '是计数' : '是比率'}，计量单位却是${shownUnit(unit)}（${showTarget(ind)}）；请${percent ? '填写计数单位（次、人次、件……）' : '把单位改为 %'}，或修改指标值说明。`);
    }
  }

  if (quantitative) {
    const n = num!;
    if (cmp === '>=' && n === 0 && !facts.change && !SIGNED_BALANCE.test(facts.core)) {
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标「≥0」永远成立，不构成约束；请写出真正的目标（如「=0」「≥12次」）。`);
    } else if ((facts.measure === 'acidity' || facts.measure === 'rated') && n > SCALE_TOP[facts.measure] && cmp !== '<=' && cmp !== '<') {
      // 出厂水pH值 ≥15, 路面状况指数 ≥800: past the top of the measure's own scale, no target can be met.
      const scale = facts.measure === 'acidity' ? 'pH 值在 0～14 之间' : '路况指数按 0～100 评定';
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标 ${showTarget(ind)} 不合理：${scale}，超过 ${SCALE_TOP[facts.measure]} 无法达到；请核实后改为合理目标。`);
    } else if (cmp !== '<=' && cmp !== '<' && unit != null && (size = pastItsSize(facts, uf, unit, n)) != null) {
      // 每千人口床位数 ≥650张, 玉米亩产 ≥50000公斤/亩, 年均开放天数 ≥400天: past what the measure can reach.
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标 ${showTarget(ind)} 不合理：${size}，这个目标无法达到；请核实数值和单位后改为合理目标。`);
    } else if (cmp === '=' && n === 0 && deliversNothing(facts, uf, l1, l2)) {
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}是项目要交付的产出，目标却是「=0」，即不交付任何产出；请填写计划完成的数量或金额（如「≥12次」）。`);
    } else if (percent && (!facts.change || (facts.fall && n > 100)) && facts.kind !== 'count' && !amountInPercent(facts, percent, n) && !overShare(facts, percent, n)
      && (n > 100 || (n === 100 && (cmp === '>=' || cmp === '>')))) {
      // A fall (能耗下降率, 排放降低) is a share of the old figure: unlike a growth it cannot pass 100%.
      // A count or an amount in % is one defect, the unit, which unit_vs_name reports; it is not a rate over 100%.
      const fix = n > 100
        ? '比率不能超过 100%，这个目标无法达到；请改为不超过 100% 的目标'
        : cmp === '>' ? '比率最高为 100%，「>100%」永远无法达到；请改为「=100%」' : '比率最高为 100%，「≥100%」实际就是「=100%」；请改为「=100%」';
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标 ${showTarget(ind)} 不合理：${fix}。`);
    } else if (percent && !uf.perMille && facts.highRate && (cmp === '>=' || cmp === '>' || cmp === '=') && n < 50) {
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标 ${showTarget(ind)} 过低：这类比率正常应接近 100%；请核实后改为合理目标（如「≥95%」）。`);
    } else if (percent && !uf.perMille && facts.direction === 'good' && (cmp === '>=' || cmp === '>' || cmp === '=') && n < 80 && DUE_REPLY_SHARE.test(facts.core)) {
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标 ${showTarget(ind)} 过低：按规定时限办结、答复的事项应全部办结（答复），这类比率正常应接近 100%；请核实后改为合理目标（如「≥95%」）。`);
    } else if (percent && !uf.perMille && facts.floorRate && (cmp === '>=' || cmp === '>' || cmp === '=') && n < 10) {
      // 畜禽粪污综合利用率 ≥8%: good shares run from about 25% (再生水利用率) to 100%; a single-digit floor is a slip. A rate
      // stated in ‰ is small by nature (严重精神障碍患者报告患病率 ≥4.5‰): no floor in % holds for it.
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标 ${showTarget(ind)} 过低：这类比率的目标通常在数十个百分点以上，个位数的下限不构成约束；请核实后改为合理目标（如「≥80%」）。`);
    } else if (percent && (cmp === '<=' || cmp === '<') && n >= 50 && n <= 100 && BUDGET_SLACK_SHARE.test(ind.name)) {
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标 ${showTarget(ind)} 上限过高：结转结余、预算调整占预算的比例通常控制在 10%～30% 以内，一半以上的上限不构成约束；请核实后改为合理上限（如「≤15%」）。`);
    }
    // 设备巡检周期 ≥1次/周 sets how often, a floor rightly: only a span of time (≥3年) is the wrong way round.
    if ((facts.direction === 'bad' || facts.rank) && (cmp === '>=' || cmp === '>') && !(facts.timeTaken && uf.frequency)) {
      push(ctx, 'direction', i, 'comparator', `${rowPlace(ctx, i, ind)}越低越好，指标性质却是「${cmp === '>=' ? '≥' : '>'}」（${showTarget(ind)}）；请改为「≤」或「=」（如「≤${n}${unit ?? ''}」）。`);
    } else if ((cmp === '>=' || cmp === '>') && facts.spending && !facts.change && (isMoneyCost(l2, l1) || facts.costName) && unit != null && MONEY_UNIT.test(unit)
      && !(facts.allocation && uf.moneyPer)) {
      // Money spent set as a 成本 target is a ceiling: 「≥300万元」 asks to spend at least that much. Money allocated per
      // recipient (村级组织运转经费 ≥12万元/村) is a standard to guarantee, a floor rightly. A cost by name (…成本, …造价) is
      // kept down under any level: filed under 效益 (农村快递单件配送成本 ≥3元/件) a floor is as wrong as under 成本.
      push(ctx, 'direction', i, 'comparator', `${rowPlace(ctx, i, ind)}是成本（资金投入），应控制上限，指标性质却是「${cmp === '>=' ? '≥' : '>'}」（${showTarget(ind)}）；请改为「≤」（如「≤${n}${unit}」）。`);
    } else if ((cmp === '<=' || cmp === '<') && ((facts.direction === 'good' && (percent || unit == null || facts.gain || facts.largeGood)) || (uf.rising && facts.direction !== 'bad')
      || capsOutput(facts, uf, l1, l2))) {
      push(ctx, 'direction', i, 'comparator', `${rowPlace(ctx, i, ind)}越高越好，指标性质却是「${cmp === '<=' ? '≤' : '<'}」（${showTarget(ind)}）；请改为「≥」（如「≥${n}${unit ?? ''}」）。`);
    } else if (facts.direction === 'neutral' && !facts.change && (way = describedWay(ind.description)) != null && (way === 'lower' ? cmp === '>=' || cmp === '>' : cmp === '<=' || cmp === '<')) {
      // A name neutral by its words (复查复核改变率, 投资回收期) whose explanation says which way is better (越低越好).
      push(ctx, 'direction', i, 'comparator', `${rowPlace(ctx, i, ind)}按指标值说明${way === 'lower' ? '越低越好' : '越高越好'}，指标性质却是「${cmp === '>=' ? '≥' : cmp === '>' ? '>' : cmp === '<=' ? '≤' : '<'}」（${showTarget(ind)}）；请改为「${way === 'lower' ? '≤' : '≥'}」（如「${way === 'lower' ? '≤' : '≥'}${n}${unit ?? ''}」）。`);
    }
  } else if ((cmp === 'qualitative' || cmp === '>=' || cmp === '>' || cmp === '=') && num == null
    && (changeWay = changeDirection(facts, isMoneyCost(l2, l1)) ?? (capsOutput(facts, uf, l1, l2) ? 'good' : null)) != null
    && movesWrongWay(trimmed(ind.target), changeWay)) {
    // 发病率 较上年上升5%, 优良天数比例 下降2个百分点: a change by an amount, the wrong way for the name. An output promised under
    // 数量 in a count unit (举办村晚 下降5% 场) is a floor as capsOutput reads it, so a fall is the wrong way too. A floor on the
    // change (治理率 ≥较上年下降1.5个百分点) asks for at least that move: the same way wrong. A ceiling on a rise (成本 ≤较上年增长5%)
    // only caps it, and is left alone.
    push(ctx, 'direction', i, 'target', `${rowPlace(ctx, i, ind)}${changeWay === 'bad' ? '越低越好' : '越高越好'}，指标值「${trimmed(ind.target)}」却要求${changeWay === 'bad' ? '上升' : '下降'}；请改为${changeWay === 'bad' ? '下降或控制上限（如「较上年下降5%」「≤…」）' : '提高或设定下限（如「较上年提高5%」「≥…」）'}。`);
  } else if ((cmp === '>=' || cmp === '>') && num == null && facts.timeTaken && DATE.test(trimmed(ind.target)) && !BY_DATE.test(ind.target)) {
    // 完工节点 ≥2025年5月31日: a due date is a latest date; after ≥ it says "not before", the wrong way round. A date the
    // clerk wrote as a deadline (≥2025年11月30日前, 年底以内) says which way it holds in its own words, whatever sign the form
    // made them pick.
    push(ctx, 'direction', i, 'comparator', `${rowPlace(ctx, i, ind)}是完成时点，应设定最晚日期，指标性质却是「${cmp === '>=' ? '≥' : '>'}」（${showTarget(ind)}）；请改为「≤」（如「≤${trimmed(ind.target)}」）或写成「${trimmed(ind.target)}前」。`);
  } else if (cmp === 'qualitative' && num == null && facts.kind === 'rate' && !facts.change && !facts.satisfaction) {
    // 95%-105%, ≥95%且≤110%: a share's range whose upper bound passes 100% cannot be met at that end.
    const range = readRange(ind.target);
    const points = range ? null : pointsMoved(trimmed(ind.target));
    if (range && range.low > range.high) {
      pushSwappedRange(ctx, i, ind, range.low, range.high);
    } else if (range && range.high > 100 && (percent || isPercentUnit(range.lowUnit) || isPercentUnit(range.highUnit))) {
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标值区间「${trimmed(ind.target)}」上限 ${range.high}% 超过 100%，比率无法达到；请把上限改为 100%（如「≥${range.low}%」）。`);
    } else if (points != null && points > 100) {
      // 覆盖率 较上年提高150个百分点: a share runs 0–100, so it cannot move by more points than that.
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的指标值「${trimmed(ind.target)}」不合理：比率在 0～100% 之间，变动不可能超过 100 个百分点；请核实后改为合理目标。`);
    }
  } else if (cmp === 'qualitative' && num == null && ANY_DIGIT.test(ind.target)) {
    // 99.8%—99.5%, 40-20次: a band whose lower end stands above its upper end cannot be met as written. Most words (有效提升)
    // hold no digit and are passed over unread.
    const range = readRange(ind.target);
    if (range && range.low > range.high) pushSwappedRange(ctx, i, ind, range.low, range.high);
  }

  checkLevelName(ctx, i, ind, facts, l1, l2, unit);
}

const ANY_DIGIT = /[\d０-９]/;

function pushSwappedRange(ctx: FormContext, i: number, ind: Indicator, low: number, high: number): void {
  push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标值区间「${trimmed(ind.target)}」下限 ${low} 高于上限 ${high}，无法同时满足；请把小的数写在前面（如「${high}—${low}」）。`);
}

/** A unit the row's explanation contradicts: % on a count it describes, a count unit on a share it defines by formula. */
function describedUnitClash(description: string | null, percent: boolean, uf: UnitFacts): boolean {
  const described = describedMeasure(description);
  return described === 'count' ? percent : described === 'share' && !percent && !uf.perMille && uf.counts != null && uf.counts !== 'money';
}

/** The unit as a message names it: a bare percent sign stands alone, any other unit (‰, 个百分点, 次) is quoted as written. */
function shownUnit(unit: string | null): string {
  return unit === '%' || unit === '％' ? ' %' : `「${unit ?? ''}」`;
}
