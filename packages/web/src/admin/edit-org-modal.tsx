import { useMemo, useState } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../api/client';
import type { Org } from '../api/types';
import { orgKindLabel } from './org-kinds';
import { moveTargets } from './move-targets';
import { moveEffect } from './move-effect';

interface Values {
  name: string;
  parent?: string;
}

/** 修改名称或上级: a move changes who reviews the org's forms, so it is confirmed before it is saved. */
export function EditOrgModal({ org, orgs, onClose }: { org: Org | null; orgs: readonly Org[]; onClose: () => void }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const targets = useMemo(() => (org ? moveTargets(org, orgs) : []), [org, orgs]);
  const nameOf = (code: string | null | undefined) => (code ? `${orgs.find((o) => o.code === code)?.name ?? ''}（${code}）` : '—');

  const send = async (body: { name?: string; parent?: string }) => {
    if (!org) return;
    setSaving(true);
    try {
      await api.patch(`/api/orgs/${encodeURIComponent(org.code)}`, body);
      message.success(`已修改「${body.name ?? org.name}」`);
      await queryClient.invalidateQueries({ queryKey: ['orgs'] });
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const save = (values: Values) => {
    if (!org) return;
    const name = values.name.trim();
    const moving = values.parent !== undefined && values.parent !== (org.parent ?? undefined);
    const body = { ...(name !== org.name ? { name } : {}), ...(moving ? { parent: values.parent } : {}) };
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    if (!moving) {
      void send(body);
      return;
    }
    modal.confirm({
      title: `把「${org.name}」移到「${nameOf(values.parent)}」之下？`,
      content: moveEffect(org, values.parent as string, orgs),
      okText: '移动',
      cancelText: '取消',
      onOk: () => send(body),
    });
  };

  return (
    <Modal
      title={org ? `修改组织：${org.name}` : '修改组织'}
      open={!!org}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      // Rendered only while open: the page's 新建 dialog has its own 名称 field.
      destroyOnHidden
    >
      <Form<Values> key={org?.code} form={form} name="edit-org" layout="vertical" onFinish={save} initialValues={{ name: org?.name, parent: org?.parent ?? undefined }}>
        <Form.Item label="名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写组织名称' }, { max: 200, message: '名称不能超过 200 个字符' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="上级组织"
          name="parent"
          extra={targets.length === 0 ? `${orgKindLabel(org?.kind)}不能移动。` : '只能在同一财政区划内移动；编码、表单和用户保持不变。'}
        >
          <Select
            aria-label="上级组织"
            disabled={targets.length === 0}
            showSearch={{ optionFilterProp: 'label' }}
            options={targets.map((o) => ({ value: o.code, label: `${o.name}（${o.code} · ${orgKindLabel(o.kind)}）` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
