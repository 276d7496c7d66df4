import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Input, InputNumber, Row, Select, Space, Table, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  DEFAULT_POLICY, FUNDING_DECISIONS, keyMonitoring, reportLights,
  type MonitoringIndicator, type MonitoringReport, type ProjectTarget,
} from '@jixiao/core';
import { api, errorMessage } from '../api/client';
import { optionalGet, useForm, useForms } from '../api/queries';
import { LightDot } from '../components/light-dot';
import { formatTarget, formatWan } from '../lib/labels';

interface StoredReport {
  id: number | string;
  form_id?: number | string | null;
  report: MonitoringReport;
  decision?: string | null;
}

function reportFromTarget(form: ProjectTarget, month: number, year: number): MonitoringReport {
  return {
    fiscal_year: form.fiscal_year ?? year,
    month,
    org: form.org,
    project_code: form.project_code,
    project_name: form.project_name ?? '未命名项目',
    budget_wan: form.budget_total_wan,
    executed_wan: null,
    deviation_reason: null,
    measures: null,
    expected_completion: null,
    indicators: form.indicators.map(
      (ind, row): MonitoringIndicator => ({
        row, level1: ind.level1, level2: ind.level2, name: ind.name || `指标 ${row + 1}`, comparator: ind.comparator, target: ind.target,
        unit: ind.unit, cumulative: null, progress_value: null, expected_completion: null, deviation_reason: null, measures: null,
      }),
    ),
  };
}

function useReports(year: number) {
  return useQuery({
    queryKey: ['monitoring', year],
    queryFn: async ({ signal }) => (await optionalGet<{ items: StoredReport[] }>('/api/monitoring', { fiscal_year: year }, signal))?.items ?? [],
  });
}

/** 运行监控 (双监控): budget executed and indicator progress for a period, lights, and the 重点监控 list. */
export function MonitoringPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const [month, setMonth] = useState(DEFAULT_POLICY.monitoring.periods[1] ?? 7);
  const [formId, setFormId] = useState<string | undefined>();
  const targets = useForms({ kind: 'project_target' });
  const monitored = (targets.data?.items ?? []).filter((f) => f.status === 'approved' || f.status === 'published');
  const target = useForm(formId);
  const reports = useReports(year);
  const existing = useMemo(
    () => reports.data?.find((r) => String(r.form_id) === formId && r.report.month === month),
    [reports.data, formId, month],
  );
  const [report, setReport] = useState<MonitoringReport | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (existing) setReport(existing.report);
    else if (target.data?.form.kind === 'project_target') setReport(reportFromTarget(target.data.form, month, year));
    else setReport(null);
  }, [existing, target.data, month, year]);

  const lights = useMemo(() => (report ? reportLights(report, DEFAULT_POLICY) : null), [report]);
  const keyList = useMemo(
    () =>
      keyMonitoring(
        (reports.data ?? []).map((r) => ({
          id: String(r.id),
          name: r.report.project_name,
          budgetWan: r.report.budget_wan,
          executedWan: r.report.executed_wan,
          month: r.report.month,
          indicators: r.report.indicators.map((i) => ({ comparator: i.comparator, target: i.target, actual: i.progress_value, unit: i.unit, cumulative: i.cumulative ?? undefined, choice: i.expected_completion })),
        })),
        DEFAULT_POLICY,
      ),
    [reports.data],
  );

  const setIndicator = (i: number, patch: Partial<MonitoringIndicator>) =>
    setReport((r) => (r ? { ...r, indicators: r.indicators.map((ind, k) => (k === i ? { ...ind, ...patch } : ind)) } : r));

  const save = async () => {
    if (!report) return;
    setSaving(true);
    try {
      if (existing) await api.put(`/api/monitoring/${existing.id}`, { report });
      else await api.post('/api/monitoring', { form_id: formId, report });
      message.success('监控数据已保存');
      queryClient.invalidateQueries({ queryKey: ['monitoring'] });
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const decide = async (id: string, decision: string) => {
    try {
      await api.post(`/api/monitoring/${id}/decision`, { decision });
      message.success(`已记录：${decision}`);
      queryClient.invalidateQueries({ queryKey: ['monitoring'] });
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <div className="page">
      <Typography.Title level={3}>运行监控</Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <span>年度</span>
          <InputNumber aria-label="年度" value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
          <span>监控期间</span>
          <Select aria-label="监控期间" value={month} style={{ width: 120 }} onChange={setMonth} options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `1—${i + 1}月` }))} />
          <span>项目</span>
          <Select
            aria-label="监控项目"
            showSearch
            optionFilterProp="label"
            placeholder={monitored.length ? '选择已批复的项目' : '暂无已批复的项目'}
            style={{ width: 420 }}
            value={formId}
            onChange={setFormId}
            options={monitored.map((f) => ({ value: String(f.id), label: `${f.project_name ?? '未命名'}（${f.org_name ?? f.org}）` }))}
          />
          {report && <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={save}>保存监控数据</Button>}
        </Space>
      </Card>
      {target.error && <Alert type="error" showIcon title={errorMessage(target.error)} />}
      {report && lights && (
        <Card size="small" title={`${report.project_name} · 1—${report.month}月`} extra={<span>项目：<LightDot light={lights.project.light} explanation={lights.project.explanation} /></span>} style={{ marginBottom: 12 }}>
          <Descriptions size="small" bordered column={4} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="年度预算">{formatWan(report.budget_wan)}</Descriptions.Item>
            <Descriptions.Item label="1至当月执行数">
              <InputNumber aria-label="1至当月执行数（万元）" value={report.executed_wan} min={0} onChange={(v) => setReport({ ...report, executed_wan: v ?? null })} suffix="万元" />
            </Descriptions.Item>
            <Descriptions.Item label="执行进度">{lights.budget.progress !== null ? `${lights.budget.progress}` : '—'}</Descriptions.Item>
            <Descriptions.Item label="预算亮灯"><LightDot light={lights.budget.light} explanation={lights.budget.explanation} /></Descriptions.Item>
            <Descriptions.Item label="偏差原因" span={2}><Input aria-label="预算偏差原因" value={report.deviation_reason ?? ''} onChange={(e) => setReport({ ...report, deviation_reason: e.target.value || null })} /></Descriptions.Item>
            <Descriptions.Item label="纠偏措施" span={2}><Input aria-label="预算纠偏措施" value={report.measures ?? ''} onChange={(e) => setReport({ ...report, measures: e.target.value || null })} /></Descriptions.Item>
          </Descriptions>
          <Table<MonitoringIndicator>
            size="small"
            rowKey={(_, i) => String(i)}
            pagination={false}
            dataSource={report.indicators}
            columns={[
              { title: '二级', dataIndex: 'level2', width: 100 },
              { title: '三级指标', dataIndex: 'name' },
              { title: '年度指标值', width: 120, render: (_, ind) => formatTarget(ind.comparator, ind.target, ind.unit) },
              {
                title: '1至当月完成 / 预计',
                width: 170,
                render: (_, ind, i) =>
                  ind.comparator === 'qualitative' || ind.comparator === null ? (
                    <Select aria-label={`第 ${i + 1} 行预计完成情况`} placeholder="预计完成情况" value={ind.expected_completion ?? undefined} style={{ width: '100%' }} onChange={(v) => setIndicator(i, { expected_completion: v })} options={['达成', '部分达成', '未达成'].map((v) => ({ value: v, label: v }))} />
                  ) : (
                    <Input aria-label={`第 ${i + 1} 行完成值`} value={ind.progress_value ?? ''} onChange={(e) => setIndicator(i, { progress_value: e.target.value || null })} />
                  ),
              },
              { title: '进度', width: 70, render: (_, __, i) => lights.indicators[i]?.progress ?? '—' },
              { title: '亮灯', width: 110, render: (_, __, i) => <LightDot light={lights.indicators[i]?.light ?? 'none'} explanation={lights.indicators[i]?.explanation} /> },
              { title: '偏差原因', width: 180, render: (_, ind, i) => <Input aria-label={`第 ${i + 1} 行偏差原因`} value={ind.deviation_reason ?? ''} onChange={(e) => setIndicator(i, { deviation_reason: e.target.value || null })} /> },
              { title: '纠偏措施', width: 180, render: (_, ind, i) => <Input aria-label={`第 ${i + 1} 行纠偏措施`} value={ind.measures ?? ''} onChange={(e) => setIndicator(i, { measures: e.target.value || null })} /> },
            ]}
          />
        </Card>
      )}
      <Row>
        <Col span={24}>
          <Card size="small" title={`重点监控（${keyList.length} 个项目）`}>
            {reports.error && <Alert type="error" showIcon title={errorMessage(reports.error)} />}
            <Table
              size="small"
              rowKey="id"
              dataSource={keyList}
              loading={reports.isLoading}
              pagination={false}
              locale={{ emptyText: '暂无需重点监控的项目' }}
              columns={[
                { title: '项目', dataIndex: 'name' },
                { title: '亮灯', width: 110, render: (_, e) => <LightDot light={e.light} /> },
                { title: '预算执行进度', width: 120, render: (_, e) => e.budgetProgress ?? '—' },
                { title: '列入原因', render: (_, e) => e.reasons.join('；') },
                {
                  title: '拨款决定',
                  width: 200,
                  render: (_, e) => (
                    <Select
                      aria-label={`${e.name} 拨款决定`}
                      placeholder="记录决定"
                      style={{ width: 160 }}
                      value={reports.data?.find((r) => String(r.id) === e.id)?.decision ?? undefined}
                      onChange={(v) => decide(e.id, v)}
                      options={FUNDING_DECISIONS.map((d) => ({ value: d, label: d }))}
                    />
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
