import { useState } from 'react';
import { Alert, Card, Empty, Input, Segmented, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useAuth } from '../api/auth-context';
import { errorMessage } from '../api/client';
import { usePagedForms } from '../api/queries';
import type { FormSummary } from '../api/types';
import { selfEvaluationEmptyText } from './self-evaluation-empty';
import { pagedListPagination, reportedTotalColumn, serverSort, sortChange, statusColumn, systemTotalColumn, updatedColumn, type ListSort } from '../lib/list-columns';

type SheetKind = 'project_self_evaluation' | 'department_self_evaluation';

/**
 * The self-evaluations this user may see (a unit's own, a reviewer's units'), paged and sorted on the server: the
 * 项目支出 sheets, or the 部门整体 ones, which are filled in on the same page.
 */
export function SelfEvaluationList() {
  const { user } = useAuth();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(15);
  const [q, setQ] = useState('');
  const [sort, setSort] = useState<ListSort>({});
  const [kind, setKind] = useState<SheetKind>('project_self_evaluation');
  const department = kind === 'department_self_evaluation';
  const forms = usePagedForms({ kind, q: q || undefined, ...sort }, page, pageSize);
  return (
    <div className="page">
      <Typography.Title level={3}>绩效自评</Typography.Title>
      <Card
        size="small"
        extra={<Input.Search aria-label="搜索项目名称" placeholder="搜索项目名称" allowClear onSearch={(v) => { setQ(v.trim()); setPage(1); }} style={{ width: 220 }} />}
        title={
          <Segmented<SheetKind>
            aria-label="自评表类型"
            value={kind}
            onChange={(k) => { setKind(k); setPage(1); }}
            options={[{ value: 'project_self_evaluation', label: '项目支出绩效自评表' }, { value: 'department_self_evaluation', label: '部门整体支出绩效自评表' }]}
          />
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
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={selfEvaluationEmptyText(user?.role, !!q)}
              />
            ),
          }}
          columns={[
            department
              ? { title: '部门（单位）', ...serverSort('org', sort), render: (_, f) => <Link to={`/self-evaluation/${f.id}`}>{f.org_name ?? f.org}</Link> }
              : { title: '项目', ...serverSort('project_name', sort), render: (_, f) => <Link to={`/self-evaluation/${f.id}`}>{f.project_name ?? '未命名项目'}</Link> },
            ...(department ? [] : [{ title: '单位', ellipsis: true, ...serverSort('org', sort), render: (_: unknown, f: FormSummary) => f.org_name ?? f.org }]),
            { title: '年度', dataIndex: 'fiscal_year', width: 80, ...serverSort('fiscal_year', sort) },
            // Both kinds of sheet sort and grade by the system's total; the unit's own stands beside it, red where they differ.
            systemTotalColumn(sort),
            reportedTotalColumn(),
            { ...statusColumn(), width: 120, ...serverSort('status', sort) },
            { ...updatedColumn(), width: 150, ...serverSort('updated_at', sort) },
          ]}
        />
      </Card>
    </div>
  );
}
