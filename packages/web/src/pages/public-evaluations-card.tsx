import { useState } from 'react';
import { Alert, Card, Empty, Table } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, errorMessage } from '../api/client';
import { formatDateTime } from '../lib/format-date-time';
import { pagedListPagination } from '../lib/list-columns';

export interface PublicEvaluationItem {
  id: number;
  org: string;
  org_name: string;
  region?: string | null;
  region_name?: string | null;
  fiscal_year: number;
  total_score: number | null;
  grade: string | null;
  published_at: string | null;
}

const DEFAULT_PAGE_SIZE = 15;

/**
 * 部门评价 finance has published, for the same region and year the visitor picked above; newest first. The server
 * pages and counts (GET /api/public/evaluations?limit&offset), so only the page on screen travels.
 */
export function PublicEvaluationsCard({ region, year }: { region: string; year: string }) {
  const [paging, setPaging] = useState({ region, year, page: 1, pageSize: DEFAULT_PAGE_SIZE });
  // Another region or year starts again at page 1 (adjusted while rendering, not in an effect: no extra request).
  if (paging.region !== region || paging.year !== year) setPaging({ region, year, page: 1, pageSize: paging.pageSize });
  const { page, pageSize } = paging;
  const list = useQuery({
    queryKey: ['public-evaluations', region, year, page, pageSize],
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      api.get<{ items: PublicEvaluationItem[]; total: number }>('/api/public/evaluations', { region, fiscal_year: year, limit: pageSize, offset: (page - 1) * pageSize }, signal),
  });
  return (
    <Card title="已公开的部门评价" style={{ marginTop: 12 }}>
      {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} />}
      <Table<PublicEvaluationItem>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={{
          ...pagedListPagination(page, pageSize, list.data?.total, (p, size) => setPaging({ region, year, page: size !== pageSize ? 1 : p, pageSize: size })),
          hideOnSinglePage: true,
        }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无已公开的部门评价" /> }}
        columns={[
          { title: '年度', width: 80, dataIndex: 'fiscal_year' },
          { title: '部门', render: (_, e) => e.org_name },
          { title: '总分', width: 90, align: 'right', render: (_, e) => <span className="num-cell">{e.total_score ?? '—'}</span> },
          { title: '等级', width: 80, render: (_, e) => e.grade ?? '—' },
          { title: '公开时间', width: 150, render: (_, e) => <span className="num-cell">{formatDateTime(e.published_at)}</span> },
          {
            title: '评价报告',
            width: 120,
            render: (_, e) => (
              <a href={`/api/public/evaluations/${e.id}/report`} download aria-label={`下载${e.org_name}${e.fiscal_year}年度评价报告`}>
                下载 .docx
              </a>
            ),
          },
        ]}
      />
    </Card>
  );
}
