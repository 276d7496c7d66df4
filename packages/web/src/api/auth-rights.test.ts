import { describe, expect, it } from 'vitest';
import { canReview, canSeeEvaluations, canSeeMonitoring } from './auth-context';
import type { Role } from './types';

const user = (role: Role) => ({ username: 'u', role, org: null, org_name: null }) as unknown as Parameters<typeof canReview>[0];

// Which menu entries a role is offered: each as the server lets that role read (access rules in packages/server).
describe('rights by role', () => {
  it.each([
    ['unit_editor', { review: false, evaluations: false, monitoring: true }],
    ['department_reviewer', { review: true, evaluations: false, monitoring: true }],
    ['finance_reviewer', { review: true, evaluations: true, monitoring: true }],
    ['evaluator', { review: false, evaluations: true, monitoring: false }],
    ['admin', { review: true, evaluations: true, monitoring: true }],
  ] as const)('%s', (role, expected) => {
    const u = user(role);
    expect({ review: canReview(u), evaluations: canSeeEvaluations(u), monitoring: canSeeMonitoring(u) }).toEqual(expected);
  });

  it('offers nothing to nobody', () => {
    expect([canReview(null), canSeeEvaluations(null), canSeeMonitoring(null)]).toEqual([false, false, false]);
  });
});
