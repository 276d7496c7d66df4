import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Space, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import {
  groupSubtotals, isSubtotalAt, scoreDepartmentSelfEvaluation, submitBlocker,
  isTargetDefinitionFinding, type DepartmentSelfEvaluation, type Indicator, type QualitativeChoice,
} from '@jixiao/core';
import { useAuth } from '../api/auth-context';
import type { FormDetail } from '../api/types';
import { useFormPolicy } from '../api/use-policy';
import { CommentsList, commentText, useComments } from '../components/comments-list';
import { returnedRowComments } from '../editor/comment-anchor';
import { ExportButtons } from '../components/export-buttons';
import { STATUS_COLORS, statusLabel } from '../lib/labels';
import { closedYearAction } from '../lib/year-closed';
import { YearClosedTag } from '../components/year-closed-tag';
import { AttachmentsPanel } from '../components/attachments-panel';
import { useLiveReview } from '../editor/use-live-review';
import { useUnsavedGuard } from '../editor/use-unsaved-guard';
import { SheetDraftBanner, useDraftBackup } from '../editor/use-draft-backup';
import { useSaveShortcut } from '../editor/use-save-shortcut';
import { SubmittedTotalsCard } from './review-self-evaluation-parts';
import { SelfEvaluationFindingsCard, SelfEvaluationSheetTable, sheetColumns } from './self-evaluation-sheet';
import { saveSelfEvaluationSheet, submitSelfEvaluationSheet } from './self-evaluation-actions';
import { SelfEvaluationButtons } from './self-evaluation-buttons';
import { storedPicks } from './self-evaluation-bands';
import { locateSelfEvaluationRow } from './self-evaluation-focus';
import { adoptedScore, awaitingEntry, scoringHints } from './self-evaluation-own-scores';
import { hasNoIndicators, rowsMissingReason, submitBlockReason } from './self-evaluation-rows';
import { departmentSheetToSave, followDepartmentRuleScores, ownBudgetLine } from './department-own-scores';
import { OldPolicyNotice } from './old-policy-notice';

const EDITABLE = new Set(['draft', 'returned']);
const EDITOR_ROLES = new Set(['unit_editor', 'finance_reviewer']);

/**
 * 部门整体支出绩效自评表 on the self-evaluation page, filled in as a project sheet is: the 完成值 (or band) per row, the
 * unit's 自评分 (prefilled with the rules' score where it gives none) beside the live 系统核算 with its derivation, 偏差原因
 * where a row falls short, the unit's 总分 against the system's; saved and submitted here. The indicators themselves
 * (names, 分值, 指标值) are edited in the form editor.
 */
export function DepartmentSelfEvaluationView({ id, detail, form: stored }: { id: string; detail: FormDetail; form: DepartmentSelfEvaluation }) {
  const { message, modal } = App.useApp();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const comments = useComments(id);
  const policy = useFormPolicy(detail, stored.org_code, stored.fiscal_year);
  const [form, setForm] = useState<DepartmentSelfEvaluation>(stored);
  const [version, setVersion] = useState(detail.version);
  const [choices, setChoices] = useState<Record<number, QualitativeChoice>>({});
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const saveRef = useRef<() => Promise<boolean>>(async () => false);
  // Kept in this browser until saved, as on the project sheet: a session that ends before 保存 loses nothing.
  const mayEdit = EDITABLE.has(detail.status) && EDITOR_ROLES.has(user?.role ?? '') && detail.year_closed !== true;
  const draft = useDraftBackup({ formId: id, username: user?.username, serverForm: stored, form, version, dirty, editable: mayEdit });
  useUnsavedGuard(dirty, () => saveRef.current(), draft.clear);
  useSaveShortcut(dirty && !saving, () => saveRef.current());
  // A group's subtotal line is scored as nothing (系统核算 —): tagged, so a clerk does not read it as a lost row.
  const subtotals = useMemo(() => groupSubtotals(form), [form]);
  // The budget line a sheet holds outside its rows, as the unit stated it when loaded (department-own-scores.ts).
  const storedSubtotals = useMemo(() => groupSubtotals(stored), [stored]);
  const budgetLine = useMemo(() => ownBudgetLine(stored, storedSubtotals, policy), [stored, storedSubtotals, policy]);
  const policyNow = useRef(policy);
  policyNow.current = policy;
  useEffect(() => {
    const scores = scoreDepartmentSelfEvaluation(stored, { policy: policyNow.current }).indicators;
    setForm(followDepartmentRuleScores(stored, scores, storedSubtotals));
    setVersion(detail.version);
    setDirty(false);
  }, [stored, storedSubtotals, detail.version]);
  const dirtyNow = useRef(dirty);
  dirtyNow.current = dirty;
  useEffect(() => {
    if (!dirtyNow.current) setChoices(storedPicks(stored.indicators, policy.qualitativeBands));
  }, [stored, policy]);

  const result = useMemo(() => scoreDepartmentSelfEvaluation(form, { policy, choices }), [form, policy, choices]);
  const toSave = useMemo(() => departmentSheetToSave(form, result.indicators, subtotals, budgetLine), [form, result, subtotals, budgetLine]);
  const serverFindings = useMemo(() => detail.findings ?? [], [detail]);
  const findings = useLiveReview(toSave, serverFindings, 300, policy, detail.review_options, detail.review_data);

  const yearClosed = detail.year_closed === true;
  const couldEdit = EDITABLE.has(detail.status) && EDITOR_ROLES.has(user?.role ?? '');
  const readOnly = yearClosed || !couldEdit;
  const editAction = closedYearAction(couldEdit, yearClosed, detail.fiscal_year);
  const scoreOf = (i: number) => result.indicators.find((s) => s.row === i);
  const setIndicator = (i: number, patch: Partial<Indicator>) => {
    setDirty(true);
    setForm((f) => ({ ...f, indicators: f.indicators.map((ind, k) => (k === i ? { ...ind, ...patch } : ind)) }));
  };
  const rowComments = returnedRowComments(comments.data ?? [], detail.status, form.indicators, commentText);
  const { ownScores, differing, columns } = sheetColumns({
    indicators: form.indicators, readOnly, policy, result, choices, comments: rowComments, setIndicator, setChoices,
    // A group's subtotal line is named as one, and takes no 完成值 or score of its own.
    isSubtotal: (i) => isSubtotalAt(subtotals, i),
  });
  const missingReasons = rowsMissingReason(form.indicators, ownScores).length;
  const empty = hasNoIndicators(form.indicators);
  const pending = !empty && awaitingEntry(form.indicators);
  const total = toSave.total_score ?? 0;
  const totalDiffers = !empty && !pending && Math.abs(total - result.total) > 0.005;
  const reviewErrors = findings.filter((f) => f.severity === 'error').length;
  const blocked = submitBlockReason({ blocker: submitBlocker(toSave), missingReasons, reviewErrors, targetErrors: findings.filter((f) => f.severity === 'error' && isTargetDefinitionFinding(f)).length });
  // The totals card compares the unit's live 总分 with the live 系统核算, as the project sheet's page does.
  const shown = useMemo(() => ({ ...result, reportedTotal: total, mismatch: totalDiffers }), [result, total, totalDiffers]);

  const adoptAll = () => {
    setDirty(true);
    setForm((f) => ({ ...f, indicators: f.indicators.map((ind, i) => (differing[i] ? { ...ind, score: adoptedScore(scoreOf(i)) } : ind)) }));
  };

  const save = (): Promise<boolean> => saveSelfEvaluationSheet({
    id, form: toSave, version, queryClient, modal, message, setVersion, setDirty, setSaving,
    onSaved: () => {
      draft.clear();
      if (missingReasons > 0) message.warning(`已保存：自评总分 ${total}；还有 ${missingReasons} 项未满分未填写偏差原因，补齐后才能提交`);
      else message.success(`已保存：自评总分 ${total}`);
    },
  });
  saveRef.current = save;

  const submit = () => submitSelfEvaluationSheet({
    id, version, queryClient, modal, message, setVersion, dirty, save,
    content: `提交后本表锁定，等待审核验收；自评总分 ${total}${totalDiffers ? `（系统核算总分 ${result.total}，${result.grade}）` : ''}。`,
    comments: detail.status === 'returned' ? comments.data ?? [] : null,
    indicators: form.indicators,
  });


  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Space>
          <Typography.Title level={3} style={{ margin: 0 }}>{form.org ?? detail.org_name ?? '部门整体支出绩效自评'}</Typography.Title>
          <Tag>部门整体支出绩效自评表</Tag>
          <Tag color={STATUS_COLORS[detail.status]}>{statusLabel(detail.status)}</Tag>
          {yearClosed && <YearClosedTag year={detail.fiscal_year ?? form.fiscal_year} />}
        </Space>
        <Space>
          <ExportButtons formId={id} unsaved={dirty} />
          {/* Names, 分值 and 指标值 are the editor's; a closed year's sheet opens read-only there. */}
          <Link to={`/forms/${id}`}>{readOnly ? '在编辑器中查看' : '修改指标（编辑器）'}</Link>
          <SelfEvaluationButtons editAction={editAction} dirty={dirty} saving={saving} blocked={blocked} onSave={() => void save()} onSubmit={submit} />
        </Space>
      </Space>
      {!readOnly && <SheetDraftBanner draft={draft} kind="department_self_evaluation" restore={(kept, keptVersion) => { setForm(kept); setVersion(keptVersion); setDirty(true); }} />}
      <SubmittedTotalsCard form={toSave} policy={policy} score={empty || pending ? null : shown} />
      {empty && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title="本表还没有绩效指标，暂不计总分。"
          description={readOnly ? undefined : <>请先在<Link to={`/forms/${id}`}>编辑器</Link>中添加指标及分值、指标值（或在「导入」上传已填写的自评表），再回到本页填写完成值和自评分。</>}
        />
      )}
      <CommentsList formId={id} indicators={form.indicators} onLocate={locateSelfEvaluationRow} />
      {detail.region_policy_score && <OldPolicyNotice what="自评表" published={{ total: detail.score?.total, grade: detail.score?.grade }} now={detail.region_policy_score} />}
      {detail.period_notice && <Alert type="warning" showIcon title={detail.period_notice} style={{ marginBottom: 8 }} />}
      {missingReasons > 0 && !readOnly && <Alert type="error" showIcon title={`有 ${missingReasons} 项指标未满分，须填写偏差原因后才能提交；可先保存。`} style={{ marginBottom: 8 }} />}
      <SelfEvaluationSheetTable
        title="指标完成情况：自评分与系统核算"
        extra={!readOnly && differing.some(Boolean) && <Button size="small" onClick={adoptAll}>全部采用系统核算</Button>}
        indicators={form.indicators}
        columns={columns}
        comments={rowComments}
        hints={scoringHints(result.issues)}
      />
      <div style={{ marginTop: 12 }}><AttachmentsPanel formId={id} title="佐证材料" noteExample="绩效自评报告" /></div>
      <SelfEvaluationFindingsCard findings={findings} />
    </div>
  );
}
