import { cloneElement, isValidElement, type ReactNode } from 'react';
import { Tag, Tooltip } from 'antd';
import type { ColumnType, SorterResult, TableCurrentDataSource } from 'antd/es/table/interface';
import { Link } from 'react-router-dom';
import type { FormSummary } from '../api/types';
import { formatDateTime } from './format-date-time';
import { DIFFERS_STYLE, listedTotals } from './listed-totals';
import { STATUS_COLORS, formatWan, statusLabel } from './labels';
import { YearClosedTag } from '../components/year-closed-tag';

/**
 * The narrowest a list's 项目 / 表 column gets: given to the table's scroll.x (columnsWidth), a narrow window scrolls the
 * list sideways instead of squeezing a long project name to a few characters a line.
 */
export const NAME_MIN_WIDTH = 220;

/** The 项目 / 表 column: one line linking to the form, cut with an ellipsis, the whole name on hover. */
export function nameColumn(label: (f: FormSummary) => string, to: (f: FormSummary) => string, sort: ListSort): ColumnType<FormSummary> {
  return {
    title: '项目 / 表',
    ...serverSort('project_name', sort),
    ellipsis: { showTitle: false },
    render: (_, f) => (
      <Tooltip title={label(f)} placement="topLeft">
        <Link to={to(f)}>{label(f)}</Link>
      </Tooltip>
    ),
  };
}

/** Money right-aligned with its unit, so a column of budgets reads like the official tables. */
export function budgetColumn(title = '预算'): ColumnType<FormSummary> {
  return { title, width: 120, align: 'right', render: (_, f) => <span className="num-cell">{formatWan(f.budget_total_wan)}</span> };
}

/**
 * A self-evaluation's 系统核算总分 and grade, either kind of sheet (blank for a target): what the list sorts by. With
 * `reportedBeside`, a differing 填报总分 is marked in the same cell, for a list without a 填报总分 column of its own.
 */
export function systemTotalColumn(sort: ListSort, reportedBeside = false): ColumnType<FormSummary> {
  return {
    title: <Tooltip title="自评表按评分规则由各行完成值核算的总分和等级（项目支出与部门整体均同）；排序与工作台统计均按此">系统核算总分</Tooltip>,
    width: 120,
    align: 'right',
    ...serverSort('total_score', sort),
    render: (_, f) => {
      if (f.kind !== 'project_self_evaluation' && f.kind !== 'department_self_evaluation') return null;
      const t = listedTotals(f);
      return (
        <>
          <span className="num-cell">{t.system}</span>
          {reportedBeside && t.hint && <Tooltip title={t.hint}><div className="num-cell" style={{ ...DIFFERS_STYLE, fontSize: 12 }} aria-label={t.hint}>填报 {t.reported}</div></Tooltip>}
        </>
      );
    },
  };
}

/** The total the sheet itself states (the unit's 填报总分), marked where it differs from the system's. */
export function reportedTotalColumn(): ColumnType<FormSummary> {
  return {
    title: '填报总分',
    width: 90,
    align: 'right',
    render: (_, f) => {
      const t = listedTotals(f);
      return t.hint
        ? <Tooltip title={t.hint}><span className="num-cell" style={DIFFERS_STYLE} aria-label={t.hint}>{t.reported}</span></Tooltip>
        : <span className="num-cell">{t.reported}</span>;
    },
  };
}

export function statusColumn(): ColumnType<FormSummary> {
  return {
    title: '状态',
    width: 110,
    render: (_, f) => (
      <>
        <Tag color={STATUS_COLORS[f.status]}>{statusLabel(f.status)}</Tag>
        {f.year_closed && <YearClosedTag year={f.fiscal_year} />}
      </>
    ),
  };
}

export function updatedColumn(): ColumnType<FormSummary> {
  return { title: '更新时间', width: 140, render: (_, f) => <span className="num-cell">{formatDateTime(f.updated_at)}</span> };
}

const PAGE_LINK_NAMES: Partial<Record<string, string>> = { prev: '上一页', next: '下一页', 'jump-prev': '向前 5 页', 'jump-next': '向后 5 页' };

/**
 * Pagination's arrow buttons hold only an icon, so a screen reader announces them as «left»/«right» or
 * nothing; this names them in Chinese. Give it to every pagination as itemRender.
 */
export function namedPageItem(_page: number, type: string, original: ReactNode): ReactNode {
  const name = PAGE_LINK_NAMES[type];
  return name && isValidElement<{ 'aria-label'?: string }>(original) ? cloneElement(original, { 'aria-label': name }) : original;
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
    itemRender: namedPageItem,
    onChange,
  };
}

/** The order a list asks the server for: a sort key of GET /api/forms and a direction. */
export interface ListSort {
  sort?: string;
  order?: 'asc' | 'desc';
}

/**
 * A column sorted by the server: clicking its header asks for `key` (a page of the whole list
 * in that order, not a re-sort of the page on screen); a third click goes back to the default.
 */
export function serverSort<T = FormSummary>(key: string, current: ListSort): Pick<ColumnType<T>, 'key' | 'sorter' | 'sortOrder' | 'showSorterTooltip'> {
  return {
    key,
    sorter: true,
    sortOrder: current.sort === key ? (current.order === 'desc' ? 'descend' : 'ascend') : null,
    showSorterTooltip: { title: '点击排序（全部数据，不只本页）' },
  };
}

/** The sort a Table's onChange reports, or null when the change was not a sort. */
export function sortChange<T = FormSummary>(sorter: SorterResult<T> | SorterResult<T>[], extra: TableCurrentDataSource<T>): ListSort | null {
  if (extra.action !== 'sort') return null;
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!s || !s.order || typeof s.columnKey !== 'string') return {};
  return { sort: s.columnKey, order: s.order === 'descend' ? 'desc' : 'asc' };
}
