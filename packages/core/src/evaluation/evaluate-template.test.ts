import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyForm, emptyIndicator } from '../forms/forms-schema';
import { enteredScoresFromForm } from './entered-scores-from-form';
import { BUILTIN_TEMPLATES, findBuiltinTemplate } from './builtin-templates';
import { evaluateTemplate } from './evaluate-template';
import { compileFormula } from './formula/compile-formula';
import { checkTemplate, evaluationTemplateSchema, flattenTemplate, leafMaxTotal, type EvaluationTemplate } from './evaluation-template';
import { DEPT_2024_TEMPLATE } from './templates/dept-2024';

// Item scores as entered in seed 003's 部门整体支出绩效自评表 (自评得分 column).
const ENTERED_2024: Record<string, number> = {
  'performance-1': 10, 'budget-quality': 7, 'budget-progress': 9, 'budget-balance': 8, 'general-spending': 5.6,
  'asset-per-capita': 3, 'asset-utilization': 3, 'asset-revitalization': 3, 'procurement-sme': 3, 'procurement-execution': 3,
  'decision-procedure': 4, 'decision-targets': 4, 'decision-library': 4, 'execution-direction': 5, 'execution-adjustment': 6,
  'execution-result': 4, 'outcome-completion': 6, 'outcome-deviation': 6, 'outcome-effect': 5,
};

describe('built-in 2024 department template', () => {
  it('is valid and first among the built-ins', () => {
    expect(BUILTIN_TEMPLATES[0]!.id).toBe('dept-2024');
    expect(findBuiltinTemplate('dept-2024')).toBe(DEPT_2024_TEMPLATE);
    expect(findBuiltinTemplate('nope')).toBeNull();
    expect(evaluationTemplateSchema.safeParse(DEPT_2024_TEMPLATE).success).toBe(true);
  });

  it('its item max scores total 100', () => {
    expect(leafMaxTotal(DEPT_2024_TEMPLATE.items)).toBe(100);
  });

  it('has 一级 总体绩效 65, 项目绩效 35 and 扣分项 as printed', () => {
    expect(DEPT_2024_TEMPLATE.items.map((i) => [i.name, i.maxScore, i.deduction ?? false])).toEqual([
      ['总体绩效', 65, false], ['项目绩效', 35, false], ['扣分项', null, true],
    ]);
    const names = flattenTemplate(DEPT_2024_TEMPLATE.items).map((e) => e.item.name);
    expect(names).toContain('预算编制质量');
    expect(names).toContain('被评价部门配合度');
  });

  it('formulas compile; printed group maxima that disagree are warnings only', () => {
    const issues = checkTemplate(DEPT_2024_TEMPLATE);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.map((i) => i.itemId)).toEqual(['overall', 'overall.performance', 'overall.budget', 'projects', 'projects.execution', 'projects.outcome']);
  });

  it('entered item scores total 98.6', () => {
    const r = evaluateTemplate(DEPT_2024_TEMPLATE, { enteredScores: ENTERED_2024 });
    expect(r.total).toBe(98.6);
    expect(r.items.flatMap((i) => i.issues)).toEqual([]);
    expect(r.items.find((i) => i.id === 'overall')!.score).toBe(54.6);
    expect(r.items.find((i) => i.id === 'projects')!.score).toBe(44);
  });

  it('预算编制质量 = (1−偏离度)×8 from inputs, overriding and flagging the entered score', () => {
    const r = evaluateTemplate(DEPT_2024_TEMPLATE, { enteredScores: ENTERED_2024, inputs: { 预算执行数: 87.5, 调整预算数: 100 } });
    const item = r.items.find((i) => i.id === 'budget-quality')!;
    expect(item.score).toBe(7);
    expect(item.source).toBe('formula');
    expect(item.issues).toEqual([]);
    expect(item.derivation.arithmetic).toContain('预算执行数=87.5, 调整预算数=100');
  });

  it('预算年终结余 = (1−结余率)×8, clamped to [0, 8]', () => {
    const at = (注销: number) => evaluateTemplate(DEPT_2024_TEMPLATE, { inputs: { 年终注销金额: 注销, 年终结转金额: 0, 部门预算总金额: 100 } })
      .items.find((i) => i.id === 'budget-balance')!.score;
    expect(at(0)).toBe(8);
    expect(at(25)).toBe(6);
    expect(at(150)).toBe(0);
    expect(at(-50)).toBe(8);
  });

  it.each([
    ['general-spending', { 一般性支出年初预算压减率: 3, 一般性支出预算执行压减率: 5 }, 5.6],
    ['general-spending', { 一般性支出年初预算压减率: 0, 一般性支出预算执行压减率: -2 }, 0],
    ['general-spending', { 一般性支出年初预算压减率: 20, 一般性支出预算执行压减率: 20 }, 6],
    ['asset-per-capita', { 人均资产变化率: -38, 区直平均变化率: -4.63 }, 3],
    ['asset-per-capita', { 人均资产变化率: -4, 区直平均变化率: -4.63 }, 2],
    ['asset-per-capita', { 人均资产变化率: -3, 区直平均变化率: -4.63 }, 1],
    ['asset-per-capita', { 人均资产变化率: 1, 区直平均变化率: -4.63 }, 0],
    ['asset-revitalization', { 无闲置资产: 1 }, 3],
    ['asset-revitalization', { 无闲置资产: 0, 闲置资产占比变化率: 70 }, 1.8],
    ['procurement-execution', { 政府采购实际支付总金额: 0.74, 政府采购总预算数: 0.74, 已完成采购项目节约金额: 0 }, 3],
    ['decision-procedure', { 未履行事前评估程序项目数: 1, 阶段项目总数: 4 }, 3],
    ['execution-direction', { 列支方向不符项目数: 0, 阶段项目总数: 2 }, 5],
  ] as Array<[string, Record<string, number>, number]>)('%s from inputs %j = %s', (id, inputs, score) => {
    const item = evaluateTemplate(DEPT_2024_TEMPLATE, { inputs }).items.find((i) => i.id === id)!;
    expect(item.source).toBe('formula');
    expect(item.score).toBe(score);
  });

  it('reports division by zero and partial inputs as issues', () => {
    const r = evaluateTemplate(DEPT_2024_TEMPLATE, { enteredScores: ENTERED_2024, inputs: { 预算执行数: 5, 调整预算数: 0, 专项债券资金实际支出数: 1 } });
    const q = r.items.find((i) => i.id === 'budget-quality')!;
    expect(q.source).toBe('entered');
    expect(q.issues.join()).toMatch(/除以零/);
    const p = r.items.find((i) => i.id === 'budget-progress')!;
    expect(p.issues.join()).toMatch(/没有提供/);
  });

  it('deductions are negative and the total never drops below 0', () => {
    const r = evaluateTemplate(DEPT_2024_TEMPLATE, { enteredScores: ENTERED_2024, deductions: { 'deduct-fund-use': 2, 'deduct-cooperation': -1 } });
    expect(r.items.find((i) => i.id === 'deduct-fund-use')!.score).toBe(-2);
    expect(r.items.find((i) => i.id === 'deductions')!.score).toBe(-3);
    expect(r.total).toBe(95.6);
    const z = evaluateTemplate(DEPT_2024_TEMPLATE, { inputs: { 预算绩效问题点数: 500 } });
    expect(z.total).toBe(0);
  });
});

describe('evaluateTemplate on a small template', () => {
  const t: EvaluationTemplate = evaluationTemplateSchema.parse({
    id: 't', name: '测试', totalScore: 20,
    items: [
      { id: 'a', name: '甲', level: 1, maxScore: 20, children: [
        { id: 'a1', name: '甲一', level: 2, maxScore: 10, formula: '完成数 / 计划数 * 10' },
        { id: 'a2', name: '甲二', level: 2, maxScore: 10 },
        { id: 'a3', name: '甲三', level: 2, maxScore: null },
      ] },
      { id: 'd', name: '扣分', level: 1, maxScore: null, deduction: true, limit: 3, children: [
        { id: 'd1', name: '扣一', level: 2, maxScore: null, formula: '问题数 * 2', limit: 4 },
        { id: 'd2', name: '扣二', level: 2, maxScore: null },
      ] },
    ],
  });
  const cases: Array<[string, Parameters<typeof evaluateTemplate>[1], number, string[]]> = [
    ['formula above max is clamped, and says so', { inputs: { 完成数: 15, 计划数: 10 }, enteredScores: { a2: 5 } }, 15, ['a1']],
    ['entered out of range is clamped and flagged', { inputs: { 完成数: 5, 计划数: 10 }, enteredScores: { a2: 12 } }, 15, ['a2']],
    ['missing scores are flagged', {}, 0, ['a1', 'a2']],
    ['score on a row without its own score', { inputs: { 完成数: 10, 计划数: 10 }, enteredScores: { a2: 10, a3: 1 } }, 20, ['a3']],
    ['item deduction floored at its limit, group at its', { inputs: { 完成数: 10, 计划数: 10, 问题数: 5 }, enteredScores: { a2: 10 }, deductions: { d2: 1 } }, 17, ['d1']],
  ];
  it.each(cases)('%s', (_l, input, total, flagged) => {
    const r = evaluateTemplate(t, input);
    expect(r.total).toBe(total);
    expect(r.items.filter((i) => i.issues.length > 0).map((i) => i.id)).toEqual(flagged);
  });

  it('an input named with its unit in brackets reaches the formula, whichever brackets the clerk typed', () => {
    const withUnits = evaluationTemplateSchema.parse({
      id: 'u', name: '单位', totalScore: 10,
      items: [{ id: 'u1', name: '三公经费控制', level: 1, maxScore: 10, formula: '三公经费（万元） ≤ 三公经费预算(万元) ? 10 : 5' }],
    });
    expect(checkTemplate(withUnits)).toEqual([]);
    expect(evaluateTemplate(withUnits, { inputs: { '三公经费（万元）': '38', '三公经费预算（万元）': 40 } }).total).toBe(10);
    expect(evaluateTemplate(withUnits, { inputs: { '三公经费(万元)': 45, '三公经费预算(万元)': '40万元' } }).total).toBe(5);
  });

  it('checkTemplate finds duplicate ids, bad formulas and level order', () => {
    const bad = evaluationTemplateSchema.parse({
      id: 'b', name: '坏', items: [
        { id: 'x', name: '一', level: 2, maxScore: 100, children: [{ id: 'x', name: '二', level: 1, maxScore: 100, formula: 'a.b' }] },
      ],
    });
    const msgs = checkTemplate(bad).map((i) => i.message).join('\n');
    expect(msgs).toMatch(/重复/);
    expect(msgs).toMatch(/公式有误/);
    expect(msgs).toMatch(/级次/);
  });

  it('the schema rejects unknown fields and bad ids', () => {
    expect(evaluationTemplateSchema.safeParse({ id: 'a b', name: 'x', items: [{ id: 'i', name: 'n', level: 1, maxScore: 1 }] }).success).toBe(false);
    expect(evaluationTemplateSchema.safeParse({ id: 'a', name: 'x', items: [{ id: 'i', name: 'n', level: 1, maxScore: 1, eval: 'x' }] }).success).toBe(false);
  });
});

describe('enteredScoresFromForm', () => {
  it('matches names loosely and reports rows it cannot place', () => {
    const form = {
      ...emptyForm('department_self_evaluation'),
      indicators: [
        { ...emptyIndicator('预算编制质量 '), score: 7 },
        { ...emptyIndicator('支出执行进度指标'), score: 9 },
        { ...emptyIndicator('不存在的指标'), score: 2 },
        { ...emptyIndicator('预算年终结余'), score: null },
      ],
    };
    const m = enteredScoresFromForm(DEPT_2024_TEMPLATE, form);
    expect(m.enteredScores).toEqual({ 'budget-quality': 7, 'budget-progress': 9 });
    expect(m.unmatchedRows).toEqual([2]);
    expect(m.messages[0]).toMatch(/第3行「不存在的指标」/);
  });

  it('a sheet that scores a 扣分项 row (「-1」) loses that point', () => {
    const form = {
      ...emptyForm('department_self_evaluation'),
      indicators: [
        ...Object.entries(ENTERED_2024).map(([id, score]) => ({ ...emptyIndicator(flattenTemplate(DEPT_2024_TEMPLATE.items).find((e) => e.item.id === id)!.item.name), score })),
        { ...emptyIndicator('资金使用规范'), score: -1 },
      ],
    };
    const m = enteredScoresFromForm(DEPT_2024_TEMPLATE, form);
    expect(m.unmatchedRows).toEqual([]);
    const r = evaluateTemplate(DEPT_2024_TEMPLATE, { enteredScores: m.enteredScores });
    expect(r.items.find((i) => i.id === 'deduct-fund-use')!.score).toBe(-1);
    expect(r.total).toBe(97.6);
    // A deduction given explicitly wins over the sheet's.
    expect(evaluateTemplate(DEPT_2024_TEMPLATE, { enteredScores: m.enteredScores, deductions: { 'deduct-fund-use': 2 } }).total).toBe(96.6);
  });
});

// A reviewer's table written from rules.md §3 before the code was read.
describe('department template: clamps, formulas and deductions', () => {
  const score = (input: Parameters<typeof evaluateTemplate>[1], id: string) => evaluateTemplate(DEPT_2024_TEMPLATE, input).items.find((i) => i.id === id)!;
  const CJK = /[\u4e00-\u9fff]/;

  it.each([
    ['entered above max → max', { enteredScores: { 'performance-1': 12 } }, 'performance-1', 10, true],
    ['entered below 0 → 0', { enteredScores: { 'performance-1': -3 } }, 'performance-1', 0, true],
    ['entered 3.333 → 3 (max 3)', { enteredScores: { 'asset-utilization': 3.333 } }, 'asset-utilization', 3, true],
    ['entered NaN → unscored', { enteredScores: { 'performance-1': Number.NaN } }, 'performance-1', null, true],
    ['entered Infinity → unscored', { enteredScores: { 'budget-quality': Infinity } }, 'budget-quality', null, true],
    ['formula (1 − 5/100) × 8 = 7.6', { inputs: { 预算执行数: 95, 调整预算数: 100 } }, 'budget-quality', 7.6, false],
    ['formula below 0 → 0', { inputs: { 预算执行数: 300, 调整预算数: 100 } }, 'budget-quality', 0, true],
    ['formula above max → max', { inputs: { 政府采购实际支付总金额: 150, 政府采购总预算数: 100, 已完成采购项目节约金额: 0 } }, 'procurement-execution', 3, true],
    ['an overflowing formula is flagged, not scored', { inputs: { 预算执行数: 1e308, 调整预算数: 1e-308 } }, 'budget-quality', null, true],
    ['a deduction without a limit takes at most every point', { deductions: { 'deduct-problems': 1e308 } }, 'deduct-problems', -100, true],
    ['a missing input leaves the item unscored', { inputs: { 预算执行数: 95 } }, 'budget-quality', null, true],
    ['division by zero leaves the item unscored', { inputs: { 预算执行数: 95, 调整预算数: 0 } }, 'budget-quality', null, true],
    ['negative deduction formula takes nothing off', { inputs: { 预算绩效问题点数: -3 } }, 'deduct-problems', 0, true],
    ['deduction entered as −2 takes 2 off', { deductions: { 'deduct-fund-use': -2 } }, 'deduct-fund-use', -2, false],
  ] as Array<[string, Parameters<typeof evaluateTemplate>[1], string, number | null, boolean]>)('%s', (_l, input, id, expected, flagged) => {
    const item = score(input, id);
    expect(item.score).toBe(expected);
    expect(item.issues.length > 0).toBe(flagged);
    for (const m of item.issues) expect(m).toMatch(CJK);
  });

  it('scores 支出执行进度 for a department without 专项债券 (0 ÷ 0 does not apply)', () => {
    const inputs = { 转移支付资金实际支出数: 90, 转移支付资金预算数: 100, 专项债券资金实际支出数: 0, 专项债券资金预算数: 0, 专项预算项目实际支出数: 50, 专项预算项目预算数: 50 };
    const item = score({ inputs }, 'budget-progress');
    expect(item.score).toBe(8.7);
    expect(item.issues).toEqual([]);
    expect(item.derivation.arithmetic).toContain('按不适用计');
  });

  it('names only the inputs that are missing', () => {
    const inputs = { 转移支付资金实际支出数: 90, 转移支付资金预算数: 100, 专项预算项目实际支出数: 50, 专项预算项目预算数: 50 };
    const text = score({ inputs }, 'budget-progress').issues.join('\n');
    expect(text).toContain('专项债券资金实际支出数');
    expect(text).toContain('专项债券资金预算数');
    expect(text).not.toContain('「转移支付资金预算数」');
    expect(text).not.toContain('「专项预算项目实际支出数」');
  });

  it('counts unscored rows and notes groups whose rows add up to another 分值', () => {
    const empty = evaluateTemplate(DEPT_2024_TEMPLATE, {});
    expect(empty.unscored).toBe(19);
    const budget = empty.items.find((i) => i.id === 'overall.budget')!;
    expect(budget.rowsMax).toBe(31);
    expect(budget.groupNote).toMatch(/标注分值21分，下级指标分值合计31分/);
    expect(empty.items.find((i) => i.id === 'overall.assets')!.rowsMax).toBeUndefined();
    expect(empty.items.find((i) => i.id === 'overall')!.rowsMax).toBe(56);
    const whole = evaluateTemplate(DEPT_2024_TEMPLATE, { enteredScores: { 'overall.performance': 19 } });
    expect(whole.unscored).toBe(18);
  });

  it('names the missing input and says division by zero in Chinese', () => {
    expect(score({ inputs: { 预算执行数: 95 } }, 'budget-quality').issues.join()).toContain('调整预算数');
    expect(score({ inputs: { 预算执行数: 95, 调整预算数: 0 } }, 'budget-quality').issues.join()).toMatch(/除以零/);
  });

  const withLimits = evaluationTemplateSchema.parse({
    id: 'limits', name: '扣分上限', items: [
      { id: 'a', name: '甲', level: 1, maxScore: 100, children: [{ id: 'a1', name: '甲一', level: 2, maxScore: 60 }, { id: 'a2', name: '甲二', level: 2, maxScore: 40 }] },
      { id: 'd', name: '扣分项', level: 1, maxScore: null, deduction: true, children: [
        { id: 'd1', name: '问题', level: 2, maxScore: null, deduction: true, limit: 5, formula: '问题数 × 1' },
        { id: 'd2', name: '配合', level: 2, maxScore: null, deduction: true, limit: 3 },
      ] },
    ],
  });
  it.each([
    ['formula deduction floored at its limit', { inputs: { 问题数: 8 }, deductions: { d2: 1 } }, { d1: -5, d2: -1 }, 94],
    ['entered deduction floored at its limit', { inputs: { 问题数: 0 }, deductions: { d2: 10 } }, { d1: 0, d2: -3 }, 97],
    ['both at their limits', { inputs: { 问题数: 100 }, deductions: { d2: 100 } }, { d1: -5, d2: -3 }, 92],
  ] as Array<[string, Parameters<typeof evaluateTemplate>[1], Record<string, number>, number]>)('%s', (_l, input, scores, total) => {
    const r = evaluateTemplate(withLimits, { enteredScores: { a1: 60, a2: 40 }, ...input });
    for (const [id, v] of Object.entries(scores)) expect(r.items.find((i) => i.id === id)!.score).toBe(v);
    expect(r.total).toBe(total);
  });

  it('keys such as __proto__ in scores or inputs are plain data', () => {
    const entered = JSON.parse('{"__proto__": 50, "constructor": 40, "performance-1": 10}') as Record<string, number>;
    expect(evaluateTemplate(DEPT_2024_TEMPLATE, { enteredScores: entered }).total).toBe(10);
    const inputs = JSON.parse('{"__proto__": 50, "预算执行数": 95, "调整预算数": 100}') as Record<string, number>;
    expect(score({ inputs }, 'budget-quality').score).toBe(7.6);
    expect(evaluateTemplate(DEPT_2024_TEMPLATE, { enteredScores: { ...ENTERED_2024, nope: 50 } }).total).toBe(98.6);
  });

  it.each(['constructor.constructor("return process")()', 'process.exit(1)', 'globalThis', '__proto__', 'ｃｏｎｓｔｒｕｃｔｏｒ', '('.repeat(200) + '1' + ')'.repeat(200)])(
    'a hostile formula %s is refused by checkTemplate and never scores', (formula) => {
      const t = evaluationTemplateSchema.parse({ id: 'h', name: '恶意', items: [{ id: 'x', name: '甲', level: 1, maxScore: 10, formula }] });
      const check = checkTemplate(t).filter((i) => i.severity === 'error');
      expect(check.length).toBeGreaterThan(0);
      for (const i of check) expect(i.message).toMatch(CJK);
      const item = evaluateTemplate(t, { inputs: { process: 1 }, enteredScores: {} }).items[0]!;
      expect(item.score).toBeNull();
      expect(item.issues.join()).toMatch(/公式有误/);
    });

  // Groups count what their rows earned: seed 003 prints 预算管理 21 over rows worth 31 and still totals 98.6,
  // so a group is not cut to its printed maximum; checkTemplate reports the disagreement.
  it('a group is the sum of its rows even when its printed maximum disagrees', () => {
    const t = evaluationTemplateSchema.parse({ id: 'g', name: '组', items: [{ id: 'p', name: '父', level: 1, maxScore: 10, children: [{ id: 'c1', name: '子一', level: 2, maxScore: 8 }, { id: 'c2', name: '子二', level: 2, maxScore: 8 }] }] });
    expect(evaluateTemplate(t, { enteredScores: { c1: 8, c2: 8 } }).items[0]!.score).toBe(16);
    expect(checkTemplate(t).map((i) => [i.itemId, i.severity])).toEqual([['p', 'warning'], [null, 'warning']]);
  });
});

describe('template properties', () => {
  const ids = flattenTemplate(DEPT_2024_TEMPLATE.items).map((e) => e.item.id);
  const inputNames = [...new Set(flattenTemplate(DEPT_2024_TEMPLATE.items).flatMap((e) => {
    const f = e.item.formula;
    if (!f) return [];
    const c = compileFormula(f);
    return c.ok ? c.formula.inputs : [];
  }))];
  const anyNumber = fc.oneof(fc.double(), fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(0, 1e308, -1e308, Number.NaN, Infinity));

  it('the total stays within [0, Σ leaf maxima] and every scored leaf within [0, max]; it never throws', () => {
    const max = leafMaxTotal(DEPT_2024_TEMPLATE.items);
    fc.assert(fc.property(
      fc.dictionary(fc.constantFrom(...ids, '__proto__', 'toString'), anyNumber),
      fc.dictionary(fc.constantFrom(...inputNames), anyNumber),
      fc.dictionary(fc.constantFrom(...ids), anyNumber),
      (enteredScores, inputs, deductions) => {
        const r = evaluateTemplate(DEPT_2024_TEMPLATE, { enteredScores, inputs, deductions });
        if (!(r.total >= 0 && r.total <= max)) return false;
        return r.items.every((i) => i.score === null || (Number.isFinite(i.score)
          && (i.source === 'deduction' || i.source === 'sum' || (i.score >= 0 && i.score <= (i.maxScore ?? 0)))));
      }), { numRuns: 400 });
  });

  it('deductions only ever lower the total', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...ids), fc.double({ min: -50, max: 50, noNaN: true })), (deductions) => {
      const base = evaluateTemplate(DEPT_2024_TEMPLATE, { enteredScores: ENTERED_2024 }).total;
      return evaluateTemplate(DEPT_2024_TEMPLATE, { enteredScores: ENTERED_2024, deductions }).total <= base;
    }), { numRuns: 300 });
  });
});
