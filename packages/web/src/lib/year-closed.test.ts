import { describe, expect, it } from 'vitest';
import { unfinishedForms, yearActionSummary, yearClosedReason } from './year-closed';

describe('unfinishedForms', () => {
  it.each([
    [undefined, 0, ''],
    [{}, 0, ''],
    [{ returned: 1, draft: 3 }, 4, '草稿 3 张、已退回 1 张'],
    [{ submitted: 2, department_approved: 0, draft: 1 }, 3, '草稿 1 张、已提交 2 张'],
  ])('%j → %i (%s)', (counts, total, text) => {
    expect(unfinishedForms(counts)).toEqual({ total, text });
  });
});

describe('yearActionSummary', () => {
  it.each([
    [{ year: 2024, open: true, counts: { draft: 2 } }, '关闭 2024 年度？', true, '还有 2 张表没有办结（草稿 2 张）'],
    [{ year: 2024, regionName: '某区', open: true, counts: {} }, '关闭 某区 2024 年度？', false, '都已办结'],
    [{ year: 2024, open: false, counts: { draft: 2 } }, '重新开放 2024 年度？', false, '可以再次修改'],
  ])('%j', (input, title, needsConfirm, says) => {
    const s = yearActionSummary(input);
    expect(s.title).toBe(title);
    expect(s.needsConfirm).toBe(needsConfirm);
    expect(s.content).toContain(says);
  });
});

it('yearClosedReason names the year and what to do', () => {
  expect(yearClosedReason(2024)).toBe('2024 年度已关闭，该年度的表只能查看和导出；如需修改，请联系系统管理员在「年度与政策」中重新开放该年度。');
});
