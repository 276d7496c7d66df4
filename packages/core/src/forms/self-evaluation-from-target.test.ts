import { describe, expect, it } from 'vitest';
import { emptyForm, emptyIndicator, projectSelfEvaluationSchema, type Indicator, type ProjectTarget } from './forms-schema';
import { makePolicy } from '../policy/policy';
import { scoreSelfEvaluation } from '../scoring/score-self-evaluation';
import { selfEvaluationFromTarget } from './self-evaluation-from-target';

const row = (over: Partial<Indicator>): Indicator => ({ ...emptyIndicator('指标'), ...over });

function target(over: Partial<ProjectTarget> = {}): ProjectTarget {
  return {
    ...emptyForm('project_target'),
    fiscal_year: 2025,
    org: '某区农业农村委员会',
    org_code: '318002',
    department: '003-农业科',
    project_code: '50010625T000001',
    project_name: '耕地地力保护补贴',
    budget_total_wan: 120.5,
    overview: '发放耕地地力保护补贴',
    goal: '全年发放补贴2次，受益农户满意度不低于90%。',
    spending_plan: { mar: 10, jun: 50, oct: 80, dec: 100 },
    indicators: [
      row({ level1: '产出指标', level2: '数量指标', name: '补贴发放次数', weight: 30, unit: '次', comparator: '>=', target: '2', basis: '计划标准' }),
      row({ level1: '产出指标', level2: '时效指标', name: '资金拨付及时率', weight: 20, unit: '%', comparator: '=', target: '100', basis: '历史标准' }),
      row({ level1: '效益指标', level2: '社会效益指标', name: '农户种粮积极性', weight: 20, unit: null, comparator: 'qualitative', target: '有效提高', description: '定性评价' }),
      row({ level1: '满意度指标', level2: '服务对象满意度指标', name: '受益农户满意度', weight: 20, unit: '%', comparator: '>=', target: '90' }),
    ],
    ...over,
  };
}

describe('selfEvaluationFromTarget', () => {
  it('carries over the header and the annual goal, and leaves the year-end parts empty', () => {
    const sheet = selfEvaluationFromTarget(target());
    expect(sheet).toMatchObject({
      kind: 'project_self_evaluation',
      fiscal_year: 2025,
      org: '某区农业农村委员会',
      org_code: '318002',
      department: '003-农业科',
      project_code: '50010625T000001',
      project_name: '耕地地力保护补贴',
      goal: '全年发放补贴2次，受益农户满意度不低于90%。',
      goal_outcome: null,
      total_score: null,
      conclusion: null,
      problems: null,
      improvements: null,
    });
    // What the importer and the API accept: nothing a target has and a self-evaluation has not leaks in.
    expect(projectSelfEvaluationSchema.parse(sheet)).toEqual(sheet);
  });

  const rows: Array<[string, number, Partial<Indicator>]> = [
    ['quantitative count', 0, { level1: '产出指标', level2: '数量指标', name: '补贴发放次数', weight: 30, unit: '次', comparator: '>=', target: '2', basis: '计划标准' }],
    ['rate with =', 1, { name: '资金拨付及时率', weight: 20, unit: '%', comparator: '=', target: '100', basis: '历史标准' }],
    ['定性 row', 2, { name: '农户种粮积极性', weight: 20, unit: null, comparator: 'qualitative', target: '有效提高', description: '定性评价', basis: null }],
    ['satisfaction', 3, { level2: '服务对象满意度指标', name: '受益农户满意度', weight: 20, unit: '%', comparator: '>=', target: '90' }],
  ];
  it.each(rows)('copies the %s row with actual, score and reason empty', (_label, index, expected) => {
    const copied = selfEvaluationFromTarget(target()).indicators[index]!;
    expect(copied).toMatchObject({ ...expected, actual: null, score: null, reason: null });
  });

  it('keeps the rows, their order and their weights', () => {
    const sheet = selfEvaluationFromTarget(target());
    expect(sheet.indicators.map((i) => [i.name, i.weight])).toEqual([
      ['补贴发放次数', 30],
      ['资金拨付及时率', 20],
      ['农户种粮积极性', 20],
      ['受益农户满意度', 20],
    ]);
  });

  it('clears actuals a target row happened to carry', () => {
    const sheet = selfEvaluationFromTarget(target({ indicators: [row({ name: '培训人数', weight: 90, unit: '人', comparator: '>=', target: '100', actual: '80', score: 72, reason: '旧值' })] }));
    expect(sheet.indicators[0]).toMatchObject({ target: '100', actual: null, score: null, reason: null });
  });

  const budgets: Array<[string, Partial<ProjectTarget>, number | null]> = [
    ['the stated total', { budget_total_wan: 120.5 }, 120.5],
    ['no budget at all', { budget_total_wan: null }, null],
    ['财政资金 + 其他资金 when no total', { budget_total_wan: null, budget_fiscal_wan: 10.1, budget_other_wan: 2.2 }, 12.3],
    ['区级支出 + 补助街镇 when no total', { budget_total_wan: null, budget_district_wan: 30, budget_subsidy_towns_wan: 15.25 }, 45.25],
    ['not one part alone', { budget_total_wan: null, budget_fiscal_wan: 10 }, null],
    ['the total over its parts', { budget_total_wan: 50, budget_fiscal_wan: 10, budget_other_wan: 5 }, 50],
  ];
  it.each(budgets)('budget from %s', (_label, over, wan) => {
    const sheet = selfEvaluationFromTarget(target(over));
    expect(sheet.budget).toEqual({ initial_wan: wan, adjusted_wan: wan, executed_wan: null, execution_rate: null, weight: 10, score: null, reason: null });
  });

  it.each([
    [10, undefined],
    [15, makePolicy({ budgetExecutionWeight: 15 })],
    [0, makePolicy({ budgetExecutionWeight: 0 })],
  ])('budget weight %s from the policy', (weight, policy) => {
    expect(selfEvaluationFromTarget(target(), policy).budget?.weight).toBe(weight);
  });

  it('gives a sheet that scores once the year-end values are in', () => {
    const sheet = selfEvaluationFromTarget(target());
    const actuals = ['2', '100', null, '95'];
    const filled = {
      ...sheet,
      budget: { ...sheet.budget!, executed_wan: 96.4 },
      indicators: sheet.indicators.map((ind, i) => ({ ...ind, actual: actuals[i] ?? null })),
    };
    const scored = scoreSelfEvaluation(filled, { choices: { 2: '达成' } });
    // 96.4 / 120.5 × 10 = 8; every row at or above its target; the 定性 row 达成.
    expect(scored.budget.score).toBe(8);
    expect(scored.indicators.map((s) => s.score)).toEqual([30, 20, 20, 20]);
    expect(scored.total).toBe(98);
  });

  it('handles a target without indicators or header', () => {
    const sheet = selfEvaluationFromTarget(emptyForm('project_target'));
    expect(sheet.indicators).toEqual([]);
    expect(sheet.project_name).toBeNull();
    expect(sheet.budget?.weight).toBe(10);
  });
});
