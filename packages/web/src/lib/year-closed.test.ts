import { describe, expect, it } from 'vitest';
import { closedYearAction, closedYearsCardNote, newYearStatusChange, regionYearClosed, unfinishedForms, yearActionSummary, yearClosedReason } from './year-closed';

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

describe('closedYearsCardNote', () => {
  // The card counts every year, 我的待办 open years only: the difference is said on the card.
  it.each<[string, string, number, number | undefined, string | null]>([
    ['drafts of a closed year', 'draft', 5, 3, '其中 2 份属已关闭年度'],
    ['all drafts in open years', 'draft', 3, 3, null],
    ['a closed year published: its normal end', 'published', 4, 1, null],
    ['no open-year counts from the server', 'submitted', 4, undefined, null],
  ])('%s', (_why, status, all, open, text) => {
    expect(closedYearsCardNote(status, all, open)?.text ?? null).toBe(text);
  });
  it('says why and whom to ask', () => {
    expect(closedYearsCardNote('draft', 2, 0)?.hint).toBe('2 份草稿的表属于已关闭的年度，只能查看和导出，不再提交或审核，所以不计入待办；如需处理，请联系系统管理员在「年度与政策」中重新开放该年度。');
  });
});

describe('newYearStatusChange', () => {
  const years = [{ year: 2024, open: false }, { year: 2025, open: true }];
  // Only a status other than the one the forms have now closes or reopens them, and so needs a reason.
  it.each<[string, number, string | undefined, 'open' | 'closed', boolean | null]>([
    ['a new year, open', 2030, undefined, 'open', null],
    ['a new year, closed: closes it for every region', 2030, undefined, 'closed', true],
    ['a region of an open year, closed', 2025, '3301', 'closed', true],
    ['a region of an open year, open', 2025, '3301', 'open', null],
    ['a region of a closed year, open: reopens it there', 2024, '3301', 'open', false],
    ['a region of a closed year, closed', 2024, '3301', 'closed', null],
    ['a region of a year not listed, closed', 2031, '3301', 'closed', true],
  ])('%s', (_why, year, region, status, closing) => {
    expect(newYearStatusChange(years, { year, region, status })?.closing ?? null).toBe(closing);
  });
});
