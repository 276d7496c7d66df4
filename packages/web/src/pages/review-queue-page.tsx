import { Alert, Card, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { FORM_KIND_LABELS } from '@jixiao/core';
import { errorMessage } from '../api/client';
import { useForms } from '../api/queries';
import type { FormSummary } from '../api/types';
import { STATUS_COLORS, formatWan, statusLabel } from '../lib/labels';

const QUEUES = [
  { value: 'submitted', label: '待审核' },
  { value: 'returned', label: '已退回' },
  { value: 'approved', label: '待公开' },
  { value: 'published', label: '已公开' },
];

/** 审核: the forms waiting for this reviewer, by stage. */
export function ReviewQueuePage() {
  const [status, setStatus] = useState('submitted');
  const forms = useForms({ status });
  return (
    <div className="page">
      <Typography.Title level={3}>审核</Typography.Title>
      <Card size="small" title={<Segmented aria-label="审核队列" value={status} onChange={(v) => setStatus(String(v))} options={QUEUES} />}>
        {forms.error && <Alert type="error" showIcon title={errorMessage(forms.error)} />}
        <Table<FormSummary>
          size="small"
          rowKey="id"
          loading={forms.isLoading}
          dataSource={forms.data?.items ?? []}
          pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 份` }}
          locale={{ emptyText: '队列为空' }}
          columns={[
            { title: '项目 / 表', render: (_, f) => <Link to={`/review/${f.id}`}>{f.project_name || FORM_KIND_LABELS[f.kind]}</Link> },
            { title: '类型', width: 200, render: (_, f) => FORM_KIND_LABELS[f.kind] },
            { title: '单位', width: 200, render: (_, f) => f.org_name ?? f.org },
            { title: '年度', width: 70, dataIndex: 'fiscal_year' },
            { title: '预算', width: 120, render: (_, f) => formatWan(f.budget_total_wan) },
            { title: '版本', width: 60, dataIndex: 'version' },
            { title: '状态', width: 110, render: (_, f) => <Tag color={STATUS_COLORS[f.status]}>{statusLabel(f.status)}</Tag> },
          ]}
        />
      </Card>
    </div>
  );
}
