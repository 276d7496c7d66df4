import { readRange } from '../values/parse-value';
import { inRowUnit, readActualInUnit } from './read-actual-in-unit';

/**
 * Whether a 完成值 lies inside a range target (`90%-95%`, `3-5天`, `不少于3次且不多于5次`), which forms.md stores as
 * qualitative text (README). §3 fixes 达成 for a 完成值 that meets the target, and an actual within both bounds meets
 * a range, as the monitoring lights judge it green. Outside the range no band follows from the numbers (below a
 * 满意度 band and above a cost band are not alike): the pick or the sheet's score decides. Null when the target is no
 * range or the actual states no number of it. Only qualitative rows with a digit in the target come here.
 */
export function actualInRange(target: string, actual: string | null, rowUnit: string | null, name: string): boolean | null {
  if (actual == null || actual.trim() === '') return null;
  const range = readRange(target);
  if (range == null) return null;
  const unit = rowUnit != null && rowUnit.trim() !== '' ? rowUnit : (range.highUnit ?? range.lowUnit);
  const low = inRowUnit(range.low, range.lowUnit ?? range.highUnit, unit).value;
  const high = inRowUnit(range.high, range.highUnit ?? range.lowUnit, unit).value;
  if (low !== low || high !== high) return null;
  // An actual written as a range itself (92%-94%) is inside only with both of its ends.
  const least = readActualInUnit(actual, unit, name, '>=').value;
  const most = readActualInUnit(actual, unit, name, '<=').value;
  if (least !== least || most !== most) return null;
  return least >= Math.min(low, high) && most <= Math.max(low, high);
}
