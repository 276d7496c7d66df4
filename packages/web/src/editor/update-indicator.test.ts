import { describe, expect, it } from 'vitest';
import { emptyIndicator, type Indicator } from '@jixiao/core';
import type { GridColumn } from './paste-rows';
import { updateIndicator } from './update-indicator';

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
    ['target', '≥320', { target: '≥320' }],
    ['unit', '', { unit: null }],
    ['unit', '人', { unit: '人' }],
  ])('%s ← %j', (field, raw, patch) => {
    const next = updateIndicator(row, field, raw);
    expect(next).toEqual({ ...row, ...patch });
    expect(row.weight).toBe(10);
  });
});
