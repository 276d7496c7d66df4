import { B, e, F, type FormCase, NUM, O, patch, Q, QUA, S, SAT, SOC, TIM } from './form-case-types';
import { budget, sheet } from './set-23-evaluation-forms-a';

/**
 * Held-out set 33F (session 14), 项目支出绩效自评表 at year end: 重大动物疫病强制免疫 (区农业农村委), budget block, 6 rows on 90,
 * 全年实际完成情况, 评价结论. Written before reading any code under review/ or scoring/; readings in set-33-cases.ts.
 */

/** 190 of 200 adjusted (95%, 9.5), total 99.5. */
const VAC = [
  e(O, NUM, '强制免疫畜禽', '>=', '12', '万头', 20, '12.6', 20),
  e(O, QUA, '重大动物疫病免疫密度', '>=', '90', '%', 15, '96', 15),
  e(O, QUA, '免疫抗体合格率', '>=', '70', '%', 15, '82', 15),
  e(O, TIM, '春秋两季集中免疫完成时间', Q, '2025年11月底前', null, 10, '2025年11月15日', 10),
  e(B, SOC, '病死畜禽无害化处理率', '=', '100', '%', 10, '100', 10),
  e(S, SAT, '养殖场户满意度', '>=', '90', '%', 20, '94', 20),
];
const VAC_GOAL = '完成强制免疫畜禽12万头，重大动物疫病免疫密度达到90%以上，免疫抗体合格率不低于70%，病死畜禽无害化处理率100%。';
const VAC_OUTCOME = '全年强制免疫畜禽12.6万头，免疫密度96%，抗体合格率82%，病死畜禽无害化处理率100%。';
const vac = (indicators = VAC, fields: Record<string, unknown> = {}) => sheet({
  org: '区农业农村委', project_name: '重大动物疫病强制免疫', goal: VAC_GOAL, goal_outcome: VAC_OUTCOME,
  budget: budget(200, 200, 190, 95, 9.5), total_score: 99.5, indicators,
  problems: '部分散养户免疫意愿不强。', improvements: '推行先打后补，加强村级防疫员队伍建设。' }, fields);
/** 10.8 of 12 万头: 20 × 10.8/12 = 18; total 97.5. */
const VAC_SHORT = { actual: '10.8', score: 18 };
const VAC_SHORT_OUTCOME = VAC_OUTCOME.replace('12.6万头', '10.8万头');

export const SET33_EVALUATION_CASES: FormCase[] = [
  { id: 'S33-E01', sector: '动物强制免疫自评（无缺陷）', form: vac(), expect: [], scoring: { total: 99.5, grade: '优' } },
  {
    id: 'S33-E02', sector: '动物强制免疫自评（免疫10.8万头扣分无偏差原因）', expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 97.5, grade: '优' },
    form: vac(patch(VAC, { 0: VAC_SHORT }), { total_score: 97.5, goal_outcome: VAC_SHORT_OUTCOME }),
  },
  {
    id: 'S33-E03', sector: '动物强制免疫自评（免疫10.8万头扣分有原因）', expect: [], scoring: { total: 97.5, grade: '优' },
    form: vac(patch(VAC, { 0: { ...VAC_SHORT, reason: '生猪存栏量下降，应免畜禽数量减少' } }), { total_score: 97.5, goal_outcome: VAC_SHORT_OUTCOME }),
  },
  {
    id: 'S33-E04', sector: '动物强制免疫自评（10.8万头仍得满分20）', scoring: { total: 97.5, grade: '优' },
    expect: [F('self_evaluation', 0, 'score'), F('self_evaluation', 0, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    form: vac(patch(VAC, { 0: { actual: '10.8' } }), { goal_outcome: VAC_SHORT_OUTCOME }),
  },
  { id: 'S33-E05', sector: '动物强制免疫自评（总分写成98）', form: vac(VAC, { total_score: 98 }), expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.5, grade: '优' } },
  {
    id: 'S33-E06', sector: '动物强制免疫自评（执行率写90%而190/200为95%）', expect: [F('budget_arithmetic', null, null), F('self_evaluation', null, null, true)], scoring: { total: 99.5, grade: '优' },
    form: vac(VAC, { budget: budget(200, 200, 190, 90, 9.5) }),
  },
  // Relabelled after measuring: written as goal_vs_indicators; the outcome states 12.6万头 rounded to the digits it writes (13万),
  // which earlier sets read as agreeing (3.9万 for 3.92万, check-outcome), so it is quiet.
  {
    id: 'S33-E07', sector: '动物强制免疫自评（完成情况把12.6万头写成约数13万头，安静）', expect: [], scoring: { total: 99.5, grade: '优' },
    form: vac(VAC, { goal_outcome: VAC_OUTCOME.replace('12.6万头', '13万头') }),
  },
  {
    id: 'S33-E08', sector: '动物强制免疫自评（抗体合格率63%扣分有原因）', expect: [], scoring: { total: 98, grade: '优' },
    form: vac(patch(VAC, { 2: { actual: '63', score: 13.5, reason: '部分批次疫苗冷链运输温度异常，免疫效果不佳' } }),
      { total_score: 98, goal_outcome: VAC_OUTCOME.replace('抗体合格率82%', '抗体合格率63%') }),
  },
  {
    id: 'S33-E09', sector: '动物强制免疫自评（满意度得22分超分值20）', form: vac(patch(VAC, { 5: { score: 22 } }), { total_score: 101.5 }),
    expect: [F('self_evaluation', 5, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 99.5, grade: '优' },
  },
  {
    id: 'S33-E10', sector: '动物强制免疫自评（偏差原因写养殖户姓名手机）', expect: [F('private_data', 0, 'reason')], scoring: { total: 97.5, grade: '优' },
    form: vac(patch(VAC, { 0: { ...VAC_SHORT, reason: '养殖户王德发（13812345678）等拒绝免疫，应免数量减少' } }), { total_score: 97.5, goal_outcome: VAC_SHORT_OUTCOME }),
  },
];
