import { describe, expect, it } from 'vitest';
import type { Form } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import type { ReviewOptions } from './review-context';
import { reviewForms } from './review-forms';
import { CLEAN_ROWS, form, projectForm, tags, withRow } from './review-test-helpers';

type Case = [label: string, forms: Form | Form[], options: ReviewOptions, present: string[], absent: string[]];

function run([, forms, options, present, absent]: Case) {
  const list = Array.isArray(forms) ? forms : [forms];
  const got = tags(reviewForms(list, options));
  for (const p of present) {
    if (p.includes('@')) expect(got, p).toContain(p);
    else expect(got.some((g) => g.startsWith(`${p}@`)), p).toBe(true);
  }
  for (const a of absent) {
    if (a.includes('@')) expect(got, a).not.toContain(a);
    else expect(got.some((g) => g.startsWith(`${a}@`)), `${a} in ${got.join(',')}`).toBe(false);
  }
}

const ALL_CODES = ['levels', 'comparator_missing', 'not_numeric', 'unit_missing', 'weights', 'names', 'spending_plan', 'budget_arithmetic',
  'self_evaluation', 'coverage', 'satisfaction', 'unit_vs_name', 'implausible_target', 'direction', 'qualitative_vs_quantitative',
  'level_vs_name', 'goal_vs_indicators', 'private_data', 'basis_missing', 'history', 'peer_outlier'];

describe('a clean project target has no findings', () => {
  it('clean', () => {
    expect(reviewForms([projectForm()])).toEqual([]);
  });
});

const y2020 = makePolicy({ framework: '2020' });
const y2021 = makePolicy({ framework: '2021' });

describe('levels', () => {
  it.each<Case>([
    ['row without 一级', projectForm(withRow(1, { level1: null, level2: null })), {}, ['levels@1'], []],
    ['数量 under 效益', projectForm(withRow(3, { level2: '数量指标' })), {}, ['levels@3'], []],
    ['成本 under 产出 in 2021', projectForm(withRow(0, { level2: '成本指标' })), { policy: y2021 }, ['levels@0'], []],
    ['成本 under 产出 in 2020 is fine', projectForm(withRow(0, { level2: '成本指标', name: '培训成本', unit: '万元', comparator: '<=', target: '5' })), { policy: y2020 }, [], ['levels']],
    ['成本 as 一级 in 2020', projectForm(withRow(0, { level1: '成本指标', level2: '经济成本指标' })), { policy: y2020 }, ['levels@0'], []],
    ['成本 一级 with 经济成本 in 2021 is fine', projectForm(withRow(0, { level1: '成本指标', level2: '经济成本指标', name: '人均培训成本', unit: '元', comparator: '<=', target: '500' })), { policy: y2021 }, [], ['levels']],
    ['unknown 二级 under 产出', projectForm(withRow(0, { level2: '重点工作' })), {}, ['levels@0'], []],
    ['missing 二级 under 产出 when others have one', projectForm(withRow(1, { level2: null })), {}, ['levels@1'], []],
    ['spelling variants are accepted', projectForm([
      { ...CLEAN_ROWS[0], level1: '产出', level2: '数量' },
      { ...CLEAN_ROWS[1], level1: ' 产出指标（50分）', level2: '质量' },
      { ...CLEAN_ROWS[2] },
      { ...CLEAN_ROWS[3], level1: '效果指标', level2: '可持续性影响' },
      { ...CLEAN_ROWS[4], level1: '满意度', level2: null, weight: 10 },
    ]), {}, [], ['levels']],
    ['2020 framework picked by fiscal year', projectForm(withRow(0, { level2: '成本指标' }), { fiscal_year: 2020 }), { frameworkFromYear: true }, [], ['levels']],
    ['a 2024 form on the 2020 layout (成本 under 产出) is held to its own layout', projectForm(withRow(0, { level2: '成本指标', name: '人均培训成本', unit: '元', comparator: '<=', target: '500' })), { frameworkFromYear: true }, [], ['levels']],
    ['a 2020 form on the 2021 layout (成本 一级) is held to its own layout', projectForm(withRow(0, { level1: '成本指标', level2: '经济成本指标', name: '人均培训成本', unit: '元', comparator: '<=', target: '500' }), { fiscal_year: 2020 }), { frameworkFromYear: true }, [], ['levels']],
    ['both layouts in one form: 成本 under 产出 is flagged', projectForm([...CLEAN_ROWS, { level1: '产出指标', level2: '成本指标', name: '人均培训成本', unit: '元', comparator: '<=', target: '500', weight: 5 }, { level1: '成本指标', level2: '经济成本指标', name: '场地成本', unit: '万元', comparator: '<=', target: '2', weight: 5 }]), { frameworkFromYear: true }, ['levels@5'], ['levels@6']],
    ['a policy that fixes the framework stays strict', projectForm(withRow(0, { level2: '成本指标', name: '人均培训成本', unit: '元', comparator: '<=', target: '500' })), { policy: y2021 }, ['levels@0'], []],
    ['another template\'s 一级 (预算绩效/产出绩效): one form-level finding', projectForm(CLEAN_ROWS.map((r, i) => ({ ...r, level1: i < 2 ? '产出绩效' : '效益绩效' }))), {}, ['levels@-'], ['levels@0', 'levels@1', 'levels@2']],
    ['department custom framework is not checked', form('department_target', [
      { level1: '投入管理指标', level2: '工作目标管理', name: '年度履职目标相关性', comparator: 'qualitative', target: '相关' },
      { level1: '产出指标', level2: '重点工作任务完成', name: '平台搭建完成率', unit: '%', comparator: '>=', target: '95' },
      { level1: '效益指标', level2: '满意度', name: '群众满意度', unit: '%', comparator: '>=', target: '96' },
    ]), {}, [], ['levels']],
    ['department self-evaluation levels (履职效能) are not checked', form('department_self_evaluation', [
      { level1: '总体绩效', level2: '履职效能', name: '督查次数', weight: 60, score: 60 },
      { level1: '项目绩效', level2: '目标实现', name: '目标完成', weight: 40, score: 38.6 },
      { level1: '扣分项', level2: null, name: '被评价部门配合度' },
    ], { total_score: 98.6 }), {}, [], ALL_CODES],
    ['form without levels', projectForm(CLEAN_ROWS.map((r) => ({ ...r, level1: null, level2: null }))), {}, [], ['levels']],
  ])('%s', (...c) => run(c));
});

describe('values: comparator_missing, not_numeric, unit_missing', () => {
  it.each<Case>([
    ['number without comparator', projectForm(withRow(1, { comparator: null, target: '95' })), {}, ['comparator_missing@1'], []],
    ['target form row with no value', projectForm(withRow(0, { comparator: null, target: '' })), {}, ['comparator_missing@0'], []],
    ['≥较好', projectForm(withRow(1, { comparator: '>=', target: '较好', unit: null })), {}, ['not_numeric@1'], []],
    // rules.md §1: a reference target is scored by hand and flagged in review; the message proposes the form's budget.
    ['≤预算控制数 is a reference without an amount', projectForm(withRow(0, { level2: '成本指标', name: '成本控制数', comparator: '<=', target: '预算控制数', unit: null }), { budget_total_wan: 12.05 }), { policy: y2020 }, ['not_numeric@0'], ['unit_missing']],
    ['=6 without unit', projectForm(withRow(0, { unit: null, comparator: '=', target: '6' })), {}, ['unit_missing@0'], []],
    ['a unit typed into the target', projectForm(withRow(1, { unit: null, target: '95%' })), {}, [], ['unit_missing', 'not_numeric']],
    ['=6 人 is fine', projectForm(withRow(0, { unit: '人', comparator: '=', target: '6' })), {}, [], ['unit_missing', 'comparator_missing', 'not_numeric']],
  ])('%s', (...c) => run(c));
});

describe('weights', () => {
  it.each<Case>([
    ['project total 100 (the 100-point template) is fine on its own', projectForm(withRow(0, { weight: 40 })), {}, [], ['weights']],
    ['project total 100 beside a project target at 90', [projectForm(withRow(0, { weight: 40 })), projectForm()], {}, ['weights@-'], []],
    ['project total 95', projectForm(withRow(0, { weight: 35 })), {}, ['weights@-'], []],
    ['policy total 100 does not accept 110', projectForm(withRow(0, { weight: 50 })), { policy: makePolicy({ weightTotals: { project_target: 100 } }) }, ['weights@-'], []],
    ['project total 90 is fine', projectForm(), {}, [], ['weights']],
    ['policy total 100 accepts 100', projectForm(withRow(0, { weight: 40 })), { policy: makePolicy({ weightTotals: { project_target: 100 } }) }, [], ['weights']],
    ['department total 90', form('department_target', [
      { name: '预算执行率', weight: 50, unit: '%', comparator: '>=', target: '90' },
      { name: '服务对象满意度', weight: 40, unit: '%', comparator: '>=', target: '95' },
    ]), {}, ['weights@-'], []],
    ['weight 0', projectForm(withRow(1, { weight: 0 })), {}, ['weights@1'], []],
    ['one weight missing', projectForm(withRow(1, { weight: null })), {}, ['weights@1'], []],
    ['no weights at all is not flagged', projectForm(CLEAN_ROWS.map((r) => ({ ...r, weight: null }))), {}, [], ['weights']],
    ['stated level weight', projectForm(CLEAN_ROWS.map((r, i) => (i < 3 ? { ...r, level1: '产出指标(50分)' } : r))), {}, ['weights@0'], []],
  ])('%s', (...c) => run(c));
});

describe('names', () => {
  it.each<Case>([
    ['empty name', projectForm(withRow(1, { name: ' ' })), {}, ['names@1'], []],
    ['over 100 characters', projectForm(withRow(1, { name: '培'.repeat(101) })), {}, ['names@1'], []],
    ['duplicate', projectForm([...CLEAN_ROWS.slice(0, 4), { ...CLEAN_ROWS[0], weight: 0.5 }, CLEAN_ROWS[4]!]), {}, ['names@4'], ['names@0']],
    // A copied row whose name differs only by its unit in brackets, its unit repeated at the end, or punctuation.
    ...([
      ['bracketed unit', { name: '组织培训班次（次）', unit: null }, true],
      ['unit repeated at the end', { name: '组织培训班' }, true],
      ['punctuation', { name: '组织、培训班次' }, true],
      ['another remark in brackets', { name: '组织培训班次（农村）' }, false],
      ['another unit', { name: '组织培训班', unit: '期' }, false],
      ['人数 is not 人次', { name: '组织培训人数', unit: '人' }, false],
      // A verb that only says the work is done (组织, 开展…) names no other indicator; one that counts new things does.
      ['the verb of doing dropped', { name: '培训班次' }, true],
      ['another verb of doing', { name: '开展培训班次' }, true],
      ['the verb of doing dropped, another unit', { name: '培训班次', unit: '期' }, false],
      ['a verb that counts new things', { name: '新增培训班次' }, false],
    ] as const).map(([label, row, dup]): Case => [
      `restated name: ${label}`, projectForm([...CLEAN_ROWS.slice(0, 4), { ...CLEAN_ROWS[0], ...row, weight: 0.5 }, CLEAN_ROWS[4]!]), {},
      dup ? ['names@4'] : [], dup ? ['names@0'] : ['names'],
    ]),
  ])('%s', (...c) => run(c));
});

describe('spending_plan', () => {
  const plan = (mar: number | null, jun: number | null, oct: number | null, dec: number | null) => projectForm(CLEAN_ROWS, { spending_plan: { mar, jun, oct, dec } });
  it.each<Case>([
    ['going down', plan(50, 40, 75, 100), {}, ['spending_plan'], []],
    ['over 100', plan(25, 50, 120, null), {}, ['spending_plan'], []],
    ['December not 100', plan(25, 50, 75, 90), {}, ['spending_plan'], []],
    ['25/50/75 without December', plan(25, 50, 75, null), {}, [], ['spending_plan']],
    ['only December', plan(null, null, null, 100), {}, [], ['spending_plan']],
    ['October 100', plan(null, null, 100, null), {}, [], ['spending_plan']],
  ])('%s', (...c) => run(c));
});

describe('budget_arithmetic', () => {
  it.each<Case>([
    ['区级支出 + 补助街镇 ≠ 预算', projectForm(CLEAN_ROWS, { budget_total_wan: 39.34, budget_district_wan: 30, budget_subsidy_towns_wan: 0 }), {}, ['budget_arithmetic@-'], []],
    ['财政资金 + 其他资金 ≠ 预算', projectForm(CLEAN_ROWS, { budget_total_wan: 100, budget_fiscal_wan: 90, budget_other_wan: 5 }), {}, ['budget_arithmetic@-'], []],
    ['sums within tolerance', projectForm(CLEAN_ROWS, { budget_total_wan: 5, budget_district_wan: 5.005, budget_fiscal_wan: 5 }), {}, [], ['budget_arithmetic']],
    ['department structure', form('department_target', [], { budget_total_wan: 1055.4, structure: { basic_wan: 560.4, project_wan: 400 } }), {}, ['budget_arithmetic@-'], []],
    ['财政资金 short of 预算 with 其他资金 blank is not evidence', projectForm(CLEAN_ROWS, { budget_total_wan: 100, budget_fiscal_wan: 60, budget_other_wan: null }), {}, [], ['budget_arithmetic']],
    ['财政资金 above 预算 with 其他资金 blank', projectForm(CLEAN_ROWS, { budget_total_wan: 100, budget_fiscal_wan: 120, budget_other_wan: null }), {}, ['budget_arithmetic@-'], []],
    ['区级支出 short of 预算 with 补助街镇 blank (a blank there is 0)', projectForm(CLEAN_ROWS, { budget_total_wan: 5, budget_district_wan: 4, budget_subsidy_towns_wan: null }), {}, ['budget_arithmetic@-'], []],
    ['department fund sources with unknown parts', form('department_target', [], { budget_total_wan: 4836.52, fund_sources: { government_wan: 4686.52 } }), {}, [], ['budget_arithmetic']],
    ['department fund sources fine', form('department_target', [], { budget_total_wan: 1055.4, fund_sources: { government_wan: 1055.4 }, structure: { basic_wan: 560.4, project_wan: 495 } }), {}, [], ['budget_arithmetic']],
  ])('%s', (...c) => run(c));
});

const selfEvalRows = [
  { level1: '产出指标', level2: '数量指标', name: '采购数量', weight: 30, unit: '台', comparator: '=' as const, target: '1', actual: '1', score: 30 },
  { level1: '产出指标', level2: '质量指标', name: '质量合格率', weight: 20, comparator: 'qualitative' as const, target: '合格', actual: '合格', score: 20 },
  { level1: '效益指标', level2: '社会效益指标', name: '办公效率', weight: 20, comparator: 'qualitative' as const, target: '提高', actual: '提高', score: 20 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', weight: 20, unit: '%', comparator: '>=' as const, target: '90', actual: '95', score: 20 },
];
const selfEval = (rows = selfEvalRows, extra: Record<string, unknown> = {}) => form('project_self_evaluation', rows, {
  budget: { initial_wan: 1, adjusted_wan: 0.74, executed_wan: 0.74, execution_rate: 100, weight: 10, score: 10, reason: null }, total_score: 100, ...extra,
});

describe('self_evaluation', () => {
  it.each<Case>([
    ['consistent sheet', selfEval(), {}, [], ['self_evaluation', 'comparator_missing', 'unit_missing', 'qualitative_vs_quantitative@0', 'qualitative_vs_quantitative@2', 'qualitative_vs_quantitative@3']],
    ['budget score differs from the rule', selfEval(selfEvalRows, { budget: { adjusted_wan: 40.73, executed_wan: 40.73, execution_rate: 100, weight: 10, score: 8.5, reason: '调整预算' }, total_score: 98.5 }), {}, ['self_evaluation@-'], []],
    ['shortfall without reason', selfEval(selfEvalRows.map((r, i) => (i === 0 ? { ...r, actual: '0.5', score: 15 } : r)), { total_score: 85 }), {}, ['self_evaluation@0'], []],
    ['shortfall with reason', selfEval(selfEvalRows.map((r, i) => (i === 0 ? { ...r, actual: '0.5', score: 15, reason: '供货延迟' } : r)), { total_score: 85 }), {}, [], ['self_evaluation']],
    ['total differs from parts', selfEval(selfEvalRows, { total_score: 95 }), {}, ['self_evaluation@-'], []],
    ['qualitative score outside its band', selfEval(selfEvalRows.map((r, i) => (i === 2 ? { ...r, score: 12, reason: '部分完成' } : r)), { total_score: 92 }), {}, ['self_evaluation@2'], []],
    ['department score above its weight', form('department_self_evaluation', [
      { level1: '总体绩效', level2: '预算管理', name: '预算编制质量', weight: 8, score: 9 },
    ], { total_score: 9 }), {}, ['self_evaluation@0'], ['comparator_missing', 'unit_missing']],
    ['department total differs', form('department_self_evaluation', [
      { level1: '总体绩效', level2: '预算管理', name: '预算编制质量', weight: 8, score: 7 },
      { level1: '总体绩效', level2: '预算管理', name: '支出执行进度', weight: 9, score: 9 },
    ], { total_score: 17 }), {}, ['self_evaluation@-'], []],
  ])('%s', (...c) => run(c));
});

describe('coverage', () => {
  it.each<Case>([
    ['no 满意度', projectForm(CLEAN_ROWS.slice(0, 4)), {}, ['coverage@-'], []],
    ['no 效益', projectForm([CLEAN_ROWS[0]!, CLEAN_ROWS[1]!, CLEAN_ROWS[4]!]), {}, ['coverage@-'], []],
    ['level-less form judged by names', projectForm([
      { name: '考试天数', weight: 50, unit: '天', comparator: '>=', target: '2' },
      { name: '参考人数', weight: 30, unit: '人次', comparator: '>=', target: '2000' },
      { name: '考生满意度', weight: 10, unit: '%', comparator: '>=', target: '90' },
    ], { goal: null }), {}, ['coverage@-'], []],
    ['level-less form with an outcome name', projectForm([
      { name: '培训人数', weight: 40, unit: '人', comparator: '>=', target: '400' },
      { name: '培训效果', weight: 40, unit: '%', comparator: '>=', target: '90' },
      { name: '培训满意度', weight: 10, unit: '%', comparator: '>=', target: '90' },
    ], { goal: null }), {}, [], ['coverage']],
    ['satisfaction filed under 效益 still counts', form('department_target', [
      { level1: '产出指标', level2: '重点工作任务完成', name: '平台搭建完成率', unit: '%', comparator: '>=', target: '95' },
      { level1: '效益指标', level2: '履职效益', name: '社会基础建设', comparator: 'qualitative', target: '强化' },
      { level1: '效益指标', level2: '满意度', name: '群众满意度', unit: '%', comparator: '>=', target: '96' },
    ]), {}, [], ['coverage']],
  ])('%s', (...c) => run(c));
});

describe('satisfaction', () => {
  it.each<Case>([
    ['below 90%', projectForm(withRow(4, { target: '80' })), {}, ['satisfaction@4'], []],
    ['measured in 场次: one finding, under satisfaction', projectForm(withRow(4, { unit: '场次' })), {}, ['satisfaction@4'], ['unit_vs_name@4']],
    ['a survey coverage rate is not a satisfaction level', projectForm(withRow(4, { name: '满意度调查覆盖率', target: '80' })), {}, [], ['satisfaction']],
    ['满意率 with a trailing 指标 is one', projectForm(withRow(4, { name: '群众满意率指标', target: '80' })), {}, ['satisfaction@4'], []],
    ['policy minimum 85 accepts 85', projectForm(withRow(4, { target: '85' })), { policy: makePolicy({ minSatisfaction: 85 }) }, [], ['satisfaction']],
    ['qualitative satisfaction', projectForm(withRow(4, { unit: null, comparator: 'qualitative', target: '满意' })), {}, [], ['satisfaction']],
    ['> 90 is fine', projectForm(withRow(4, { comparator: '>', target: '90' })), {}, [], ['satisfaction']],
  ])('%s', (...c) => run(c));
});

describe('unit_vs_name', () => {
  it.each<Case>([
    ['及时率 in 个工作日', projectForm(withRow(2, { unit: '个工作日', comparator: '<=', target: '15' })), {}, ['unit_vs_name@2'], ['direction@2']],
    ['发生率 in 次', projectForm([...CLEAN_ROWS.slice(0, 3), { ...CLEAN_ROWS[3], name: '各类事故死亡人发生率', unit: '次', comparator: '=', target: '0' }, CLEAN_ROWS[4]!]), {}, ['unit_vs_name@3'], []],
    ['count in %', projectForm(withRow(0, { name: '培训人数', unit: '%' })), {}, ['unit_vs_name@0'], []],
    ['rate in % is fine', projectForm(), {}, [], ['unit_vs_name']],
    ['知晓度 in 人', projectForm(withRow(3, { name: '政策知晓度', unit: '人', comparator: '>=', target: '90' })), {}, ['unit_vs_name@3'], []],
    ['年度 and 进度 are not rates', projectForm(withRow(0, { name: '年度考核进度', unit: '次', comparator: '>=', target: '4' })), {}, [], ['unit_vs_name']],
  ])('%s', (...c) => run(c));

  // The message names the unit the row has: a per-mille or percentage-point unit is not called %.
  it.each([
    ['培训人数', '%', ' %（'],
    ['培训人数', '‰', '「‰」（'],
    ['培训人数', '个百分点', '「个百分点」（'],
    ['平均办结时长', '%', ' %（'],
    ['平均办结时长', '‰', '「‰」（'],
  ])('%s in %s is named as written', (name, unit, shown) => {
    const found = reviewForms([projectForm(withRow(0, { name, unit, comparator: '<=', target: '5' }))]).filter((f) => f.code === 'unit_vs_name');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(`计量单位却是${shown}`);
  });
});

describe('implausible_target', () => {
  it.each<Case>([
    ['rate above 100%', projectForm(withRow(1, { target: '120' })), {}, ['implausible_target@1'], []],
    ['≥100% means =100%', projectForm(withRow(1, { target: '100' })), {}, ['implausible_target@1'], []],
    ['≥0 is always true', projectForm(withRow(0, { target: '0' })), {}, ['implausible_target@0'], []],
    ['growth ≥0 is a real target', projectForm(withRow(1, { name: '税收收入增长率', target: '0' })), {}, [], ['implausible_target']],
    ['运行率 ≥10% is too low', projectForm(withRow(1, { name: '年稳定运行率', target: '10' })), {}, ['implausible_target@1'], []],
    ['=100% is fine', projectForm(withRow(1, { comparator: '=', target: '100' })), {}, [], ['implausible_target']],
    ['growth ≤95% is fine', projectForm(withRow(1, { name: '年度维护成本增长率', comparator: '<=', target: '95' })), {}, [], ['implausible_target', 'direction']],
    ['growth rate 150% is not capped', projectForm(withRow(1, { name: '游客人数增长率', target: '150' })), {}, [], ['implausible_target']],
    ['≤100% control rate is fine', projectForm(withRow(1, { name: '“三公经费”控制率', comparator: '<=', target: '100' })), {}, [], ['implausible_target', 'direction']],
    ['预算执行率 ≥90% is fine', projectForm(withRow(1, { name: '预算执行率', target: '90' })), {}, [], ['implausible_target']],
  ])('%s', (...c) => run(c));
});

describe('direction', () => {
  it.each<Case>([
    ['事故发生率 ≥0', projectForm(withRow(3, { name: '安全生产人亡事故发生率', unit: '%', comparator: '>=', target: '0' })), {}, ['direction@3', 'implausible_target@3'], []],
    ['投诉次数 ≥1', projectForm(withRow(0, { name: '群众投诉次数', unit: '次', comparator: '>=', target: '1' })), {}, ['direction@0'], []],
    ['满意度 ≤90%', projectForm(withRow(4, { comparator: '<=' })), {}, ['direction@4'], []],
    ['完成率 <90%', projectForm(withRow(1, { name: '项目完成率', comparator: '<', target: '90' })), {}, ['direction@1'], []],
    ['超支率 ≤0 is fine', projectForm(withRow(0, { level2: '时效指标', name: '项目成本超支率', unit: '%', comparator: '<=', target: '0' })), {}, [], ['direction']],
    ['投诉办结率 ≥95% is fine', projectForm(withRow(1, { name: '投诉办结率' })), {}, [], ['direction']],
    ['系统故障修复及时率 ≥95% is fine', projectForm(withRow(2, { name: '系统故障修复及时率', comparator: '>=', target: '95' })), {}, [], ['direction']],
    ['成本 ≤ is fine', projectForm(withRow(0, { name: '人均培训成本', unit: '元', comparator: '<=', target: '500' })), {}, [], ['direction']],
  ])('%s', (...c) => run(c));
});

describe('qualitative_vs_quantitative', () => {
  it.each<Case>([
    ['定性 with a number', projectForm(withRow(2, { name: '完成及时性', comparator: 'qualitative', target: '100', unit: '%' })), {}, ['qualitative_vs_quantitative@2'], []],
    ['unit 定性 beside =', projectForm(withRow(3, { unit: '定性', comparator: '=', target: '优' })), {}, ['qualitative_vs_quantitative@3'], ['not_numeric', 'unit_missing']],
    ['100%完成', projectForm(withRow(2, { name: '各项工作完成及时性', comparator: '=', target: '100', unit: '%完成' })), {}, ['qualitative_vs_quantitative@2'], []],
    ['及时保障 under 时效', projectForm(withRow(2, { name: '经费保障及时性', comparator: 'qualitative', target: '及时保障', unit: null })), {}, ['qualitative_vs_quantitative@2'], []],
    ['按合同规定 under 成本 (2020)', projectForm(withRow(0, { level2: '成本指标', name: '每户补助标准', comparator: 'qualitative', target: '按合同规定', unit: null }), { fiscal_year: 2020 }), { frameworkFromYear: true }, ['qualitative_vs_quantitative@0'], []],
    ['控制在预算内 under 经济成本', projectForm(withRow(0, { level1: '成本指标', level2: '经济成本指标', name: '项目总成本', comparator: 'qualitative', target: '控制在预算内', unit: null })), {}, ['qualitative_vs_quantitative@0'], []],
    ['无明显影响 under 社会成本 is fine', projectForm(withRow(0, { level1: '成本指标', level2: '社会成本指标', name: '对周边居民生活影响', comparator: 'qualitative', target: '无明显影响', unit: null })), {}, [], ['qualitative_vs_quantitative']],
    ['有效提高 under 社会效益 is fine', projectForm(withRow(3, { target: '有效提高' })), {}, [], ['qualitative_vs_quantitative']],
    // A 质量合格率 of 合格 is as unmeasurable in a self-evaluation as in a target; a qualitative benefit is not.
    ['a vague 质量 value in a self-evaluation', selfEval(), {}, ['qualitative_vs_quantitative@1'], ['qualitative_vs_quantitative@2']],
    ['a deadline in a self-evaluation is measurable', selfEval(selfEvalRows.map((r, i) => (i === 1 ? { ...r, level2: '时效指标', name: '资金拨付时限', target: '收到资金后10个工作日内', actual: '按时完成' } : r))), {}, [], ['qualitative_vs_quantitative']],
  ])('%s', (...c) => run(c));
});

describe('level_vs_name', () => {
  it.each<Case>([
    ['及时率 under 数量', projectForm(withRow(0, { name: '劳务费发放及时率', unit: '%', comparator: '>=', target: '98' })), {}, ['level_vs_name@0'], []],
    ['完好率 under 数量', projectForm(withRow(0, { name: '市政设施完好率', unit: '%', comparator: '>=', target: '95' })), {}, ['level_vs_name@0'], []],
    ['满意度 under 社会效益', projectForm(withRow(3, { name: '群众满意度', unit: '%', comparator: '>=', target: '95' })), {}, ['level_vs_name@3'], []],
    ['及时率 under 时效 is fine', projectForm(), {}, [], ['level_vs_name']],
    ['满意度 under 效益/满意度 is fine', form('department_target', [{ level1: '效益指标', level2: '满意度', name: '群众满意度', unit: '%', comparator: '>=', target: '96' }]), {}, [], ['level_vs_name']],
  ])('%s', (...c) => run(c));
});

describe('goal_vs_indicators', () => {
  it.each<Case>([
    ['count in goal not carried', projectForm(CLEAN_ROWS, { goal: '组织2次政银企融资对接会；全年召开3次宣传会' }), {}, ['goal_vs_indicators@-'], []],
    ['counts carried', projectForm(withRow(2, { name: '评价报告数量', unit: '个', target: '1', level2: '数量指标' }).map((r, i) => (i === 0 ? { ...r, name: '项目绩效评价数量', unit: '个' } : r)), { goal: '完成部门整体绩效评价1个，项目绩效评价2个' }), {}, [], ['goal_vs_indicators']],
    ['the same number in another kind of unit does not carry it (2个 vs 2次)', projectForm(withRow(2, { name: '评价报告数量', unit: '个', target: '1', level2: '数量指标' }), { goal: '完成部门整体绩效评价1个，项目绩效评价2个' }), {}, ['goal_vs_indicators@-'], []],
    ['4次 carried by 4场次, 3200户 by 3200户次', projectForm(withRow(0, { name: '座谈会场次', unit: '场次', target: '4' }).concat([{ level1: '产出指标', level2: '数量指标', name: '走访户数', unit: '户次', comparator: '>=', target: '3200' }]), { goal: '开展座谈会4次，走访3200户' }), {}, [], ['goal_vs_indicators']],
    ['6,500名 is 6500, carried by 6500人', projectForm(withRow(0, { name: '补贴老年人数', unit: '人', target: '6500' }), { goal: '为不少于6,500名老年人提供补贴' }), {}, [], ['goal_vs_indicators']],
    ['overview purchase', projectForm(CLEAN_ROWS, { goal: '保障运转', overview: '采购5台办公电脑' }), {}, ['goal_vs_indicators@-'], []],
    ['years, documents, money, percentages, frequencies', projectForm(CLEAN_ROWS, {
      goal: '按照沙府发〔2020〕41号文件，2024年安排资金15.03万元，保障95%以上，每季度一次，第3季度完成', overview: '办公楼取暖费120526.20元，取暖面积4017.54平方米',
    }), {}, [], ['goal_vs_indicators']],
  ])('%s', (...c) => run(c));
});

describe('private_data', () => {
  const pub: ReviewOptions = { publishing: true };
  const withGoal = (goal: string, extra: Record<string, unknown> = {}) => projectForm(CLEAN_ROWS, { goal, ...extra });
  it.each<Case>([
    ['named individual after 遗属 and before 之子', withGoal('组织2次培训', { overview: '机关事业工作人员遗属戴明（陈宗懋之子）每月900元定期生活困难补助发放。' }), pub, ['private_data@-'], []],
    ['a name found once is found again', form('project_target', CLEAN_ROWS, { overview: '遗属戴明每月生活困难补助', goal: '每月按时发放戴明生活困难补助' }), pub, ['private_data@-'], []],
    ['an official who signs (项目负责人：name) is not personal data', selfEval(selfEvalRows, { conclusion: '自评总分100分。项目负责人：黄浩' }), pub, [], ['private_data']],
    ['ID-card number with a valid check digit', withGoal('组织2次培训，联系11010519491231002X'), pub, ['private_data@-'], []],
    ['18 digits with a wrong check digit', withGoal('组织2次培训，编号110105194912310021'), pub, [], ['private_data']],
    ['mobile number', projectForm(withRow(3, { description: '联系13912345678了解' })), pub, ['private_data@3'], []],
    ['a service landline is published on purpose', withGoal('组织2次培训，咨询电话023-65368888'), pub, [], ['private_data']],
    ['a recipient\'s landline', withGoal('组织2次培训', { overview: '救助对象刘强，家庭电话023-65368888' }), pub, ['private_data@-'], []],
    ['org and place names, role words without a name', withGoal('组织2次培训', {
      org: '重庆市沙坪坝区人民政府沙坪坝街道办事处', overview: '严格按照经办人完善单据、股长复核、分管领导审核流程；在三峡广场、磁器口宣传。项目编码51090422T000000280419',
    }), pub, [], ['private_data']],
    ['not published', withGoal('组织2次培训，联系13912345678'), { publishing: false }, [], ['private_data']],
  ])('%s', (...c) => run(c));
});

describe('basis_missing', () => {
  it.each<Case>([
    ['one row without basis where the layout has the column', projectForm(CLEAN_ROWS.map((r, i) => ({ ...r, basis: i === 2 ? null : '工作计划' }))), {}, ['basis_missing@2'], ['basis_missing@0']],
    ['layout without the column', projectForm(), {}, [], ['basis_missing']],
  ])('%s', (...c) => run(c));
});

describe('history and peer_outlier', () => {
  const history = [{ name: '培训合格率', unit: '%', actual: '97', fiscal_year: 2023 }, { name: '人均培训成本', unit: '元', actual: 450, fiscal_year: 2023 }];
  const peers = (values: number[]) => values.map((v, k) => ({ name: '培训合格率', unit: '%', org: `单位${k}`, target: v }));
  it.each<Case>([
    ['target at or below last year', projectForm(), { history }, ['history@1'], []],
    ['target above last year', projectForm(withRow(1, { target: '98' })), { history }, [], ['history']],
    ['cost target above last year', projectForm(withRow(0, { name: '人均培训成本', unit: '元', comparator: '<=', target: '500' })), { history }, ['history@0'], []],
    ['no stored data', projectForm(), {}, [], ['history', 'peer_outlier']],
    ['far below peers', projectForm(withRow(1, { target: '60' })), { peers: peers([95, 96, 95, 98, 97, 95]) }, ['peer_outlier@1'], []],
    ['within peers', projectForm(withRow(1, { target: '94' })), { peers: peers([95, 96, 90, 98, 97, 92]) }, [], ['peer_outlier']],
    ['too few peers', projectForm(withRow(1, { target: '60' })), { peers: peers([95, 96, 95]) }, [], ['peer_outlier']],
    ['own org is not a peer', projectForm(withRow(1, { target: '60' }), { org: '单位0' }), { peers: peers([60, 96, 95, 98, 97]) }, [], ['peer_outlier']],
  ])('%s', (...c) => run(c));
});
