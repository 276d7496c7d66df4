import { describe, expect, it } from 'vitest';
import type { Form, Indicator } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import { B, C, ECO, funds, NUM, O, pt, Q, QUA, r, S, SAT, SOC, split } from './held-out-forms/form-case-types';
import { BEN, d, EFF, GOALR, IN, BUDG, OUT, SATL, TASK, unitForms } from './held-out-forms/set-55-tree';
import { reviewForm } from './review-forms';

/**
 * Held-out whole forms set 55F (session 24): the causes fixed after measuring, with guards, in areas the set does not hold
 * (区气象局, a department target on seed 004's tree; 农村公路养护, a 2025 project target with 指标解释).
 */
const policy = makePolicy({});
const codes = (form: Form) => reviewForm(form, 0, { policy, publishing: true }).map((f) => `${f.code}@${f.row ?? '-'}:${f.field ?? ''}`);

const TASKS = [
  { name: '气象灾害监测预警', content: '维护区域自动气象站42个，发布预警信息。', budget_wan: 120 },
  { name: '人工影响天气作业', content: '开展人工增雨防雹作业30次。', budget_wan: 80 },
];
const GOAL = '维护区域自动气象站42个，开展人工增雨防雹作业30次，气象灾害预警信息发布及时率95%以上。';
const W = unitForms({ org: '重庆市某区气象局', budget_total_wan: 760, fund_sources: funds(700, null, 60), structure: split(560, 200), goal: GOAL }, TASKS, [
  d(OUT, TASK, '气象灾害监测预警任务完成率', '>=', '95', '%', TASKS[0]!.content),
  d(OUT, TASK, '人工影响天气作业任务完成率', '>=', '95', '%', TASKS[1]!.content),
  d(OUT, GOALR, '维护区域自动气象站', '>=', '42', '个', '纳入运行维护的区域自动气象站个数。'),
  d(OUT, GOALR, '人工增雨防雹作业', '>=', '30', '次', '全年组织实施人工增雨防雹作业的次数。'),
  d(OUT, GOALR, '预警信息发布及时率', '>=', '95', '%', '及时率=规定时限内发布的预警信息数/发布预警信息总数×100%。'),
  d(EFF, BEN, '气象防灾减灾能力', Q, '持续提升', null, '气象灾害造成的损失是否减少。'),
  d(EFF, SATL, '公众气象服务满意度', '>=', '90', '%', '公众对气象服务的满意程度。'),
]);
const STATION = 13;
const RUNS = 14;

describe('whole forms set 55F: a 指标值说明 stating another whole than the 指标值', () => {
  it('a figure led by a word of the whole or a floor, or followed by 全部, is reported on the row', () => {
    expect(codes(W.form({}, W.described(RUNS, '全年组织实施人工增雨防雹作业不少于40次。')))).toEqual([`goal_vs_indicators@${RUNS}:description`]);
    expect(codes(W.form({}, W.described(STATION, '全区共建成区域自动气象站50个，全部纳入运行维护。')))).toEqual([`goal_vs_indicators@${STATION}:description`]);
    // A project's 指标解释 is read the same way.
    const road = [
      r(O, NUM, '农村公路养护里程', '>=', '320', '公里', 30, { description: '全年养护农村公路总里程360公里。' }), r(O, QUA, '养护路段优良率', '>=', '85', '%', 20),
      r(C, ECO, '每公里养护成本', '<=', '1.2', '万元/公里', 10), r(B, SOC, '农村群众出行条件', Q, '明显改善', null, 20), r(S, SAT, '沿线群众满意度', '>=', '90', '%', 10),
    ];
    expect(codes(pt({ project_name: '农村公路日常养护', budget_total_wan: 384, budget_fiscal_wan: 384, budget_other_wan: 0, goal: '养护农村公路320公里。', indicators: road })))
      .toEqual(['goal_vs_indicators@0:description']);
  });
  it('guard: a figure per part, last year\'s, a quoted standard, a part beside the whole, a % or money row, =0 stay quiet', () => {
    expect(codes(W.form())).toEqual([]);
    for (const text of [
      '每个作业点年均作业3次，全区共10个作业点。', // per part: 3次 a standard, 10个 another measure
      '2025年实施作业26次，2026年按增长约15%确定。', // last year's figure as the base
      '上年实施作业26次。',
      '依据《人工影响天气管理条例》，全年作业不少于20次即达到基本保障要求。', // a document's standard
      '全年作业30次，其中增雨作业22次、防雹作业8次。', // the whole, then its parts
      '全年作业次数，以作业记录为准。',
    ]) expect(codes(W.form({}, W.described(RUNS, text))), text).toEqual([]);
    expect(codes(W.form({}, W.described(15, '按照上级要求，全年预警信息及时率不低于90%。')))).toEqual([]);
    const money = W.changed({ [RUNS]: { name: '人工影响天气作业经费', comparator: '<=', target: '80', unit: '万元', description: '全年作业经费合计不超过95万元。' } });
    expect(codes(W.form({}, money)).filter((c) => c.endsWith(':description'))).toEqual([]);
    const zero = W.changed({ [RUNS]: { name: '作业安全事故', comparator: '=', target: '0', unit: '起', description: '全年发生1起即为未完成。' } });
    expect(codes(W.form({}, zero)).filter((c) => c.endsWith(':description'))).toEqual([]);
  });
});

describe('whole forms set 55F: a congress named by its term is no count', () => {
  it('二十届四中全会, 十八届人大 leave the goal quiet; 连续举办5届 with no row is still read', () => {
    expect(codes(W.form({ goal: `深入学习贯彻党的二十届四中全会精神，落实区十八届人大常委会审议意见。${GOAL}` }))).toEqual([]);
    expect(codes(W.form({ goal: `连续举办5届气象科普进校园活动。${GOAL}` }))).toEqual(['goal_vs_indicators@-:goal']);
  });
});

describe('whole forms set 55F: a cap on 结转结余率 / 预算调整率 no unit misses', () => {
  const with5 = (changes: Partial<Indicator>) => W.changed({ 5: changes });
  it('≤85% on 结转结余率 and ≤60% on 预算调整率 are implausible_target', () => {
    expect(codes(W.form({}, with5({ target: '85' })))).toEqual(['implausible_target@5:target']);
    expect(codes(W.form({}, with5({ name: '预算调整率', target: '60' })))).toEqual(['implausible_target@5:target']);
  });
  it('guard: the template\'s caps (≤15%, ≤30%) and a high cap on another bad share (资产负债率 ≤70%) stay quiet', () => {
    expect(codes(W.form({}, with5({ target: '30' })))).toEqual([]);
    expect(codes(W.form({}, with5({ name: '预算调整率', target: '20' })))).toEqual([]);
    expect(codes(W.form({}, [...W.rows, d(IN, BUDG, '资产负债率', '<=', '70', '%', '资产负债率=负债总额/资产总额×100%。')]))).toEqual([]);
  });
});
