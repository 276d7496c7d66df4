import type { Actor } from './context';
import type { Role } from './db/schema';
import { fail, type AppError } from './errors';

/** Rights over the org tree: an actor sees the subtree under its scope path, never beside it. */
export function inScope(actor: Actor | null, orgPath: string): boolean {
  if (!actor || actor.scopePath === null) return false;
  return orgPath.startsWith(actor.scopePath);
}

export function requireActor(actor: Actor | null): { ok: true; actor: Actor } | { ok: false; error: AppError } {
  if (!actor) return fail('unauthenticated', '请先登录');
  return { ok: true, actor };
}

export function requireRole(actor: Actor | null, roles: readonly Role[]): { ok: true; actor: Actor } | { ok: false; error: AppError } {
  if (!actor) return fail('unauthenticated', '请先登录');
  if (!roles.includes(actor.role)) return fail('forbidden', `当前角色无权执行此操作（需要：${roles.map(roleLabel).join('、')}）`);
  return { ok: true, actor };
}

const ROLE_LABELS: Record<Role, string> = {
  unit_editor: '单位填报',
  department_reviewer: '主管部门审核',
  finance_reviewer: '财政审核',
  evaluator: '第三方评价',
  admin: '系统管理员',
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

export const ROLES = Object.keys(ROLE_LABELS) as Role[];
