import { useEffect, useMemo, useState } from 'react';
import { Alert, Card, Col, Empty, Grid, Input, Row, Select, Space, Table, Tooltip, Tree, Typography, InputNumber, Button } from 'antd';
import type { TableColumnsType } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useSearchParams } from 'react-router-dom';
import { FORM_KIND_LABELS, FORM_KINDS } from '@jixiao/core';
import { errorMessage } from '../api/client';
import { useOrgs, usePagedForms } from '../api/queries';
import type { FormSummary, Org } from '../api/types';
import { FORM_KIND_SHORT, STATUS_LABELS } from '../lib/labels';
import { formatDateTime } from '../lib/format-date-time';
import { columnsWidth } from '../lib/columns-width';
import { budgetColumn, nameColumn, pagedListPagination, serverSort, sortChange, statusColumn, updatedColumn, type ListSort } from '../lib/list-columns';
import { DeleteFormButton, RestoreFormButton, canDeleteForm } from '../components/delete-form-button';
import { BulkDeleteFormsButton } from '../components/bulk-delete-forms-button';
import { NewFormButton } from '../components/new-form-button';
import { useAuth } from '../api/auth-context';
import { closedYearAction } from '../lib/year-closed';
import { formPagePath } from '../lib/form-page-path';

// Beside the unit tree the list has less room than the other lists: a little less for the name, shown whole on hover.
const ORGS_NAME_MIN_WIDTH = 180;

function buildTree(orgs: Org[], search: string): DataNode[] {
  const byParent = new Map<string, Org[]>();
  const codes = new Set(orgs.map((o) => o.code));
  for (const org of orgs) {
    const parent = org.parent && codes.has(org.parent) ? org.parent : '';
    byParent.set(parent, [...(byParent.get(parent) ?? []), org]);
  }
  const needle = search.trim();
  const build = (parent: string): DataNode[] =>
    (byParent.get(parent) ?? [])
      .map((org) => {
        const children = build(org.code);
        const hit = !needle || org.name.includes(needle) || org.code.includes(needle);
        if (!hit && children.length === 0) return null;
        return { key: org.code, title: `${org.name}（${org.code}）`, children } as DataNode;
      })
      .filter((n): n is DataNode => n !== null);
  return build('');
}

export function OrgsPage() {
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const { user } = useAuth();
  const screens = Grid.useBreakpoint();
  const canCreate = user?.role === 'unit_editor' || user?.role === 'finance_reviewer';
  const orgs = useOrgs();
  // ?new=<kind> (工作台's 新建绩效目标表) opens 新建表 once; the address forgets it, so Back or a reload does not reopen it.
  const [startWith] = useState(() => {
    const kind = params.get('new');
    return FORM_KINDS.find((k) => k === kind);
  });
  useEffect(() => {
    if (!params.has('new')) return;
    const next = new URLSearchParams(params);
    next.delete('new');
    setParams(next, { replace: true });
  }, [params, setParams]);
  const selectedOrg = params.get('org') ?? '';
  const filters = {
    org: selectedOrg || undefined,
    kind: params.get('kind') ?? undefined,
    status: params.get('status') ?? undefined,
    fiscal_year: params.get('fiscal_year') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  // 回收站: the deleted forms, for those who may restore them.
  const bin = params.get('deleted') === 'only' && canDeleteForm(user?.role, 'draft');
  const order = params.get('order');
  const sort: ListSort = { sort: params.get('sort') ?? undefined, order: order === 'desc' || order === 'asc' ? order : undefined };
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('size') ?? 15) || 15;
  // The server filters by the unit's subtree and counts, so the list is complete however many forms there are.
  const forms = usePagedForms({ ...filters, ...sort, ...(bin ? { deleted: 'only' as const } : {}) }, page, pageSize);
  const orgList = useMemo(() => orgs.data?.items ?? [], [orgs.data]);
  const tree = useMemo(() => buildTree(orgList, search), [orgList, search]);
  const orgNames = useMemo(() => new Map(orgList.map((o) => [o.code, o.name])), [orgList]);
  const rows = forms.data?.items ?? [];
  // Rows ticked for 删除选中; only forms this user may delete can be ticked. A new page or filter starts unticked.
  const [picked, setPicked] = useState<Array<string | number>>([]);
  useEffect(() => setPicked([]), [params]);
  const pickable = !bin && rows.some((f) => canDeleteForm(user?.role, f.status));
  const filtered = Object.values(filters).some((v) => v);

  const setParam = (key: string, value: string | number | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value === null || value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    // A new filter starts again at its first page.
    if (key !== 'page' && key !== 'size') next.delete('page');
    setParams(next, { replace: true });
  };

  // Narrow fixed columns leave the project name its room beside the unit tree at 1280 px (see scroll.x); a clerk whose
  // scope is one unit is not shown that unit on every row.
  const columns: TableColumnsType<FormSummary> = [
    nameColumn((f) => f.project_name || FORM_KIND_LABELS[f.kind], (f) => formPagePath(f.kind, f.id), sort),
    { title: '类型', width: 100, ...serverSort('kind', sort), render: (_, f) => FORM_KIND_SHORT[f.kind] ?? f.kind },
    ...(orgList.length === 1 ? [] : [{ title: '单位', width: 130, ellipsis: true, ...serverSort('org', sort), render: (_: unknown, f: FormSummary) => f.org_name ?? (f.org ? orgNames.get(f.org) ?? f.org : '—') }]),
    { title: '年度', width: 68, dataIndex: 'fiscal_year', ...serverSort('fiscal_year', sort) },
    // The 回收站 makes room for 删除时间 at 1366 px: the budget is on the form itself.
    ...(bin ? [] : [{ ...budgetColumn(), width: 112, ...serverSort('budget_total_wan', sort) }]),
    { title: '版本', width: 72, align: 'right', dataIndex: 'version', responsive: ['xxl'], ...serverSort('version', sort) },
    { ...statusColumn(), width: 96, ...serverSort('status', sort) },
    { ...updatedColumn(), width: 150, responsive: ['xxl'], ...serverSort('updated_at', sort) },
    ...(bin
      ? [
          { title: '删除时间', key: 'deleted_at', width: 140, ...serverSort('deleted_at', sort), render: (_: unknown, f: FormSummary) => <span className="num-cell">{formatDateTime(f.deleted_at)}</span> },
          {
            title: '操作',
            key: 'actions',
            width: 76,
            render: (_: unknown, f: FormSummary) => {
              const restore = closedYearAction(true, f.year_closed, f.fiscal_year);
              return <Tooltip title={restore.reason}><span><RestoreFormButton form={f} disabled={restore.disabled} /></span></Tooltip>;
            },
          },
        ]
      : rows.some((f) => canDeleteForm(user?.role, f.status))
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 76,
            render: (_: unknown, f: FormSummary) => {
              // A closed year's draft keeps its 删除, disabled with why, rather than one that the server refuses.
              const remove = closedYearAction(canDeleteForm(user?.role, f.status), f.year_closed, f.fiscal_year);
              return remove.show ? (
                <Tooltip title={remove.reason}>
                  <span><DeleteFormButton size="small" disabled={remove.disabled} form={{ ...f, org_name: f.org_name ?? (f.org ? orgNames.get(f.org) : null) }} /></span>
                </Tooltip>
              ) : null;
            },
          },
        ]
      : []),
  ];

  return (
    <div className="page">
      <Typography.Title level={3}>单位与项目</Typography.Title>
      <Row gutter={16} wrap={false}>
        <Col flex={screens.xxl ? '280px' : '220px'}>
          <Card size="small" title="单位树">
            <Input.Search placeholder="搜索单位名称或编码" allowClear aria-label="搜索单位" onChange={(e) => setSearch(e.target.value)} style={{ marginBottom: 8 }} />
            {orgs.error && <Alert type="error" showIcon title={errorMessage(orgs.error)} />}
            <div style={{ maxHeight: 'calc(100vh - 260px)', overflow: 'auto' }}>
              <Tree
                treeData={tree}
                defaultExpandAll
                key={`${search}-${orgList.length}`}
                selectedKeys={selectedOrg ? [selectedOrg] : []}
                onSelect={(keys) => setParam('org', (keys[0] as string | undefined) ?? null)}
              />
            </div>
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card
            size="small"
            title={`${selectedOrg ? `${orgNames.get(selectedOrg) ?? selectedOrg} 的表` : '全部表'}${bin ? '（回收站：已删除的表）' : ''}`}
            extra={
              <Space>
                {pickable && (
                  <BulkDeleteFormsButton
                    forms={rows.filter((f) => picked.includes(f.id)).map((f) => ({ ...f, org_name: f.org_name ?? (f.org ? orgNames.get(f.org) : null) }))}
                    onDone={() => setPicked([])}
                  />
                )}
                {selectedOrg && <Button onClick={() => setParam('org', null)}>显示全部单位</Button>}
                {canDeleteForm(user?.role, 'draft') && (
                  <Button onClick={() => setParam('deleted', bin ? null : 'only')}>{bin ? '返回全部表' : '回收站'}</Button>
                )}
                {canCreate && <NewFormButton orgs={orgList} defaultOrg={selectedOrg || user?.org} startWith={startWith} />}
              </Space>
            }
          >
            <Space wrap style={{ marginBottom: 8 }}>
                <Input.Search
                  aria-label="搜索项目名称"
                  placeholder="搜索项目名称"
                  allowClear
                  defaultValue={filters.q}
                  onSearch={(v) => setParam('q', v.trim())}
                  style={{ width: 220 }}
                />
                <InputNumber
                  aria-label="预算年度"
                  placeholder="年度"
                  min={2000}
                  max={2100}
                  value={filters.fiscal_year ? Number(filters.fiscal_year) : null}
                  onChange={(v) => setParam('fiscal_year', v)}
                  style={{ width: 100 }}
                />
                <Select
                  aria-label="表类型"
                  placeholder="表类型"
                  allowClear
                  style={{ width: 220 }}
                  value={filters.kind}
                  onChange={(v) => setParam('kind', v)}
                  options={FORM_KINDS.map((k) => ({ value: k, label: FORM_KIND_LABELS[k] }))}
                />
                <Select
                  aria-label="状态"
                  placeholder="状态"
                  allowClear
                  style={{ width: 140 }}
                  value={filters.status}
                  onChange={(v) => setParam('status', v)}
                  options={['draft', 'submitted', 'department_approved', 'returned', 'approved', 'published'].map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
                />
            </Space>
            {forms.error && <Alert type="error" showIcon title={errorMessage(forms.error)} />}
            <Table<FormSummary>
              size="small"
              rowKey="id"
              rowSelection={pickable ? { selectedRowKeys: picked, onChange: (keys) => setPicked(keys.filter((k): k is string | number => typeof k !== 'bigint')), getCheckboxProps: (f) => ({ disabled: !canDeleteForm(user?.role, f.status) || f.year_closed === true, 'aria-label': `选择「${f.project_name ?? '表'}」` }) } : undefined}
              loading={forms.isLoading}
              dataSource={rows}
              onChange={(_p, _f, sorter, extra) => {
                const next = sortChange(sorter, extra);
                if (!next) return;
                const search = new URLSearchParams(params);
                for (const key of ['sort', 'order', 'page'] as const) search.delete(key);
                if (next.sort) search.set('sort', next.sort);
                if (next.order) search.set('order', next.order);
                setParams(search, { replace: true });
              }}
              pagination={pagedListPagination(page, pageSize, forms.data?.total, (p, size) => {
                const next = new URLSearchParams(params);
                next.set('page', String(size !== pageSize ? 1 : p));
                next.set('size', String(size));
                setParams(next, { replace: true });
              })}
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={
                      bin
                        ? '回收站是空的：删除的草稿或退回表会出现在这里，可以恢复'
                        : filtered
                        ? '没有符合条件的表，请放宽筛选条件（年度、类型、状态、项目名称或单位）'
                        : canCreate
                          ? '还没有表：点「新建表」填写，或到「导入」上传已有的绩效目标表'
                          : '您的范围内还没有表'
                    }
                  />
                ),
              }}
              columns={columns}
              scroll={{ x: columnsWidth(columns, ORGS_NAME_MIN_WIDTH, screens) }}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
