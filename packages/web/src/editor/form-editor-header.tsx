import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { BookOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { FORM_KIND_LABELS, type Form } from '@jixiao/core';
import { canReview } from '../api/auth-context';
import type { FormDetail, User } from '../api/types';
import { ExportButtons } from '../components/export-buttons';
import { DeleteFormButton, canDeleteForm } from '../components/delete-form-button';
import { YearClosedTag } from '../components/year-closed-tag';
import { FILED_UNDER_HINT, filedUnder } from '../lib/filed-under';
import { STATUS_COLORS, VERSION_HINT, statusLabel } from '../lib/labels';
import { StartSelfEvaluationButton } from './start-self-evaluation-button';
import { canStartSelfEvaluation } from './start-self-evaluation';

interface FormEditorHeaderProps {
  id: string;
  form: Form;
  detail: FormDetail | undefined;
  user: User | null;
  status: string;
  version: number;
  dirty: boolean;
  saving: boolean;
  readOnly: boolean;
  yearClosed: boolean;
  /** Why 提交审核 is off (an empty form, errors left), or null. */
  submitBlocked: string | null;
  onSave: () => void;
  onSubmit: () => void;
  onOpenLibrary: () => void;
  onDeleted: () => void;
  onRestored: () => void;
}

/** The editor's title line: what the form is and where it stands, and what the signed-in role may do with it. */
export function FormEditorHeader(p: FormEditorHeaderProps) {
  const { id, form, detail, user, status } = p;
  const title = ('project_name' in form && form.project_name) || FORM_KIND_LABELS[form.kind];
  const filed = filedUnder(detail, form);
  const fiscalYear = detail?.fiscal_year ?? form.fiscal_year;
  const projectName = ('project_name' in form && form.project_name) || null;
  return (
    <Space align="center" style={{ marginBottom: 8, width: '100%', justifyContent: 'space-between' }} wrap>
      <Space align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>{title}</Typography.Title>
        <Tag color={STATUS_COLORS[status]}>{statusLabel(status)}</Tag>
        <Typography.Text type="secondary">{FORM_KIND_LABELS[form.kind]} · {filed.label} · <span title={VERSION_HINT}>保存版本 {p.version}</span></Typography.Text>
        {filed.documentNote && <Tooltip title={FILED_UNDER_HINT}><Tag>{filed.documentNote}</Tag></Tooltip>}
        {p.yearClosed && <YearClosedTag year={fiscalYear} />}
        {p.dirty && <Tag color="gold">有未保存的修改</Tag>}
      </Space>
      <Space className="no-print">
        {!p.yearClosed && canDeleteForm(user?.role, status) && (
          <DeleteFormButton
            form={{ id, version: p.version, kind: form.kind, status, project_name: projectName, org_name: detail?.org_name ?? form.org, fiscal_year: fiscalYear, indicators: form.indicators.length }}
            onDeleted={p.onDeleted}
            onRestored={p.onRestored}
          />
        )}
        {!p.yearClosed && canStartSelfEvaluation(user?.role, form.kind, status) && (
          <StartSelfEvaluationButton targetId={id} role={user?.role} projectName={projectName} fiscalYear={fiscalYear} />
        )}
        {/* Reviewers reach a form from 单位与项目 too: 审核视图 has the comparison, comments, decisions and 纳入指标库. */}
        {canReview(user) && <Link to={`/review/${id}`}>审核视图</Link>}
        {/* A 部门整体 self-evaluation's indicators are edited here; its 完成值, 自评分 and 偏差原因 on the self-evaluation page. */}
        {form.kind === 'department_self_evaluation' && <Link to={`/self-evaluation/${id}`}>填写完成值与自评分</Link>}
        <ExportButtons formId={id} unsaved={p.dirty} />
        {!p.readOnly && (
          <>
            <Button icon={<BookOutlined />} onClick={p.onOpenLibrary}>从指标库插入</Button>
            <Tooltip title="Ctrl+S"><Button icon={<SaveOutlined />} loading={p.saving} disabled={!p.dirty} onClick={p.onSave}>保存</Button></Tooltip>
            <Tooltip title={p.submitBlocked ?? undefined}>
              <Button type="primary" icon={<SendOutlined />} disabled={p.submitBlocked !== null} onClick={p.onSubmit}>提交审核</Button>
            </Tooltip>
          </>
        )}
      </Space>
    </Space>
  );
}
