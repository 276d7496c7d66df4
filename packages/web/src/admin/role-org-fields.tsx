import { Form, Select } from 'antd';
import type { Role } from '../api/types';
import { ROLE_LABELS } from '../lib/labels';
import { ROLE_ORG_KINDS, orgKindLabel } from './org-kinds';

const ROLES = Object.keys(ROLE_LABELS) as Role[];

export interface OrgChoice {
  code: string;
  name: string;
  kind?: string | null;
}

/**
 * 角色 and 所属单位 fields of a user form: the org list follows the role's allowed org kinds (as the
 * server checks them), and a new role clears the org. `aria` names the two selects.
 */
export function RoleOrgFields({ role, orgs, onRoleChange, aria }: { role: Role | undefined; orgs: OrgChoice[]; onRoleChange: () => void; aria: { role: string; org: string } }) {
  const allowedKinds = role ? ROLE_ORG_KINDS[role] : null;
  const options = orgs
    .filter((o) => !allowedKinds || (o.kind && (allowedKinds as string[]).includes(o.kind)))
    .map((o) => ({ value: o.code, label: `${o.name}（${o.code}，${orgKindLabel(o.kind)}）` }));
  return (
    <>
      <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
        <Select aria-label={aria.role} options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} onChange={onRoleChange} />
      </Form.Item>
      <Form.Item
        label="所属单位"
        name="org"
        extra={allowedKinds ? `此角色须属于：${allowedKinds.map(orgKindLabel).join('、')}` : '此角色可不属于任何单位'}
        rules={[{ required: !!allowedKinds, message: '请选择所属单位' }]}
      >
        <Select aria-label={aria.org} allowClear showSearch optionFilterProp="label" options={options} placeholder="选择单位" notFoundContent="没有符合此角色的单位，请先在组织管理中创建" />
      </Form.Item>
    </>
  );
}
