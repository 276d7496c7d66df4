import { describe, expect, it } from 'vitest';
import type { Form } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import { B, dse, e, LZ, NUM, O, pse, QUA, S, SAT, SOC, SX, TIM, s } from './held-out-forms/form-case-types';
import { reviewForm } from './review-forms';

/**
 * Held-out whole forms set 51F (session 23): the form-level causes fixed after measuring, with guards, in wording and areas the
 * set does not hold (a 区图书馆 整体自评, a 安全生产 project sheet).
 */
const codesAt = (form: Form, field: string) =>
  reviewForm(form, 0, { policy: makePolicy({}), publishing: true }).filter((f) => f.field === field).map((f) => `${f.code}@${f.row ?? '-'}`);

// A department sheet on the 履职效能/管理效率/社会效应 tree whose 二级 are no 一级 words (no 满意度 二级 among them).
const LIBRARY = [
  e(LZ, NUM, '馆藏图书新增', '>=', '3', '万册', 30, '3.2', 30),
  e(LZ, QUA, '图书外借', '>=', '45', '万册次', 30, '47', 30),
  e('管理效率', '预算执行', '部门预算执行率', '>=', '95', '%', 10, '97%', 10),
  e(SX, SOC, '读者到馆', '>=', '60', '万人次', 30, '63', 30),
];
const library = (goal: string, indicators = LIBRARY) => dse({ org: '区图书馆', goal, total_score: 100, indicators });

const SAFETY = [
  e(O, NUM, '企业安全检查', '>=', '600', '家次', 30, '640', 30),
  e(O, TIM, '隐患整改时限', '<=', '30', '天', 20, '21', 20),
  e(B, SOC, '生产安全事故起数', '<=', '2', '起', 20, '1', 20),
  e(S, SAT, '企业满意度', '>=', '90', '%', 20, '93', 20),
];
const safety = (outcome: string, indicators = SAFETY) => pse({
  org: '区应急管理局', project_name: '安全生产执法检查', goal: '全年检查企业600家次，隐患30天内整改，生产安全事故控制在2起以内。', goal_outcome: outcome,
  budget: { initial_wan: 80, adjusted_wan: 80, executed_wan: 80, execution_rate: 100, weight: 10, score: 10, reason: null },
  total_score: 100, indicators,
});

describe('whole forms set 51F: a department sheet on the 履职效能 tree holds its goal to its rows', () => {
  it('a goal quantity no row carries is reported', () => {
    expect(codesAt(library('全年新增馆藏图书3万册，举办阅读推广活动120场，读者到馆60万人次。'), 'goal')).toEqual(['goal_vs_indicators@-']);
  });
  it('guard: a goal whose quantities the rows carry is quiet', () => {
    expect(codesAt(library('全年新增馆藏图书3万册，图书外借45万册次，读者到馆60万人次。'), 'goal')).toEqual([]);
  });
  it('guard: a tree of scored items (分值 and 得分, no 指标值) carries no goal quantities and is not held to them', () => {
    const items = [s(LZ, '预算管理', '预算编制科学性', 50, 48), s('管理效率', '资产管理', '资产管理规范性', 50, 50)];
    expect(codesAt(library('全年新增馆藏图书3万册，举办阅读推广活动120场。', items), 'goal')).toEqual([]);
  });
});

describe('whole forms set 51F: 全年实际完成情况 saying none of an event beside a row counting it', () => {
  it('未发生 the very event a row counts above 0 is a contradiction', () => {
    expect(codesAt(safety('全年检查企业640家次，全年未发生生产安全事故。'), 'goal_outcome')).toEqual(['goal_vs_indicators@-']);
  });
  it('guard: a narrower event (较大生产安全事故) than the row counts is quiet', () => {
    expect(codesAt(safety('全年检查企业640家次，发生生产安全事故1起，未发生较大生产安全事故。'), 'goal_outcome')).toEqual([]);
  });
  it('guard: the row counting none (0起) agrees', () => {
    const rows = SAFETY.map((r, i) => (i === 2 ? { ...r, actual: '0' } : r));
    expect(codesAt(safety('全年检查企业640家次，全年未发生生产安全事故。', rows), 'goal_outcome')).toEqual([]);
  });
  it('guard: a rate row (事故发生率 in %) is no count of events', () => {
    const rows = SAFETY.map((r, i) => (i === 2 ? e(B, SOC, '生产安全事故发生率', '<=', '1', '%', 20, '0.4', 20) : r));
    expect(codesAt(safety('全年检查企业640家次，全年未发生生产安全事故。', rows), 'goal_outcome')).toEqual([]);
  });
});

describe('whole forms set 51F: a 偏差原因 that names no cause', () => {
  const short = (reason: string) => SAFETY.map((r, i) => (i === 0 ? { ...r, actual: '570', score: 28.5, reason } : r));
  it('其它因素 and 未能完成计划任务 are reported on the reason', () => {
    expect(codesAt(safety('全年检查企业570家次。', short('其它因素')), 'reason')).toEqual(['self_evaluation@0']);
    expect(codesAt(safety('全年检查企业570家次。', short('未能完成计划任务')), 'reason')).toEqual(['self_evaluation@0']);
  });
  it('guard: the same words with the cause named are a reason', () => {
    expect(codesAt(safety('全年检查企业570家次。', short('其他原因：30家企业停产')), 'reason')).toEqual([]);
  });
});
