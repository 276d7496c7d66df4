import { describe, expect, it } from 'vitest';
import type { Role } from '../api/types';
import { canImport, isImportPath } from './import-access';

describe('canImport', () => {
  it.each<[Role | undefined, boolean]>([
    ['unit_editor', true],
    ['finance_reviewer', true],
    ['department_reviewer', false],
    ['evaluator', false],
    ['admin', false],
    [undefined, false],
  ])('%s → %s', (role, allowed) => {
    expect(canImport(role)).toBe(allowed);
  });
});

describe('isImportPath', () => {
  it.each<[string, boolean]>([
    ['/import', true],
    ['/import/', true],
    ['/imports', false],
    ['/', false],
    ['/forms/3', false],
    ['/library', false],
  ])('%s → %s', (path, matched) => {
    expect(isImportPath(path)).toBe(matched);
  });
});
