import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateExpression } from './evaluate-formula';
import { isYesNoInput, normalizeInputName, readInputValue } from './read-input-value';

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

  // A yes/no input reads 是/否 as 1/0; 有/无 only where the name asks 有无; a figure's name never reads 是/否.
  it.each<[string, unknown, number | null]>([
    ['无闲置资产', '是', 1], ['无闲置资产', '否', 0], ['无闲置资产', ' 否 ', 0], ['无闲置资产', 'Yes', 1], ['无闲置资产', true, 1],
    ['无闲置资产', 1, 1], ['无闲置资产', '0', 0], ['无闲置资产', '无', null], ['无闲置资产', '可能', null],
    ['不符合中小企业预留要求', '否', 0], ['不符合中小企业预留要求', '是', 1], ['是否按期完成', '是', 1],
    ['有无违规行为', '有', 1], ['有无违规行为', '无', 0], ['资产有无闲置', '无', 0],
    ['执行数', '是', null], ['未完成项目数', '否', null], ['不合规金额(万元)', '否', null], ['执行数', '12', 12],
  ])('%s = %j → %s', (name, raw, value) => {
    expect(readInputValue(raw, name)).toBe(value);
  });

  it.each<[string, boolean]>([
    ['无闲置资产', true], ['不符合中小企业预留要求', true], ['是否按期完成', true], ['资产有无闲置', true], ['未建立内控制度', true],
    ['执行数', false], ['未完成项目数', false], ['不合规金额(万元)', false], ['无效投诉次数', false], ['闲置资产占比变化率', false], ['无', false],
  ])('%s is a yes/no input: %s', (name, yes) => {
    expect(isYesNoInput(name)).toBe(yes);
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
