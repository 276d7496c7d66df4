/**
 * Held-out round 3 (session 9): department evaluation templates on angles rounds 1–2 used least, written from
 * rules.md §3 (部门整体评价) before the evaluation code was read.
 *
 * First measured (before any fix, 2026-11-23 02:41 UTC): 36 cases, 33 passed, 3 failed:
 *  - a `%` written in the formula beside a rate typed with % (「8 * min(1, 执行率 / 95%)」 with 「92%」 → 8, expected 7.75;
 *    「if(完成率≥90%，10，…)」 with 「85%」 → 10, expected 7.5): the literal read 0.95 / 0.9 while the input read 92 / 85;
 *  - a group whose rows (6 + 6) exceed its max (10) → 12 (expected 10). Revised in step 2, not fixed: seed 003's
 *    entered scores total 98.6 only with groups counting what their rows earned (see the case below).
 * Passed as first measured: 万元 / 亿元 / 元 inputs mixed, percent inputs against bare thresholds, ×100%×8, division by
 * zero (refused in Chinese, guarded branches, entered fallback), rounding of items (1.005, 2.675, 8.345 half up) and
 * totals (sum of rounded parts), results clamped to [0, max], scoring text with ranges as formulas, blank inputs.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTemplate, type EvaluateTemplateInput } from './evaluate-template';
import { checkTemplate, evaluationTemplateSchema, type EvaluationTemplate, type TemplateItem } from './evaluation-template';
import type { FormulaInputs } from './formula/evaluate-formula';

const tpl = (items: TemplateItem[], totalScore = 100): EvaluationTemplate => evaluationTemplateSchema.parse({ id: 't', name: '测试模板', totalScore, items });
const leaf = (id: string, maxScore: number | null, more: Partial<TemplateItem> = {}, level: 1 | 2 | 3 = 1): TemplateItem => ({ id, name: `项${id}`, level, maxScore, ...more });
// Inputs as a clerk types them (text with units) reach the core through stored JSON: the type says numbers.
const text = (inputs: Record<string, unknown>) => inputs as unknown as FormulaInputs;
const byId = (r: ReturnType<typeof evaluateTemplate>, id: string) => r.items.find((i) => i.id === id)!;
const CJK = /[\u4e00-\u9fff]/;

/** One formula item of max `max` beside a filler item, scored with the inputs given. */
function scoreOf(formula: string, inputs: Record<string, unknown>, max = 10) {
  const t = tpl([leaf('x', max, { formula }), leaf('y', 100 - max)]);
  return byId(evaluateTemplate(t, { inputs: text(inputs) }), 'x');
}

describe('percentages and 万元 inputs mixed in one formula', () => {
  const rows: Array<[string, string, Record<string, unknown>, number, number | null]> = [
    ['万元 over 亿元', '8 * 执行数 / 调整预算数', { 执行数: '1,200万元', 调整预算数: '0.125亿元' }, 8, 7.68],
    ['元 over 万元', '8 * 执行数 / 调整预算数', { 执行数: '12,000,000元', 调整预算数: '1250万元' }, 8, 7.68],
    ['a percent literal beside a percent input', '8 * min(1, 执行率 / 95%)', { 执行率: '92%' }, 8, 7.75],
    ['a percent input against a bare threshold', '执行率 >= 90 ? 8 : 8 * 执行率 / 90', { 执行率: '85.5%' }, 8, 7.6],
    ['a rate computed from 万元 then scored by points', '(执行数 / 预算数 * 100 - 80) * 0.4', { 执行数: '950万元', 预算数: '1000' }, 8, 6],
    ['×100%×8 as scoring texts write it', '执行数 ÷ 调整预算数 × 100% × 8', { 执行数: '900', 调整预算数: '1000' }, 8, 7.2],
    ['a number input beside a percent input', '5 * 完成数 / 计划数 + 5 * 满意度 / 100', { 完成数: 45, 计划数: 50, 满意度: '90%' }, 10, 9],
  ];
  it.each(rows)('%s', (_l, formula, inputs, max, score) => {
    expect(scoreOf(formula, inputs, max).score).toBe(score);
  });
});

describe('division by zero', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['a zero adjusted budget', '8 * 执行数 / 调整预算数', { 执行数: 100, 调整预算数: 0 }],
    ['a literal zero divisor', '8 * 执行数 / (计划数 - 计划数)', { 执行数: 10, 计划数: 5 }],
  ])('%s: not scored, said in Chinese', (_l, formula, inputs) => {
    const x = scoreOf(formula, inputs, 8);
    expect(x.score).toBeNull();
    expect(x.issues.length).toBeGreaterThan(0);
    expect(x.issues.every((m) => CJK.test(m))).toBe(true);
    expect(x.issues.join('')).toMatch(/0|零|除/);
  });

  // Revised in session 15 (brief): 0 ÷ 0 is a part that does not apply (no budget, nothing spent), not an error.
  it('zero over zero does not apply: a deviation of nothing takes nothing off', () => {
    const x = scoreOf('8 * (1 - abs(执行数 - 调整预算数) / 调整预算数)', { 执行数: 0, 调整预算数: '0万元' }, 8);
    expect(x.score).toBe(8);
    expect(x.derivation.arithmetic).toMatch(/不适用/);
  });

  it('a guarded division is fine when the guard holds', () => {
    expect(scoreOf('if(调整预算数 == 0, 0, 8 * 执行数 / 调整预算数)', { 执行数: 5, 调整预算数: 0 }, 8).score).toBe(0);
    expect(scoreOf('调整预算数 > 0 ? 8 * 执行数 / 调整预算数 : 8', { 执行数: 5, 调整预算数: 0 }, 8).score).toBe(8);
  });

  it('a division by zero falls back to an entered score, flagged', () => {
    const t = tpl([leaf('x', 8, { formula: '8 * 执行数 / 调整预算数' }), leaf('y', 92)]);
    const x = byId(evaluateTemplate(t, { inputs: { 执行数: 1, 调整预算数: 0 }, enteredScores: { x: 6.5 } }), 'x');
    expect(x.score).toBe(6.5);
    expect(x.issues.some((m) => CJK.test(m))).toBe(true);
  });
});

describe('rounding of item scores and totals', () => {
  const rows: Array<[string, string, Record<string, unknown>, number, number]> = [
    ['two thirds of 10', '10 * 完成数 / 计划数', { 完成数: 2, 计划数: 3 }, 10, 6.67],
    ['1.005 rounds half up', '完成数 * 1', { 完成数: 1.005 }, 10, 1.01],
    ['2.675 rounds half up', '完成数 * 1', { 完成数: 2.675 }, 10, 2.68],
    ['8.345 rounds half up', '8.345 * 完成数', { 完成数: 1 }, 10, 8.35],
  ];
  it.each(rows)('%s', (_l, formula, inputs, max, score) => {
    expect(scoreOf(formula, inputs, max).score).toBe(score);
  });

  it('the total is the sum of rounded parts: three thirds of 10 make 9.99', () => {
    const t = tpl(['a', 'b', 'c'].map((id) => leaf(id, 10, { formula: '10 / 3' })).concat([leaf('z', 70)]));
    const r = evaluateTemplate(t, {});
    expect(r.items.filter((i) => i.id !== 'z').map((i) => i.score)).toEqual([3.33, 3.33, 3.33]);
    expect(r.total).toBe(9.99);
  });

  it('entered scores with three decimals are rounded, and the total from them', () => {
    const t = tpl([leaf('a', 50), leaf('b', 50)]);
    const r = evaluateTemplate(t, { enteredScores: { a: 33.335, b: 44.444 } });
    expect([byId(r, 'a').score, byId(r, 'b').score, r.total]).toEqual([33.34, 44.44, 77.78]);
  });

  it('a group is the sum of its rounded rows', () => {
    const t = tpl([leaf('g', 20, { children: [leaf('g1', 10, { formula: '10 / 3' }, 2), leaf('g2', 10, { formula: '20 / 3' }, 2)] }), leaf('z', 80)]);
    const r = evaluateTemplate(t, {});
    expect([byId(r, 'g1').score, byId(r, 'g2').score, byId(r, 'g').score]).toEqual([3.33, 6.67, 10]);
  });
});

describe('formula results beyond [0, max]', () => {
  const rows: Array<[string, string, Record<string, unknown>, number]> = [
    ['over-execution gives more than the max', '8 * 执行数 / 调整预算数', { 执行数: 1300, 调整预算数: 1000 }, 8],
    ['a deviation over 100% goes below 0', '8 * (1 - abs(执行数 - 调整预算数) / 调整预算数)', { 执行数: 2500, 调整预算数: 1000 }, 0],
    ['points-off scoring text run past zero', '10 - (90 - 完成率) * 0.5', { 完成率: '60%' }, 0],
  ];
  it.each(rows)('%s', (_l, formula, inputs, score) => {
    expect(scoreOf(formula, inputs, 8).score).toBe(score);
  });

  // Revised in step 2 (first expected 10, the group held at its max; measured 12): seed 003 prints 预算管理 21
  // over rows worth 31 and its entered scores still total 98.6, so a group counts what its rows earned and the
  // disagreement is the template's, reported by checkTemplate.
  it('a group whose rows exceed it counts what they earned, and the template is flagged', () => {
    const t = tpl([leaf('g', 10, { children: [leaf('g1', 6, {}, 2), leaf('g2', 6, {}, 2)] }), leaf('z', 90)]);
    const r = evaluateTemplate(t, { enteredScores: { g1: 6, g2: 6, z: 90 } });
    expect(byId(r, 'g').score).toBe(12);
    expect(checkTemplate(t).some((i) => i.itemId === 'g' && /12/.test(i.message) && /10/.test(i.message))).toBe(true);
  });
});

describe('scoring text with ranges: 90%以上得满分，每低1个百分点扣0.5分', () => {
  const F = 'if(完成率 >= 90, 10, max(0, 10 - (90 - 完成率) * 0.5))';
  const OFFICE = 'if(完成率≥90%，10，max(0，10－(90－完成率)×0.5))';
  const rows: Array<[string, string, unknown, number]> = [
    ['at 90%', F, '90%', 10],
    ['at 95%', F, '95%', 10],
    ['at 85%', F, '85%', 7.5],
    ['at 87.5%', F, '87.5%', 8.75],
    ['at 70%', F, '70%', 0],
    ['as a number', F, 86, 8],
    ['office spelling, at 85%', OFFICE, '85%', 7.5],
    ['office spelling, at 92%', OFFICE, '92%', 10],
  ];
  it.each(rows)('%s', (_l, formula, rate, score) => {
    expect(scoreOf(formula, { 完成率: rate }).score).toBe(score);
  });
});

describe('optional inputs left blank', () => {
  const rows: Array<[string, Record<string, unknown>]> = [
    ['an empty string', { 执行数: '', 调整预算数: 1000 }],
    ['spaces', { 执行数: ' \u3000', 调整预算数: 1000 }],
    ['null', { 执行数: null, 调整预算数: 1000 }],
  ];
  it.each(rows)('a blank input (%s) is not 0: the item waits, naming it', (_l, inputs) => {
    const x = scoreOf('8 * 执行数 / 调整预算数', inputs, 8);
    expect(x.score).toBeNull();
    expect(x.issues.join('')).toMatch(/执行数/);
  });

  it('a 扣分项 whose count is left blank takes nothing off', () => {
    const t = tpl([leaf('a', 100), leaf('d', null, { deduction: true, limit: 5, formula: '违规次数 * 1' })]);
    const input: EvaluateTemplateInput = { enteredScores: { a: 96 }, inputs: text({ 违规次数: '' }) };
    const r = evaluateTemplate(t, input);
    expect(r.total).toBe(96);
  });

  it('an input left blank that the formula does not read changes nothing', () => {
    expect(scoreOf('8 * 执行数 / 调整预算数', { 执行数: 900, 调整预算数: 1000, 备注: '' }, 8).score).toBe(7.2);
  });
});
