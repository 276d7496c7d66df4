import { describe, expect, it } from 'vitest';
import { conventionalWeights, formSchema, makePolicy, type ProjectSelfEvaluation } from '@jixiao/core';
import { unitWeightsNotice, weightPlanText } from './unit-weights-text';

const sheet = (weights: Array<number | null>): ProjectSelfEvaluation => formSchema.parse({
  kind: 'project_self_evaluation',
  fiscal_year: 2025,
  budget: { initial_wan: 50, adjusted_wan: 50, weight: 10 },
  indicators: [['产出指标', '培训人数'], ['产出指标', '培训场次'], ['产出指标', '合格率'], ['效益指标', '知晓率'], ['满意度指标', '满意度']]
    .map(([level1, name], i) => ({ level1, name, weight: weights[i] ?? null })),
}) as ProjectSelfEvaluation;

describe('unitWeightsNotice', () => {
  it.each<[string, Array<number | null>, boolean, RegExp]>([
    ['rows still empty', [null, null, null, null, null], false, /还有第 1、2、3、4、5 行未填写分值/],
    ['filled but off the total', [20, 20, 20, 20, 5], false, /当前合计 85 分/],
    ['filled to the total', [16.67, 16.67, 16.66, 30, 10], true, /当前合计 90 分/],
  ])('%s', (_label, weights, settled, title) => {
    const f = sheet(weights);
    const notice = unitWeightsNotice(f.indicators, [0, 1, 2, 3, 4], makePolicy(), f.budget);
    expect(notice.settled).toBe(settled);
    expect(notice.title).toMatch(title);
    expect(notice.description).toContain('产出 50 / 效益 30 / 满意度 10');
  });
});

describe('weightPlanText', () => {
  it('names each group\'s points, and each row\'s 分值 when the cents leave them unequal', () => {
    const f = sheet([null, null, null, null, null]);
    const plan = conventionalWeights(f, [0, 1, 2, 3, 4], makePolicy());
    if (!plan.ok) throw new Error(plan.reason);
    expect(weightPlanText(plan, f.indicators)).toEqual([
      '产出指标 50 分：第 1 行 16.67 分、第 2 行 16.67 分、第 3 行 16.66 分（培训人数、培训场次、合格率）',
      '效益指标 30 分：第 4 行 30 分（知晓率）',
      '满意度指标 10 分：第 5 行 10 分（满意度）',
      '填入后指标分值合计 90 分。填入后仍可逐行修改，保存后生效。',
    ]);
  });
});
