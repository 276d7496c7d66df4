import { describe, expect, it } from 'vitest';
import { queuesFor } from './review-queue-page';

describe('queuesFor: the review tabs of a role', () => {
  it.each([
    ['finance_reviewer', ['submitted:submitted:finance', 'at_department:submitted:department', 'department_approved:department_approved:']],
    ['department_reviewer', ['submitted:submitted:', 'department_approved:department_approved:', 'returned:returned:']],
    [undefined, ['submitted:submitted:', 'department_approved:department_approved:', 'returned:returned:']],
  ] as const)('%s', (role, first) => {
    const queues = queuesFor(role);
    expect(queues.slice(0, 3).map((q) => `${q.key}:${q.status}:${q.awaiting ?? ''}`)).toEqual(first);
    expect(new Set(queues.map((q) => q.key)).size).toBe(queues.length);
    for (const q of queues) expect(q.empty).toMatch(/没有/);
  });

  it.each([
    // Finance's own tasks after approval; a 主管部门 only follows what finance decided.
    ['finance_reviewer', ['待审核', '主管部门审核中', '主管部门已审', '已退回', '待公开', '已验收', '已公开']],
    ['department_reviewer', ['待审核', '已审待财政', '已退回', '财政已批复', '财政已验收', '已公开']],
  ] as const)('labels for %s', (role, labels) => {
    expect(queuesFor(role).map((q) => q.label)).toEqual(labels);
  });
});
