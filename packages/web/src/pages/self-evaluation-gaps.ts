import { isBonusRow, isDeductionRow, isTotalsRow, type Indicator } from '@jixiao/core';

/** What the 自评总分 does not count yet: rows without a 完成值, rows the rules cannot score left without a 自评分, the budget line. */
export interface ScoreGaps {
  /** Rows with neither 完成值 nor 自评分. */
  noActual: number[];
  /** Rows with a 完成值 the rules cannot score and no 自评分 typed: they count 0 until the clerk scores them. */
  unscored: number[];
  /** The budget line has no score (its 全年执行数 is missing). */
  budget: boolean;
}

const rowList = (rows: readonly number[]) => `第 ${rows.slice(0, 5).map((r) => r + 1).join('、')}${rows.length > 5 ? ' 等' : ''} 行`;

/**
 * The gaps of a sheet being filled. A 合计 row repeats the others and a 扣分项 / 加分项 with no score takes nothing off
 * or adds nothing, so none of them is a gap.
 */
export function scoreGaps(indicators: readonly Indicator[], ownScores: ReadonlyArray<{ score: number | null } | undefined>, budgetScore: number | null): ScoreGaps {
  const noActual: number[] = [];
  const unscored: number[] = [];
  indicators.forEach((ind, i) => {
    if (isTotalsRow(ind) || isDeductionRow(ind) || isBonusRow(ind) || ownScores[i]?.score != null) return;
    if ((ind.actual ?? '').trim() === '') noActual.push(i);
    else unscored.push(i);
  });
  return { noActual, unscored, budget: budgetScore == null };
}

export function hasGaps(g: ScoreGaps): boolean {
  return g.noActual.length > 0 || g.unscored.length > 0 || g.budget;
}

/**
 * Why the total shown is provisional, or null when every part is scored. The page otherwise shows a total and a grade
 * (69.39，中) computed with the missing parts as 0, which the clerk reads as the sheet's result.
 */
export function provisionalNote(g: ScoreGaps, total: number): string | null {
  const parts: string[] = [];
  if (g.unscored.length > 0) parts.push(`${rowList(g.unscored)}系统无法按规则核算，请在「自评分」栏填写得分`);
  if (g.noActual.length > 0) parts.push(`${rowList(g.noActual)}尚未填写实际完成值`);
  if (g.budget) parts.push('预算执行得分待填写全年执行数');
  if (parts.length === 0) return null;
  return `自评总分 ${total} 为暂计：${parts.join('；')}。未计分的部分按 0 分计入，补齐后总分和等级随之更新。`;
}

/** What the submit dialog adds when rows would go in without a score (the server takes a 完成值 without 得分). */
export function submitGapNote(g: ScoreGaps): string {
  return g.unscored.length > 0 ? `注意：${rowList(g.unscored)}没有自评分，将按 0 分计入。` : '';
}
