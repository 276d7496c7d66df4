import { useState } from 'react';
import { Alert, Card, Empty, Input, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useAuth } from '../api/auth-context';
import { errorMessage } from '../api/client';
import { usePagedForms } from '../api/queries';
import type { FormSummary } from '../api/types';
import { selfEvaluationEmptyText } from './self-evaluation-empty';
import { pagedListPagination, serverSort, sortChange, statusColumn, updatedColumn, type ListSort } from '../lib/list-columns';

/** The 项目支出绩效自评表 this user may see (a unit's own, a reviewer's units'), paged and sorted on the server. */
export function SelfEvaluationList() {
  const { user } = useAuth();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(15);
  const [q, setQ] = useState('');
  const [sort, setSort] = useState<ListSort>({});
  const forms = usePagedForms({ kind: 'project_self_evaluation', q: q || undefined, ...sort }, page, pageSize);
  return (
    <div className="page">
      <Typography.Title level={3}>绩效自评</Typography.Title>
      <Card
        size="small"
        extra={<Input.Search aria-label="搜索项目名称" placeholder="搜索项目名称" allowClear onSearch={(v) => { setQ(v.trim()); setPage(1); }} style={{ width: 220 }} />}
        title="项目支出绩效自评表"
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
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={selfEvaluationEmptyText(user?.role, !!q)}
              />
            ),
          }}
          columns={[
            { title: '项目', ...serverSort('project_name', sort), render: (_, f) => <Link to={`/self-evaluation/${f.id}`}>{f.project_name ?? '未命名项目'}</Link> },
            { title: '单位', ellipsis: true, ...serverSort('org', sort), render: (_, f) => f.org_name ?? f.org },
            { title: '年度', dataIndex: 'fiscal_year', width: 80, ...serverSort('fiscal_year', sort) },
            { title: '总分', width: 90, align: 'right', ...serverSort('total_score', sort), render: (_, f) => <span className="num-cell">{f.total_score ?? '—'}</span> },
            { ...statusColumn(), width: 120, ...serverSort('status', sort) },
            { ...updatedColumn(), width: 150, ...serverSort('updated_at', sort) },
          ]}
        />
      </Card>
    </div>
  );
}
