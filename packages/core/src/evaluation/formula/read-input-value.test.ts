import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateExpression } from './evaluate-formula';
import { normalizeInputName, readInputValue } from './read-input-value';

describe('readInputValue', () => {
  it.each<[unknown, number | null]>([
    [95, 95], ['95', 95], ['95%', 95], ['９５％', 95], [' 1,200 ', 1200], ['1,200万元', 1200], ['1200万', 1200], ['1.2亿元', 12000],
    ['12,000,000元', 1200], ['350千元', 35], ['1.2万人次', 12000], ['12个', 12], ['-3.5', -3.5], ['.5', 0.5], ['3个百分点', 3],
    ['-', null], ['', null], ['约一千二', null], ['95%以上', null], ['1,2,3', null], ['1e308', null], [Number.NaN, null], [Infinity, null],
    [null, null], [undefined, null], [true, null], [{}, null],
  ])('%j → %s', (raw, value) => {
    const v = readInputValue(raw);
    if (value === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(value, 9);
  });

  it('names lose stray spaces and full-width letters', () => {
    expect(normalizeInputName(' 执行数\u3000')).toBe('执行数');
    expect(normalizeInputName('ｘ１')).toBe('x1');
  });
});

describe('properties', () => {
  const amount = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
  const grouped = (n: number) => {
    const [int, frac] = Math.abs(n).toFixed(2).split('.');
    return `${n < 0 ? '-' : ''}${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
  };
  it('a number written with separators and a unit reads back as that number (亿元 as 10,000 万元)', () => {
    fc.assert(fc.property(amount, fc.constantFrom('', '%', '万元', '人次'), (n, unit) => {
      const text = `${grouped(n)}${unit}`;
      const expected = Number(n.toFixed(2));
      return Math.abs(readInputValue(text)! - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
        && Math.abs(readInputValue(`${grouped(n)}亿元`)! - expected * 1e4) <= 1e-6 * Math.max(1, Math.abs(expected) * 1e4);
    }), { numRuns: 500 });
  });

  it('a formula gives the same result over inputs typed as text as over the numbers', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 100000 }), (a, b) => {
      const asNumbers = evaluateExpression('8 × (1 − abs(执行数 − 调整预算数) ÷ 调整预算数)', { 执行数: a, 调整预算数: b });
      const asText = evaluateExpression('8 × (1 − abs(执行数 − 调整预算数) ÷ 调整预算数)', { 执行数: `${grouped(a)}万元`, 调整预算数: ` ${grouped(b)} 万元` });
      return JSON.stringify(asNumbers) === JSON.stringify(asText);
    }), { numRuns: 300 });
  });
});
