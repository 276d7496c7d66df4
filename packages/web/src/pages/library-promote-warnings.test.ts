import { describe, expect, it } from 'vitest';
import type { Finding } from '../api/types';
import { promoteGaps, promoteWarnings } from './library-promote-warnings';

const finding = (row: number | null, severity: Finding['severity'], code: string): Finding => ({ code, severity, form: 0, row, field: null, message: code });

describe('promoteWarnings', () => {
  const findings = [
    finding(null, 'error', 'weight_total'),
    finding(2, 'info', 'basis_missing'),
    finding(2, 'warning', 'unit_mismatch'),
    finding(3, 'error', 'level1_missing'),
    finding(2, 'error', 'level1_missing'),
    finding(2, 'warning', 'level2_missing'),
  ];
  it.each([
    [2, ['level1_missing', 'unit_mismatch', 'level2_missing', 'basis_missing']],
    [3, ['level1_missing']],
    [0, []],
  ])('row %i: only its own findings, errors first, in review order otherwise', (row, codes) => {
    expect(promoteWarnings(findings, row).map((f) => f.code)).toEqual(codes);
  });
});

describe('promoteGaps', () => {
  it.each([
    [{ level1: null, level2: null }, /未分类/],
    [{ level1: '  ', level2: '数量指标' }, /未分类/],
    [{ level1: '满意度指标', level2: null }, /二级/],
  ])('names a missing category: %j', (ind, message) => {
    expect(promoteGaps(ind)).toEqual([expect.stringMatching(message)]);
  });

  it('says nothing for a filed row', () => {
    expect(promoteGaps({ level1: '产出指标', level2: '数量指标' })).toEqual([]);
  });
});
