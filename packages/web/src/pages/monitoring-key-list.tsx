import { useState } from 'react';
import { Alert, App, Button, Empty, Select, Table, Tooltip } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FUNDING_DECISIONS } from '@jixiao/core';
import { api, errorMessage } from '../api/client';
import { optionalGet } from '../api/queries';
import { LightDot } from '../components/light-dot';
import { YearClosedTag } from '../components/year-closed-tag';
import { closedYearAction } from '../lib/year-closed';
import { formatWan } from '../lib/labels';
import { offerReload, reviewConflict } from './monitoring-conflict';
import { formatProgress } from './monitoring-parts';
import { DECIDABLE, decisionPrompt } from './monitoring-decision';
import { emptyListText } from './monitoring-queue';

/** A row of the 重点监控 list (GET /api/monitoring/key); progress and lights under the region's policy, as the table shows them. */
export interface KeyRow {
  id: number;
  form_id: number;
  /** The table's version as listed: what a decision answers, so a table changed since is refused, not decided unseen. */
  version: number;
  project_name: string | null;
  org_name: string;
  month: number;
  budget_wan: number | null;
  executed_wan: number | null;
  budget_progress: number | null;
  budget_light: string | null;
  project_light: string | null;
  decision: string | null;
  status: string;
  /** Why it is listed (red rows named, a large budget spent slowly), under the region's policy. */
  reasons?: string[];
  /** Its fiscal year is closed: no decision can be recorded on it. */
  year_closed?: boolean;
}

/** What the decision box says while empty: the table's stage, so an accepted table does not read as awaited. */
const DECISION_PLACEHOLDER: Record<string, string> = { submitted: '验收并记录决定', accepted: '已验收，记录决定', returned: '已退回，待单位修改' };

export function useKeyList(year: number) {
  return useQuery({
    queryKey: ['monitoring-key', year],
    queryFn: async ({ signal }) => (await optionalGet<{ items: KeyRow[] }>('/api/monitoring/key', { fiscal_year: year }, signal))?.items ?? [],
  });
}

/** 重点监控 (finance and 主管部门): red and large slow projects; a project's name opens its table to read before deciding. */
export function KeyMonitoringList({ year, canDecide, onOpen }: { year: number; canDecide: boolean; onOpen: (row: KeyRow) => void }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const keyRows = useKeyList(year);
  const reload = () => Promise.all([queryClient.invalidateQueries({ queryKey: ['monitoring-key'] }), queryClient.invalidateQueries({ queryKey: ['monitoring'] })]);
  // A pick not recorded (cancelled, refused) must not stay in the box as if it were, nor block picking it again:
  // the box shows the stored decision only, and is drawn anew when a pick comes to nothing.
  const [unrecorded, setUnrecorded] = useState(0);
  const forget = () => setUnrecorded((n) => n + 1);
  const decide = (row: KeyRow, decision: string) =>
    modal.confirm({
      ...decisionPrompt(row, decision),
      okText: `确认${decision}`,
      okButtonProps: { danger: decision !== '继续拨款' },
      cancelText: '取消',
      onCancel: forget,
      onOk: async () => {
        try {
          await api.post(`/api/monitoring/${row.id}/accept`, { version: row.version, decision });
          message.success(`已记录：${decision}`);
          void reload();
        } catch (error) {
          forget();
          const conflict = reviewConflict(error, 'accept', false);
          if (conflict) offerReload(modal, conflict, reload);
          else message.error(errorMessage(error));
        }
      },
    });

  return (
    <>
      {keyRows.error && <Alert type="error" showIcon title={errorMessage(keyRows.error)} />}
      <Table<KeyRow>
        size="small"
        rowKey="id"
        dataSource={keyRows.data ?? []}
        loading={keyRows.isLoading}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyListText('key', year, undefined)} /> }}
        columns={[
          {
            title: '项目',
            // Opens the unit's table above, to read its values and reasons before deciding.
            render: (_, r) => (
              <>
                <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onOpen(r)}>
                  {r.project_name ?? '未命名项目'}
                </Button>
                {r.year_closed && <> <YearClosedTag year={year} /></>}
              </>
            ),
          },
          { title: '单位', dataIndex: 'org_name', width: 200 },
          { title: '期间', width: 80, render: (_, r) => `1—${r.month}月` },
          { title: '预算 / 执行', width: 170, render: (_, r) => `${formatWan(r.budget_wan)} / ${formatWan(r.executed_wan)}` },
          {
            title: '执行进度',
            width: 90,
            // The server's number under the region's policy (GET /api/monitoring/key), never a default read here.
            render: (_, r) => formatProgress(r.budget_progress),
          },
          { title: '预算亮灯', width: 110, render: (_, r) => <LightDot light={r.budget_light ?? 'none'} /> },
          { title: '项目亮灯', width: 110, render: (_, r) => <LightDot light={r.project_light ?? 'none'} /> },
          {
            title: '列入原因',
            // What finance weighs before 暂缓/停止/继续拨款: the red rows by name, without opening each table.
            render: (_, r) => (r.reasons?.length ? r.reasons.map((x) => <div key={x}>{x}</div>) : '—'),
          },
          {
            title: '拨款决定',
            width: 180,
            render: (_, r) => {
              // A closed year's decision stands as recorded: the box says why it cannot be changed.
              const closed = closedYearAction(canDecide && DECIDABLE.has(r.status), r.year_closed, year);
              return (
                <Tooltip title={closed.reason}>
                  <Select
                    key={`${r.version}/${unrecorded}`}
                    aria-label={`${r.project_name ?? '项目'} 拨款决定`}
                    placeholder={DECISION_PLACEHOLDER[r.status] ?? '待单位提交'}
                    disabled={closed.disabled}
                    style={{ width: 160 }}
                    value={r.decision ?? undefined}
                    onChange={(v) => decide(r, v)}
                    options={FUNDING_DECISIONS.map((d) => ({ value: d, label: d }))}
                  />
                </Tooltip>
              );
            },
          },
        ]}
      />
    </>
  );
}
