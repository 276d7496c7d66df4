import { describe, expect, it } from 'vitest';
import { departmentOwnComparison, departmentOwnSheet } from './department-own-comparison';

const sheet = (id: string, status: string, total_score: number | null, reported_total: number | null = total_score, grade: string | null = '良') => ({ id, status, total_score, reported_total, grade });

describe('departmentOwnSheet', () => {
  it('takes the sheet furthest along, whatever the list order', () => {
    expect(departmentOwnSheet([sheet('1', 'draft', 70), sheet('2', 'accepted', 85), sheet('3', 'submitted', 80)])?.id).toBe('2');
    expect(departmentOwnSheet([sheet('1', 'returned', 70), sheet('2', 'draft', 60)])?.id).toBe('1');
    expect(departmentOwnSheet([])).toBeNull();
  });
});

describe('departmentOwnComparison', () => {
  // 81.385 shows as 81.39: the gap is said from that figure.
  const done = { total: 81.385, unscored: 0 };
  it.each([
    ['no sheet', null, done, { value: '未填报', detail: '该部门 2026 年度还没有部门整体支出绩效自评表' }],
    ['a sheet without scored rows', sheet('1', 'draft', null), done, { value: '未计分', detail: '自评表草稿，还没有可核算的指标' }],
    ['an evaluation below the sheet', sheet('1', 'accepted', 85.5), done, { value: '85.5（良）', detail: '系统核算 · 已验收；评价比自评低 4.11 分' }],
    ['an evaluation above it', sheet('1', 'submitted', 70, 70, '中'), done, { value: '70（中）', detail: '系统核算 · 已提交；评价比自评高 11.39 分' }],
    ['the unit stated another total', sheet('1', 'submitted', 28, 30, '差'), { total: 28, unscored: 0 }, { value: '28（差）', detail: '系统核算，填报 30 · 已提交；评价与自评相同' }],
    // Guard: an unfinished evaluation's running total is no result to compare.
    ['an unfinished evaluation', sheet('1', 'accepted', 85.5), { total: 13.38, unscored: 17 }, { value: '85.5（良）', detail: '系统核算 · 已验收；评价完成后比较差距' }],
  ])('%s', (_l, s, evaluation, want) => {
    expect(departmentOwnComparison(s, 2026, evaluation)).toEqual(want);
  });
});
