import { describe, expect, it } from 'vitest';
import { deadlineState } from './deadline-state';

describe('deadlineState', () => {
  const today = new Date(2026, 10, 23);
  it.each([
    ['a passed date', '2026-10-31', { state: 'past', daysLeft: -23 }],
    ['yesterday', '2026-11-22', { state: 'past', daysLeft: -1 }],
    ['today is still due', '2026-11-23', { state: 'soon', daysLeft: 0 }],
    ['within two weeks', '2026-12-07', { state: 'soon', daysLeft: 14 }],
    ['later', '2026-12-08', { state: 'later', daysLeft: 15 }],
    ['across the new year', '2027-01-31', { state: 'later', daysLeft: 69 }],
    ['not a date', '每年10月', { state: 'later', daysLeft: null }],
  ] as const)('%s', (_, date, want) => expect(deadlineState(date, today)).toEqual(want));
});
