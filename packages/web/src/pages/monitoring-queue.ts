/**
 * The lists under 运行监控 (GET /api/monitoring and /api/monitoring/key): which lists a reviewer and a unit have, what
 * each tab says with its count, and what an empty list tells the reader to do.
 */
export type QueueStatus = 'submitted' | 'returned' | 'accepted';
/** A stage GET /api/monitoring lists: the queue's, or `draft`, a unit's own saved, unsubmitted tables (to it alone). */
export type ListStatus = QueueStatus | 'draft';
export type ReviewerList = QueueStatus | 'key';
type ListKey = ReviewerList | 'draft';
/** Whose lists: a reviewer answers the tables of the units under them; a unit follows its own submitted tables. */
export type ListAudience = 'reviewer' | 'unit';

/** One row of GET /api/monitoring: lights and 执行进度 as the server computed them under the region's policy. */
export interface QueueRow {
  id: number;
  form_id: number;
  fiscal_year: number;
  month: number;
  status: string;
  version: number;
  project_name: string | null;
  org: string;
  org_name: string;
  budget_wan: number | null;
  executed_wan: number | null;
  budget_progress: number | null;
  budget_light: string | null;
  project_light: string | null;
  key_monitoring: boolean;
  decision: string | null;
  /** The reviewer's word on the table: on a returned one, what to fix. */
  note: string | null;
  submitted_at: string | null;
  /** Last saved: a draft's list is newest first. */
  updated_at: string | null;
  /** Its fiscal year is closed: listed with 已关闭, read and exported only. */
  year_closed?: boolean;
}

/** Tables per stage; `draft` is counted for a unit editor only. */
export type StageCounts = Record<QueueStatus, number> & { draft?: number };

/** The tables at each stage in one fiscal year of the reader's scope (GET /api/monitoring `years`, newest first). */
export interface YearCounts {
  fiscal_year: number;
  counts: StageCounts;
}

export interface QueuePage {
  items: QueueRow[];
  total: number;
  counts: StageCounts;
  years: YearCounts[];
}

/** The stage at which a table waits for the reader: a reviewer answers submitted ones, a unit fixes returned ones. */
const PENDING: Record<ListAudience, QueueStatus> = { reviewer: 'submitted', unit: 'returned' };

/**
 * The year the monitoring page opens on: the latest year with a table waiting for the reader, so work is never hidden
 * behind a year with nothing in it; else the latest year up to the year in progress with tables or monitored
 * projects (next year's targets, approved in autumn, are not monitored yet); else the current year.
 */
export function defaultMonitoringYear(audience: ListAudience | null, years: readonly YearCounts[], projectYears: readonly number[], currentYear: number): number {
  const latest = (ys: readonly number[]) => (ys.length > 0 ? Math.max(...ys) : null);
  const pending = audience ? latest(years.filter((y) => y.counts[PENDING[audience]] > 0).map((y) => y.fiscal_year)) : null;
  return pending ?? latest([...years.map((y) => y.fiscal_year), ...projectYears].filter((y) => y <= currentYear)) ?? currentYear;
}

/** Tables at a stage in years other than the one shown, newest first: what an empty list points to. */
export function otherYears(years: readonly YearCounts[], year: number, status: ListStatus): { fiscal_year: number; count: number }[] {
  return years
    .filter((y) => y.fiscal_year !== year && (y.counts[status] ?? 0) > 0)
    .map((y) => ({ fiscal_year: y.fiscal_year, count: y.counts[status] ?? 0 }))
    .sort((a, b) => b.fiscal_year - a.fiscal_year);
}

/** What an empty list says of those other years: how many tables, in which years. */
export function otherYearsText(key: ListStatus, elsewhere: readonly { fiscal_year: number; count: number }[], audience: ListAudience = 'reviewer'): string | null {
  if (elsewhere.length === 0) return null;
  const total = elsewhere.reduce((n, y) => n + y.count, 0);
  const where = elsewhere.map((y) => `${y.fiscal_year} 年 ${y.count} 张`).join('、');
  return `其他年度共有 ${total} 张${tabOf(key, audience).label}的监控表（${where}），请切换年度查看。`;
}

interface ListTab<K extends ListKey = ListKey> {
  key: K;
  label: string;
  /** What to do when the list is empty for the whole year. */
  empty: string;
}

/** In the order a reviewer works them: what waits for 验收 first, then what the units are fixing, then what is done. */
export const REVIEWER_LISTS: readonly ListTab<ReviewerList>[] = [
  { key: 'submitted', label: '待验收', empty: '暂无待验收的监控表。单位提交监控表后会出现在这里；要查看某个项目的填报情况，请在上方选择项目和监控期间。' },
  { key: 'returned', label: '已退回', empty: '没有退回待单位修改的监控表。单位按意见修改并重新提交后，表会回到「待验收」。' },
  { key: 'accepted', label: '已验收', empty: '本年度还没有已验收的监控表：在「待验收」中点项目名称打开监控表，核对后点「验收」。' },
  { key: 'key', label: '重点监控', empty: '暂无需重点监控的项目：亮红灯的项目，和预算较大而执行进度偏慢的项目会列在这里。' },
];

/**
 * A unit's own tables: what came back to fix first (with the 退回意见), then its saved drafts to resume, then what
 * still waits for 验收. The API serves a unit editor its own unit's tables, drafts included (GET /api/monitoring).
 */
export const UNIT_LISTS: readonly ListTab<ListStatus>[] = [
  { key: 'returned', label: '已退回', empty: '没有被退回的监控表。审核人员退回的表会列在这里并附退回意见，点「去修改」打开，按意见修改后重新提交。' },
  { key: 'draft', label: '草稿', empty: '没有保存未提交的监控表。在上方选择项目和监控期间填报，点「保存监控数据」后会列在这里，点「继续填报」打开。' },
  { key: 'submitted', label: '待验收', empty: '没有等待验收的监控表。在上方选择项目和监控期间填报，点「提交监控表」后会列在这里，直到财政部门验收或退回。' },
];

const LISTS: Record<ListAudience, readonly ListTab[]> = { reviewer: REVIEWER_LISTS, unit: UNIT_LISTS };

function tabOf(key: ListKey, audience: ListAudience): ListTab {
  return LISTS[audience].find((t) => t.key === key) ?? REVIEWER_LISTS.find((t) => t.key === key)!;
}

/** A tab's label with its count: 重点监控 counts projects, the others tables; no number while it loads. */
export function listLabel(key: ListKey, count: number | undefined, audience: ListAudience = 'reviewer'): string {
  const tab = tabOf(key, audience);
  if (count === undefined) return tab.label;
  return key === 'key' ? `${tab.label}（${count} 个项目）` : `${tab.label}（${count}）`;
}

/** An empty list's message: with a period chosen, the way out is another period or all of them. */
export function emptyListText(key: ListKey, year: number, month: number | undefined, audience: ListAudience = 'reviewer'): string {
  const tab = tabOf(key, audience);
  if (month !== undefined) return `${year} 年 1—${month}月没有${tab.label}的监控表，请选择「全部期间」或其他期间。`;
  return `${year} 年：${tab.empty}`;
}

/**
 * Which lists a role reads, as GET /api/monitoring serves them (use-cases/monitoring-lists.ts): reviewers and the
 * admin their subtree's tables and 重点监控, a unit editor its own unit's tables; an evaluator none.
 */
export function listAudience(role: string | undefined): ListAudience | null {
  if (role === 'finance_reviewer' || role === 'department_reviewer' || role === 'admin') return 'reviewer';
  if (role === 'unit_editor') return 'unit';
  return null;
}

/** The unit's tab to open on: what came back to fix, else drafts to resume, else the returned list (which says what to do). */
export function defaultUnitList(counts: StageCounts | undefined): ListStatus {
  if (!counts || counts.returned > 0) return 'returned';
  return (counts.draft ?? 0) > 0 ? 'draft' : 'returned';
}

/**
 * The unit's button on a row of its own list: a returned table is opened to fix (去修改), a draft to go on (继续填报);
 * a closed year's table can only be read, so its button says 查看 rather than promising an edit the page will not take.
 */
export function unitRowAction(status: ListStatus, yearClosed: boolean | undefined): string | null {
  if (status !== 'returned' && status !== 'draft') return null;
  if (yearClosed) return '查看';
  return status === 'draft' ? '继续填报' : '去修改';
}
