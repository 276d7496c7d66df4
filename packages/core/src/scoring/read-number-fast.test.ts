import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numericValue } from '../values/parse-value';
import { hasDigit, plainDecimal, quickNumber, readActual, readValue } from './read-number-fast';

describe('fast number reading', () => {
  it.each([
    ['12', 12], ['-3', -3], ['+4', 4], ['40.73', 40.73], ['.5', 0.5], ['', NaN], ['-', NaN], ['1.2.3', NaN], ['1,000', NaN], ['12次', NaN], ['1e5', NaN],
  ] as const)('plainDecimal(%j)', (s, n) => {
    expect(plainDecimal(s)).toBe(n);
  });

  it('reads a decimal to the same double as Number', () => {
    const digits = fc.array(fc.constantFrom(...'0123456789'), { maxLength: 12 }).map((d) => d.join(''));
    fc.assert(fc.property(fc.constantFrom('', '-', '+'), digits, fc.option(digits), (sign, whole, frac) => {
      const s = sign + whole + (frac == null ? '' : `.${frac}`);
      const shaped = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(s);
      expect(Object.is(plainDecimal(s), shaped ? Number(s) : NaN)).toBe(true);
    }), { numRuns: 20000 });
    for (const s of ['-0', '0.1', '0.3', '2.675', '123456789012345', '1234567890123456.5', '9007199254740993']) expect(plainDecimal(s)).toBe(Number(s));
  });

  it.each([
    ['≥12', 12], ['≤48', 48], ['>=5', 5], ['<=5', 5], ['=6', 6], ['>3', 3], ['90%', 90], ['≥95%', 95], ['≥', NaN], ['%', NaN], ['≥较好', NaN], ['12人', NaN],
  ] as const)('quickNumber(%j)', (s, n) => {
    expect(quickNumber(s)).toBe(n);
  });

  it.each([
    ['95', { kind: 'number', number: 95 }], ['≥ 12 人', { kind: 'number', number: 12 }], ['１０５５．４', { kind: 'number', number: 1055.4 }],
    ['≤预算控制数', { kind: 'reference', text: '预算控制数' }], ['有效提高', { kind: 'text', text: '有效提高' }], [null, { kind: 'empty' }], ['', { kind: 'empty' }],
  ] as const)('readValue(%j)', (s, v) => {
    expect(readValue(s)).toEqual(v);
  });

  it('agrees with the full parser whenever the fast path answers', () => {
    const glyph = fc.constantFrom('', '≥', '≤', '>', '<', '=', '>=', '<=');
    const num = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => String(Math.round(x * 100) / 100));
    fc.assert(fc.property(glyph, num, fc.constantFrom('', '%'), (g, n, pct) => {
      const s = g + n + pct;
      const q = quickNumber(s);
      return q !== q || q === numericValue(s);
    }));
  });

  it('a text without a digit is never read as a number (hasDigit guards the full parser)', () => {
    const text = fc.array(fc.constantFrom(...'已完成达到≥≤=%％．.,，一二十百万 \u3000１9a'), { maxLength: 10 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (s) => {
      if (!hasDigit(s)) expect(readValue(s).kind).not.toBe('number');
      expect(hasDigit(s)).toBe(/[0-9０-９]/.test(s));
    }), { numRuns: 5000 });
  });
});

describe('readActual', () => {
  it.each([
    ['12', 12], ['≥12', 12], ['已完成12次', 12], ['共完成15项', 15], ['累计培训120人次', 120], ['平均36小时', 36],
    ['实际完成98%', 98], ['全年1,200人', 1200], ['完成12次（含线上）', 12],
    // Not a level the row reached: negated, estimated, a change, compared, or no single number.
    ['未完成12次', null], ['约5家', null], ['较上年增长12%', null], ['下降3个百分点', null], ['超12次', null],
    ['2024年完成12次', null], ['完成12次中的10次', null], ['已完成', null], ['12次左右', null], ['基本完成', null],
  ] as const)('%s', (raw, want) => {
    const v = readActual(raw);
    expect(v.kind === 'number' ? v.number : null).toBe(want);
  });

  it('reads targets as before: readValue keeps a lead in words as text', () => {
    expect(readValue('已完成12次').kind).toBe('text');
  });
});
