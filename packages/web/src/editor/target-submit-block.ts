import { weightInName, type Indicator } from '@jixiao/core';

/**
 * Why the target editor's 提交审核 is not offered yet, or null when it may be submitted. `blocker` is core's
 * submitBlocker (no project name, no indicator), which the server refuses with; it comes first because an empty
 * form has no findings to count, so the error count alone would let it through to the refusal.
 */
export function targetSubmitBlockReason(p: { blocker: string | null; errors: number }): string | null {
  if (p.blocker) return p.blocker;
  if (p.errors > 0) return `还有 ${p.errors} 个错误，修正后才能提交`;
  return null;
}

/**
 * The note in a target's 提交审核 dialog when none of its rows carries a weight (in the 权重 cell or its name, 宣讲场次
 * （5分）): the review accepts such a target, as many regions' 申报表 have no weight column, but the year-end
 * self-evaluation cannot score a row without a 分值: the unit then sets them (按常规分配分值). Said before it is
 * locked, not found out a year later; null when any row is weighted (a wrong total is the review's `weights` finding).
 */
export function unweightedTargetNote(indicators: ReadonlyArray<Pick<Indicator, 'name' | 'weight'>>, total: number): string | null {
  const rows = indicators.filter((ind) => ind.name.trim() !== '');
  if (rows.length === 0 || rows.some((ind) => ind.weight != null || weightInName(ind.name) != null)) return null;
  return `本表 ${rows.length} 项指标都没有填写权重：批复后年终自评时须由单位为各项指标填写分值（可按政策比例「按常规分配分值」），系统才能核算。如已确定权重，请先在「权重」栏填写（合计 ${total} 分）。`;
}
