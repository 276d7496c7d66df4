import { describe, expect, it } from 'vitest';
import { JS_WHITESPACE } from './stored-review';

describe('JS_WHITESPACE', () => {
  it('holds exactly the characters String.prototype.trim removes', () => {
    const trimmed: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const ch = String.fromCharCode(code);
      if (ch.trim() === '') trimmed.push(ch);
    }
    expect([...JS_WHITESPACE].sort()).toEqual(trimmed.sort());
  });

  it.each([
    ['\u3000培训人数\u3000', true],
    ['\u3000\u00a0\t', false],
    ['\ufeff', false],
    ['\u200b', true], // a zero-width space is not white space for trim
  ])('treats %j as a name: %s', (name, isName) => {
    const stripped = [...name].filter((c) => !JS_WHITESPACE.includes(c)).join('');
    expect(stripped !== '').toBe(isName);
    expect(name.trim() !== '').toBe(isName);
  });
});
