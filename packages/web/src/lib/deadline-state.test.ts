import { describe, expect, it } from 'vitest';
import { budgetCalendar, deadlineState, hasNoForms } from './deadline-state';

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

describe('budgetCalendar', () => {
  it('names the budget year each step belongs to, the year after today', () => {
    expect(budgetCalendar(new Date(2026, 10, 23))).toEqual([
      { title: '2027年度绩效目标编制与申报', date: '2026-10-31' },
      { title: '2027年度绩效目标审核批复', date: '2027-01-31' },
      { title: '2027年度年中运行监控（1—7月）', date: '2027-08-15' },
      { title: '2027年度绩效自评', date: '2028-03-31' },
    ]);
  });
});

describe('hasNoForms', () => {
  it.each([
    ['no counts at all', {}, true],
    ['every status at zero', { draft: 0, returned: 0, published: 0 }, true],
    ['one draft', { draft: 1, returned: 0 }, false],
    ['only published forms', { published: 3 }, false],
  ] as const)('%s', (_, counts, want) => expect(hasNoForms(counts)).toBe(want));
});
