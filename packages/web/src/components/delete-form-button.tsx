import { Alert, App, Button, Popconfirm } from 'antd';
import { Link } from 'react-router-dom';
import { DeleteOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { FORM_KIND_LABELS, type FormKind } from '@jixiao/core';
import { ApiError, api, errorMessage } from '../api/client';
import type { Role } from '../api/types';
import { statusLabel } from '../lib/labels';

/** What the server lets be deleted (form-deletion.ts): forms still in the unit's hands, by their editors or an admin. */
const DELETABLE = new Set(['draft', 'returned']);
const DELETERS = new Set<Role>(['unit_editor', 'finance_reviewer', 'admin']);

export function canDeleteForm(role: Role | undefined, status: string): boolean {
  return !!role && DELETERS.has(role) && DELETABLE.has(status);
}

export interface DeletableForm {
  id: string | number;
  version: number;
  kind: FormKind;
  status: string;
  project_name: string | null;
  org_name?: string | null;
  fiscal_year?: number | null;
  indicators?: number;
}

/** 「沙坪坝区教委 2026年 项目支出绩效目标表「校舍维修」（已退回，12 项指标）」: what exactly goes. */
export function formLabel(f: DeletableForm): string {
  const name = `「${f.project_name || '未填项目名称'}」`;
  const parts = [statusLabel(f.status), ...(f.indicators !== undefined ? [`${f.indicators} 项指标`] : [])];
  return `${f.org_name ?? ''}${f.fiscal_year ? ` ${f.fiscal_year}年 ` : ' '}${FORM_KIND_LABELS[f.kind] ?? f.kind}${name}（${parts.join('，')}）`.trim();
}

/**
 * 删除 with a confirmation naming the form, and a success message whose 撤销 restores it at
 * once (the server keeps deleted forms). `onDeleted` / `onRestored` let a page move away and back.
 */
export function DeleteFormButton({ form, size, onDeleted, onRestored, disabled }: {
  form: DeletableForm;
  size?: 'small' | 'middle';
  onDeleted?: () => void;
  onRestored?: () => void;
  disabled?: boolean;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['forms'] });
    void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    void queryClient.invalidateQueries({ queryKey: ['form', String(form.id)] });
  };
  const restore = async (key: string) => {
    message.destroy(key);
    try {
      await api.post(`/api/forms/${form.id}/restore`, {});
      refresh();
      message.success(`已恢复${form.project_name ? `「${form.project_name}」` : '表单'}`);
      onRestored?.();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  const remove = async () => {
    try {
      await api.delete(`/api/forms/${form.id}?version=${form.version}`);
    } catch (error) {
      message.error(errorMessage(error));
      return;
    }
    refresh();
    const key = `deleted-${form.id}`;
    message.success({
      key,
      duration: 10,
      content: (
        <span>
          已删除{form.project_name ? `「${form.project_name}」` : '表单'}
          <Button type="link" size="small" onClick={() => void restore(key)}>
            撤销
          </Button>
        </span>
      ),
    });
    onDeleted?.();
  };
  return (
    <Popconfirm
      title="删除这张表？"
      description={
        <div style={{ maxWidth: 340 }}>
          将删除 {formLabel(form)}。删除后不再出现在列表、统计和导出中；可在随后的提示中点「撤销」，或到「单位与项目」的「回收站」恢复。
        </div>
      }
      okText="删除"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      onConfirm={remove}
    >
      <Button danger size={size} icon={<DeleteOutlined />} disabled={disabled} aria-label={`删除${form.project_name ? `「${form.project_name}」` : '表单'}`}>
        删除
      </Button>
    </Popconfirm>
  );
}

/**
 * What a page shows for a form that failed to load: for a deleted one, who deleted it and when
 * (the server's message) with 恢复 when this user may restore it; any other error as it came.
 */
export function FormLoadError({ error, formId }: { error: unknown; formId: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const deleted = error instanceof ApiError && error.code === 'form_deleted';
  const restorable = deleted && (error.details as { restorable?: boolean } | undefined)?.restorable === true;
  return (
    <Alert
      type={deleted ? 'warning' : 'error'}
      showIcon
      title={errorMessage(error)}
      action={
        restorable ? (
          <Button
            onClick={async () => {
              try {
                await api.post(`/api/forms/${formId}/restore`, {});
                message.success('已恢复');
                await queryClient.invalidateQueries({ queryKey: ['forms'] });
                await queryClient.invalidateQueries({ queryKey: ['form', formId] });
              } catch (e) {
                message.error(errorMessage(e));
              }
            }}
          >
            恢复
          </Button>
        ) : deleted ? (
          <Link to="/orgs">返回单位与项目</Link>
        ) : undefined
      }
    />
  );
}

/** 恢复 for a row of the 回收站: the form comes back in the state it had. `disabled` while its year is closed. */
export function RestoreFormButton({ form, disabled }: { form: Pick<DeletableForm, 'id' | 'project_name'>; disabled?: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const label = form.project_name ? `「${form.project_name}」` : '表单';
  return (
    <Button
      size="small"
      disabled={disabled}
      aria-label={`恢复${label}`}
      onClick={async () => {
        try {
          await api.post(`/api/forms/${form.id}/restore`, {});
          message.success(`已恢复${label}`);
          void queryClient.invalidateQueries({ queryKey: ['forms'] });
          void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
          void queryClient.invalidateQueries({ queryKey: ['form', String(form.id)] });
        } catch (error) {
          message.error(errorMessage(error));
        }
      }}
    >
      恢复
    </Button>
  );
}
