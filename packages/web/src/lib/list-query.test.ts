import { describe, expect, it } from 'vitest';
import { readListQuery, writeListQuery, type ListQuery } from './list-query';

describe('readListQuery', () => {
  it.each([
    ['an empty address', '', { page: 1, size: 20 }],
    ['every part', 'queue=returned&page=3&size=50&sort=budget_total_wan&order=desc&q=图书&fiscal_year=2027&org=U1&kind=project_target', { page: 3, size: 50, sort: 'budget_total_wan', order: 'desc', q: '图书', fiscal_year: 2027, org: 'U1', kind: 'project_target', queue: 'returned' }],
    ['the findings filters', 'finding=direction&severity=warning', { page: 1, size: 20, finding: 'direction', severity: 'warning' }],
    ['a 工作台 link naming the status', 'status=approved', { page: 1, size: 20, queue: 'approved' }],
    ['unreadable numbers and order take the defaults', 'page=-2&size=abc&order=up&fiscal_year=x', { page: 1, size: 20 }],
  ])('%s', (_, search, want) => {
    const got = readListQuery(new URLSearchParams(search), 20);
    expect(Object.fromEntries(Object.entries(got).filter(([, v]) => v !== undefined))).toEqual(want);
  });
});

describe('writeListQuery', () => {
  it.each([
    ['a page keeps the filters', 'q=图书&page=2', { page: 4 }, 'q=%E5%9B%BE%E4%B9%A6&page=4'],
    ['a new search starts at page 1', 'q=图书&page=4&sort=org', { q: '演出' }, 'q=%E6%BC%94%E5%87%BA&sort=org'],
    ['a cleared filter is dropped', 'fiscal_year=2027&page=2', { fiscal_year: undefined }, ''],
    ['a sort and its order replace the old ones', 'sort=org&order=asc&page=3', { sort: 'errors', order: 'desc' }, 'sort=errors&order=desc'],
    ['a queue replaces the status a link gave', 'status=approved&page=2', { queue: 'returned' }, 'queue=returned'],
    ['a kind filter starts at page 1 and keeps the sort', 'sort=errors&order=desc&page=2', { kind: 'project_self_evaluation' }, 'sort=errors&order=desc&kind=project_self_evaluation'],
    ['page 1 is the default and left out', 'page=3', { page: 1 }, ''],
    ['a form\'s place is dropped with any change of the list', 'queue=submitted&at=41&page=3', { finding: 'direction' }, 'queue=submitted&finding=direction'],
  ] as Array<[string, string, Partial<ListQuery>, string]>)('%s', (_, search, change, want) => expect(writeListQuery(new URLSearchParams(search), change).toString()).toBe(want));

  it('leaves the given address alone', () => {
    const params = new URLSearchParams('page=2');
    writeListQuery(params, { q: 'x' });
    expect(params.toString()).toBe('page=2');
  });
});
