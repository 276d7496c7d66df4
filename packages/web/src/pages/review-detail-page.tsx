import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Input, Row, Select, Space, Spin, Table, Tag, Tooltip, Typography, Popover } from 'antd';
import { CheckOutlined, RollbackOutlined, GlobalOutlined, CommentOutlined, StopOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { FORM_KIND_LABELS, groupSubtotals, isSubtotalAt, type Indicator } from '@jixiao/core';
import { isFinance, useAuth } from '../api/auth-context';
import { api, errorMessage } from '../api/client';
import { useForm, useOrgs } from '../api/queries';
import { ExportButtons } from '../components/export-buttons';
import { YearClosedTag } from '../components/year-closed-tag';
import { yearClosedReason } from '../lib/year-closed';
import { approveWording, canComment, reviewStep } from './review-step';
import { flashRow } from '../lib/flash-row';
import { columnsWidth } from '../lib/columns-width';
import { openCommentsBy } from './return-reason';
import { draftPlaces, unsentDrafts, withDraft, type DraftKey } from './review-comment-drafts';
import { useUnsentDraftsGuard } from './use-unsent-drafts-guard';
import { ReviewDecisionModal, type Action } from './review-decision-modal';
import { FindingsPanel } from '../editor/findings-panel';
import { isTableFinding } from '../editor/finding-place';
import type { Finding } from '../api/types';
import { FILED_UNDER_HINT, filedUnder } from '../lib/filed-under';
import { COMPARATOR_LABELS, SEVERITY_COLORS, SEVERITY_LABELS, STATUS_COLORS, formatTarget, formatWan, statusLabel, VERSION_HINT } from '../lib/labels';
import { formatDateTime } from '../lib/format-date-time';
import { FormLoadError } from '../components/delete-form-button';
import { commentRow, useComments } from '../components/comments-list';
import { commentLinesByRow, resubmitNotesByVersion, reviewerCommentCount, type CommentLine } from './comment-replies';
import { changeRows, useDiff, useVersions, type ChangeRow } from './review-versions';
import { useFormPolicy } from '../api/use-policy';
import { computedBeside, headerBudgetWan, isSelfEvaluationKind } from './review-self-evaluation';
import { SubmittedTotalsCard, selfEvaluationColumns } from './review-self-evaluation-parts';
import { promoteGaps, promoteWarnings } from './library-promote-warnings';
import { namedPageItem } from '../lib/list-columns';
import { RectificationPanel, useRectification } from '../components/rectification-panel';
import { AttachmentsPanel } from '../components/attachments-panel';
import { SubtotalName } from '../components/subtotal-name';
import { ReviewHeaderFold } from './review-header-fold';
import { formPagePath } from '../lib/form-page-path';
import { ReviewQueueStepper } from './review-queue-stepper';

/** 审核 one form: findings, side-by-side comparison with an earlier version, comments per indicator, decisions. */
// 三级指标 of a self-evaluation's table is never squeezed under this (the table scrolls sideways first).
const NAME_MIN_WIDTH = 160;

export function ReviewDetailPage() {
  const { id = '' } = useParams();
  const { user } = useAuth();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const detail = useForm(id);
  const orgs = useOrgs();
  const versions = useVersions(id);
  const comments = useComments(id);
  const openComments = openCommentsBy(comments.data ?? [], user?.username);
  const [compareTo, setCompareTo] = useState<number | null>(null);
  const diff = useDiff(id, compareTo);
  const [action, setAction] = useState<Action | null>(null);
  // What the reviewer has typed in each comment box and not yet added (review-comment-drafts.ts).
  const [drafts, setDrafts] = useState<ReadonlyMap<DraftKey, string>>(new Map());
  const draft = (key: DraftKey) => drafts.get(key) ?? '';
  const setDraft = (key: DraftKey, text: string) => setDrafts((d) => withDraft(d, key, text));
  // Another form opened in this page: its boxes start empty (a note typed for one form is never shown on another).
  useEffect(() => setDrafts(new Map()), [id]);
  const unsent = unsentDrafts(drafts);
  useUnsentDraftsGuard(unsent.length > 0 ? draftPlaces(unsent) : null);
  // The grade a self-evaluation's total earns depends on the region's policy for the year it is filed under.
  const policy = useFormPolicy(detail.data);
  // 问题整改 of a target (the panel's own query): an approval names the problems the unit left unanswered.
  const isTarget = detail.data?.form.kind === 'project_target' || detail.data?.form.kind === 'department_target';
  const rectification = useRectification(isTarget ? id : undefined);

  const current = detail.data;
  const changes = useMemo(() => (diff.data ? changeRows(diff.data) : []), [diff.data]);
  const changedCells = useMemo(() => {
    const set = new Set<string>();
    for (const c of diff.data?.indicators.changed ?? []) for (const f of c.fields) set.add(`${c.ordinal}:${f.field}`);
    for (const a of diff.data?.indicators.added ?? []) for (const f of ['name', 'weight', 'target']) set.add(`${a.ordinal}:${f}`);
    return set;
  }, [diff.data]);
  // Each reviewer comment with the unit's answer to it (修改说明), and the unit's notes on the whole form.
  const commentsByRow = useMemo(() => commentLinesByRow(comments.data ?? [], commentRow), [comments.data]);
  // 版本对比 lists versions by the step that froze them: each resubmitted one shows the 修改说明 it came with.
  const notesByVersion = useMemo(() => resubmitNotesByVersion(versions.data ?? [], comments.data ?? []), [versions.data, comments.data]);

  const refresh = () => {
    queryClient.invalidateQueries({ queryKey: ['form', id] });
    queryClient.invalidateQueries({ queryKey: ['forms'] });
    queryClient.invalidateQueries({ queryKey: ['versions', id] });
    queryClient.invalidateQueries({ queryKey: ['comments', id] });
  };

  const addComment = async (row: number | null, text: string) => {
    if (!text.trim()) {
      message.warning('请填写批注内容');
      return false;
    }
    try {
      await api.post(`/api/forms/${id}/comments`, { indicator: row, body: text.trim() });
      message.success('批注已添加');
      queryClient.invalidateQueries({ queryKey: ['comments', id] });
      return true;
    } catch (error) {
      message.error(errorMessage(error));
      return false;
    }
  };

  const promote = (row: number, name: string) => {
    const warnings = promoteWarnings(current?.findings ?? [], row);
    const ind = current?.form.indicators[row];
    const gaps = ind ? promoteGaps(ind) : [];
    const count = warnings.length + gaps.length;
    modal.confirm({
      title: `将「${name}」纳入指标库？`,
      width: count > 0 ? 560 : undefined,
      content: (
        <>
          <Typography.Paragraph>纳入后，各单位编制目标时可在指标库中检索并引用此指标。指标按本行现有的分类、计量单位和指标性质纳入，纳入后可在「指标库 → 维护指标库」中修改。</Typography.Paragraph>
          {count > 0 && (
            <Alert
              type={warnings.some((f) => f.severity === 'error') ? 'error' : 'warning'}
              showIcon
              title={`本行还有 ${count} 个问题，纳入前请确认：`}
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {warnings.map((f, i) => (
                    <li key={i}>
                      <Tag color={SEVERITY_COLORS[f.severity]}>{SEVERITY_LABELS[f.severity]}</Tag>
                      {f.message}
                    </li>
                  ))}
                  {gaps.map((g) => (
                    <li key={g}>
                      <Tag color={SEVERITY_COLORS.warning}>分类</Tag>
                      {g}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
        </>
      ),
      okText: count > 0 ? '仍然纳入' : '纳入',
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.post(`/api/forms/${id}/indicators/${row}/promote`, {});
          message.success(`已将「${name}」纳入指标库`);
          queryClient.invalidateQueries({ queryKey: ['library'] });
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    });
  };

  /** A finding's row: scrolled into view and flashed, so the reviewer sees what it is about. */
  const showRow = (f: Finding) => {
    if (f.row === null) {
      // A weight total or a missing 效益指标 is about the indicator table as a whole; header fields are in view above.
      if (isTableFinding(f)) document.querySelector<HTMLElement>('.review-indicators')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      return;
    }
    flashRow(`.review-indicators tr[data-row-key="${f.row}"]`, 0);
  };


  if (detail.isLoading) return <Spin description="正在加载…"><div style={{ height: 200 }} /></Spin>;
  if (detail.error || !current) return <FormLoadError error={detail.error} formId={id} />;
  const form = current.form;
  const finance = isFinance(user);
  const filed = filedUnder(current, form);
  // Mirrors the server's workflow, so a reviewer is offered only the decisions that are theirs.
  const step = reviewStep(user?.role, current.status, form.kind, current.org ?? form.org_code ?? null, orgs.data?.items ?? []);
  // A unit opening its own submitted form sees the review's state and comments, without the reviewer's tools.
  // A closed year's form is read, exported and printed, never decided on or commented (the server answers year_closed).
  const yearClosed = current.year_closed === true;
  const closedReason = yearClosed ? yearClosedReason(current.fiscal_year ?? form.fiscal_year) : undefined;
  const commenting = canComment(user?.role) && !yearClosed;
  const selfEvaluation = isSelfEvaluationKind(form.kind);

  // The current version's score-tree subtotal lines (部门整体 sheets): tagged in its table, as on the unit's page.
  const subtotals = groupSubtotals(form);
  const indicatorColumns = (highlight: boolean) => [
    { title: '#', width: selfEvaluation ? 36 : 40, render: (_: unknown, __: Indicator, i: number) => i + 1 },
    { title: '一级', dataIndex: 'level1', width: selfEvaluation ? 76 : 80 },
    { title: '二级', dataIndex: 'level2', width: selfEvaluation ? 80 : 100 },
    {
      title: '三级指标',
      render: (_: unknown, ind: Indicator, i: number) => (highlight && isSubtotalAt(subtotals, i) ? <SubtotalName name={ind.name} /> : (
        <span className={highlight && changedCells.has(`${i}:name`) ? 'diff-new' : undefined}>{ind.name}</span>
      )),
    },
    {
      title: '权重',
      width: 60,
      align: 'right' as const,
      render: (_: unknown, ind: Indicator, i: number) => <span className={highlight && changedCells.has(`${i}:weight`) ? 'diff-new' : undefined}>{ind.weight ?? ''}</span>,
    },
    {
      title: '指标值',
      width: selfEvaluation ? 110 : 130,
      render: (_: unknown, ind: Indicator, i: number) => (
        <span className={highlight && (changedCells.has(`${i}:target`) || changedCells.has(`${i}:comparator`) || changedCells.has(`${i}:unit`)) ? 'diff-new' : undefined}>
          {ind.comparator === 'qualitative' ? `${COMPARATOR_LABELS.qualitative}：` : ''}
          {formatTarget(ind.comparator, ind.target, ind.unit)}
        </span>
      ),
    },
  ];

  // A self-evaluation's 偏差原因 is what the reviewer weighs a shortfall by: its table narrows the target columns so the
  // reasons get room and the whole fits 1366×768 (scroll.x from the columns; 三级指标 never under NAME_MIN_WIDTH).
  const tableColumns = [
    ...indicatorColumns(true),
    ...(selfEvaluation ? selfEvaluationColumns(computedBeside(form, current.score), policy.qualitativeBands) : []),
    ...(finance && ['approved', 'published'].includes(current.status)
      ? [
          {
            title: '指标库',
            width: 80,
            render: (_: unknown, ind: Indicator, i: number) => (
              <Button size="small" aria-label={`第 ${i + 1} 行纳入指标库`} onClick={() => promote(i, ind.name)}>纳入</Button>
            ),
          },
        ]
      : []),
    {
      title: '批注',
      width: 64,
      // The reviewer's tool on each row: kept in view when a self-evaluation's wide table scrolls sideways.
      fixed: 'right' as const,
      render: (_: unknown, __: Indicator, i: number) => {
        const list = commentsByRow.get(i) ?? [];
        const count = reviewerCommentCount(list);
        if (!commenting) return list.length > 0 ? <Popover trigger="click" title={`第 ${i + 1} 行批注`} content={<div style={{ width: 300 }}><CommentLines lines={list} /></div>}><Button size="small" aria-label={`第 ${i + 1} 行批注`} icon={<CommentOutlined />}>{count || ''}</Button></Popover> : null;
        return (
          <Popover
            trigger="click"
            title={`第 ${i + 1} 行批注`}
            content={
              <div style={{ width: 300 }}>
                <CommentLines lines={list} />
                <Input.TextArea
                  aria-label={`第 ${i + 1} 行批注内容`}
                  rows={3}
                  value={draft(i)}
                  onChange={(e) => setDraft(i, e.target.value)}
                />
                <Button
                  size="small"
                  type="primary"
                  style={{ marginTop: 6 }}
                  onClick={async () => {
                    if (await addComment(i, draft(i))) setDraft(i, '');
                  }}
                >
                  添加批注
                </Button>
              </div>
            }
          >
            <Button size="small" aria-label={`第 ${i + 1} 行批注`} icon={<CommentOutlined />}>{count || ''}</Button>
          </Popover>
        );
      },
    },
  ];

  return (
    <div className="page">
      <ReviewQueueStepper id={id} />
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Space>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {('project_name' in form && form.project_name) || FORM_KIND_LABELS[form.kind]}
          </Typography.Title>
          <Tag color={STATUS_COLORS[current.status]}>{statusLabel(current.status)}</Tag>
          <Typography.Text type="secondary">{filed.label} · <span title={VERSION_HINT}>保存版本 {current.version}</span>{form.kind !== 'department_self_evaluation' && ` · 预算 ${formatWan(headerBudgetWan(form))}`}</Typography.Text>
          {filed.documentNote && <Tooltip title={FILED_UNDER_HINT}><Tag>{filed.documentNote}</Tag></Tooltip>}
          {yearClosed && <YearClosedTag year={current.fiscal_year ?? form.fiscal_year} />}
        </Space>
        <Space>
          <ExportButtons formId={id} />
          <Link className="no-print" to={formPagePath(form.kind, id)}>填报视图</Link>
          {step.canReturn && <Tooltip title={closedReason}><Button danger icon={<RollbackOutlined />} disabled={yearClosed} onClick={() => setAction('return')}>退回</Button></Tooltip>}
          {step.canReturn && (
            <Tooltip title={closedReason ?? step.approveBlocked ?? undefined}>
              <Button type="primary" icon={<CheckOutlined />} disabled={yearClosed || !!step.approveBlocked} onClick={() => setAction('approve')}>{approveWording(step.forwardsToFinance, current.version).button}</Button>
            </Tooltip>
          )}
          {finance && current.status === 'approved' && <Tooltip title={closedReason}><Button type="primary" icon={<GlobalOutlined />} disabled={yearClosed} onClick={() => setAction('publish')}>公开</Button></Tooltip>}
          {finance && current.status === 'published' && <Tooltip title={closedReason}><Button danger icon={<StopOutlined />} disabled={yearClosed} onClick={() => setAction('unpublish')}>撤回公开</Button></Tooltip>}
        </Space>
      </Space>
      {step.note && <Alert type="info" showIcon title={step.note} style={{ marginBottom: 8 }} />}
      <ReviewHeaderFold form={form} />
      {selfEvaluation && <SubmittedTotalsCard form={form} policy={policy} score={current.score} />}
      {!selfEvaluation && <RectificationPanel formId={id} />}
      <Row gutter={12}>
        {/* A self-evaluation's table is four columns wider: full width, with the findings and comments below it. */}
        <Col span={selfEvaluation ? 24 : 17}>
          <Card
            size="small"
            title="版本对比"
            extra={
              <Select
                className="no-print"
                aria-label="对比的历史版本"
                placeholder={versions.data?.length ? '选择要对比的历史版本' : '暂无历史版本'}
                style={{ width: 260 }}
                allowClear
                value={compareTo ?? undefined}
                onChange={(v) => setCompareTo(v ?? null)}
                options={(versions.data ?? [])
                  .filter((v) => v.version !== current.version)
                  .map((v) => ({ value: v.version, label: `第 ${v.version} 版 ${v.status ? statusLabel(v.status) : ''} ${v.created_at ? formatDateTime(v.created_at) : ''}${notesByVersion.has(v.version) ? ' · 附修改说明' : ''}` }))}
              />
            }
          >
            {compareTo !== null && (
              <div style={{ marginBottom: 12 }}>
                {diff.error && <Alert type="error" showIcon title={errorMessage(diff.error)} />}
                <Table<ChangeRow>
                  size="small"
                  rowKey="key"
                  loading={diff.isLoading}
                  dataSource={changes}
                  pagination={{ pageSize: 8, hideOnSinglePage: true, itemRender: namedPageItem }}
                  locale={{ emptyText: `与第 ${compareTo} 版相比没有变化` }}
                  title={() => `与第 ${compareTo} 版相比共 ${changes.length} 处变化（左：第 ${compareTo} 版；右：当前第 ${current.version} 版）`}
                  columns={[
                    { title: '位置', dataIndex: 'where', width: 200 },
                    { title: '字段', dataIndex: 'field', width: 110 },
                    { title: `第 ${compareTo} 版`, render: (_, c) => <span className="diff-old">{c.before}</span> },
                    { title: '当前版本', render: (_, c) => <span className="diff-new">{c.after}</span> },
                  ]}
                />
                {[...notesByVersion].filter(([v]) => v > compareTo && v <= current.version).map(([v, lines]) => (
                  <div key={v} style={{ marginTop: 8 }}>
                    <Typography.Text strong>第 {v} 版提交时单位的修改说明</Typography.Text>
                    {lines.map((l, k) => <p key={k} style={{ margin: '2px 0 0 14px' }}>{l}</p>)}
                  </div>
                ))}
              </div>
            )}
            <Typography.Text strong>当前（第 {current.version} 版）</Typography.Text>
            <Table<Indicator>
              size="small"
              rowKey={(_, i) => String(i)}
              pagination={false}
              dataSource={form.indicators}
              className="review-indicators"
              // A self-evaluation adds four columns: scrolled sideways rather than squeezing 三级指标 to a letter a line.
              scroll={{ x: selfEvaluation ? columnsWidth(tableColumns, NAME_MIN_WIDTH) : undefined, y: 480 }}
              columns={tableColumns}
            />
          </Card>
        </Col>
        <Col span={selfEvaluation ? 24 : 7} style={selfEvaluation ? { marginTop: 12 } : undefined}>
          <Card size="small" title="自动审核" style={{ marginBottom: 12 }}>
            <FindingsPanel findings={current.findings} onPick={showRow} />
          </Card>
          <Card size="small" title="整表意见">
            <CommentLines lines={commentsByRow.get(null) ?? []} />
            {commenting ? (
              <>
                <Input.TextArea className="no-print" aria-label="整表意见" rows={3} value={draft('form')} onChange={(e) => setDraft('form', e.target.value)} />
                <Button size="small" style={{ marginTop: 6 }} onClick={async () => { if (await addComment(null, draft('form'))) setDraft('form', ''); }}>添加意见</Button>
              </>
            ) : (
              <Typography.Text type="secondary">审核意见由主管部门或财政审核人员填写，本页只供查看；如需说明，请在表单退回后修改，重新提交时逐条填写修改说明。</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      <div style={{ marginTop: 12 }}><AttachmentsPanel formId={id} title={selfEvaluation ? '佐证材料' : '附件'} showEmpty /></div>
      <ReviewDecisionModal
        key={id}
        formId={id}
        action={action}
        version={current.version}
        errors={current.findings.filter((f) => f.severity === 'error').length}
        openComments={openComments}
        unsentComments={unsent}
        openProblems={rectification.data?.open}
        selfEvaluation={selfEvaluation}
        forwardsToFinance={step.forwardsToFinance}
        onClose={() => setAction(null)}
        onDone={refresh}
      />
    </div>
  );
}

/** Reviewers' comments as a list; the unit's answers and notes (修改说明) set in under them, in the answer's grey. */
function CommentLines({ lines }: { lines: readonly CommentLine[] }) {
  return lines.map((l, k) =>
    l.answer ? <p key={k} style={{ paddingLeft: 14, color: 'rgba(0,0,0,0.55)' }}>{l.text}</p> : <p key={k}>· {l.text}</p>,
  );
}
