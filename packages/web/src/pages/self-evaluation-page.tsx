import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Input, InputNumber, Row, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  gradeOf, scoreSelfEvaluation, submitBlocker, withConventionalWeights,
  isTargetDefinitionFinding, type Indicator, type ProjectSelfEvaluation, type QualitativeChoice,
} from '@jixiao/core';
import { useAuth } from '../api/auth-context';
import { useForm } from '../api/queries';
import { CommentsList, commentText, useComments } from '../components/comments-list';
import { returnedRowComments } from '../editor/comment-anchor';
import { useFormPolicy } from '../api/use-policy';
import { STATUS_COLORS, statusLabel } from '../lib/labels';
import { useUnsavedGuard } from '../editor/use-unsaved-guard';
import { useSaveShortcut } from '../editor/use-save-shortcut';
import { SheetDraftBanner, useDraftBackup } from '../editor/use-draft-backup';
import { locateSelfEvaluationRow } from './self-evaluation-focus';
import { SelfEvaluationTexts } from './self-evaluation-texts';
import { DerivationTip } from './self-evaluation-parts';
import { hasNoIndicators, rowsMissingReason, submitBlockReason } from './self-evaluation-rows';
import { adoptedScore, awaitingEntry, followRuleScores, ownBudgetScore, ownTotal, scoringHints, sheetToSave } from './self-evaluation-own-scores';
import { SelfEvaluationFindingsCard, SelfEvaluationSheetTable, sheetColumns } from './self-evaluation-sheet';
import { saveSelfEvaluationSheet, submitSelfEvaluationSheet } from './self-evaluation-actions';
import { SelfEvaluationButtons } from './self-evaluation-buttons';
import { provisionalNote, scoreGaps, submitGapNote } from './self-evaluation-gaps';
import { ExportButtons } from '../components/export-buttons';
import { useLiveReview } from '../editor/use-live-review';
import { storedPicks } from './self-evaluation-bands';
import { budgetReasonRequired, withBudgetAmount } from './self-evaluation-budget';
import { DeleteFormButton, FormLoadError, canDeleteForm } from '../components/delete-form-button';
import { YearClosedTag } from '../components/year-closed-tag';
import { closedYearAction, yearClosedReason } from '../lib/year-closed';
import { SelfEvaluationList } from './self-evaluation-list';
import { DepartmentSelfEvaluationView } from './department-self-evaluation-view';
import { AttachmentsPanel } from '../components/attachments-panel';
import { OldPolicyNotice } from './old-policy-notice';
import { UnitWeightsNotice } from './self-evaluation-unit-weights';

// At 1366 px the table fits its 1104 px box with 三级指标 at this width, wrapping long names.

const EDITABLE = new Set(['draft', 'returned']);
const EDITOR_ROLES = new Set(['unit_editor', 'finance_reviewer']);
const NO_ROWS: readonly number[] = [];

/**
 * 绩效自评: actual values in; the unit's 自评分 (prefilled with the rules' score where it gives none) beside the
 * system's 系统核算 with its derivation; the unit's total and grade out, as it states them.
 */
export function SelfEvaluationPage() {
  const { id } = useParams();
  if (!id) return <SelfEvaluationList />;
  return <SelfEvaluationEditor id={id} />;
}

function SelfEvaluationEditor({ id }: { id: string }) {
  const { message, modal } = App.useApp();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const detail = useForm(id);
  const comments = useComments(id);
  const [form, setForm] = useState<ProjectSelfEvaluation | null>(null);
  const [version, setVersion] = useState(0);
  const [choices, setChoices] = useState<Record<number, QualitativeChoice>>({});
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  // The guard runs before the early returns below; it reaches the save defined after them through this ref.
  const saveRef = useRef<() => Promise<boolean>>(async () => false);
  const [deleted, setDeleted] = useState(false);
  const navigate = useNavigate();
  // The entries are kept in this browser until saved, as in the target editor: a sheet of 完成值 typed for longer than the
  // session's idle limit was lost when 保存 met the login screen.
  const mayEdit = EDITABLE.has(detail.data?.status ?? '') && EDITOR_ROLES.has(user?.role ?? '') && detail.data?.year_closed !== true;
  const draft = useDraftBackup({ formId: id, username: user?.username, serverForm: detail.data?.form, form, version, dirty: dirty && !deleted, editable: mayEdit });
  useUnsavedGuard(dirty && !deleted, () => saveRef.current(), draft.clear);
  // Ctrl+S saves here as in the target editor: a clerk used to it lost a sheet of 完成值 pressing it on this page.
  useSaveShortcut(dirty && !deleted && !saving, () => saveRef.current());
  // After a delete the form is gone: back to the list, once the guard has seen it is no longer dirty.
  useEffect(() => {
    if (deleted) navigate('/self-evaluation');
  }, [deleted, navigate]);

  // The policy of the org and year the form is filed under, as the server scores it.
  const policy = useFormPolicy(detail.data, form?.org_code, form?.fiscal_year);
  const policyNow = useRef(policy);
  policyNow.current = policy;
  useEffect(() => {
    const data = detail.data;
    if (!data || data.form.kind !== 'project_self_evaluation') return;
    setForm(followRuleScores(data.form, scoreSelfEvaluation(data.form, { policy: policyNow.current })));
    setDirty(false);
    setVersion(data.version);
  }, [detail.data]);
  // The picks the stored scores imply under the region's cut-offs. The policy may arrive after the form: the picks
  // follow it until the clerk changes something, and a newly loaded form always resets them.
  const picksFor = useRef<unknown>(null);
  const dirtyNow = useRef(dirty);
  dirtyNow.current = dirty;
  useEffect(() => {
    const data = detail.data;
    if (!data || data.form.kind !== 'project_self_evaluation') return;
    if (picksFor.current !== data || !dirtyNow.current) setChoices(storedPicks(data.form.indicators, policy.qualitativeBands));
    picksFor.current = data;
  }, [detail.data, policy]);
  // The system's 系统核算: the rules' scores of the sheet as the unit fills it (a band pick's or hand score it states stands).
  const result = useMemo(() => (form ? scoreSelfEvaluation(form, { policy, choices }) : null), [form, choices, policy]);
  // The sheet as it would be saved: the unit's 自评分 as typed (prefills written in) and its own total. A score outside
  // its band or above the weight stays as typed: the review reports it (rules.md §2) instead of the page saving another.
  const scoredForm = useMemo<ProjectSelfEvaluation | null>(() => (form && result ? sheetToSave(form, result, policy) : null), [form, result, policy]);
  const serverFindings = useMemo(() => detail.data?.findings ?? [], [detail.data]);
  const findings = useLiveReview(scoredForm, serverFindings, 300, policy, detail.data?.review_options, detail.data?.review_data);

  if (detail.isLoading) return <Spin description="正在加载…"><div style={{ height: 200 }} /></Spin>;
  if (detail.error) return <FormLoadError error={detail.error} formId={id} />;
  if (detail.data?.form.kind === 'department_self_evaluation') return <DepartmentSelfEvaluationView id={id} detail={detail.data} form={detail.data.form} />;
  if (detail.data && detail.data.form.kind !== 'project_self_evaluation') return <Alert type="warning" showIcon title="此表不是自评表。" action={<Link to={`/forms/${id}`}>打开编辑器</Link>} />;
  if (!form || !result) return null;

  // Reviewers read a self-evaluation and decide on the review page; only the roles that may save edit it.
  // A closed year's sheet is read-only for everyone (the server refuses every write with year_closed).
  const yearClosed = detail.data?.year_closed === true;
  const couldEdit = EDITABLE.has(detail.data?.status ?? '') && EDITOR_ROLES.has(user?.role ?? '');
  const readOnly = yearClosed || !couldEdit;
  // Save and submit stay in sight on a closed year's sheet, disabled with why, for whoever could use them were it open.
  const editAction = closedYearAction(couldEdit, yearClosed, detail.data?.fiscal_year);
  const setIndicator = (i: number, patch: Partial<Indicator>) => {
    setDirty(true);
    setForm((f) => (f ? { ...f, indicators: f.indicators.map((ind, k) => (k === i ? { ...ind, ...patch } : ind)) } : f));
  };
  const budget = form.budget ?? { initial_wan: null, adjusted_wan: null, executed_wan: null, execution_rate: null, weight: null, score: null, reason: null };
  const setBudget = (patch: Partial<typeof budget>) => {
    setDirty(true);
    setForm((f) => (f ? { ...f, budget: { ...budget, ...patch } } : f));
  };
  const scoreOf = (i: number) => result.indicators.find((s) => s.row === i);
  // The unit's statement decides what it owes (偏差原因) and what it submits: its own scores and total.
  const budgetOwn = ownBudgetScore(form, result);
  const budgetDiffers = budgetOwn != null && result.budget.score != null && Math.abs(budgetOwn - result.budget.score) > 0.005;
  const total = ownTotal(form, result);
  const grade = gradeOf(total, policy);
  const budgetReasonMissing = budgetReasonRequired(budget, budgetOwn, policy.budgetExecutionWeight, policy.budgetReasonBelowRate) && !budget.reason?.trim();
  const rowComments = returnedRowComments(comments.data ?? [], detail.data?.status, form.indicators, commentText);
  // The rows whose 分值 the approved target left to the unit: typed here or 按常规分配分值; the rules score them at once.
  const unitRows = detail.data?.unit_weight_rows ?? NO_ROWS;
  const applyWeights = (weights: Array<{ row: number; weight: number }>) => {
    setDirty(true);
    setForm((f) => (f ? { ...f, indicators: withConventionalWeights(f.indicators, weights) } : f));
  };
  const { ownScores, differing, columns } = sheetColumns({ indicators: form.indicators, readOnly, policy, result, choices, unitWeightRows: unitRows, comments: rowComments, setIndicator, setChoices });
  const missingReasons = rowsMissingReason(form.indicators, ownScores).length + (budgetReasonMissing ? 1 : 0);
  const empty = hasNoIndicators(form.indicators);
  const pending = !empty && awaitingEntry(form.indicators);
  const totalDiffers = !empty && !pending && Math.abs(total - result.total) > 0.005;
  const gaps = scoreGaps(form.indicators, ownScores, budgetOwn);
  // Filled in part: the total and grade count the missing parts as 0, so they are marked 暂计 with what is missing.
  const provisional = empty || pending ? null : provisionalNote(gaps, total);
  const adoptAll = () => {
    setDirty(true);
    setForm((f) => (f ? {
      ...f,
      indicators: f.indicators.map((ind, i) => (differing[i] ? { ...ind, score: adoptedScore(scoreOf(i)) } : ind)),
      budget: f.budget && budgetDiffers ? { ...f.budget, score: result.budget.status === 'computed' ? null : result.budget.score } : f.budget,
    } : f));
  };
  const hints = scoringHints(result.issues, unitRows);
  const reviewErrors = findings.filter((f) => f.severity === 'error').length;
  const blocked = submitBlockReason({ blocker: submitBlocker(form, unitRows), missingReasons, reviewErrors, targetErrors: findings.filter((f) => f.severity === 'error' && isTargetDefinitionFinding(f, unitRows)).length });

  const save = (): Promise<boolean> => saveSelfEvaluationSheet({
    id: id!, form: scoredForm, version, queryClient, modal, message, setVersion, setDirty, setSaving,
    onSaved: () => {
      draft.clear();
      if (empty) message.success('已保存；本表还没有绩效指标，暂不计总分和等级');
      else if (missingReasons > 0) message.warning(`已保存：自评总分 ${total}，等级「${grade}」；还有 ${missingReasons} 项未填写偏差原因，补齐后才能提交`);
      else message.success(`已保存：自评总分 ${total}，等级「${grade}」`);
    },
  });
  saveRef.current = save;

  // Submitting sends the scored self-evaluation to the reviewers; unsaved entries are saved first.
  const submit = () => submitSelfEvaluationSheet({
    id: id!, version, queryClient, modal, message, setVersion, dirty, save,
    content: `提交后本表锁定，等待审核验收；自评总分 ${total}，等级「${grade}」${totalDiffers ? `（系统核算总分 ${result.total}，${result.grade}）` : ''}。${submitGapNote(gaps)}`,
    comments: detail.data?.status === 'returned' ? comments.data ?? [] : null,
    indicators: form.indicators,
  });

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Space>
          <Typography.Title level={3} style={{ margin: 0 }}>{form.project_name ?? '项目支出绩效自评'}</Typography.Title>
          <Tag color={STATUS_COLORS[detail.data?.status ?? 'draft']}>{statusLabel(detail.data?.status ?? 'draft')}</Tag>
          {yearClosed && <YearClosedTag year={detail.data?.fiscal_year} />}
        </Space>
        <Space>
          <ExportButtons formId={id} unsaved={dirty} />
          {!yearClosed && canDeleteForm(user?.role, detail.data?.status ?? '') && (
            <DeleteFormButton
              form={{ id, version, kind: form.kind, status: detail.data?.status ?? 'draft', project_name: form.project_name, org_name: detail.data?.org_name ?? form.org, fiscal_year: detail.data?.fiscal_year ?? form.fiscal_year, indicators: form.indicators.length }}
              onDeleted={() => { draft.clear(); setDeleted(true); }}
              onRestored={() => navigate(`/self-evaluation/${id}`)}
            />
          )}
          <SelfEvaluationButtons editAction={editAction} dirty={dirty} saving={saving} blocked={blocked} onSave={() => void save()} onSubmit={submit} />
        </Space>
      </Space>
      {yearClosed && <Alert type="info" showIcon title={yearClosedReason(detail.data?.fiscal_year)} style={{ marginBottom: 8 }} />}
      {!readOnly && <SheetDraftBanner draft={draft} kind="project_self_evaluation" restore={(kept, keptVersion) => { setForm(kept); setVersion(keptVersion); setDirty(true); }} />}
      {detail.data?.region_policy_score && <OldPolicyNotice what="自评表" published={{ total: detail.data.score?.total, grade: detail.data.score?.grade }} now={detail.data.region_policy_score} />}
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col span={12}>
          <Card size="small" title="预算执行情况（万元）">
            <Descriptions size="small" column={2} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
              {([['initial_wan', '年初预算数'], ['adjusted_wan', '全年预算数'], ['executed_wan', '全年执行数']] as const).map(([key, label]) => (
                <Descriptions.Item key={key} label={label}>
                  <InputNumber aria-label={label} disabled={readOnly} value={budget[key]} onChange={(v) => { setDirty(true); setForm((f) => (f ? { ...f, budget: withBudgetAmount(budget, key, v ?? null) } : f)); }} style={{ width: 120 }} />
                </Descriptions.Item>
              ))}
              <Descriptions.Item label="得分">
                {budgetDiffers ? budgetOwn : <DerivationTip d={result.budget.derivation}>{budgetOwn ?? '—'}</DerivationTip>} / {policy.budgetExecutionWeight}
                {budgetDiffers && (
                  <>
                    {'　系统核算 '}
                    <DerivationTip d={result.budget.derivation}><span style={{ color: '#cf1322', fontWeight: 600 }}>{result.budget.score}</span></DerivationTip>
                    {!readOnly && <Button size="small" type="link" onClick={() => setBudget({ score: result.budget.status === 'computed' ? null : result.budget.score })}>采用系统核算</Button>}
                  </>
                )}
              </Descriptions.Item>
              <Descriptions.Item label="偏差原因" span={2}>
                <Input
                  aria-label="预算执行偏差原因"
                  readOnly={readOnly}
                  status={budgetReasonMissing ? 'error' : undefined}
                  placeholder={budgetReasonMissing ? `执行率低于 ${policy.budgetReasonBelowRate}%，必填` : `执行率低于 ${policy.budgetReasonBelowRate}% 时必填`}
                  value={budget.reason ?? ''}
                  onChange={(e) => setBudget({ reason: e.target.value || null })}
                />
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        {/* No indicators, nothing scored: a dash; nothing entered yet: 待填报, not 0.00 and a failing grade. */}
        <Col span={4}>
          <Card size="small"><Statistic title={provisional ? <>自评总分 <Tag color="orange">暂计</Tag></> : '自评总分'} value={empty ? '—' : pending ? '待填报' : total} precision={empty || pending ? undefined : 2} styles={totalDiffers ? { content: { color: '#cf1322' } } : undefined} /></Card>
        </Col>
        <Col span={4}>
          <Card size="small"><Statistic title={provisional ? <>等级 <Tag color="orange">暂计</Tag></> : '等级'} value={empty ? '—' : pending ? '待填报' : grade} styles={{ content: { color: empty || pending ? undefined : grade === '差' ? '#cf1322' : '#389e0d' } }} /></Card>
        </Col>
        <Col span={4}>
          <Card size="small" style={totalDiffers ? { borderColor: '#ff4d4f', background: '#fff1f0' } : undefined}>
            <Statistic title={provisional ? <>系统核算总分 <Tag color="orange">暂计</Tag></> : '系统核算总分'} value={empty ? '—' : pending ? '待填报' : result.total} precision={empty || pending ? undefined : 2} suffix={empty || pending ? undefined : <span style={{ fontSize: 14 }}>{result.grade}</span>} />
          </Card>
        </Col>
      </Row>
      {empty && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title="本表还没有绩效指标，暂不计总分和等级。"
          description={readOnly ? undefined : '请打开已批复或已公开的项目支出绩效目标表，点击「开始年终自评」（带入指标、指标值和预算），或在「导入」上传已填写的自评表；填入指标及完成值后才能提交。'}
        />
      )}
      <CommentsList formId={id} indicators={form.indicators} onLocate={locateSelfEvaluationRow} />
      {detail.data?.period_notice && <Alert type="warning" showIcon title={detail.data.period_notice} style={{ marginBottom: 8 }} />}
      {totalDiffers && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`自评总分 ${total}（${grade}）与系统核算总分 ${result.total}（${result.grade}）不一致：不一致的自评分已在「系统核算」列标红，悬停可见计算过程。`}
          description={readOnly ? undefined : '保存时按填写的自评分保存，导出时合计下方另印系统核算总分；如核算无误，可逐行或全部「采用系统核算」。'}
          action={readOnly ? undefined : <Button size="small" onClick={adoptAll}>全部采用系统核算</Button>}
        />
      )}
      {provisional && !readOnly && <Alert type="info" showIcon className="provisional-total" title={provisional} style={{ marginBottom: 8 }} />}
      {missingReasons > 0 && !readOnly && <Alert type="error" showIcon title={`有 ${missingReasons} 项${budgetReasonMissing ? '（含预算执行）' : '指标'}未满分，须填写偏差原因后才能提交；可先保存。`} style={{ marginBottom: 8 }} />}
      <UnitWeightsNotice form={form} rows={unitRows} policy={policy} readOnly={readOnly} onApply={applyWeights} />
      <SelfEvaluationSheetTable title="指标完成情况" indicators={form.indicators} columns={columns} comments={rowComments} hints={hints} />
      <SelfEvaluationTexts
        form={form}
        total={total}
        policy={policy}
        readOnly={readOnly}
        onChange={(patch) => { setDirty(true); setForm((f) => (f ? { ...f, ...patch } : f)); }}
      />
      <div style={{ marginTop: 12 }}><AttachmentsPanel formId={id!} title="佐证材料" noteExample="项目验收报告" /></div>
      <SelfEvaluationFindingsCard findings={findings} unitWeightRows={unitRows} />
    </div>
  );
}
