import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, KeyOutlined, StopOutlined, CheckCircleOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../api/client';
import { useOrgs } from '../api/queries';
import type { ListResponse, Role } from '../api/types';
import { ROLE_LABELS } from '../lib/labels';
import { useAuth } from '../api/auth-context';
import { EditUserModal } from './edit-user-modal';
import { RoleOrgFields } from './role-org-fields';
import { NewPasswordFields } from '../components/new-password-fields';
import { USERNAME_PATTERN, passwordProblems } from '@jixiao/core';
import { namedPageItem } from '../lib/list-columns';

interface UserRow {
  id: number;
  username: string;
  role: Role;
  org: string | null;
  active: boolean;
  must_change_password?: boolean;
}

interface NewUser {
  username: string;
  password: string;
  confirm: string;
  role: Role;
  org?: string;
}

interface NewPassword {
  password: string;
  confirm: string;
}

/** 用户管理 (admin): who can log in, with which role and in which org. */
export function UsersPage() {
  const { message, modal } = App.useApp();
  const { user: me } = useAuth();
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: ({ signal }) => api.get<ListResponse<UserRow>>('/api/users', undefined, signal) });
  const orgs = useOrgs();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [search, setSearch] = useState('');
  const [form] = Form.useForm<NewUser>();
  const [resetFor, setResetFor] = useState<UserRow | null>(null);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [resetForm] = Form.useForm<NewPassword>();
  const role = Form.useWatch('role', form);
  // 去新建用户 from an org's card (/admin/users?new=1&org=…&role=…): the dialog opens with that org and role chosen.
  const [params, setParams] = useSearchParams();
  useEffect(() => {
    if (params.get('new') !== '1') return;
    const asked = params.get('role');
    form.setFieldsValue({ ...(asked && asked in ROLE_LABELS ? { role: asked as Role } : {}), org: params.get('org') ?? undefined });
    setOpen(true);
    setParams({}, { replace: true });
  }, [params, setParams, form]);
  const orgList = useMemo(() => orgs.data?.items ?? [], [orgs.data]);
  const orgNames = useMemo(() => new Map(orgList.map((o) => [o.code, o.name])), [orgList]);
  const rows = (users.data?.items ?? []).filter((u) => !search.trim() || u.username.includes(search.trim()) || (u.org ?? '').includes(search.trim()) || (orgNames.get(u.org ?? '') ?? '').includes(search.trim()));

  const create = async (values: NewUser) => {
    setSaving(true);
    try {
      const created = await api.post<UserRow>('/api/users', { username: values.username.trim(), password: values.password, role: values.role, org: values.org ?? null });
      message.success(`已创建用户 ${created.username}`);
      queryClient.invalidateQueries({ queryKey: ['users'] });
      form.resetFields();
      setOpen(false);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const toggleActive = (user: UserRow) => {
    const disabling = user.active;
    modal.confirm({
      title: disabling ? `停用用户 ${user.username}？` : `启用用户 ${user.username}？`,
      content: disabling ? '停用后该用户立即退出登录，且不能再登录；数据和审计记录保留，可随时重新启用。' : '启用后该用户可以用原密码重新登录。',
      okText: disabling ? '停用' : '启用',
      okButtonProps: disabling ? { danger: true } : {},
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.patch<UserRow>(`/api/users/${user.id}`, { active: !disabling });
          message.success(disabling ? `已停用 ${user.username}` : `已启用 ${user.username}`);
          await queryClient.invalidateQueries({ queryKey: ['users'] });
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    });
  };

  const resetPassword = (values: NewPassword) => {
    if (!resetFor) return;
    const user = resetFor;
    modal.confirm({
      title: `重置 ${user.username} 的密码？`,
      content: '重置后该用户的所有会话立即结束，须用新密码重新登录。请通过安全渠道把新密码告诉本人。',
      okText: '重置',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        setSaving(true);
        try {
          await api.post(`/api/users/${user.id}/password`, { password: values.password });
          message.success(`已重置 ${user.username} 的密码`);
          resetForm.resetFields();
          setResetFor(null);
        } catch (error) {
          message.error(errorMessage(error));
        } finally {
          setSaving(false);
        }
      },
    });
  };

  return (
    <div className="page">
      <Typography.Title level={3}>用户管理</Typography.Title>
      <Card
        size="small"
        title={`用户（${users.data?.items.length ?? 0} 人）`}
        extra={
          <Space>
            <Input.Search allowClear aria-label="搜索用户" placeholder="搜索用户名或单位" onChange={(e) => setSearch(e.target.value)} style={{ width: 220 }} />
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setOpen(true)}>新建用户</Button>
          </Space>
        }
      >
        {users.error && <Alert type="error" showIcon title={errorMessage(users.error)} style={{ marginBottom: 8 }} />}
        <Table<UserRow>
          size="small"
          rowKey="id"
          loading={users.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 人`, itemRender: namedPageItem }}
          locale={{ emptyText: '没有用户' }}
          columns={[
            { title: '用户名', dataIndex: 'username' },
            { title: '角色', width: 160, render: (_, u) => ROLE_LABELS[u.role] ?? u.role },
            { title: '所属单位', render: (_, u) => (u.org ? `${orgNames.get(u.org) ?? ''}（${u.org}）` : '—') },
            {
              title: '状态',
              width: 150,
              render: (_, u) => (
                <Space size={4} wrap>
                  {u.active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>}
                  {u.must_change_password && <Tooltip title="密码由管理员设定，用户尚未在首次登录时改为自己的密码"><Tag color="orange">待改初始密码</Tag></Tooltip>}
                </Space>
              ),
            },
            {
              title: '操作',
              width: 300,
              render: (_, u) => (
                <Space size={4}>
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(u)}>修改</Button>
                  <Button size="small" icon={<KeyOutlined />} onClick={() => setResetFor(u)}>重置密码</Button>
                  {u.active ? (
                    // The server refuses to disable the signed-in admin: say why before the click, not after.
                    <Button size="small" danger icon={<StopOutlined />} disabled={u.username === me?.username} title={u.username === me?.username ? '不能停用自己，请让另一位管理员操作' : undefined} onClick={() => toggleActive(u)}>停用</Button>
                  ) : (
                    <Button size="small" icon={<CheckCircleOutlined />} onClick={() => toggleActive(u)}>启用</Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <EditUserModal user={editing} orgs={orgList} onClose={() => setEditing(null)} />
      <Modal
        title={resetFor ? `重置密码：${resetFor.username}` : '重置密码'}
        open={!!resetFor}
        okText="重置密码"
        cancelText="取消"
        confirmLoading={saving}
        onOk={() => resetForm.submit()}
        onCancel={() => {
          resetForm.resetFields();
          setResetFor(null);
        }}
        forceRender
      >
        <Form<NewPassword> form={resetForm} name="reset-password" layout="vertical" onFinish={resetPassword}>
          <NewPasswordFields label="新密码" confirmLabel="确认新密码" username={() => resetFor?.username ?? ''} problems={passwordProblems} aria />
        </Form>
      </Modal>
      <Modal
        title="新建用户"
        open={open}
        okText="创建"
        cancelText="取消"
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        forceRender
      >
        <Form<NewUser> form={form} layout="vertical" onFinish={create} initialValues={{ role: 'unit_editor' }}>
          <Form.Item
            label="用户名"
            name="username"
            rules={[
              { required: true, whitespace: true, message: '请填写用户名' },
              { min: 2, max: 50, message: '用户名长度为 2 至 50 个字符' },
              { pattern: USERNAME_PATTERN, message: '用户名只能包含字母、数字和 _ . @ -' },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <NewPasswordFields label="初始密码" confirmLabel="确认密码" username={(get) => String(get('username') ?? '').trim()} dependencies={['username']} problems={passwordProblems} />
          <RoleOrgFields role={role} orgs={orgList} onRoleChange={() => form.setFieldValue('org', undefined)} aria={{ role: '角色', org: '所属单位' }} />
        </Form>
      </Modal>
    </div>
  );
}
