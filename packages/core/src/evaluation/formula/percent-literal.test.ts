import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFormula } from './compile-formula';
import { evaluateExpression, type FormulaInputs } from './evaluate-formula';

// A rate typed 「92%」 reads as 92 (percentage points, as forms keep ≥95% as 95); a `%` written in the formula
// is 0.9 for 90% unless it stands beside such a rate, where it is 90 — so 执行率 ≥ 90% means what it says
// whichever way the rate was typed.
const value = (src: string, inputs: Record<string, unknown>) => {
  const r = evaluateExpression(src, inputs as FormulaInputs);
  return r.ok ? r.value : null;
};

describe('a `%` in the formula beside rates typed with %', () => {
  it.each<[string, Record<string, unknown>, number]>([
    ['执行率 >= 90% ? 1 : 0', { 执行率: '92%' }, 1],
    ['执行率 >= 90% ? 1 : 0', { 执行率: '85%' }, 0],
    ['执行率 >= 90% ? 1 : 0', { 执行率: 0.92 }, 1],
    ['执行率 >= 90% ? 1 : 0', { 执行率: 0.85 }, 0],
    ['执行率 / 95%', { 执行率: '95%' }, 1],
    ['min(1, 执行率 / 95%)', { 执行率: '114%' }, 1],
    ['max(执行率, 60%)', { 执行率: '50%' }, 60],
    ['max(执行率, 60%)', { 执行率: 0.5 }, 0.6],
    ['(执行率 - 80%) * 0.4', { 执行率: '95%' }, 6],
    ['-执行率 < -96% ? 1 : 0', { 执行率: '95%' }, 0],
    ['max(-执行率, -96%)', { 执行率: '95%' }, -95],
    ['执行数 / 预算数 >= 90% ? 1 : 0', { 执行数: '950万元', 预算数: '1000万元' }, 1],
    ['执行数 / 预算数 × 100% × 8', { 执行数: 900, 预算数: 1000 }, 7.2],
    ['执行率 × 8 / 100', { 执行率: '95%' }, 7.6],
    ['偏离度 <= 5% ? 8 : 4', { 偏离度: '3个百分点' }, 8],
  ])('%s with %j = %s', (src, inputs, expected) => {
    expect(value(src, inputs)).toBeCloseTo(expected, 10);
  });

  it('a `%` literal compiles to its fraction and remembers the figure written', () => {
    const c = compileFormula('x >= 90%');
    expect(c.ok && c.formula.root.type === 'binary' && c.formula.root.right).toEqual({ type: 'num', value: 0.9, percent: 90 });
  });
});

describe('properties', () => {
  it('a threshold test gives the same answer for a rate typed 「r%」 and for r/100', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 100 }), fc.constantFrom('>=', '<', '<=', '>'), (r100, p, op) => {
      const r = r100 / 100;
      const src = `x ${op} ${p}% ? 1 : 0`;
      return value(src, { x: `${r}%` }) === value(src, { x: r / 100 });
    }), { numRuns: 500 });
  });

  it('a ratio against a `%` literal gives the same score for 「r%」 and r/100', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 1, max: 100 }), (r100, p) => {
      const r = r100 / 100;
      const a = value(`8 * min(1, x / ${p}%)`, { x: `${r}%` });
      const b = value(`8 * min(1, x / ${p}%)`, { x: r / 100 });
      return a !== null && b !== null && Math.abs(a - b) < 1e-9;
    }), { numRuns: 500 });
  });
});
