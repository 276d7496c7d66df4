import { describe, expect, it } from 'vitest';
import { containsPattern } from './contains-pattern';

describe('containsPattern', () => {
  it.each([
    ['道路', '%道路%'],
    ['100%', '%100\\%%'],
    ['a_b', '%a\\_b%'],
    ['C:\\dir', '%C:\\\\dir%'],
    ['', '%%'],
  ])('%s → %s', (input, pattern) => {
    expect(containsPattern(input)).toBe(pattern);
  });
});
