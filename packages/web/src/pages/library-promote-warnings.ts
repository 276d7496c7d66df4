import type { Finding } from '../api/types';

const RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/**
 * What the review still says about one indicator row, worst first: 纳入指标库 copies the row as it stands (its
 * 一级/二级, its 计量单位), so finance sees these before a flawed row becomes the model others copy.
 */
export function promoteWarnings(findings: readonly Finding[], row: number): Finding[] {
  return findings
    .filter((f) => f.row === row)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * Gaps in the row's own category that no finding names (a table without 一级/二级 columns gets one finding for the
 * whole table): the entry would sit under 未分类 in the library until someone files it.
 */
export function promoteGaps(indicator: { level1: string | null; level2: string | null }): string[] {
  if (!indicator.level1?.trim()) return ['本行没有一级、二级指标：纳入后归入指标库的「未分类」，需在「维护指标库」中补上分类。'];
  if (!indicator.level2?.trim()) return ['本行没有二级指标：纳入后在指标库中只按一级分类，可在「维护指标库」中补上。'];
  return [];
}
