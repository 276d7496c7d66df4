import type { Indicator } from '../forms/forms-schema';
import { parseValue, readRange } from '../values/parse-value';
import { plainDecimal } from '../scoring/read-number-fast';
import type { NameFacts } from './name-facts';
import { type FormContext, push, rowPlace, showTarget } from './review-context';
import { MONEY_UNIT, checkLevelName } from './check-level-names';
import { checkLevels, reportForeignLevels } from './check-levels';
import { isTotalsRow } from '../scoring/sheet-rows';
import { isBudgetExecutionRow } from './check-self-evaluation';
import type { Level1, Level2 } from './indicator-framework';
import { rowReadings, type RowReadings } from './row-readings';
import { checkAnswer, echoedTarget, isLoneSign, isPercentDone, isPlaceholder, thousandsTyped } from './loose-values';
import { isBlank, trimmed } from '../values/text-scan';
import { NO_UNIT, isPercentUnit, unitFacts, type UnitFacts } from './unit-facts';
import { capsOutput, measureMismatch } from './measure-unit';
import { checkGradeAnswer } from './check-grade-answer';
import { approximateTarget } from './approximate-target';
import { checkStatedTargets } from './check-stated-targets';
import { changeDirection } from './change-direction';
import {
  DATE, DEADLINE, DIRECTION_ONLY, FALLING, FULL_COVERAGE, GRADE_REACHED, NOT_A_SHARE, movesWrongWay, PASS_GRADE, VAGUE, VAGUE_PROMISE, describesShare, isBareStandard, isRatioValue, isUnnamedStandard, measurableText, namesStandard, statesAmount,
  statesFrequency, writtenNumber,
} from './value-wording';

export { isPercentUnit } from './unit-facts';

const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
const DIGIT = /\d/;
function isSign(cmp: string | null): boolean {
  return cmp === '>=' || cmp === '<=' || cmp === '=' || cmp === '>' || cmp === '<';
}

/**
 * A target written as a bare decimal (95, -3, 40.73): the shape most rows have, read by a char scan
 * instead of the regexes below. NaN for anything else, which then takes the general path.
 */
function bareDecimal(s: string): number {
  const n = s.length;
  let i = 0;
  if (n > 0 && (s.charCodeAt(0) === 43 || s.charCodeAt(0) === 45)) i = 1;
  const intStart = i;
  while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i === intStart || n > 24) return NaN;
  if (i < n) {
    if (s.charCodeAt(i) !== 46) return NaN;
    const fracStart = ++i;
    while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === fracStart || i < n) return NaN;
  }
  return plainDecimal(s);
}

/** The target's number: "95", "1,055.4"; an editor's "95%" or "≥12次" typed into the target still counts. */
export function targetNumber(ind: Indicator): number | null {
  const quick = bareDecimal(ind.target);
  if (quick === quick) return quick;
  const t = trimmed(ind.target);
  if (NUMBER.test(t)) return Number(t.includes(',') ? t.replace(/,/g, '') : t);
  if (!DIGIT.test(t)) return null;
  const p = parseValue(t);
  return p.kind === 'number' ? p.number : null;
}

/** The unit column, or the unit written inside the target when the column is empty. */
function effectiveUnit(ind: Indicator): string | null {
  const u = ind.unit == null ? null : trimmed(ind.unit);
  if (u) return u;
  if (!DIGIT.test(ind.target) || NUMBER.test(trimmed(ind.target))) return null;
  const p = parseValue(ind.target);
  return p.kind === 'number' ? p.unit : null;
}


export interface FormShape {
  hasLevel1: boolean;
  hasLevel2: boolean;
  /** Whether 二级 membership in the framework is checked (project forms; department forms that use the project framework). */
  checkMembership: boolean;
  /** A project form whose 一级 are all outside the framework (预算绩效/产出绩效…): another template, reported once. */
  foreignLevels: boolean;
  /** The layout has a 指标值确定依据 column: some row filled it. */
  hasBasis: boolean;
  isProject: boolean;
  /** A department self-evaluation score sheet (items of a 部门整体评价 tree): rows carry scores, not targets. */
  isScoreSheet: boolean;
}

function shapeOf(ctx: FormContext, readings: RowReadings): FormShape {
  const { form } = ctx;
  let hasLevel1 = false;
  let hasLevel2 = false;
  let hasBasis = false;
  let allStandard = true;
  let anyStandard = false;
  const rows = form.indicators;
  for (let i = 0; i < rows.length; i++) {
    const ind = rows[i]!;
    if (!isBlank(ind.level1)) {
      hasLevel1 = true;
      if (readings.level1[i] == null) allStandard = false;
      else anyStandard = true;
    }
    if (!hasLevel2 && !isBlank(ind.level2)) hasLevel2 = true;
    if (!hasBasis && !isBlank(ind.basis)) hasBasis = true;
  }
  const isProject = form.kind === 'project_target' || form.kind === 'project_self_evaluation';
  return {
    hasLevel1,
    hasLevel2,
    // A department sheet whose every 一级 is on the framework (产出/效益/满意度) is held to it like a target;
    // a tree of scored items (预算管理/资产管理…) is not.
    checkMembership: hasLevel1 && ((isProject && anyStandard) || (form.kind !== 'project_target' && form.kind !== 'project_self_evaluation' && allStandard)),
    foreignLevels: isProject && hasLevel1 && !anyStandard,
    hasBasis,
    isProject,
    // A department sheet on the project framework (产出/效益/满意度 rows with 指标值 and 完成值) states targets
    // like a project self-evaluation and gets the same value checks; a tree of scored items does not.
    isScoreSheet: form.kind === 'department_self_evaluation' && !anyStandard,
  };
}

/** Row-level checks of rules.md §2 for every indicator of one form. */
export function checkIndicators(ctx: FormContext): void {
  const readings = rowReadings(ctx);
  const shape = shapeOf(ctx, readings);
  const rows = ctx.form.indicators;
  const levels = shape.checkMembership;
  if (shape.foreignLevels) reportForeignLevels(ctx);
  for (let i = 0; i < rows.length; i++) {
    const ind = rows[i]!;
    const facts = readings.facts[i]!;
    checkName(ctx, i, ind);
    const l1 = readings.level1[i] as Level1 | null;
    const l2 = readings.level2[i] as Level2 | null;
    // 预算执行 › 预算执行率 scores budget execution among the rows (a sheet without a budget block): outside the framework on purpose.
    // A totals row (合计) printed among the rows is no indicator and has no levels of its own.
    if (levels && !(l1 == null && (isBudgetExecutionRow(ind) || isTotalsRow(ind)))) checkLevels(ctx, shape, i, ind, l1, l2);
    if (shape.isScoreSheet) continue;
    // A totals row (合计) kept among the rows has no target of its own.
    if (ind.comparator == null && (!ctx.isTarget || isTotalsRow(ind)) && trimmed(ind.target) === '') continue;
    // 教师培训合格率≥95%: the name typed again before the target; the rest is the row's real target.
    let row = ind.comparator === 'qualitative' ? echoedTarget(ind, facts.core) ?? ind : ind;
    let num = targetNumber(row);
    // 1，200份: a full-width comma as the thousands separator; only a target not read as a number is looked at again.
    const typed = num == null ? thousandsTyped(row.target) : null;
    if (typed != null) {
      row = { ...row, target: typed };
      num = targetNumber(row);
    }
    // 培训人数（人）: a unit written in the name stands for an empty unit column.
    let unit = effectiveUnit(row) ?? facts.unitInName;
    if (num == null && isSign(row.comparator)) {
      // 不少于三千人, ≤70dB: a number in words or with a unit the value reader keeps glued on is still a number.
      const written = writtenNumber(trimmed(ind.target));
      if (written) {
        num = written.number;
        unit ??= written.unit;
      }
    }
    // 约50场, 1200万人次左右: an approximate number is read as that number (= when no sign was given).
    const approx = num == null && row.comparator != null ? approximateTarget(trimmed(row.target)) : null;
    if (approx) {
      num = approx.number;
      unit ??= approx.unit;
      if (row.comparator === 'qualitative') row = { ...row, comparator: '=', target: String(approx.number), unit };
    }
    const uf = unit ? unitFacts(unit) : NO_UNIT;
    checkValue(ctx, i, row, facts, l2, num, unit, uf);
    checkMeaning(ctx, i, row, facts, l1, l2, num, unit, uf);
    checkStatedTargets(ctx, i, row, facts, l1, l2, num, unit);
    if (shape.hasBasis && isBlank(ind.basis)) {
      push(ctx, 'basis_missing', i, 'basis', `${rowPlace(ctx, i, ind)}未填写指标值确定依据；请写明取值依据（计划标准、行业标准、历史标准或预算支出标准）。`);
    }
  }
}

function checkName(ctx: FormContext, i: number, ind: Indicator): void {
  const name = trimmed(ind.name);
  if (name === '') push(ctx, 'names', i, 'name', `${rowPlace(ctx, i, ind)}缺少三级指标名称；请填写指标名称，或删除空行。`);
  else if (name.length > 100) push(ctx, 'names', i, 'name', `${rowPlace(ctx, i, ind)}名称长达 ${name.length} 个字（上限 100 字）；请精简名称，把说明移到指标解释中。`);
}

function checkValue(
  ctx: FormContext, i: number, ind: Indicator, facts: NameFacts, l2: Level2 | null, num: number | null, unit: string | null, uf: UnitFacts,
): void {
  const cmp = ind.comparator;
  const target = trimmed(ind.target);
  if (cmp == null) {
    if (target === '') push(ctx, 'comparator_missing', i, 'target', `${rowPlace(ctx, i, ind)}未填写指标性质和指标值；请填写如「≥95%」「=6 人」，或定性指标的具体标准。`);
    else push(ctx, 'comparator_missing', i, 'comparator', `${rowPlace(ctx, i, ind)}的指标值「${target}」缺少指标性质（≥、≤、=、定性）；请选择比较符。`);
    return;
  }
  if (uf.qualitative) {
    if (isSign(cmp)) push(ctx, 'qualitative_vs_quantitative', i, 'unit', `${rowPlace(ctx, i, ind)}计量单位写「${unit}」，指标值却带比较符「${cmp}」（${cmp}${target}）；定性指标请把指标性质改为定性、单位留空，定量指标请填写数值和计量单位。`);
    return;
  }
  if (cmp === 'qualitative') {
    if (isLoneSign(target)) {
      push(ctx, 'not_numeric', i, 'target', `${rowPlace(ctx, i, ind)}的指标值只写了比较符「${target}」，没有数值；请在比较符后填写具体数值和计量单位（如「${target}95%」「${target}120人」）。`);
      return;
    }
    if (ctx.isTarget && isPlaceholder(target)) {
      push(ctx, 'qualitative_vs_quantitative', i, 'target', `${rowPlace(ctx, i, ind)}的指标值「${target}」只是占位，没有设定目标，无法衡量；请填写可衡量的目标值（如「≥95%」「=6 人」），或写出定性标准。`);
      return;
    }
    // 是否按时完成 = 是, 完成全县5000亩…任务 = 完成: a yes/no answer the name makes measurable (a 成本 row wants an amount).
    const l1 = ctx.readings!.level1[i] as Level1 | null;
    if (!isMoneyCost(l2, l1) && checkAnswer(ctx, i, ind, facts, target)) return;
    // 验收结论 = 不合格, 考核等次 = 优/良/中/差: a failing grade or no grade chosen.
    if (num == null && checkGradeAnswer(ctx, i, ind, facts, l2, target)) return;
    // A range or a change by an amount (120-150个, 85%-90%, 较上年下降10%) is measurable: statesAmount is asked
    // last, only of the few rows about to be reported as vague.
    // 全年12期 with no 指标性质: a frequency the import could not structure, measurable as written.
    if (num != null && !statesFrequency(target)) {
      const sign = num === 100 && uf.percent ? '=' : facts.direction === 'bad' ? '≤' : '≥';
      push(ctx, 'qualitative_vs_quantitative', i, 'comparator', `${rowPlace(ctx, i, ind)}指标性质为定性，指标值却是数值「${target}${unit ?? ''}」；请改为定量（如「${sign}${target}${unit ?? ''}」），或写出定性标准。`);
    } else if (isOutputDetail(l2) && l1 !== 'benefit' && l1 !== 'satisfaction' && (l2 === 'quantity' || VAGUE.test(target) || facts.kind === 'rate' || (facts.ratio && !isRatioValue(target)) || VAGUE_PROMISE.test(target) || facts.task)
      && !measurableText(target, l2) && !statesAmount(target) && !(l2 === 'quality' && facts.kind !== 'rate' && !facts.task && (PASS_GRADE.test(target) || (facts.graded && GRADE_REACHED.test(target))))
      && !(facts.coverage && FULL_COVERAGE.test(target))) {
      // 交工验收质量评定 合格: a graded assessment's result is pass or fail, measurable; a rate (质量合格率 合格) and a task
      // (完成项目建设任务 达标) are not.
      push(ctx, 'qualitative_vs_quantitative', i, 'target', `${rowPlace(ctx, i, ind)}（${ind.level2}）的指标值「${target}」是笼统表述，无法衡量；数量、质量、时效指标请写成可量化的值（如「=100%」「≤15 个工作日」）。`);
    } else if (facts.kind === 'rate' && !facts.satisfaction && !NOT_A_SHARE.test(facts.core) && (isBenefit(l2, l1) || (l2 == null && l1 !== 'satisfaction'))
      && !DEADLINE.test(target) && !statesAmount(target)) {
      // A share (覆盖率, 发生率, 普及率) has a number by its nature: 稳步提高 is a direction, not a target. A 二级 outside the
      // framework (部门整体 履职效能, 管理效率) says nothing against that: 部门预算执行率 较好 is as vague there.
      push(ctx, 'qualitative_vs_quantitative', i, 'target', `${rowPlace(ctx, i, ind)}是比率，指标值却是笼统表述「${target}」，无法衡量；请写成可量化的目标值（如「≥95%」「≤0.5%」），或换成定性描述的指标名称。`);
    } else if ((facts.kind === 'count' || facts.kind === 'amount') && DIRECTION_ONLY.test(target) && isBenefit(l2, ctx.readings!.level1[i] as Level1 | null)) {
      // 违法占用耕地面积 逐年下降: an area, a number of people or an amount has a size; a direction alone sets no target.
      const bound = facts.kind === 'amount'
        ? (FALLING.test(target) ? '上限（如「≤50万元」）' : '下限（如「≥30万元」）')
        : FALLING.test(target) ? '上限（如「≤50亩」「≤3起」）' : '下限（如「≥1200人」「≥30万元」）';
      push(ctx, 'qualitative_vs_quantitative', i, 'target', `${rowPlace(ctx, i, ind)}是可计量的数量，指标值却只写了变化方向「${target}」，无法衡量；请写明具体数值和计量单位作为${bound}，或换成定性描述的指标名称。`);
    } else if (ind.description != null && DIRECTION_ONLY.test(target) && describesShare(ind.description) && isBenefit(l2, ctx.readings!.level1[i] as Level1 | null)) {
      // 指标解释「乡镇统计站规范化比例」: the row's own explanation says it is measured as a share.
      push(ctx, 'qualitative_vs_quantitative', i, 'target', `${rowPlace(ctx, i, ind)}按指标解释「${ind.description.trim()}」是比率，指标值却只写了变化方向「${target}」，无法衡量；请写成可量化的目标值（如「≥80%」），或修改指标解释。`);
    } else if (isMoneyCost(l2, ctx.readings!.level1[i] as Level1 | null) && !DEADLINE.test(target) && !statesAmount(target)) {
      // 成本/经济成本 is an amount; 社会成本 and 生态环境成本 may be stated in words (无明显影响).
      const budget = formBudget(ctx);
      const example = budget != null ? `「≤${fmt(budget)}万元」` : '「≤50万元」「≤200元/人」';
      push(ctx, 'qualitative_vs_quantitative', i, 'target', `${rowPlace(ctx, i, ind)}（${ind.level2 ?? ind.level1}）的指标值「${target}」没有金额，无法衡量；成本指标请写明金额或单价上限（如${example}）。`);
    }
    return;
  }
  if (num == null) {
    // 是否建立台账 =是: a yes/no answer after =.
    if (cmp === '=' && !isMoneyCost(l2, ctx.readings!.level1[i] as Level1 | null) && checkAnswer(ctx, i, ind, facts, target)) return;
    // A date, a change by a stated amount (≥较上年提高5个百分点) and, for a row that is neither a count, a rate nor an
    // amount, a named standard under 质量 (达到省级标准) can all be checked; none is a bare reference.
    // 达到Ⅲ类 / 达到一级站标准 read as ≥ a class or standard: a grade to reach, under any 二级.
    // A ceiling at a standard named only by its issuer (COD浓度 ≤国家标准) says which limit exists, not which grade: a reference.
    if (DATE.test(target) || statesAmount(target) || (facts.ratio && isRatioValue(target))
      || (facts.kind === 'other' && !((cmp === '<=' || cmp === '<') && isBareStandard(target)) && !isUnnamedStandard(target) && (measurableText(target, l2) || namesStandard(target)))) return;
    const sign = cmp === '>=' ? '≥' : cmp === '<=' ? '≤' : cmp;
    const parsed = parseValue(`${sign}${target}`);
    if (parsed.kind === 'reference' && parsed.known) {
      // rules.md §1: a reference target (≤预算控制数, ≥上年) is scored by hand and flagged in review.
      const budget = BUDGET_REFERENCE.test(target) ? formBudget(ctx) : null;
      const fix = budget != null
        ? `请写明具体金额（如「${sign}${fmt(budget)}万元」，本表预算数为 ${fmt(budget)} 万元）`
        : `请把「${target}」换成它对应的具体数值和计量单位`;
      push(ctx, 'not_numeric', i, 'target', `${rowPlace(ctx, i, ind)}的指标值「${sign}${target}」是参照性表述，没有具体数值，无法衡量，自评时也不能按规则计分；${fix}。`);
      return;
    }
    // The example follows the row's own unit when it has one: 「≥95%」 beside 耕地保有量 reads as nonsense.
    const example = unit != null && unit !== '%' && unit !== '％' ? `「${sign}120${unit}」` : `「${sign}95%」「${sign}120亩」`;
    push(ctx, 'not_numeric', i, 'target', `${rowPlace(ctx, i, ind)}指标性质为「${sign}」，指标值「${target}」却不是数值；请填写具体数值和计量单位（如${example}），或把指标性质改为定性。`);
    return;
  }
  if (unit == null) {
    // 生师比 ≤15 is a ratio (15:1); 是否建立台账 ≥1 is a yes coded as 1; 灌溉水有效利用系数 ≥0.58 is a pure number: none takes a unit.
    if (facts.ratio || facts.dimensionless || (facts.yesNo && (num === 0 || num === 1))) return;
    push(ctx, 'unit_missing', i, 'unit', `${rowPlace(ctx, i, ind)}是定量指标（${cmp}${target}），缺少计量单位；请填写单位（%、人、次、万元……）。`);
    return;
  }
  if (uf.magnitude && facts.kind !== 'count' && facts.kind !== 'amount') {
    // 参保人数 ≥1.2万 and 补助资金 ≥50万 carry their unit in the name (人, 元); 健康体检 ≥3.6万 does not.
    push(ctx, 'unit_missing', i, 'unit', `${rowPlace(ctx, i, ind)}的指标值「${cmp}${target}${unit}」只写了数量级「${unit}」，缺少计量单位；请写明单位（如「${target}${unit}人次」「${target}${unit}元」）。`);
    return;
  }
  // 完成1.2万人健康体检任务 100%完成: the whole task the name states, done.
  if (uf.mixed && !(num === 100 && facts.statesCount && isPercentDone(unit))) {
    push(ctx, 'qualitative_vs_quantitative', i, 'target', `${rowPlace(ctx, i, ind)}的指标值「${target}${unit}」把数值和文字混写，无法衡量；请写成「=${target}${unit.replace(VAGUE, '').trim() || ''}」这样的数值与单位。`);
  }
}


/**
 * A name that is neither a rate, a count, an amount nor a change, with a target above 100% (景区接待游客 ≥120%, 药品抽检
 * ≥600%): a count written in %, one defect, the unit. Not a share over 100%, which implausible_target reports for rates.
 */
function overShare(facts: NameFacts, percent: boolean, n: number | null): boolean {
  // No share done runs ten times over its whole (抚恤补助发放 ≥4200%): that many is a count, whatever the name's verb; nor does a
  // count of places reached (覆盖行政村 ≥286%) pass its whole.
  return percent && n != null && n > 100 && facts.kind === 'other' && !facts.change && !facts.satisfaction && (n >= 1000 || facts.reachesPlaces || !COMPLETION.test(facts.core));
}

// Names of a share done in all but the word 率 (资金到位 ≥110%, 整改落实 ≥120%): a share over 100%, not a miscount.
const COMPLETION = /(完成|到位|覆盖|落实|执行|拨付|支付|兑现|发放|达标|合格|清零|办结|结案|整改|公开|入库|验收|使用|利用|运行)/;

function isBenefit(l2: Level2 | null, l1: Level1 | null): boolean {
  return l2 === 'economic_benefit' || l2 === 'social_benefit' || l2 === 'eco_benefit' || l2 === 'sustainability' || (l2 == null && l1 === 'benefit');
}

function isOutputDetail(l2: Level2 | null): boolean {
  return l2 === 'quantity' || l2 === 'quality' || l2 === 'timeliness';
}

/** A cost row that states an amount: 成本 (under 产出, or a 一级 without 二级) and 经济成本. */
function isMoneyCost(l2: Level2 | null, l1: Level1 | null): boolean {
  return l2 === 'cost' || l2 === 'economic_cost' || (l2 == null && l1 === 'cost');
}

const BUDGET_REFERENCE = /(预算|控制数|概算|批复|限额|核定)/;

/** The form's own budget in 万元, the amount a reference cost target stands for. */
function formBudget(ctx: FormContext): number | null {
  const f = ctx.form;
  if (f.kind === 'project_target' || f.kind === 'department_target') return f.budget_total_wan;
  if (f.kind === 'project_self_evaluation' && f.budget) return f.budget.adjusted_wan ?? f.budget.initial_wan;
  return null;
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Checks that read the name's meaning against the value: satisfaction, unit, plausibility, direction, category. */
function checkMeaning(
  ctx: FormContext, i: number, ind: Indicator, facts: NameFacts, l1: Level1 | null, l2: Level2 | null, num: number | null,
  unit: string | null, uf: UnitFacts,
): void {
  const cmp = ind.comparator;
  const percent = uf.percent;
  const qualitativeUnit = uf.qualitative;
  const quantitative = isSign(cmp) && num != null;
  let mismatch: ReturnType<typeof measureMismatch> = null;
  let changeWay: ReturnType<typeof changeDirection> = null;

  if (facts.rating && unit && !percent && !qualitativeUnit && num != null && (l1 === 'satisfaction' || l2 === 'satisfaction')) {
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
    // 河湖巡查次数及问题整改率 ≥24次: the unit is the joined count's, the first of the name's two measures.
    if (facts.kind === 'rate' && !percent && !uf.perBase && !(facts.change && uf.points) && !uf.magnitude && num != null
      && !(facts.joinedMeasure === 'count' ? uf.counts != null && uf.counts !== 'money' : facts.joinedMeasure === 'amount' && uf.money)) {
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称是比率，计量单位却是「${unit}」（${showTarget(ind)}）；请把单位改为 %，或把名称改成与单位相符的说法（如「…时限」「…次数」）。`);
    } else if (facts.timeTaken && percent && !facts.change && num != null) {
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称是时长（天数、时限），计量单位却是 %（${showTarget(ind)}）；请填写时间单位（天、个工作日、小时……），或把名称改为比率（如「…按时办结率」）。`);
    } else if (facts.perCapitaMoney && !percent && !uf.money && !uf.perBase && !uf.mixed && num != null) {
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称是人均（单位）金额，计量单位却是「${unit}」（${showTarget(ind)}）；请填写金额单位（如「元/人」「万元/户」），或把名称改为人数、户数。`);
    } else if (facts.kind === 'count' && percent && (!facts.change || facts.gain)) {
      // 二氧化碳减排量 ≥3900%: an amount cut (减排量, 削减量) is counted in tonnes, a change though it is.
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称是数量，计量单位却是 %（${showTarget(ind)}）；请填写计数单位（人、次、个……），或把名称改为比率。`);
    } else if (facts.activity && percent && l2 === 'quantity') {
      // 残疾人就业培训 ≥90% under 数量: the work is counted; a share needs a name saying of what (…覆盖率, …参训率).
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}是数量指标，名称是一项工作，计量单位却是 %（${showTarget(ind)}）；请填写计数单位（人次、次、场……），或把名称改为比率（如「…覆盖率」）。`);
    } else if (facts.people && percent && l2 === 'quantity' && !facts.change) {
      // 营养改善计划受益学生 ≥98% under 数量: the people are counted; a share needs a name saying of what (…覆盖率, …受益率).
      push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}是数量指标，名称是受益人群，计量单位却是 %（${showTarget(ind)}）；请填写计数单位（人、户、人次……），或把名称改为比率（如「…覆盖率」）。`);
    } else if (facts.amountLevel && percent) {
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
    }
  }

  if (quantitative) {
    const n = num!;
    if (cmp === '>=' && n === 0 && !facts.change) {
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标「≥0」永远成立，不构成约束；请写出真正的目标（如「=0」「≥12次」）。`);
    } else if (percent && (!facts.change || (facts.fall && n > 100)) && facts.kind !== 'count' && !facts.amountLevel && !overShare(facts, percent, n)
      && (n > 100 || (n === 100 && (cmp === '>=' || cmp === '>')))) {
      // A fall (能耗下降率, 排放降低) is a share of the old figure: unlike a growth it cannot pass 100%.
      // A count or an amount in % is one defect, the unit, which unit_vs_name reports; it is not a rate over 100%.
      const fix = n > 100
        ? '比率不能超过 100%，这个目标无法达到；请改为不超过 100% 的目标'
        : cmp === '>' ? '比率最高为 100%，「>100%」永远无法达到；请改为「=100%」' : '比率最高为 100%，「≥100%」实际就是「=100%」；请改为「=100%」';
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标 ${showTarget(ind)} 不合理：${fix}。`);
    } else if (percent && facts.highRate && (cmp === '>=' || cmp === '>' || cmp === '=') && n < 50) {
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标 ${showTarget(ind)} 过低：这类比率正常应接近 100%；请核实后改为合理目标（如「≥95%」）。`);
    } else if (percent && facts.floorRate && (cmp === '>=' || cmp === '>' || cmp === '=') && n < 10) {
      // 畜禽粪污综合利用率 ≥8%: good shares run from about 25% (再生水利用率) to 100%; a single-digit floor is a slip.
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标 ${showTarget(ind)} 过低：这类比率的目标通常在数十个百分点以上，个位数的下限不构成约束；请核实后改为合理目标（如「≥80%」）。`);
    }
    // 设备巡检周期 ≥1次/周 sets how often, a floor rightly: only a span of time (≥3年) is the wrong way round.
    if ((facts.direction === 'bad' || facts.rank) && (cmp === '>=' || cmp === '>') && !(facts.timeTaken && uf.frequency)) {
      push(ctx, 'direction', i, 'comparator', `${rowPlace(ctx, i, ind)}越低越好，指标性质却是「${cmp === '>=' ? '≥' : '>'}」（${showTarget(ind)}）；请改为「≤」或「=」（如「≤${n}${unit ?? ''}」）。`);
    } else if ((cmp === '>=' || cmp === '>') && facts.spending && !facts.change && isMoneyCost(l2, l1) && unit != null && MONEY_UNIT.test(unit)
      && !(facts.allocation && uf.moneyPer)) {
      // Money spent set as a 成本 target is a ceiling: 「≥300万元」 asks to spend at least that much. Money allocated per
      // recipient (村级组织运转经费 ≥12万元/村) is a standard to guarantee, a floor rightly.
      push(ctx, 'direction', i, 'comparator', `${rowPlace(ctx, i, ind)}是成本（资金投入），应控制上限，指标性质却是「${cmp === '>=' ? '≥' : '>'}」（${showTarget(ind)}）；请改为「≤」（如「≤${n}${unit}」）。`);
    } else if ((cmp === '<=' || cmp === '<') && ((facts.direction === 'good' && (percent || unit == null || facts.gain || facts.largeGood)) || (uf.rising && facts.direction !== 'bad')
      || capsOutput(facts, uf, l1, l2))) {
      push(ctx, 'direction', i, 'comparator', `${rowPlace(ctx, i, ind)}越高越好，指标性质却是「${cmp === '<=' ? '≤' : '<'}」（${showTarget(ind)}）；请改为「≥」（如「≥${n}${unit ?? ''}」）。`);
    }
  } else if (cmp === 'qualitative' && num == null && (changeWay = changeDirection(facts, isMoneyCost(l2, l1))) != null && movesWrongWay(trimmed(ind.target), changeWay)) {
    // 发病率 较上年上升5%, 优良天数比例 下降2个百分点: a change by an amount, the wrong way for the name.
    push(ctx, 'direction', i, 'target', `${rowPlace(ctx, i, ind)}${changeWay === 'bad' ? '越低越好' : '越高越好'}，指标值「${trimmed(ind.target)}」却要求${changeWay === 'bad' ? '上升' : '下降'}；请改为${changeWay === 'bad' ? '下降或控制上限（如「较上年下降5%」「≤…」）' : '提高或设定下限（如「较上年提高5%」「≥…」）'}。`);
  } else if (cmp === 'qualitative' && num == null && facts.kind === 'rate' && !facts.change && !facts.satisfaction) {
    // 95%-105%, ≥95%且≤110%: a share's range whose upper bound passes 100% cannot be met at that end.
    const range = readRange(ind.target);
    if (range && range.high > 100 && (percent || isPercentUnit(range.lowUnit) || isPercentUnit(range.highUnit))) {
      push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标值区间「${trimmed(ind.target)}」上限 ${range.high}% 超过 100%，比率无法达到；请把上限改为 100%（如「≥${range.low}%」）。`);
    }
  }

  checkLevelName(ctx, i, ind, facts, l1, l2, unit);
}
