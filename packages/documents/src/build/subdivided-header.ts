import type { GridCell } from './flatten-source';
import { headerRole, type ColumnRole } from './header-map';
import { isBlank } from './normalize-label';

const SUB_VALUE_ROLES: ReadonlySet<ColumnRole | null> = new Set<ColumnRole | null>(['value', 'actual', 'value_actual', 'nature', 'unit']);
const NO_SUB_ROLES: ReadonlySet<ColumnRole | null> = new Set<ColumnRole | null>(['level1', 'level2', 'name', 'section']);

/**
 * A header whose captions stand over three rows, copied by a browser (rowspans left out, each colspan
 * given once): 一级指标 | 二级指标 | 三级指标 | 指标值 | 分值 | 得分 over 年度指标值 | 实际完成值 | 原因分析 |
 * 改进措施. The lower row starts at the left whatever columns it stands under: its first captions split
 * the upper row's 指标值, and the rest stand under a caption the upper row does not hold (偏差原因分析及
 * 改进措施, merged down from the row above it), at the right. Null when the rows are not such a pair.
 */
export function subdividedHeader(upper: GridCell[], lower: GridCell[]): GridCell[] | null {
  const up = upper.filter((c) => !isBlank(c.text));
  const low = lower.filter((c) => !isBlank(c.text));
  if (up.length < 4 || low.length < 2 || low[0]!.start !== 0) return null;
  // A browser copy: cells one after another, no padding for the merged columns.
  if (up.some((c, i) => c.start !== i) || low.some((c, i) => c.start !== i)) return null;
  const upRoles = up.map((c) => headerRole(c.text));
  const lowRoles = low.map((c) => headerRole(c.text));
  if (!upRoles.includes('name') || lowRoles.some((r) => NO_SUB_ROLES.has(r))) return null;
  let run = 0;
  while (run < low.length && SUB_VALUE_ROLES.has(lowRoles[run]!)) run++;
  const group = upRoles.indexOf('value');
  if (run < 2 || group < 0 || upRoles.includes('actual') || upRoles.includes('value_actual')) return null;
  const rest = low.slice(run);
  if (rest.some((c, i) => { const r = lowRoles[run + i]; return r != null && upRoles.includes(r); })) return null;
  const texts = [...up.slice(0, group), ...low.slice(0, run), ...up.slice(group + 1), ...rest].map((c) => c.text);
  return texts.map((text, start) => ({ text, start, span: 1, merged: false }));
}
