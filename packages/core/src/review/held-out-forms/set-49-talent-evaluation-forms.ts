import { B, C, e, ECO, F, type FormCase, NUM, O, patch, Q, QUA, S, SAT, SOC, SUS, TIM } from './form-case-types';
import { budget, sheet } from './set-23-evaluation-forms-a';

/**
 * Held-out set 49F (session 22), 项目支出绩效自评表 for 2025 filed in 2026: 人才公寓筹集运营补助 of 区人才发展服务中心, a
 * continuing project in its 2nd year (实施期2024—2026年) on 区级财政拨款, 市级人才专项补助 and 其他资金 (租金收入); 全年预算 1020 =
 * 年初 860 + 上年结转 160; a budget block (total row) and 8 rows on 90 (2021 tree). Written before reading any code under
 * review/ or scoring/; readings and measurements in set-49-cases.ts.
 */

/** 999.6 of 1020 adjusted (98%, 9.8), every row met: 99.8. */
const TALENT = [
  e(O, NUM, '新增筹集人才公寓套数', '>=', '400', '套', 15, '412', 15),
  e(O, NUM, '保障入住人才人数', '>=', '1000', '人', 10, '1086', 10),
  e(O, QUA, '人才公寓出租率', '>=', '90', '%', 10, '93.4', 10),
  e(O, TIM, '租金补贴按季发放及时率', '=', '100', '%', 10, '100', 10),
  e(C, ECO, '每套年运营补助标准', '<=', '1.2', '万元', 10, '1.15', 10),
  e(B, SOC, '入住人才在区留用率', '>=', '85', '%', 10, '88.2', 10),
  e(B, SUS, '人才公寓运营管理制度', Q, '健全', null, 10, '达成', 10),
  e(S, SAT, '入住人才满意度', '>=', '90', '%', 15, '92.8', 15),
];
const ROW = { homes: 0, occupancy: 2, timely: 3, retain: 5, sat: 7 } as const;
const GOAL = '2025年新增筹集人才公寓400套，保障1000名以上人才入住，出租率保持在90%以上，租金补贴按季足额发放，'
  + '每套年运营补助不超过1.2万元，入住人才在区留用率85%以上，健全人才公寓运营管理制度。';
const talent = (indicators = TALENT, fields: Record<string, unknown> = {}) => sheet({
  org: '区人才发展服务中心', project_name: '人才公寓筹集运营补助', goal: GOAL,
  goal_outcome: '全年新增筹集人才公寓412套，保障1086名人才入住，租金补贴按季发放到位。',
  budget: budget(860, 1020, 999.6, 98, 9.8), total_score: 99.8, indicators,
  problems: '部分公寓距产业园区较远，通勤不便。', improvements: '优先在产业园区周边筹集房源，开通通勤班车。' }, fields);
const SCORE_OPT = [F('self_evaluation', null, 'total_score', true), F('self_evaluation', null, 'conclusion', true)];
const RETAIN_REASON = '部分引进人才合同期满后流向主城区';
const LATE_REASON = '第三季度补贴因人才信息核验系统切换延迟发放';

export const SET49_TALENT_CASES: FormCase[] = [
  { id: 'S49-T01', sector: '人才公寓（干净）', form: talent(), expect: [], scoring: { total: 99.8, grade: '优' } },
  {
    id: 'S49-T02', sector: '人才公寓（目标写续建：三年累计1200套、2024年已筹集380套）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: talent(TALENT, { goal: `本项目为2024年启动的续建项目，实施期2024—2026年，计划三年累计筹集人才公寓1200套，2024年已筹集380套。${GOAL}` }),
  },
  {
    id: 'S49-T03', sector: '人才公寓（目标含举办人才交流活动24场，无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.8, grade: '优' },
    form: talent(TALENT, { goal: `${GOAL}举办人才交流活动24场。` }),
  },
  {
    id: 'S49-T04', sector: '人才公寓（留用率83.6%应得9.84，手写一位小数9.8有原因）', expect: [], scoring: { total: 99.64, grade: '优' },
    form: talent(patch(TALENT, { [ROW.retain]: { actual: '83.6', score: 9.8, reason: RETAIN_REASON } }), { total_score: 99.6 }),
  },
  {
    id: 'S49-T05', sector: '人才公寓（出租率达标满分仍写偏差说明）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: talent(patch(TALENT, { [ROW.occupancy]: { reason: '年底毕业季集中退租，出租率较上半年有所回落' } })),
  },
  {
    id: 'S49-T06', sector: '人才公寓（留用率83.6%未达85%仍满分无原因）', scoring: { total: 99.64, grade: '优' },
    expect: [F('self_evaluation', ROW.retain, 'score'), F('self_evaluation', ROW.retain, 'reason', true), ...SCORE_OPT],
    form: talent(patch(TALENT, { [ROW.retain]: { actual: '83.6' } })),
  },
  {
    id: 'S49-T07', sector: '人才公寓（满意度得15.5分超过分值15）', scoring: { total: 99.8, grade: '优' },
    expect: [F('self_evaluation', ROW.sat, 'score'), ...SCORE_OPT],
    form: talent(patch(TALENT, { [ROW.sat]: { score: 15.5 } }), { total_score: 100.3 }),
  },
  {
    id: 'S49-T08', sector: '人才公寓（评价结论写99.8分、良）', expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.8, grade: '优' },
    form: talent(TALENT, { conclusion: '经自评，本项目得分99.8分，自评等级为良。' }),
  },
  {
    id: 'S49-T09', sector: '人才公寓（总分写98.8，应为99.8）', expect: [F('self_evaluation', null, 'total_score'), F('self_evaluation', null, 'conclusion', true)],
    scoring: { total: 99.8, grade: '优' }, form: talent(TALENT, { total_score: 98.8 }),
  },
  {
    id: 'S49-T10', sector: '人才公寓（存在问题写入住人才身份证号）', expect: [F('private_data', null, 'problems')], scoring: { total: 99.8, grade: '优' },
    form: talent(TALENT, { problems: '部分公寓距产业园区较远，通勤不便；入住人才张某（身份证号500103199203156616）反映维修响应慢。' }),
  },
  {
    id: 'S49-T11', sector: '人才公寓（出租率同名两行）', expect: [F('names', 3, 'name')], scoring: { total: 99.8, grade: '优' },
    form: talent([...TALENT.slice(0, 2), { ...TALENT[2]!, weight: 5, score: 5 }, { ...TALENT[2]!, weight: 5, score: 5, actual: '92.6' }, ...TALENT.slice(3)]),
  },
  {
    id: 'S49-T12', sector: '人才公寓（无满意度指标，分值并入筹集套数）', expect: [F('coverage', null, null)], scoring: { total: 99.8, grade: '优' },
    form: talent([{ ...TALENT[0]!, weight: 30, score: 30 }, ...TALENT.slice(1, 7)], { goal: GOAL }),
  },
  {
    id: 'S49-T13', sector: '人才公寓（指标分值合计100，另加预算10分）', expect: [F('weights', null, 'weight')], scoring: null,
    form: talent(patch(TALENT, { [ROW.homes]: { weight: 25, score: 25 } }), { total_score: 109.8 }),
  },
  {
    id: 'S49-T14', sector: '人才公寓（发放及时率=100%实为97.5%，按比例9.75分有原因）', expect: [], scoring: { total: 99.55, grade: '优' },
    form: talent(patch(TALENT, { [ROW.timely]: { actual: '97.5', score: 9.75, reason: LATE_REASON } }), { total_score: 99.55 }),
  },
  {
    id: 'S49-T15', sector: '人才公寓（发放及时率97.5%仍满分，写了原因）', scoring: { total: 99.55, grade: '优' },
    expect: [F('self_evaluation', ROW.timely, 'score'), ...SCORE_OPT],
    form: talent(patch(TALENT, { [ROW.timely]: { actual: '97.5', reason: LATE_REASON } })),
  },
  {
    id: 'S49-T16', sector: '人才公寓（改进措施写科室座机、脱敏手机，安静）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: talent(TALENT, { improvements: '由中心住房保障科（联系电话023-65872134）牵头，设维修专线138****2207，优先在产业园区周边筹集房源。' }),
  },
  {
    id: 'S49-T17', sector: '人才公寓（执行率按年初预算算，写100%得10分）', scoring: { total: 99.8, grade: '优' },
    expect: [F('budget_arithmetic', null, 'budget.execution_rate'), F('self_evaluation', null, null, true), ...SCORE_OPT],
    form: talent(TALENT, { budget: budget(860, 1020, 999.6, 100, 10), total_score: 100 }),
  },
  {
    id: 'S49-T18', sector: '人才公寓（执行率89.9%得8.99分有原因）', expect: [], scoring: { total: 98.99, grade: '优' },
    form: talent(TALENT, { budget: budget(860, 1020, 916.98, 89.9, 8.99, '上年结转的装修尾款因质保期未满未支付'), total_score: 98.99 }),
  },
  // Added after reading check-self-evaluation.ts (T19): the T17 slip on a sheet that scores to hundredths elsewhere.
  {
    id: 'S49-T19', sector: '人才公寓（留用率9.84分的表上执行率写100%得10分）', scoring: { total: 99.64, grade: '优' },
    expect: [F('budget_arithmetic', null, 'budget.execution_rate'), F('self_evaluation', null, 'budget.score'), ...SCORE_OPT],
    form: talent(patch(TALENT, { [ROW.retain]: { actual: '83.6', score: 9.84, reason: RETAIN_REASON } }), {
      budget: budget(860, 1020, 999.6, 100, 10), total_score: 99.84,
    }),
  },
];
