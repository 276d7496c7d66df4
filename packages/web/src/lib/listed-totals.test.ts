import { describe, expect, it } from 'vitest';
import { listedTotals } from './listed-totals';

describe('listedTotals', () => {
  it('shows the system total with its grade beside the unit\'s total, marked where they differ', () => {
    expect(listedTotals({ total_score: 28, grade: '差', reported_total: 30 })).toEqual({
      system: '28（差）', reported: '30', differs: true, hint: '填报总分 30 与系统按规则核算的 28 不一致；打开自评表可见各行核算',
    });
  });

  it.each([
    ['equal totals', { total_score: 93, grade: '优', reported_total: 93 }, { system: '93（优）', reported: '93' }],
    ['totals within half a cent', { total_score: 92.5, grade: '优', reported_total: 92.504 }, { system: '92.5（优）', reported: '92.5' }],
    ['an empty sheet stating a total', { total_score: null, grade: null, reported_total: 90 }, { system: '—', reported: '90' }],
    ['a sheet stating no total', { total_score: 61.239, grade: '中', reported_total: null }, { system: '61.24（中）', reported: '未填' }],
    ['a row from an older server without the fields', {}, { system: '—', reported: '未填' }],
  ])('does not mark %s', (_label, row, want) => {
    expect(listedTotals(row)).toEqual({ ...want, differs: false, hint: null });
  });
});
