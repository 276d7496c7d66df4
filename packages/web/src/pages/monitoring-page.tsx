import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  DEFAULT_POLICY, FUNDING_DECISIONS, budgetLight, monitoringPeriodIssue, reportLights,
  type MonitoringIndicator, type MonitoringReport,
} from '@jixiao/core';
import { ApiError, api, errorMessage } from '../api/client';
import { confirmOverwrite } from '../lib/confirm-overwrite';
import { optionalGet, useForm, usePagedForms } from '../api/queries';
import { FormPicker } from '../components/form-picker';
import { usePolicy } from '../api/use-policy';
import { LightDot } from '../components/light-dot';
import { STATUS_COLORS, formatTarget, formatWan, statusLabel } from '../lib/labels';
import { Link } from 'react-router-dom';
import { canReview, useAuth } from '../api/auth-context';
import { useUnsavedGuard } from '../editor/use-unsaved-guard';
import { LightExplanation, formatProgress, monitoringBody, reportFromTarget } from './monitoring-parts';
import { enterToNextRow } from '../lib/enter-to-next-input';

/** One stored monitoring table (GET /api/forms/{id}/monitoring), lights computed by the server. */
interface StoredReport {
  id: number;
  form_id: number;
  month: number;
  status: string;
  version: number;
  report: MonitoringReport;
  decision: string | null;
}

/** A row of the 重点监控 list (GET /api/monitoring/key). */
interface KeyRow {
  id: number;
  form_id: number;
  project_name: string | null;
  org_name: string;
  month: number;
  budget_wan: number | null;
  executed_wan: number | null;
  budget_light: string | null;
  project_light: string | null;
  decision: string | null;
  status: string;
}

function useReports(formId: string | undefined) {
  return useQuery({
    queryKey: ['monitoring', formId],
    enabled: !!formId,
    queryFn: async ({ signal }) => (await optionalGet<{ items: StoredReport[] }>(`/api/forms/${formId}/monitoring`, undefined, signal))?.items ?? [],
  });
}

function useKeyList(year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['monitoring-key', year],
    enabled,
    queryFn: async ({ signal }) => (await optionalGet<{ items: KeyRow[] }>('/api/monitoring/key', { fiscal_year: year }, signal))?.items ?? [],
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
  // Until the user picks a year, show the latest year that has approved projects.
  const latestYear = monitored.reduce<number | null>((max, f) => (f.fiscal_year && (max === null || f.fiscal_year > max) ? f.fiscal_year : max), null);
  const year = chosenYear ?? latestYear ?? new Date().getFullYear();
  const target = useForm(formId);
  const { user } = useAuth();
  const reviewer = canReview(user);
  const reports = useReports(formId);
  const keyRows = useKeyList(year, reviewer);
  const existing = useMemo(() => reports.data?.find((r) => r.month === month), [reports.data, month]);
  const [report, setReport] = useState<MonitoringReport | null>(null);
  const [saving, setSaving] = useState(false);

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
  // A submitted or accepted table is read: its boxes do not take edits that could not be saved.
  const locked = !!existing && !['draft', 'returned'].includes(existing.status);
  useUnsavedGuard(dirty, async () => (await save()) !== null);
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

  const policy = usePolicy(target.data?.org ?? target.data?.form.org_code, target.data?.fiscal_year ?? target.data?.form.fiscal_year);
  const lights = useMemo(() => (report ? reportLights(report, policy) : null), [report, policy]);
  const periodIssue = formId ? monitoringPeriodIssue(month, policy) : null;
  const setIndicator = (i: number, patch: Partial<MonitoringIndicator>) =>
    setReport((r) => (r ? { ...r, indicators: r.indicators.map((ind, k) => (k === i ? { ...ind, ...patch } : ind)) } : r));

  /** Saves the table; the version to submit against, or null when the save failed (the edits stay on the page). */
  const save = async (quiet = false, baseVersion?: number): Promise<number | null> => {
    if (!report) return null;
    setSaving(true);
    try {
      const saved = existing
        ? await api.put<StoredReport | null>(`/api/monitoring/${existing.id}`, { version: baseVersion ?? existing.version, ...monitoringBody(report) })
        : await api.post<StoredReport | null>(`/api/forms/${formId}/monitoring`, monitoringBody(report));
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
      title: '提交监控表？',
      content: `提交后本期监控表锁定，由财政部门验收；${dirty ? '本表有未保存的修改，将先保存再提交。' : '如需修改，须待退回。'}`,
      okText: '提交',
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

  const decide = (row: KeyRow, decision: string) =>
    modal.confirm({
      title: `对「${row.project_name ?? '未命名项目'}」记录「${decision}」？`,
      content: '记录后监控表将验收归档，拨款决定不能再修改；请确认已与项目单位核实执行情况。',
      okText: `确认${decision}`,
      okButtonProps: { danger: decision !== '继续拨款' },
      cancelText: '取消',
      onOk: async () => {
        try {
          const current = await api.get<StoredReport>(`/api/monitoring/${row.id}`);
          await api.post(`/api/monitoring/${row.id}/accept`, { version: current.version, decision });
          message.success(`已记录：${decision}`);
          queryClient.invalidateQueries({ queryKey: ['monitoring-key'] });
          queryClient.invalidateQueries({ queryKey: ['monitoring'] });
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    });

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
            style={{ width: 190 }}
            onChange={(m) => switchTo(() => setMonth(m))}
            options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `1—${i + 1}月${policy.monitoring.periods.includes(i + 1) ? '（规定期间）' : ''}` }))}
          />
          <span>项目</span>
          <FormPicker
            ariaLabel="监控项目"
            kind="project_target"
            statuses={['approved', 'published']}
            width={420}
            value={formId}
            onChange={(v) => switchTo(() => setFormId(v))}
            placeholder={noProjects ? '暂无已批复的项目' : '选择或输入名称搜索已批复的项目'}
            emptyText="暂无已批复的项目"
          />
          {report && (!existing || ['draft', 'returned'].includes(existing.status)) && (
            <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>保存监控数据</Button>
          )}
          {existing && ['draft', 'returned'].includes(existing.status) && <Button onClick={submit}>提交监控表</Button>}
          {existing && <Tag color={STATUS_COLORS[existing.status]}>{statusLabel(existing.status)} · 第 {existing.version} 版</Tag>}
          {dirty && <Tag color="gold">有未保存的修改</Tag>}
        </Space>
      </Card>
      {target.error && <Alert type="error" showIcon title={errorMessage(target.error)} />}
      {periodIssue && <Alert type="warning" showIcon title={periodIssue} style={{ marginBottom: 12 }} />}
      {!formId && (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              noProjects ? (
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
      {report && lights && (
        <Card size="small" title={`${report.project_name} · 1—${report.month}月`} extra={<span>项目：<LightDot light={lights.project.light} explanation={lights.project.explanation} /></span>} style={{ marginBottom: 12 }}>
          <Descriptions size="small" bordered column={4} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="年度预算">{formatWan(report.budget_wan)}</Descriptions.Item>
            <Descriptions.Item label="1至当月执行数">
              <InputNumber aria-label="1至当月执行数（万元）" readOnly={locked} value={report.executed_wan} min={0} onChange={(v) => setReport({ ...report, executed_wan: v ?? null })} suffix="万元" />
            </Descriptions.Item>
            <Descriptions.Item label="执行进度">{formatProgress(lights.budget.progress)}</Descriptions.Item>
            <Descriptions.Item label="预算亮灯"><LightDot light={lights.budget.light} explanation={lights.budget.explanation} /></Descriptions.Item>
            <Descriptions.Item label="偏差原因" span={2}><Input aria-label="预算偏差原因" readOnly={locked} value={report.deviation_reason ?? ''} onChange={(e) => setReport({ ...report, deviation_reason: e.target.value || null })} /></Descriptions.Item>
            <Descriptions.Item label="纠偏措施" span={2}><Input aria-label="预算纠偏措施" readOnly={locked} value={report.measures ?? ''} onChange={(e) => setReport({ ...report, measures: e.target.value || null })} /></Descriptions.Item>
            <Descriptions.Item label="亮灯说明" span={4}>
              <LightExplanation light={lights.budget.light} text={`预算：${lights.budget.explanation}`} />
              <LightExplanation light={lights.project.light} text={`项目：${lights.project.explanation}`} />
            </Descriptions.Item>
          </Descriptions>
          {/* Enter moves to the same box in the next row, as in the form editor and Excel. */}
          <div onKeyDown={enterToNextRow}>
          <Table<MonitoringIndicator>
            size="small"
            rowKey={(_, i) => String(i)}
            pagination={false}
            dataSource={report.indicators}
            columns={[
              { title: '二级', dataIndex: 'level2', width: 80 },
              {
                title: '三级指标 / 亮灯说明',
                render: (_, ind, i) => {
                  const light = lights.indicators[i];
                  return (
                    <>
                      <div>{ind.name}</div>
                      {/* The light's reasoning in full under the row, not only in a hover: it says what to fill in or why the light is red. */}
                      {light?.explanation && <LightExplanation light={light.light} text={light.explanation} />}
                    </>
                  );
                },
              },
              { title: '年度指标值', width: 110, render: (_, ind) => formatTarget(ind.comparator, ind.target, ind.unit) },
              {
                title: '1至当月完成 / 预计',
                width: 170,
                render: (_, ind, i) => {
                  const qualitative = ind.comparator === 'qualitative' || ind.comparator === null;
                  const progress = (
                    <Input
                      aria-label={`第 ${i + 1} 行完成值`}
                      data-mrow={i}
                      data-mfield="progress"
                      readOnly={locked}
                      placeholder={qualitative ? '完成情况，如 按计划推进' : (ind.unit ?? undefined)}
                      value={ind.progress_value ?? ''}
                      onChange={(e) => setIndicator(i, { progress_value: e.target.value || null })}
                    />
                  );
                  if (!qualitative) return progress;
                  // A qualitative or dated row is judged by the 预计 pick, else by what its progress words say (已完成, 按计划推进).
                  return (
                    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                      {progress}
                      <Select aria-label={`第 ${i + 1} 行预计完成情况`} placeholder="预计完成情况" allowClear disabled={locked} value={ind.expected_completion ?? undefined} style={{ width: '100%' }} onChange={(v) => setIndicator(i, { expected_completion: v ?? null })} options={['达成', '部分达成', '未达成'].map((v) => ({ value: v, label: v }))} />
                    </Space>
                  );
                },
              },
              { title: '进度', width: 64, align: 'right', render: (_, __, i) => formatProgress(lights.indicators[i]?.progress) },
              { title: '亮灯', width: 84, render: (_, __, i) => <LightDot light={lights.indicators[i]?.light ?? 'none'} explanation={lights.indicators[i]?.explanation} /> },
              { title: '偏差原因', width: 140, render: (_, ind, i) => <Input aria-label={`第 ${i + 1} 行偏差原因`} data-mrow={i} data-mfield="reason" readOnly={locked} title={ind.deviation_reason ?? undefined} value={ind.deviation_reason ?? ''} onChange={(e) => setIndicator(i, { deviation_reason: e.target.value || null })} /> },
              { title: '纠偏措施', width: 140, render: (_, ind, i) => <Input aria-label={`第 ${i + 1} 行纠偏措施`} data-mrow={i} data-mfield="measures" readOnly={locked} title={ind.measures ?? undefined} value={ind.measures ?? ''} onChange={(e) => setIndicator(i, { measures: e.target.value || null })} /> },
            ]}
          />
          </div>
        </Card>
      )}
      {reviewer && (
        <Card size="small" title={`重点监控（${keyRows.data?.length ?? 0} 个项目）`}>
          {keyRows.error && <Alert type="error" showIcon title={errorMessage(keyRows.error)} />}
          <Table<KeyRow>
            size="small"
            rowKey="id"
            dataSource={keyRows.data ?? []}
            loading={keyRows.isLoading}
            pagination={false}
            locale={{ emptyText: '暂无需重点监控的项目' }}
            columns={[
              { title: '项目', render: (_, r) => r.project_name ?? '未命名项目' },
              { title: '单位', dataIndex: 'org_name', width: 200 },
              { title: '期间', width: 80, render: (_, r) => `1—${r.month}月` },
              { title: '预算 / 执行', width: 170, render: (_, r) => `${formatWan(r.budget_wan)} / ${formatWan(r.executed_wan)}` },
              {
                title: '执行进度',
                width: 90,
                render: (_, r) => formatProgress(budgetLight({ executed: r.executed_wan, budget: r.budget_wan, month: r.month }, DEFAULT_POLICY).progress),
              },
              { title: '预算亮灯', width: 110, render: (_, r) => <LightDot light={r.budget_light ?? 'none'} /> },
              { title: '项目亮灯', width: 110, render: (_, r) => <LightDot light={r.project_light ?? 'none'} /> },
              {
                title: '拨款决定',
                width: 180,
                render: (_, r) => (
                  <Select
                    aria-label={`${r.project_name ?? '项目'} 拨款决定`}
                    placeholder={r.status === 'submitted' ? '验收并记录决定' : '待单位提交'}
                    disabled={r.status !== 'submitted'}
                    style={{ width: 160 }}
                    value={r.decision ?? undefined}
                    onChange={(v) => decide(r, v)}
                    options={FUNDING_DECISIONS.map((d) => ({ value: d, label: d }))}
                  />
                ),
              },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
