import { describe, expect, it } from 'vitest';
import { formPagePath } from './form-page-path';

describe('formPagePath', () => {
  it.each([
    ['project_self_evaluation', '/self-evaluation/7'],
    ['department_self_evaluation', '/self-evaluation/7'],
    ['project_target', '/forms/7'],
    ['department_target', '/forms/7'],
  ])('%s → %s', (kind, path) => {
    expect(formPagePath(kind, 7)).toBe(path);
  });
});
