import { describe, expect, it } from 'vitest';
import { monitoringPeriodNotice, selfEvaluationYearNotice } from './period-notice';

const NOV_24_2026 = new Date('2026-11-24T04:00:00Z');

describe('monitoringPeriodNotice', () => {
  it.each([
    ['next year', 2027, 7, NOV_24_2026, '该期间尚未到来'],
    ['this year, months not over', 2026, 12, NOV_24_2026, '该期间尚未结束'],
    ['this year, the current month', 2026, 11, NOV_24_2026, null],
    ['this year, past months', 2026, 7, NOV_24_2026, null],
    ['last year', 2025, 12, NOV_24_2026, null],
    // 2026-12-31 17:00 UTC is already 2027-01-01 in Beijing.
    ['new year in Beijing before UTC', 2027, 1, new Date('2026-12-31T17:00:00Z'), null],
  ])('%s', (_label, year, month, now, expected) => {
    const notice = monitoringPeriodNotice(year, month, now);
    if (expected === null) expect(notice).toBeNull();
    else expect(notice).toContain(expected);
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
