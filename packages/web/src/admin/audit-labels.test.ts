import { describe, expect, it } from 'vitest';
import { ACTION_FAMILIES, auditActionLabel, auditRecordLabel } from './audit-labels';

describe('审计日志 labels', () => {
  it.each([
    ['form.submit', '提交'],
    ['monitoring.decide', '记录拨款决定'],
    ['user.password_reset', '重置密码'],
    ['something.new', 'something.new'],
  ])('%s reads %s', (action, label) => expect(auditActionLabel(action)).toBe(label));

  it.each([
    ['form', '12', '表单 #12'],
    ['monitoring_report', '3', '监控表 #3'],
    ['policy', null, '政策'],
    ['other', '7', 'other #7'],
  ] as const)('%s %s reads %s', (entity, id, label) => expect(auditRecordLabel(entity, id)).toBe(label));

  it('offers each family once and every action with its code', () => {
    const values = ACTION_FAMILIES.map((a) => a.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toContain('form.');
    expect(ACTION_FAMILIES.find((a) => a.value === 'form.return')?.label).toBe('退回（form.return）');
  });
});
