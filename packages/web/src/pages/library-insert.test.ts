import { describe, expect, it } from 'vitest';
import { canInsertIntoForms } from './library-insert';

describe('canInsertIntoForms', () => {
  it.each([
    ['unit_editor', true],
    ['finance_reviewer', true],
    ['department_reviewer', false],
    ['evaluator', false],
    ['admin', false],
    [undefined, false],
  ] as const)('%s → %s', (role, expected) => {
    expect(canInsertIntoForms(role)).toBe(expected);
  });
});
