import { B, e, ENV, F, type FormCase, NUM, O, patch, Q, QUA, S, SAT, SOC, TIM } from './form-case-types';
import { budget, sheet, verdict } from './set-23-evaluation-forms-a';

/**
 * Held-out set 26 (issue 3), 项目支出绩效自评表 at year end, part B: 城市园林绿化养护, 职业病防治, 困难职工帮扶, 科普.
 * Written before reading any code under review/; readings and first measurement in set-26-cases.ts.
 */

/** 城市园林绿化养护: 2254 of 2300 (98%, 9.8), total 99.8. */
const PARK = [
  e(O, NUM, '公园绿地养护面积', '>=', '1260', '万平方米', 20, '1268', 20),
  e(O, NUM, '新建口袋公园', '>=', '15', '个', 10, '15', 10),
  e(O, QUA, '新植行道树成活率', '>=', '98', '%', 15, '98.6', 15),
  e(O, TIM, '病虫害发现后处置时限', '<=', '3', '日', 10, '2', 10),
  e(B, ENV, '建成区绿化覆盖率', '>=', '43', '%', 15, '43.2', 15),
  e(S, SAT, '周边市民满意度', '>=', '90', '%', 20, '92.7', 20),
];
const PARK_GOAL = '养护公园绿地1260万平方米，新建口袋公园15个，新植行道树成活率98%以上，病虫害3日内处置，建成区绿化覆盖率达到43%。';
const PARK_OUTCOME = '养护公园绿地1268万平方米，建成口袋公园15个，新植行道树成活率98.6%，建成区绿化覆盖率43.2%。';
const park = (indicators = PARK, fields: Record<string, unknown> = {}) => sheet({
  project_name: '城市园林绿化养护', goal: PARK_GOAL, goal_outcome: PARK_OUTCOME,
  budget: budget(2400, 2300, 2254, 98, 9.8), total_score: 99.8, indicators }, fields);
/** 满意度 88 of 90: 20 × 88/90 = 19.56; total 99.36. */
const PARK_SAT = { actual: '88', score: 19.56 };

/** 职业病防治: 171 of 180 (95%, 9.5), total 99.5. */
const OCC = [
  e(O, NUM, '重点行业用人单位职业健康检查', '>=', '420', '家', 20, '436', 20),
  e(O, NUM, '劳动者职业健康检查', '>=', '3.8', '万人', 10, '3.92', 10),
  e(O, QUA, '职业病诊断报告规范率', '>=', '95', '%', 15, '97', 15),
  e(O, TIM, '职业病诊断出具时限', '<=', '30', '日', 10, '22', 10),
  e(B, SOC, '接触职业病危害劳动者在岗期间职业健康检查率', '>=', '90', '%', 15, '92.4', 15),
  e(S, SAT, '用人单位及劳动者满意度', '>=', '90', '%', 20, '94', 20),
];
const OCC_OUTCOME = '检查用人单位436家、劳动者39200人，诊断报告规范率97%，在岗期间职业健康检查率92.4%。';
const occ = (indicators = OCC, fields: Record<string, unknown> = {}) => sheet({
  project_name: '职业病防治', goal_outcome: OCC_OUTCOME,
  goal: '对420家重点行业用人单位开展职业健康检查，检查劳动者3.8万人，职业病诊断报告规范率95%以上，在岗期间职业健康检查率达到90%。',
  budget: budget(180, 180, 171, 95, 9.5), total_score: 99.5, indicators }, fields);
/** 诊断 35 日 against ≤30: (1 − 5/30) × 10 = 8.33; total 97.83. */
const OCC_LATE = { actual: '35', score: 8.33 };

/** 困难职工帮扶: 495 of 500 (99%, 9.9), total 99.9. */
const UNION = [
  e(O, NUM, '帮扶困难职工家庭', '>=', '860', '户', 20, '872', 20),
  e(O, NUM, '金秋助学资助困难职工子女', '>=', '300', '人', 10, '312', 10),
  e(O, QUA, '帮扶对象建档立卡准确率', '>=', '98', '%', 15, '99', 15),
  e(O, TIM, '送温暖慰问资金发放完成时间', Q, '2025年春节前', null, 10, '2025年1月24日', 10),
  e(B, SOC, '困难职工家庭解困脱困率', '>=', '30', '%', 15, '33.5', 15),
  e(S, SAT, '受助职工满意度', '>=', '95', '%', 20, '97.1', 20),
];
const union = (indicators = UNION, fields: Record<string, unknown> = {}) => sheet({
  project_name: '困难职工帮扶', goal_outcome: '帮扶困难职工家庭872户，资助职工子女312人，解困脱困率33.5%。',
  goal: '对860户困难职工家庭实施常态化帮扶，金秋助学资助困难职工子女300人，建档立卡准确率98%以上，困难职工家庭解困脱困率达到30%。',
  budget: budget(520, 500, 495, 99, 9.9), total_score: 99.9, indicators }, fields);
/** 资助 290 of 300: 10 × 290/300 = 9.67; total 99.57. */
const UNION_SHORT = { actual: '290', score: 9.67 };

/** 科普: 150 of 150 (10), total 100. */
const SCI = [
  e(O, NUM, '举办科普讲座', '>=', '240', '场', 20, '252', 20),
  e(O, NUM, '开展科普培训', '>=', '3200', '人次', 10, '3260', 10),
  e(O, QUA, '科普展品完好率', '>=', '95', '%', 15, '96.2', 15),
  e(O, TIM, '全国科普日活动完成时间', Q, '2025年9月底前', null, 10, '2025年9月20日', 10),
  e(B, SOC, '公民具备科学素质比例', '>=', '15', '%', 15, '15.8', 15),
  e(S, SAT, '参与群众满意度', '>=', '90', '%', 20, '93.2', 20),
];
const sci = (indicators = SCI, fields: Record<string, unknown> = {}) => sheet({
  project_name: '全民科学素质提升', goal_outcome: '举办科普讲座252场，开展科普培训3260人次，展品完好率96.2%，公民具备科学素质比例15.8%。',
  goal: '全年举办科普讲座240场，开展科普培训3200人次，科普展品完好率95%以上，公民具备科学素质比例达到15%。',
  budget: budget(160, 150, 150, 100, 10), total_score: 100, indicators }, fields);
/** 培训 3000 of 3200 人次: 10 × 3000/3200 = 9.38 with a reason; total 99.38. */
const SCI_SHORT = patch(SCI, { 1: { actual: '3000', score: 9.38, reason: '受持续高温天气影响，8月暂停线下培训' } });

export const SET26_B_CASES: FormCase[] = [
  { id: 'S26-D01', sector: '园林绿化（无缺陷）', form: park(), expect: [], scoring: { total: 99.8, grade: '优' } },
  {
    id: 'S26-D02', sector: '园林绿化（完成情况写覆盖率45.2%而完成值43.2%）', expect: [F('goal_vs_indicators', null, 'goal_outcome')],
    form: park(PARK, { goal_outcome: PARK_OUTCOME.replace('43.2%', '45.2%') }), scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S26-D03', sector: '园林绿化（偏差原因写投诉居民姓名手机）', expect: [F('private_data', 5, 'reason')], scoring: { total: 99.36, grade: '优' },
    form: park(patch(PARK, { 5: { ...PARK_SAT, reason: '部分口袋公园夜间广场舞噪声扰民，居民孙桂兰（13896123457）多次投诉' } }), { total_score: 99.36 }),
  },
  {
    id: 'S26-D04', sector: '园林绿化（偏差原因写12345工单，安静）', expect: [], scoring: { total: 99.36, grade: '优' },
    form: park(patch(PARK, { 5: { ...PARK_SAT, reason: '部分口袋公园夜间噪声扰民，收到12345工单23件，已调整开放时段' } }), { total_score: 99.36 }),
  },
  {
    id: 'S26-D05', sector: '园林绿化（养护面积行得22分超分值20）', form: park(patch(PARK, { 0: { score: 22 } }), { total_score: 101.8 }),
    expect: [F('self_evaluation', 0, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S26-D06', sector: '园林绿化（评价结论写96.8分而总分99.8）', form: park(PARK, { conclusion: verdict(96.8) }),
    expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S26-D07', sector: '园林绿化（目标口袋公园18个而指标15个）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.8, grade: '优' },
    form: park(PARK, { goal: PARK_GOAL.replace('15个', '18个') }),
  },
  {
    id: 'S26-D08', sector: '园林绿化（目标含“十四五”末累计100个，安静）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: park(PARK, { goal: `围绕“十四五”末累计建成100个口袋公园的目标，${PARK_GOAL}` }),
  },

  { id: 'S26-E01', sector: '职业病防治（无缺陷，完成情况写39200人）', form: occ(), expect: [], scoring: { total: 99.5, grade: '优' } },
  {
    id: 'S26-E02', sector: '职业病防治（偏差原因写尘肺病患者姓名）', expect: [F('private_data', 3, 'reason')], scoring: { total: 97.83, grade: '优' },
    form: occ(patch(OCC, { 3: { ...OCC_LATE, reason: '尘肺病患者马国强病情复杂，需组织专家会诊，诊断用时35日' } }), { total_score: 97.83 }),
  },
  {
    id: 'S26-E03', sector: '职业病防治（偏差原因写1例疑似病例，安静）', expect: [], scoring: { total: 97.83, grade: '优' },
    form: occ(patch(OCC, { 3: { ...OCC_LATE, reason: '1例疑似尘肺病病例病情复杂，需组织省级专家会诊' } }), { total_score: 97.83 }),
  },
  {
    id: 'S26-E04', sector: '职业病防治（改进措施写矽肺病劳动者住址姓名）', expect: [F('private_data', null, 'improvements')], scoring: { total: 99.5, grade: '优' },
    form: occ(OCC, { improvements: '对已确诊的矽肺病劳动者刘明军（家住新华路37号附2号）建立随访档案，每季度上门随访。' }),
  },
  {
    id: 'S26-E05', sector: '职业病防治（完成情况写劳动者3.6万人而完成值3.92万）', expect: [F('goal_vs_indicators', null, 'goal_outcome')],
    form: occ(OCC, { goal_outcome: OCC_OUTCOME.replace('39200人', '3.6万人') }), scoring: { total: 99.5, grade: '优' },
  },
  {
    id: 'S26-E06', sector: '职业病防治（检查率86.5%未达90%仍给满分）', form: occ(patch(OCC, { 4: { actual: '86.5' } })),
    expect: [F('self_evaluation', 4, 'score'), F('self_evaluation', 4, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 98.92, grade: '优' },
  },
  {
    id: 'S26-E07', sector: '职业病防治（执行率80%无原因）', form: occ(OCC, { budget: budget(180, 180, 144, 80, 8), total_score: 98 }),
    expect: [F('self_evaluation', null, null)], scoring: { total: 98, grade: '优' },
  },
  {
    id: 'S26-E08', sector: '职业病防治（执行率80%有原因）', expect: [], scoring: { total: 98, grade: '优' },
    form: occ(OCC, { budget: budget(180, 180, 144, 80, 8, '2家职业病诊断机构设备采购流标，资金结转下年'), total_score: 98 }),
  },

  { id: 'S26-F01', sector: '困难职工帮扶（无缺陷）', form: union(), expect: [], scoring: { total: 99.9, grade: '优' } },
  {
    id: 'S26-F02', sector: '困难职工帮扶（偏差原因写受助学生及其父亲姓名）', expect: [F('private_data', 1, 'reason')], scoring: { total: 99.57, grade: '优' },
    form: union(patch(UNION, { 1: { ...UNION_SHORT, reason: '受助学生王雨涵（父亲王建军因工伤致残）等10人已由民政部门资助' } }), { total_score: 99.57 }),
  },
  {
    id: 'S26-F03', sector: '困难职工帮扶（偏差原因写10名学生，安静）', expect: [], scoring: { total: 99.57, grade: '优' },
    form: union(patch(UNION, { 1: { ...UNION_SHORT, reason: '10名学生已由民政部门资助，按规定不重复享受' } }), { total_score: 99.57 }),
  },
  {
    id: 'S26-F04', sector: '困难职工帮扶（完成情况含其中412户和金额，安静）', expect: [], scoring: { total: 99.9, grade: '优' },
    form: union(UNION, { goal_outcome: '帮扶困难职工家庭872户（其中因病致困412户），资助职工子女312人，发放慰问金及助学金495万元。' }),
  },
  {
    id: 'S26-F05', sector: '困难职工帮扶（评价结论写部长姓名手机）', expect: [F('private_data', null, 'conclusion')], scoring: { total: 99.9, grade: '优' },
    form: union(UNION, { conclusion: `${verdict(99.9)}帮扶工作由市总工会权益保障部部长何丽萍负责，手机13709483321。` }),
  },
  {
    id: 'S26-F06', sector: '困难职工帮扶（评价结论写部门座机热线，安静）', expect: [], scoring: { total: 99.9, grade: '优' },
    form: union(UNION, { conclusion: `${verdict(99.9)}帮扶工作由市总工会权益保障部负责，咨询电话023-63851234、12351。` }),
  },
  {
    id: 'S26-F07', sector: '困难职工帮扶（两处扣分一处无原因）', expect: [F('self_evaluation', 4, 'reason')], scoring: { total: 98.43, grade: '优' },
    form: union(patch(UNION, { 0: { actual: '840', score: 19.53, reason: '部分家庭已脱困退出帮扶' }, 4: { actual: '28', score: 14 } }), { total_score: 98.43 }),
  },

  { id: 'S26-G01', sector: '科普（无缺陷）', form: sci(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S26-G02', sector: '科普（完成情况写培训3200人次而完成值3000）', expect: [F('goal_vs_indicators', null, 'goal_outcome')],
    form: sci(SCI_SHORT, { total_score: 99.38, goal_outcome: '举办科普讲座252场，全年培训3200人次，展品完好率96.2%。' }), scoring: { total: 99.38, grade: '优' },
  },
  {
    id: 'S26-G03', sector: '科普（完成情况写3000人次并注计划3200，安静）', expect: [], scoring: { total: 99.38, grade: '优' },
    form: sci(SCI_SHORT, { total_score: 99.38, goal_outcome: '举办科普讲座252场，全年培训3000人次（计划3200人次），展品完好率96.2%。' }),
  },
  {
    id: 'S26-G04', sector: '科普（存在问题写志愿者姓名身份证）', expect: [F('private_data', null, 'problems')], scoring: { total: 100, grade: '优' },
    form: sci(SCI, { problems: '志愿者队伍不稳定，骨干志愿者李文博（身份证500112199503087717）因工作调动退出。' }),
  },
  {
    id: 'S26-G05', sector: '科普（存在问题写钟南山院士团队，安静）', expect: [], scoring: { total: 100, grade: '优' },
    form: sci(SCI, { problems: '科普讲座师资不足，全年仅邀请钟南山院士团队专家讲座2场，基层群众需求未能充分满足。' }),
  },
];
