import { describe, expect, it } from 'vitest';
import {
  REVIEWER_LISTS, UNIT_LISTS, defaultMonitoringYear, defaultUnitList, emptyListText, listAudience, listLabel, otherYears, otherYearsText, unitRowAction,
  type ListAudience, type ListStatus, type ReviewerList, type StageCounts, type YearCounts,
} from './monitoring-queue';

describe('listLabel: each reviewer list with its count', () => {
  it.each<[string, ReviewerList, number | undefined, string]>([
    ['tables waiting for 验收', 'submitted', 3, '待验收（3）'],
    ['none waiting is still a count', 'submitted', 0, '待验收（0）'],
    ['returned tables', 'returned', 1, '已退回（1）'],
    ['accepted tables', 'accepted', 12, '已验收（12）'],
    ['重点监控 counts projects', 'key', 1, '重点监控（1 个项目）'],
    ['no number while loading', 'submitted', undefined, '待验收'],
    ['no number while the key list loads', 'key', undefined, '重点监控'],
  ])('%s', (_, key, count, label) => {
    expect(listLabel(key, count)).toBe(label);
  });
});

describe('emptyListText: what an empty list tells the reviewer to do', () => {
  it.each<[string, ReviewerList, number | undefined, RegExp]>([
    ['nothing submitted: where tables come from and how to look at one project', 'submitted', undefined, /^2026 年：.*单位提交监控表后会出现在这里.*请在上方选择项目/],
    ['nothing accepted: how to accept one', 'accepted', undefined, /在「待验收」中点项目名称打开监控表/],
    ['nothing returned: where a fixed table goes', 'returned', undefined, /重新提交后，表会回到「待验收」/],
    ['empty key list: what goes on it', 'key', undefined, /亮红灯的项目/],
    ['a period chosen: widen it', 'submitted', 7, /^2026 年 1—7月没有待验收的监控表，请选择「全部期间」或其他期间/],
  ])('%s', (_, key, month, text) => {
    expect(emptyListText(key, 2026, month)).toMatch(text);
  });

  it('offers the lists in working order, 待验收 first', () => {
    expect(REVIEWER_LISTS.map((t) => t.key)).toEqual(['submitted', 'returned', 'accepted', 'key']);
  });
});

describe('a unit reads its own tables once submitted', () => {
  it.each<[string, ListStatus, number | undefined, number | undefined, string | RegExp]>([
    ['returned first, with its count', 'returned', 2, undefined, '已退回（2）'],
    ['saved drafts, with their count', 'draft', 3, undefined, '草稿（3）'],
    ['no drafts: how one gets here, and how to resume it', 'draft', undefined, undefined, /点「保存监控数据」后会列在这里，点「继续填报」打开/],
    ['waiting for 验收', 'submitted', 1, undefined, '待验收（1）'],
    ['nothing returned: where the 退回意见 and 去修改 will be', 'returned', undefined, undefined, /^2026 年：.*附退回意见.*「去修改」/],
    ['nothing waiting: how a table gets here', 'submitted', undefined, undefined, /点「提交监控表」后会列在这里/],
    ['a period chosen: widen it', 'returned', undefined, 6, /^2026 年 1—6月没有已退回的监控表/],
  ])('%s', (_, key, count, month, expected) => {
    const text = count !== undefined ? listLabel(key, count, 'unit') : emptyListText(key, 2026, month, 'unit');
    if (typeof expected === 'string') expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });

  it('offers what came back to fix first, then its drafts to resume, then what waits for 验收, and nothing else', () => {
    expect(UNIT_LISTS.map((t) => t.key)).toEqual(['returned', 'draft', 'submitted']);
  });

  it.each<[string, StageCounts | undefined, ListStatus]>([
    ['while the counts load', undefined, 'returned'],
    ['something came back: fix it first', { submitted: 1, returned: 1, accepted: 0, draft: 2 }, 'returned'],
    ['nothing came back, drafts saved: resume them', { submitted: 1, returned: 0, accepted: 0, draft: 2 }, 'draft'],
    ['nothing either way: the returned list says what to do', { submitted: 1, returned: 0, accepted: 3, draft: 0 }, 'returned'],
    ['counts without drafts (a reviewer\'s shape)', { submitted: 1, returned: 0, accepted: 0 }, 'returned'],
  ])('opens on: %s', (_, counts, list) => {
    expect(defaultUnitList(counts)).toBe(list);
  });
});

describe('listAudience: whose lists a role reads, as the server serves them', () => {
  it.each<[string | undefined, ListAudience | null]>([
    ['finance_reviewer', 'reviewer'],
    ['department_reviewer', 'reviewer'],
    ['admin', 'reviewer'],
    ['unit_editor', 'unit'],
    ['evaluator', null],
    [undefined, null],
  ])('%s', (role, audience) => {
    expect(listAudience(role)).toBe(audience);
  });
});

const y = (fiscal_year: number, submitted: number, returned = 0, accepted = 0): YearCounts => ({ fiscal_year, counts: { submitted, returned, accepted } });

describe('defaultMonitoringYear: the page opens on a year with work in it', () => {
  it.each<[string, ListAudience | null, YearCounts[], number[], number]>([
    ['a 2024 table waits while next year has only approved projects: 2024', 'reviewer', [y(2024, 1)], [2024, 2027], 2024],
    ['tables wait in two years: the latest of them', 'reviewer', [y(2024, 1), y(2026, 2, 1)], [2027], 2026],
    ['nothing waits: the latest year up to the year in progress with tables or projects', 'reviewer', [y(2024, 0, 0, 3)], [2025, 2027], 2025],
    ['only next year\'s approved projects (autumn): the year in progress', 'unit', [], [2027], 2026],
    ['a unit waits on a returned table, not on one it submitted', 'unit', [y(2025, 0, 1), y(2026, 4)], [2026], 2025],
    ['a unit with only submitted tables: the latest year', 'unit', [y(2025, 2)], [2024], 2025],
    ['no lists for the role: the latest project year', null, [], [2023, 2024], 2024],
    ['nothing at all: the current year', 'reviewer', [], [], 2026],
  ])('%s', (_, audience, years, projectYears, expected) => {
    expect(defaultMonitoringYear(audience, years, projectYears, 2026)).toBe(expected);
  });
});

describe('otherYears / otherYearsText: an empty year tells of tables waiting in others', () => {
  const years = [y(2023, 2), y(2026, 0, 1), y(2024, 1), y(2027, 0)];
  it.each<[string, number, 'submitted' | 'returned', string | null]>([
    ['two other years wait, newest first', 2027, 'submitted', '其他年度共有 3 张待验收的监控表（2024 年 1 张、2023 年 2 张），请切换年度查看。'],
    ['the year shown is not counted as another', 2024, 'submitted', '其他年度共有 2 张待验收的监控表（2023 年 2 张），请切换年度查看。'],
    ['returned tables elsewhere', 2027, 'returned', '其他年度共有 1 张已退回的监控表（2026 年 1 张），请切换年度查看。'],
    ['nothing elsewhere: nothing said', 2026, 'returned', null],
  ])('%s', (_, year, status, text) => {
    expect(otherYearsText(status, otherYears(years, year, status))).toBe(text);
  });

  it('counts a unit\'s drafts in other years, and none where the counts have no drafts', () => {
    const unitYears: YearCounts[] = [{ fiscal_year: 2025, counts: { submitted: 0, returned: 0, accepted: 1, draft: 2 } }, ...years];
    expect(otherYearsText('draft', otherYears(unitYears, 2026, 'draft'), 'unit')).toBe('其他年度共有 2 张草稿的监控表（2025 年 2 张），请切换年度查看。');
  });
});

describe("unitRowAction: the unit's button on its own list", () => {
  it.each<[ListStatus, boolean | undefined, string | null]>([
    ['returned', false, '去修改'],
    ['draft', undefined, '继续填报'],
    ['returned', true, '查看'],
    ['draft', true, '查看'],
    ['submitted', false, null],
    ['submitted', true, null],
  ])('%s, year closed %s → %s', (status, closed, label) => {
    expect(unitRowAction(status, closed)).toBe(label);
  });
});
