import type { ColumnRole } from './header-map';
import { normalizeLabel } from './normalize-label';

const GOAL_OUTCOME_CAPTION = /^(年度|全年|本年度?|总体|项目)?(绩效)?目标完成情况$/;

/**
 * 年度目标 | 年度目标完成情况 | … | 实际完成值 (a flat export carrying the form's fields beside the indicator's): the
 * goal's outcome beside a column of results is the form's 年度目标完成情况, not the results. Returns the columns dropped.
 */
export function dropGoalOutcomeColumn(roles: Array<ColumnRole | null>, texts: string[], unknown: string[]): number {
  const outcome = roles.findIndex((r, i) => r === 'actual' && GOAL_OUTCOME_CAPTION.test(normalizeLabel(texts[i] ?? '')));
  if (outcome < 0 || !roles.some((r, i) => r === 'actual' && i !== outcome)) return 0;
  roles[outcome] = null;
  unknown.push(texts[outcome]!);
  return 1;
}
