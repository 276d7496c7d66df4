import { Alert, Button, Card, Empty, Grid, Input, InputNumber, Segmented, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { FORM_KIND_LABELS, type FormKind } from '@jixiao/core';
import { useAuth } from '../api/auth-context';
import { api, errorMessage } from '../api/client';
import { useOrgs, usePagedForms } from '../api/queries';
import type { FormSummary } from '../api/types';
import { columnsWidth } from '../lib/columns-width';
import { NAME_MIN_WIDTH, budgetColumn, nameColumn, pagedListPagination, serverSort, sortChange, statusColumn, systemTotalColumn, updatedColumn, type ListSort } from '../lib/list-columns';
import { readListQuery, writeListQuery, type ListQuery } from '../lib/list-query';
import { orgNameTail } from '../lib/org-name-tail';
import { BulkApproveButton } from './review-bulk-approve';
import { BulkReturnButton } from './review-bulk-return';
import { bulkApproveBlocked, bulkReturnBlocked } from './review-bulk';
import { FINDING_OPTIONS, SEVERITY_OPTIONS, elsewhereToDecide, filterQuery, findingsExportHref, queueCount, queueFilters, reviewLink, type NamedQueue, type QueueCountRow } from './review-desk';

const KIND_OPTIONS = Object.entries(FORM_KIND_LABELS).map(([value, label]) => ({ value, label }));

interface Queue extends NamedQueue {
  empty: string;
  /** Whose decision the forms wait for (GET /api/forms?awaiting=), where that splits a status. */
  awaiting?: 'department' | 'finance';
}

/**
 * The queues in the order a reviewer works them. Finance's 待审核 holds what finance decides now; targets of units under a
 * 主管部门 wait there first (主管部门审核中, which finance may only return), and 主管部门已审 is where finance picks them up.
 */
export function queuesFor(role: string | undefined): Queue[] {
  const finance = role === 'finance_reviewer';
  // A 主管部门 decides nothing after its own approval: the later stages are finance's outcomes it follows, named as such
  // (待公开 is finance's task, not the department's).
  if (role === 'department_reviewer') {
    return [
      { key: 'submitted', status: 'submitted', label: '待审核', empty: '没有待审核的表：所属单位提交后会出现在这里' },
      { key: 'department_approved', status: 'department_approved', label: '已审待财政', empty: '没有本部门已审、等待财政审核的表' },
      { key: 'returned', status: 'returned', label: '已退回', empty: '没有退回待单位修改的表' },
      { key: 'approved', status: 'approved', label: '财政已批复', empty: '没有财政已审核通过的绩效目标表' },
      { key: 'accepted', status: 'accepted', label: '财政已验收', empty: '没有财政已验收的自评表' },
      { key: 'published', status: 'published', label: '已公开', empty: '还没有已公开的表' },
    ];
  }
  return [
    finance
      ? { key: 'submitted', status: 'submitted', awaiting: 'finance', label: '待审核', empty: '没有待财政审核的表：无主管部门的单位提交后会出现在这里', alsoDecides: 'department_approved' }
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
  // The queue, page, sort and search live in the address, so Back from a form opened here returns to the same list.
  const [params, setParams] = useSearchParams();
  const { user } = useAuth();
  const screens = Grid.useBreakpoint();
  const queues = useMemo(() => queuesFor(user?.role), [user?.role]);
  const list = readListQuery(params, 20);
  // A link may open a given queue (工作台's 查看全部: ?status=approved); the tabs take it from there.
  const queue = queues.find((x) => x.key === list.queue) ?? queues[0]!;
  const { q, fiscal_year: year, org, page, size: pageSize, finding, severity } = list;
  // A kind the address names but the app does not know is ignored rather than sent for the server to refuse.
  const kind = list.kind && list.kind in FORM_KIND_LABELS ? (list.kind as FormKind) : undefined;
  const sort: ListSort = { sort: list.sort, order: list.order };
  const filters = queueFilters(list, queue, kind);
  // 批量通过 / 批量退回 work on the forms ticked in 待审核; any change of list clears the ticks, so none is decided unseen.
  const [selected, setSelected] = useState<FormSummary[]>([]);
  const queryClient = useQueryClient();
  const bulk = queue.key === 'submitted';
  const change = (patch: Partial<ListQuery>) => {
    setSelected([]);
    setParams(writeListQuery(params, patch), { replace: true });
  };
  const orgs = useOrgs();
  const orgOptions = useMemo(() => (orgs.data?.items ?? []).map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` })), [orgs.data]);
  const forms = usePagedForms(filters, page, pageSize);
  // Every tab's count under the same filters, from one grouped query (the tabs are otherwise blind to a 300-form season).
  const countQuery = filterQuery(filters, ['status', 'awaiting', 'sort', 'order']);
  const counts = useQuery({
    queryKey: ['forms', 'queue-counts', countQuery],
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => api.get<{ counts: QueueCountRow[] }>(`/api/forms/queue-counts${countQuery ? `?${countQuery}` : ''}`, undefined, signal),
  });
  const elsewhere = elsewhereToDecide(counts.data?.counts, queue, queues);
  // Each form's place in the whole filtered list, which its link carries so its page can step to the next one.
  const place = new Map((forms.data?.items ?? []).map((f, i) => [f.id, (page - 1) * pageSize + i]));
  const approvable = selected.filter((f) => bulkApproveBlocked(f) === null);
  const done = () => {
    setSelected([]);
    void queryClient.invalidateQueries({ queryKey: ['forms'] });
  };
  const columns: TableColumnsType<FormSummary> = [
    nameColumn((f) => f.project_name || FORM_KIND_LABELS[f.kind], (f) => reviewLink(f.id, params, place.get(f.id) ?? 0), sort),
    { title: '类型', width: 150, ellipsis: true, ...serverSort('kind', sort), render: (_, f) => FORM_KIND_LABELS[f.kind] },
    {
      title: '单位',
      width: 160,
      ...serverSort('org', sort),
      // On up to two lines and cut at the start: units of one district differ only at the end of their names.
      render: (_, f) => {
        const name = f.org_name ?? f.org ?? '';
        const shown = orgNameTail(name, 20);
        return shown === name ? name : <Tooltip title={name}><span>{shown}</span></Tooltip>;
      },
    },
    { title: '年度', width: 72, dataIndex: 'fiscal_year', ...serverSort('fiscal_year', sort) },
    { ...budgetColumn(), width: 120, ...serverSort('budget_total_wan', sort) },
    systemTotalColumn(sort, true),
    { title: '版本', width: 72, align: 'right', dataIndex: 'version', responsive: ['xxl'], ...serverSort('version', sort) },
    {
      title: '审核发现',
      width: 104,
      align: 'right',
      ...serverSort('errors', sort),
      // As of the last save: errors block submission, warnings are for the reviewer to weigh.
      render: (_, f) => (f.errors ? <Tag color="red">错误 {f.errors}</Tag> : f.warnings ? <Tag color="gold">警告 {f.warnings}</Tag> : <Tag color="green">无</Tag>),
    },
    { ...statusColumn(), width: 100 },
    { ...updatedColumn(), width: 150, responsive: ['xxl'], ...serverSort('updated_at', sort) },
  ];
  return (
    <div className="page">
      <Typography.Title level={3}>审核</Typography.Title>
      <Card size="small">
        {/* The queues on a line of their own (scrolling sideways when even that is too narrow), the filters under them:
            beside the filters a finance reviewer's seven queues were cut off at 1280 px. */}
        <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
          <Segmented aria-label="审核队列" value={queue.key} onChange={(v) => change({ queue: String(v) })} options={queues.map((x) => ({ value: x.key, label: counts.data ? `${x.label} ${queueCount(counts.data.counts, x)}` : x.label }))} />
        </div>
        <Space wrap style={{ margin: '8px 0' }}>
          <Select aria-label="单位" placeholder="全部单位" allowClear showSearch optionFilterProp="label" style={{ width: 220 }} value={org} onChange={(v?: string) => change({ org: v })} options={orgOptions} popupMatchSelectWidth={360} />
          <Select aria-label="表类型" placeholder="全部表类型" allowClear style={{ width: 180 }} value={kind} onChange={(v?: string) => change({ kind: v })} options={KIND_OPTIONS} />
          <InputNumber aria-label="预算年度" placeholder="年度" min={2000} max={2100} value={year ?? null} onChange={(v) => change({ fiscal_year: v ?? undefined })} style={{ width: 100 }} />
          <Select aria-label="问题类型" placeholder="全部问题类型" allowClear showSearch optionFilterProp="label" style={{ width: 180 }} value={filters.finding} onChange={(v?: string) => change({ finding: v })} options={FINDING_OPTIONS} />
          <Select aria-label="严重程度" placeholder="全部严重程度" allowClear style={{ width: 130 }} value={filters.severity} onChange={(v?: string) => change({ severity: v })} options={SEVERITY_OPTIONS} />
          <Input.Search key={q ?? ''} aria-label="搜索项目名称" placeholder="搜索项目名称" allowClear defaultValue={q} onSearch={(v) => change({ q: v.trim() })} style={{ width: 220 }} />
          {bulk && (
            <>
              {/* Forms with review errors may be ticked for 退回; 批量通过 takes only the error-free ones among them. */}
              <Tooltip title={selected.length > approvable.length ? `所选表中有 ${selected.length - approvable.length} 张有审核错误，批量通过时不含这些表` : undefined}>
                <span><BulkApproveButton selected={approvable} department={user?.role === 'department_reviewer'} onDone={done} /></span>
              </Tooltip>
              <BulkReturnButton selected={selected} onDone={done} />
            </>
          )}
          <Button icon={<DownloadOutlined />} href={findingsExportHref(filters)} download disabled={!forms.data?.total}>导出审核发现</Button>
        </Space>
        {forms.error && <Alert type="error" showIcon title={errorMessage(forms.error)} />}
        <Table<FormSummary>
          size="small"
          rowKey="id"
          loading={forms.isFetching}
          dataSource={forms.data?.items ?? []}
          rowSelection={
            bulk
              ? {
                  selectedRowKeys: selected.map((f) => f.id),
                  onChange: (_keys, rows) => setSelected(rows.filter((f) => f && !bulkReturnBlocked(f))),
                  getCheckboxProps: (f) => ({ disabled: bulkReturnBlocked(f) !== null, 'aria-label': `选择 ${f.project_name || FORM_KIND_LABELS[f.kind]}` }),
                  // A box says why its form is left out: a closed year's is not decided at all, one with errors only returned.
                  renderCell: (_checked, f, _i, node) => {
                    const why = bulkReturnBlocked(f) ?? bulkApproveBlocked(f);
                    return why ? <Tooltip title={why}><span>{node}</span></Tooltip> : node;
                  },
                }
              : undefined
          }
          onChange={(_p, _f, sorter, extra) => {
            const next = sortChange(sorter, extra);
            if (next) change({ sort: next.sort, order: next.order });
          }}
          pagination={pagedListPagination(page, pageSize, forms.data?.total, (p, size) => change(size !== pageSize ? { size } : { page: p }))}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={q || year || org || kind || finding || severity ? '没有符合条件的表，请修改单位、表类型、问题类型、严重程度、年度或项目名称' : <EmptyQueueText queue={queue} elsewhere={elsewhere} onOpen={(key) => change({ queue: key })} />} /> }}
          columns={columns}
          scroll={{ x: columnsWidth(columns, NAME_MIN_WIDTH, screens) }}
        />
      </Card>
    </div>
  );
}

/** An empty queue's text; when the reviewer's other queue holds forms to decide, a way there. */
function EmptyQueueText({ queue, elsewhere, onOpen }: { queue: Queue; elsewhere: ReturnType<typeof elsewhereToDecide>; onOpen: (key: string) => void }) {
  if (!elsewhere) return <>{queue.empty}</>;
  return (
    <>
      {queue.empty}；另有 {elsewhere.n} 份等待您审核，在「{elsewhere.label}」。
      <Button type="link" size="small" onClick={() => onOpen(elsewhere.key)}>查看「{elsewhere.label}」</Button>
    </>
  );
}
