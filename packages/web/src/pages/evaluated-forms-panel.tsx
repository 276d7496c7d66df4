import { useState } from 'react';
import { Collapse, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { usePagedForms } from '../api/queries';
import type { FormSummary } from '../api/types';
import { formPagePath } from '../lib/form-page-path';
import { FORM_KIND_SHORT, formatWan } from '../lib/labels';

const PAGE_SIZE = 8;

/**
 * The published forms of the department an opened evaluation is about (its targets and self-evaluations), each opening
 * read-only: what the evaluator scores against. The server lists a third-party evaluator nothing else. Folded to one
 * line with the count, so the scoring below stays the page's first screen.
 */
export function EvaluatedFormsPanel({ org, orgName }: { org: string; orgName: string }) {
  const [page, setPage] = useState(1);
  const forms = usePagedForms({ org, status: 'published', sort: 'fiscal_year', order: 'desc' }, page, PAGE_SIZE);
  const total = forms.data?.total;
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 12, background: '#fff' }}
      items={[{
        key: 'forms',
        label: `被评价部门已公开的表（${orgName}${total === undefined ? '' : `，${total} 份`}）`,
        children: (
          <Table<FormSummary>
            size="small"
            rowKey="id"
            loading={forms.isLoading}
            dataSource={forms.data?.items ?? []}
            locale={{ emptyText: '该部门还没有已公开的目标表或自评表' }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: forms.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 份` }}
            columns={[
              { title: '表', render: (_, f) => <Link to={formPagePath(f.kind, f.id)}>{f.project_name ?? FORM_KIND_SHORT[f.kind] ?? f.kind}</Link> },
              { title: '类型', width: 160, render: (_, f) => FORM_KIND_SHORT[f.kind] ?? f.kind },
              { title: '单位', width: 260, render: (_, f) => <Typography.Text ellipsis={{ tooltip: f.org_name }}>{f.org_name ?? f.org}</Typography.Text> },
              { title: '年度', width: 70, dataIndex: 'fiscal_year' },
              { title: '预算', width: 110, align: 'right', render: (_, f) => (f.budget_total_wan == null ? '—' : formatWan(f.budget_total_wan)) },
            ]}
          />
        ),
      }]}
    />
  );
}
