import { describe, expect, it } from 'vitest';
import type { Role } from '../api/types';
import { afterStart, canStartSelfEvaluation } from './start-self-evaluation';

describe('canStartSelfEvaluation', () => {
  it.each<[Role | undefined, string, string, boolean]>([
    ['unit_editor', 'project_target', 'approved', true],
    ['unit_editor', 'project_target', 'published', true],
    ['finance_reviewer', 'project_target', 'published', true],
    ['unit_editor', 'project_target', 'draft', false],
    ['unit_editor', 'project_target', 'submitted', false],
    ['unit_editor', 'project_target', 'returned', false],
    ['department_reviewer', 'project_target', 'approved', false],
    ['evaluator', 'project_target', 'published', false],
    ['admin', 'project_target', 'published', false],
    [undefined, 'project_target', 'published', false],
    ['unit_editor', 'department_target', 'approved', false],
    ['unit_editor', 'project_self_evaluation', 'accepted', false],
  ])('%s on a %s (%s) → %s', (role, kind, status, shown) => {
    expect(canStartSelfEvaluation(role, kind, status)).toBe(shown);
  });
});

describe('afterStart', () => {
  it.each([
    [{ id: 12, existing: false }, '/self-evaluation/12', '已按目标表生成年终自评表，请填写实际完成值和预算执行数'],
    [{ id: 7, existing: true }, '/self-evaluation/7', '本项目的自评表已存在，已为您打开'],
  ])('%o', (started, path, message) => {
    expect(afterStart(started)).toEqual({ path, message });
  });
});
