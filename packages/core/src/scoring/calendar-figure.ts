// A month or day number in a 完成值 (11月已完成, 20日完成): when something was done, not how many of the row's unit.

// 3月以上, 15日以内: a month or day before a bound is a duration.
const BOUND_SUFFIX = /^(?:及以上|以上|及以下|以下|以内|之内)$/;
// 11月已完成, 11月份完成, 20日完成, 5号前完成: a month or day number with words after it says when, not how many.
const CALENDAR = /^(月份|月|日|号)\s*(\S.*)$/;
// The row units under which such a number is still the row's own: a month (≤12 under 月) or a day (≤20 under 日).
export const CALENDAR_ROW_UNITS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['月', new Set(['月', '月份', '个月'])],
  ['日', new Set(['日', '号', '天', '工作日', '个工作日'])],
  ['号', new Set(['日', '号'])],
]);

/**
 * Whether n followed by `rest` is a month or day of the calendar (11 and 月已完成), not a number of the row's unit. A
 * month or day alone (3月, 15日) may be a duration, and so may one before 以上 / 以内; under a row counted in months or
 * days (≤12 under 月) the month is the row's number either way, so it is read as one (deadline.ts reads the dates of
 * rows whose target is a date, 12月底前).
 */
export function isCalendarFigure(n: number, rest: string, rowUnit: string | null): boolean {
  const c = rest.charCodeAt(0);
  // Most clauses go on with another unit or nothing: three compares before the pattern.
  if (!isCalendarChar(c)) return false;
  const m = CALENDAR.exec(rest);
  if (!m || BOUND_SUFFIX.test(m[2]!.trim()) || !Number.isInteger(n) || n < 1 || n > (c === 0x6708 ? 12 : 31)) return false;
  const row = rowUnit?.trim();
  return row == null || !CALENDAR_ROW_UNITS.get(m[1] === '月份' ? '月' : m[1]!)!.has(row);
}

/** 月 日 号. */
export function isCalendarChar(c: number): boolean {
  return c === 0x6708 || c === 0x65e5 || c === 0x53f7;
}
