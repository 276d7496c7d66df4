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

/**
 * Why a clerk's 实施期 (起始月 / 结束月 of the project in this year, either may be blank) cannot be stored, or null.
 * A span ending before it starts is most often a 跨年 project written across the new year (10月–次年3月): this year's
 * part is then 10–12 or 1–3, which the message says.
 */
export function ownMonthsIssue(start: number | null | undefined, end: number | null | undefined): string | null {
  for (const [label, m] of [['起始月', start], ['结束月', end]] as const) {
    if (m != null && !isMonth(m)) return `项目实施期的${label}应为 1 至 12 之间的整数月份，现为「${m}」；不足全年的项目请填写本年度内的起止月份，全年实施的可不填。`;
  }
  if (start != null && end != null && start > end) {
    return `项目实施期的起始月（${start}月）晚于结束月（${end}月）：请填写本年度内的起止月份；跨年项目只填本年度部分，如上年10月至本年3月填 1—3 月，本年10月至次年3月填 10—12 月。`;
  }
  return null;
}
