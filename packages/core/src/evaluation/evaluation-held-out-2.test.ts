/**
 * Held-out round 2 (session 8): department evaluation templates as finance fills them in, written from
 * rules.md §3 (部门整体评价) before the evaluation code was read.
 *
 * First measured (before any fix, 2026-11-22 23:43 UTC): 25 cases, 13 passed, 12 failed:
 *  - a misspelt input (调整预算 for 调整预算数): the message named the missing input but not the near spelling given;
 *  - input names with stray spaces (「执行数 」, 「(ideographic space)调整预算数」) → not found, score null (expected 7.2);
 *  - no inputs and no entered score: the message did not name the inputs the formula needs;
 *  - inputs as text (「5%」「95%」「1,200万元」「1.2亿元」「１２００」) → refused, score null (expected 7.6 / 9.5 / 7.68);
 *    the same in a 三级 formula (「90%」) → null (expected 18, total 86);
 *  - a deduction of 8 on a 扣分项 limited to 5: floored at −5 but not flagged;
 *  - a 扣分项 with a max score of 3 and no limit took off 5 (expected −3: its max is its limit);
 *  - a 二级 scored as a whole (25) when its 三级 rows are unscored → 0 (expected 25, total 88).
 * Step 2 revised one expectation, not the code's answer: 「5%」「95%」「90%」 were first expected as fractions
 * (0.05…); the built-in 2024 template writes rates in percentage points, so they are now expected as 5 / 95 / 90
 * (the formulas divide by 100). They failed as first measured under either reading (the text was refused).
 * Passed as first measured: total-vs-items mismatch flagged, 二级/三级 mismatch flagged, missing input with an
 * entered score, words and 「-」 as inputs refused, negative deductions, deduction formulas and groups capped,
 * clamped entered scores, three-level roll-up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTemplate, type EvaluateTemplateInput } from './evaluate-template';
import { checkTemplate, evaluationTemplateSchema, type EvaluationTemplate, type TemplateItem } from './evaluation-template';
import type { FormulaInputs } from './formula/evaluate-formula';
import { DEPT_2024_TEMPLATE } from './templates/dept-2024';
import { flattenTemplate } from './evaluation-template';

const tpl = (items: TemplateItem[], totalScore = 100): EvaluationTemplate => evaluationTemplateSchema.parse({ id: 't', name: '测试模板', totalScore, items });
const leaf = (id: string, maxScore: number | null, more: Partial<TemplateItem> = {}, level: 1 | 2 | 3 = 1): TemplateItem => ({ id, name: `项${id}`, level, maxScore, ...more });
// Inputs as a clerk types them (text with units) reach the core through stored JSON: the type says numbers.
const text = (inputs: Record<string, unknown>) => inputs as unknown as FormulaInputs;

const byId = (r: ReturnType<typeof evaluateTemplate>, id: string) => r.items.find((i) => i.id === id)!;
const CJK = /[\u4e00-\u9fff]/;

describe('max scores that do not add up to the template total', () => {
  it('items of 60 + 30 under a total of 100 are flagged, and the total is not rescaled', () => {
    const t = tpl([leaf('a', 60), leaf('b', 30)]);
    const issues = checkTemplate(t);
    expect(issues.some((i) => /90/.test(i.message) && /100/.test(i.message) && CJK.test(i.message))).toBe(true);
    expect(evaluateTemplate(t, { enteredScores: { a: 60, b: 30 } }).total).toBe(90);
  });

  it('a 扣分项 does not count toward the total', () => {
    const t = tpl([leaf('a', 60), leaf('b', 40), leaf('d', null, { deduction: true, limit: 5 })]);
    expect(checkTemplate(t).filter((i) => /合计|总分|满分|total/.test(i.message))).toEqual([]);
  });

  it('a 二级 whose 三级 rows do not add up to it is flagged by name', () => {
    const t = tpl([
      leaf('a', 100, { children: [leaf('a1', 30, { children: [leaf('a1a', 10, {}, 3), leaf('a1b', 15, {}, 3)] }, 2), leaf('a2', 70, {}, 2)] }),
    ]);
    expect(checkTemplate(t).some((i) => i.itemId === 'a1' && /25/.test(i.message) && /30/.test(i.message))).toBe(true);
  });
});

const DEVIATION = '8 * (1 - abs(执行数 - 调整预算数) / 调整预算数)';
const withFormula = tpl([leaf('x', 8, { formula: DEVIATION }), leaf('y', 92)]);

describe('formulas naming inputs missing or misspelt', () => {
  const rows: Array<[string, EvaluateTemplateInput, number | null, RegExp[]]> = [
    ['a misspelt input is named, with the spelling that was given', { inputs: { 执行数: 90, 调整预算: 100 } }, null, [/调整预算数/, /调整预算(?!数)/]],
    ['a missing input falls back to the entered score, flagged', { inputs: { 执行数: 90 }, enteredScores: { x: 6 } }, 6, [/调整预算数/]],
    ['stray spaces around an input name are not a misspelling', { inputs: { '执行数 ': 90, '\u3000调整预算数': 100 } }, 7.2, []],
    ['no inputs at all, no entered score', { inputs: {} }, null, [/执行数|调整预算数/]],
  ];
  it.each(rows)('%s', (_l, input, score, messages) => {
    const r = evaluateTemplate(withFormula, input);
    const x = byId(r, 'x');
    expect(x.score).toBe(score);
    for (const m of messages) expect(x.issues.join('；')).toMatch(m);
    if (messages.length > 0) expect(x.issues.every((m) => CJK.test(m))).toBe(true);
  });
});

describe('inputs entered as text with units', () => {
  const rows: Array<[string, string, Record<string, unknown>, number | null]> = [
    // Revised in step 2 (first written as 0.05 / 0.95, spreadsheet-style): the built-in 2024 template writes rates in
    // percentage points (0.2 × 一般性支出年初预算压减率 for 每压减1%得0.2分), so 「5%」 is 5, as forms keep ≥95% as 95.
    ['5% is 5 percentage points', '(1 - 偏离度 / 100) * 8', { 偏离度: '5%' }, 7.6],
    ['95% is 95', '执行率 / 10', { 执行率: '95%' }, 9.5],
    ['amounts in 万元 with separators', DEVIATION, { 执行数: '1,200万元', 调整预算数: '1,250万元' }, 7.68],
    ['亿元 beside 万元', DEVIATION, { 执行数: '1.2亿元', 调整预算数: '12,500万元' }, 7.68],
    ['full-width digits and padding', DEVIATION, { 执行数: '１２００', 调整预算数: ' 1250 ' }, 7.68],
    ['words are not a number', DEVIATION, { 执行数: '约一千二', 调整预算数: '1250' }, null],
    ['- is no value', DEVIATION, { 执行数: '-', 调整预算数: '1250' }, null],
  ];
  it.each(rows)('%s', (_l, formula, inputs, score) => {
    const t = tpl([leaf('x', formula.startsWith('执行率') ? 10 : 8, { formula }), leaf('y', 90)]);
    const x = byId(evaluateTemplate(t, { inputs: text(inputs) }), 'x');
    expect(x.score).toBe(score);
    if (score === null) {
      expect(x.issues.join('；')).toMatch(/执行数/);
      expect(x.issues.every((m) => CJK.test(m))).toBe(true);
    }
  });
});

describe('deductions beyond the item limit', () => {
  const rows: Array<[string, TemplateItem, EvaluateTemplateInput, number, number, boolean]> = [
    ['8 taken off a 扣分项 limited to 5', leaf('d', null, { deduction: true, limit: 5 }), { deductions: { d: 8 } }, -5, 95, true],
    ['a deduction written negative (-2) takes off 2', leaf('d', null, { deduction: true, limit: 5 }), { deductions: { d: -2 } }, -2, 98, false],
    ['no limit: the item max is its limit', leaf('d', 3, { deduction: true, limit: null }), { deductions: { d: 5 } }, -3, 97, true],
    ['a deduction formula beyond its limit', leaf('d', null, { deduction: true, limit: 5, formula: '违规次数 * 2' }), { inputs: { 违规次数: 4 } }, -5, 95, false],
    [
      'a 扣分项 group caps its rows',
      leaf('d', null, { deduction: true, limit: 10, children: ['d1', 'd2', 'd3'].map((id) => leaf(id, null, { deduction: true, limit: 5 }, 2)) }),
      { deductions: { d1: 5, d2: 5, d3: 5 } },
      -10,
      90,
      false,
    ],
  ];
  it.each(rows)('%s', (_l, deduction, input, score, total, flagged) => {
    const t = tpl([leaf('a', 100), deduction]);
    const r = evaluateTemplate(t, { ...input, enteredScores: { a: 100, ...input.enteredScores } });
    const d = byId(r, 'd');
    expect(d.score).toBe(score);
    expect(r.total).toBe(total);
    if (flagged) expect(d.issues.some((m) => CJK.test(m))).toBe(true);
  });

  it('an entered score beyond the item max is clamped and flagged', () => {
    const r = evaluateTemplate(tpl([leaf('a', 100)]), { enteredScores: { a: 120 } });
    expect(byId(r, 'a').score).toBe(100);
    expect(byId(r, 'a').issues.some((m) => CJK.test(m))).toBe(true);
  });
});

describe('nested items three levels deep', () => {
  const t = tpl([
    leaf('A', 50, {
      children: [
        leaf('A1', 30, { children: [leaf('A1a', 10, {}, 3), leaf('A1b', 20, {}, 3)] }, 2),
        leaf('A2', 20, { children: [leaf('A2a', 20, { formula: '20 * 完成率 / 100' }, 3)] }, 2),
      ],
    }),
    leaf('B', 50),
  ]);
  const rows: Array<[string, EvaluateTemplateInput, Record<string, number | null>, number]> = [
    ['scores at the leaves roll up', { enteredScores: { A1a: 8, A1b: 15, B: 45 }, inputs: { 完成率: 90 } }, { A2a: 18, A2: 18, A1: 23, A: 41 }, 86],
    ['a 三级 formula over a percent written as text', { enteredScores: { A1a: 8, A1b: 15, B: 45 }, inputs: text({ 完成率: '90%' }) }, { A2a: 18, A: 41 }, 86],
    ['a 二级 scored as a whole when its rows are not', { enteredScores: { A1: 25, B: 45 }, inputs: { 完成率: 90 } }, { A1: 25, A: 43 }, 88],
    ['rows left unscored add nothing', { enteredScores: { A1a: 8 } }, { A1: 8, A2a: null, A: 8 }, 8],
  ];
  it.each(rows)('%s', (_l, input, scores, total) => {
    const r = evaluateTemplate(t, input);
    for (const [id, s] of Object.entries(scores)) expect([id, byId(r, id).score]).toEqual([id, s]);
    expect(r.total).toBe(total);
    for (const i of r.items) if (i.score !== null && i.maxScore !== null) expect(i.score).toBeLessThanOrEqual(i.maxScore);
  });

  it('the three-level template has no errors', () => {
    expect(checkTemplate(t).filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('properties', () => {
  it('a 扣分项 never takes off more than its limit, or its max score when it states no limit', () => {
    fc.assert(fc.property(fc.option(fc.integer({ min: 0, max: 20 })), fc.option(fc.integer({ min: 0, max: 20 })), fc.double({ min: -100, max: 100, noNaN: true }), (limit, max, points) => {
      const t = tpl([leaf('a', 100), leaf('d', max, { deduction: true, limit })]);
      const d = byId(evaluateTemplate(t, { enteredScores: { a: 100 }, deductions: { d: points } }), 'd');
      const cap = limit ?? max ?? 100;
      return d.score !== null && d.score <= 0 && d.score >= -cap;
    }), { numRuns: 500 });
  });

  it('the 2024 template scores inputs typed as text with units as it scores the numbers', () => {
    const names = [...new Set(flattenTemplate(DEPT_2024_TEMPLATE.items).flatMap(({ item }) => (item.formula ? [...item.formula.matchAll(/[\u4e00-\u9fff][\u4e00-\u9fff\w]*/g)].map((m) => m[0]) : [])))];
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: names.length, maxLength: names.length }), (values) => {
      const numbers = Object.fromEntries(names.map((n, i) => [n, values[i]!]));
      const typed = Object.fromEntries(names.map((n, i) => [` ${n}`, `${values[i]!.toLocaleString('en-US')}${i % 2 ? '万元' : ''}`]));
      const a = evaluateTemplate(DEPT_2024_TEMPLATE, { inputs: numbers });
      const b = evaluateTemplate(DEPT_2024_TEMPLATE, { inputs: text(typed) });
      return a.total === b.total && a.items.every((x, i) => x.score === b.items[i]!.score);
    }), { numRuns: 100 });
  });

  it('a group scored as a whole stays within [0, its max] and the total within [0, the template total]', () => {
    fc.assert(fc.property(fc.double({ min: -50, max: 200, noNaN: true }), fc.double({ min: -50, max: 200, noNaN: true }), (whole, other) => {
      const t = tpl([leaf('g', 60, { children: [leaf('g1', 30, {}, 2), leaf('g2', 30, {}, 2)] }), leaf('b', 40)]);
      const r = evaluateTemplate(t, { enteredScores: { g: whole, b: other } });
      const g = byId(r, 'g').score!;
      return g >= 0 && g <= 60 && r.total >= 0 && r.total <= 100;
    }), { numRuns: 300 });
  });
});
