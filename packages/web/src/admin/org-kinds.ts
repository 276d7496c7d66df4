import type { Role } from '../api/types';

export type OrgKind = 'region' | 'finance' | 'department' | 'unit';

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  region: '财政区划',
  finance: '财政部门',
  department: '主管部门',
  unit: '预算单位',
};

/** The kind the server gives a child when none is chosen: 区划 → 财政局 → 主管部门 → 单位. */
export const CHILD_KIND: Record<OrgKind, OrgKind> = { region: 'finance', finance: 'department', department: 'unit', unit: 'unit' };

/** Which org kinds a role may belong to (mirrors the server's rule); null means any org or none. */
export const ROLE_ORG_KINDS: Record<Role, OrgKind[] | null> = {
  unit_editor: ['unit', 'department', 'finance'],
  department_reviewer: ['department'],
  finance_reviewer: ['finance'],
  evaluator: null,
  admin: null,
};

export function orgKindLabel(kind: string | null | undefined): string {
  return kind && kind in ORG_KIND_LABELS ? ORG_KIND_LABELS[kind as OrgKind] : '—';
}
