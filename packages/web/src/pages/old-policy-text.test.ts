import { describe, expect, it } from 'vitest';
import { oldPolicyText } from './old-policy-text';

describe('按旧政策计算 notice', () => {
  it('names the published and the current figures of a sheet, with totals', () => {
    const text = oldPolicyText('自评表', { total: 98, grade: '优' }, { total: 98, grade: '良' });
    expect(text.title).toBe('按旧政策计算：本自评表公开时为 98.00 分（优），按现行政策参数应为 98.00 分（良）');
    expect(text.description).toContain('撤回公开');
    expect(text.description).toContain('重新核算总分和等级');
  });

  it('names an evaluation by grade alone, and a missing grade as 无等级', () => {
    const text = oldPolicyText('评价', { grade: '良' }, { grade: null });
    expect(text.title).toBe('按旧政策计算：本评价公开时为「良」，按现行政策参数应为「无等级」');
    expect(text.description).toContain('评价报告');
  });
});
