import type { Indicator } from '../forms/forms-schema';
import { parseValue } from '../values/parse-value';
import { isBlank } from '../values/text-scan';
import { BudgetDerivation } from './deferred-derivation';
import { fractionAsPercent, percentInWords, readActualInUnit } from './read-actual-in-unit';
import { actualInWords, hasDigit, quickNumber } from './read-number-fast';
import { formatNumber as f, HALF_CENT, roundScore } from './round-score';
import { NO_ISSUES, type IndicatorScore } from './score-types';

// The year's budget line among a sheet's rows (预算执行率, 资金执行率, 支出执行率); a progress row (预算执行进度) is mid-year.
const BUDGET_RATE_ROW = /(?:预算|资金|支出)执行率/;

/** A row named as the budget line's execution rate (预算执行率, 部门预算执行率, 资金执行率). */
export function namesBudgetRate(name: string): boolean {
  return BUDGET_RATE_ROW.test(name);
}

/**
 * The execution rate a budget-execution row's 完成值 states, read as scoreIndicator reads a row's actual so the review
 * and the score agree: a plain number (0.955 against a target of 50% or more is 95.5%), else in % by readActualInUnit
 * (执行率95.5%（执行477.5万元）, 已完成（95%）), else in words (百分之九十五); NaN when it states none.
 */
export function budgetRowRate(actual: string, name: string, target: string): number {
  const a = quickNumber(actual);
  if (a === a) return a > 0 && a <= 1 ? fractionAsPercent(a, targetNumber(target), '%') : a;
  if (hasDigit(actual)) return readActualInUnit(actual, '%', name, '>=').value;
  const words = actualInWords(actual, '%');
  return words ?? percentInWords(actual.trim());
}

/** A target's number as scoring reads it (100, ≥90%); NaN for none. */
function targetNumber(target: string): number {
  const t = quickNumber(target);
  if (t === t) return t;
  const v = parseValue(target);
  return v.kind === 'number' ? v.number : NaN;
}

/**
 * The rate of a score sheet's budget line printed as a row without a target (预算执行率 | 分值 10 | 完成值 98.03% | 得分):
 * a row with no 指标值 whose 完成值 states the year's execution rate. NaN for any other row. Cheap cells are asked first:
 * score-sheet rows rarely print a 完成值, so the name is read for few rows.
 */
export function sheetBudgetRate(ind: Indicator): number {
  if (ind.comparator != null || ind.weight == null || ind.weight <= 0 || ind.actual == null || !isBlank(ind.target)) return NaN;
  if ((ind.unit != null && ind.unit !== '%') || isBlank(ind.actual) || !BUDGET_RATE_ROW.test(ind.name)) return NaN;
  // The budget line aims at full execution (min(rate, 1)): a bare 0.96 is 96%, as against a target of 100%.
  const rate = budgetRowRate(ind.actual, ind.name, '100');
  return rate >= 0 ? rate : NaN;
}

/**
 * A score sheet's budget line printed as a row (sheetBudgetRate) scored by the budget-execution rule of rules.md §3,
 * min(rate, 1) × its 分值, as a budget block is: the rate the sheet states is the rule's input, so the score is computed,
 * not taken as written. Null for any other row.
 */
export function sheetBudgetRowScore(ind: Indicator, row: number): IndicatorScore | null {
  const rate = sheetBudgetRate(ind);
  if (!(rate >= 0)) return null;
  const w = ind.weight!;
  const score = roundScore(Math.min(rate / 100, 1) * w);
  const derivation = new BudgetDerivation(rate, 0, true, false, w, score);
  const issues = ind.score != null && Math.abs(ind.score - score) > HALF_CENT
    ? [{ row, code: 'score_mismatch' as const, message: `第${row + 1}行「${ind.name}」填报得分${f(ind.score)}与按预算执行率计算的${f(score)}不一致（执行率${f(rate)}% → min(${f(rate)}%,1)×${f(w)}）；请核实。` }]
    : NO_ISSUES;
  return { row, name: ind.name, weight: w, score, status: 'computed', derivation, issues };
}
