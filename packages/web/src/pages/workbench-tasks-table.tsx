import { Empty, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { FormSummary } from '../api/types';
import { FORM_KIND_SHORT } from '../lib/labels';
import { budgetColumn, namedPageItem, serverSort, sortChange, statusColumn, type ListSort } from '../lib/list-columns';
import { formPagePath } from '../lib/form-page-path';

/** 工作台's to-do list: a short page of one queue, paged and sorted by the server. Loaded after the first screen. */
export function WorkbenchTasksTable({ reviewer, loading, items, total, page, sort, empty, onPage, onSort }: {
  reviewer: boolean;
  loading: boolean;
  items: FormSummary[];
  total: number;
  page: number;
  sort: ListSort;
  empty: string;
  onPage: (page: number) => void;
  onSort: (sort: ListSort) => void;
}) {
  return (
    <Table<FormSummary>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={items}
      onChange={(_p, _f, sorter, extra) => {
        const next = sortChange(sorter, extra);
        if (next) onSort(next);
      }}
      pagination={{ current: page, pageSize: 6, total, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `共 ${t} 份`, onChange: onPage, itemRender: namedPageItem }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      columns={[
        {
          title: '项目 / 表',
          ...serverSort('project_name', sort),
          render: (_, f) => (
            <Link to={reviewer && f.status !== 'draft' ? `/review/${f.id}` : formPagePath(f.kind, f.id)}>
              {f.project_name ?? FORM_KIND_SHORT[f.kind] ?? f.kind}
              {/* A project's target and its self-evaluation share the project's name: the kind tells them apart. */}
              {f.project_name && f.kind !== 'project_target' && <Typography.Text type="secondary">（{FORM_KIND_SHORT[f.kind] ?? f.kind}）</Typography.Text>}
            </Link>
          ),
        },
        { title: '单位', ellipsis: true, ...serverSort('org', sort), render: (_, f) => f.org_name ?? f.org ?? '—' },
        { title: '年度', dataIndex: 'fiscal_year', width: 80, ...serverSort('fiscal_year', sort) },
        { ...budgetColumn(), width: 130, ...serverSort('budget_total_wan', sort) },
        {
          title: '审核发现',
          width: 100,
          ...serverSort('errors', sort),
          // As of the last save: which draft still has errors to fix before it can be submitted.
          render: (_, f) => (f.errors ? <Tag color="red">错误 {f.errors}</Tag> : f.warnings ? <Tag color="gold">警告 {f.warnings}</Tag> : f.errors === 0 ? <Tag color="green">无</Tag> : '—'),
        },
        statusColumn(),
      ]}
    />
  );
}
