import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Card, Col, Drawer, Row, Space, Tag, Typography, Spin, Tooltip } from 'antd';
import { PlusOutlined, SaveOutlined, SendOutlined, BookOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { ExportButtons } from '../components/export-buttons';
import { FORM_KIND_LABELS, submitBlocker, type Form } from '@jixiao/core';
import { canReview, useAuth } from '../api/auth-context';
import { ApiError, api, errorMessage } from '../api/client';
import { useForm } from '../api/queries';
import { submitForm } from '../api/submit-form';
import { confirmSubmit } from '../components/confirm-submit';
import { useFormPolicy } from '../api/use-policy';
import type { Finding, FormDetail } from '../api/types';
import { FILED_UNDER_HINT, filedUnder } from '../lib/filed-under';
import { STATUS_COLORS, statusLabel } from '../lib/labels';
import { ConflictDialog } from './conflict-dialog';
import { mergeForms, type FormMerge } from './merge-forms';
import { fitLevel2 } from './level-cells';
import { FindingsPanel } from './findings-panel';
import { weightCounter } from './weight-counter';
import { FormHeaderFields } from './form-header-fields';
import { diffForms, type FieldChange } from './form-diff';
import { IndicatorGrid, type IndicatorGridHandle } from './indicator-grid';
import { GRID_COLUMNS, type GridColumn } from './paste-rows';
import { useLiveReview } from './use-live-review';
import { canComment } from '../pages/review-step';
import { VERSION_HINT } from '../lib/labels';
import { focusHeaderField } from './header-focus';
import { useUnsavedGuard } from './use-unsaved-guard';
import { DraftRestoreBanner, useDraftBackup } from './use-draft-backup';
import { useRowFlags } from './use-row-flags';
import { typedTarget, updateIndicator } from './update-indicator';
import { useRowEdits } from './use-row-edits';
import { CommentsList, commentText, useComments } from '../components/comments-list';
import { RectificationPanel, useRectification } from '../components/rectification-panel';
import { openProblemsWarning } from '../pages/rectification';
import { isSelfEvaluationKind } from '../pages/review-self-evaluation';
import { returnedRowComments } from './comment-anchor';
import { flashRow } from '../lib/flash-row';
import { LibraryPicker } from '../components/library-picker';
import { DeleteFormButton, FormLoadError, canDeleteForm } from '../components/delete-form-button';
import { StartSelfEvaluationButton } from './start-self-evaluation-button';
import { YearClosedTag } from '../components/year-closed-tag';
import { yearClosedReason } from '../lib/year-closed';
import { canStartSelfEvaluation } from './start-self-evaluation';
import { targetSubmitBlockReason } from './target-submit-block';
import { AttachmentsPanel } from '../components/attachments-panel';

const EDITABLE = new Set(['draft', 'returned']);
// The roles the server lets save a form (forms.ts EDITOR_ROLES); reviewers read, then decide on the review page.
const EDITOR_ROLES = new Set(['unit_editor', 'finance_reviewer']);

export function FormEditorPage() {
  const { id } = useParams();
  const { user } = useAuth();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const detail = useForm(id);
  const [form, setForm] = useState<Form | null>(null);
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState('draft');
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<{ server: FormDetail; changes: FieldChange[]; merge: FormMerge | null } | null>(null);
  // The server's version this page's edits start from: a save conflict merges both people's edits against it.
  const [base, setBase] = useState<Form | null>(null);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const navigate = useNavigate();

  useEffect(() => {
    if (detail.data && !dirty) {
      setForm(detail.data.form);
      setBase(detail.data.form);
      setVersion(detail.data.version);
      setStatus(detail.data.status);
    }
    // Only a fresh load replaces local edits; refetches while dirty are ignored on purpose.
  }, [detail.data]);

  // A closed year's form is read-only for everyone (the server refuses every write with year_closed).
  const yearClosed = detail.data?.year_closed === true;
  const readOnly = yearClosed || !EDITABLE.has(status) || !EDITOR_ROLES.has(user?.role ?? '');
  const roleReadOnly = !yearClosed && EDITABLE.has(status) && !EDITOR_ROLES.has(user?.role ?? '');
  const serverFindings = useMemo(() => detail.data?.findings ?? [], [detail.data]);
  // The server reviews with the policy of the org and year the form is filed under, not the document's own text.
  const policy = useFormPolicy(detail.data, form?.org_code, form?.fiscal_year);
  const findings = useLiveReview(form, serverFindings, 150, policy, detail.data?.review_options, detail.data?.review_data);
  const flags = useRowFlags(findings);
  const comments = useComments(id ?? '');
  const rectification = useRectification(id);
  const [unsavedAnswers, setUnsavedAnswers] = useState(0);
  // Rows are marked while the clerk answers a 退回: the comments of that round, placed by their indicator.
  const rowComments = useMemo(() => returnedRowComments(comments.data ?? [], status, form?.indicators ?? [], commentText), [comments.data, form?.indicators, status]);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const draft = useDraftBackup({ formId: id, username: user?.username, serverForm: detail.data?.form, form, version, dirty, editable: !readOnly });
  const clearDraft = draft.clear;

  const edit = useCallback((fn: (f: Form) => Form) => {
    setForm((f) => (f ? fn(f) : f));
    setDirty(true);
  }, []);
  const onRowChange = useCallback(
    (index: number, field: GridColumn, raw: string) =>
      edit((f) => ({ ...f, indicators: f.indicators.map((ind, i) => (i === index ? fitLevel2(ind, updateIndicator(ind, field, raw)) : ind)) }) as Form),
    [edit],
  );
  // Leaving a 指标值 cell: a target typed with its sign or unit (≥12场) is split as a paste is. Not while typing, so
  // 5000人次以上 can be typed through; nothing changes (and the form stays clean) when there is nothing to split.
  const onRowCommit = useCallback((index: number, field: GridColumn) => {
    if (field !== 'target') return;
    setForm((f) => {
      const ind = f?.indicators[index];
      if (!f || !ind) return f;
      const next = typedTarget(ind, ind.target);
      if (next.comparator === ind.comparator && next.target === ind.target && next.unit === ind.unit) return f;
      return { ...f, indicators: f.indicators.map((x, i) => (i === index ? next : x)) } as Form;
    });
  }, []);
  const gridHandle = useRef<IndicatorGridHandle>(null);
  const focusRow = useCallback((row: number) => gridHandle.current?.focusRow(row), []);
  const { onRowAction, onReplace } = useRowEdits(edit, focusRow);
  const onHeaderChange = useCallback((patch: Partial<Form>) => edit((f) => ({ ...f, ...patch }) as Form), [edit]);

  const weights = useMemo(() => (form ? weightCounter({ indicators: form.indicators, kind: form.kind, policy, findings }) : null), [form, policy, findings]);

  const save = useCallback(
    async (baseVersion = version, body: Form | null = form): Promise<boolean> => {
      if (!body || !id) return false;
      setSaving(true);
      try {
        const saved = await api.put<FormDetail>(`/api/forms/${encodeURIComponent(id)}`, { version: baseVersion, form: body });
        setVersion(saved?.version ?? baseVersion + 1);
        setBase(saved?.form ?? body);
        if (saved?.status) setStatus(saved.status);
        setDirty(false);
        clearDraft();
        queryClient.setQueryData(['form', id], saved);
        queryClient.invalidateQueries({ queryKey: ['forms'] });
        message.success('已保存');
        return true;
      } catch (error) {
        // The edits stay in the page and in this browser's copy (useDraftBackup), whatever went wrong.
        const kept = '修改仍保留在本页，并已在本机留存副本；可稍后重试保存。';
        if (error instanceof ApiError && error.status === 409) {
          try {
            const server = await api.get<FormDetail>(`/api/forms/${encodeURIComponent(id)}`);
            setConflict({ server, changes: diffForms(server.form, body), merge: base ? mergeForms(base, body, server.form) : null });
          } catch (reload) {
            message.error(`此表已被他人修改，但读取服务器版本失败：${errorMessage(reload)}${kept}`);
          }
        } else {
          message.error({ content: `保存失败：${errorMessage(error)}${kept}`, duration: 8 });
        }
        return false;
      } finally {
        setSaving(false);
      }
    },
    [form, id, version, base, queryClient, message, clearDraft],
  );

  const submit = useCallback(() => {
    confirmSubmit(modal, {
      title: '提交审核？',
      content: (
        <>
          提交后本表将锁定，等待上级审核（设有主管部门的先由主管部门审核，再由财政审核）；如需修改，须待审核退回。
          {openProblemsWarning(rectification.data, unsavedAnswers) && <Alert type="warning" showIcon style={{ marginTop: 8 }} title={openProblemsWarning(rectification.data, unsavedAnswers)} />}
        </>
      ),
      comments: status === 'returned' ? comments.data ?? [] : null,
      indicators: form?.indicators ?? [],
      onOk: async (note) => {
        if (dirty && !(await save())) return;
        try {
          const result = await submitForm(queryClient, id!, version, note);
          if (result?.status) setStatus(result.status);
          if (result?.version) setVersion(result.version);
          message.success('已提交审核');
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    });
  }, [dirty, save, id, version, queryClient, message, modal, status, comments.data, rectification.data, unsavedAnswers, form?.indicators]);

  const addButton = useRef<HTMLButtonElement>(null);
  const focusFinding = useCallback((f: Pick<Finding, 'row' | 'field'>) => {
    const col = f.field ? (GRID_COLUMNS as readonly string[]).indexOf(f.field) : -1;
    if (f.row !== null) {
      gridHandle.current?.focusCell(f.row, col < 0 ? 2 : col);
      return;
    }
    // A form-level finding: the header field it names, else the first row of the indicator column, else the grid.
    if (f.field && focusHeaderField(f.field)) return;
    if (col >= 0 && (form?.indicators.length ?? 0) > 0) gridHandle.current?.focusCell(0, col);
    else {
      // E.g. "缺少效益指标": show the grid and put the focus on the button that adds a row.
      document.querySelector('table.indicator-grid')?.scrollIntoView({ block: 'center' });
      addButton.current?.focus();
    }
  }, [form]);
  // 定位 from a comment: its cell focused and its row flashed, so the clerk sees which row the comment is on.
  const locateComment = useCallback((at: { row: number; field: string | null }) => {
    focusFinding(at);
    flashRow(`table.indicator-grid tr[data-row-index="${at.row}"]`);
  }, [focusFinding]);

  // 不保存，离开 drops the edits on purpose: this browser's copy goes with them. A typed 整改 answer is saved by its own
  // button: leaving asks too, and 保存并离开 keeps the clerk here until it is saved, rather than dropping it.
  const saveBeforeLeaving = useCallback(async () => {
    if (unsavedAnswers > 0) {
      message.warning(`有 ${unsavedAnswers} 条整改说明已填写但未保存，请先点该条下的「保存」`);
      return false;
    }
    return save();
  }, [unsavedAnswers, save, message]);
  useUnsavedGuard((dirty || unsavedAnswers > 0) && !readOnly && !deleted, saveBeforeLeaving, clearDraft);
  // After a delete the form is gone: back to the list, once the guard has seen it is no longer dirty.
  useEffect(() => {
    if (deleted) navigate('/orgs');
  }, [deleted, navigate]);

  // Ctrl+S / ⌘S saves, as in Excel and Word, instead of the browser's "save page".
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (!readOnly && dirty && !saving) void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [readOnly, dirty, saving, save]);

  if (detail.isLoading || (!form && !detail.error)) return <Spin description="正在加载表单…"><div style={{ height: 200 }} /></Spin>;
  if (detail.error || !form) return <FormLoadError error={detail.error} formId={id!} />;
  // A project self-evaluation is filled on its own page, against the approved targets: here its targets could be changed.
  if (form.kind === 'project_self_evaluation') return <Navigate to={`/self-evaluation/${id}`} replace />;

  const title = ('project_name' in form && form.project_name) || FORM_KIND_LABELS[form.kind];
  const filed = filedUnder(detail.data, form);
  // The server refuses an empty form (core's submitBlocker): the button says so before the clerk clicks.
  const submitBlocked = targetSubmitBlockReason({ blocker: submitBlocker(form), errors });
  return (
    <div className="page">
      <Space align="center" style={{ marginBottom: 8, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>{title}</Typography.Title>
          <Tag color={STATUS_COLORS[status]}>{statusLabel(status)}</Tag>
          <Typography.Text type="secondary">{FORM_KIND_LABELS[form.kind]} · {filed.label} · <span title={VERSION_HINT}>保存版本 {version}</span></Typography.Text>
          {filed.documentNote && <Tooltip title={FILED_UNDER_HINT}><Tag>{filed.documentNote}</Tag></Tooltip>}
          {yearClosed && <YearClosedTag year={detail.data?.fiscal_year ?? form.fiscal_year} />}
          {dirty && <Tag color="gold">有未保存的修改</Tag>}
        </Space>
        <Space className="no-print">
          {!yearClosed && canDeleteForm(user?.role, status) && (
            <DeleteFormButton
              form={{ id: id!, version, kind: form.kind, status, project_name: ('project_name' in form && form.project_name) || null, org_name: detail.data?.org_name ?? form.org, fiscal_year: detail.data?.fiscal_year ?? form.fiscal_year, indicators: form.indicators.length }}
              onDeleted={() => { clearDraft(); setDeleted(true); }}
              onRestored={() => navigate(`/forms/${id}`)}
            />
          )}
          {!yearClosed && canStartSelfEvaluation(user?.role, form.kind, status) && (
            <StartSelfEvaluationButton targetId={id!} role={user?.role} projectName={('project_name' in form && form.project_name) || null} fiscalYear={detail.data?.fiscal_year ?? form.fiscal_year} />
          )}
          {/* Reviewers reach a form from 单位与项目 too: 审核视图 has the comparison, comments, decisions and 纳入指标库. */}
          {canReview(user) && <Link to={`/review/${id}`}>审核视图</Link>}
          {/* A 部门整体 self-evaluation's indicators are edited here; its 完成值, 自评分 and 偏差原因 on the self-evaluation page. */}
          {form.kind === 'department_self_evaluation' && <Link to={`/self-evaluation/${id}`}>填写完成值与自评分</Link>}
          <ExportButtons formId={id!} unsaved={dirty} />
          {!readOnly && (
            <>
              <Button icon={<BookOutlined />} onClick={() => setLibraryOpen(true)}>从指标库插入</Button>
              <Tooltip title="Ctrl+S"><Button icon={<SaveOutlined />} loading={saving} disabled={!dirty} onClick={() => save()}>保存</Button></Tooltip>
              <Tooltip title={submitBlocked ?? undefined}>
                <Button type="primary" icon={<SendOutlined />} disabled={submitBlocked !== null} onClick={submit}>提交审核</Button>
              </Tooltip>
            </>
          )}
        </Space>
      </Space>
      {readOnly && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={yearClosed ? yearClosedReason(detail.data?.fiscal_year ?? form.fiscal_year) : roleReadOnly ? '本表由填报单位编辑，您的角色只能查看；审核意见请在审核页面填写。' : `本表当前状态为「${statusLabel(status)}」，只能查看。`}
          action={!yearClosed && (status === 'submitted' || roleReadOnly) ? <Link to={`/review/${id}`}>{canComment(user?.role) ? '去审核页面' : '查看审核进度'}</Link> : undefined}
        />
      )}
      {draft.offered && !readOnly && (
        <DraftRestoreBanner
          backup={draft.offered}
          onRestore={(b) => {
            setForm(b.form);
            setVersion(b.version);
            setDirty(true);
            draft.take();
            message.info('已恢复本机保存的修改，请检查后保存');
          }}
          onDiscard={draft.dismiss}
        />
      )}
      <CommentsList formId={id!} indicators={form.indicators} onLocate={readOnly ? undefined : locateComment} />
      <RectificationPanel formId={id!} onUnsavedChange={setUnsavedAnswers} />
      <Card size="small" title="基本信息" style={{ marginBottom: 12 }}>
        <FormHeaderFields form={form} readOnly={readOnly} onChange={onHeaderChange} />
      </Card>
      <Row gutter={12} wrap={false}>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card
            size="small"
            title={`绩效指标（${form.indicators.length} 项）`}
            extra={
              <Space>
                {weights && (
                  <span aria-live="polite" className={weights.ok ? 'weight-ok' : 'weight-bad'} title={weights.title}>
                    {weights.text}
                  </span>
                )}
                {!readOnly && (
                  <Button ref={addButton} size="small" icon={<PlusOutlined />} onClick={() => onRowAction(form.indicators.length - 1, 'insert')}>
                    添加指标
                  </Button>
                )}
              </Space>
            }
          >
            {!readOnly && (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 6, fontSize: 12 }} className="no-print">
                Tab / Enter / 方向键在单元格间移动；Alt+↑ / ↓ 上移、下移本行，Ctrl+Enter 在下方插入一行，Ctrl+Delete 删除本行；可从 Excel 复制多行后在任一单元格粘贴（含表头时按列名匹配）。
              </Typography.Paragraph>
            )}
            <IndicatorGrid handle={gridHandle} indicators={form.indicators} flags={flags} comments={rowComments} readOnly={readOnly} onRowChange={onRowChange} onRowCommit={onRowCommit} onRowAction={onRowAction} onReplace={onReplace} />
          </Card>
        </Col>
        <Col className="editor-side">
          <Card size="small" title={<span>自动审核 {errors > 0 ? <Tag color="red">{errors} 个错误</Tag> : <Tag color="green">无错误</Tag>}</span>}>
            <FindingsPanel findings={findings} onPick={focusFinding} />
          </Card>
        </Col>
      </Row>
      <div style={{ marginTop: 12 }}><AttachmentsPanel formId={id!} title={isSelfEvaluationKind(form.kind) ? '佐证材料' : '附件'} /></div>
      <ConflictDialog
        open={!!conflict}
        changes={conflict?.changes ?? []}
        serverVersion={conflict?.server.version ?? 0}
        mergeConflicts={conflict?.merge?.conflicts ?? null}
        onMerge={async () => {
          if (!conflict?.merge) return;
          const { server, merge } = conflict;
          setConflict(null);
          setForm(merge.form);
          setBase(server.form);
          if (await save(server.version, merge.form)) message.success(merge.conflicts.length ? `已合并并保存；${merge.conflicts.length} 处双方都改的内容采用了您的修改` : '已合并双方修改并保存');
        }}
        onCancel={() => setConflict(null)}
        onTakeServer={() => {
          if (!conflict || !form) return;
          // Dropping one's own edits is undoable for a while: 撤销 brings them back on top of the server's version.
          const mine = form;
          setForm(conflict.server.form);
          setBase(conflict.server.form);
          setVersion(conflict.server.version);
          setStatus(conflict.server.status);
          setDirty(false);
          setConflict(null);
          clearDraft();
          const key = `take-server-${Date.now()}`;
          message.info({
            key,
            duration: 10,
            content: (
              <span>
                已采用服务器版本，您的修改已放弃。
                <Button type="link" size="small" onClick={() => { setForm(mine); setDirty(true); message.destroy(key); message.info('已恢复您的修改，保存时将覆盖服务器版本'); }}>撤销</Button>
              </span>
            ),
          });
        }}
        onKeepMine={async () => {
          if (!conflict) return;
          const serverVersion = conflict.server.version;
          setConflict(null);
          await save(serverVersion);
        }}
      />
      <Drawer title="从指标库插入（插入到指标表末尾）" size="min(1080px, 92vw)" open={libraryOpen} onClose={() => setLibraryOpen(false)}>
        <LibraryPicker
          projectName={'project_name' in form ? form.project_name : null}
          onInsert={(ind) => {
            edit((f) => ({ ...f, indicators: [...f.indicators, ind] }) as Form);
            message.success(`已插入指标「${ind.name}」`);
          }}
        />
      </Drawer>
    </div>
  );
}
