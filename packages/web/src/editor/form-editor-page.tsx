import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Card, Col, Drawer, Row, Tag, Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { submitBlocker, type Form } from '@jixiao/core';
import { useAuth } from '../api/auth-context';
import { ApiError, api, errorMessage } from '../api/client';
import { useForm } from '../api/queries';
import { submitForm } from '../api/submit-form';
import { confirmSubmit } from '../components/confirm-submit';
import { useFormPolicy } from '../api/use-policy';
import type { Finding, FormDetail } from '../api/types';
import { statusLabel } from '../lib/labels';
import { mergeForms } from './merge-forms';
import { fitLevel2 } from './level-cells';
import { FindingsPanel } from './findings-panel';
import { weightCounter } from './weight-counter';
import { FormHeaderFields } from './form-header-fields';
import { diffForms } from './form-diff';
import type { IndicatorGridHandle } from './indicator-grid';
import { GRID_COLUMNS, type GridColumn } from './paste-rows';
import { useLiveReview } from './use-live-review';
import { canComment } from '../pages/review-step';
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
import { FormLoadError } from '../components/delete-form-button';
import { yearClosedReason } from '../lib/year-closed';
import { targetSubmitBlockReason, unweightedTargetNote } from './target-submit-block';
import { AttachmentsPanel } from '../components/attachments-panel';
import { FormEditorHeader } from './form-editor-header';
import { FormIndicatorsCard } from './form-indicators-card';
import { FormConflictResolution, type SaveConflict } from './form-conflict-resolution';
import { useSaveShortcut } from './use-save-shortcut';

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
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
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

  const weights = useMemo(() => (form ? weightCounter({ indicators: form.indicators, kind: form.kind, policy, findings, budget: form.kind === 'project_self_evaluation' ? form.budget : null }) : null), [form, policy, findings]);

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
    const kind = form?.kind;
    const unweighted = form && (kind === 'project_target' || kind === 'department_target') ? unweightedTargetNote(form.indicators, policy.weightTotals[kind]) : null;
    confirmSubmit(modal, {
      title: '提交审核？',
      content: (
        <>
          提交后本表将锁定，等待上级审核（设有主管部门的先由主管部门审核，再由财政审核）；如需修改，须待审核退回。
          {openProblemsWarning(rectification.data, unsavedAnswers) && <Alert type="warning" showIcon style={{ marginTop: 8 }} title={openProblemsWarning(rectification.data, unsavedAnswers)} />}
          {unweighted && <Alert className="unweighted-note" type="warning" showIcon style={{ marginTop: 8 }} title={unweighted} />}
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
  }, [dirty, save, id, version, queryClient, message, modal, status, comments.data, rectification.data, unsavedAnswers, form, policy]);

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

  useSaveShortcut(!readOnly && dirty && !saving, save);

  if (detail.isLoading || (!form && !detail.error)) return <Spin description="正在加载表单…"><div style={{ height: 200 }} /></Spin>;
  if (detail.error || !form) return <FormLoadError error={detail.error} formId={id!} />;
  // A project self-evaluation is filled on its own page, against the approved targets: here its targets could be changed.
  if (form.kind === 'project_self_evaluation') return <Navigate to={`/self-evaluation/${id}`} replace />;

  // The server refuses an empty form (core's submitBlocker): the button says so before the clerk clicks.
  const submitBlocked = targetSubmitBlockReason({ blocker: submitBlocker(form), errors });
  return (
    <div className="page">
      <FormEditorHeader
        id={id!}
        form={form}
        detail={detail.data}
        user={user}
        status={status}
        version={version}
        dirty={dirty}
        saving={saving}
        readOnly={readOnly}
        yearClosed={yearClosed}
        submitBlocked={submitBlocked}
        onSave={() => save()}
        onSubmit={submit}
        onOpenLibrary={() => setLibraryOpen(true)}
        onDeleted={() => { clearDraft(); setDeleted(true); }}
        onRestored={() => navigate(`/forms/${id}`)}
      />
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
          <FormIndicatorsCard form={form} grid={gridHandle} weights={weights} addButton={addButton} flags={flags} comments={rowComments} readOnly={readOnly} onRowChange={onRowChange} onRowCommit={onRowCommit} onRowAction={onRowAction} onReplace={onReplace} />
        </Col>
        <Col className="editor-side">
          <Card size="small" title={<span>自动审核 {errors > 0 ? <Tag color="red">{errors} 个错误</Tag> : <Tag color="green">无错误</Tag>}</span>}>
            <FindingsPanel findings={findings} onPick={focusFinding} />
          </Card>
        </Col>
      </Row>
      <div style={{ marginTop: 12 }}><AttachmentsPanel formId={id!} title={isSelfEvaluationKind(form.kind) ? '佐证材料' : '附件'} /></div>
      <FormConflictResolution
        conflict={conflict}
        form={form}
        onClose={() => setConflict(null)}
        save={save}
        adopt={(next) => {
          setForm(next.form);
          if (next.base) setBase(next.base);
          if (next.version !== undefined) setVersion(next.version);
          if (next.status !== undefined) setStatus(next.status);
          if (next.dirty !== undefined) setDirty(next.dirty);
        }}
        clearDraft={clearDraft}
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
