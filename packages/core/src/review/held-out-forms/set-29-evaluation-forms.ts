import { B, e, ENV, F, type FormCase, NUM, O, patch, Q, QUA, S, SAT, SOC, TIM } from './form-case-types';
import { budget, sheet, verdict } from './set-23-evaluation-forms-a';

/**
 * Held-out set 29 (session 11), 项目支出绩效自评表 at year end: 法律援助 and 生活垃圾分类. Budget block, 6 rows on 90,
 * 全年实际完成情况, 评价结论, 存在问题. Written before reading any code under review/; readings in set-29-cases.ts.
 */

/** 法律援助: 194 of 200 adjusted (97%, 9.7), total 99.7. */
const LAW = [
  e(O, NUM, '办理法律援助案件', '>=', '650', '件', 20, '682', 20),
  e(O, NUM, '开展法律援助进社区活动', '>=', '48', '场', 10, '50', 10),
  e(O, QUA, '法律援助案件质量评查优良率', '>=', '85', '%', 15, '88.6', 15),
  e(O, TIM, '法律援助申请审查时限', '<=', '7', '个工作日', 10, '5', 10),
  e(B, SOC, '为受援群众挽回经济损失', '>=', '2000', '万元', 15, '2350', 15),
  e(S, SAT, '受援人满意度', '>=', '95', '%', 20, '97.1', 20),
];
const LAW_GOAL = '全年办理法律援助案件650件，开展法律援助进社区活动48场，案件质量评查优良率85%以上，申请审查7个工作日内完成，为受援群众挽回经济损失2000万元。';
const LAW_OUTCOME = '全年办理法律援助案件682件，开展进社区活动50场，优良率88.6%，平均5个工作日完成审查，为受援群众挽回经济损失2350万元。';
const law = (indicators = LAW, fields: Record<string, unknown> = {}) => sheet({
  org: '区司法局', project_name: '法律援助服务', goal: LAW_GOAL, goal_outcome: LAW_OUTCOME,
  budget: budget(180, 200, 194, 97, 9.7), total_score: 99.7, indicators,
  problems: '基层法律援助工作站人员力量不足，部分案件办理周期较长。', improvements: '加强律师队伍建设，推行法律援助案件分级办理。' }, fields);
/** 620 of 650 件: 20 × 620/650 = 19.08; total 98.78. */
const LAW_SHORT = { actual: '620', score: 19.08 };
const LAW_SHORT_OUTCOME = LAW_OUTCOME.replace('682件', '620件');
/** 审查 9 个工作日 against ≤7: (1 − 2/7) × 10 = 7.14; total 96.84. */
const LAW_SLOW = { actual: '9', score: 7.14, reason: '下半年援助申请集中增长，审查人员不足' };

/** 生活垃圾分类: 836 of 880 adjusted (95%, 9.5), total 99.5. */
const WASTE = [
  e(O, NUM, '新建垃圾分类投放点', '>=', '300', '个', 15, '312', 15),
  e(O, NUM, '配置分类收运车辆', '=', '12', '辆', 10, '12', 10),
  e(O, QUA, '分类收运规范率', '>=', '95', '%', 15, '96.3', 15),
  e(O, TIM, '投放点建成时间', Q, '2025年10月底前', null, 10, '2025年10月25日', 10),
  e(B, ENV, '生活垃圾回收利用率', '>=', '35', '%', 20, '36.8', 20),
  e(S, SAT, '居民满意度', '>=', '90', '%', 20, '92.5', 20),
];
const WASTE_GOAL = '新建垃圾分类投放点300个，配置分类收运车辆12辆，分类收运规范率95%以上，10月底前建成投放点，生活垃圾回收利用率达到35%。';
const WASTE_OUTCOME = '全年新建投放点312个，配置收运车辆12辆，收运规范率96.3%，投放点10月25日前全部建成，回收利用率36.8%。';
const waste = (indicators = WASTE, fields: Record<string, unknown> = {}) => sheet({
  org: '区城市管理局', project_name: '生活垃圾分类', goal: WASTE_GOAL, goal_outcome: WASTE_OUTCOME,
  budget: budget(900, 880, 836, 95, 9.5), total_score: 99.5, indicators,
  problems: '部分老旧小区居民分类投放习惯尚未养成。', improvements: '加强入户宣传和桶边督导。' }, fields);

export const SET29_EVALUATION_CASES: FormCase[] = [
  // 法律援助
  { id: 'S29-L01', sector: '法律援助自评（无缺陷）', form: law(), expect: [], scoring: { total: 99.7, grade: '优' } },
  {
    id: 'S29-L02', sector: '法律援助自评（620件扣分无偏差原因）', expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 98.78, grade: '优' },
    form: law(patch(LAW, { 0: LAW_SHORT }), { total_score: 98.78, goal_outcome: LAW_SHORT_OUTCOME }),
  },
  {
    id: 'S29-L03', sector: '法律援助自评（620件扣分有原因）', expect: [], scoring: { total: 98.78, grade: '优' },
    form: law(patch(LAW, { 0: { ...LAW_SHORT, reason: '部分案件转由公共法律服务中心调解化解，未进入援助程序' } }), { total_score: 98.78, goal_outcome: LAW_SHORT_OUTCOME }),
  },
  {
    id: 'S29-L04', sector: '法律援助自评（620件仍得满分20）', scoring: { total: 98.78, grade: '优' },
    expect: [F('self_evaluation', 0, 'score'), F('self_evaluation', 0, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    form: law(patch(LAW, { 0: { actual: '620' } }), { goal_outcome: LAW_SHORT_OUTCOME }),
  },
  {
    id: 'S29-L05', sector: '法律援助自评（审查9个工作日扣分有原因）', expect: [], scoring: { total: 96.84, grade: '优' },
    form: law(patch(LAW, { 3: LAW_SLOW }), { total_score: 96.84, goal_outcome: LAW_OUTCOME.replace('平均5个工作日', '平均9个工作日') }),
  },
  { id: 'S29-L06', sector: '法律援助自评（总分写成98）', form: law(LAW, { total_score: 98, conclusion: verdict(98) }), expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.7, grade: '优' } },
  { id: 'S29-L07', sector: '法律援助自评（结论等级写良）', form: law(LAW, { conclusion: '项目自评得分99.7分，自评等级为良。' }), expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.7, grade: '优' } },
  {
    id: 'S29-L08', sector: '法律援助自评（执行率写95%而194/200为97%）', expect: [F('budget_arithmetic', null, null), F('self_evaluation', null, null, true)], scoring: { total: 99.7, grade: '优' },
    form: law(LAW, { budget: budget(180, 200, 194, 95, 9.7) }),
  },
  {
    id: 'S29-L09', sector: '法律援助自评（完成情况写628件而完成值682件）', expect: [F('goal_vs_indicators', null, 'goal_outcome')], scoring: { total: 99.7, grade: '优' },
    form: law(LAW, { goal_outcome: LAW_OUTCOME.replace('682件', '628件') }),
  },
  {
    id: 'S29-L10', sector: '法律援助自评（偏差原因写受援人姓名身份证号）', expect: [F('private_data', 0, 'reason')], scoring: { total: 98.78, grade: '优' },
    form: law(patch(LAW, { 0: { ...LAW_SHORT, reason: '受援人陈光明（身份证号500108198203154436）等30件申请因不符合经济困难标准未受理' } }),
      { total_score: 98.78, goal_outcome: LAW_SHORT_OUTCOME }),
  },
  {
    id: 'S29-L11', sector: '法律援助自评（存在问题写个别受援人和12348，安静）', expect: [], scoring: { total: 99.7, grade: '优' },
    form: law(LAW, { problems: '个别受援人对援助律师更换不理解，已通过12348公共法律服务热线回访解释。' }),
  },
  {
    id: 'S29-L12', sector: '法律援助自评（执行率85%无原因）', expect: [F('self_evaluation', null, null)], scoring: { total: 98.5, grade: '优' },
    form: law(LAW, { budget: budget(180, 200, 170, 85, 8.5), total_score: 98.5 }),
  },
  // 生活垃圾分类
  { id: 'S29-G01', sector: '垃圾分类自评（无缺陷）', form: waste(), expect: [], scoring: { total: 99.5, grade: '优' } },
  {
    id: 'S29-G02', sector: '垃圾分类自评（回收利用率33.6%扣分无原因）', expect: [F('self_evaluation', 4, 'reason')], scoring: { total: 98.7, grade: '优' },
    form: waste(patch(WASTE, { 4: { actual: '33.6', score: 19.2 } }), { total_score: 98.7, goal_outcome: WASTE_OUTCOME.replace('36.8%', '33.6%') }),
  },
  {
    id: 'S29-G03', sector: '垃圾分类自评（11月20日建成仍得满分）', scoring: { total: 96.5, grade: '优' },
    expect: [F('self_evaluation', 3, 'score'), F('self_evaluation', 3, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    form: waste(patch(WASTE, { 3: { actual: '2025年11月20日' } }), { goal_outcome: WASTE_OUTCOME.replace('10月25日前', '11月20日') }),
  },
  {
    id: 'S29-G04', sector: '垃圾分类自评（满意度得22分超分值20）', form: waste(patch(WASTE, { 5: { score: 22 } }), { total_score: 101.5 }),
    expect: [F('self_evaluation', 5, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 99.5, grade: '优' },
  },
  {
    id: 'S29-G05', sector: '垃圾分类自评（执行率按年初预算算成92.9%）', expect: [F('budget_arithmetic', null, null), F('self_evaluation', null, null, true)], scoring: { total: 99.5, grade: '优' },
    form: waste(WASTE, { budget: budget(900, 880, 836, 92.9, 9.5) }),
  },
  {
    id: 'S29-G06', sector: '垃圾分类自评（存在问题写居民姓名门牌）', expect: [F('private_data', null, 'problems')], scoring: { total: 99.5, grade: '优' },
    form: waste(WASTE, { problems: '居民张桂芳（南坪街道后堡社区8栋2单元501）多次投诉投放点异味，投放点选址需优化。' }),
  },
  {
    id: 'S29-G07', sector: '垃圾分类自评（存在问题写个别居民和12319，安静）', expect: [], scoring: { total: 99.5, grade: '优' },
    form: waste(WASTE, { problems: '个别居民投诉投放点异味，已通过12319城建服务热线回复并调整清运频次。' }),
  },
  {
    id: 'S29-G08', sector: '垃圾分类自评（完成情况写321个而完成值312个）', expect: [F('goal_vs_indicators', null, 'goal_outcome')], scoring: { total: 99.5, grade: '优' },
    form: waste(WASTE, { goal_outcome: WASTE_OUTCOME.replace('312个', '321个') }),
  },
  { id: 'S29-G09', sector: '垃圾分类自评（总分写成99）', form: waste(WASTE, { total_score: 99, conclusion: verdict(99) }), expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.5, grade: '优' } },
  { id: 'S29-G10', sector: '垃圾分类自评（结论写等级良）', form: waste(WASTE, { conclusion: '项目自评得分99.5分，自评等级为良。' }), expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.5, grade: '优' } },
];
