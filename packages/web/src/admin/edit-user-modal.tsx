import { useEffect, useState } from 'react';
import { App, Form, Modal } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../api/client';
import type { Role } from '../api/types';
import { ROLE_LABELS } from '../lib/labels';
import { RoleOrgFields, type OrgChoice } from './role-org-fields';

export interface EditableUser {
  id: number;
  username: string;
  role: Role;
  org: string | null;
}

interface Values {
  role: Role;
  org?: string | null;
}

/** 修改角色和单位: a role change moves the user's rights, so it is confirmed before it is saved. */
export function EditUserModal({ user, orgs, onClose }: { user: EditableUser | null; orgs: OrgChoice[]; onClose: () => void }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const role = Form.useWatch('role', form);
  const nameOf = (code: string | null | undefined) => (code ? `${orgs.find((o) => o.code === code)?.name ?? ''}（${code}）` : '不属于任何单位');

  useEffect(() => {
    if (user) form.setFieldsValue({ role: user.role, org: user.org ?? undefined });
  }, [user, form]);

  const save = (values: Values) => {
    if (!user) return;
    const org = values.org ?? null;
    if (values.role === user.role && org === user.org) {
      onClose();
      return;
    }
    modal.confirm({
      title: `修改 ${user.username} 的角色和单位？`,
      content: `改为「${ROLE_LABELS[values.role]}」，${nameOf(org)}。权限随即改变，该用户须重新登录；原有数据和审计记录不受影响，可再改回。`,
      okText: '修改',
      cancelText: '取消',
      onOk: async () => {
        setSaving(true);
        try {
          await api.patch(`/api/users/${user.id}`, { role: values.role, org });
          message.success(`已修改 ${user.username} 的角色和单位`);
          await queryClient.invalidateQueries({ queryKey: ['users'] });
          onClose();
        } catch (error) {
          message.error(errorMessage(error));
        } finally {
          setSaving(false);
        }
      },
    });
  };

  return (
    <Modal
      title={user ? `修改角色和单位：${user.username}` : '修改角色和单位'}
      open={!!user}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> form={form} name="edit-user" layout="vertical" onFinish={save}>
        <RoleOrgFields role={role} orgs={orgs} onRoleChange={() => form.setFieldValue('org', undefined)} aria={{ role: '新角色', org: '新所属单位' }} />
      </Form>
    </Modal>
  );
}
