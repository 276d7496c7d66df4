import { yearClosedReason } from '../lib/year-closed';

/**
 * Why the current user may not save, or null: a closed year's evaluation (or a new one for a closed year) is not
 * written, admins only read, and only finance starts an evaluation.
 */
export function saveBlockReason(rights: { score: boolean; create: boolean }, isNew: boolean, closedYear: number | null): string | null {
  if (closedYear !== null) return yearClosedReason(closedYear);
  if (!rights.score) return '您的角色只能查看部门评价：评价由财政审核人员创建，财政或第三方评价机构评分。';
  if (isNew && !rights.create) return '新的评价须由财政审核人员创建；请在「已有评价」中打开分配给您的评价后评分。';
  return null;
}
