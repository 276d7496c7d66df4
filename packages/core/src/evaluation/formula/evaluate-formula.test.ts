import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFormula, FORMULA_MAX_LENGTH, normalizeFormula } from './compile-formula';
import { evaluateExpression, evaluateFormula } from './evaluate-formula';

describe('evaluateExpression', () => {
  const ok: Array<[string, Record<string, number>, number]> = [
    ['8 * max(0, 1 - abs(执行数 - 调整预算数) / 调整预算数)', { 执行数: 90, 调整预算数: 100 }, 7.2],
    ['（1−偏离度）×100%×8', { 偏离度: 0.125 }, 7],
    ['完成数 ÷ 总数 × 6', { 完成数: 3, 总数: 4 }, 4.5],
    ['2 * 3 ^ 2', {}, 18],
    ['2 ^ 3 ^ 2', {}, 512],
    ['10 % 3', {}, 1],
    ['50%', {}, 0.5],
    ['１２＋３', {}, 15],
    ['-(-3) + +2', {}, 5],
    ['!0 + !5', {}, 1],
    ['a > 1 ? 3 : 4', { a: 2 }, 3],
    ['a ? 1 : 2', { a: 0 }, 2],
    ['x ≥ 3 && y ≤ 2', { x: 3, y: 2 }, 1],
    ['x == 3 || y != 2', { x: 1, y: 2 }, 0],
    ['x === 3', { x: 3 }, 1],
    ['if(a, b, 1/0)', { a: 1, b: 7 }, 7],
    ['clamp(x, 0, 5)', { x: 9 }, 5],
    ['round(2.345, 2) + floor(1.7) + ceil(1.2)', {}, 5.35],
    ['round(2.5)', {}, 3],
    ['min(3, 1, 2) + max(1, 2)', {}, 3],
    ['无闲置资产 ? 3 : 变化率 < 60 ? 2.4 : 0', { 无闲置资产: 1 }, 3],
    ['x_1 + $y', { x_1: 1, $y: 2 }, 3],
  ];
  it.each(ok)('%s', (src, inputs, value) => {
    const r = evaluateExpression(src, inputs);
    expect(r).toEqual({ ok: true, value: expect.closeTo(value, 10) });
  });

  const bad: Array<[string, Record<string, number>, RegExp]> = [
    ['constructor.constructor("return process")()', {}, /只能调用/],
    ['constructor', {}, /不允许使用名称「constructor」/],
    ['__proto__', {}, /不允许使用名称「__proto__」/],
    ['a.b', { a: 1 }, /不允许使用「\.」/],
    ['a["constructor"]', { a: 1 }, /不允许使用「\.」/],
    ['this', {}, /this/],
    ['"abc"', {}, /不允许使用文字/],
    ['null', {}, /不允许使用文字/],
    ['[1, 2]', {}, /不允许使用「ArrayExpression」/],
    ['x', {}, /输入项「x」没有提供/],
    ['toString', {}, /输入项「toString」没有提供/],
    ['hasOwnProperty', {}, /输入项「hasOwnProperty」没有提供/],
    ['a / b', { a: 1, b: 0 }, /除以零/],
    ['a % b', { a: 1, b: 0 }, /取余/],
    ['10 ^ 400', {}, /乘方结果无效/],
    ['(-8) ^ 0.5', {}, /乘方结果无效/],
    ['1e400', {}, /不允许使用文字/],
    ['foo(1)', {}, /不认识函数「foo」/],
    ['abs(1, 2)', {}, /abs 需要 1 个参数/],
    ['a & b', { a: 1, b: 1 }, /不允许使用运算符「&」/],
    ['~a', { a: 1 }, /不允许使用运算符「~」/],
    ['a; b', { a: 1, b: 2 }, /只能是一个表达式/],
    ['a, b', { a: 1, b: 2 }, /只能是一个表达式/],
    ['(1 + 2', {}, /语法错误/],
    ['', {}, /公式为空/],
    ['clamp(1, 5, 0)', {}, /下限/],
    ['(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))', {}, /嵌套超过/],
    ['1' + '+1'.repeat(600), {}, /嵌套过深/],
    ['1+'.repeat(FORMULA_MAX_LENGTH) + '1', {}, /公式过长/],
  ];
  it.each(bad)('rejects %s', (src, inputs, message) => {
    const r = evaluateExpression(src, inputs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.join('\n')).toMatch(message);
  });

  it('reads only own input properties', () => {
    const inputs = Object.create({ inherited: 5 }) as Record<string, number>;
    const r = evaluateExpression('inherited', inputs);
    expect(r.ok).toBe(false);
  });

  it('rejects a non-number input value', () => {
    const r = evaluateExpression('x + 1', { x: Number.NaN });
    expect(r.ok).toBe(false);
  });

  it('compiles once, evaluates many times, and lists inputs', () => {
    const c = compileFormula('a × b + a');
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.formula.inputs).toEqual(['a', 'b']);
    expect(evaluateFormula(c.formula, { a: 2, b: 3 })).toEqual({ ok: true, value: 8 });
    expect(evaluateFormula(c.formula, { a: 1, b: 1 })).toEqual({ ok: true, value: 2 });
  });

  it('normalizes office spellings', () => {
    expect(normalizeFormula('（a−b）×100%÷c')).toBe('(a-b)*(100/100)/c');
    expect(normalizeFormula('a % b')).toBe('a % b');
    expect(normalizeFormula('x2%')).toBe('x2%');
  });
});

describe('never throws', () => {
  it('on arbitrary text', () => {
    const piece = fc.constantFrom('a', '执行数', '(', ')', '（', '）', '+', '-', '×', '÷', '^', '%', '％', '.', ',', '?', ':', '[', ']', '"', "'", '`', '=', '>', '<', '!', '&', '|',
      'constructor', '__proto__', 'this', 'new', '=>', '1', '0', '2.5', ' ', 'min(', 'if(', 'clamp(');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.string({ maxLength: 30 }), (parts, noise) => {
      const r = evaluateExpression(parts.join('') + noise, { a: 2, 执行数: 3 });
      return r.ok ? Number.isFinite(r.value) : r.issues.length > 0 && r.issues.every((m) => typeof m === 'string' && m.length > 0);
    }), { numRuns: 2000 });
  });
});
