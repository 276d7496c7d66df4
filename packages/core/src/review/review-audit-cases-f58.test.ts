import { describe, expect, it } from 'vitest';
import type { Indicator } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import { B, C, ECN, ECO, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SUS } from './held-out-forms/form-case-types';
import { reviewForm } from './review-forms';

/**
 * Held-out whole forms set 58F (session 25): the causes fixed after measuring, with guards, in an area the set does not hold
 * (区农业农村委员会 养殖池塘改造提升, 450 all 区级财政: 3000亩 × 1000元/亩 + 15处 × 8万元/处 = 420 ≤ 450).
 */
const policy = makePolicy({});
const codes = (fields: Record<string, unknown> = {}, indicators: Indicator[] = POND) =>
  reviewForm(pond(fields, indicators), 0, { policy, publishing: true }).map((f) => `${f.code}@${f.row ?? '-'}:${f.field ?? ''}`);

const POND = [
  r(O, NUM, '池塘标准化改造面积', '>=', '3000', '亩', 20), r(O, NUM, '尾水处理设施建设', '>=', '15', '处', 10),
  r(O, QUA, '改造工程验收合格率', '=', '100', '%', 10), r(C, ECO, '池塘改造补助标准', '<=', '1000', '元/亩', 10),
  r(C, ECO, '尾水处理设施补助标准', '<=', '8', '万元/处', 10), r(B, ECN, '养殖户亩均增收', '>=', '500', '元', 10),
  r(B, SUS, '尾水处理设施运行', Q, '稳定达标', null, 10), r(S, SAT, '养殖户满意度', '>=', '90', '%', 10),
];
const GOAL = '2026年5月开工，完成池塘标准化改造3000亩，建设尾水处理设施15处，池塘改造每亩补助不超过1000元，尾水处理设施每处补助不超过8万元，'
  + '验收合格率100%，养殖户亩均增收500元以上，尾水处理设施稳定达标运行，养殖户满意度90%以上。';
const OVERVIEW = '全区现有养殖池塘1.2万亩，其中老旧池塘约6000亩。项目资金450万元，全部为区级财政资金。';
const pond = (fields: Record<string, unknown>, indicators: Indicator[]) => pt({
  fiscal_year: 2026, org: '区水产技术推广站', department: '区农业农村委员会', project_name: '养殖池塘改造提升', budget_total_wan: 450,
  budget_fiscal_wan: 450, budget_other_wan: 0, overview: OVERVIEW, goal: GOAL, spending_plan: plan(10, 40, 80, 100), indicators, ...fields,
});
const CLEAN: string[] = [];

describe('whole forms set 58F: a unit cost times the count it is paid for, against the money', () => {
  it('a standard times its own count above 预算数 is budget_arithmetic on the cost row (万 units scaled)', () => {
    expect(codes({ goal: null }, patch(POND, { 3: { target: '1600' } }))).toEqual(['budget_arithmetic@3:target']);
    expect(codes({ goal: null }, patch(POND, { 0: { target: '0.3', unit: '万亩' }, 3: { target: '1600' } }))).toEqual(['budget_arithmetic@3:target']);
    expect(codes({ goal: null }, patch(POND, { 4: { target: '32' } }))).toEqual(['budget_arithmetic@4:target']);
  });
  it('guard: within the money, no count named alike, a per-month rate, or money carried over stay quiet', () => {
    expect(codes()).toEqual(CLEAN);
    expect(codes({ goal: null }, patch(POND, { 0: { target: '0.3', unit: '万亩' } }))).toEqual(CLEAN);
    expect(codes({ goal: null }, patch(POND, { 3: { name: '综合补助标准', target: '1600' } }))).toEqual(CLEAN);
    expect(codes({ goal: null }, patch(POND, { 3: { target: '1600', unit: '元/亩·月' } }))).toEqual(CLEAN);
    expect(codes({ goal: null, overview: `${OVERVIEW}另有以前年度结转资金200万元一并使用。` }, patch(POND, { 3: { target: '1600' } }))).toEqual(CLEAN);
  });
});

describe('whole forms set 58F: 成本 rows of whole amounts summing above the money', () => {
  const parts = (works: string, service: string, extra: Indicator[] = []) => [
    ...patch(POND, { 3: { name: '池塘改造工程费', target: works, unit: '万元' }, 4: { name: '技术服务费', target: service, unit: '万元' } }), ...extra,
  ];
  it('parts above 预算数 are budget_arithmetic on the form', () => {
    expect(codes({ goal: null }, parts('400', '80'))).toEqual(['budget_arithmetic@-:indicators']);
  });
  it('guard: parts within the money, a total among them, or a row that is the sum of the others stay quiet', () => {
    expect(codes({ goal: null }, parts('400', '50'))).toEqual(CLEAN);
    const withTotal = [...patch(parts('400', '50'), { 6: { weight: 5 } }), r(C, ECO, '项目总成本', '<=', '450', '万元', 5)];
    expect(codes({ goal: null }, withTotal)).toEqual(CLEAN);
    const withWhole = [...patch(parts('400', '50'), { 6: { weight: 5 } }), r(C, ECO, '池塘改造提升成本', '<=', '450', '万元', 5)];
    expect(codes({ goal: null }, withWhole)).toEqual(CLEAN);
  });
});

describe('whole forms set 58F: the 实施期 total and the start of works', () => {
  it('a 实施期 total below the year\'s money is budget_arithmetic where written', () => {
    expect(codes({ overview: `${OVERVIEW}项目实施期2025—2027年，总投资400万元。` })).toEqual(['budget_arithmetic@-:overview']);
    expect(codes({ goal: `项目建设期两年，总投资0.04亿元。${GOAL}` })).toEqual(['budget_arithmetic@-:goal']);
  });
  it('guard: a total above the year, a phase, or a total with no span of years stay quiet', () => {
    expect(codes({ overview: `${OVERVIEW}项目实施期2025—2027年，总投资1300万元。` })).toEqual(CLEAN);
    expect(codes({ overview: `${OVERVIEW}项目实施期2025—2027年，其中一期工程总投资300万元。` })).toEqual(CLEAN);
    expect(codes({ overview: `${OVERVIEW}项目带动养殖户投资，总投资300万元。` })).toEqual(CLEAN);
  });
  it('most of the money spent before the month works start is spending_plan', () => {
    expect(codes({ spending_plan: plan(60, 90, 100, 100) })).toEqual(['spending_plan@-:spending_plan']);
    expect(codes({ spending_plan: plan(20, 70, 90, 100), goal: GOAL.replace('5月开工', '8月开工') })).toEqual(['spending_plan@-:spending_plan']);
  });
  it('guard: works starting earlier, advance payments, a small share, or no start named stay quiet', () => {
    expect(codes({ spending_plan: plan(60, 90, 100, 100), goal: GOAL.replace('5月开工', '2月开工') })).toEqual(CLEAN);
    expect(codes({ spending_plan: plan(60, 90, 100, 100), overview: `${OVERVIEW}合同签订后支付30%预付款。` })).toEqual(CLEAN);
    expect(codes({ spending_plan: plan(30, 60, 90, 100) })).toEqual(CLEAN);
    expect(codes({ spending_plan: plan(60, 90, 100, 100), goal: GOAL.replace('2026年5月开工，', '') })).toEqual(CLEAN);
    // A start named in another year (next year's works after this year's design) says nothing of this year's plan.
    expect(codes({ spending_plan: plan(60, 90, 100, 100), goal: GOAL.replace('2026年5月开工', '2027年5月开工') })).toEqual(CLEAN);
  });
});

describe('whole forms set 58F: money stated with its parts in the overview', () => {
  it('parts after 安排…其中, after a description (全部为…), or around a bracketed remark that exceed the total are budget_arithmetic', () => {
    expect(codes({ overview: '2026年安排450万元，其中市级补助300万元、区级资金200万元，按工程进度拨付。' })).toEqual(['budget_arithmetic@-:overview']);
    expect(codes({ overview: '项目资金450万元，全部为区级财政资金，其中补助各镇街300万元、区级统筹200万元（用于技术服务）。' })).toEqual(['budget_arithmetic@-:overview']);
  });
  it('guard: parts that make the total, a list left open (不足部分…), or a remark that names more money stay quiet', () => {
    expect(codes({ overview: '2026年安排450万元，其中市级补助300万元、区级资金150万元，按工程进度拨付。' })).toEqual(CLEAN);
    expect(codes({ overview: '项目资金450万元，全部为区级财政资金，其中补助各镇街300万元、区级统筹150万元（用于技术服务）。' })).toEqual(CLEAN);
    expect(codes({ overview: '2026年安排450万元，其中市级补助300万元、区级资金100万元，其余由镇街自行安排。' })).toEqual(CLEAN);
  });
});

describe('whole forms set 58F: the goal\'s standard per unit of work and its money word', () => {
  it('a per-unit standard a row of that unit states otherwise is goal_vs_indicators on the goal', () => {
    expect(codes({ goal: GOAL.replace('每亩补助不超过1000元', '每亩补助不超过1200元') })).toEqual(['goal_vs_indicators@-:goal']);
    expect(codes({ goal: `${GOAL}单处尾水设施建设成本不超过10万元。` })).toEqual(['goal_vs_indicators@-:goal']);
  });
  it('guard: a standard no row states per that unit, a period, and a single person stay quiet', () => {
    expect(codes({ goal: `${GOAL}每个镇街补助不超过20万元。` })).toEqual(CLEAN);
    expect(codes({ goal: `${GOAL}技术服务每年补助不超过30万元。` })).toEqual(CLEAN);
    expect(codes({ goal: `${GOAL}单人培训补助不超过300元。` })).toEqual(CLEAN);
  });
  it('the year\'s money named by the project\'s words and the kind of money is read against 预算数', () => {
    expect(codes({ goal: `2026年安排池塘改造补助资金500万元，${GOAL}` })).toEqual(['budget_arithmetic@-:goal']);
    expect(codes({ goal: `2026年安排池塘改造补助资金450万元，${GOAL}` })).toEqual(CLEAN);
    expect(codes({ goal: `2026年安排技术服务补助资金30万元，${GOAL}` })).toEqual(CLEAN);
  });
});

describe('whole forms set 58F: a span of time is no thing built', () => {
  it('guard: 改造…管护期 and 保修期限 in 年 are not counts', () => {
    expect(codes({}, patch(POND, { 6: { name: '改造池塘管护期', comparator: '>=', target: '3', unit: '年' } }))).toEqual(CLEAN);
    expect(codes({}, patch(POND, { 6: { name: '改造尾水设施保修期限', comparator: '>=', target: '2', unit: '年' } }))).toEqual(CLEAN);
  });
});
