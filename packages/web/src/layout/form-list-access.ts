import type { Role } from '../api/types';

/**
 * A third-party evaluator has no org tree of its own: it reads only the published forms of the departments its
 * evaluations name (server evaluated-orgs.ts), reached from 部门评价. The org-wide form lists — 单位与项目 and the
 * 绩效自评 list — are not its pages; every other role browses its subtree there.
 */
export function canBrowseForms(role: Role | undefined): boolean {
  return !!role && role !== 'evaluator';
}

const FORM_LISTS = new Set(['/orgs', '/self-evaluation']);

/** True for the address of an org-wide form list (not one form under it, which opens from 部门评价 for an evaluator). */
export function isFormListPath(pathname: string): boolean {
  return FORM_LISTS.has(pathname.replace(/\/+$/, '') || '/');
}
