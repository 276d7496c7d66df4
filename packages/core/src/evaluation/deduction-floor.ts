import { formatNumber as f } from '../scoring/round-score';
import type { TemplateItem } from './evaluation-template';

/**
 * The most points a 扣分项 may take off (its score's floor is −points), and where that figure comes from. Printed
 * 部门整体绩效评价 templates state it three ways: a 扣分上限 (「本项最多扣5分」), the row's own 分值 (a 扣分项 worth 3
 * loses at most 3), or neither with 「扣完为止」, which the group above bounds, or else every point the template gives.
 */
export interface DeductionFloor {
  points: number;
  source: 'limit' | 'maxScore' | 'parent' | 'total';
  /** The item whose 扣分上限 or 分值 bounds this one (itself, or a 扣分项 group above it); null for the 满分. */
  from: { id: string; name: string } | null;
}

/**
 * The floor of a deduction item: its own 扣分上限, else its own 分值, else the floor of the 扣分项 group it sits under
 * (one row cannot take off more than the whole group may), else the template's 满分 (扣完为止). A stated 0 is kept:
 * such a row takes nothing off, as written.
 */
export function deductionFloor(item: Pick<TemplateItem, 'id' | 'name' | 'limit' | 'maxScore'>, above: DeductionFloor | null, totalScore: number): DeductionFloor {
  if (item.limit != null) return { points: item.limit, source: 'limit', from: { id: item.id, name: item.name } };
  if (item.maxScore != null) return { points: item.maxScore, source: 'maxScore', from: { id: item.id, name: item.name } };
  if (above) return { points: above.points, source: above.source === 'total' ? 'total' : 'parent', from: above.from };
  return { points: totalScore, source: 'total', from: null };
}

/** The floor in the words a derivation or the template editor prints: 「扣分上限5分」, 「扣完为止，至多扣满分100分」. */
export function describeDeductionFloor(floor: DeductionFloor): string {
  const p = f(floor.points);
  switch (floor.source) {
    case 'limit': return `扣分上限${p}分`;
    case 'maxScore': return `以本项分值${p}分为限`;
    case 'parent': return `以上级「${floor.from?.name ?? ''}」的${p}分为限`;
    case 'total': return `扣完为止，至多扣满分${p}分`;
  }
}

/** Every deduction item's floor, by id, in tree order: what the template editor shows beside 扣分上限. */
export function deductionFloors(items: readonly TemplateItem[], totalScore: number): Map<string, DeductionFloor> {
  const out = new Map<string, DeductionFloor>();
  const walk = (list: readonly TemplateItem[], above: DeductionFloor | null, underDeduction: boolean) => {
    for (const item of list) {
      const deduction = underDeduction || item.deduction === true;
      const own = deduction ? deductionFloor(item, above, totalScore) : null;
      if (own) out.set(item.id, own);
      if (item.children) walk(item.children, own, deduction);
    }
  };
  walk(items, null, false);
  return out;
}
