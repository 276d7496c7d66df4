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
    ['-'.repeat(600) + '1', {}, /嵌套过深/],
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

// A reviewer's table of hostile and awkward formulas, written before the code was read.
const CJK = /[\u4e00-\u9fff]/;
const JSEP_ENGLISH = /Unexpected|Expected|Unclosed|Variable names|character|missing/;

describe('hostile formulas are refused with a Chinese message, never evaluated', () => {
  it.each([
    'constructor', '__proto__', 'prototype', 'globalThis', 'process', 'this', 'window', 'eval', 'Function', '__defineGetter__',
    'a.constructor', 'a["constructor"]', "a['__proto__']", 'min.constructor', 'constructor.constructor("return process")()', 'process.exit(1)',
    'require("fs")', 'import("fs")', '(() => 1)()', 'x => x', 'function(){return 1}', 'new Date()', 'a = 1', 'a += 1', 'a++', '[1,2]', '{a:1}',
    '"str"', "'x'", '`${1}`', 'Math.max(1,2)', 'eval("1")', 'Function("return 1")()', 'a; b', 'a, b', 'typeof a', 'void 0', 'delete a',
    'a in b', 'a instanceof b', '1 << 2', '1 | 2', '1 & 2', '~1', 'a?.b', 'a ?? b', 'max(1)(2)', 'abs', 'unknownFn(1)', 'abs(1,2,3)', 'if(1)',
    'clamp(1,2)', 'min(1 2)', '   ', '1 +', ')(', '1 2', 'a b',
    // Full-width letters and invisible joiners spell the same forbidden names.
    'ｃｏｎｓｔｒｕｃｔｏｒ', '＿＿proto＿＿', 'ｐｒｏｃｅｓｓ', 'ｇｌｏｂａｌＴｈｉｓ', 'const\u200bructor', '__pro\ufeffto__',
    '\ue000x',
  ])('%s', (src) => {
    const r = evaluateExpression(src, { a: 1, b: 2, x: 3, process: 4 });
    expect(r.ok).toBe(false);
    if (!r.ok) for (const m of r.issues) { expect(m).toMatch(CJK); expect(m).not.toMatch(JSEP_ENGLISH); }
  });

  it.each(['constructor', '__proto__', 'globalThis', 'process', 'ｃｏｎｓｔｒｕｃｔｏｒ', 'const\u200bructor'])('%s is refused when compiled, before any input is read', (src) => {
    expect(compileFormula(src).ok).toBe(false);
  });

  it.each(['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'Infinity', 'NaN', 'undefined', 'Math', 'Object', 'сonstructor'])('%s is only an input name, missing from {}', (name) => {
    const r = evaluateExpression(name, {});
    expect(r).toEqual({ ok: false, issues: [expect.stringContaining(`「${name}」没有提供`)] });
  });

  it('an input called like a forbidden name cannot unlock it', () => {
    expect(evaluateExpression('constructor + 1', { constructor: 1 }).ok).toBe(false);
    expect(evaluateExpression('__proto__', JSON.parse('{"__proto__": 5}') as Record<string, number>).ok).toBe(false);
  });

  it.each([
    ['very long', 'a+'.repeat(2500) + 'a', /公式过长/],
    ['500 nested brackets', '('.repeat(500) + '1' + ')'.repeat(500), /嵌套超过/],
    ['5000 nested brackets', '('.repeat(5000) + '1' + ')'.repeat(5000), /公式过长/],
    ['1500 signs', '-'.repeat(1500) + '1', /嵌套过深/],
    ['1500 negations', '!'.repeat(1500) + '1', /嵌套过深/],
    ['300 nested calls', 'abs('.repeat(300) + '1' + ')'.repeat(300), /嵌套超过/],
    ['600 chained powers', Array(600).fill('1').join('**'), /嵌套过深/],
  ])('%s is refused', (_l, src, message) => {
    const r = compileFormula(src);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.join()).toMatch(message);
  });

  it.each(['9**9**9', '9^9^9', '2**1024', '10^308*10', '1e308*10', '1e400', '(-8)**(1/3)', '1/0', '0/0/0 + 1/0', '1 % 0', '-1e308*1e308', '9**9**9**9**9'])('%s gives an issue, not Infinity or NaN', (src) => {
    const t0 = performance.now();
    const r = evaluateExpression(src, {});
    expect(performance.now() - t0).toBeLessThan(100);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.join()).toMatch(CJK);
  });

  // A 0 ÷ 0 part does not apply: a part that adds counts as met, a part taken off as nothing found.
  it.each([
    ['a ÷ b × 3 + c ÷ d × 3', { a: 0, b: 0, c: 9, d: 10 }, 5.7],
    ['4 - a ÷ b × 4', { a: 0, b: 0 }, 4],
    ['(1 - abs(a - b) ÷ b) × 8', { a: 0, b: 0 }, 8],
    ['-(a / b) + 2', { a: 0, b: 0 }, 2],
  ] as Array<[string, Record<string, number>, number]>)('%s with a 0 ÷ 0 part', (src, inputs, expected) => {
    const r = evaluateExpression(src, inputs);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toBeCloseTo(expected, 9);
      expect(r.notes?.join()).toMatch(/0 ÷ 0，按不适用计/);
    }
  });

  it('never reads a global, even one planted for the test', () => {
    const g = globalThis as Record<string, unknown>;
    g.__jixiaoProbe = 7;
    try {
      expect(evaluateExpression('__jixiaoProbe', {}).ok).toBe(false);
      expect(evaluateExpression('__jixiaoProbe + 1', { __jixiaoProbe: 1 })).toEqual({ ok: true, value: 2 });
    } finally {
      delete g.__jixiaoProbe;
    }
  });
});

describe('formulas as finance writes them', () => {
  it.each([
    ['rules.md: score = 8 × max(0, 1 − abs(执行数 − 调整预算数) / 调整预算数)', { 执行数: 90, 调整预算数: 100 }, 7.2],
    ['该项指标得分=（1－abs(预算执行数－调整预算数)÷调整预算数）×100%×8', { 预算执行数: 95, 调整预算数: 100 }, 7.6],
    ['得分 ＝ 完成数 ÷ 总数 × 6', { 完成数: 3, 总数: 4 }, 4.5],
    ['(2024年人均资产 - 2023年人均资产) ÷ 2023年人均资产', { '2024年人均资产': 110, '2023年人均资产': 100 }, 0.1],
    // A unit in brackets after the name, as table headers print it, is part of the name, not a call.
    ['三公经费(万元) ÷ 预算数（万元） × 100', { '三公经费(万元)': 50, '预算数(万元)': 200 }, 25],
    ['执行率(%) ≥ 90% ? 5 : 执行率(%) ÷ 90% × 5', { '执行率(%)': 72 }, 4],
    ['max(0, 10 - 2024年超支额(万元))', { '2024年超支额(万元)': 3 }, 7],
    ['x < 30% ? 1 : 0', { x: 0.2 }, 1],
    ['x > 0 ? 1 : y', { x: 2 }, 1],
    ['x ≤ 3 ? 1 : 0', { x: 2 }, 1],
    ['--a', { a: 1 }, 1],
    ['1 - 3', {}, -2],
    [Array(999).fill('1').join('+'), {}, 999],
    ['a' + '+a'.repeat(999) + ' ', { a: 1 }, 1000],
  ] as Array<[string, Record<string, number>, number]>)('%s', (src, inputs, value) => {
    expect(evaluateExpression(src.replace(/^rules\.md: /, ''), inputs)).toEqual({ ok: true, value: expect.closeTo(value, 9) });
  });

  it.each([
    ['|a - b| / b', /abs\(/],
    ['score =', /等号后填写/],
    ['(a + b', /「\(」没有配对的右括号（在「\(a \+ b」附近）/],
    ['a +', /运算符「\+」后面缺少运算对象/],
    ['a ? b', /缺少「:」/],
    ['2024年x y', /只能是一个表达式/],
    ['8分', /输入项「8分」没有提供/],
    // Only a plausible unit in brackets after a Chinese name makes one name: other calls stay refused.
    ['平均(得分)', /不认识函数「平均」/],
    ['foo(万元)', /不认识函数「foo」/],
  ])('%s is refused, saying how to fix it', (src, message) => {
    const r = evaluateExpression(src, { a: 1, b: 2 });
    expect(r.ok).toBe(false);
    if (!r.ok) { expect(r.issues.join()).toMatch(message); expect(r.issues.join()).not.toMatch(JSEP_ENGLISH); }
  });

  it('the limit is on what was written: 2000 characters compile, 2001 do not', () => {
    const at = 'x' + '+x'.repeat(999) + ' ';
    expect(at).toHaveLength(FORMULA_MAX_LENGTH);
    expect(compileFormula(at).ok).toBe(true);
    expect(compileFormula(at + '1').ok).toBe(false);
  });
});

describe('properties', () => {
  const names = ['a', '执行数', 'constructor', '__proto__', 'toString', 'process', 'globalThis', 'Object', 'valueOf', '2024年数'];
  const piece = fc.constantFrom(...names, '(', ')', '+', '-', '*', '/', '**', '%', '?', ':', ',', '.', '[', ']', '=', '|', ' ', '1', '0', '1e308', 'min(', 'abs(', '\u200b', 'ｘ');

  it('a result is a finite number, and only from inputs that were given as own numbers', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.dictionary(fc.constantFrom(...names), fc.double()), (parts, inputs) => {
      const src = parts.join('');
      const r = evaluateExpression(src, inputs);
      if (!r.ok) return r.issues.length > 0 && r.issues.every((m) => CJK.test(m) && !JSEP_ENGLISH.test(m));
      const c = compileFormula(src);
      // Without a branch every name is read, so each must have been given as an own, finite number.
      const branches = /[?|&]|if\(/.test(src);
      return Number.isFinite(r.value) && c.ok && (branches || c.formula.inputs.every((n) => Object.prototype.hasOwnProperty.call(inputs, n) && Number.isFinite(inputs[n])));
    }), { numRuns: 3000 });
  });
});
