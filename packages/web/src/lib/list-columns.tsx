import { Tag } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { FormSummary } from '../api/types';
import { STATUS_COLORS, formatWan, statusLabel } from './labels';

/** Money right-aligned with its unit, so a column of budgets reads like the official tables. */
export function budgetColumn(title = '预算'): ColumnType<FormSummary> {
  return { title, width: 120, align: 'right', render: (_, f) => <span className="num-cell">{formatWan(f.budget_total_wan)}</span> };
}

export function statusColumn(): ColumnType<FormSummary> {
  return { title: '状态', width: 110, render: (_, f) => <Tag color={STATUS_COLORS[f.status]}>{statusLabel(f.status)}</Tag> };
}

/** "2026-11-22 13:59": the one date-time format of every list. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function updatedColumn(): ColumnType<FormSummary> {
  return { title: '更新时间', width: 140, render: (_, f) => <span className="num-cell">{formatDateTime(f.updated_at)}</span> };
}

/** Server-side pagination for a list of forms: the true total, page sizes a clerk can pick. */
export function pagedListPagination(page: number, pageSize: number, total: number | undefined, onChange: (page: number, pageSize: number) => void) {
  return {
    current: page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [15, 30, 50, 100],
    showQuickJumper: (total ?? 0) > pageSize * 5,
    showTotal: (t: number, [from, to]: [number, number]) => `第 ${from}–${to} 份，共 ${t} 份`,
    onChange,
  };
}
