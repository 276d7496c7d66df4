import { describe, expect, it } from 'vitest';
import { defaultImportYear, yearOfKind, type YearKind } from './import-year';

const day = (iso: string) => new Date(`${iso}T04:00:00Z`);

describe('yearOfKind: the year a kind of document is filed for on a given day (Beijing calendar)', () => {
  it.each<[YearKind, string, number]>([
    ['project_target', '2026-11-24', 2027],
    ['project_target', '2026-09-01', 2027],
    ['project_target', '2026-08-31', 2026],
    ['department_target', '2026-03-10', 2026],
    ['department_target', '2026-10-10', 2027],
    ['project_self_evaluation', '2026-03-10', 2025],
    ['project_self_evaluation', '2026-06-30', 2025],
    ['project_self_evaluation', '2026-07-01', 2026],
    ['department_self_evaluation', '2026-11-24', 2026],
    ['department_self_evaluation', '2027-01-15', 2026],
    ['monitoring_report', '2026-11-24', 2026],
    ['monitoring_report', '2027-01-15', 2027],
  ])('%s on %s → %i', (kind, iso, year) => {
    expect(yearOfKind(kind, day(iso))).toBe(year);
  });

  it('turns the year at Beijing midnight, not UTC', () => {
    expect(yearOfKind('monitoring_report', new Date('2026-12-31T17:00:00Z'))).toBe(2027);
    expect(yearOfKind('project_target', new Date('2026-08-31T16:30:00Z'))).toBe(2027);
  });
});

describe('defaultImportYear: the year the document states, else the one its kind implies', () => {
  const NOV_24 = day('2026-11-24');
  it.each<[string, Array<{ kind: YearKind; fiscal_year: number | null }>, { year: number; source: 'stated' | 'kind' } | null]>([
    ['a target stating 2024', [{ kind: 'project_target', fiscal_year: 2024 }], { year: 2024, source: 'stated' }],
    ['a target stating none', [{ kind: 'project_target', fiscal_year: null }], { year: 2027, source: 'kind' }],
    ['a self-evaluation stating none', [{ kind: 'project_self_evaluation', fiscal_year: null }], { year: 2026, source: 'kind' }],
    ['a department target without a year beside projects stating 2024', [{ kind: 'department_target', fiscal_year: null }, { kind: 'project_target', fiscal_year: 2024 }, { kind: 'project_target', fiscal_year: 2024 }], { year: 2024, source: 'stated' }],
    ['the year most forms state', [{ kind: 'project_target', fiscal_year: 2023 }, { kind: 'project_target', fiscal_year: 2024 }, { kind: 'project_target', fiscal_year: 2024 }], { year: 2024, source: 'stated' }],
    ['a tie: the first stated', [{ kind: 'project_target', fiscal_year: 2025 }, { kind: 'project_target', fiscal_year: 2024 }], { year: 2025, source: 'stated' }],
    ['no forms', [], null],
  ])('%s', (_label, forms, expected) => {
    expect(defaultImportYear(forms, NOV_24)).toEqual(expected);
  });
});
