import { describe, expect, it } from 'vitest';
import { symbolFontChar } from './symbol-font';

describe('symbolFontChar', () => {
  it.each([
    ['Symbol', 0xf0b3, '≥'],
    ['Symbol', 0xf0a3, '≤'],
    ['Symbol', 0xf0b9, '≠'],
    ['Symbol', 0xf0b1, '±'],
    ['Symbol', 0xf0b4, '×'],
    ['Symbol', 0xf03e, '>'],
    ['Symbol', 0xf03d, '='],
    ['Symbol', 0xf025, '%'],
    ['Symbol', 0xf061, 'α'],
    ['Symbol', 0xf057, 'Ω'],
    ['symbol', 0x00b3, '≥'],
    ['Wingdings', 0xf0fe, '☑'],
    ['Wingdings', 0xf0fc, '✓'],
    ['Wingdings 2', 0xf052, '☑'],
    ['Wingdings 2', 0xf0a3, '□'],
    ['宋体', 0x2265, '≥'],
    [undefined, 0x41, 'A'],
    ['Symbol', 0xf001, ''],
    ['Symbol', Number.NaN, ''],
  ])('%s %i → %s', (font, code, expected) => {
    expect(symbolFontChar(font, code)).toBe(expected);
  });
});
