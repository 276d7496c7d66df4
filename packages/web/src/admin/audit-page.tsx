import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api, errorMessage } from '../api/client';
import { namedPageItem } from '../lib/list-columns';
import { ACTION_FAMILIES, ENTITY_LABELS, auditActionLabel, auditRecordLabel } from './audit-labels';

interface AuditItem {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

interface Verification {
  ok: boolean;
  events: number;
  firstBroken: { id: number; reason: string } | null;
}

const shown = (value: unknown) => (value == null ? '（无）' : JSON.stringify(value, null, 2));

/** 审计日志 (admin): every recorded change, newest first, filtered on the server; the hash chain checked on demand. */
export function AuditPage() {
  const [entity, setEntity] = useState<string | undefined>();
  const [action, setAction] = useState<string | undefined>();
  const [actor, setActor] = useState('');
  const [entityId, setEntityId] = useState('');
  const [days, setDays] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const query = {
    entity,
    action,
    actor: actor.trim() || undefined,
    entity_id: entityId.trim() || undefined,
    from: days?.[0]?.format('YYYY-MM-DD'),
    to: days?.[1]?.format('YYYY-MM-DD'),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
  const events = useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => api.get<{ items: AuditItem[]; total: number }>('/api/audit', query, signal),
  });
  const verify = useQuery({ queryKey: ['audit-verify'], enabled: false, queryFn: () => api.get<Verification>('/api/audit/verify') });
  const filtered = (apply: () => void) => {
    apply();
    setPage(1);
  };

  return (
    <Card
      title="审计日志"
      extra={
        <Button icon={<SafetyCertificateOutlined />} loading={verify.isFetching} onClick={() => void verify.refetch()}>
          校验哈希链
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        系统记录每一次新建、保存、导入、提交、退回、审核、公开、删除以及用户和组织的变更；记录前后相连（哈希链），任何事后改动都会在校验时发现。
      </Typography.Paragraph>
      {verify.data && (
        <Alert
          style={{ marginBottom: 12 }}
          showIcon
          type={verify.data.ok ? 'success' : 'error'}
          title={verify.data.ok ? `校验通过：共 ${verify.data.events} 条记录，哈希链完整。` : `校验未通过：${verify.data.firstBroken?.reason ?? '哈希链断开'}；日志可能被改动，请立即联系系统维护人员。`}
        />
      )}
      {verify.error && <Alert style={{ marginBottom: 12 }} type="error" showIcon title={errorMessage(verify.error)} />}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label="记录类型"
          placeholder="记录类型"
          allowClear
          style={{ width: 140 }}
          value={entity}
          onChange={(v: string | undefined) => filtered(() => setEntity(v))}
          options={Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <Input.Search aria-label="记录编号" placeholder="记录编号" allowClear style={{ width: 130 }} onSearch={(v) => filtered(() => setEntityId(v))} />
        <Select
          aria-label="操作"
          placeholder="操作"
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 240 }}
          value={action}
          onChange={(v: string | undefined) => filtered(() => setAction(v))}
          options={ACTION_FAMILIES}
        />
        <Input.Search aria-label="操作人" placeholder="操作人用户名" allowClear style={{ width: 160 }} onSearch={(v) => filtered(() => setActor(v))} />
        <DatePicker.RangePicker aria-label="日期" value={days} onChange={(v) => filtered(() => setDays(v))} allowEmpty={[true, true]} />
      </Space>
      {events.error && <Alert style={{ marginBottom: 12 }} type="error" showIcon title={errorMessage(events.error)} />}
      <Table<AuditItem>
        size="small"
        rowKey="id"
        loading={events.isFetching}
        dataSource={events.data?.items ?? []}
        expandable={{
          expandedRowRender: (r) => (
            <Space align="start" wrap>
              <div>
                <Typography.Text strong>改动前</Typography.Text>
                <pre style={{ maxWidth: 560, maxHeight: 320, overflow: 'auto', margin: 0 }}>{shown(r.before)}</pre>
              </div>
              <div>
                <Typography.Text strong>改动后</Typography.Text>
                <pre style={{ maxWidth: 560, maxHeight: 320, overflow: 'auto', margin: 0 }}>{shown(r.after)}</pre>
              </div>
            </Space>
          ),
        }}
        pagination={{
          current: page,
          pageSize,
          total: events.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (t, [from, to]) => `第 ${from}–${to} 条，共 ${t} 条`,
          itemRender: namedPageItem,
          onChange: (p, size) => {
            setPage(size !== pageSize ? 1 : p);
            setPageSize(size);
          },
        }}
        columns={[
          { title: '编号', dataIndex: 'id', width: 80 },
          { title: '时间', width: 170, render: (_, r) => new Date(r.at).toLocaleString('zh-CN', { hour12: false }) },
          { title: '操作人', width: 130, render: (_, r) => r.actor ?? '系统' },
          { title: '操作', width: 150, render: (_, r) => auditActionLabel(r.action) },
          { title: '记录', render: (_, r) => auditRecordLabel(r.entity, r.entity_id) },
        ]}
      />
    </Card>
  );
}
