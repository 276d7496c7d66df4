import { useState } from 'react';
import { Alert, Button, Empty, Select, Space, Table, type TableColumnsType } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, errorMessage } from '../api/client';
import { LightDot } from '../components/light-dot';
import { formatDateTime } from '../lib/format-date-time';
import { formatWan } from '../lib/labels';
import { NAME_MIN_WIDTH, pagedListPagination, serverSort, sortChange, type ListSort } from '../lib/list-columns';
import { columnsWidth } from '../lib/columns-width';
import { formatProgress } from './monitoring-parts';
import { YearClosedTag } from '../components/year-closed-tag';
import { emptyListText, otherYears, otherYearsText, unitRowAction, type ListAudience, type ListStatus, type QueuePage, type QueueRow } from './monitoring-queue';

// Under ['monitoring']: saving, submitting, accepting or returning a table refreshes the lists with it.
const queueKey = (...parts: unknown[]) => ['monitoring', 'queue', ...parts];

/** The count of tables at each stage in the year, for the list's tabs. */
export function useQueueCounts(year: number) {
  return useQuery({
    queryKey: queueKey('counts', year),
    queryFn: async ({ signal }) => (await api.get<QueuePage>('/api/monitoring', { fiscal_year: year, limit: 1 }, signal)).counts,
  });
}

/** The tables at each stage per year in the reader's whole scope: the year to open on, and what other years hold. */
export function useQueueYears(enabled = true) {
  return useQuery({
    queryKey: queueKey('years'),
    enabled,
    queryFn: async ({ signal }) => (await api.get<QueuePage>('/api/monitoring', { limit: 1 }, signal)).years ?? [],
  });
}

/**
 * The monitoring tables at one stage (待验收, 已退回 or 已验收) in the reader's scope, paged and sorted by the server.
 * A reviewer opens a table by its project's name, to read and 验收 or 退回 it above; a unit reads its own tables
 * here, and opens a returned one with 「去修改」 or a draft with 「继续填报」 (the others cannot be changed until they come back;
 * a closed year's are marked 已关闭 and opened with 「查看」).
 */
export function MonitoringQueueList({ year, status, audience = 'reviewer', onOpen, onYear }: { year: number; status: ListStatus; audience?: ListAudience; onOpen: (row: QueueRow) => void; onYear: (year: number) => void }) {
  const unit = audience === 'unit';
  const draft = status === 'draft';
  const years = useQueueYears();
  // An empty year says how many tables wait in the others, with a way there, rather than only that there are none.
  const elsewhere = otherYears(years.data ?? [], year, status);
  const elsewhereText = otherYearsText(status, elsewhere, audience);
  const [month, setMonth] = useState<number | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(15);
  const [sort, setSort] = useState<ListSort>({});
  const tables = useQuery({
    queryKey: queueKey(year, status, month, page, pageSize, sort),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      api.get<QueuePage>('/api/monitoring', { status, fiscal_year: year, month, limit: pageSize, offset: (page - 1) * pageSize, sort: sort.sort, order: sort.order }, signal),
  });
  // A long 退回意见 or 单位 column squeezed 项目 to a character a line at 1280 px: the list scrolls sideways instead.
  const columns: TableColumnsType<QueueRow> = [
    {
      title: '项目',
      ...serverSort<QueueRow>('project_name', sort),
      render: (_, r) => (
        <>
          {unit ? (
            (r.project_name ?? '未命名项目')
          ) : (
            <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onOpen(r)}>
              {r.project_name ?? '未命名项目'}
            </Button>
          )}
          {r.year_closed && <> <YearClosedTag year={r.fiscal_year} /></>}
        </>
      ),
    },
    ...(unit ? [] : [{ title: '单位', dataIndex: 'org_name', width: 180, ellipsis: true, ...serverSort<QueueRow>('org', sort) }]),
    { title: '期间', width: 80, ...serverSort<QueueRow>('month', sort), render: (_, r) => `1—${r.month}月` },
    { title: '预算 / 执行', width: 170, render: (_, r) => `${formatWan(r.budget_wan)} / ${formatWan(r.executed_wan)}` },
    { title: '执行进度', width: 90, render: (_, r) => formatProgress(r.budget_progress) },
    { title: '预算亮灯', width: 100, render: (_, r) => <LightDot light={r.budget_light ?? 'none'} /> },
    { title: '项目亮灯', width: 100, render: (_, r) => <LightDot light={r.project_light ?? 'none'} /> },
    ...(status === 'accepted' ? [{ title: '拨款决定', width: 100, render: (_: unknown, r: QueueRow) => r.decision ?? '—' }] : []),
    ...(status === 'returned' ? [{ title: '退回意见', width: 260, render: (_: unknown, r: QueueRow) => <span style={{ whiteSpace: 'pre-line' }}>{r.note ?? '—'}</span> }] : []),
    // A draft was never submitted: when it was last saved tells the clerk which one they were working on.
    draft
      ? { title: '保存时间', width: 140, ...serverSort<QueueRow>('updated_at', sort), render: (_, r) => <span className="num-cell">{formatDateTime(r.updated_at)}</span> }
      : { title: '提交时间', width: 140, ...serverSort<QueueRow>('submitted_at', sort), render: (_, r) => <span className="num-cell">{formatDateTime(r.submitted_at)}</span> },
    ...(unit && (status === 'returned' || draft)
      ? [{ title: '操作', width: 100, render: (_: unknown, r: QueueRow) => {
          const action = unitRowAction(status, r.year_closed) ?? '查看';
          return <Button size="small" aria-label={`${action}「${r.project_name ?? '未命名项目'}」1—${r.month}月监控表`} onClick={() => onOpen(r)}>{action}</Button>;
        } }]
      : []),
  ];
  return (
    <>
      <div style={{ marginBottom: 8 }}>
        <Select
          aria-label="清单监控期间"
          style={{ width: 150 }}
          value={month ?? 0}
          onChange={(m: number) => {
            setMonth(m || undefined);
            setPage(1);
          }}
          options={[{ value: 0, label: '全部期间' }, ...Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `1—${i + 1}月` }))]}
        />
      </div>
      {tables.error && <Alert type="error" showIcon title={errorMessage(tables.error)} />}
      <Table<QueueRow>
        size="small"
        rowKey="id"
        loading={tables.isFetching}
        dataSource={tables.data?.items ?? []}
        onChange={(_p, _f, sorter, extra) => {
          const next = sortChange(sorter, extra);
          if (!next) return;
          setSort(next);
          setPage(1);
        }}
        pagination={pagedListPagination(page, pageSize, tables.data?.total, (p, size) => {
          setPage(size !== pageSize ? 1 : p);
          setPageSize(size);
        })}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                <>
                  <div>{emptyListText(status, year, month, audience)}</div>
                  {elsewhereText && (
                    <Space orientation="vertical" size={4} style={{ marginTop: 8 }}>
                      <Alert type="info" showIcon title={elsewhereText} />
                      <Space wrap>
                        {elsewhere.map((y) => (
                          <Button key={y.fiscal_year} size="small" onClick={() => onYear(y.fiscal_year)}>{`查看 ${y.fiscal_year} 年（${y.count} 张）`}</Button>
                        ))}
                      </Space>
                    </Space>
                  )}
                </>
              }
            />
          ),
        }}
        columns={columns}
        scroll={{ x: columnsWidth(columns, NAME_MIN_WIDTH) }}
      />
    </>
  );
}
