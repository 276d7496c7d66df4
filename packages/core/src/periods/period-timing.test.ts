import { describe, expect, it } from 'vitest';
import { fillablePeriods, monitoringPeriodNotice, monitoringPeriodTiming, notStartedRefusal, selfEvaluationNotStartedRefusal, selfEvaluationYearNotice } from './period-timing';

const NOV_24_2026 = new Date('2026-11-24T04:00:00Z');
// 2026-12-31 17:00 UTC is already 2027-01-01 in Beijing.
const NEW_YEAR_IN_BEIJING = new Date('2026-12-31T17:00:00Z');

describe('monitoringPeriodTiming and its notice', () => {
  it.each([
    ['next year (1—10月 of 2027 on 2026-11-24)', 2027, 10, NOV_24_2026, 'not_started', '该期间尚未到来'],
    ['next year, January', 2027, 1, NOV_24_2026, 'not_started', '该期间尚未到来'],
    ['this year, months not over', 2026, 12, NOV_24_2026, 'not_ended', '该期间尚未结束'],
    ['this year, the current month', 2026, 11, NOV_24_2026, 'open', null],
    ['this year, past months', 2026, 7, NOV_24_2026, 'open', null],
    ['last year', 2025, 12, NOV_24_2026, 'open', null],
    ['new year in Beijing before UTC', 2027, 1, NEW_YEAR_IN_BEIJING, 'open', null],
    ['new year in Beijing, February not come', 2027, 2, NEW_YEAR_IN_BEIJING, 'not_ended', '该期间尚未结束'],
  ] as const)('%s', (_label, year, month, now, timing, notice) => {
    expect(monitoringPeriodTiming(year, month, now)).toBe(timing);
    const text = monitoringPeriodNotice(year, month, now);
    if (notice === null) expect(text).toBeNull();
    else expect(text).toContain(notice);
  });
});

describe('notStartedRefusal says which periods can be filled now', () => {
  it.each([
    [2027, 10, NOV_24_2026, ['2027 年 1—10 月尚未到来', '2026 年 1—11 月及以前各期', '2025 年及以前年度']],
    [2026, 12, NOV_24_2026, null],
    [2026, 6, NOV_24_2026, null],
    [2028, 7, new Date('2027-03-05T02:00:00Z'), ['2028 年 1—7 月尚未到来', '2027 年 1—3 月及以前各期']],
  ] as const)('%i 1—%i月', (year, month, now, parts) => {
    const text = notStartedRefusal(year, month, now);
    if (parts === null) expect(text).toBeNull();
    else for (const part of parts) expect(text).toContain(part);
  });

  it('fillablePeriods follows the Beijing calendar', () => {
    expect(fillablePeriods(NEW_YEAR_IN_BEIJING)).toContain('2027 年 1—1 月');
  });
});

describe('selfEvaluationYearNotice', () => {
  it.each([
    [2027, '该期间尚未到来'],
    [2026, null],
    [2025, null],
  ])('%s', (year, expected) => {
    const notice = selfEvaluationYearNotice(year, NOV_24_2026);
    if (expected === null) expect(notice).toBeNull();
    else expect(notice).toContain(expected);
  });
});

describe('selfEvaluationNotStartedRefusal names the years that can be evaluated now', () => {
  it.each([
    [2027, NOV_24_2026, ['2027 年度尚未开始', '2025 年度及以前年度', '2026 年度可在年内先行填报']],
    [2026, NOV_24_2026, null],
    [2025, NOV_24_2026, null],
    [2027, NEW_YEAR_IN_BEIJING, null],
    [2028, NEW_YEAR_IN_BEIJING, ['2028 年度尚未开始', '2026 年度及以前年度']],
  ] as const)('%i', (year, now, parts) => {
    const text = selfEvaluationNotStartedRefusal(year, now);
    if (parts === null) expect(text).toBeNull();
    else for (const part of parts) expect(text).toContain(part);
  });
});
