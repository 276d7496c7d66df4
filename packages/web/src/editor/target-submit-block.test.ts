import { describe, expect, it } from 'vitest';
import { emptyIndicator, submitBlocker, type Form } from '@jixiao/core';
import { targetSubmitBlockReason } from './target-submit-block';

const base = { kind: 'project_target', org: 'U1', fiscal_year: 2026 } as const;

describe('targetSubmitBlockReason', () => {
  it.each([
    ['blocker only', { blocker: '表单内容不完整', errors: 0 }, '表单内容不完整'],
    ['blocker before errors', { blocker: '表单内容不完整', errors: 2 }, '表单内容不完整'],
    ['errors only', { blocker: null, errors: 3 }, '还有 3 个错误，修正后才能提交'],
    ['nothing', { blocker: null, errors: 0 }, null],
  ] as const)('%s', (_, p, want) => expect(targetSubmitBlockReason(p)).toBe(want));

  // With core's real rule: the empty form the walkthrough submitted is now stopped before the click.
  it.each([
    ['empty target', { ...base, project_name: '', indicators: [] }, /项目名称.*至少一项绩效指标/],
    ['named, no rows', { ...base, project_name: '校舍维修', indicators: [] }, /至少一项绩效指标/],
    ['named, one row', { ...base, project_name: '校舍维修', indicators: [emptyIndicator('维修面积')] }, null],
  ] as const)('%s', (_, form, want) => {
    const reason = targetSubmitBlockReason({ blocker: submitBlocker(form as unknown as Form), errors: 0 });
    if (want === null) expect(reason).toBeNull();
    else expect(reason).toMatch(want);
  });
});
