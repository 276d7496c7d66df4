import {
  HALF_CENT, isTotalsRow, roundScore,
  type Indicator, type IndicatorScore, type Policy, type ProjectSelfEvaluation, type SelfEvaluationScore,
} from '@jixiao/core';
import { scorePart, scoresDiffer } from './row-score';

/*
 * The unit's 自评分 and the system's 系统核算 on the self-evaluation page. A sheet's scores are the unit's statement
 * (README: they print as written): the page keeps them, prefills a row's score with the rules' only where the unit
 * has given none, and shows where the two differ. Nothing here replaces a score the unit gave.
 */

type Scored = Pick<IndicatorScore, 'score' | 'status'> | undefined;

/** The row's 自评分 as the page shows and saves it: the unit's own, else the rules' score as a prefill. */
export function ownScore(ind: Indicator, s: Scored): number | null {
  if (ind.score != null) return ind.score;
  return s?.score ?? null;
}

/** The unit's 自评分 differs from the system's by more than half a cent (a row the rules leave unscored differs from nothing). */
export function ownDiffers(ind: Indicator, s: Scored): boolean {
  const own = ownScore(ind, s);
  return own != null && scoresDiffer(ind, own, s?.score);
}

/**
 * A stored sheet made ready for editing: a score the rules compute from the row's values (or the budget's amounts)
 * and that agrees with them is the rules' prefill saved earlier, so it is cleared and follows the 完成值 again when
 * the clerk corrects it. A score that differs, a band pick's score and a hand score are the unit's and stay.
 */
export function followRuleScores(form: ProjectSelfEvaluation, result: Pick<SelfEvaluationScore, 'budget' | 'indicators'>): ProjectSelfEvaluation {
  const agrees = (own: number | null, s: Scored) => own != null && s?.status === 'computed' && s.score != null && Math.abs(own - s.score) <= HALF_CENT;
  const b = form.budget;
  return {
    ...form,
    indicators: form.indicators.map((ind, i) => (!isTotalsRow(ind) && agrees(ind.score, result.indicators[i]) ? { ...ind, score: null } : ind)),
    budget: b && agrees(b.score, result.budget) ? { ...b, score: null } : b,
  };
}

/** What 「采用系统核算」 writes into a row: nothing for a rule-computed row (it follows the rules), else the system's score. */
export function adoptedScore(s: Scored): number | null {
  return s?.status === 'computed' ? null : s?.score ?? null;
}

/** The budget line's 自评分: the unit's own, else the rules'. */
export function ownBudgetScore(form: ProjectSelfEvaluation, result: Pick<SelfEvaluationScore, 'budget'>): number | null {
  return form.budget?.score ?? result.budget.score;
}

/** The unit's 自评总分: its budget score plus every row's 自评分 (合计 rows repeat the others, 扣分项 take off). */
export function ownTotal(form: ProjectSelfEvaluation, result: Pick<SelfEvaluationScore, 'budget' | 'indicators'>): number {
  let sum = ownBudgetScore(form, result) ?? 0;
  form.indicators.forEach((ind, i) => {
    if (isTotalsRow(ind)) return;
    const own = ownScore(ind, result.indicators[i]);
    if (own != null) sum += scorePart(ind, own);
  });
  return roundScore(sum);
}

/** The sheet as saved: the unit's 自评分 on every row (prefills written in), its budget score and its own 自评总分. */
export function sheetToSave(form: ProjectSelfEvaluation, result: Pick<SelfEvaluationScore, 'budget' | 'indicators'>, policy: Pick<Policy, 'budgetExecutionWeight'>): ProjectSelfEvaluation {
  const b = form.budget ?? { initial_wan: null, adjusted_wan: null, executed_wan: null, execution_rate: null, weight: null, score: null, reason: null };
  return {
    ...form,
    indicators: form.indicators.map((ind, i) => (isTotalsRow(ind) ? ind : { ...ind, score: ownScore(ind, result.indicators[i]) })),
    budget: { ...b, score: ownBudgetScore(form, result), weight: b.weight ?? policy.budgetExecutionWeight },
    total_score: ownTotal(form, result),
  };
}

/** Nothing entered yet (no row has a 完成值 or a score): the sheet awaits its figures, it has not failed. */
export function awaitingEntry(indicators: readonly Indicator[]): boolean {
  return !indicators.some((ind) => !isTotalsRow(ind) && ((ind.actual ?? '').trim() !== '' || ind.score != null));
}

const ROW_PREFIX = /^第\s*(\d+)\s*行/;

/** Rows as a clerk reads them: 第 1—8 行 for a run, 第 2、5 行 apart (zero-based in, one-based out). */
export function rowSpans(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let k = 0; k < sorted.length; ) {
    let end = k;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    parts.push(end - k >= 2 ? `${sorted[k]! + 1}—${sorted[end]! + 1}` : sorted.slice(k, end + 1).map((r) => String(r + 1)).join('、'));
    k = end + 1;
  }
  return `第 ${parts.join('、')} 行`;
}

/**
 * The scorer's notes as the page lists them: one per row (the first, its cause: a row without its 完成值 needs that,
 * not a hand score as well), each naming its row once, and the sheet's (budget) in the scorer's order. The scorer's
 * total_mismatch compares the total the sheet was loaded with; the page states its live 自评总分 against 系统核算 itself.
 * Rows without a weight are one note: the scorer asks to 补填权重, but the 分值 is the target's and this page cannot
 * change it, so a sheet from an unweighted target listed that ask once per row with nowhere to act on it. The rows whose
 * 分值 the target left to the unit (`unitWeightRows`) are the exception: their note sends the clerk to the 分值 column.
 */
export function scoringHints(issues: ReadonlyArray<{ row: number | null; code?: string; message: string }>, unitWeightRows: readonly number[] = []): string[] {
  const seen = new Set<number>();
  const out: string[] = [];
  const unweighted: number[] = [];
  let unweightedAt = -1;
  for (const iss of issues) {
    if (iss.code === 'total_mismatch') continue;
    if (iss.row === null) {
      out.push(iss.message);
      continue;
    }
    if (seen.has(iss.row)) continue;
    seen.add(iss.row);
    if (iss.code === 'weight_missing') {
      if (unweightedAt < 0) unweightedAt = out.length;
      unweighted.push(iss.row);
      continue;
    }
    out.push(ROW_PREFIX.test(iss.message) ? iss.message : `第 ${iss.row + 1} 行：${iss.message}`);
  }
  const unit = unweighted.filter((r) => unitWeightRows.includes(r));
  const fixed = unweighted.filter((r) => !unitWeightRows.includes(r));
  const notes: string[] = [];
  if (unit.length > 0) notes.push(`${rowSpans(unit)}还没有分值（已批复的绩效目标未设分值，由本单位填写），系统无法按规则计分；请在「分值」栏填写，或点击「按常规分配分值」。`);
  if (fixed.length > 0) notes.push(`${rowSpans(fixed)}没有分值（分值是绩效目标的内容，本页不能修改），系统无法按规则计分；请在「自评分」栏填写${fixed.length > 1 ? '这些行' : '该行'}的得分。`);
  if (notes.length > 0) out.splice(unweightedAt, 0, ...notes);
  return out;
}
