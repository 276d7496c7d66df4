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
