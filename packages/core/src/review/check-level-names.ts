import type { Indicator } from '../forms/forms-schema';
import type { NameFacts, OutputCategory } from './name-facts';
import { LEVEL2_LABELS, departmentLevel1Of, type Level1, type Level2 } from './indicator-framework';
import { type FormContext, push, rowPlace, showTarget } from './review-context';
import { rowReadings, type RowReadings } from './row-readings';
import { trimmed } from '../values/text-scan';
import { isPercentUnit, unitFacts } from './unit-facts';

// 元, 万元, 亿元, 元/人·天, 万元/公里: money, as opposed to 万人 or 万亩.
export const MONEY_UNIT = /^[万亿千百]*元(?:[/／每].*)?$/;

// What the people or firms served pay, which the project brings down (多式联运单位运输成本, 物流成本, 融资成本, 住院患者次均费用):
// an effect or a quality of the service, not what the project spends, so it is filed under 效益 or 质量 rightly.
const BORNE_COST = /(?:物流|融资|用能|用工|交易|通关|就医|出行)[\u4e00-\u9fa5]{0,2}成本$|单位(?:运输|货运|联运)成本$|(?:次均|例均|床日)[\u4e00-\u9fa5]{0,6}费用$/;

const OUTPUT_LABEL: Record<Exclude<OutputCategory, null>, Level2> = { quantity: 'quantity', quality: 'quality', timeliness: 'timeliness' };

function isBenefitLevel(l1: Level1 | null, l2: Level2 | null): boolean {
  return l1 === 'benefit' || l2 === 'economic_benefit' || l2 === 'social_benefit' || l2 === 'eco_benefit' || l2 === 'sustainability';
}

function isOutputDetail(l2: Level2 | null): boolean {
  return l2 === 'quantity' || l2 === 'quality' || l2 === 'timeliness';
}

function isCostLevel(l1: Level1 | null, l2: Level2 | null): boolean {
  return l1 === 'cost' || l2 === 'cost' || l2 === 'economic_cost' || l2 === 'social_cost' || l2 === 'eco_cost';
}

/** Where a cost row belongs in the form's framework. */
function costHome(ctx: FormContext): string {
  return ctx.framework === '2021' ? '成本指标（经济成本指标）' : '产出指标下的成本指标';
}

function levelText(ind: Indicator): string {
  const l1 = ind.level1 == null ? '' : trimmed(ind.level1);
  const l2 = ind.level2 == null ? '' : trimmed(ind.level2);
  return l1 && l2 ? `${l1}/${l2}` : l1 || l2;
}

/**
 * level_vs_name for one row: a name that belongs to another 二级 or 一级 than the one it is filed under.
 * Reports at most one finding per row, the one that names the level the row should move to.
 */
export function checkLevelName(
  ctx: FormContext, i: number, ind: Indicator, facts: NameFacts, l1: Level1 | null, l2: Level2 | null, unit: string | null,
): void {
  if (l1 == null && l2 == null) return;
  const satisfactionLevel = l1 === 'satisfaction' || l2 === 'satisfaction';
  if (facts.satisfaction) {
    // A department tree files rows under its own 一级 (社会效应, 履职效能): a known level all the same, and not 满意度.
    const filed = l1 != null || (ind.level1 != null && departmentLevel1Of(ind.level1) != null);
    if (filed && !satisfactionLevel) {
      push(ctx, 'level_vs_name', i, 'level1', `${rowPlace(ctx, i, ind)}是满意度指标，却列在「${levelText(ind)}」下；请移到满意度指标（服务对象满意度指标）。`);
    }
    return;
  }
  if (satisfactionLevel) {
    // An output or outcome filed under 满意度 (保障机关正常运转 ≥95%): the row measures something else.
    if (!facts.satisfactionLike && facts.core !== '') {
      push(ctx, 'level_vs_name', i, 'name', `${rowPlace(ctx, i, ind)}列在「${levelText(ind)}」下，名称却不是满意度，衡量的是别的内容；请改为具体对象的满意度（如「服务对象满意度」「受益群众满意度」），或把该指标移到相应的产出、效益指标下。`);
    }
    return;
  }
  if (isBenefitLevel(l1, l2)) {
    // Under 效益/时效 the 二级 itself is misfiled, which the levels check reports; the name agrees with its 二级.
    if (facts.output && !isOutputDetail(l2)) {
      const want = LEVEL2_LABELS[OUTPUT_LABEL[facts.output]];
      push(ctx, 'level_vs_name', i, 'level1', `${rowPlace(ctx, i, ind)}衡量的是产出（完成、支付、时效或验收情况），却列在「${levelText(ind)}」下；请移到产出指标下的${want}，效益指标应写项目带来的经济、社会、生态效益或可持续影响。`);
    } else if ((facts.costName || (facts.ownSpend && l2 !== 'sustainability' && (ind.comparator === '<=' || ind.comparator === '<')))
      && !facts.change && !isCostLevel(l1, l2) && unit != null && MONEY_UNIT.test(unit) && !BORNE_COST.test(facts.core)) {
      // 项目建设成本 ≤860万元 under 经济效益: what the project costs, not what it brings. The project's own running money
      // capped (场馆运营补贴 ≤300万元) is a cost as well; under 可持续影响 运维经费 is the upkeep secured.
      push(ctx, 'level_vs_name', i, 'level1', `${rowPlace(ctx, i, ind)}（${showTarget(ind)}）是项目的成本，却列在「${levelText(ind)}」下；请移到${costHome(ctx)}，效益指标应写项目带来的经济、社会、生态效益或可持续影响。`);
    }
    return;
  }
  // 带动农户户均增收 under 经济成本: money earned is an outcome, not a cost.
  // 带动社会资本投入 under 经济成本: money drawn in is what the project brings, not what it spends.
  if ((facts.earning || facts.drawnIn) && !facts.change && isCostLevel(l1, l2)) {
    push(ctx, 'level_vs_name', i, 'level2', `${rowPlace(ctx, i, ind)}衡量的是收益（增收、收入、带动的投资或消费），却列在「${levelText(ind)}」下；请移到效益指标下的经济效益指标，成本指标应写项目花费的金额或单价。`);
    return;
  }
  if (l1 != null && l1 !== 'output') return;
  // 带动农户户均增收 ≥1500元/户 under 数量: people's income raised is what the project brings, not what it produces.
  if (facts.income && isOutputDetail(l2)) {
    push(ctx, 'level_vs_name', i, 'level1', `${rowPlace(ctx, i, ind)}衡量的是群众增收（效益），却列在「${levelText(ind)}」下；请移到效益指标下的经济效益指标，${LEVEL2_LABELS[l2!]}请写项目的实际产出。`);
    return;
  }
  // 技术合同成交额 / 赛事带动消费 under 数量: money drawn in or deals made are what the project brings.
  if (facts.drawnIn && !facts.change && isOutputDetail(l2)) {
    push(ctx, 'level_vs_name', i, 'level1', `${rowPlace(ctx, i, ind)}衡量的是项目带动的投资、消费或交易（经济效益），却列在「${levelText(ind)}」下；请移到效益指标下的经济效益指标，${LEVEL2_LABELS[l2!]}请写项目的实际产出。`);
    return;
  }
  // 减少群众跑动次数 / 节约行政成本 / 民族团结进步意识 under 数量: an effect the project has, not what it produces.
  if (facts.outcome && isOutputDetail(l2)) {
    push(ctx, 'level_vs_name', i, 'level1', `${rowPlace(ctx, i, ind)}衡量的是项目带来的效果（减少、节约、效率提升、意识增强等），却列在「${levelText(ind)}」下；请移到效益指标（社会效益或经济效益指标），${LEVEL2_LABELS[l2!]}请写项目的实际产出。`);
    return;
  }
  // A rate in a count unit (保障房分配入住率 ≥90套, 签约项目履约率 ≥80个) is one defect, the unit, which unit_vs_name reports:
  // the row may be a count misnamed, so its 二级 is not questioned by the name.
  const rateInCount = facts.kind === 'rate' && unit != null && !isPercentUnit(unit) && !unitFacts(unit).perBase;
  // 保障房出租率 under 数量: how much what was built is used is an outcome (or its quality), not a quantity produced.
  if (facts.useRate && l2 === 'quantity' && !rateInCount) {
    push(ctx, 'level_vs_name', i, 'level1', `${rowPlace(ctx, i, ind)}衡量的是建成或购置之物的使用情况，却列在「${levelText(ind)}」下；请移到效益指标（社会效益或经济效益指标），数量指标请写建成、购置或服务的数量。`);
    return;
  }
  if (l2 !== 'quantity' && l2 !== 'quality' && l2 !== 'timeliness' && l2 !== 'cost') return;
  if (facts.category) {
    const want: Level2 = facts.category === 'timeliness' ? 'timeliness' : 'quality';
    if (l2 !== want && !rateInCount) {
      push(ctx, 'level_vs_name', i, 'level2', `${rowPlace(ctx, i, ind)}按名称属于${LEVEL2_LABELS[want]}，却列在「${ind.level2}」下；请把二级指标改为${LEVEL2_LABELS[want]}。`);
    }
    return;
  }
  // 平均住院日 ≤8.5天 and 办件超期率 ≤0.5% under 数量: time taken and work done late are no quantity produced; they are a
  // pace, read under 时效 (or 质量, as hospitals and 政务服务 file them). A count of days worked (开放天数) is not time taken.
  if (l2 === 'quantity' && ((facts.timeTaken && unit != null && unitFacts(unit).counts === 'duration') || (facts.overdue && !rateInCount))) {
    push(ctx, 'level_vs_name', i, 'level2', `${rowPlace(ctx, i, ind)}（${showTarget(ind)}）衡量的是用时长短或超期情况，不是产出数量，却列在「${ind.level2}」下；请把二级指标改为时效指标（或质量指标），数量指标请写实际完成的数量。`);
    return;
  }
  // Money spent set as a 数量/质量/时效 target (采购金额 ≥4万元): a cost, not an output.
  // A rate in 万元 (投资完成率 ≥90万元) is one defect, the unit, which unit_vs_name reports.
  // Money handed out to recipients (发放就业补助资金, 补贴资金兑付金额) is a transfer programme's output, not an input.
  // Time taken in 万元 (办税缴费平均时长 ≤2.6亿元) and people in 万元 (免学费学生: 费 names the relief, not money spent) are one
  // defect, the unit, which unit_vs_name reports.
  if (l2 !== 'cost' && facts.spending && !facts.timeTaken && !facts.people && !facts.change && facts.kind !== 'rate' && unit != null && MONEY_UNIT.test(unit) && !(l2 === 'quantity' && facts.transfer)
    && !BORNE_COST.test(facts.core)) {
    const home = costHome(ctx);
    push(ctx, 'level_vs_name', i, 'level2', `${rowPlace(ctx, i, ind)}（${showTarget(ind)}）是资金投入，不是产出，却列在「${ind.level2}」下；请把它移到${home}并以「≤」控制；${LEVEL2_LABELS[l2]}请写实际产出（如采购台数、服务人次、完成率）。`);
  }
}

/** A 效益 row whose value repeats a 数量 row's (=112户 under both): the benefit restates the output. */
export function checkBenefitRestatesOutput(ctx: FormContext): void {
  const readings = rowReadings(ctx);
  const rows = ctx.form.indicators;
  // Most forms have no counted 效益 row at all: look for one before building any key.
  let candidate = false;
  for (let i = 0; i < rows.length && !candidate; i++) {
    candidate = isBenefitLevel(readings.level1[i] as Level1 | null, readings.level2[i] as Level2 | null) && countedValue(rows[i]!) != null;
  }
  if (!candidate) return;
  if (rows.length <= SMALL_FORM) {
    restatesByScan(ctx, readings, rows);
    return;
  }
  const outputs = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    if (!isOutputQuantity(readings, i)) continue;
    const key = restateKey(rows[i]!);
    if (key != null && !outputs.has(key)) outputs.set(key, i);
  }
  if (outputs.size === 0) return;
  for (let i = 0; i < rows.length; i++) {
    if (!isBenefitLevel(readings.level1[i] as Level1 | null, readings.level2[i] as Level2 | null) || readings.facts[i]!.output) continue;
    const key = restateKey(rows[i]!);
    const k = key == null ? undefined : outputs.get(key);
    if (k === undefined) continue;
    reportRestated(ctx, rows, i, k);
  }
}

// Forms up to this many rows match 效益 rows to 数量 rows by a scan over reused scratch arrays instead of
// spelling a "112|户" key per row into a Map.
const SMALL_FORM = 64;
const quantityValue: number[] = [];

/**
 * checkBenefitRestatesOutput's matching without keys: a 效益 row restates the first 数量 row whose counted
 * value and trimmed unit equal its own, which is the row the keyed Map finds ("112|户" splits unambiguously).
 */
function restatesByScan(ctx: FormContext, readings: RowReadings, rows: Indicator[]): void {
  const n = rows.length;
  let any = false;
  for (let j = 0; j < n; j++) {
    const v = isOutputQuantity(readings, j) ? countedValue(rows[j]!) : null;
    quantityValue[j] = v ?? NaN;
    if (v != null) any = true;
  }
  if (!any) return;
  for (let i = 0; i < n; i++) {
    if (!isBenefitLevel(readings.level1[i] as Level1 | null, readings.level2[i] as Level2 | null) || readings.facts[i]!.output) continue;
    const ind = rows[i]!;
    const v = countedValue(ind);
    if (v == null) continue;
    const unit = trimmed(ind.unit!);
    let k = -1;
    for (let j = 0; j < n; j++) {
      if (quantityValue[j] === v && trimmed(rows[j]!.unit!) === unit) { k = j; break; }
    }
    if (k < 0) continue;
    reportRestated(ctx, rows, i, k);
  }
}

/**
 * A 数量 row that is an output: 数量指标 filed under 效益 is itself the misfiled row (reported by the levels
 * check), not the output a 效益 row restates, so it would otherwise be reported as restating itself.
 */
function isOutputQuantity(readings: RowReadings, j: number): boolean {
  return readings.level2[j] === 'quantity' && readings.level1[j] !== 'benefit';
}

function reportRestated(ctx: FormContext, rows: Indicator[], i: number, k: number): void {
  const ind = rows[i]!;
  push(ctx, 'level_vs_name', i, 'target', `${rowPlace(ctx, i, ind)}列在效益指标下，指标值却与第${k + 1}行数量指标「${rows[k]!.name}」相同（${showTarget(ind)}），重复的是产出；请改写为项目带来的效益（如受益群体的变化、服务水平的提升），或删除该行。`);
}

/** The number of a counted target (=112 户, ≥50 人); null for rates, money, qualitative values and counts below 10, which rows share by chance. */
function countedValue(ind: Indicator): number | null {
  const cmp = ind.comparator;
  if (cmp !== '=' && cmp !== '>=' && cmp !== '>') return null;
  if (ind.unit == null || !countedUnit(trimmed(ind.unit))) return null;
  const n = Number(trimmed(ind.target));
  return Number.isFinite(n) && n >= 10 ? n : null;
}

/** A unit things are counted in (户, 人, 个): not empty, not a share (%, ‰) and not money (万元, 元/人). */
function countedUnit(u: string): boolean {
  if (u === '') return false;
  const c = u.charCodeAt(0);
  return c !== 37 && c !== 0xff05 && c !== 0x2030 && !u.includes('元');
}

/** "112|户": the value and unit two rows share when one restates the other (the comparator may differ). */
function restateKey(ind: Indicator): string | null {
  const n = countedValue(ind);
  return n == null ? null : `${n}|${trimmed(ind.unit!)}`;
}
