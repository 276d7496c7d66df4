import { describe, expect, it } from 'vitest';
import type { Org } from '../api/types';
import { approveWording, canComment, hasDepartment, reviewStep } from './review-step';

const ORGS: Org[] = [
  { code: 'R', name: '区', parent: null, kind: 'region' },
  { code: 'CZ', name: '财政局', parent: 'R', kind: 'finance' },
  { code: 'D', name: '教委', parent: 'CZ', kind: 'department' },
  { code: 'U1', name: '一中', parent: 'D', kind: 'unit' },
  { code: 'U2', name: '街道', parent: 'CZ', kind: 'unit' },
];

describe('hasDepartment', () => {
  it.each([
    ['U1', true],
    ['D', true],
    ['U2', false],
    ['CZ', false],
    [null, false],
    ['unknown', false],
  ] as const)('%s → %s', (code, expected) => {
    expect(hasDepartment(code, ORGS)).toBe(expected);
  });
});

describe('reviewStep', () => {
  it.each([
    // role, status, kind, org → can return, approve blocked, note
    ['department_reviewer', 'submitted', 'project_target', 'U1', true, false, false],
    ['finance_reviewer', 'submitted', 'project_target', 'U1', true, true, true],
    ['finance_reviewer', 'department_approved', 'project_target', 'U1', true, false, false],
    ['department_reviewer', 'department_approved', 'project_target', 'U1', false, false, true],
    ['finance_reviewer', 'submitted', 'project_target', 'U2', true, false, false],
    ['department_reviewer', 'submitted', 'project_target', 'U2', false, false, true],
    ['department_reviewer', 'submitted', 'project_self_evaluation', 'U1', true, false, false],
    ['finance_reviewer', 'submitted', 'project_self_evaluation', 'U1', true, false, false],
    ['unit_editor', 'submitted', 'project_target', 'U2', false, false, false],
    ['admin', 'submitted', 'project_target', 'U2', false, false, false],
    ['finance_reviewer', 'approved', 'project_target', 'U2', false, false, false],
    ['finance_reviewer', 'draft', 'project_target', 'U2', false, false, false],
  ] as const)('%s on %s %s of %s', (role, status, kind, org, canReturn, blocked, note) => {
    const step = reviewStep(role, status, kind, org, ORGS);
    expect(step.canReturn).toBe(canReturn);
    expect(step.approveBlocked !== null).toBe(blocked);
    expect(step.note !== null).toBe(note);
  });
});

describe('reviewStep.forwardsToFinance', () => {
  it.each([
    // Only a 主管部门's approval of a target form at its step goes on to finance.
    ['department_reviewer', 'submitted', 'project_target', 'U1', true],
    ['department_reviewer', 'submitted', 'department_target', 'U1', true],
    ['department_reviewer', 'submitted', 'project_self_evaluation', 'U1', false],
    ['finance_reviewer', 'department_approved', 'project_target', 'U1', false],
    ['finance_reviewer', 'submitted', 'project_target', 'U2', false],
    ['department_reviewer', 'department_approved', 'project_target', 'U1', false],
  ] as const)('%s on %s %s of %s → %s', (role, status, kind, org, expected) => {
    expect(reviewStep(role, status, kind, org, ORGS).forwardsToFinance).toBe(expected);
  });
});

describe('approveWording', () => {
  it.each([
    [true, 4, '通过并报财政', /第 4 版.*财政审核/, '已审核通过，已报财政审核'],
    [false, 2, '审核通过', /第 2 版/, '已审核通过，版本已冻结'],
  ] as const)('forwards %s, version %s', (forwards, version, button, effect, done) => {
    const wording = approveWording(forwards, version);
    expect(wording.button).toBe(button);
    expect(wording.effect).toMatch(effect);
    expect(wording.done).toBe(done);
  });
});

describe('canComment', () => {
  it.each([
    ['department_reviewer', true],
    ['finance_reviewer', true],
    ['unit_editor', false],
    ['evaluator', false],
    ['admin', false],
    [undefined, false],
  ] as const)('%s → %s', (role, expected) => {
    expect(canComment(role)).toBe(expected);
  });
});
