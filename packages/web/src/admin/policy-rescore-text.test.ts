import { describe, expect, it } from 'vitest';
import { gradeMovesText, rescoreConfirmText, rescoreSavedText, type MoreEffects, type RecountCounts, type RescoreCounts } from './policy-rescore-text';

const tally = (over: Partial<RescoreCounts>): RescoreCounts => ({ sheets: 0, changed: 0, grade_changed: 0, grade_moves: [], ...over });
const none: RecountCounts = { forms: 0, changed: 0 };

describe('policy re-scoring texts', () => {
  it('names the sheets re-scored and the grade moves before and after saving', () => {
    const t = tally({ sheets: 12, changed: 3, grade_changed: 2, grade_moves: [{ from: '优', to: '良', count: 1 }, { from: '差', to: '中', count: 1 }] });
    expect(rescoreConfirmText(2026, t, none)).toBe(
      '将重新核算该区划 2026 年度已有的 12 张自评表（项目支出和部门整体）的系统核算总分和等级：其中 3 张的系统核算总分或等级将变化，2 张等级变化（优→良 1 张、差→中 1 张）。'
      + '保存后，该区划 2026 年度未公开的表（含已审核通过的表）的自动审核、系统核算和监控亮灯都按新参数计算；已公开的表和部门评价保持公开时的结果。',
    );
    expect(rescoreSavedText(t, none)).toBe('政策参数已保存；已重新核算 12 张自评表，3 张总分或等级有变化，2 张等级变化（优→良 1 张、差→中 1 张）');
  });

  it('says plainly when nothing changes, when only totals change, and when the year has no sheets', () => {
    expect(rescoreConfirmText(2026, tally({ sheets: 4 }), none)).toMatch(/^将重新核算该区划 2026 年度已有的 4 张自评表（项目支出和部门整体）的系统核算总分和等级：按新参数核算，总分和等级都不变。/);
    expect(rescoreConfirmText(2026, tally({ sheets: 4, changed: 1 }), none)).toContain('其中 1 张的系统核算总分将变化，等级都不变。');
    expect(rescoreConfirmText(2026, tally({}), none)).toMatch(/^该区划 2026 年度还没有自评表，无需重新核算。/);
    expect(rescoreSavedText(tally({}), none)).toBe('政策参数已保存');
    expect(rescoreSavedText(tally({ sheets: 4 }), none)).toBe('政策参数已保存；已重新核算 4 张自评表，总分和等级都没有变化');
    expect(rescoreSavedText(tally({ sheets: 4, changed: 1 }), none)).toBe('政策参数已保存；已重新核算 4 张自评表，1 张总分或等级有变化，等级都没有变化');
  });

  it('says how many forms\' review counts the change recounts and how many move', () => {
    const t = tally({ sheets: 2, changed: 1, grade_changed: 1, grade_moves: [{ from: '优', to: '良', count: 1 }] });
    expect(rescoreConfirmText(2026, t, { forms: 9, changed: 3 })).toContain('其中 1 张的系统核算总分或等级将变化，1 张等级变化（优→良 1 张）。将按新参数重新统计该区划 2026 年度 9 张表的审核发现（列表和工作台中的错误、警告数）：其中 3 张将变化。保存后，');
    expect(rescoreConfirmText(2026, tally({}), { forms: 5, changed: 0 })).toBe(
      '该区划 2026 年度还没有自评表，无需重新核算。将按新参数重新统计该区划 2026 年度 5 张表的审核发现（列表和工作台中的错误、警告数）：都不变。'
      + '保存后，该区划 2026 年度未公开的表（含已审核通过的表）的自动审核、系统核算和监控亮灯都按新参数计算；已公开的表和部门评价保持公开时的结果。',
    );
    expect(rescoreSavedText(t, { forms: 9, changed: 3 })).toBe('政策参数已保存；已重新核算 2 张自评表，1 张总分或等级有变化，1 张等级变化（优→良 1 张）；已重新统计 9 张表的审核发现，3 张的错误、警告数有变化');
    // Guard: targets only, counts unchanged.
    expect(rescoreSavedText(tally({}), { forms: 4, changed: 0 })).toBe('政策参数已保存；已重新统计 4 张表的审核发现，错误、警告数都没有变化');
  });

  it('calls a sheet without a grade 无等级', () => {
    expect(gradeMovesText([{ from: null, to: '差', count: 3 }])).toBe('无等级→差 3 张');
  });

  it('names the 部门评价 re-graded and the published results kept as published', () => {
    const more: MoreEffects = { evaluations: tally({ sheets: 3, changed: 1, grade_changed: 1, grade_moves: [{ from: '优', to: '良', count: 1 }] }), kept_published: { sheets: [7, 9], evaluations: [4] } };
    const confirm = rescoreConfirmText(2026, tally({ sheets: 2 }), none, more);
    expect(confirm).toContain('将按新参数重新评定该区划 2026 年度 3 份未公开部门评价的等级：1 份等级变化（优→良 1 份）。');
    expect(confirm).toMatch(/已公开的 2 张自评表和 1 份部门评价 按新参数等级会变，但保持公开时的结果，标注「按旧政策计算」；如需按新参数重算，请撤回公开后再公开。$/);
    expect(rescoreSavedText(tally({}), none, more)).toBe('政策参数已保存；已重新评定 3 份部门评价的等级，1 份等级变化（优→良 1 份）；已公开的 2 张自评表和 1 份部门评价 按新参数等级会变，但保持公开时的结果，标注「按旧政策计算」；如需按新参数重算，请撤回公开后再公开');
    // Guard: no evaluations and nothing published kept say nothing more.
    const quiet: MoreEffects = { evaluations: tally({}), kept_published: { sheets: [], evaluations: [] } };
    expect(rescoreSavedText(tally({ sheets: 4 }), none, quiet)).toBe('政策参数已保存；已重新核算 4 张自评表，总分和等级都没有变化');
    expect(rescoreConfirmText(2026, tally({}), none, quiet)).toBe(rescoreConfirmText(2026, tally({}), none));
  });
});
