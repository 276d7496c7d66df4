import { describe, expect, it } from 'vitest';
import type { FormKind } from '@jixiao/core';
import { newFormYear } from './new-form-year';

const NOV_24 = new Date('2026-11-24T04:00:00Z');
const MAR_10 = new Date('2026-03-10T04:00:00Z');

describe('newFormYear: 新建表 follows the import’s kind-and-date rule and asks before a self-evaluation of a year not begun', () => {
  it.each<[FormKind, number, Date, number, string, string | null]>([
    ['project_target', 2027, NOV_24, 2027, '按表种推定', null],
    ['project_target', 2026, MAR_10, 2026, '按表种推定', null],
    ['department_target', 2028, NOV_24, 2027, '已改为 2028 年度', null],
    ['project_self_evaluation', 2026, NOV_24, 2026, '按表种推定', null],
    ['project_self_evaluation', 2025, MAR_10, 2025, '按表种推定', null],
    ['project_self_evaluation', 2027, NOV_24, 2026, '已改为 2027 年度', '2027 年度尚未开始'],
    ['department_self_evaluation', 2027, MAR_10, 2025, '已改为 2027 年度', '2027 年度尚未开始'],
  ])('%s %i on %s → usual %i', (kind, year, now, usual, hint, refusal) => {
    const got = newFormYear(kind, year, now);
    expect(got.usual).toBe(usual);
    expect(got.hint).toContain(hint);
    if (refusal === null) expect(got.refusal).toBeNull();
    else expect(got.refusal).toContain(refusal);
  });
});
