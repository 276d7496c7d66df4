import { describe, expect, it } from 'vitest';
import { closedYearAction, regionYearClosed, unfinishedForms, yearActionSummary, yearClosedReason } from './year-closed';

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

describe('closedYearAction', () => {
  const reason = yearClosedReason(2024);
  it.each([
    ['could act, year open', true, false, { show: true, disabled: false, reason: undefined }],
    ['could act, year closed: shown disabled with the reason', true, true, { show: true, disabled: true, reason }],
    ['could never act, year open', false, false, { show: false, disabled: true, reason: undefined }],
    ['could never act, year closed: stays hidden', false, true, { show: false, disabled: true, reason: undefined }],
  ])('%s', (_name, couldAct, closed, state) => {
    expect(closedYearAction(couldAct, closed, 2024)).toEqual(state);
  });
});

describe('regionYearClosed', () => {
  const years = [
    { year: 2024, open: false, regions: [{ region: 'A', open: true }] },
    { year: 2025, open: true, regions: [{ region: 'B', open: false }] },
  ];
  it.each<[string | undefined, number, boolean, string]>([
    ['A', 2024, false, "a region's own status outlasts the year's"],
    ['B', 2024, true, 'a region without its own status follows the year'],
    ['B', 2025, true, 'a region closed on its own'],
    ['A', 2025, false, 'an open year'],
    ['A', 2030, false, 'a year not listed is open'],
    [undefined, 2024, true, 'no region chosen: the year'],
  ])('%s %i → %s (%s)', (region, year, closed) => {
    expect(regionYearClosed(years, region, year)).toBe(closed);
  });
  it('nothing loaded yet: open', () => expect(regionYearClosed(undefined, 'A', 2024)).toBe(false));
});
