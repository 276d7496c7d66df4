import { describe, expect, it } from 'vitest';
import { PERIOD_STANDING_LABELS, periodAhead, periodStanding } from './monitoring-periods';

const NOV_24_2026 = new Date('2026-11-24T04:00:00Z');
// Already 2027-01-01 in Beijing.
const NEW_YEAR_IN_BEIJING = new Date('2026-12-31T17:00:00Z');

describe('periodStanding marks the periods the picker offers', () => {
  it.each([
    [2027, 1, NOV_24_2026, '未到', true],
    [2027, 7, NOV_24_2026, '未到', true],
    [2026, 12, NOV_24_2026, '未结束', true],
    [2026, 11, NOV_24_2026, '本月', false],
    [2026, 7, NOV_24_2026, '已结束', false],
    [2025, 12, NOV_24_2026, '已结束', false],
    [2027, 1, NEW_YEAR_IN_BEIJING, '本月', false],
    [2027, 2, NEW_YEAR_IN_BEIJING, '未结束', true],
    [2026, 12, NEW_YEAR_IN_BEIJING, '已结束', false],
  ] as const)('%i 1—%i月 on %s → %s', (year, month, now, label, ahead) => {
    const standing = periodStanding(year, month, now);
    expect(PERIOD_STANDING_LABELS[standing]).toBe(label);
    expect(periodAhead(standing)).toBe(ahead);
  });
});
