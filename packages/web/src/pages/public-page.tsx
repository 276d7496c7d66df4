import { Alert, Card, Empty, Grid, Input, InputNumber, Layout, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { FORM_KIND_LABELS, type FormKind } from '@jixiao/core';
import { publicListTitle } from './public-list-title';
import { api, errorMessage } from '../api/client';
import { formatDateTime } from '../lib/format-date-time';
import { formatWan } from '../lib/labels';
import { pagedListPagination, serverSort, sortChange, type ListSort } from '../lib/list-columns';
import { EXPORT_FORMATS, exportHref } from '../lib/export-formats';
import { publicListSort } from './public-list-sort';
import { PublicEvaluationsCard } from './public-evaluations-card';

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

const DEFAULT_PAGE_SIZE = 20;

function DownloadLinks({ form }: { form: PublicFormItem }) {
  return (
    <Space size={4} wrap>
      {EXPORT_FORMATS.map(([format, label]) => (
        <a key={format} href={exportHref(form.id, format)} download aria-label={`下载${label}`}>
          {label}
        </a>
      ))}
    </Space>
  );
}

/** The project link, as the list's name column and as the heading of a phone card. */
function FormLink({ form }: { form: PublicFormItem }) {
  return <Link to={`/public/forms/${form.id}`}>{form.project_name || FORM_KIND_LABELS[form.kind]}</Link>;
}

/**
 * On a phone each published form is one card-like row: what it is (project) first, then whose and which
 * year, then the downloads. Seven columns in 375px pushed the link and downloads off-screen and left
 * a column of near-identical 区划 and 年度 values.
 */
function phoneColumns(sort: ListSort): ColumnsType<PublicFormItem> {
  return [
    {
      title: '项目 / 表',
      ...serverSort<PublicFormItem>('project_name', sort),
      render: (_, f) => (
        <Space orientation="vertical" size={2} style={{ width: '100%' }}>
          <Typography.Text strong><FormLink form={f} /></Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {[f.org_name ?? f.org, f.fiscal_year ? `${f.fiscal_year}年` : null, f.budget_total_wan != null ? formatWan(f.budget_total_wan) : null].filter(Boolean).join(' · ')}
          </Typography.Text>
          <DownloadLinks form={f} />
        </Space>
      ),
    },
  ];
}

function wideColumns(sort: ListSort): ColumnsType<PublicFormItem> {
  return [
    { title: '区划', width: 120, render: (_, f) => f.region_name ?? f.region ?? '' },
    { title: '年度', width: 80, dataIndex: 'fiscal_year', ...serverSort<PublicFormItem>('fiscal_year', sort) },
    // The unit in full: a visitor tells 街道 and 财政局 of one district apart by the end of the name.
    { title: '单位', ...serverSort<PublicFormItem>('org', sort), render: (_, f) => f.org_name ?? f.org ?? '' },
    { title: '项目 / 表', ...serverSort<PublicFormItem>('project_name', sort), render: (_, f) => <FormLink form={f} /> },
    { title: '预算', width: 130, align: 'right', ...serverSort<PublicFormItem>('budget_total_wan', sort), render: (_, f) => <span className="num-cell">{formatWan(f.budget_total_wan)}</span> },
    { title: '公开时间', width: 150, ...serverSort<PublicFormItem>('published_at', sort), render: (_, f) => <span className="num-cell">{formatDateTime(f.published_at)}</span> },
    { title: '下载', width: 260, render: (_, f) => <DownloadLinks form={f} /> },
  ];
}

/** A positive whole number from the address bar, or the fallback when it is missing or mangled. */
function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * 公开: published targets by region and year, readable and downloadable without logging in.
 * The server filters, searches, sorts, pages and counts (GET /api/public/forms), so a region
 * with thousands of published forms shows its true total and only the page on screen travels.
 * Every choice lives in the address, so a link or the back button shows the same page.
 */
export function PublicPage() {
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? '';
  const year = params.get('fiscal_year') ?? '';
  const kind = params.get('kind') ?? '';
  const q = params.get('q') ?? '';
  const page = positive(params.get('page'), 1);
  const pageSize = Math.min(positive(params.get('size'), DEFAULT_PAGE_SIZE), 100);
  const sort = publicListSort(params);
  const list = useQuery({
    queryKey: ['public-forms', region, year, kind, q, sort.sort, sort.order, page, pageSize],
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      api.get<{ items: PublicFormItem[]; total: number }>(
        '/api/public/forms',
        { region, fiscal_year: year, kind, q, sort: sort.sort, order: sort.order, limit: pageSize, offset: (page - 1) * pageSize },
        signal,
      ),
  });
  const regions = useQuery({
    queryKey: ['public-regions'],
    queryFn: ({ signal }) => api.get<{ items: Array<{ code: string; name: string; published: number }> }>('/api/public/regions', undefined, signal),
  });
  /** Sets address parameters; any change but the page itself starts again at page 1. */
  const set = (changes: Record<string, string | number | null | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };
  const filtered = Boolean(region || year || kind || q);
  const heading = publicListTitle(kind);
  const phone = Grid.useBreakpoint().xs === true;

  return (
    <Layout className="public-layout" style={{ minHeight: '100vh' }}>
      <Layout.Header className="app-header">
        <Typography.Text strong style={{ fontSize: 16 }}>预算绩效信息公开</Typography.Text>
        <Link to="/login">工作人员登录</Link>
      </Layout.Header>
      <Layout.Content className="app-content">
        {/* The filters above the list, not in the card's title bar: on a phone they wrap instead of pushing the page wider than the screen. */}
        <Card title={heading.title}>
          <Space wrap style={{ marginBottom: 12 }}>
            <Select
              aria-label="区划"
              placeholder="全部区划"
              allowClear
              showSearch
              optionFilterProp="label"
              value={region || undefined}
              onChange={(v) => set({ region: v })}
              style={{ width: 200 }}
              options={(regions.data?.items ?? []).map((r) => ({ value: r.code, label: `${r.name}（${r.published} 份）` }))}
            />
            <InputNumber aria-label="预算年度" placeholder="年度" min={2000} max={2100} value={year ? Number(year) : null} onChange={(v) => set({ fiscal_year: v })} style={{ width: 90 }} />
            <Select
              aria-label="表类型"
              placeholder="全部表类型"
              allowClear
              value={kind || undefined}
              onChange={(v) => set({ kind: v })}
              style={{ width: 200 }}
              options={Object.entries(FORM_KIND_LABELS).map(([value, label]) => ({ value, label }))}
            />
            <Input.Search
              key={q}
              aria-label="搜索项目或单位名称"
              placeholder="搜索项目或单位名称"
              allowClear
              defaultValue={q}
              maxLength={200}
              onSearch={(v) => set({ q: v.trim() })}
              style={{ width: 220 }}
            />
          </Space>
          {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} />}
          <Table<PublicFormItem>
            rowKey="id"
            size="small"
            scroll={phone ? undefined : { x: 1100 }}
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            onChange={(_p, _f, sorter, extra) => {
              const next = sortChange(sorter, extra);
              if (next) set({ sort: next.sort, order: next.order });
            }}
            pagination={pagedListPagination(page, pageSize, list.data?.total, (p, size) => set({ page: size !== pageSize ? 1 : p, size: size === DEFAULT_PAGE_SIZE ? null : size }))}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={filtered ? '没有符合条件的已公开表，请修改区划、年度、表类型或搜索文字' : heading.empty}
                />
              ),
            }}
            columns={phone ? phoneColumns(sort) : wideColumns(sort)}
          />
        </Card>
        <PublicEvaluationsCard region={region} year={year} />
      </Layout.Content>
    </Layout>
  );
}
