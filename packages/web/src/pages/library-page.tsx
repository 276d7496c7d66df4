import { useState } from 'react';
import { App, Button, Card, Modal, Segmented, Tabs, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { FORM_KIND_LABELS, type Indicator } from '@jixiao/core';
import { useAuth } from '../api/auth-context';
import { api, errorMessage } from '../api/client';
import { FormPicker } from '../components/form-picker';
import type { FormDetail } from '../api/types';
import { LibraryPicker } from '../components/library-picker';
import { LibraryManageTable } from './library-manage-table';
import { canInsertIntoForms } from './library-insert';

/** 指标库: search and browse by category; insert an entry into one of your draft forms. Finance also keeps it up (编辑, 删除, 停用). */
export function LibraryPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [pending, setPending] = useState<Indicator | null>(null);
  const [target, setTarget] = useState<string | undefined>();
  const [kind, setKind] = useState<'project_target' | 'department_target'>('project_target');
  const [busy, setBusy] = useState(false);
  const { user } = useAuth();

  const insert = async () => {
    if (!pending || !target) {
      message.warning('请选择要插入的表');
      return;
    }
    setBusy(true);
    try {
      const current = await api.get<FormDetail>(`/api/forms/${target}`);
      await api.put(`/api/forms/${target}`, { version: current.version, form: { ...current.form, indicators: [...current.form.indicators, pending] } });
      queryClient.invalidateQueries({ queryKey: ['form', target] });
      const name = 'project_name' in current.form && current.form.project_name ? `「${current.form.project_name}」` : '所选表';
      message.success({
        content: (
          <span>
            已将「{pending.name}」插入{name}的末尾，请到表中补填指标值等内容。{/* The message renders outside the router: a button that navigates, not a Link. */}
            <Button type="link" size="small" onClick={() => navigate(`/forms/${target}`)}>打开该表</Button>
          </span>
        ),
        duration: 8,
      });
      setPending(null);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <Typography.Title level={3}>指标库</Typography.Title>
      <Card size="small">
        {user?.role === 'finance_reviewer' ? (
          <Tabs
            items={[
              { key: 'browse', label: '检索与插入', children: <LibraryPicker onInsert={(ind) => setPending(ind)} /> },
              { key: 'manage', label: '维护指标库', children: <LibraryManageTable /> },
            ]}
          />
        ) : (
          <LibraryPicker onInsert={canInsertIntoForms(user?.role) ? (ind) => setPending(ind) : undefined} />
        )}
      </Card>
      <Modal open={!!pending} title={`插入指标「${pending?.name ?? ''}」`} okText="插入" cancelText="取消" confirmLoading={busy} onOk={insert} onCancel={() => setPending(null)}>
        <Typography.Paragraph>选择要插入的目标表（仅草稿或被退回的表可修改）：</Typography.Paragraph>
        <Segmented<'project_target' | 'department_target'>
          aria-label="目标表类型"
          style={{ marginBottom: 8 }}
          value={kind}
          onChange={(k) => {
            setKind(k);
            setTarget(undefined);
          }}
          options={[
            { value: 'project_target', label: FORM_KIND_LABELS.project_target },
            { value: 'department_target', label: FORM_KIND_LABELS.department_target },
          ]}
        />
        <FormPicker
          key={kind}
          ariaLabel="目标表"
          kind={kind}
          statuses={['draft', 'returned']}
          value={target}
          onChange={setTarget}
          placeholder="选择或输入名称搜索表"
          emptyText={`没有可修改的表：草稿或被退回的${FORM_KIND_LABELS[kind]}才能插入指标`}
        />
      </Modal>
    </div>
  );
}
