import { describe, expect, it } from 'vitest';
import { emptyIndicator, submitBlocker, type Form } from '@jixiao/core';
import { targetSubmitBlockReason, unweightedTargetNote } from './target-submit-block';

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

describe('unweightedTargetNote', () => {
  const row = (name: string, weight: number | null = null) => ({ name, weight });
  it('names the count and the policy total when no row is weighted', () => {
    expect(unweightedTargetNote([row('改造学校数量'), row('工程验收合格率'), row('')], 90)).toBe(
      '本表 2 项指标都没有填写权重：批复后年终自评时须由单位为各项指标填写分值（可按政策比例「按常规分配分值」），系统才能核算。如已确定权重，请先在「权重」栏填写（合计 90 分）。',
    );
  });
  it.each([
    ['one row weighted (a wrong total is the review\'s weights finding)', [row('改造学校数量', 20), row('工程验收合格率')]],
    ['a weight written in the name', [row('宣讲场次（5分）'), row('受众满意度')]],
    ['a zero weight is a weight', [row('改造学校数量', 0)]],
    ['no named row', [row(''), row('  ')]],
  ] as const)('no note: %s', (_, rows) => expect(unweightedTargetNote(rows, 90)).toBeNull());
});
