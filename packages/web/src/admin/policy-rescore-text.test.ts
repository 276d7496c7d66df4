import { describe, expect, it } from 'vitest';
import { gradeMovesText, rescoreConfirmText, rescoreSavedText, type RescoreCounts } from './policy-rescore-text';

const tally = (over: Partial<RescoreCounts>): RescoreCounts => ({ sheets: 0, changed: 0, grade_changed: 0, grade_moves: [], ...over });

describe('policy re-scoring texts', () => {
  it('names the sheets re-scored and the grade moves before and after saving', () => {
    const t = tally({ sheets: 12, changed: 3, grade_changed: 2, grade_moves: [{ from: '优', to: '良', count: 1 }, { from: '差', to: '中', count: 1 }] });
    expect(rescoreConfirmText(2026, t)).toBe(
      '将重新核算该区划 2026 年度已有的 12 张自评表（项目支出和部门整体）的系统核算总分和等级：其中 3 张的系统核算总分或等级将变化，2 张等级变化（优→良 1 张、差→中 1 张）。'
      + '保存后，该区划 2026 年度所有表（含已审核通过和已公开的表）的自动审核、系统核算和监控亮灯都按新参数计算。',
    );
    expect(rescoreSavedText(t)).toBe('政策参数已保存；已重新核算 12 张自评表，3 张总分或等级有变化，2 张等级变化（优→良 1 张、差→中 1 张）');
  });

  it('says plainly when nothing changes, when only totals change, and when the year has no sheets', () => {
    expect(rescoreConfirmText(2026, tally({ sheets: 4 }))).toMatch(/^将重新核算该区划 2026 年度已有的 4 张自评表（项目支出和部门整体）的系统核算总分和等级：按新参数核算，总分和等级都不变。/);
    expect(rescoreConfirmText(2026, tally({ sheets: 4, changed: 1 }))).toContain('其中 1 张的系统核算总分将变化，等级都不变。');
    expect(rescoreConfirmText(2026, tally({}))).toMatch(/^该区划 2026 年度还没有自评表，无需重新核算。/);
    expect(rescoreSavedText(tally({}))).toBe('政策参数已保存');
    expect(rescoreSavedText(tally({ sheets: 4 }))).toBe('政策参数已保存；已重新核算 4 张自评表，总分和等级都没有变化');
    expect(rescoreSavedText(tally({ sheets: 4, changed: 1 }))).toBe('政策参数已保存；已重新核算 4 张自评表，1 张总分或等级有变化，等级都没有变化');
  });

  it('calls a sheet without a grade 无等级', () => {
    expect(gradeMovesText([{ from: null, to: '差', count: 3 }])).toBe('无等级→差 3 张');
  });
});
