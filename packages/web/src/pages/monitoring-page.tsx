import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, InputNumber, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  DEFAULT_POLICY, monitoringPeriodIssue, monitoringPeriodNotice, notStartedRefusal, reportLights,
  type MonitoringIndicator, type MonitoringReport,
} from '@jixiao/core';
import { ApiError, api, errorMessage } from '../api/client';
import { confirmOverwrite } from '../lib/confirm-overwrite';
import { optionalGet, useForm, usePagedForms } from '../api/queries';
import { useFormPolicy } from '../api/use-policy';
import { LightDot } from '../components/light-dot';
import { STATUS_COLORS, formatWan, statusLabel } from '../lib/labels';
import { Link, useSearchParams } from 'react-router-dom';
import { useAuth } from '../api/auth-context';
import { useUnsavedGuard } from '../editor/use-unsaved-guard';
import { useSaveShortcut } from '../editor/use-save-shortcut';
import { LightExplanation, NoteField, formatProgress, monitoringBody, reportFromTarget } from './monitoring-parts';
import { enterToNextRow } from '../lib/enter-to-next-input';
import { monitoringRights } from './monitoring-checks';
import { FindingNotes, MonitoringReviewCard } from './monitoring-finding-notes';
import { findingStatus, findingsAt, monitoringFindings, monitoringSubmitBlockReason } from './monitoring-findings';
import { MonitoringIndicatorTable } from './monitoring-indicator-table';
import { MonitoringReviewActions } from './monitoring-review-actions';
import { MonitoringExportButton } from './monitoring-export-button';
import { defaultMonitoringYear, listAudience } from './monitoring-queue';
import { useQueueYears } from './monitoring-queue-list';
import { MonitoringProjectPicker } from './monitoring-project-picker';
import { OwnMonthsField } from './monitoring-own-months';
import { PERIOD_STANDING_LABELS, periodAhead, periodStanding } from './monitoring-periods';
import { ReviewerMonitoringLists } from './monitoring-reviewer-lists';
import { UnitMonitoringLists } from './monitoring-unit-lists';
import { MonitoringImportModal } from './monitoring-import-modal';
import { YearClosedTag } from '../components/year-closed-tag';
import { closedYearAction, yearClosedReason } from '../lib/year-closed';

/** One stored monitoring table (GET /api/forms/{id}/monitoring), lights computed by the server. */
interface StoredReport {
  id: number;
  form_id: number;
  month: number;
  status: string;
  version: number;
  report: MonitoringReport;
  decision: string | null;
  /** The reviewer's last comment: why the table was returned. */
  note?: string | null;
  /** The server's warning when the table's period has not come or not ended yet. */
  period_notice?: string | null;
  /** Why the project is on the 重点监控 list (red rows named); empty when it is not. */
  key_reasons?: string[];
  /** The form's fiscal year is closed (年度与政策): the table is read and exported only. */
  year_closed?: boolean;
}

function useReports(formId: string | undefined) {
  return useQuery({
    queryKey: ['monitoring', formId],
    enabled: !!formId,
    queryFn: async ({ signal }) => (await optionalGet<{ items: StoredReport[] }>(`/api/forms/${formId}/monitoring`, undefined, signal))?.items ?? [],
  });
}

/** 运行监控 (双监控): budget executed and indicator progress for a period, lights, and the 重点监控 list. */
export function MonitoringPage() {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [chosenYear, setYear] = useState<number | null>(null);
  const [month, setMonth] = useState(DEFAULT_POLICY.monitoring.periods[1] ?? 7);
  const [formId, setFormId] = useState<string | undefined>();
  // Monitored projects are the approved target forms; the picker searches them on the server.
  const approved = usePagedForms({ kind: 'project_target', status: 'approved' }, 1, 50);
  const published = usePagedForms({ kind: 'project_target', status: 'published' }, 1, 50);
  const monitored = useMemo(() => [...(approved.data?.items ?? []), ...(published.data?.items ?? [])], [approved.data, published.data]);
  const noProjects = !approved.isLoading && !published.isLoading && monitored.length === 0;
  const target = useForm(formId);
  const { user } = useAuth();
  const lists = listAudience(user?.role);
  // Until the user picks a year: the latest year with a table waiting for them, else with tables or projects.
  const queueYears = useQueueYears(lists !== null);
  const projectYears = useMemo(() => monitored.flatMap((f) => (f.fiscal_year ? [f.fiscal_year] : [])), [monitored]);
  const year = chosenYear ?? defaultMonitoringYear(lists, queueYears.data ?? [], projectYears, new Date().getFullYear());
  const rights = monitoringRights(user?.role);
  const reports = useReports(formId);
  const existing = useMemo(() => reports.data?.find((r) => r.month === month), [reports.data, month]);
  const [report, setReport] = useState<MonitoringReport | null>(null);
  const [saving, setSaving] = useState(false);
  // 导入 links here with ?import=1 for a 运行监控表: the import opens at once.
  const [params] = useSearchParams();
  const [importing, setImporting] = useState(params.get('import') === '1');

  // A project is monitored in its own fiscal year, whatever year the list was showing.
  const targetYear = target.data?.fiscal_year ?? target.data?.form.fiscal_year;
  useEffect(() => {
    if (targetYear) setYear(targetYear);
  }, [targetYear]);

  // What the table held when loaded: edits since are unsaved, and are not dropped without asking.
  const [baseline, setBaseline] = useState<string | null>(null);
  useEffect(() => {
    const loaded = existing ? existing.report : target.data?.form.kind === 'project_target' ? reportFromTarget(target.data.form, month, year) : null;
    setReport(loaded);
    setBaseline(loaded ? JSON.stringify(loaded) : null);
  }, [existing, target.data, month, year]);
  const dirty = !!report && JSON.stringify(report) !== baseline;
  // A submitted or accepted table, or any table for a role that may not save it, is read: its boxes
  // do not take edits that could not be saved, and look like text rather than boxes to fill.
  const editable = !existing || ['draft', 'returned'].includes(existing.status);
  // A closed year's table (or project, before its table exists) is read only, by everyone: the server refuses its writes.
  const yearClosed = existing?.year_closed === true || target.data?.year_closed === true;
  const locked = yearClosed || !rights.edit || !editable;
  const closedYear = existing?.report.fiscal_year ?? target.data?.fiscal_year;
  // Save and submit stay in sight on a closed year's table, disabled with why; the review's buttons likewise.
  const saveAction = closedYearAction(!!report && rights.edit && editable, yearClosed, closedYear);
  const submitShown = closedYearAction(!!existing && rights.edit && editable, yearClosed, closedYear);
  const reviewAction = closedYearAction(existing?.status === 'submitted' && rights.review, yearClosed, closedYear);
  const box = locked ? ({ readOnly: true, variant: 'borderless' } as const) : {};
  useUnsavedGuard(dirty && !locked, async () => (await save()) !== null);
  // Ctrl+S as in the target editor and the self-evaluation page (save is declared below: reached through the closure).
  useSaveShortcut(dirty && !locked && !saving && !saveAction.disabled, () => save());
  /** Switching project or period replaces the table: with unsaved edits, ask first. */
  const switchTo = (apply: () => void) => {
    if (!dirty) return apply();
    modal.confirm({
      title: '有未保存的监控数据',
      content: '切换项目或监控期间后，本表未保存的修改将丢失。请先保存，或确认放弃修改。',
      okText: '放弃修改并切换',
      okButtonProps: { danger: true },
      cancelText: '留在本表',
      onOk: apply,
    });
  };
  /** A list's row opens its table above, in place of the one on screen. */
  const openTable = (r: { form_id: number; month: number }) => switchTo(() => { setFormId(String(r.form_id)); setMonth(r.month); window.scrollTo({ top: 0 }); });

  const policy = useFormPolicy(target.data, target.data?.form.org_code, target.data?.form.fiscal_year);
  const lights = useMemo(() => (report ? reportLights(report, policy) : null), [report, policy]);
  // Core's review, live as the clerk types, as the server judges the table when it is submitted.
  const findings = useMemo(() => (report && lights ? monitoringFindings(report, lights, policy) : []), [report, lights, policy]);
  const warnings = findings.filter((f) => f.severity === 'warning').map((f) => f.message);
  // As on a target form: errors keep 提交监控表 disabled, saying why; warnings are asked about when submitting.
  const submitBlocked = submitShown.disabled ? null : monitoringSubmitBlockReason(findings);
  const submitAction = submitBlocked ? { ...submitShown, disabled: true, reason: submitBlocked } : submitShown;
  const budgetAt = (...fields: string[]) => findingsAt(findings, null, ...fields);
  const rateComputed = report?.budget_wan && report.executed_wan != null ? Math.round((report.executed_wan / report.budget_wan) * 10000) / 100 : null;
  // Reviewers, and roles that may only read, open the units' tables rather than fill one in.
  const reading = !rights.edit || rights.review;
  const periodIssue = formId ? monitoringPeriodIssue(month, policy) : null;
  // Told before a table is started, not only once it exists: on 2026-11-24, 2027's 1—10月 has not come.
  const periodYear = targetYear ?? year;
  const comingNotice = formId && report && !existing && rights.edit ? monitoringPeriodNotice(periodYear, month, new Date()) : null;
  /** A table for a period not started yet is created only once the clerk confirms it (the server asks the same). */
  const confirmAhead = (refusal: string) =>
    new Promise<boolean>((resolve) => {
      modal.confirm({ title: '该期间尚未到来，仍要新建监控表？', width: 520, content: refusal, okText: '仍然新建', cancelText: '取消', onOk: () => resolve(true), onCancel: () => resolve(false) });
    });
  const setIndicator = (i: number, patch: Partial<MonitoringIndicator>) =>
    setReport((r) => (r ? { ...r, indicators: r.indicators.map((ind, k) => (k === i ? { ...ind, ...patch } : ind)) } : r));

  /** Saves the table; the version to submit against, or null when the save failed (the edits stay on the page). */
  const save = async (quiet = false, baseVersion?: number): Promise<number | null> => {
    if (!report) return null;
    const ahead = existing ? null : notStartedRefusal(periodYear, month, new Date());
    if (ahead && !(await confirmAhead(ahead))) return null;
    setSaving(true);
    try {
      const saved = existing
        ? await api.put<StoredReport | null>(`/api/monitoring/${existing.id}`, { version: baseVersion ?? existing.version, ...monitoringBody(report) })
        : await api.post<StoredReport | null>(`/api/forms/${formId}/monitoring`, { ...monitoringBody(report), ...(ahead ? { confirm_future_period: true } : {}) });
      if (!quiet) message.success('监控数据已保存');
      setBaseline(JSON.stringify(report));
      await queryClient.invalidateQueries({ queryKey: ['monitoring'] });
      return saved?.version ?? (existing ? (baseVersion ?? existing.version) + 1 : 1);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && existing) {
        confirmOverwrite(modal, message, '监控表', async () => {
          const fresh = await api.get<StoredReport>(`/api/monitoring/${existing.id}`);
          await save(quiet, fresh.version);
        });
      } else {
        message.error(`保存失败：${errorMessage(error)}修改仍保留在本页，可稍后重试。`);
      }
      return null;
    } finally {
      setSaving(false);
    }
  };

  // Submitting locks the table: asked first, and unsaved edits are saved before, never submitted stale.
  const submit = () => {
    if (!existing) return;
    modal.confirm({
      title: warnings.length > 0 ? `本表还有 ${warnings.length} 处未填或需核对，仍要提交？` : '提交监控表？',
      width: warnings.length > 0 ? 560 : undefined,
      content: (
        <>
          {warnings.length > 0 && (
            <ul style={{ paddingLeft: 18, margin: '0 0 8px', maxHeight: 240, overflow: 'auto' }}>
              {warnings.map((g) => <li key={g}>{g}</li>)}
            </ul>
          )}
          <div>{`提交后本期监控表锁定，由财政部门验收；${dirty ? '本表有未保存的修改，将先保存再提交。' : '如需修改，须待退回。'}`}</div>
        </>
      ),
      okText: warnings.length > 0 ? '仍然提交' : '提交',
      cancelText: '取消',
      onOk: async () => {
        const version = dirty ? await save(true) : existing.version;
        if (version === null) return;
        try {
          await api.post(`/api/monitoring/${existing.id}/submit`, { version });
          message.success('监控表已提交');
          queryClient.invalidateQueries({ queryKey: ['monitoring'] });
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    });
  };

  return (
    <div className="page">
      <Typography.Title level={3}>运行监控</Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <span>年度</span>
          <InputNumber aria-label="年度" value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
          <span>监控期间</span>
          <Select
            aria-label="监控期间"
            value={month}
            style={{ width: 240 }}
            onChange={(m) => switchTo(() => setMonth(m))}
            options={Array.from({ length: 12 }, (_, i) => {
              // Periods not begun are greyed, not barred: saving one asks first (confirmAhead), as the server does.
              const standing = periodStanding(periodYear, i + 1, new Date());
              const text = `1—${i + 1}月${policy.monitoring.periods.includes(i + 1) ? '（规定期间）' : ''}`;
              return { value: i + 1, title: `${text} ${PERIOD_STANDING_LABELS[standing]}`, label: <span style={periodAhead(standing) ? { color: 'rgba(0,0,0,0.38)' } : undefined}>{text} <small>{PERIOD_STANDING_LABELS[standing]}</small></span> };
            })}
          />
          <span>项目</span>
          <MonitoringProjectPicker
            width={420}
            value={formId}
            onChange={(v) => switchTo(() => setFormId(v))}
            placeholder={noProjects ? '暂无已批复的项目' : '选择或输入名称搜索已批复的项目'}
            emptyText="暂无已批复的项目"
          />
          {saveAction.show && (
            <Tooltip title={saveAction.reason}>
              <Button type="primary" icon={<SaveOutlined />} loading={saving} disabled={saveAction.disabled} onClick={() => void save()}>保存监控数据</Button>
            </Tooltip>
          )}
          {rights.edit && !rights.review && <Button onClick={() => switchTo(() => setImporting(true))}>导入监控表</Button>}
          {submitAction.show && <Tooltip title={submitAction.reason}><Button disabled={submitAction.disabled} onClick={submit}>提交监控表</Button></Tooltip>}
          {existing && reviewAction.show && (
            <MonitoringReviewActions key={existing.id} reportId={existing.id} version={existing.version} projectName={existing.report.project_name} gaps={findings.map((f) => f.message)} closedReason={reviewAction.reason} onChanged={() => Promise.all([queryClient.invalidateQueries({ queryKey: ['monitoring'] }), queryClient.invalidateQueries({ queryKey: ['monitoring-key'] })])} />
          )}
          {existing && <MonitoringExportButton reportId={existing.id} unsaved={dirty} />}
          {existing && <Tag color={STATUS_COLORS[existing.status]}>{statusLabel(existing.status)} · 第 {existing.version} 版</Tag>}
          {yearClosed && <YearClosedTag year={closedYear} />}
          {dirty && <Tag color="gold">有未保存的修改</Tag>}
        </Space>
      </Card>
      {target.error && <Alert type="error" showIcon title={errorMessage(target.error)} />}
      {yearClosed && <Alert type="info" showIcon title={yearClosedReason(closedYear)} style={{ marginBottom: 12 }} />}
      {existing?.note && (
        <Alert
          type={existing.status === 'returned' ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12, whiteSpace: 'pre-line' }}
          title={existing.status !== 'returned' ? '审核意见' : rights.edit ? '本期监控表已被退回，请按意见修改后重新提交' : '本期监控表已退回，等待单位修改后重新提交；退回意见：'}
          description={existing.note}
        />
      )}
      {formId && report && !rights.edit && !existing && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title="本期没有您可查看的监控表（单位尚未填报，或不在您的查看范围内）；以下是项目的指标，仅供参考。" />
      )}
      {periodIssue && <Alert type="warning" showIcon title={periodIssue} style={{ marginBottom: 12 }} />}
      {comingNotice && <Alert type="warning" showIcon title={comingNotice} style={{ marginBottom: 12 }} />}
      {existing?.period_notice && <Alert type="warning" showIcon title={existing.period_notice} style={{ marginBottom: 12 }} />}
      {existing?.key_reasons && existing.key_reasons.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title="本项目已列入重点监控，财政将据此决定暂缓、停止或继续拨款" description={existing.key_reasons.join('；')} />
      )}
      {!formId && (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              reading ? (
                noProjects ? '还没有审核通过的项目，暂无可查看的监控表。' : '请在上方选择监控期间和项目，查看单位填报的监控表；待验收的表和需重点监控的项目也可从下方清单直接打开。'
              ) : noProjects ? (
                <span>
                  还没有审核通过的项目。运行监控针对已批复的项目绩效目标：先在<Link to="/orgs">「单位与项目」</Link>填报并提交目标表，财政审核通过后再来填报监控数据。
                </span>
              ) : (
                '请在上方选择监控期间和项目，填报 1 至当月的预算执行数和指标完成值；系统按政策自动亮灯。'
              )
            }
          />
        </Card>
      )}
      {report && lights && <MonitoringReviewCard findings={findings} />}
      {report && lights && (
        <Card size="small" title={`${report.project_name} · 1—${report.month}月`} extra={<span>项目：<LightDot light={lights.project.light} explanation={lights.project.explanation} /></span>} style={{ marginBottom: 12 }}>
          <Descriptions size="small" bordered column={4} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="年度预算">{formatWan(report.budget_wan)}</Descriptions.Item>
            <Descriptions.Item label="1至当月执行数">
              <InputNumber aria-label="1至当月执行数（万元）" {...box} status={findingStatus(budgetAt('executed_wan'))} value={report.executed_wan} min={0} onChange={(v) => setReport({ ...report, executed_wan: v ?? null })} suffix="万元" style={{ width: 150 }} />
              <FindingNotes findings={budgetAt('executed_wan')} />
            </Descriptions.Item>
            <Descriptions.Item label="执行进度">{formatProgress(lights.budget.progress)}</Descriptions.Item>
            <Descriptions.Item label="预算亮灯"><LightDot light={lights.budget.light} explanation={lights.budget.explanation} /></Descriptions.Item>
            {/* The 执行率 the table states, when the unit writes one: checked against 执行数 ÷ 预算 as the paper table is. */}
            <Descriptions.Item label="执行率（填报）" span={4}>
              <Space wrap size={8}>
                <InputNumber aria-label="填报的预算执行率（%）" {...box} status={findingStatus(budgetAt('execution_rate'))} value={report.execution_rate ?? null} min={0} placeholder="选填" onChange={(v) => setReport({ ...report, execution_rate: v ?? null })} suffix="%" style={{ width: 130 }} />
                {rateComputed !== null && <Typography.Text type="secondary">按执行数÷年度预算为 {rateComputed}%</Typography.Text>}
              </Space>
              <FindingNotes findings={budgetAt('execution_rate')} />
            </Descriptions.Item>
            <Descriptions.Item label="本年度实施期" span={4}><OwnMonthsField value={report} locked={locked} onChange={(own) => setReport({ ...report, ...own })} /></Descriptions.Item>
            <Descriptions.Item label="偏差原因" span={2}><NoteField ariaLabel="预算偏差原因" locked={locked} status={findingStatus(budgetAt('deviation_reason'))} value={report.deviation_reason} onChange={(v) => setReport({ ...report, deviation_reason: v })} /><FindingNotes findings={budgetAt('deviation_reason')} /></Descriptions.Item>
            <Descriptions.Item label="纠偏措施" span={2}><NoteField ariaLabel="预算纠偏措施" locked={locked} status={findingStatus(budgetAt('measures'))} value={report.measures} onChange={(v) => setReport({ ...report, measures: v })} /><FindingNotes findings={budgetAt('measures')} /></Descriptions.Item>
            <Descriptions.Item label="亮灯说明" span={4}>
              <LightExplanation light={lights.budget.light} text={`预算：${lights.budget.explanation}`} />
              <LightExplanation light={lights.project.light} text={`项目：${lights.project.explanation}`} />
            </Descriptions.Item>
          </Descriptions>
          {/* Enter moves to the same box in the next row, as in the form editor and Excel. */}
          <div onKeyDown={enterToNextRow}>
          <MonitoringIndicatorTable report={report} lights={lights} findings={findings} locked={locked} setIndicator={setIndicator} />
          </div>
        </Card>
      )}
      <MonitoringImportModal open={importing} onClose={() => setImporting(false)} onImported={(t) => { void queryClient.invalidateQueries({ queryKey: ['monitoring'] }); setFormId(String(t.form_id)); setMonth(t.month); }} />
      {lists === 'reviewer' && <ReviewerMonitoringLists year={year} canDecide={rights.review} onOpen={openTable} onYear={setYear} />}
      {lists === 'unit' && <UnitMonitoringLists year={year} onOpen={openTable} onYear={setYear} />}
    </div>
  );
}
