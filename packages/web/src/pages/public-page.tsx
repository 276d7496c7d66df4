import { useMemo } from 'react';
import { Alert, Card, InputNumber, Layout, Select, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { FORM_KIND_LABELS, type FormKind } from '@jixiao/core';
import { api, errorMessage } from '../api/client';
import { formatWan } from '../lib/labels';
import { EXPORT_FORMATS, exportHref } from '../lib/export-formats';

export interface PublicFormItem {
  id: number | string;
  kind: FormKind;
  org?: string | null;
  org_name?: string | null;
  region?: string | null;
  region_name?: string | null;
  fiscal_year?: number | null;
  project_name?: string | null;
  budget_total_wan?: number | null;
  published_at?: string | null;
}

/** 公开: published targets by region and year, readable and downloadable without logging in. */
export function PublicPage() {
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? '';
  const year = params.get('fiscal_year') ?? '';
  const kind = params.get('kind') ?? '';
  const list = useQuery({
    queryKey: ['public-forms', region, year],
    queryFn: ({ signal }) => api.get<{ items: PublicFormItem[] }>('/api/public/forms', { region, fiscal_year: year }, signal),
  });
  const regions = useQuery({
    queryKey: ['public-regions'],
    queryFn: ({ signal }) => api.get<{ items: Array<{ code: string; name: string; published: number }> }>('/api/public/regions', undefined, signal),
  });
  const set = (key: string, value: string | number | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value === null || value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };
  const rows = useMemo(() => (list.data?.items ?? []).filter((f) => !kind || f.kind === kind), [list.data, kind]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="app-header">
        <Typography.Text strong style={{ fontSize: 16 }}>预算绩效信息公开</Typography.Text>
        <Link to="/login">工作人员登录</Link>
      </Layout.Header>
      <Layout.Content className="app-content">
        <Card
          title="已公开的绩效目标"
          extra={
            <Space>
              <Select
                aria-label="区划"
                placeholder="全部区划"
                allowClear
                showSearch
                optionFilterProp="label"
                value={region || undefined}
                onChange={(v) => set('region', v)}
                style={{ width: 220 }}
                options={(regions.data?.items ?? []).map((r) => ({ value: r.code, label: `${r.name}（${r.published} 份）` }))}
              />
              <InputNumber aria-label="预算年度" placeholder="年度" min={2000} max={2100} value={year ? Number(year) : null} onChange={(v) => set('fiscal_year', v)} />
              <Select
                aria-label="表类型"
                placeholder="全部表类型"
                allowClear
                value={kind || undefined}
                onChange={(v) => set('kind', v)}
                style={{ width: 220 }}
                options={Object.entries(FORM_KIND_LABELS).map(([value, label]) => ({ value, label }))}
              />
            </Space>
          }
        >
          {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} />}
          <Table<PublicFormItem>
            rowKey="id"
            size="small"
            loading={list.isLoading}
            dataSource={rows}
            pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 份` }}
            locale={{ emptyText: '暂无已公开的绩效目标' }}
            columns={[
              { title: '区划', width: 120, render: (_, f) => f.region_name ?? f.region ?? '' },
              { title: '年度', width: 70, dataIndex: 'fiscal_year' },
              { title: '单位', render: (_, f) => f.org_name ?? f.org ?? '' },
              { title: '项目 / 表', render: (_, f) => <Link to={`/public/forms/${f.id}`}>{f.project_name || FORM_KIND_LABELS[f.kind]}</Link> },
              { title: '预算', width: 130, render: (_, f) => formatWan(f.budget_total_wan) },
              {
                title: '下载',
                width: 300,
                render: (_, f) => (
                  <Space size={4} wrap>
                    {EXPORT_FORMATS.map(([format, label]) => (
                      <a key={format} href={exportHref(f.id, format)} download aria-label={`下载${label}`}>
                        {label}
                      </a>
                    ))}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      </Layout.Content>
    </Layout>
  );
}
