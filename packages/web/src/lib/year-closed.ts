import { statusLabel } from './labels';

/** The tag a closed year's form carries on its page, in lists and on 工作台. */
export const YEAR_CLOSED_TAG = '已关闭';

/** Why a closed year's form cannot be edited, submitted or reviewed (the server's year_closed message). */
export function yearClosedReason(year: number | null | undefined): string {
  return `${year ?? '该'} 年度已关闭，该年度的表只能查看和导出；如需修改，请联系系统管理员在「年度与政策」中重新开放该年度。`;
}

/** A year as GET /api/fiscal-years lists it: open or closed, and the regions with a status of their own. */
export interface FiscalYearStatus {
  year: number;
  open: boolean;
  regions?: readonly { region: string; open: boolean }[];
}

/** How an action's button shows on a record: hidden, shown, or shown disabled with why on hover. */
export interface ActionState {
  show: boolean;
  disabled: boolean;
  /** The tooltip of a disabled button: the server's year_closed message. */
  reason: string | undefined;
}

/**
 * An action on a closed year's record: one the user could take were the year open is shown disabled with the server's
 * reason on hover (they learn why and whom to ask, instead of meeting a refusal on click or missing the button); one
 * they could never take stays hidden.
 */
export function closedYearAction(couldAct: boolean, yearClosed: boolean | undefined, year: number | null | undefined): ActionState {
  if (!couldAct) return { show: false, disabled: true, reason: undefined };
  return yearClosed ? { show: true, disabled: true, reason: yearClosedReason(year) } : { show: true, disabled: false, reason: undefined };
}

/**
 * Whether a region's year is closed as GET /api/fiscal-years lists it: the region's own status when it has one, else
 * the year's (the server's rule, year-closed.ts). A year not listed is open.
 */
export function regionYearClosed(
  years: readonly FiscalYearStatus[] | undefined,
  region: string | undefined,
  year: number | undefined,
): boolean {
  const y = years?.find((f) => f.year === year);
  if (!y) return false;
  const own = y.regions?.find((r) => r.region === region);
  return !(own ? own.open : y.open);
}

/** The workflow states a year's forms can still leave, in workflow order (as the server's UNFINISHED_STATUSES). */
const UNFINISHED_ORDER = ['draft', 'submitted', 'department_approved', 'returned'];

export type OpenFormCounts = Partial<Record<string, number>>;

/** The unfinished forms closing a year would freeze: how many, and by state in workflow order (「草稿 3 张、已退回 1 张」). */
export function unfinishedForms(counts: OpenFormCounts | undefined): { total: number; text: string } {
  const entries = Object.entries(counts ?? {})
    .filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0)
    .sort(([a], [b]) => rank(a) - rank(b));
  return { total: entries.reduce((n, [, c]) => n + c, 0), text: entries.map(([s, c]) => `${statusLabel(s)} ${c} 张`).join('、') };
}

const rank = (status: string) => {
  const i = UNFINISHED_ORDER.indexOf(status);
  return i < 0 ? UNFINISHED_ORDER.length : i;
};

/** What the 关闭年度 / 重新开放 dialog says will happen, for a year or one region's year. */
export function yearActionSummary(input: { year: number; regionName?: string | null; open: boolean; counts?: OpenFormCounts }): { title: string; content: string; needsConfirm: boolean } {
  const where = input.regionName ? `${input.regionName} ${input.year} 年度` : `${input.year} 年度`;
  if (!input.open) {
    return { title: `重新开放 ${where}？`, content: '重新开放后，该年度的表可以再次修改、提交和审核。', needsConfirm: false };
  }
  const { total, text } = unfinishedForms(input.counts);
  const content = total === 0
    ? '该年度的表都已办结（审核通过、已验收或已公开）。关闭后，该年度的表只能查看和导出，任何人都不能修改、提交、审核或删除。'
    : `该年度还有 ${total} 张表没有办结（${text}），关闭后将停在当前状态，任何人都不能再修改、提交、审核或删除；需要时可重新开放。`;
  return { title: `关闭 ${where}？`, content, needsConfirm: total > 0 };
}

/**
 * What a 工作台 status card adds when some of the forms it counts lie in closed years: its count spans every year (the
 * charts' figures), while 我的待办 lists open years only, so the two would disagree with nothing said. A closed year's
 * published forms are its normal end, not a stalled task: no note for them. null when nothing is to be said.
 */
export function closedYearsCardNote(status: string, all: number, open: number | undefined): { text: string; hint: string } | null {
  if (status === 'published' || open === undefined) return null;
  const closed = all - open;
  if (closed <= 0) return null;
  return {
    text: `其中 ${closed} 份属已关闭年度`,
    hint: `${closed} 份${statusLabel(status)}的表属于已关闭的年度，只能查看和导出，不再提交或审核，所以不计入待办；如需处理，请联系系统管理员在「年度与政策」中重新开放该年度。`,
  };
}

/**
 * Whether 新增年度 with this status closes or reopens forms, as the server sees it (settings.ts createFiscalYear): the
 * status the forms have now is the region's year's when added for a region (a year not listed is open), else open. A
 * change needs a reason, asked for in the dialog; null when the status is the one they already have.
 */
export function newYearStatusChange(
  years: readonly FiscalYearStatus[] | undefined,
  input: { year: number | undefined; region?: string | undefined; status: 'open' | 'closed' },
): { closing: boolean; text: string } | null {
  if (!input.year) return null;
  const listed = years?.find((y) => y.year === input.year);
  const wasOpen = input.region ? (listed?.open ?? true) : true;
  const open = input.status === 'open';
  if (wasOpen === open) return null;
  return open
    ? { closing: false, text: `${input.year} 年度现为「已关闭」，新增为「进行中」即为该区划重新开放：该区划此年度的表可以再次修改、提交和审核。` }
    : { closing: true, text: `新增为「已关闭」即关闭${input.region ? '该区划的' : ''} ${input.year} 年度：其中的表只能查看和导出，任何人都不能修改、提交、审核或删除。` };
}
