import { describe, expect, it } from 'vitest';
import { emptyIndicator, type Indicator } from '@jixiao/core';
import type { GridColumn } from './paste-rows';
import { typedTarget, updateIndicator } from './update-indicator';

const row: Indicator = { ...emptyIndicator('培训人次'), weight: 10, unit: '人次', comparator: '>=', target: '300' };

describe('updateIndicator', () => {
  it.each<[GridColumn, string, Partial<Indicator>]>([
    ['weight', '12.5', { weight: 12.5 }],
    ['weight', '１５', { weight: 15 }],
    ['weight', '  ', { weight: null }],
    ['weight', '十分', { weight: 10 }],
    ['comparator', '<=', { comparator: '<=' }],
    ['comparator', '', { comparator: null }],
    ['name', '', { name: '' }],
    // Kept as typed while typing (5000人次以上 can be typed through); split when the cell is left (typedTarget).
    ['target', '≥320', { target: '≥320' }],
    ['unit', '', { unit: null }],
    ['unit', '人', { unit: '人' }],
  ])('%s ← %j', (field, raw, patch) => {
    const next = updateIndicator(row, field, raw);
    expect(next).toEqual({ ...row, ...patch });
    expect(row.weight).toBe(10);
  });

  // A target typed with its sign or unit fills the cells a paste would (the walkthrough's clerk typed ≥12场).
  it.each<[string, Partial<Indicator>]>([
    ['≥320', { comparator: '>=', target: '320' }],
    ['320人次', { target: '320' }],
    ['≤320', { comparator: '<=', target: '320' }],
    ['≥320人', { comparator: '>=', target: '320人' }],
    ['320人', { target: '320人' }],
    ['按时完成', { target: '按时完成' }],
    ['2024年12月底前', { target: '2024年12月底前' }],
    ['85%-95%', { target: '85%-95%' }],
  ])('typedTarget: a 人次 row ← %j', (raw, patch) => {
    expect(typedTarget({ ...row, target: raw }, raw)).toEqual({ ...row, ...patch, ...('target' in patch ? {} : { target: raw }) });
  });

  it.each<[string, Partial<Indicator>]>([
    ['≥12场', { comparator: '>=', target: '12', unit: '场' }],
    ['≤50万元', { comparator: '<=', target: '50', unit: '万元' }],
    ['95%', { comparator: null, target: '95', unit: '%' }],
    ['≥上年', { comparator: '>=', target: '上年' }],
  ])('typedTarget: a new row ← %j', (raw, patch) => {
    const blank = emptyIndicator('场次');
    expect(typedTarget(blank, raw)).toEqual({ ...blank, ...patch });
  });
});
