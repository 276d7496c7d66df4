import { Alert, Card, Empty, Input, InputNumber, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { FORM_KIND_LABELS } from '@jixiao/core';
import { useAuth } from '../api/auth-context';
import { errorMessage } from '../api/client';
import { useOrgs, usePagedForms } from '../api/queries';
import type { FormSummary } from '../api/types';
import { budgetColumn, pagedListPagination, serverSort, sortChange, statusColumn, updatedColumn, type ListSort } from '../lib/list-columns';

interface Queue {
  key: string;
  label: string;
  empty: string;
  status: string;
  /** Whose decision the forms wait for (GET /api/forms?awaiting=), where that splits a status. */
  awaiting?: 'department' | 'finance';
}

/**
 * The queues in the order a reviewer works them. Finance's 待审核 holds what finance decides now; targets of units under a
 * 主管部门 wait there first (主管部门审核中, which finance may only return), and 主管部门已审 is where finance picks them up.
 */
export function queuesFor(role: string | undefined): Queue[] {
  const finance = role === 'finance_reviewer';
  return [
    finance
      ? { key: 'submitted', status: 'submitted', awaiting: 'finance', label: '待审核', empty: '没有待财政审核的表：无主管部门的单位提交后会出现在这里' }
      : { key: 'submitted', status: 'submitted', label: '待审核', empty: '没有待审核的表：单位提交后会出现在这里' },
    ...(finance ? [{ key: 'at_department', status: 'submitted', awaiting: 'department' as const, label: '主管部门审核中', empty: '没有等待主管部门审核的表' }] : []),
    { key: 'department_approved', status: 'department_approved', label: '主管部门已审', empty: '没有主管部门已审、待财政审核的表' },
    { key: 'returned', status: 'returned', label: '已退回', empty: '没有退回待单位修改的表' },
    { key: 'approved', status: 'approved', label: '待公开', empty: '没有审核通过、待公开的表' },
    // A self-evaluation is accepted (验收) rather than approved, and is published from here as well.
    { key: 'accepted', status: 'accepted', label: '已验收', empty: '没有已验收、待公开的自评表' },
    { key: 'published', status: 'published', label: '已公开', empty: '还没有已公开的表' },
  ];
}

/** 审核: the forms waiting for this reviewer, by stage, paged and searched by the server. */
export function ReviewQueuePage() {
  const [params] = useSearchParams();
  const { user } = useAuth();
  const queues = useMemo(() => queuesFor(user?.role), [user?.role]);
  // A link may open a given queue (工作台's 查看全部: ?status=approved); the tabs take it from there.
  const [key, setKey] = useState(() => params.get('queue') ?? params.get('status') ?? 'submitted');
  const queue = queues.find((x) => x.key === key) ?? queues[0]!;
  const [q, setQ] = useState('');
  const [year, setYear] = useState<number | null>(null);
  // A finance reviewer's queue spans many units; one unit (with its subordinates) at a time is how a desk is split.
  const [org, setOrg] = useState<string | undefined>();
  const orgs = useOrgs();
  const orgOptions = useMemo(() => (orgs.data?.items ?? []).map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` })), [orgs.data]);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [sort, setSort] = useState<ListSort>({});
  const forms = usePagedForms({ status: queue.status, awaiting: queue.awaiting, org, q: q || undefined, fiscal_year: year ?? undefined, ...sort }, page, pageSize);
  return (
    <div className="page">
      <Typography.Title level={3}>审核</Typography.Title>
      <Card
        size="small"
        title={
          <Segmented
            aria-label="审核队列"
            value={queue.key}
            onChange={(v) => {
              setKey(String(v));
              setPage(1);
            }}
            options={queues.map((x) => ({ value: x.key, label: x.label }))}
          />
        }
        extra={
          <Space>
            <Select aria-label="单位" placeholder="全部单位" allowClear showSearch optionFilterProp="label" style={{ width: 180 }} value={org} onChange={(v?: string) => { setOrg(v); setPage(1); }} options={orgOptions} popupMatchSelectWidth={360} />
            <InputNumber aria-label="预算年度" placeholder="年度" min={2000} max={2100} value={year} onChange={(v) => { setYear(v); setPage(1); }} style={{ width: 100 }} />
            <Input.Search aria-label="搜索项目名称" placeholder="搜索项目名称" allowClear onSearch={(v) => { setQ(v.trim()); setPage(1); }} style={{ width: 200 }} />
          </Space>
        }
      >
        {forms.error && <Alert type="error" showIcon title={errorMessage(forms.error)} />}
        <Table<FormSummary>
          size="small"
          rowKey="id"
          loading={forms.isFetching}
          dataSource={forms.data?.items ?? []}
          onChange={(_p, _f, sorter, extra) => {
            const next = sortChange(sorter, extra);
            if (!next) return;
            setSort(next);
            setPage(1);
          }}
          pagination={pagedListPagination(page, pageSize, forms.data?.total, (p, size) => {
            setPage(size !== pageSize ? 1 : p);
            setPageSize(size);
          })}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={q || year || org ? '没有符合条件的表，请修改单位、年度或项目名称' : queue.empty} /> }}
          columns={[
            { title: '项目 / 表', ...serverSort('project_name', sort), render: (_, f) => <Link to={`/review/${f.id}`}>{f.project_name || FORM_KIND_LABELS[f.kind]}</Link> },
            { title: '类型', width: 190, ...serverSort('kind', sort), render: (_, f) => FORM_KIND_LABELS[f.kind] },
            { title: '单位', width: 190, ellipsis: true, ...serverSort('org', sort), render: (_, f) => f.org_name ?? f.org },
            { title: '年度', width: 80, dataIndex: 'fiscal_year', ...serverSort('fiscal_year', sort) },
            { ...budgetColumn(), width: 130, ...serverSort('budget_total_wan', sort) },
            { title: '版本', width: 72, align: 'right', dataIndex: 'version', responsive: ['xxl'], ...serverSort('version', sort) },
            {
              title: '审核发现',
              width: 110,
              align: 'right',
              ...serverSort('errors', sort),
              // As of the last save: errors block submission, warnings are for the reviewer to weigh.
              render: (_, f) => (f.errors ? <Tag color="red">错误 {f.errors}</Tag> : f.warnings ? <Tag color="gold">警告 {f.warnings}</Tag> : <Tag color="green">无</Tag>),
            },
            statusColumn(),
            { ...updatedColumn(), width: 150, responsive: ['xxl'], ...serverSort('updated_at', sort) },
          ]}
        />
      </Card>
    </div>
  );
}
