import type { Form, Indicator } from '../forms/forms-schema';
import { formatHundredths } from '../scoring/round-score';
import { statedLevelWeight } from './indicator-framework';
import { budgetRowWeight, hasBudgetLine } from './check-self-evaluation';
import { rowReadings } from './row-readings';
import { hasBlank } from '../values/text-scan';
import { type FormContext, formPlace, formSubtotals, push, rowPlace, subtotalPlace } from './review-context';
import { type GroupSubtotal, rowSpans, weightOff } from '../scoring/group-subtotals';
import { measuredApart, nameIdentity } from './name-identity';
import { rewordedRow } from './reworded-names';
import { statedFundSources, statedSplits } from './stated-fund-sources';
import { checkTaskBudgets } from './check-task-budgets';
import { checkPeriodTotal, checkPlanBeforeWorks } from './check-plan-money';
import { unfundedBudget } from '../scoring/score-self-evaluation';

const KIND_NAMES: Record<Form['kind'], string> = {
  project_target: '项目绩效目标表',
  department_target: '部门整体绩效目标表',
  project_self_evaluation: '项目自评表',
  department_self_evaluation: '部门整体自评表',
};

const fmt = formatHundredths;

/**
 * Weights: total per policy, no weight ≤ 0, level-3 weights summing to a stated level weight, and a group's subtotal
 * line (a level's weight printed as a row) equal to its rows' sum.
 */
export function checkWeights(ctx: FormContext): void {
  const rows = ctx.form.indicators;
  const sub = formSubtotals(ctx);
  const { totals: totalsRow, deduction, bonus } = rowReadings(ctx);
  let total = 0;
  let weighted = 0;
  // A totals row (合计) or a group's subtotal line repeats a sum, a deduction item (扣分项) takes off at most its
  // weight and a bonus item (加分项) adds at most its weight above the full score: none is shared out.
  let totals = false;
  for (let i = 0; i < rows.length; i++) {
    const ind = rows[i]!;
    if (ind.weight == null) continue;
    weighted++;
    if (totalsRow[i] || (sub != null && sub.at[i] === 1)) totals = true;
    else if (!deduction[i] && !bonus[i]) total += ind.weight;
  }
  if (weighted === 0) return;
  if (sub != null) checkSubtotalWeights(ctx, sub.lines);
  for (let i = 0; i < rows.length; i++) {
    const ind = rows[i]!;
    if (totals && (totalsRow[i] || (sub != null && sub.at[i] === 1))) continue;
    if (ind.weight != null && ind.weight <= 0 && !deduction[i]) {
      push(ctx, 'weights', i, 'weight', `${rowPlace(ctx, i, ind)}的权重为 ${fmt(ind.weight)}，权重必须大于 0；请填写正数权重或删除该指标。`);
    } else if (ind.weight == null && ctx.isTarget && ind.name.trim() !== '') {
      push(ctx, 'weights', i, 'weight', `${rowPlace(ctx, i, ind)}未填写权重，而本表其他指标都有权重；请补上权重。`);
    }
  }
  // A project with no money whose budget line weighs 0 scores its rows on the whole (90 + 10).
  const want = ctx.policy.weightTotals[ctx.form.kind] + (ctx.form.kind === 'project_self_evaluation' && unfundedBudget(ctx.form.budget) ? ctx.policy.budgetExecutionWeight : 0);
  // Many templates score a project target on 100 points and add the budget line only at self-evaluation;
  // that total stands unless another project target of the same document uses the policy total.
  const withBudget = want + ctx.policy.budgetExecutionWeight;
  const hundredPoint = ctx.form.kind === 'project_target' && Math.abs(withBudget - 100) <= 0.01 && Math.abs(total - withBudget) <= 0.01;
  // 预算执行率 scored as a row (项目自评表 without a budget block, a target listing it): the rest must make the policy total.
  const off = Math.abs(total - want) > 0.01;
  const budgetRow = budgetRowWeight(ctx.form);
  const atPolicyWithBudgetRow = off && Math.abs(total - budgetRow - want) <= 0.01;
  // …and a total at the policy's 90 that includes such a row leaves the other indicators short of it: at
  // self-evaluation the budget line adds its 10 again (held-out set 27).
  if (!off && budgetRow > 0 && !hasBudgetLine(ctx, ctx.form)) {
    push(ctx, 'weights', null, 'weight', `${formPlace(ctx)}各指标权重合计 ${fmt(total)}，其中含预算执行率 ${fmt(budgetRow)} 分；预算执行率另占 ${fmt(budgetRow)} 分，其余指标应合计 ${fmt(want)}（连同预算执行率合计 ${fmt(want + budgetRow)}）；请调整权重，或删去预算执行率一行。`);
  }
  if (off && !atPolicyWithBudgetRow && !hasBudgetLine(ctx, ctx.form) && !(hundredPoint && !ctx.projectTargetAtPolicyTotal)) {
    const unfunded = ctx.form.kind === 'project_self_evaluation' && unfundedBudget(ctx.form.budget);
    const why = unfunded ? '（本项目无预算资金，预算执行不计分）'
      : ctx.form.kind === 'project_target' || ctx.form.kind === 'project_self_evaluation' ? `（预算执行率另占 ${ctx.policy.budgetExecutionWeight} 分）` : '';
    const own = hundredPoint ? `，与本单位本年度其他项目绩效目标表的口径（合计 ${fmt(want)}）不一致` : '';
    const alt = ctx.form.kind === 'project_target' && Math.abs(withBudget - 100) <= 0.01 && !hundredPoint && !ctx.projectTargetAtPolicyTotal ? `（或按百分制合计 ${fmt(withBudget)}）` : '';
    push(ctx, 'weights', null, 'weight', `${formPlace(ctx)}各指标权重合计 ${fmt(total)}${own}，${KIND_NAMES[ctx.form.kind]}应合计 ${fmt(want)}${why}；请调整权重使合计为 ${fmt(want)}${alt}。`);
  }
  // A level written with its score, 产出指标(50分): its rows must add up to it.
  if (!hasStatedLevel(rows)) return;
  for (const key of ['level1', 'level2'] as const) {
    const groups = new Map<string, { stated: number; sum: number; first: number }>();
    let current: string | null = null;
    for (let i = 0; i < rows.length; i++) {
      const raw = rows[i]![key];
      if (raw && raw.trim()) current = raw.trim();
      if (current == null || (sub != null && sub.at[i] === 1)) continue;
      const stated = statedLevelWeight(current);
      if (stated == null) continue;
      const g = groups.get(current) ?? { stated, sum: 0, first: i };
      g.sum += rows[i]!.weight ?? 0;
      groups.set(current, g);
    }
    for (const [level, g] of groups) {
      if (Math.abs(g.sum - g.stated) > 0.01) {
        push(ctx, 'weights', g.first, key, `${formPlace(ctx)}「${level}」标明 ${fmt(g.stated)} 分，其下指标权重合计 ${fmt(g.sum)}；请使两者一致。`);
      }
    }
  }
}

/** A subtotal line whose 分值 is not its rows' sum: the level's weight stated twice, differently (rules.md §2 weights). */
function checkSubtotalWeights(ctx: FormContext, lines: readonly GroupSubtotal[]): void {
  const rows = ctx.form.indicators;
  for (const line of lines) {
    const ind = rows[line.row]!;
    if (!weightOff(line, ind)) continue;
    push(ctx, 'weights', line.row, 'weight', `${subtotalPlace(ctx, line.row, line.group)}分值 ${fmt(ind.weight!)}，但本组${rowSpans(line.members)}分值合计 ${fmt(line.weightSum)}；请将小计分值改为 ${fmt(line.weightSum)}，或核对各行分值。`);
  }
}

function hasStatedLevel(rows: Indicator[]): boolean {
  // A level cell mostly repeats the row above's: a cell equal to the one just scanned is not scanned again.
  let last1: string | null = null;
  let last2: string | null = null;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const l1 = r.level1;
    const l2 = r.level2;
    if (l1 != null && l1 !== last1) {
      if (hasFen(l1)) return true;
      last1 = l1;
    }
    if (l2 != null && l2 !== last2) {
      if (hasFen(l2)) return true;
      last2 = l2;
    }
  }
  return false;
}

/** s.includes('分') by a char loop: level cells are a few chars, shorter than the search's setup. */
function hasFen(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 0x5206) return true;
  return false;
}

const BLANKS_ALL = /[\s\u3000]+/g;

// Forms up to this many rows compare names pairwise in reused scratch arrays instead of building a Map.
const SMALL_FORM = 64;
const seenNames: string[] = [];
const seenRows: number[] = [];
const seenLengths: number[] = [];
// Each row's first character and, after a verb of doing, the thing's first (-1 without one): restatedName's prefilter
// compares every pair of rows, and these spare it the facts, strings and verb lookup of the earlier row.
const firstChars: number[] = [];
const bareFirstChars: number[] = [];

/** The same indicator twice in one form. */
export function checkDuplicateNames(ctx: FormContext): void {
  const rows = ctx.form.indicators;
  const seen = rows.length > SMALL_FORM ? new Map<string, number>() : null;
  const loose = seen ? new Map<string, number>() : null;
  const facts = seen ? null : rowReadings(ctx).facts;
  // Made once per form, not per row: two closures a row were most of what this check allocated.
  const unitOf = facts ? (k: number) => rowUnit(rows[k]!, facts[k]!.unitInName) : null;
  // A group's subtotal line names its group (or says 小计, once per group): no indicator to repeat.
  const sub = formSubtotals(ctx);
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    const ind = rows[i]!;
    if (sub != null && sub.at[i] === 1) {
      firstChars[i] = -2;
      bareFirstChars[i] = -1;
      continue;
    }
    if (facts) {
      const core = facts[i]!.plainCore;
      firstChars[i] = core.length > 0 ? core.charCodeAt(0) : -2;
      bareFirstChars[i] = startsWithDoing(core) ? core.charCodeAt(2) : -1;
    }
    const bare = hasBlank(ind.name) ? ind.name.replace(BLANKS_ALL, '') : ind.name;
    const len = bare.length;
    if (len === 0) continue;
    let prev = -1;
    if (seen) prev = seen.get(bare) ?? -1;
    // Names of another length differ: an integer comparison spares most string comparisons.
    else for (let k = 0; k < count; k++) if (seenLengths[k] === len && seenNames[k] === bare) { prev = seenRows[k]!; break; }
    if (prev >= 0 && measuredApart(rowReadings(ctx), rows[prev]!, prev, ind, i)) prev = -1;
    else if (prev < 0) prev = restatedName(ctx, i, loose);
    if (prev < 0 && facts) prev = rewordedRow(rows, facts, i, passedOver, unitOf!);
    if (prev >= 0) {
      push(ctx, 'names', i, 'name', `${rowPlace(ctx, i, ind)}与第${prev + 1}行重名；同一指标不能重复设置，请合并或改为能区分的名称。`);
    } else if (seen) {
      seen.set(bare, i);
    } else {
      seenNames[count] = bare;
      seenLengths[count] = len;
      seenRows[count++] = i;
    }
  }
  // Drop the names so the scratch arrays do not keep the last form's strings alive.
  for (let k = 0; k < count; k++) seenNames[k] = '';
}

/** A row checkDuplicateNames passed over (a subtotal line, or no core to compare): firstChars holds -2 for it. */
function passedOver(k: number): boolean {
  return firstChars[k] === -2;
}

/** The unit a row is measured in: its unit cell, else a unit bracketed after its name (治理河道长度（公里）). */
function rowUnit(ind: Indicator, unitInName: string | null): string {
  return ind.unit || unitInName || '';
}

/** The name has no bracket, or only the one that holds its unit at the end (群众满意度（城区） is another indicator). */
function onlyUnitRemark(name: string, unitInName: string | null): boolean {
  let opens = 0;
  for (let j = 0; j < name.length; j++) {
    const c = name.charCodeAt(j);
    if (c === 0xff08 || c === 0x28 || c === 0x3010 || c === 0x5b) opens++;
  }
  return opens === 0 || (opens === 1 && unitInName != null);
}

// 开展防震减灾科普宣传活动 and 防震减灾科普宣传活动场次: a verb that only says the work is done names no other indicator
// (新建, 改造, 维护 do: new and existing works are counted apart). Two-character verbs, so a char comparison finds them.
const DOING_VERBS = ['开展', '举办', '组织', '进行', '实施', '完成'];
// Each verb's second character by its first (the first characters differ): one lookup, run for every pair of rows.
const DOING_SECOND = new Map(DOING_VERBS.map((v) => [v.charCodeAt(0), v.charCodeAt(1)]));

/** Whether the core starts with a verb of doing (see DOING_VERBS) and four characters of the thing remain. */
function startsWithDoing(plainCore: string): boolean {
  return plainCore.length >= 6 && DOING_SECOND.get(plainCore.charCodeAt(0)) === plainCore.charCodeAt(1);
}

/** The core without a leading verb of doing where four characters of the thing remain; else null. */
function withoutDoing(plainCore: string): string | null {
  return startsWithDoing(plainCore) ? plainCore.slice(2) : null;
}

/**
 * An earlier row that names the same indicator as row i in other writing (a bracketed unit, punctuation, the unit repeated
 * at the end, a verb of doing in front), measured in the same unit; -1 when none. loose holds the rows seen so far by that
 * reading on a large form.
 */
function restatedName(ctx: FormContext, i: number, loose: Map<string, number> | null): number {
  const rows = ctx.form.indicators;
  const facts = rowReadings(ctx).facts;
  const mine = facts[i]!;
  const mineBare = withoutDoing(mine.plainCore);
  // Most rows share no first character with an earlier row, with or without a verb of doing: they name nothing seen
  // before, and nothing is computed.
  if (!loose) {
    const first = mine.plainCore.charCodeAt(0);
    const bareFirst = (mineBare ?? mine.plainCore).charCodeAt(0);
    let k = 0;
    for (; k < i; k++) {
      const c = firstChars[k]!;
      if (c === first || c === bareFirst || bareFirstChars[k] === bareFirst) break;
    }
    if (k === i) return -1;
  }
  const unit = rowUnit(rows[i]!, mine.unitInName);
  const key = nameIdentity(mine.plainCore, unit);
  // The thing named without the verb, for a comparison where one name or both have one.
  const bareKey = mineBare == null ? key : nameIdentity(mineBare, unit);
  if (loose) {
    if (!onlyUnitRemark(rows[i]!.name, mine.unitInName)) return -1;
    const full = `${key}\u0000${unit}`;
    const bare = `\u0001${bareKey}\u0000${unit}`;
    const prev = loose.get(full) ?? loose.get(bare);
    if (prev == null) { loose.set(full, i); if (!loose.has(bare)) loose.set(bare, i); }
    return prev ?? -1;
  }
  for (let k = 0; k < i; k++) {
    // -2: no core to compare, or a subtotal line checkDuplicateNames passed over.
    if (firstChars[k] === -2) continue;
    const other = facts[k]!;
    if (!sameThing(other.plainCore, key, unit)) {
      const otherBare = withoutDoing(other.plainCore);
      if ((mineBare == null && otherBare == null) || !sameThing(otherBare ?? other.plainCore, bareKey, unit)) continue;
    }
    if (rowUnit(rows[k]!, other.unitInName) !== unit) continue;
    if (onlyUnitRemark(rows[i]!.name, mine.unitInName) && onlyUnitRemark(rows[k]!.name, other.unitInName)) return k;
  }
  return -1;
}

/** The other core names the thing key names, in the given unit (nameIdentity strips only unit and measure words at the end). */
function sameThing(otherCore: string, key: string, unit: string): boolean {
  return otherCore.charCodeAt(0) === key.charCodeAt(0) && otherCore.length >= key.length && otherCore.startsWith(key) && nameIdentity(otherCore, unit) === key;
}

/** Cumulative spending plan (资金支出计划 %): rising, within 100, ending at 100 when December is given. */
export function checkSpendingPlan(ctx: FormContext): void {
  if (ctx.form.kind !== 'project_target' || !ctx.form.spending_plan) return;
  const plan = ctx.form.spending_plan;
  const months: Array<[string, number | null]> = [['3月底', plan.mar], ['6月底', plan.jun], ['10月底', plan.oct], ['12月底', plan.dec]];
  let last: [string, number] | null = null;
  for (const [label, v] of months) {
    if (v == null) continue;
    if (v < 0 || v > 100 + 1e-9) {
      push(ctx, 'spending_plan', null, 'spending_plan', `${formPlace(ctx)}资金支出计划${label}为 ${fmt(v)}%，累计支出比例应在 0–100% 之间；请更正。`);
    } else if (last && v + 1e-9 < last[1]) {
      push(ctx, 'spending_plan', null, 'spending_plan', `${formPlace(ctx)}资金支出计划${label}累计 ${fmt(v)}% 低于${last[0]}的 ${fmt(last[1])}%；累计比例不能下降，请更正。`);
    }
    last = [label, v];
  }
  if (plan.dec != null && Math.abs(plan.dec - 100) > 0.01 && plan.dec <= 100) {
    push(ctx, 'spending_plan', null, 'spending_plan', `${formPlace(ctx)}资金支出计划12月底累计为 ${fmt(plan.dec)}%，年底应达到 100%；请更正。`);
  }
  checkPlanBeforeWorks(ctx);
}

/**
 * Parts that must add up to the total. A blank part is unknown: sources beyond the form's cells (上级补助,
 * 政府性基金, 上年结转) are common, so a shortfall proves nothing and only known parts above the total are
 * reported. closed: a split the layout always prints in full (区级支出 + 补助街镇), where a blank is 0.
 */
function checkSum(ctx: FormContext, total: number | null, parts: Array<[string, number | null]>, totalLabel: string, field: string, closed = false): void {
  if (total == null) return;
  let sum = 0;
  let any = false;
  let unknown = false;
  for (const [, v] of parts) if (v != null) { sum += v; any = true; } else unknown = true;
  const tolerance = ctx.policy.amountTolerance + 1e-9;
  // A blank part may hold a shortfall, but not a total 10000 times the parts: that total was entered in 元.
  if (any && unknown && !closed && sum > 0 && Math.abs(total - sum * 10000) <= tolerance * 10000) {
    push(ctx, 'budget_arithmetic', null, field, `${formPlace(ctx)}${totalLabel} ${fmt(total)} 万元是已填金额 ${fmt(sum)} 万元的 10000 倍，疑似按元填写；请以万元填写。`);
    return;
  }
  if (!any || Math.abs(sum - total) <= tolerance || (unknown && !closed && sum <= total + tolerance)) return;
  if (unknown && !closed) {
    const known = parts.filter(([, v]) => v != null).map(([l, v]) => `${l} ${fmt(v!)}`).join(' + ');
    const blank = parts.filter(([, v]) => v == null).map(([l]) => l).join('、');
    push(ctx, 'budget_arithmetic', null, field, `${formPlace(ctx)}已填的${known} = ${fmt(sum)} 万元，已超过${totalLabel} ${fmt(total)} 万元（${blank}未填）；请核对金额。`);
    return;
  }
  const expr = parts.map(([l, v]) => `${l} ${fmt(v ?? 0)}`).join(' + ');
  push(ctx, 'budget_arithmetic', null, field, `${formPlace(ctx)}${expr} = ${fmt(sum)} 万元，与${totalLabel} ${fmt(total)} 万元不符；请核对金额。`);
}

/**
 * 资金来源 listed in 概况 must add up to 预算数 as the cells do; a list of the 财政资金 parts alone (上级补助 + 本级 beside
 * 村民筹资 in its own cell) may add up to 财政资金 instead, but only where 其他资金 holds the rest: with 其他资金 blank or 0,
 * a list that makes 财政资金 and not 预算数 leaves 预算数 unexplained (a 中期 total, or 元 entered as 万元).
 */
function checkStatedSources(ctx: FormContext, total: number | null, fiscal: number | null, other: number | null, overview: string | null): void {
  if (total == null) return;
  const stated = statedFundSources(overview);
  if (!stated) return;
  const tolerance = ctx.policy.amountTolerance + 1e-9;
  const fiscalPart = fiscal != null && Math.abs(fiscal + (other ?? 0) - total) <= tolerance;
  if (Math.abs(stated.sum - total) <= tolerance || (fiscalPart && Math.abs(stated.sum - fiscal) <= tolerance)) return;
  const expr = stated.parts.map(([l, v]) => `${l} ${fmt(v)}`).join(' + ');
  push(ctx, 'budget_arithmetic', null, 'overview', `${formPlace(ctx)}项目概况所列资金来源 ${expr} = ${fmt(stated.sum)} 万元，与预算数 ${fmt(total)} 万元不符；请核对资金来源或预算数。`);
}

/** A total stated in 概况 with its sources listed after it (年度资金总额…，其中中央…、自筹…): the parts must make that total. */
function checkStatedSplits(ctx: FormContext, overview: string | null): void {
  const tolerance = ctx.policy.amountTolerance + 1e-9;
  for (const split of statedSplits(overview)) {
    if (Math.abs(split.sum - split.total) <= tolerance || (!split.closed && split.sum < split.total)) continue;
    const expr = split.parts.map(([l, v]) => `${l} ${fmt(v)}`).join(' + ');
    push(ctx, 'budget_arithmetic', null, 'overview', `${formPlace(ctx)}项目概况所列资金 ${fmt(split.total)} 万元的来源 ${expr} = ${fmt(split.sum)} 万元，与该总额不符；请核对资金来源。`);
    return;
  }
}

/** Budget arithmetic: parts that must add up to the total (tolerance from policy, 万元). */
export function checkBudgetArithmetic(ctx: FormContext): void {
  const f = ctx.form;
  if (f.kind === 'project_target') {
    checkSum(ctx, f.budget_total_wan, [['区级支出', f.budget_district_wan], ['补助街镇', f.budget_subsidy_towns_wan]], '预算数', 'budget_total_wan', true);
    checkSum(ctx, f.budget_total_wan, [['财政资金', f.budget_fiscal_wan], ['其他资金', f.budget_other_wan]], '预算数', 'budget_total_wan');
    checkStatedSources(ctx, f.budget_total_wan, f.budget_fiscal_wan, f.budget_other_wan, f.overview);
    checkStatedSplits(ctx, f.overview);
    checkPeriodTotal(ctx);
  } else if (f.kind === 'department_target') {
    const fs = f.fund_sources;
    if (fs) checkSum(ctx, f.budget_total_wan, [['政府预算资金', fs.government_wan], ['财政专户管理资金', fs.special_account_wan], ['单位资金', fs.unit_wan]], '部门预算总额', 'fund_sources');
    const st = f.structure;
    if (st) checkSum(ctx, f.budget_total_wan, [['基本支出', st.basic_wan], ['项目支出', st.project_wan]], '部门预算总额', 'structure');
    checkTaskBudgets(ctx, f.budget_total_wan, f.tasks, st?.project_wan ?? null);
  } else if (f.kind === 'project_self_evaluation' && f.budget) {
    const b = f.budget;
    // Only against the adjusted budget: a sheet without one may have been adjusted upward after the 年初预算.
    if (b.executed_wan != null && b.adjusted_wan != null && b.executed_wan > b.adjusted_wan + ctx.policy.amountTolerance + 1e-9) {
      push(ctx, 'budget_arithmetic', null, 'budget.executed_wan', `${formPlace(ctx)}执行数 ${fmt(b.executed_wan)} 万元超过调整后预算 ${fmt(b.adjusted_wan)} 万元；执行数不能超过预算，请核对执行数或调整后预算。`);
    } else if (b.executed_wan != null && b.adjusted_wan != null && b.adjusted_wan > 0 && b.execution_rate != null) {
      const rate = (b.executed_wan / b.adjusted_wan) * 100;
      if (Math.abs(rate - b.execution_rate) > 0.05) {
        push(ctx, 'budget_arithmetic', null, 'budget.execution_rate', `${formPlace(ctx)}预算执行率填 ${fmt(b.execution_rate)}%，按执行数 ${fmt(b.executed_wan)} ÷ 调整后预算 ${fmt(b.adjusted_wan)} 应为 ${fmt(rate)}%；请更正。`);
      }
    }
  }
}
