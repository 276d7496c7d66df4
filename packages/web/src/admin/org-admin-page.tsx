import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Form, Input, Modal, Row, Select, Space, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, errorMessage } from '../api/client';
import { useOrgs } from '../api/queries';
import type { ListResponse, Org } from '../api/types';
import { CHILD_KIND, ORG_KIND_LABELS, orgKindLabel, type OrgKind } from './org-kinds';
import { ORG_CODE_PATTERN } from '@jixiao/core';
import { EditOrgModal } from './edit-org-modal';
import { orgUsers, type OrgUser } from './org-users';

interface NewOrg {
  code: string;
  name: string;
  kind: OrgKind;
}

function orgTree(orgs: Org[]): DataNode[] {
  const codes = new Set(orgs.map((o) => o.code));
  const byParent = new Map<string, Org[]>();
  for (const org of orgs) {
    const parent = org.parent && codes.has(org.parent) ? org.parent : '';
    byParent.set(parent, [...(byParent.get(parent) ?? []), org]);
  }
  const build = (parent: string): DataNode[] =>
    (byParent.get(parent) ?? []).map((org) => ({ key: org.code, title: `${org.name}（${org.code} · ${orgKindLabel(org.kind)}）`, children: build(org.code) }));
  return build('');
}

/** 组织管理 (admin): the org tree, new 区划 / 财政局 / 主管部门 / 单位 under a chosen parent, and renaming or moving one. */
export function OrgAdminPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const orgs = useOrgs();
  const orgList = useMemo(() => orgs.data?.items ?? [], [orgs.data]);
  const tree = useMemo(() => orgTree(orgList), [orgList]);
  const [selected, setSelected] = useState<string | null>(null);
  const [parent, setParent] = useState<Org | null | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [editing, setEditing] = useState<Org | null>(null);
  const [form] = Form.useForm<NewOrg>();
  const current = orgList.find((o) => o.code === selected) ?? null;
  // The users-page's list: who works at the org, and whether anyone reviews there.
  const users = useQuery({ queryKey: ['users'], queryFn: ({ signal }) => api.get<ListResponse<OrgUser>>('/api/users', undefined, signal) });
  const people = current && users.data ? orgUsers(current, users.data.items) : null;

  const startCreate = (under: Org | null) => {
    const kind: OrgKind = under ? CHILD_KIND[(under.kind as OrgKind) ?? 'region'] : 'region';
    form.setFieldsValue({ code: under ? under.code : '', name: '', kind });
    setParent(under);
  };

  const create = async (values: NewOrg) => {
    setSaving(true);
    try {
      const created = await api.post<Org>('/api/orgs', { code: values.code.trim(), name: values.name.trim(), kind: values.kind, parent: parent?.code ?? null });
      message.success(`已创建「${created.name}」`);
      await queryClient.invalidateQueries({ queryKey: ['orgs'] });
      setSelected(created.code);
      setParent(undefined);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const kindOptions = (parent ? (['finance', 'department', 'unit'] as OrgKind[]) : (['region'] as OrgKind[])).map((k) => ({ value: k, label: ORG_KIND_LABELS[k] }));

  return (
    <div className="page">
      <Typography.Title level={3}>组织管理</Typography.Title>
      <Row gutter={16} wrap={false}>
        <Col flex="480px">
          <Card size="small" title="组织树" extra={<Button size="small" icon={<PlusOutlined />} onClick={() => startCreate(null)}>新建财政区划</Button>}>
            {orgs.error && <Alert type="error" showIcon title={errorMessage(orgs.error)} />}
            {orgList.length === 0 && !orgs.isLoading ? (
              <Empty description="还没有组织，请先新建一个财政区划" />
            ) : (
              <div style={{ maxHeight: 'calc(100vh - 240px)', overflow: 'auto' }}>
                <Tree treeData={tree} defaultExpandAll key={orgList.length} selectedKeys={selected ? [selected] : []} onSelect={(keys) => setSelected((keys[0] as string | undefined) ?? null)} />
              </div>
            )}
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card size="small" title={current ? current.name : '选择一个组织'}>
            {current ? (
              <>
                <Descriptions size="small" column={2} bordered>
                  <Descriptions.Item label="编码">{current.code}</Descriptions.Item>
                  <Descriptions.Item label="类型">{orgKindLabel(current.kind)}</Descriptions.Item>
                  <Descriptions.Item label="上级">{current.parent ? `${orgList.find((o) => o.code === current.parent)?.name ?? ''}（${current.parent}）` : '—'}</Descriptions.Item>
                  <Descriptions.Item label="所属区划">{current.region ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label="本组织用户" span={2}>{people?.names ?? '…'}</Descriptions.Item>
                </Descriptions>
                {people?.warning && <Alert type="warning" showIcon style={{ marginTop: 12 }} title={people.warning} action={<Link to={people.newUser ?? '/admin/users'}>去新建用户</Link>} />}
                <Space style={{ marginTop: 12 }}>
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => startCreate(current)}>新建下级组织</Button>
                  <Button icon={<EditOutlined />} onClick={() => setEditing(current)}>修改名称或上级</Button>
                </Space>
              </>
            ) : (
              <Typography.Text type="secondary">在左侧组织树中选择一个组织，可查看详情、修改名称或上级，并在其下新建下级组织。</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      <EditOrgModal org={editing} orgs={orgList} onClose={() => setEditing(null)} />
      <Modal
        title={parent ? `在「${parent.name}」下新建组织` : '新建财政区划'}
        open={parent !== undefined}
        okText="创建"
        cancelText="取消"
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setParent(undefined)}
        forceRender
      >
        <Form<NewOrg> form={form} layout="vertical" onFinish={create}>
          <Form.Item
            label="编码"
            name="code"
            extra="通常为上级编码加顺序号，如 110101001；保存后不能修改。"
            rules={[
              { required: true, whitespace: true, message: '请填写组织编码' },
              { max: 50, message: '编码不能超过 50 个字符' },
              { pattern: ORG_CODE_PATTERN, message: '编码只能包含字母、数字、点、横线和下划线' },
              { validator: (_, v: string | undefined) => (v && orgList.some((o) => o.code === v.trim()) ? Promise.reject(new Error('该编码已存在，请换一个')) : Promise.resolve()) },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item label="名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写组织名称' }, { max: 200, message: '名称不能超过 200 个字符' }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择组织类型' }]}>
            <Select aria-label="组织类型" options={kindOptions} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
