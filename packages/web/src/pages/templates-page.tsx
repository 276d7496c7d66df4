import { useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { CopyOutlined, EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { BUILTIN_TEMPLATES, type EvaluationTemplate } from '@jixiao/core';
import { evaluationRights, useAuth } from '../api/auth-context';
import { api, errorMessage } from '../api/client';
import { useStoredTemplates, type StoredTemplate } from './evaluation-queries';
import { TemplateEditor, type TemplateDraft } from './template-editor';
import { TemplateOutline } from './template-outline';
import { copyTemplate, freshTemplateKey } from './template-tree';

/** Why a stored template cannot be edited in place (copy it instead), or null when it can. */
export function editRefusal(row: Pick<StoredTemplate, 'builtin' | 'archived_at' | 'used_by'>): string | null {
  if (row.builtin) return '内置模板不能修改，请复制后编辑';
  if (row.archived_at) return '已归档的模板不能修改，请先恢复或复制';
  if (row.used_by > 0) return `已有 ${row.used_by} 份评价使用此模板，修改会改变它们的得分；请复制后编辑`;
  return null;
}

/** 评价模板: the templates 部门评价 scores by; finance copies one (a built-in one, say) and edits the copy. */
export function TemplatesPage() {
  const { user } = useAuth();
  const canEdit = evaluationRights(user).create;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const stored = useStoredTemplates();
  const [copying, setCopying] = useState<EvaluationTemplate | null>(null);
  const [draft, setDraft] = useState<(TemplateDraft & { session: number }) | null>(null);
  const rows: StoredTemplate[] = stored.data ?? [];
  // A built-in the server has not stored yet is still offered, to copy.
  const shown = [...rows, ...BUILTIN_TEMPLATES.filter((b) => !rows.some((r) => r.key === b.id)).map((b): StoredTemplate => ({ id: -1, key: b.id, name: b.name, builtin: true, template: b, version: 1, archived_at: null, used_by: 0 }))];
  const taken = shown.map((r) => r.key ?? '');
  const openDraft = (next: TemplateDraft) => setDraft({ ...next, session: Date.now() });

  const archive = async (row: StoredTemplate, archived: boolean) => {
    try {
      await api.post(`/api/evaluation-templates/${row.id}/archive`, { version: row.version, archived });
      await queryClient.invalidateQueries({ queryKey: ['evaluation-templates'] });
      message.success(archived ? `「${row.name}」已归档，不再用于新评价` : `「${row.name}」已恢复`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  if (draft) {
    return (
      <div className="page">
        <Typography.Title level={3}>{draft.serverId === null ? '新建评价模板' : '修改评价模板'}</Typography.Title>
        <TemplateEditor
          key={draft.session}
          draft={draft}
          onSaved={(saved) => setDraft((d) => (d ? { ...saved, session: d.session } : d))}
          onClose={() => setDraft(null)}
          onCopyInstead={(template) => setCopying(template)}
        />
        <CopyDialog source={copying} taken={taken} onCancel={() => setCopying(null)} onCopy={(t) => { setCopying(null); openDraft({ serverId: null, version: null, template: t }); }} />
      </div>
    );
  }

  return (
    <div className="page">
      <Space style={{ display: 'flex', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>评价模板</Typography.Title>
        <Link to="/evaluation">返回部门评价</Link>
      </Space>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="部门评价按模板的指标体系计分。点左侧「+」查看指标；内置模板只能查看，每年调整指标时，请「复制」一份，改好名称和年度后编辑。"
        description="已有评价在使用的模板不能再修改（否则这些评价的得分会变），请复制后修改；不再使用的模板可归档。"
      />
      {!canEdit && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="只有财政审核人员可以复制和修改评价模板。" />}
      {stored.error && <Alert type="error" showIcon title={errorMessage(stored.error)} />}
      <Table<StoredTemplate>
        rowKey={(r) => r.key ?? String(r.id)}
        loading={stored.isLoading}
        dataSource={shown}
        pagination={false}
        size="middle"
        expandable={{ expandedRowRender: (r) => <TemplateOutline template={r.template} />, columnTitle: '', expandRowByClick: false }}
        columns={[
          {
            title: '模板名称',
            render: (_, r) => (
              <Space wrap>
                <span>{r.name}</span>
                {r.builtin && <Tag color="blue">内置</Tag>}
                {r.archived_at && <Tag>已归档</Tag>}
              </Space>
            ),
          },
          { title: '年度', width: 80, render: (_, r) => r.template.fiscalYear ?? '—' },
          { title: '满分', width: 70, render: (_, r) => r.template.totalScore },
          { title: '使用情况', width: 130, render: (_, r) => (r.used_by > 0 ? `${r.used_by} 份评价在用` : '尚未使用') },
          {
            title: '操作',
            width: 260,
            render: (_, r) => {
              const refusal = editRefusal(r);
              return (
                <Space size={4} wrap>
                  <Button size="small" icon={<CopyOutlined />} disabled={!canEdit} onClick={() => setCopying(r.template)} aria-label={`复制「${r.name}」`}>复制</Button>
                  {!r.builtin && (
                    <Tooltip title={refusal ?? undefined}>
                      <Button size="small" icon={<EditOutlined />} disabled={!canEdit || refusal !== null} onClick={() => openDraft({ serverId: r.id, version: r.version, template: r.template })} aria-label={`修改「${r.name}」`}>修改</Button>
                    </Tooltip>
                  )}
                  {!r.builtin && canEdit && <Button size="small" onClick={() => void archive(r, !r.archived_at)}>{r.archived_at ? '恢复' : '归档'}</Button>}
                </Space>
              );
            },
          },
        ]}
      />
      <CopyDialog source={copying} taken={taken} onCancel={() => setCopying(null)} onCopy={(t) => { setCopying(null); openDraft({ serverId: null, version: null, template: t }); }} />
    </div>
  );
}

/** 复制: the copy's own name and year, asked before it opens in the editor (it is saved from there). */
function CopyDialog({ source, taken, onCancel, onCopy }: { source: EvaluationTemplate | null; taken: string[]; onCancel: () => void; onCopy: (t: EvaluationTemplate) => void }) {
  const [form] = Form.useForm<{ name: string; fiscalYear: number | null }>();
  const nextYear = source?.fiscalYear != null ? source.fiscalYear + 1 : new Date().getFullYear();
  return (
    <Modal
      open={source !== null}
      title={source ? `复制「${source.name}」` : '复制模板'}
      okText="复制并编辑"
      cancelText="取消"
      destroyOnHidden
      onCancel={onCancel}
      onOk={() => form.validateFields().then((v) => {
        if (!source) return;
        const name = v.name.trim();
        if (taken.length > 0 && name === source.name) return form.setFields([{ name: 'name', errors: ['新模板的名称请与原模板区分，如写明省份和年度'] }]);
        onCopy(copyTemplate(source, { key: freshTemplateKey(v.fiscalYear, taken), name, fiscalYear: v.fiscalYear ?? null }));
      })}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ name: source ? `${source.name.replace(/（\d{4}）$/, '')}（${nextYear}）` : '', fiscalYear: nextYear }}>
        <Form.Item name="name" label="新模板名称" rules={[{ required: true, whitespace: true, message: '请填写新模板名称' }, { max: 200 }]}>
          <Input aria-label="新模板名称" />
        </Form.Item>
        <Form.Item name="fiscalYear" label="适用年度" rules={[{ required: true, message: '请填写适用年度' }]}>
          <InputNumber aria-label="新模板年度" min={1900} max={2200} />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">复制后在编辑页修改指标，点「保存模板」后才会保存。</Typography.Text>
    </Modal>
  );
}
