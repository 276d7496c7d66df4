import { describe, expect, it } from 'vitest';
import type { Role } from '../api/types';
import { canBrowseForms, isFormListPath } from './form-list-access';

describe('canBrowseForms', () => {
  it.each<[Role | undefined, boolean]>([
    ['unit_editor', true],
    ['department_reviewer', true],
    ['finance_reviewer', true],
    ['admin', true],
    ['evaluator', false],
    [undefined, false],
  ])('%s → %s', (role, allowed) => {
    expect(canBrowseForms(role)).toBe(allowed);
  });
});

describe('isFormListPath', () => {
  it.each<[string, boolean]>([
    ['/orgs', true],
    ['/orgs/', true],
    ['/self-evaluation', true],
    // One form opens read-only for an evaluator from 部门评价: not a list.
    ['/self-evaluation/12', false],
    ['/forms/12', false],
    ['/evaluation', false],
    ['/', false],
    ['/orgs-archive', false],
  ])('%s → %s', (path, list) => {
    expect(isFormListPath(path)).toBe(list);
  });
});
