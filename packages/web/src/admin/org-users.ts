import type { Org, Role } from '../api/types';
import { ROLE_LABELS } from '../lib/labels';

export interface OrgUser {
  username: string;
  role: Role;
  org: string | null;
  active: boolean;
}

/** The role that reviews at an org of this kind: without an active one, the forms waiting there wait for nobody. */
const REVIEWER_OF: Partial<Record<string, Role>> = { department: 'department_reviewer', finance: 'finance_reviewer' };

/**
 * The org's own users for its detail card, and a warning when a reviewing org has no active reviewer: a new 主管部门
 * holds its units' target forms (finance may not approve before it does), so one left without a 主管部门审核 user
 * stops them silently.
 */
export function orgUsers(org: Org, users: readonly OrgUser[]): { names: string; warning: string | null; newUser: string | null } {
  const own = users.filter((u) => u.org === org.code);
  const names = own.length === 0 ? '—' : own.map((u) => `${u.username}（${ROLE_LABELS[u.role]}${u.active ? '' : '，已停用'}）`).join('、');
  const reviewer = org.kind ? REVIEWER_OF[org.kind] : undefined;
  if (!reviewer || own.some((u) => u.role === reviewer && u.active)) return { names, warning: null, newUser: null };
  return {
    names,
    // 用户管理 opens its 新建用户 dialog with this org and the reviewer's role already chosen.
    newUser: `/admin/users?${new URLSearchParams({ new: '1', org: org.code, role: reviewer }).toString()}`,
    warning: `「${org.name}」还没有启用的${ROLE_LABELS[reviewer]}用户：${org.kind === 'department' ? '所属单位提交的绩效目标表将无人审核，财政也不能审核通过' : '所属单位提交的表将无人审核'}。请为本组织新建审核用户。`,
  };
}
