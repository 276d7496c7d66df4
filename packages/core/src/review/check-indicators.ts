import type { Indicator } from '../forms/forms-schema';
import { parseValue } from '../values/parse-value';
import { plainDecimal } from '../scoring/read-number-fast';
import type { NameFacts } from './name-facts';
import { type FormContext, push, rowPlace } from './review-context';
import { checkLevels, reportForeignLevels } from './check-levels';
import { isBudgetExecutionRow } from './check-self-evaluation';
import type { Level1, Level2 } from './indicator-framework';
import { rowReadings, type RowReadings } from './row-readings';
import { checkAnswer, echoedTarget, isLoneSign, isPercentDone, isPlaceholder, widthTyped } from './loose-values';
import { isBlank, trimmed } from '../values/text-scan';
import { NO_UNIT, unitFacts, type UnitFacts } from './unit-facts';
import { checkGradeAnswer } from './check-grade-answer';
import { approximateTarget } from './approximate-target';
import { checkStatedTargets } from './check-stated-targets';
import {
  DATE, DEADLINE, DIRECTION_ONLY, FALLING, FULL_COVERAGE, GRADE_REACHED, NOT_A_SHARE, PASS_GRADE, VAGUE,
  VAGUE_PROMISE, describesShare, isBareStandard, isRatioValue, isUnnamedStandard, measurableText, namesStandard,
  statesAmount, statesCostInWords, statesFrequency, writtenNumber, holdsLevel,
} from './value-wording';
import { checkMeaning, isMoneyCost, isSign } from './check-meaning';
import { describedMeasure } from './described-measure';

export { isPercentUnit } from './unit-facts';

const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
const DIGIT = /\d/;
// Progress (资金支出进度) is a share of the plan done: a pace in words (较快, 快速) sets no share, as 较高 on a rate does not.
const PACE_WORD = /^(?:较|比较|相对)?[快高好]$|^(?:较快|加快|快速)/;

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
    // A totals row (合计) printed among the rows is no indicator and has no levels of its own; nor is a 扣分项 line, which
    // takes points off the sheet (scoring/sheet-rows.ts) rather than measuring an 产出 or 效益.
    if (levels && !(l1 == null && (isBudgetExecutionRow(ind) || readings.totals[i] || readings.deduction[i]))) checkLevels(ctx, shape, i, ind, l1, l2);
    if (shape.isScoreSheet) continue;
    // A totals row (合计) kept among the rows has no target of its own.
    if (ind.comparator == null && (!ctx.isTarget || readings.totals[i]) && trimmed(ind.target) === '') continue;
    // 教师培训合格率≥95%: the name typed again before the target; the rest is the row's real target.
    let row = ind.comparator === 'qualitative' ? echoedTarget(ind, facts.core) ?? ind : ind;
    let num = targetNumber(row);
    // 1，200份, ２０场: a full-width comma or full-width digits; only a target not read as a number is looked at again.
    const typed = num == null ? widthTyped(row.target) : null;
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
    } else if (isOutputDetail(l2) && l1 !== 'benefit' && l1 !== 'satisfaction' && (l2 === 'quantity' || VAGUE.test(target) || facts.kind === 'rate' || facts.ratio || VAGUE_PROMISE.test(target) || facts.task)
      && !measurableText(target, l2) && !statesAmount(target) && !holdsLevel(target) && !(l2 === 'quality' && facts.kind !== 'rate' && !facts.task && (PASS_GRADE.test(target) || (facts.graded && GRADE_REACHED.test(target))))
      && !(facts.coverage && FULL_COVERAGE.test(target)) && !isRatioValue(target)) {
      // A ratio written X:Y (财政资金撬动社会资本比例 1:2) is measurable whatever the name calls it: 比例 names ratios too.
      // 交工验收质量评定 合格: a graded assessment's result is pass or fail, measurable; a rate (质量合格率 合格) and a task
      // (完成项目建设任务 达标) are not.
      push(ctx, 'qualitative_vs_quantitative', i, 'target', `${rowPlace(ctx, i, ind)}（${ind.level2}）的指标值「${target}」是笼统表述，无法衡量；数量、质量、时效指标请写成可量化的值（如「=100%」「≤15 个工作日」）。`);
    } else if ((facts.kind === 'rate' || (facts.measure === 'progress' && PACE_WORD.test(target))) && !facts.satisfaction && !NOT_A_SHARE.test(facts.core) && (isBenefit(l2, l1) || (l2 == null && l1 !== 'satisfaction'))
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
    } else if (!facts.satisfaction && describedMeasure(ind.description) === 'share' && !DEADLINE.test(target) && !measurableText(target, l2) && !statesAmount(target)
      && !FULL_COVERAGE.test(target) && !isRatioValue(target)) {
      // 会议保障 到位 explained as 会议保障到位率=…/…×100%: the row's own explanation defines a share, so a word is no target.
      push(ctx, 'qualitative_vs_quantitative', i, 'target', `${rowPlace(ctx, i, ind)}按指标值说明是比率（${ind.description!.trim()}），指标值却是笼统表述「${target}」，无法衡量；请写成可量化的目标值（如「≥95%」），或修改指标值说明。`);
    } else if (isMoneyCost(l2, ctx.readings!.level1[i] as Level1 | null) && !DEADLINE.test(target) && !statesAmount(target) && !statesCostInWords(target)) {
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

function isBenefit(l2: Level2 | null, l1: Level1 | null): boolean {
  return l2 === 'economic_benefit' || l2 === 'social_benefit' || l2 === 'eco_benefit' || l2 === 'sustainability' || (l2 == null && l1 === 'benefit');
}

function isOutputDetail(l2: Level2 | null): boolean {
  return l2 === 'quantity' || l2 === 'quality' || l2 === 'timeliness';
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
