/**
 * A project's own months in the fiscal year, when they are not all twelve: one started in 4月 runs 4–12, a 跨年
 * project's second year may end in 9月. Its time share by month m is the months run of its own (rules.md §4's m/12
 * is the case of a project of the whole year).
 */
export interface OwnMonths {
  start: number;
  end: number;
}

const isMonth = (m: number): boolean => Number.isInteger(m) && m >= 1 && m <= 12;

/** The own months given by a start and an end month (either may be absent), or null for the whole year or a bad span. */
export function ownMonths(start: number | null | undefined, end: number | null | undefined): OwnMonths | null {
  const s = start ?? 1;
  const e = end ?? 12;
  if (!isMonth(s) || !isMonth(e) || s > e || (s === 1 && e === 12)) return null;
  return { start: s, end: e };
}

/** The months of its own a project has run by the end of month m, and how many it has. */
export function monthsRun(month: number, own: OwnMonths): { run: number; length: number } {
  return { run: Math.max(0, Math.min(month, own.end) - own.start + 1), length: own.end - own.start + 1 };
}

/** 「项目期间4–12月」: the own months in words, for explanations. */
export function ownMonthsText(own: OwnMonths): string {
  return `项目本年度期间${own.start}–${own.end}月`;
}
