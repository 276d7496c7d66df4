import { HALF_CENT, isDeductionRow, isTotalsRow, type Indicator } from '@jixiao/core';

/*
 * One reading of a row's score for every page that shows a self-evaluation (the unit's page, the reviewer's page, the
 * 部门整体 view): a 扣分项 takes points off the total, as core scoring counts it, whether its sheet writes 2 or −2.
 */

/** The part a score adds to the sheet's total: a 扣分项's is negative however its sheet signs it. */
export function scorePart(ind: Indicator, score: number): number {
  return isDeductionRow(ind) ? -Math.abs(score) : score;
}

/** A row's score as the pages print it: a 扣分项's signed (-2), never read as a gain; a dash for none. */
export function rowScoreText(ind: Indicator, score: number | null | undefined): string {
  return score == null ? '—' : String(scorePart(ind, score));
}

/**
 * Whether the unit's score and the system's differ by more than half a cent, compared as parts of the total (a 扣分项
 * of 2 and the system's −2 agree). A row the rules leave unscored differs from nothing; a stated none differs from a
 * computed score; a 合计 row repeats the others and differs from nothing.
 */
export function scoresDiffer(ind: Indicator, own: number | null | undefined, computed: number | null | undefined): boolean {
  if (computed == null || isTotalsRow(ind)) return false;
  if (own == null) return true;
  return Math.abs(scorePart(ind, own) - scorePart(ind, computed)) > HALF_CENT;
}
