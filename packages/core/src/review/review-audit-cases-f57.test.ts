import { describe, expect, it } from 'vitest';
import type { Form } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import { explainsNothing } from '../scoring/band-words';
import { B, dse, e, NUM, O, pse, QUA, S, SAT, SOC } from './held-out-forms/form-case-types';
import { reviewForm } from './review-forms';

/**
 * Held-out whole forms set 57F (session 25): the causes fixed after measuring, with guards, in areas the set does not hold
 * (区水土保持监测站 坡耕地治理 project, 区公证处 score sheet on the project framework).
 */
const policy = makePolicy({});
const codes = (form: Form) => reviewForm(form, 0, { policy, publishing: true }).map((f) => `${f.code}@${f.row ?? '-'}:${f.field ?? ''}`);

const SLOPE = [
  e(O, NUM, '坡耕地综合治理面积', '>=', '800', '亩', 30, '820', 30),
  e(O, QUA, '梯田工程验收合格率', '>=', '95', '%', 20, '97', 20),
  e(B, SOC, '治理区水土流失减少量', '>=', '1200', '吨', 20, '1050', 17.5, '7月持续强降雨冲毁新修地埂，部分措施次年补建'),
  e(S, SAT, '受益农户满意度', '>=', '90', '%', 20, '94', 20),
];
const MET = SLOPE.map((row, i) => (i === 2 ? { ...row, actual: '1260', score: 20, reason: null } : row));
const BUDGET = { initial_wan: 150, adjusted_wan: 150, executed_wan: 138, execution_rate: 92, weight: 10, score: 9.2, reason: '结转下年12万元：地埂补建工程次年验收付款' };
const slope = (fields: Record<string, unknown> = {}) => pse({
  org: '区水土保持监测站', project_name: '坡耕地水土流失综合治理', goal: '全年综合治理坡耕地800亩以上。', budget: BUDGET, total_score: 96.7,
  conclusion: '自评得分96.7分，等级为优。', problems: '部分地块治理后管护责任未落实。', improvements: '与受益村签订管护协议。', indicators: SLOPE, ...fields,
});

describe('whole forms set 57F: texts that say every target was met, or nothing, beside a missed row', () => {
  it('完成情况 or 改进措施 claiming every indicator met, and 改进措施/存在问题 of 「无」, are reported beside a missed row', () => {
    expect(codes(slope({ goal_outcome: '治理坡耕地820亩，各项绩效指标全部完成。' }))).toEqual(['self_evaluation@-:goal_outcome']);
    expect(codes(slope({ improvements: '各项目标均已实现，无需整改。' }))).toEqual(['self_evaluation@-:improvements']);
    expect(codes(slope({ improvements: '无', problems: '/' }))).toEqual(['self_evaluation@-:improvements', 'self_evaluation@-:problems']);
  });
  it('guard: every target met, a hedged claim, a measure given, or a field the layout leaves out, stay quiet', () => {
    const met = { indicators: MET, total_score: 99.2, conclusion: '自评得分99.2分，等级为优。' };
    expect(codes(slope({ ...met, goal_outcome: '各项绩效指标全部完成。', improvements: '无', problems: '无' }))).toEqual([]);
    expect(codes(slope({ goal_outcome: '治理坡耕地820亩，基本完成年度绩效目标。' }))).toEqual([]);
    expect(codes(slope({ improvements: null, problems: null }))).toEqual([]);
  });
});

describe('whole forms set 57F: a 结转/结余 amount the budget block does not leave', () => {
  it('结转 more than 全年预算 − 全年执行 is budget_arithmetic on budget.reason', () => {
    expect(codes(slope({ budget: { ...BUDGET, reason: '地埂补建工程次年验收，结转下年21万元' } }))).toEqual(['budget_arithmetic@-:budget.reason']);
    expect(codes(slope({ budget: { ...BUDGET, reason: '12万元结转下年，另结余收回财政5万元' } }))).toEqual(['budget_arithmetic@-:budget.reason']);
  });
  it('guard: the unspent amount or less, and money brought in from the year before, stay quiet', () => {
    expect(codes(slope({ budget: { ...BUDGET, reason: '结转下年8万元，结余4万元收回财政' } }))).toEqual([]);
    expect(codes(slope({ budget: { ...BUDGET, reason: '结转下年5万元，其余为工程结算审减' } }))).toEqual([]);
    expect(codes(slope({ budget: { ...BUDGET, adjusted_wan: 150, reason: '全年预算含上年结转30万元；结转下年12万元' } }))).toEqual([]);
  });
});

const NOTARY = [
  e(O, NUM, '公证办证数量', '>=', '6000', '件', 30, '6420', 30),
  e(O, QUA, '公证文书差错率', '<=', '0.5', '%', 20, '0.2', 20),
  e(B, SOC, '公证法律援助减免件数', '>=', '150', '件', 20, '166', 20),
  e(S, SAT, '当事人满意度', '>=', '95', '%', 10, '97', 10),
  e('预算执行', '预算执行', '部门预算执行率', '>=', '95', '%', 10, '98.4', 10),
  e('预算执行', '预算执行', '结转结余率', '<=', '5', '%', 10, '1.6', 10),
];
const notary = (rows = NOTARY) => dse({ org: '区公证处', goal: null, total_score: 100, indicators: rows });
const withRates = (spent: string, carried: string) => NOTARY.map((row, i) => (i === 4 ? { ...row, actual: spent } : i === 5 ? { ...row, actual: carried } : row));

describe('whole forms set 57F: a department sheet\'s execution and 结转结余 lines', () => {
  it('a share spent and a share left that exceed the whole are budget_arithmetic on the 结转结余率 row', () => {
    expect(codes(notary(withRates('98.4', '3.9')))).toEqual(['budget_arithmetic@5:actual']);
  });
  it('guard: shares that make 100, fall short of it, or exceed it only by their rounding, stay quiet', () => {
    expect(codes(notary())).toEqual([]);
    expect(codes(notary(withRates('96', '2.5')))).toEqual([]);
    expect(codes(notary(withRates('95.7', '4.7')))).toEqual([]);
  });
});

describe('whole forms set 57F: reasons that give no cause', () => {
  it('a claim of completion, or compliance clauses only, give no cause', () => {
    for (const r of ['已全面完成年度目标', '已完成年度目标任务', '严格按照预算执行，资金使用规范', '按计划实施；经费管理规范']) expect(explainsNothing(r), r).toBe(true);
  });
  it('guard: a cause beside those words, or a longer account, is a reason', () => {
    for (const r of ['严格按照预算执行，设备采购流标', '已完成年度目标，但7月暴雨冲毁地埂', '按规定程序执行，工程结算审减12万元', '目标设定偏高']) {
      expect(explainsNothing(r), r).toBe(false);
    }
  });
});

describe('whole forms set 57F: one finding per text field', () => {
  it('a short 改进措施 that both claims every target met and gives no measure is reported once', () => {
    expect(codes(slope({ improvements: '全面完成年度目标' }))).toEqual(['self_evaluation@-:improvements']);
  });
});
