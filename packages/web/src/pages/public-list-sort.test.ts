import { describe, expect, it } from 'vitest';
import { publicListSort } from './public-list-sort';

describe('publicListSort', () => {
  it.each([
    ['', { sort: 'published_at', order: 'desc' }],
    ['region=500106&page=2', { sort: 'published_at', order: 'desc' }],
    ['sort=published_at&order=asc', { sort: 'published_at', order: 'asc' }],
    ['sort=org', { sort: 'org', order: 'asc' }],
    ['sort=budget_total_wan&order=desc', { sort: 'budget_total_wan', order: 'desc' }],
  ])('%s', (search, want) => expect(publicListSort(new URLSearchParams(search))).toEqual(want));
});
