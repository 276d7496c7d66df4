import { describe, expect, it } from 'vitest';
import { defaultFormYear } from './default-form-year';

describe('defaultFormYear', () => {
  const autumn = new Date(2026, 10, 24);
  it.each([
    ['project_target', 2027],
    ['department_target', 2027],
    ['project_self_evaluation', 2026],
    ['department_self_evaluation', 2026],
  ])('%s on 2026-11-24 → %s', (kind, year) => {
    expect(defaultFormYear(kind, autumn)).toBe(year);
  });
});
