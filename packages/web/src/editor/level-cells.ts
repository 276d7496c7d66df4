import { FRAMEWORKS, departmentLevel1Of, parseLevel1, parseLevel2, type Indicator } from '@jixiao/core';

/**
 * Whether a 二级 can sit under a 一级 in some framework (2020 or 2021, or a department form's own 二级); null when
 * either is not a level the frameworks know (a local name, or a word half typed), which is left for the clerk.
 */
export function level2FitsUnder(level1: string | null, level2: string | null): boolean | null {
  const l1 = parseLevel1(level1);
  if (!l1 || !level2?.trim()) return null;
  const l2 = parseLevel2(level2);
  if (l2) return Object.values(FRAMEWORKS).some((framework) => framework[l1].includes(l2));
  const departmentL1 = departmentLevel1Of(level2);
  return departmentL1 ? departmentL1 === l1 : null;
}

/**
 * The row after its 一级 changed from `before`'s: a 二级 that cannot sit under the new 一级 (copied from the row above by
 * 添加指标, then the 一级 changed) is cleared for the clerk to pick again, rather than left to raise a finding. A 二级
 * that fits, or that is not a known level, stays; so does everything while the 一级 reads as no known level yet.
 */
export function fitLevel2(before: Indicator, after: Indicator): Indicator {
  if (after.level1 === before.level1 || parseLevel1(after.level1) === parseLevel1(before.level1)) return after;
  return level2FitsUnder(after.level1, after.level2) === false ? { ...after, level2: null } : after;
}
