import { describe, expect, it } from 'vitest';
import { INDICATOR_FIELDS, indicatorFromArray } from './form-store';

describe('indicatorFromArray', () => {
  it('puts each value under the field at its position in INDICATOR_FIELDS', () => {
    const values = INDICATOR_FIELDS.map((f) => `value of ${f}`);
    expect(indicatorFromArray(values)).toEqual(Object.fromEntries(INDICATOR_FIELDS.map((f) => [f, `value of ${f}`])));
    expect(Object.keys(indicatorFromArray(values))).toEqual([...INDICATOR_FIELDS]);
  });
});
