import { isDeductionRow, isTotalsRow, type Indicator, type IndicatorScore } from '@jixiao/core';

/** A row scored below its weight: the clerk owes a 偏差原因, whether the rules or a person set the score. */
export function shortOfWeight(s: Pick<IndicatorScore, 'weight' | 'score'> | undefined): boolean {
  return !!s && s.weight !== null && s.score !== null && s.score < s.weight - 0.005;
}

/**
 * The range of the hand score a row takes, or null when it takes none. The rules leave a row to a person
 * (status manual) when its target or actual is not a number they can compare; the score is then typed,
 * within [0, weight]. A 合计 row is no indicator and a 扣分项 takes its deduction as written, so neither gets one;
 * without a weight there is no range to hold the score to, and the weight is what to fix first.
 */
export function handScoreRange(ind: Indicator, s: IndicatorScore | undefined): { min: number; max: number } | null {
  if (!s || s.status !== 'manual' || ind.comparator === 'qualitative') return null;
  if (isTotalsRow(ind) || isDeductionRow(ind)) return null;
  const weight = s.weight ?? ind.weight;
  return weight !== null && weight > 0 ? { min: 0, max: weight } : null;
}

/** Rows short of their weight without a 偏差原因 (合计 rows excluded), as the submit check counts them. */
export function rowsMissingReason(indicators: readonly Indicator[], scores: ReadonlyArray<Pick<IndicatorScore, 'weight' | 'score'> | undefined>): number[] {
  const rows: number[] = [];
  indicators.forEach((ind, i) => {
    if (isTotalsRow(ind)) return;
    if (shortOfWeight(scores[i]) && !ind.reason?.trim()) rows.push(i);
  });
  return rows;
}

/** A sheet without a single indicator (a 合计 row alone is none): nothing to score, so no total or grade yet. */
export function hasNoIndicators(indicators: readonly Indicator[]): boolean {
  return !indicators.some((ind) => !isTotalsRow(ind));
}

/**
 * Why 提交审核 is not offered yet, first reason first, or null when the sheet may be submitted. `blocker` is the
 * core's submitBlocker (an empty sheet, no project name), the server's own refusal, so the button says it first.
 * `targetErrors` counts the review errors (among `reviewErrors`) about the approved target's own definition: they do not
 * hold the sheet back.
 */
export function submitBlockReason(p: { blocker: string | null; missingReasons: number; reviewErrors: number; targetErrors?: number }): string | null {
  if (p.blocker) return p.blocker;
  if (p.missingReasons > 0) return `有 ${p.missingReasons} 项未满分未填写偏差原因，补齐后才能提交`;
  const target = p.targetErrors ?? 0;
  const own = p.reviewErrors - target;
  if (own > 0) return `自动审核发现 ${own} 个错误（见页面下方），修正后才能提交`;
  // Errors in the approved target's own definition: nothing on this page fixes them, so they go to the reviewer with the
  // sheet instead of holding it back (core's submissionErrors, which the server applies too).
  return null;
}

/**
 * What is wrong with a score the clerk typed on row `row` (outside its band, outside [0, 分值]), in the scorer's words,
 * or null. Only for a typed score: a document's own out-of-band score is the review's to report.
 */
export function typedScoreProblem(issues: ReadonlyArray<{ row: number | null; code: string; message: string }>, row: number, typed: number | undefined): string | null {
  if (typed === undefined) return null;
  return issues.find((i) => i.row === row && i.code === 'band')?.message ?? null;
}
