import { describe, expect, it } from 'vitest';
import type { Indicator } from '../forms/forms-schema';
import { restateTotal, statedGrade, statedTotal } from './check-self-evaluation';
import { budgetRowRate } from '../scoring/budget-row';
import { reviewForm } from './review-forms';
import { form, tags } from './review-test-helpers';

/** A 部门整体 score sheet on the 履职效能/管理效率 tree: [一级, name, 分值, 得分]. */
const sheet = (spec: Array<[string, string, number, number]>): Array<Partial<Indicator>> =>
  spec.map(([level1, name, weight, score]) => ({ level1, level2: level1 === '合计' ? null : '重点工作', name, weight, score }));
const ON_90: Array<[string, string, number, number]> = [['履职效能', '重点工作完成率', 40, 38], ['管理效率', '预算编制准确性', 30, 28], ['社会效应', '服务对象满意度', 20, 19.5]];
const ON_100: Array<[string, string, number, number]> = [...ON_90, ['管理效率', '预算执行率', 10, 9.6]];
const codes = (spec: Array<[string, string, number, number]>, total: number) =>
  tags(reviewForm(form('department_self_evaluation', sheet(spec), { total_score: total }), 0, {})).filter((t) => t.startsWith('weights') || t.startsWith('self_evaluation'));

describe('department self-evaluation: totals, a budget line outside the rows, totals rows (held-out set 11)', () => {
  it.each([
    ['rows on 100, total their sum', ON_100, 95.1, []],
    ['total off by 0.004 (rounding)', ON_100, 95.104, []],
    ['total off by 0.3', ON_100, 95.4, ['self_evaluation@-']],
    ['a 合计 row among the rows', [...ON_100, ['合计', '合计', 100, 95.1]], 95.1, []],
    // The 财政部 layout prints 年度预算执行情况 (分值 10) above the rows: rows on 90 and a total above their scores by ≤ 10.
    ['rows on 90, total = rows + 9.6 of budget execution', ON_90, 95.1, []],
    ['rows on 90, total = rows: the budget line is missing', ON_90, 85.5, ['weights@-']],
    // A total above the rows counts a budget line outside them; more than its 10 is a wrong total, not a wrong weight.
    ['rows on 90, total above rows by more than 10', ON_90, 97, ['self_evaluation@-']],
    ['a score above its 分值', [...ON_90.slice(0, 2), ['社会效应', '服务对象满意度', 20, 21], ['管理效率', '预算执行率', 10, 9.6]], 96.6, ['self_evaluation@2']],
  ] as const)('%s', (_, spec, total, want) => expect(codes([...spec] as Array<[string, string, number, number]>, total)).toEqual(want));
});

describe('department self-evaluation: deductions and the half cent, read as scoring reads them (scoring held-out set 2)', () => {
  const DEDUCT: Array<[string, string, number, number]> = [...ON_100, ['扣分项', '违规使用资金', 5, 2]];
  it.each([
    ['a 扣分项 written as 2 takes 2 off the total', DEDUCT, 93.1, []],
    ['a 扣分项 written as −2 likewise', [...ON_100, ['扣分项', '违规使用资金', 5, -2]], 93.1, []],
    ['a total that adds the deduction is wrong', DEDUCT, 97.1, ['self_evaluation@-']],
    ['total off by exactly 0.005', ON_100, 95.095, []],
    ['total off by 0.006', ON_100, 95.094, ['self_evaluation@-']],
    // A 扣分项 takes off at most its 分值, printed 5 or −5 (held-out set 36F): beyond it the row's score is wrong.
    ['a 扣分项 of 7 beyond its 分值 5', [...ON_100, ['扣分项', '违规使用资金', 5, -7]], 88.1, ['self_evaluation@4']],
    ['a 扣分项 of 6 beyond its 分值 −5', [...ON_100, ['扣分项', '违规使用资金', -5, -6]], 89.1, ['self_evaluation@4']],
  ] as const)('%s', (_, spec, total, want) => expect(codes([...spec] as Array<[string, string, number, number]>, total)).toEqual(want));
});

describe('department score sheet: a shortfall without a reason where the sheet has a reason column (held-out set 22)', () => {
  const rows = (reasons: Array<string | null>): Array<Partial<Indicator>> => [
    { level1: '履职效能', level2: '重点工作', name: '重点工作完成率', weight: 40, score: 38, reason: reasons[0] ?? null },
    { level1: '管理效率', level2: '预算管理', name: '预算编制准确性', weight: 30, score: 30, reason: reasons[1] ?? null },
    { level1: '社会效应', level2: '社会效益', name: '社会效益实现情况', weight: 30, score: 28, reason: reasons[2] ?? null },
  ];
  const found = (reasons: Array<string | null>) =>
    tags(reviewForm(form('department_self_evaluation', rows(reasons), { total_score: 96 }), 0, {})).filter((t) => t.startsWith('self_evaluation'));
  it.each([
    ['no row fills the column: the layout has none', [null, null, null], []],
    ['every shortfall explained', ['个别工作延后', null, '效益尚未显现'], []],
    ['one shortfall explained, one not', ['个别工作延后', null, null], ['self_evaluation@2']],
    ['a reason on a full-score row only', [null, '制度健全', null], ['self_evaluation@0', 'self_evaluation@2']],
    // 「无」 or 「已完成」 gives no cause for a shortfall; beside a full score it is a filled cell (held-out set 36F).
    ['a shortfall whose reason is 「无」', ['个别工作延后', null, '无'], ['self_evaluation@2']],
    ['a shortfall whose reason is 「已完成」', ['已完成', null, '效益尚未显现'], ['self_evaluation@0']],
    ['「无」 beside a full score', ['个别工作延后', '无', '效益尚未显现'], []],
  ] as const)('%s', (_, reasons, want) => expect(found([...reasons])).toEqual(want));
});

describe('statedGrade: the 自评等级 a 评价结论 prints (held-out set 23)', () => {
  it.each([
    ['项目自评得分99.8分，自评等级为优。', '优'],
    ['评价等级：良好', '良'],
    ['综合评价结论为“合格”', '中'],
    ['绩效评价等级评定为不合格，需整改', '差'],
    ['自评等级为中等', '中'],
    ['自评等级：优秀级', '优'],
    ['项目自评得分99.8分，评价结果为良。', '良'],
    ['自评结果：优秀', '优'],
    // Other words that begin with a grade character, and a conclusion without a grade.
    ['评价结论：优化资金结构，中央资金已到位', null],
    ['结论为差异较小，项目运行良好', null],
    ['项目总体完成年度目标', null],
    ['评价等级为优、良、中、差四档，本项目总体完成年度目标', null],
    ['等级：合格/不合格', null],
    ['监测结果为良，水质稳定', null],
    [null, null],
  ] as const)('%s', (text, want) => expect(statedGrade(text)).toBe(want));
});

describe('project self-evaluation: a stated grade the total does not earn (held-out set 23)', () => {
  const rows: Array<Partial<Indicator>> = [
    { level1: '产出指标', level2: '数量指标', name: '培训人次', comparator: '>=', target: '600', unit: '人次', weight: 45, actual: '640', score: 45 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训人员满意度', comparator: '>=', target: '90', unit: '%', weight: 45, actual: '93', score: 45 },
  ];
  const budget = { initial_wan: 100, adjusted_wan: 100, executed_wan: 100, execution_rate: 100, weight: 10, score: 10, reason: null };
  const found = (conclusion: string, total = 100) =>
    tags(reviewForm(form('project_self_evaluation', rows, { budget, total_score: total, conclusion }), 0, {})).filter((t) => t.startsWith('self_evaluation'));
  it.each([
    ['等级 follows the total', '自评得分100分，自评等级为优。', []],
    ['优秀 for 100', '评价等级：优秀', []],
    ['良 for 100', '自评得分100分，自评等级为良。', ['self_evaluation@-']],
    ['no grade stated', '项目实施效果良好。', []],
  ] as const)('%s', (_, conclusion, want) => expect(found(conclusion)).toEqual(want));
});

describe('project self-evaluation: a 扣分项 line owes no 偏差原因 (held-out set 42)', () => {
  const rows: Array<Partial<Indicator>> = [
    { level1: '产出指标', level2: '数量指标', name: '培训人次', comparator: '>=', target: '600', unit: '人次', weight: 45, actual: '640', score: 45 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训人员满意度', comparator: '>=', target: '90', unit: '%', weight: 45, actual: '93', score: 45 },
  ];
  const budget = { initial_wan: 100, adjusted_wan: 100, executed_wan: 100, execution_rate: 100, weight: 10, score: 10, reason: null };
  const found = (line: Partial<Indicator>, total: number) =>
    tags(reviewForm(form('project_self_evaluation', [...rows, line], { budget, total_score: total }), 0, {})).filter((t) => t.startsWith('self_evaluation') || t.startsWith('levels'));
  it.each([
    ['扣1分 written 1 under a limit of 5', { level1: '扣分项', level2: '扣分项', name: '资金管理违规扣分', weight: 5, score: 1 }, 99, []],
    ['扣1分 written −1 under a limit of −5', { level1: '扣分项', level2: '扣分项', name: '资金管理违规扣分', weight: -5, score: -1 }, 99, []],
    ['an indicator short of its weight still owes one', { level1: '产出指标', level2: '质量指标', name: '培训合格率', comparator: '>=', target: '95', unit: '%', weight: 5, actual: '19', score: 1 }, 101, ['self_evaluation@2']],
  ] as const)('%s', (_, line, total, want) => expect(found(line, total)).toEqual(want));
});

describe('statedTotal: the 总分 a 评价结论 prints (held-out set 26)', () => {
  it.each([
    ['项目自评得分96.8分，自评等级为优。', 96.8],
    ['自评总分为99.8分', 99.8],
    ['综合得分：87分，评价等级良', 87],
    ['经综合评价，本项目得分96.8分，绩效等级为优。', 96.8],
    ['自评得分：96.8，自评等级：优。', 96.8],
    ['最终得分为92.5', 92.5],
    // A sub-project's score, a score followed by more digits or words, and a share are no total.
    ['其中子项目得分45分', null],
    ['自评得分较上年提高2.5分', null],
    ['总分 100 预算执行 10', null],
    // A part's score is no total, and a conclusion without a score states none.
    ['预算执行得分9.8分，各指标均完成', null],
    ['指标得分88分', null],
    ['项目总体完成年度目标', null],
    [null, null],
  ] as const)('%s', (text, want) => expect(statedTotal(text)).toBe(want));
});

describe('restateTotal: the conclusion with its stated total replaced (the self-evaluation page offers it after rescoring)', () => {
  it.each([
    ['结合年初绩效指标，通过自评，自评总分98.5分。今年以来…', 95, '结合年初绩效指标，通过自评，自评总分95分。今年以来…'],
    ['自评总分为 99.8 分，等级为优。', 87.25, '自评总分为 87.25 分，等级为优。'],
    ['预算执行得分9.8分，项目自评得分96.8分。', 90.5, '预算执行得分9.8分，项目自评得分90.5分。'],
    ['项目按计划实施完成。', 90, null],
    [null, 90, null],
  ] as const)('%s → %s', (text, total, want) => expect(restateTotal(text, total)).toBe(want));

  it('gives a text whose stated total is the new one', () => {
    const text = '经自评，项目自评得分96.8分，评价等级为优。';
    expect(statedTotal(restateTotal(text, 88.4))).toBe(88.4);
  });
});

describe('project self-evaluation: a conclusion that prints another total (held-out set 26)', () => {
  const rows: Array<Partial<Indicator>> = [
    { level1: '产出指标', level2: '数量指标', name: '培训人次', comparator: '>=', target: '600', unit: '人次', weight: 45, actual: '640', score: 45 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训人员满意度', comparator: '>=', target: '90', unit: '%', weight: 45, actual: '93', score: 45 },
  ];
  const budget = { initial_wan: 100, adjusted_wan: 100, executed_wan: 98, execution_rate: 98, weight: 10, score: 9.8, reason: null };
  const found = (conclusion: string) =>
    tags(reviewForm(form('project_self_evaluation', rows, { budget, total_score: 99.8, conclusion }), 0, {})).filter((t) => t.startsWith('self_evaluation'));
  it.each([
    ['the printed total', '项目自评得分99.8分，自评等级为优。', []],
    ['another total', '项目自评得分96.8分，自评等级为优。', ['self_evaluation@-']],
    ['another total and a wrong grade: one finding', '自评总分89.8分，自评等级为良。', ['self_evaluation@-']],
    ['the budget part only', '预算执行得分9.8分，指标全部完成。', []],
  ] as const)('%s', (_, conclusion, want) => expect(found(conclusion)).toEqual(want));
});

describe('a budget-execution row: its rate read as scoring reads it, a reason due only below the policy rate', () => {
  const row = (actual: string, score: number): Partial<Indicator> =>
    ({ level1: '预算执行', level2: '预算执行', name: '预算执行率', comparator: '=', target: '100', unit: '%', weight: 10, actual, score });
  const found = (kind: 'department_self_evaluation' | 'project_self_evaluation', actual: string, score: number) =>
    tags(reviewForm(form(kind, [row(actual, score)], { total_score: score }), 0, {})).filter((t) => t.startsWith('self_evaluation@0'));
  it.each([
    ['a bare rate', '96.8%', 9.68, []],
    ['the rate with the amount in brackets', '执行率95.5%（执行477.5万元）', 9.55, []],
    ['a bracketed rate after words', '已完成（95%）', 9.5, []],
    ['a rate after a lead', '实际执行率为92%', 9.2, []],
    ['a rate written as a fraction', '0.955', 9.55, []],
    ['a rate in words', '百分之九十五', 9.5, []],
    ['a rate wrapped by the PDF column', '9\n5.5%', 9.55, []],
    ['below the policy rate the reason is due', '执行率85%（执行425万元）', 8.5, ['self_evaluation@0']],
    ['below it in brackets likewise', '已完成（80%）', 8, ['self_evaluation@0']],
    ['words alone state no rate', '基本完成', 9, ['self_evaluation@0']],
  ] as const)('%s: %s', (_, actual, score, want) => {
    expect(found('department_self_evaluation', actual, score)).toEqual(want);
    expect(found('project_self_evaluation', actual, score)).toEqual(want);
  });
});

describe('budgetRowRate', () => {
  it.each([
    ['96.8', '100', 96.8], ['96.8%', '100', 96.8], ['执行率95.5%（执行477.5万元）', '100', 95.5], ['已完成（95%）', '100', 95],
    ['0.955', '100', 95.5], ['0.955', '≥90%', 95.5], ['0.955', '', 0.955], ['百分之九十五', '100', 95], ['9\n7%', '100', 97],
    ['基本完成', '100', NaN], ['约95%', '100', NaN], ['未完成（80%）', '100', NaN],
  ] as const)('%s against %s', (actual, target, want) => {
    const rate = budgetRowRate(actual, '预算执行率', target);
    if (Number.isNaN(want)) expect(rate).toBeNaN();
    else expect(rate).toBeCloseTo(want, 9);
  });
});

describe('a row with no comparator stored: the scores the sheet gets by the sign in its value decide (scoring held-out set 5)', () => {
  const row = (target: string, actual: string, score: number, reason: string | null = null): Partial<Indicator> =>
    ({ level1: '产出指标', level2: '质量指标', name: '设备故障率', comparator: null, target, unit: '%', weight: 10, actual, score, reason });
  const found = (target: string, actual: string, score: number, reason: string | null = null) =>
    tags(reviewForm(form('project_self_evaluation', [row(target, actual, score, reason)], { total_score: score }), 0, {})).filter((t) => t.startsWith('self_evaluation@0'));
  it.each([
    ['≤5 met, full marks', '≤5', '4', 10, null, []],
    ['≤5 missed (6), yet full marks', '≤5', '6', 10, null, ['self_evaluation@0']],
    ['≤5 missed, scored as the rules give, reason given', '≤5', '6', 8, '设备老化', []],
    ['不超过5 missed, yet full marks', '不超过5', '6', 10, null, ['self_evaluation@0']],
    ['a bare number is =, met', '5', '5', 10, null, []],
  ] as const)('%s', (_, target, actual, score, reason, want) => expect(found(target, actual, score, reason)).toEqual(want));
});

describe('department score sheet: the budget line as a row, a 加分项, a total printed with one decimal (held-out set 48F)', () => {
  const BASE: Array<Partial<Indicator>> = [
    { level1: '履职效能', level2: '重点工作', name: '重点工作完成率', weight: 45, score: 44.5, reason: '1项工作延至次年' },
    { level1: '社会效应', level2: '服务对象满意度', name: '服务对象满意度', weight: 45, score: 45 },
  ];
  const budget = (actual: string | null, score: number, reason: string | null = null, method: string | null = null): Partial<Indicator> =>
    ({ level1: '管理效率', level2: '预算执行', name: '预算执行率', weight: 10, actual, score, reason, method });
  const found = (rows: Array<Partial<Indicator>>, total: number) =>
    tags(reviewForm(form('department_self_evaluation', rows, { total_score: total }), 0, {})).filter((t) => t.startsWith('weights') || t.startsWith('self_evaluation'));
  it.each([
    ['98.03% scored 9.8, no reason owed above 90%', [...BASE, budget('98.03%', 9.8)], 99.3, []],
    ['99.99% scored 10', [...BASE, budget('99.99%', 10)], 99.5, []],
    ['86.4% scored 10: the score', [...BASE, budget('86.4%', 10)], 99.5, ['self_evaluation@2']],
    ['86.4% scored 8.64 without a reason', [...BASE, budget('86.4%', 8.64)], 98.14, ['self_evaluation@2']],
    ['86.4% scored 8.64 with a reason', [...BASE, budget('86.4%', 8.64, '项目结转')], 98.14, []],
    ['95.2% scored 5 by its own stricter standard', [...BASE, budget('95.2%', 5, '执行率未达100%', '每低1个百分点扣1分')], 94.5, []],
    ['no rate printed: the row keeps its score', [...BASE, budget(null, 10)], 99.5, []],
    ['a 加分项 of 2 is no part of the 100', [...BASE, budget('99.99%', 10), { level1: '加分项', level2: null, name: '获上级表彰', weight: 2, score: 1 }], 100.5, []],
    ['a 加分项 above its 分值', [...BASE, budget('99.99%', 10), { level1: '加分项', level2: null, name: '获上级表彰', weight: 2, score: 3 }], 102.5, ['self_evaluation@3']],
    ['total 99.3 printed for 99.33', [{ ...BASE[0]!, score: 44.33 }, BASE[1]!, budget('100%', 10)], 99.3, []],
    ['total 99.4 printed for 99.33', [{ ...BASE[0]!, score: 44.33 }, BASE[1]!, budget('100%', 10)], 99.4, ['self_evaluation@-']],
    ['total 99 printed for 99.33 (whole points are not one decimal)', [{ ...BASE[0]!, score: 44.33 }, BASE[1]!, budget('100%', 10)], 99, ['self_evaluation@-']],
  ] as const)('%s', (_, rows, total, want) => expect(found([...rows], total)).toEqual(want));
});
