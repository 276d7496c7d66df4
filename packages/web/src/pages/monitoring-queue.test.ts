import { describe, expect, it } from 'vitest';
import { REVIEWER_LISTS, emptyListText, listLabel, type ReviewerList } from './monitoring-queue';

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
