import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format-date-time';

describe('formatDateTime (北京时间)', () => {
  it.each([
    ['2026-03-01T08:00:00Z', '2026-03-01 16:00', '2026-03-01'],
    ['2026-03-01T08:00:59.999Z', '2026-03-01 16:00', '2026-03-01'],
    // Past 16:00 UTC it is already the next day in Beijing, including across a year end.
    ['2026-12-31T16:30:00Z', '2027-01-01 00:30', '2027-01-01'],
    ['2026-02-28T23:59:00+08:00', '2026-02-28 23:59', '2026-02-28'],
    ['2026-07-01T00:00:00-05:00', '2026-07-01 13:00', '2026-07-01'],
    [null, '—', '—'],
    [undefined, '—', '—'],
    ['', '—', '—'],
    ['not a date', '—', '—'],
  ])('%s → %s', (iso, dateTime, date) => {
    expect(formatDateTime(iso)).toBe(dateTime);
    expect(formatDate(iso)).toBe(date);
  });
});
