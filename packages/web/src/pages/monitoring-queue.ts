/**
 * The reviewer's lists under 运行监控 (GET /api/monitoring and /api/monitoring/key): which lists there are, what each
 * tab says with its count, and what an empty list tells the reviewer to do.
 */
export type QueueStatus = 'submitted' | 'returned' | 'accepted';
export type ReviewerList = QueueStatus | 'key';

/** One row of GET /api/monitoring: lights and 执行进度 as the server computed them under the region's policy. */
export interface QueueRow {
  id: number;
  form_id: number;
  fiscal_year: number;
  month: number;
  status: string;
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
  submitted_at: string | null;
}

export interface QueuePage {
  items: QueueRow[];
  total: number;
  counts: Record<QueueStatus, number>;
}

interface ListTab {
  key: ReviewerList;
  label: string;
  /** What to do when the list is empty for the whole year. */
  empty: string;
}

/** In the order a reviewer works them: what waits for 验收 first, then what the units are fixing, then what is done. */
export const REVIEWER_LISTS: readonly ListTab[] = [
  { key: 'submitted', label: '待验收', empty: '暂无待验收的监控表。单位提交监控表后会出现在这里；要查看某个项目的填报情况，请在上方选择项目和监控期间。' },
  { key: 'returned', label: '已退回', empty: '没有退回待单位修改的监控表。单位按意见修改并重新提交后，表会回到「待验收」。' },
  { key: 'accepted', label: '已验收', empty: '本年度还没有已验收的监控表：在「待验收」中点项目名称打开监控表，核对后点「验收」。' },
  { key: 'key', label: '重点监控', empty: '暂无需重点监控的项目：亮红灯的项目，和预算较大而执行进度偏慢的项目会列在这里。' },
];

/** A tab's label with its count: 重点监控 counts projects, the others tables; no number while it loads. */
export function listLabel(key: ReviewerList, count: number | undefined): string {
  const tab = REVIEWER_LISTS.find((t) => t.key === key)!;
  if (count === undefined) return tab.label;
  return key === 'key' ? `${tab.label}（${count} 个项目）` : `${tab.label}（${count}）`;
}

/** An empty list's message: with a period chosen, the way out is another period or all of them. */
export function emptyListText(key: ReviewerList, year: number, month: number | undefined): string {
  const tab = REVIEWER_LISTS.find((t) => t.key === key)!;
  if (month !== undefined) return `${year} 年 1—${month}月没有${tab.label}的监控表，请选择「全部期间」或其他期间。`;
  return `${year} 年：${tab.empty}`;
}
