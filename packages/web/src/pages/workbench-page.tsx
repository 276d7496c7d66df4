import { lazy, Suspense, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Empty, Row, Segmented, Space, Statistic, Tag, Tooltip, Typography, List, Spin } from 'antd';
import { CloudUploadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { canReview, useAuth } from '../api/auth-context';
import { errorMessage } from '../api/client';
import { optionalGet, useForms, usePagedForms } from '../api/queries';
import { statusLabel } from '../lib/labels';
import { closedYearsCardNote } from '../lib/year-closed';
import { budgetCalendar, deadlineState, hasNoForms } from '../lib/deadline-state';
import { canImport } from '../layout/import-access';
import type { ListSort } from '../lib/list-columns';
import type { FormSummary } from '../api/types';
import type { WorkbenchChartData } from '../charts/workbench-charts';
import { gradeDistribution, gradesByKindOf } from '../charts/grade-distribution';

const WorkbenchCharts = lazy(() => import('../charts/workbench-charts'));
// The to-do table loads after the first screen (the table component is most of its weight), as the charts do.
const WorkbenchTasksTable = lazy(() => import('./workbench-tasks-table').then((m) => ({ default: m.WorkbenchTasksTable })));

/** GET /api/dashboard: figures over the user's subtree, computed by the server. */
interface Dashboard {
  counts_by_status?: Record<string, number>;
  /** Forms whose next decision is a 主管部门's or finance's (submitted and department-approved ones). */
  counts_awaiting?: { department: number; finance: number };
  /** The same counts over open years only: what the to-do list can still act on. */
  counts_todo?: { by_status: Record<string, number>; awaiting: { department: number; finance: number } };
  budget_by_unit?: Array<{ org: string; org_name: string; budget_wan: number }>;
  findings_by_rule?: Record<string, number>;
  score_distribution?: Record<string, number>;
  /** The same counts by kind of self-evaluation (project, 部门整体), each sheet by the system's grade. */
  score_distribution_by_kind?: Record<string, Record<string, number>>;
  monitoring_lights?: Record<string, number>;
  deadlines?: Array<{ title: string; date: string }>;
}

const RULE_LABELS: Record<string, string> = {
  levels: '指标层级', comparator_missing: '缺指标性质', not_numeric: '非数值', unit_missing: '缺计量单位', weights: '权重',
  names: '指标名称', spending_plan: '支出计划', budget_arithmetic: '预算勾稽', self_evaluation: '自评计分', coverage: '指标覆盖',
  satisfaction: '满意度', unit_vs_name: '单位与名称', implausible_target: '目标值异常', direction: '指标方向',
  qualitative_vs_quantitative: '定性定量', level_vs_name: '层级与名称', goal_vs_indicators: '目标与指标', private_data: '隐私信息',
  basis_missing: '缺确定依据', history: '历史对比', peer_outlier: '同类偏离',
};

function entries(record: Record<string, number> | undefined, label: (k: string) => string = (k) => k) {
  return Object.entries(record ?? {}).map(([name, value]) => ({ name: label(name), value: Number(value) }));
}

function chartData(dashboard: Dashboard | null, forms: FormSummary[]): WorkbenchChartData {
  const budgetByOrg = dashboard?.budget_by_unit
    ? dashboard.budget_by_unit.map((r) => ({ name: r.org_name ?? r.org, value: Math.round(r.budget_wan * 100) / 100 }))
    : Object.entries(
        forms.reduce<Record<string, number>>((acc, f) => {
          if (f.budget_total_wan != null && f.kind === 'project_target') {
            const key = f.org_name ?? f.org ?? '未知单位';
            acc[key] = (acc[key] ?? 0) + f.budget_total_wan;
          }
          return acc;
        }, {}),
      ).map(([name, value]) => ({ name, value: Math.round(value * 100) / 100 }));
  // Graded sheets by kind: the server's count (the system's grade of each sheet), else the loaded list's.
  const scores = gradeDistribution(dashboard?.score_distribution_by_kind ?? gradesByKindOf(forms));
  return {
    budgetByOrg: budgetByOrg.filter((d) => d.value > 0).sort((a, b) => b.value - a.value),
    findingsByRule: entries(dashboard?.findings_by_rule, (k) => RULE_LABELS[k] ?? k).sort((a, b) => b.value - a.value),
    scoreDistribution: scores,
    lights: entries(dashboard?.monitoring_lights).filter((l) => l.value > 0),
  };
}

interface TaskQueue {
  value: string;
  label: string;
  empty: string;
  awaiting?: 'department' | 'finance';
}

/** The to-do queues of a role, most urgent first: a returned form waits on its editor before any draft. */
const TASK_QUEUES: Record<'editor' | 'department' | 'finance', TaskQueue[]> = {
  editor: [
    { value: 'returned', label: '已退回', empty: '没有被退回的表' },
    { value: 'draft', label: '草稿', empty: '没有草稿：到「单位与项目」新建表，或到「导入」上传' },
  ],
  // A department reviews first and hands on to finance; only finance approves for good and publishes.
  department: [
    { value: 'submitted', label: '待审核', empty: '没有待审核的表' },
    { value: 'department_approved', label: '已审待财政', empty: '没有等待财政审核的表' },
  ],
  // Finance's 待审核 leaves out the targets still waiting on their 主管部门 (finance could only return those).
  finance: [
    { value: 'submitted', awaiting: 'finance', label: '待审核', empty: '没有待财政审核的表' },
    { value: 'department_approved', label: '主管部门已审', empty: '没有主管部门已审的表' },
    { value: 'approved', label: '待公开', empty: '没有待公开的目标表' },
    { value: 'accepted', label: '已验收待公开', empty: '没有已验收待公开的自评表' },
  ],
};

// Every stage a form passes, in order: a 主管部门 sees what it has approved and finance what it has accepted.
const STATUS_CARDS = ['draft', 'returned', 'submitted', 'department_approved', 'approved', 'accepted', 'published'];

/** A third-party evaluator's work is 部门评价, not forms: the workbench sends them there. */
function EvaluatorTasks() {
  const evaluations = useQuery({
    queryKey: ['evaluations'],
    queryFn: async ({ signal }) => (await optionalGet<{ items: Array<{ status: string }> }>('/api/evaluations', undefined, signal))?.items ?? [],
  });
  const open = (evaluations.data ?? []).filter((e) => e.status !== 'submitted').length;
  return (
    <Card title="我的评价任务" size="small">
      <Spin spinning={evaluations.isLoading}>
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={evaluations.data?.length ? `分配给您的评价 ${evaluations.data.length} 项，其中 ${open} 项未提交` : '还没有分配给您的评价：财政部门新建评价并指定您后，会出现在「部门评价」中'}
        >
          <Link to="/evaluation">打开部门评价</Link>
        </Empty>
      </Spin>
    </Card>
  );
}

export function WorkbenchPage() {
  const { user } = useAuth();
  const dashboard = useQuery({ queryKey: ['dashboard'], queryFn: ({ signal }) => optionalGet<Dashboard>('/api/dashboard', undefined, signal) });
  // The whole list is only needed when the server has no dashboard to count with.
  const forms = useForms({}, dashboard.isSuccess && dashboard.data === null);
  const items = useMemo(() => forms.data?.items ?? [], [forms.data]);
  const byStatus = useMemo(() => {
    if (dashboard.data?.counts_by_status) return dashboard.data.counts_by_status;
    const counts: Record<string, number> = {};
    for (const f of items) counts[f.status] = (counts[f.status] ?? 0) + 1;
    return counts;
  }, [items, dashboard.data]);
  const reviewer = canReview(user);
  const evaluator = user?.role === 'evaluator';
  const queues = !reviewer ? TASK_QUEUES.editor : user?.role === 'department_reviewer' ? TASK_QUEUES.department : TASK_QUEUES.finance;
  const [picked, setQueue] = useState<string | null>(null);
  // The to-do queues count and list open years only: a closed year's forms are read-only, nobody's task.
  const todo = dashboard.data?.counts_todo;
  const todoByStatus = todo?.by_status ?? byStatus;
  const awaiting = todo?.awaiting ?? dashboard.data?.counts_awaiting;
  const countOf = (q: TaskQueue) =>
    q.awaiting === 'finance' && awaiting ? awaiting.finance - (todoByStatus.department_approved ?? 0) : (todoByStatus[q.value] ?? 0);
  const queue = queues.find((q) => q.value === picked) ?? queues.find((q) => countOf(q) > 0) ?? queues[0]!;
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<ListSort>({});
  // A short page of the queue, paged and sorted by the server; 查看全部 opens the full list.
  const tasks = usePagedForms({ status: queue.value, awaiting: queue.awaiting, years: 'open', ...sort }, page, 6, dashboard.isFetched && !evaluator);
  const fullList = reviewer ? `/review?status=${queue.value}` : `/orgs?status=${queue.value}`;
  const data = useMemo(() => chartData(dashboard.data ?? null, items), [dashboard.data, items]);
  const deadlines = dashboard.data?.deadlines ?? [];
  // A unit's clerk is offered to start, once the counts are in.
  const counted = dashboard.isSuccess && (dashboard.data !== null || forms.isSuccess);
  const starting = user?.role === 'unit_editor' && counted && hasNoForms(byStatus);

  return (
    <div className="page">
      <Typography.Title level={3}>工作台</Typography.Title>
      {(tasks.error ?? forms.error) && <Alert type="error" showIcon title={errorMessage(tasks.error ?? forms.error)} />}
      {/* An evaluator's forms are the published ones of the departments it evaluates: no workflow stages to count. */}
      {starting ? <StartCard canImportForms={canImport(user?.role)} /> : !evaluator && <Row gutter={[16, 16]}>
        {STATUS_CARDS.map((status) => (
          <Col key={status} flex="1">
            {/* Each count opens the list it counts. */}
            <Link to={reviewer ? `/review?status=${status}` : `/orgs?status=${status}`} aria-label={`查看${statusLabel(status)}的表`} style={{ display: 'block', height: '100%' }}>
              {/* One height for the row, whether or not a card carries a note under its count. */}
              <Card size="small" hoverable style={{ height: '100%' }}>
                <Statistic title={statusLabel(status)} value={byStatus[status] ?? 0} suffix="份" loading={dashboard.isLoading || forms.isLoading} />
                <ClosedYearsNote note={closedYearsCardNote(status, byStatus[status] ?? 0, todo ? (todo.by_status[status] ?? 0) : undefined)} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>}
      <Row gutter={[16, 16]} style={{ marginTop: evaluator ? 0 : 16 }}>
        <Col span={16}>
          {evaluator ? <EvaluatorTasks /> : <Card
            title={reviewer ? '待我处理' : '我的待办'}
            size="small"
            extra={
              <Space size={12}>
                <Segmented
                  size="small"
                  aria-label="待办类别"
                  value={queue.value}
                  onChange={(v) => {
                    setQueue(String(v));
                    setPage(1);
                  }}
                  options={queues.map((q) => ({ value: q.value, label: `${q.label} ${countOf(q)}` }))}
                />
                <Link to={fullList}>查看全部</Link>
              </Space>
            }
          >
            <Suspense fallback={<Spin><div style={{ height: 160 }} /></Spin>}>
              <WorkbenchTasksTable
                reviewer={reviewer}
                loading={tasks.isFetching}
                items={tasks.data?.items ?? []}
                total={tasks.data?.total ?? 0}
                page={page}
                sort={sort}
                empty={queue.empty}
                onPage={setPage}
                onSort={(next) => {
                  setSort(next);
                  setPage(1);
                }}
              />
            </Suspense>
          </Card>}
        </Col>
        <Col span={8}>
          <Card title="时间节点" size="small">
            <List
              size="small"
              dataSource={deadlines.length ? deadlines : budgetCalendar(new Date())}
              renderItem={(d) => {
                const due = deadlineState(d.date, new Date());
                return (
                  <List.Item>
                    <span>{d.title}</span>
                    <Space size={4} style={{ whiteSpace: 'nowrap' }}>
                      {due.state === 'past' && <Tag>已过</Tag>}
                      {due.state === 'soon' && <Tag color="orange">{due.daysLeft === 0 ? '今天截止' : `剩 ${due.daysLeft} 天`}</Tag>}
                      <Typography.Text type={due.state === 'past' ? 'secondary' : undefined}>{d.date}</Typography.Text>
                    </Space>
                  </List.Item>
                );
              }}
            />
          </Card>
        </Col>
      </Row>
      {!evaluator && (
        <div style={{ marginTop: 16 }}>
          <Suspense fallback={<Spin description="正在加载图表…"><div style={{ height: 200 }} /></Spin>}>
            <WorkbenchCharts data={data} />
          </Suspense>
        </div>
      )}
    </div>
  );
}

/** Under a status card: how many of its forms lie in closed years, which 待办 leaves out (why on hover). */
function ClosedYearsNote({ note }: { note: { text: string; hint: string } | null }) {
  if (!note) return null;
  return (
    <Tooltip title={note.hint}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{note.text}</Typography.Text>
    </Tooltip>
  );
}

/**
 * A unit with no forms yet has nothing to count or do: the first steps, to the pages that take them (新建表 opens at
 * once on 单位与项目; 导入 reads the tables the unit already has).
 */
function StartCard({ canImportForms }: { canImportForms: boolean }) {
  const navigate = useNavigate();
  return (
    <Card size="small">
      <Space orientation="vertical" size={8}>
        <Typography.Text strong>本单位还没有绩效表</Typography.Text>
        <Typography.Text type="secondary">
          新建一张项目绩效目标表逐行填写{canImportForms ? '，或导入已有的 Word、Excel、PDF 表格，系统读出后先给您预览核对' : ''}。提交后的审核进度会显示在这里。
        </Typography.Text>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/orgs?new=project_target')}>新建绩效目标表</Button>
          {canImportForms && <Button icon={<CloudUploadOutlined />} onClick={() => navigate('/import')}>导入已有表格</Button>}
        </Space>
      </Space>
    </Card>
  );
}
