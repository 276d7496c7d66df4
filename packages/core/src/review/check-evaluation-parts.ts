import type { Indicator, ProjectSelfEvaluation } from '../forms/forms-schema';
import { explainsNothing } from '../scoring/band-words';
import { HALF_CENT, formatHundredths } from '../scoring/round-score';
import type { SelfEvaluationScore } from '../scoring/score-self-evaluation';
import { budgetRowRate, namesBudgetRate } from '../scoring/budget-row';
import { isBlank } from '../values/text-scan';
import { claimsEveryTargetMet } from './conclusion-claims';
import { type FormContext, formPlace, push, rowPlace } from './review-context';
import { rowReadings } from './row-readings';

const fmt = formatHundredths;
const EPS = HALF_CENT;

/**
 * The first row that fell short of its target: scored below its weight where the rules do not give it the weight too (a
 * scoring slip on a met target is no shortfall), leaving out subtotal, 扣分项 and 加分项 lines. −1 when every target was met.
 */
export function firstMissedRow(ctx: FormContext, scored: SelfEvaluationScore): number {
  const { totals, deduction, bonus } = rowReadings(ctx);
  const rows = ctx.form.indicators;
  for (let i = 0; i < rows.length; i++) {
    const ind = rows[i]!;
    if (ind.weight == null || ind.weight <= 0 || ind.score == null || ind.score >= ind.weight - EPS || totals[i] || deduction[i] || bonus[i]) continue;
    const computed = scored.indicators[i]?.score ?? null;
    if (computed != null && computed >= ind.weight - EPS) continue;
    return i;
  }
  return -1;
}

type TextField = 'conclusion' | 'goal_outcome' | 'improvements' | 'problems';
const FIELD_NAMES: Record<TextField, string> = { conclusion: '评价结论', goal_outcome: '年度目标完成情况', improvements: '改进措施', problems: '存在问题' };

/**
 * The texts of a project self-evaluation held to its rows once some target was missed: a 评价结论, 完成情况 or 改进措施 saying
 * every indicator was met (「各项指标均已完成，无需整改」) contradicts the row, and 改进措施 / 存在问题 written as a placeholder
 * (「无」「暂无」) leaves the gap without the measures the sheet asks for. A field the layout leaves out (null) or blank is not
 * read; with every target met a 「无」 is a clerk's filled cell. `conclusion` is skipped where its grade was already reported.
 */
export function checkEvaluationTexts(ctx: FormContext, f: ProjectSelfEvaluation, scored: SelfEvaluationScore, readConclusion: boolean): void {
  // The texts are read first: most sheets' say nothing of the kind, and then the rows need no second pass.
  const claims: TextField[] = [];
  for (const field of CLAIM_FIELDS) if ((readConclusion || field !== 'conclusion') && claimsEveryTargetMet(f[field])) claims.push(field);
  const empty: TextField[] = [];
  for (const field of PLACEHOLDER_FIELDS) if (!claims.includes(field) && saysNothing(f[field])) empty.push(field);
  if (claims.length === 0 && empty.length === 0) return;
  const missed = firstMissedRow(ctx, scored);
  if (missed < 0) return;
  const row = f.indicators[missed]!;
  const shortfall = `${rowPlace(ctx, missed, row)}得分 ${fmt(row.score!)} 低于权重 ${fmt(row.weight!)}，未完成目标`;
  for (const field of claims) {
    push(ctx, 'self_evaluation', null, field, `${formPlace(ctx)}${FIELD_NAMES[field]}称各项指标全部完成，但${shortfall}；请使${FIELD_NAMES[field]}与各项得分一致。`);
  }
  for (const field of empty) {
    push(ctx, 'self_evaluation', null, field, `${formPlace(ctx)}${FIELD_NAMES[field]}填「${f[field]!.trim()}」，但${shortfall}；请写明存在的问题和改进措施。`);
  }
}

const CLAIM_FIELDS: readonly TextField[] = ['conclusion', 'goal_outcome', 'improvements'];
const PLACEHOLDER_FIELDS: readonly TextField[] = ['improvements', 'problems'];

/** A field written as a placeholder (「无」「暂无」「/」); null or blank is a layout without it, not read. */
function saysNothing(text: string | null): boolean {
  return text != null && !isBlank(text) && explainsNothing(text);
}

// Money said to be carried into next year or left over (结转下年52万元, 50.44万元结转次年, 结余22万元收回财政).
const CARRIED = /(?:结转|结余|收回|缴回|上缴)[^\d；;。，,]{0,8}?(\d+(?:\.\d+)?)\s*万元|(\d+(?:\.\d+)?)\s*万元[^\d；;。，,]{0,4}?(?:结转|结余|收回|缴回|上缴)/g;
// 上年结转 / 上年度结转 is money brought in, not money left: its amount is part of the budget, not of what is unspent.
const BROUGHT_IN = /上一?年度?(?:结转|结余)|以前年度(?:结转|结余)/;

/**
 * budget_arithmetic on the budget block's own words: what it says was carried over or left (结转, 结余, 收回) cannot exceed what
 * the block leaves unspent (全年预算 − 全年执行). Less is fine: the rest may be explained otherwise, or not at all.
 */
export function checkCarriedOver(ctx: FormContext, f: ProjectSelfEvaluation): void {
  const b = f.budget;
  if (b == null || b.reason == null || b.adjusted_wan == null || b.executed_wan == null || !/结转|结余|收回|缴回|上缴/.test(b.reason)) return;
  let stated = 0;
  for (const clause of b.reason.split(/[；;。\n]/)) {
    if (BROUGHT_IN.test(clause)) continue;
    for (const m of clause.matchAll(CARRIED)) stated += Number(m[1] ?? m[2]);
  }
  const unspent = Math.round((b.adjusted_wan - b.executed_wan) * 100) / 100;
  if (stated > 0 && stated > unspent + ctx.policy.amountTolerance + 1e-9) {
    push(ctx, 'budget_arithmetic', null, 'budget.reason', `${formPlace(ctx)}偏差原因写结转、结余共 ${fmt(stated)} 万元，但全年预算 ${fmt(b.adjusted_wan)} 万元减全年执行 ${fmt(b.executed_wan)} 万元只余 ${fmt(unspent)} 万元；请核对结转结余金额或预算执行数。`);
  }
}

const CARRY_RATE_ROW = /结转结余率|结余结转率|结转率|结余率/;

/**
 * budget_arithmetic between a department sheet's two budget lines: the share spent (部门预算执行率) and the share carried over
 * or left (结转结余率) of one year's budget cannot together exceed the whole (97.8% spent beside 4.8% left). Half a point is
 * left for the two rates' own rounding; a sum below 100 is not read (the rates may be of different bases).
 */
export function checkBudgetLines(ctx: FormContext, rows: readonly Indicator[]): void {
  let spent = -1;
  let carryRow = -1;
  for (let i = 0; i < rows.length; i++) {
    const ind = rows[i]!;
    if (ind.actual == null || (ind.unit != null && ind.unit !== '%')) continue;
    if (CARRY_RATE_ROW.test(ind.name)) { if (carryRow < 0) carryRow = i; } else if (spent < 0 && namesBudgetRate(ind.name)) {
      const rate = budgetRowRate(ind.actual, ind.name, ind.target);
      if (rate >= 0) spent = rate;
    }
  }
  if (spent < 0 || carryRow < 0) return;
  const carried = Number(rows[carryRow]!.actual!.replace(/[%％\s]/g, ''));
  if (!Number.isFinite(carried) || spent + carried <= 100.5) return;
  push(ctx, 'budget_arithmetic', carryRow, 'actual', `${rowPlace(ctx, carryRow, rows[carryRow]!)}完成值 ${fmt(carried)}%，而部门预算执行率 ${fmt(spent)}%，两者合计超过100%；请核对结转结余率或预算执行率。`);
}
