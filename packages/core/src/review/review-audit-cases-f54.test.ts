import { describe, expect, it } from 'vitest';
import type { Form, Indicator } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import { B, C, dt, ECO, NUM, O, pt, QUA, r, S, SAT, SOC, TIM } from './held-out-forms/form-case-types';
import { reviewForm } from './review-forms';

/**
 * Held-out whole forms set 54F (session 24): the causes fixed after measuring, with guards, in areas the set does not hold
 * (区体育中心游泳馆改造, a 2025 project target on 90; a 区卫生健康委 department target on 100).
 */
const policy = makePolicy({});
const codes = (form: Form) => reviewForm(form, 0, { policy, publishing: true }).map((f) => `${f.code}@${f.row ?? '-'}:${f.field ?? ''}`);

const POOL = [
  r(O, NUM, '改造游泳馆池体及附属用房', '>=', '3200', '平方米', 20), r(O, QUA, '改造工程验收合格率', '=', '100', '%', 15),
  r(O, TIM, '改造工程按期完工率', '=', '100', '%', 10), r(C, ECO, '单平方米改造成本', '<=', '1500', '元/平方米', 10),
  r(B, SOC, '年接待健身群众', '>=', '12', '万人次', 20), r(S, SAT, '健身群众满意度', '>=', '90', '%', 15),
];
const GOAL = '2025年完成游泳馆池体及附属用房改造3200平方米，工程验收合格率100%，年接待健身群众12万人次以上，健身群众满意度90%以上。';
const pool = (fields: Record<string, unknown> = {}, indicators: Indicator[] = POOL) => pt({
  org: '区体育中心', department: '区文化和旅游发展委员会', project_name: '区体育中心游泳馆改造', budget_total_wan: 480, budget_fiscal_wan: 480,
  budget_other_wan: 0, goal: GOAL, indicators, ...fields,
});
const withCost = (name: string, target: string, unit: string, level1 = C, level2 = ECO) =>
  POOL.map((row, i) => (i === 3 ? { ...row, level1, level2, name, target, unit } : row));

describe('whole forms set 54F: a 成本指标 above the year\'s money', () => {
  it('a whole cost in 万元 or 元 above the 预算数 is reported on the row', () => {
    expect(codes(pool({}, withCost('项目总成本', '520', '万元')))).toEqual(['budget_arithmetic@3:target']);
    expect(codes(pool({}, withCost('年度改造费用', '5200000', '元')))).toEqual(['budget_arithmetic@3:target']);
  });
  it('a department\'s whole cost above its 部门预算总额 is reported too', () => {
    const rows = [
      r('履职效能', '重点工作', '家庭医生签约服务覆盖率', '>=', '45', '%', 40), r('成本', '经济成本', '部门运行成本', '<=', '9000', '万元', 20),
      r('社会效应', '社会效益', '居民健康素养水平', '>=', '30', '%', 20), r('社会效应', '满意度', '群众满意度', '>=', '90', '%', 20),
    ];
    const form = (budget_total_wan: number) => dt({ org: '区卫生健康委员会', budget_total_wan, goal: '提升基层医疗卫生服务能力。', indicators: rows });
    expect(codes(form(8600))).toContain('budget_arithmetic@1:target');
    expect(codes(form(9200))).not.toContain('budget_arithmetic@1:target');
  });
  it('guard: per-unit costs, totals over the 实施期, the budget itself, a 效益 row and money carried over stay quiet', () => {
    expect(codes(pool())).toEqual([]);
    expect(codes(pool({}, withCost('人均健身服务成本', '600', '元')))).toEqual([]);
    expect(codes(pool({}, withCost('项目总投资', '1200', '万元')))).toEqual([]);
    expect(codes(pool({}, withCost('项目总成本', '480', '万元')))).toEqual([]);
    expect(codes(pool({}, withCost('带动社会资本投入', '600', '万元', B, SOC).map((row, i) => (i === 3 ? { ...row, comparator: '>=' as const } : row))))).toEqual([]);
    expect(codes(pool({ goal: `统筹上年结转资金60万元。${GOAL}` }, withCost('项目总成本', '520', '万元')))).toEqual([]);
  });
});

describe('whole forms set 54F: an indicator named for another year', () => {
  const named = (name: string) => POOL.map((row, i) => (i === 4 ? { ...row, name } : row));
  it('a row of an earlier year on a target form is reported on its name', () => {
    expect(codes(pool({}, named('2024年度接待健身群众')))).toEqual(['goal_vs_indicators@4:name']);
    expect(codes(pool({}, named('2023年接待健身群众')))).toEqual(['goal_vs_indicators@4:name']);
  });
  it('guard: an earlier year\'s money or batch settled this year (兑现, 清算, 第二批, 续建, 欠付) is this year\'s work', () => {
    for (const name of ['兑现2024年度游泳培训奖补资金', '清算2024年健身补助资金', '2024年第二批中央预算内投资项目完工率', '2024年续建场馆完工率', '2024年欠付工程款偿还率']) {
      // The rows keep the pool's 万人次, so a money name may draw unit_vs_name; the year is what is asked here.
      expect(codes(pool({}, named(name))).filter((c) => c.startsWith('goal_vs_indicators')), name).toEqual([]);
    }
  });
  it('limit: a later year is not read (next year\'s work planned in this year\'s form reads the same)', () => {
    expect(codes(pool({}, named('2027年接待健身群众')))).toEqual([]);
  });
  it('guard: a base year, a date, a period, and the form\'s own year are no other year\'s row', () => {
    for (const name of ['较2024年接待健身群众增长人次', '2025年度接待健身群众', '2026年6月前接待健身群众', '2023—2025年累计接待健身群众', '2024年底以来接待健身群众']) {
      expect(codes(pool({}, named(name))), name).toEqual([]);
    }
  });
});

describe('whole forms set 54F: goal clauses that state no target of the year', () => {
  it('an earlier year named without its number (上年度, 去年, 以前年度) is context; a change against it is not', () => {
    expect(codes(pool({ goal: `${GOAL}同时完成上年度已开工的2处淋浴间改造收尾。` }))).toEqual([]);
    expect(codes(pool({ goal: `${GOAL}去年改造的5个训练池继续开放。` }))).toEqual([]);
    expect(codes(pool({ goal: `${GOAL}较上年新增游泳公益培训5期。` }))).toEqual(['goal_vs_indicators@-:goal']);
    expect(codes(pool({ goal: `${GOAL}开展线上年度游泳安全课程6期。` }))).toEqual(['goal_vs_indicators@-:goal']);
  });
  it('the rest of an allocation list (其余3个镇) names places, not a count delivered; a count of places alone stays a promise', () => {
    const towns = GOAL.replace('年接待', '配套建设滨河健身步道12公里（其中龙水镇5公里、其余3个镇7公里），年接待');
    expect(codes(pool({ goal: towns }, [...POOL.slice(0, 5), r(O, NUM, '配套建设滨河健身步道', '>=', '12', '公里', 5), { ...POOL[5]!, weight: 10 }]))).toEqual([]);
    expect(codes(pool({ goal: GOAL.replace('年接待', '游泳公益培训覆盖3个镇，年接待') }))).toEqual(['goal_vs_indicators@-:goal']);
  });
});
