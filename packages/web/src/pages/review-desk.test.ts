import { describe, expect, it } from 'vitest';
import { elsewhereToDecide, filterQuery, findingsExportHref, listPageOf, neighbours, queueCount, queueFilters, reviewLink } from './review-desk';

const items = (ids: number[]) => ids.map((id) => ({ id }));

describe('neighbours: stepping through the filtered list from a form', () => {
  it('a form in the middle has both, and its own place', () => {
    expect(neighbours(items([4, 7, 9]), 20, 21, 7)).toEqual({ prev: { item: { id: 4 }, at: 20 }, next: { item: { id: 9 }, at: 22 }, at: 21 });
  });

  it('the first form has no previous one; the last no next', () => {
    expect(neighbours(items([7, 9]), 0, 0, '7')).toEqual({ prev: null, next: { item: { id: 9 }, at: 1 }, at: 0 });
    expect(neighbours(items([4, 7]), 298, 299, 7)).toEqual({ prev: { item: { id: 4 }, at: 298 }, next: null, at: 299 });
  });

  it('a form that left the list (returned from 待审核): the one that took its place is next', () => {
    expect(neighbours(items([4, 9, 11]), 20, 21, 7)).toEqual({ prev: { item: { id: 4 }, at: 20 }, next: { item: { id: 9 }, at: 21 }, at: null });
  });

  it('guard: a form that moved within the window keeps its own neighbours', () => {
    expect(neighbours(items([7, 4, 9]), 20, 21, 7)).toEqual({ prev: null, next: { item: { id: 4 }, at: 21 }, at: 20 });
  });
});

describe('queue counts', () => {
  const rows = [
    { status: 'submitted', at_department: false, n: 280 },
    { status: 'submitted', at_department: true, n: 15 },
    { status: 'returned', at_department: false, n: 5 },
  ];
  it.each([
    [{ status: 'submitted' }, 295],
    [{ status: 'submitted', awaiting: 'finance' as const }, 280],
    [{ status: 'submitted', awaiting: 'department' as const }, 15],
    [{ status: 'returned' }, 5],
    [{ status: 'published' }, 0],
  ])('%j → %i', (queue, want) => expect(queueCount(rows, queue)).toBe(want));
});

describe('the list filters sent to the server', () => {
  it('takes the address\'s findings filters and drops unknown ones', () => {
    const f = queueFilters({ page: 1, size: 20, finding: 'direction', severity: 'warning', q: '道路' }, { status: 'submitted', awaiting: 'finance' }, undefined);
    expect(f).toMatchObject({ status: 'submitted', awaiting: 'finance', finding: 'direction', severity: 'warning', q: '道路' });
    const unknown = queueFilters({ page: 1, size: 20, finding: 'nonsense', severity: 'fatal' }, { status: 'submitted' }, undefined);
    expect(unknown.finding).toBeUndefined();
    expect(unknown.severity).toBeUndefined();
  });

  it('the findings export follows the filter and the sort, not the page', () => {
    const href = findingsExportHref({ status: 'submitted', awaiting: 'finance', org: 'U1', finding: 'direction', sort: 'errors', order: 'desc', q: undefined });
    expect(href).toBe('/api/forms/findings-export?status=submitted&awaiting=finance&org=U1&finding=direction&sort=errors&order=desc');
    expect(filterQuery({ status: 'submitted', fiscal_year: 2026, sort: 'errors' }, ['status', 'sort'])).toBe('fiscal_year=2026');
  });

  it('a form\'s link carries the list and its place; the way back lands on its page', () => {
    expect(reviewLink(7, new URLSearchParams('queue=submitted&page=3&finding=direction'), 41)).toBe('/review/7?queue=submitted&finding=direction&at=41');
    expect(listPageOf(41, 20)).toBe(3);
    expect(listPageOf(0, 20)).toBe(1);
    expect(listPageOf(20, 20)).toBe(2);
  });
});

describe('an empty queue points to the reviewer\'s other decisions', () => {
  const queues = [
    { key: 'submitted', label: '待审核', status: 'submitted', awaiting: 'finance' as const, alsoDecides: 'department_approved' },
    { key: 'at_department', label: '主管部门审核中', status: 'submitted', awaiting: 'department' as const },
    { key: 'department_approved', label: '主管部门已审', status: 'department_approved' },
  ];
  it('finance\'s empty 待审核 names 主管部门已审 and its count', () => {
    const rows = [{ status: 'department_approved', at_department: false, n: 2 }, { status: 'submitted', at_department: true, n: 5 }];
    expect(elsewhereToDecide(rows, queues[0]!, queues)).toEqual({ key: 'department_approved', label: '主管部门已审', n: 2 });
  });
  it('guard: nothing there, a queue without another, or counts not loaded: no pointer', () => {
    expect(elsewhereToDecide([{ status: 'submitted', at_department: true, n: 5 }], queues[0]!, queues)).toBeNull();
    expect(elsewhereToDecide([{ status: 'department_approved', at_department: false, n: 2 }], queues[1]!, queues)).toBeNull();
    expect(elsewhereToDecide(undefined, queues[0]!, queues)).toBeNull();
  });
});
