import { B, e, F, type FormCase, NUM, O, patch, Q, QUA, S, SAT, SOC, TIM } from './form-case-types';
import { budget, sheet } from './set-23-evaluation-forms-a';

/**
 * Held-out set 32F (session 14), 项目支出绩效自评表 at year end: 退役军人适应性培训 (区退役军人事务局), budget block, 6 rows on
 * 90, 全年实际完成情况, 评价结论. Written before reading any code under review/ or scoring/; readings in set-32-cases.ts.
 */

/** 142.56 of 144 adjusted (99%, 9.9), total 99.9. */
const VET = [
  e(O, NUM, '适应性培训退役军人', '>=', '600', '人', 20, '640', 20),
  e(O, NUM, '人均培训学时', '>=', '80', '学时', 10, '80', 10),
  e(O, QUA, '培训考核合格率', '>=', '95', '%', 15, '97', 15),
  e(O, TIM, '培训完成时间', Q, '2025年11月底前', null, 10, '2025年11月20日', 10),
  e(B, SOC, '参训退役军人就业率', '>=', '80', '%', 15, '83', 15),
  e(S, SAT, '参训退役军人满意度', '>=', '90', '%', 20, '95', 20),
];
const VET_GOAL = '对600名退役军人开展适应性培训，人均培训80学时，考核合格率不低于95%，参训人员就业率达到80%。';
const VET_OUTCOME = '全年培训退役军人640人，人均培训80学时，考核合格率97%，就业率83%。';
const vet = (indicators = VET, fields: Record<string, unknown> = {}) => sheet({
  org: '区退役军人事务局', project_name: '退役军人适应性培训', goal: VET_GOAL, goal_outcome: VET_OUTCOME,
  budget: budget(150, 144, 142.56, 99, 9.9), total_score: 99.9, indicators,
  problems: '部分退役军人因外出务工未能全程参训。', improvements: '增加线上课程和周末班次。' }, fields);
/** 540 of 600 人: 20 × 540/600 = 18; total 97.9. */
const VET_SHORT = { actual: '540', score: 18 };
const VET_SHORT_OUTCOME = VET_OUTCOME.replace('640人', '540人');

export const SET32_EVALUATION_CASES: FormCase[] = [
  { id: 'S32-E01', sector: '退役军人培训自评（无缺陷）', form: vet(), expect: [], scoring: { total: 99.9, grade: '优' } },
  {
    id: 'S32-E02', sector: '退役军人培训自评（培训540人扣分无偏差原因）', expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 97.9, grade: '优' },
    form: vet(patch(VET, { 0: VET_SHORT }), { total_score: 97.9, goal_outcome: VET_SHORT_OUTCOME }),
  },
  {
    id: 'S32-E03', sector: '退役军人培训自评（培训540人扣分有原因）', expect: [], scoring: { total: 97.9, grade: '优' },
    form: vet(patch(VET, { 0: { ...VET_SHORT, reason: '部分退役军人外出务工，未能按期报到参训' } }), { total_score: 97.9, goal_outcome: VET_SHORT_OUTCOME }),
  },
  {
    id: 'S32-E04', sector: '退役军人培训自评（540人仍得满分20）', scoring: { total: 97.9, grade: '优' },
    expect: [F('self_evaluation', 0, 'score'), F('self_evaluation', 0, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    form: vet(patch(VET, { 0: { actual: '540' } }), { goal_outcome: VET_SHORT_OUTCOME }),
  },
  { id: 'S32-E05', sector: '退役军人培训自评（总分写成98）', form: vet(VET, { total_score: 98 }), expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.9, grade: '优' } },
  { id: 'S32-E06', sector: '退役军人培训自评（结论等级写良）', form: vet(VET, { conclusion: '项目自评得分99.9分，自评等级为良。' }), expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.9, grade: '优' } },
  {
    id: 'S32-E07', sector: '退役军人培训自评（执行率写95%而142.56/144为99%）', expect: [F('budget_arithmetic', null, null), F('self_evaluation', null, null, true)], scoring: { total: 99.9, grade: '优' },
    form: vet(VET, { budget: budget(150, 144, 142.56, 95, 9.9) }),
  },
  {
    id: 'S32-E08', sector: '退役军人培训自评（完成情况写650人而完成值640人）', expect: [F('goal_vs_indicators', null, 'goal_outcome')], scoring: { total: 99.9, grade: '优' },
    form: vet(VET, { goal_outcome: VET_OUTCOME.replace('640人', '650人') }),
  },
  {
    id: 'S32-E09', sector: '退役军人培训自评（就业率76%扣分有原因）', expect: [], scoring: { total: 99.15, grade: '优' },
    form: vet(patch(VET, { 4: { actual: '76', score: 14.25, reason: '受区内制造业用工需求下降影响，部分学员推迟就业' } }),
      { total_score: 99.15, goal_outcome: VET_OUTCOME.replace('就业率83%', '就业率76%') }),
  },
  {
    id: 'S32-E10', sector: '退役军人培训自评（满意度得22分超分值20）', form: vet(patch(VET, { 5: { score: 22 } }), { total_score: 101.9 }),
    expect: [F('self_evaluation', 5, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 99.9, grade: '优' },
  },
  {
    id: 'S32-E11', sector: '退役军人培训自评（偏差原因写学员姓名）', expect: [F('private_data', 0, 'reason')], scoring: { total: 97.9, grade: '优' },
    form: vet(patch(VET, { 0: { ...VET_SHORT, reason: '学员张建国、李卫东等60人外出务工，未能按期报到参训' } }), { total_score: 97.9, goal_outcome: VET_SHORT_OUTCOME }),
  },
];
