import { describe, expect, it } from 'vitest';
import { columnsWidth } from './columns-width';

describe('columnsWidth', () => {
  it.each([
    ['all fixed', [{ width: 40 }, { width: 100 }], 220, 140],
    ['one stretching column gets the minimum', [{ width: 40 }, {}, { width: 60 }], 220, 320],
    ['a width in text counts as stretching', [{ width: '30%' }, { width: 50 }], 200, 250],
    ['no columns', [], 220, 0],
  ] as const)('%s', (_, cols, min, want) => expect(columnsWidth(cols, min)).toBe(want));
});

describe('columnsWidth on a screen', () => {
  const cols = [{ width: 100 }, {}, { width: 150, responsive: ['xxl'] }];
  it.each([
    ['a column for wide screens is left out on a 1280 px one', { xs: true, sm: true, md: true, lg: true, xl: true, xxl: false }, 320],
    ['and counted on a wide one', { xl: true, xxl: true }, 470],
    ['without screens every column counts', undefined, 470],
  ] as const)('%s', (_, screens, want) => expect(columnsWidth(cols, 220, screens)).toBe(want));
});
