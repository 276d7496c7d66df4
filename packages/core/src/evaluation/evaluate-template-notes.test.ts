import { describe, expect, it } from 'vitest';
import { evaluateTemplate, type EvaluateTemplateInput } from './evaluate-template';
import { evaluationTemplateSchema } from './evaluation-template';
import { DEPT_2024_TEMPLATE } from './templates/dept-2024';

const item = (input: EvaluateTemplateInput, id: string) => evaluateTemplate(DEPT_2024_TEMPLATE, input).items.find((i) => i.id === id)!;

const progress = (a: [number, number], b: [number, number], c: [number, number]) => ({
  转移支付资金实际支出数: a[0], 转移支付资金预算数: a[1], 专项债券资金实际支出数: b[0], 专项债券资金预算数: b[1], 专项预算项目实际支出数: c[0], 专项预算项目预算数: c[1],
});

describe('支出执行进度: a source spent over budget counts 100%, never making up for one left unspent', () => {
  it.each<[string, ReturnType<typeof progress>, number]>([
    ['150%, 100%, 70% → 3 + 3 + 2.1', progress([150, 100], [100, 100], [70, 100]), 8.1],
    ['all at 100%', progress([100, 100], [50, 50], [8, 8]), 9],
    ['all over budget', progress([120, 100], [60, 50], [9, 8]), 9],
    ['90%, 0 ÷ 0 (not applicable), 100%', progress([90, 100], [0, 0], [50, 50]), 8.7],
  ])('%s', (_l, inputs, score) => {
    const r = item({ inputs }, 'budget-progress');
    expect(r.score).toBe(score);
    expect(r.issues).toEqual([]);
  });
});

describe('a result cut to [0, max] or to a deduction limit is said on the row', () => {
  const t = evaluationTemplateSchema.parse({
    id: 'n', name: '测试', totalScore: 10,
    items: [
      { id: 'a', name: '完成率', level: 1, maxScore: 10, formula: '完成数 / 计划数 * 10' },
      { id: 'd', name: '扣分', level: 1, maxScore: null, deduction: true, formula: '问题数 * 2', limit: 4 },
    ],
  });
  it.each<[string, EvaluateTemplateInput, string, number, RegExp | null]>([
    ['within range: no note', { inputs: { 完成数: 8, 计划数: 10 } }, 'a', 8, null],
    ['above max', { inputs: { 完成数: 15, 计划数: 10 } }, 'a', 10, /按公式计算为15分，超出 \[0, 10\]，已按10分计/],
    ['below 0', { inputs: { 完成数: -5, 计划数: 10 } }, 'a', 0, /按公式计算为-5分，超出 \[0, 10\]，已按0分计/],
    ['deduction within its limit', { inputs: { 问题数: 1 } }, 'd', -2, null],
    ['deduction over its limit', { inputs: { 问题数: 5 } }, 'd', -4, /应扣10分，超过本项上限4分，已按4分扣/],
  ])('%s', (_l, input, id, score, note) => {
    const r = evaluateTemplate(t, input).items.find((i) => i.id === id)!;
    expect(r.score).toBe(score);
    if (note) expect(r.issues.join('\n')).toMatch(note);
    else expect(r.issues).toEqual([]);
  });
});

describe('yes/no inputs: 是/否 score, and a wrong value gets one message', () => {
  it.each<[string, EvaluateTemplateInput['inputs'], string, number | null, number]>([
    ['否 → 3 − 0', { 不符合中小企业预留要求: '否' }, 'procurement-sme', 3, 0],
    ['是 → 3 − 3', { 不符合中小企业预留要求: '是' }, 'procurement-sme', 0, 0],
    ['无闲置资产 是 → 3', { 无闲置资产: '是' }, 'asset-revitalization', 3, 0],
    ['无闲置资产 否, 变化率 70 → 1.8', { 无闲置资产: '否', 闲置资产占比变化率: 70 }, 'asset-revitalization', 1.8, 0],
    ['无闲置资产 否, 变化率 blank → asks for it once', { 无闲置资产: '否' }, 'asset-revitalization', null, 1],
    ['an unreadable answer → one message', { 不符合中小企业预留要求: '可能' }, 'procurement-sme', null, 1],
    ['an unreadable answer deciding the branch → one message, not also the other branch\'s input', { 无闲置资产: '也许' }, 'asset-revitalization', null, 1],
  ])('%s', (_l, inputs, id, score, messages) => {
    const r = item({ inputs }, id);
    expect(r.score).toBe(score);
    expect(r.issues).toHaveLength(messages);
    // Something was typed for it, so its message is a problem to show, not a row still to do.
    expect(r.pending).toBeUndefined();
  });

  it('a row nothing was given for is pending', () => {
    expect(item({}, 'procurement-sme').pending).toBe(true);
    expect(item({}, 'performance-1').pending).toBe(true);
    expect(item({ enteredScores: { 'performance-1': Number.NaN } }, 'performance-1').pending).toBeUndefined();
  });

  it('says how to answer', () => {
    expect(item({ inputs: { 不符合中小企业预留要求: '可能' } }, 'procurement-sme').issues[0]).toMatch(/是「是\/否」项.*请填写 是 或 否/);
    expect(item({ inputs: { 无闲置资产: '否' } }, 'asset-revitalization').issues[0]).toMatch(/缺少公式所需的输入项「闲置资产占比变化率」/);
  });
});
