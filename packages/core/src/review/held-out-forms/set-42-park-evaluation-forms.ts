import { B, e, F, type FormCase, NUM, O, patch, Q, QUA, S, SAT, SOC, SUS, TIM } from './form-case-types';
import { budget, sheet } from './set-23-evaluation-forms-a';

/**
 * Held-out set 42F (session 20), 项目支出绩效自评表 for 2025 filed in 2026: 城市公园免费开放运行维护补助 (璧山区城市管理局),
 * a budget block and 7 rows on 90 (2021 tree, no 成本 row). Written before reading any code under review/ or scoring/;
 * readings and measurements in set-42-cases.ts.
 */

/** 950.4 of 960 adjusted (99%, 9.9), every row met: 99.9. */
const PARK = [
  e(O, NUM, '免费开放公园数量', '>=', '12', '个', 15, '12', 15),
  e(O, NUM, '公园绿地养护面积', '>=', '186', '万平方米', 15, '190.5', 15),
  e(O, QUA, '园林设施完好率', '>=', '95', '%', 10, '97.1', 10),
  e(O, TIM, '设施故障修复时限', '<=', '48', '小时', 10, '36', 10),
  e(B, SOC, '年接待游客', '>=', '850', '万人次', 10, '912', 10),
  e(B, SUS, '公园长效管养机制', Q, '健全完善', null, 10, '达成', 10),
  e(S, SAT, '游客满意度', '>=', '90', '%', 20, '94.2', 20),
];
const GOAL = '保障全区12个城市公园全年免费开放，养护公园绿地186万平方米，园林设施完好率保持在95%以上，设施故障48小时内修复，'
  + '全年接待游客850万人次以上，健全公园长效管养机制。';
const park = (indicators = PARK, fields: Record<string, unknown> = {}) => sheet({
  org: '璧山区城市管理局', project_name: '城市公园免费开放运行维护补助', goal: GOAL,
  goal_outcome: '12个公园全年免费开放，累计接待游客912万人次，公园环境和服务水平稳步提升。',
  budget: budget(980, 960, 950.4, 99, 9.9), total_score: 99.9, indicators,
  problems: '节假日客流集中，部分公园停车和保洁压力较大。', improvements: '推行节假日预约限流，增加高峰时段保洁频次。' }, fields);
const SCORE_OPT = [F('self_evaluation', null, 'total_score', true), F('self_evaluation', null, 'conclusion', true)];
const MECH_REASON = '管养经费与绩效考核挂钩机制尚未覆盖全部社区公园';
const LATE = { actual: '60', score: 7.5, reason: '大型游乐设施配件需厂家定制，维修周期延长' };

export const SET42_PARK_CASES: FormCase[] = [
  { id: 'S42-P01', sector: '公园免费开放（干净）', form: park(), expect: [], scoring: { total: 99.9, grade: '优' } },
  {
    id: 'S42-P02', sector: '公园免费开放（管养机制部分达成得7分有原因）', expect: [], scoring: { total: 96.9, grade: '优' },
    form: park(patch(PARK, { 5: { actual: '部分达成', score: 7, reason: MECH_REASON } }), { total_score: 96.9 }),
  },
  {
    id: 'S42-P03', sector: '公园免费开放（管养机制部分达成却得9分）', expect: [F('self_evaluation', 5, 'score'), ...SCORE_OPT], scoring: null,
    form: park(patch(PARK, { 5: { actual: '部分达成', score: 9, reason: MECH_REASON } }), { total_score: 98.9 }),
  },
  {
    // As first written the sheet printed 99.4 for 99.9 − 1.5: the check's total_score finding was right, my sum wrong.
    id: 'S42-P04', sector: '公园免费开放（管养机制达成得8.5分有说明）', expect: [], scoring: { total: 98.4, grade: '优' },
    form: park(patch(PARK, { 5: { score: 8.5, reason: '个别社区公园管养责任人调整，交接期管理有空档' } }), { total_score: 98.4 }),
  },
  {
    id: 'S42-P05', sector: '公园免费开放（管养机制未达成得3分有原因）', expect: [], scoring: { total: 92.9, grade: '优' },
    form: park(patch(PARK, { 5: { actual: '未达成', score: 3, reason: MECH_REASON } }), { total_score: 92.9 }),
  },
  {
    id: 'S42-P06', sector: '公园免费开放（修复60小时，反向按比例7.5分有原因）', expect: [], scoring: { total: 97.4, grade: '优' },
    form: park(patch(PARK, { 3: LATE }), { total_score: 97.4 }),
  },
  {
    id: 'S42-P07', sector: '公园免费开放（修复60小时超48仍满分）', scoring: { total: 97.4, grade: '优' },
    expect: [F('self_evaluation', 3, 'score'), F('self_evaluation', 3, 'reason', true), ...SCORE_OPT],
    form: park(patch(PARK, { 3: { actual: '60' } })),
  },
  {
    id: 'S42-P08', sector: '公园免费开放（总分写100，预算得分9.9）', expect: [F('self_evaluation', null, 'total_score'), F('self_evaluation', null, 'conclusion', true)],
    scoring: { total: 99.9, grade: '优' }, form: park(PARK, { total_score: 100 }),
  },
  {
    id: 'S42-P09', sector: '公园免费开放（评价结论写89.9分、良）', expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.9, grade: '优' },
    form: park(PARK, { conclusion: '经自评，项目综合得分89.9分，评价等级为良。' }),
  },
  {
    id: 'S42-P10', sector: '公园免费开放（执行率84%预算得分照写9.9）', expect: [F('self_evaluation', null, 'budget.score'), ...SCORE_OPT],
    scoring: { total: 98.4, grade: '优' },
    form: park(PARK, { budget: budget(980, 960, 806.4, 84, 9.9, '两处公园提升改造工程未完成竣工结算') }),
  },
  {
    id: 'S42-P11', sector: '公园免费开放（执行率98.6%应得9.86，手工写9.9）', expect: [], scoring: { total: 99.86, grade: '优' },
    form: park(PARK, { budget: budget(980, 960, 946.56, 98.6, 9.9) }),
  },
  {
    id: 'S42-P12', sector: '公园免费开放（存在问题写保洁员姓名手机）', expect: [F('private_data', null, 'problems')], scoring: { total: 99.9, grade: '优' },
    form: park(PARK, { problems: '节假日客流集中，部分公园停车和保洁压力较大，保洁员刘德秀（15923376641）多次反映清扫工具老化。' }),
  },
  {
    id: 'S42-P13', sector: '公园免费开放（改进措施写科室座机、合同编号，安静）', expect: [], scoring: { total: 99.9, grade: '优' },
    form: park(PARK, { improvements: '由局园林绿化科（联系电话023-41432218）牵头，按合同编号BSCG-2025-GY-032督促养护单位落实高峰时段保洁。' }),
  },
  {
    id: 'S42-P14', sector: '公园免费开放（目标写养护绿地186公顷，指标以万平方米计）', expect: [], scoring: { total: 99.9, grade: '优' },
    form: park(PARK, { goal: GOAL.replace('186万平方米', '186公顷') }),
  },
  {
    id: 'S42-P15', sector: '公园免费开放（目标含新增公园厕所8座，无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.9, grade: '优' },
    form: park(PARK, { goal: `${GOAL}新建改造公园厕所8座。` }),
  },
  {
    id: 'S42-P16', sector: '公园免费开放（评价结论后写填报人手机）', expect: [F('private_data', null, 'conclusion')], scoring: { total: 99.9, grade: '优' },
    form: park(PARK, { conclusion: '项目自评得分99.9分，自评等级为优。填报人：谭丽，手机：139 8360 2145。' }),
  },
  {
    // The sheet carries 预算执行率 as a 时效 row and scores it as the budget is scored (min(97%, 1) × 10 = 9.7), though its
    // ≥95% target is met: stricter than §3's ≥ rule, the sheet's own reading. Hand-scored.
    id: 'S42-P17', sector: '公园免费开放（预算执行率行97%按预算规则得9.7）', expect: [], scoring: null,
    form: park(patch(PARK, { 3: e(O, TIM, '预算执行率', '>=', '95', '%', 10, '97', 9.7, '部分养护合同尾款待年度考核后支付') }), {
      goal: GOAL.replace('设施故障48小时内修复，', ''), total_score: 99.6,
    }),
  },
  {
    id: 'S42-P18', sector: '公园免费开放（综合公园、社区公园分两行，完成情况写合计12个，安静）', expect: [], scoring: { total: 99.9, grade: '优' },
    form: park(patch(PARK, { 0: { name: '免费开放综合公园数量', target: '5', actual: '5' }, 1: e(O, NUM, '免费开放社区公园数量', '>=', '7', '个', 15, '7', 15) }), {
      goal: '保障全区5个综合公园、7个社区公园全年免费开放，园林设施完好率保持在95%以上，设施故障48小时内修复，全年接待游客850万人次以上，健全公园长效管养机制。',
    }),
  },
  // Added after reading check-self-evaluation.ts, to probe it (P19–P22).
  {
    id: 'S42-P19', sector: '公园免费开放（管养机制达成得11分，分值10）', expect: [F('self_evaluation', 5, 'score'), ...SCORE_OPT], scoring: null,
    form: park(patch(PARK, { 5: { score: 11 } }), { total_score: 100.9 }),
  },
  {
    id: 'S42-P20', sector: '公园免费开放（评价结论写评定等级为“优”）', expect: [], scoring: { total: 99.9, grade: '优' },
    form: park(PARK, { conclusion: '本项目绩效自评得分99.9分，评定等级为“优”。' }),
  },
  {
    id: 'S42-P21', sector: '公园免费开放（评价结论先写等级再写得分）', expect: [], scoring: { total: 99.9, grade: '优' },
    form: park(PARK, { conclusion: '自评等级为优（自评总分99.9分），项目实施达到预期目标。' }),
  },
  {
    id: 'S42-P22', sector: '公园免费开放（评价结论列预算执行得分9.9分和总分）', expect: [], scoring: { total: 99.9, grade: '优' },
    form: park(PARK, { conclusion: '预算执行得分9.9分，产出、效益、满意度指标得分90分，自评总分99.9分，等级为优。' }),
  },
];
