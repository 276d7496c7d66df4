import { B, C, e, ECO, F, type FormCase, NUM, O, patch, QUA, S, SAT, SOC, TIM } from './form-case-types';
import { budget, sheet, verdict } from './set-23-evaluation-forms-a';

/**
 * Held-out set 42F (session 20), 项目支出绩效自评表 for 2025 filed in 2026: 妇幼健康服务 (石柱县卫生健康委员会), a budget
 * block and 7 rows on 90 (2021 tree). Written before reading any code under review/ or scoring/; readings and measurements
 * in set-42-cases.ts.
 */

/** 588 of 600 adjusted (98%, 9.8), every row met: 99.8. */
const MCH = [
  e(O, NUM, '孕产妇系统管理人数', '>=', '3200', '人', 15, '3356', 15),
  e(O, NUM, '免费孕前优生健康检查人数', '>=', '2400', '人', 10, '2512', 10),
  e(O, QUA, '孕产妇系统管理率', '>=', '90', '%', 10, '93.6', 10),
  e(O, TIM, '新生儿疾病筛查及时率', '>=', '95', '%', 10, '98.2', 10),
  e(C, ECO, '人均孕前优生检查成本', '<=', '260', '元', 10, '248', 10),
  e(B, SOC, '婴儿死亡率', '<=', '5', '‰', 10, '3.2', 10),
  e(S, SAT, '孕产妇及家属满意度', '>=', '90', '%', 25, '95.3', 25),
];
const GOAL = '全年为3200名以上孕产妇提供系统管理，完成免费孕前优生健康检查2400人，孕产妇系统管理率达到90%以上，新生儿疾病筛查及时率'
  + '95%以上，人均孕前优生检查成本控制在260元以内，婴儿死亡率控制在5‰以下。';
const mch = (indicators = MCH, fields: Record<string, unknown> = {}) => sheet({
  org: '石柱县卫生健康委员会', project_name: '妇幼健康服务项目', goal: GOAL,
  goal_outcome: '全年完成免费孕前优生健康检查2512人，孕产妇系统管理和新生儿疾病筛查工作按计划推进，婴儿死亡率控制在目标以内。',
  budget: budget(620, 600, 588, 98, 9.8), total_score: 99.8, indicators,
  problems: '偏远乡镇孕产妇到县城产检路途较远，部分孕妇建档偏晚。', improvements: '推行乡镇卫生院巡回产检，加强早孕建档宣传。' }, fields);
/** 3040 of 3200 人: 15 × 0.95 = 14.25; total 99.05. */
const SHORT = { actual: '3040', score: 14.25 };
const SHORT_REASON = '全县出生人口较上年下降，常住孕产妇数量减少';
const SCORE_OPT = [F('self_evaluation', null, 'total_score', true), F('self_evaluation', null, 'conclusion', true)];

export const SET42_MATERNAL_CASES: FormCase[] = [
  { id: 'S42-M01', sector: '妇幼健康（干净）', form: mch(), expect: [], scoring: { total: 99.8, grade: '优' } },
  {
    id: 'S42-M02', sector: '妇幼健康（管理3040人按比例14.25分有原因）', expect: [], scoring: { total: 99.05, grade: '优' },
    form: mch(patch(MCH, { 0: { ...SHORT, reason: SHORT_REASON } }), { total_score: 99.05 }),
  },
  {
    id: 'S42-M03', sector: '妇幼健康（管理3040人扣分，偏差原因写「无」）', expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 99.05, grade: '优' },
    form: mch(patch(MCH, { 0: { ...SHORT, reason: '无' } }), { total_score: 99.05 }),
  },
  {
    id: 'S42-M04', sector: '妇幼健康（管理3040人仍给满分15分）', expect: [F('self_evaluation', 0, 'score'), ...SCORE_OPT],
    scoring: { total: 99.05, grade: '优' }, form: mch(patch(MCH, { 0: { actual: '3040', reason: SHORT_REASON } })),
  },
  {
    id: 'S42-M05', sector: '妇幼健康（满意度分值25得26分）', expect: [F('self_evaluation', 6, 'score'), ...SCORE_OPT],
    scoring: { total: 99.8, grade: '优' }, form: mch(patch(MCH, { 6: { score: 26 } }), { total_score: 100.8 }),
  },
  {
    id: 'S42-M06', sector: '妇幼健康（各行满分，总分写98.8）', expect: [F('self_evaluation', null, 'total_score'), F('self_evaluation', null, 'conclusion', true)],
    scoring: { total: 99.8, grade: '优' }, form: mch(MCH, { total_score: 98.8 }),
  },
  {
    id: 'S42-M07', sector: '妇幼健康（99.8分评价结论写良）', expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.8, grade: '优' },
    form: mch(MCH, { conclusion: '经综合评价，本项目自评得分99.8分，自评等级为良。' }),
  },
  {
    id: 'S42-M08', sector: '妇幼健康（管理率87.5%应得9.72，手工写9.7，总分99.5）', expect: [], scoring: { total: 99.52, grade: '优' },
    form: mch(patch(MCH, { 2: { actual: '87.5', score: 9.7, reason: '流动孕产妇建档后外出务工，随访管理中断' } }), { total_score: 99.5 }),
  },
  {
    id: 'S42-M09', sector: '妇幼健康（执行率82%预算仍得10分）', expect: [F('self_evaluation', null, 'budget.score'), ...SCORE_OPT],
    scoring: { total: 98.2, grade: '优' },
    form: mch(MCH, { budget: budget(620, 600, 492, 82, 10, '中央转移支付资金12月才下达，部分采购未能当年支付'), total_score: 100 }),
  },
  {
    id: 'S42-M10', sector: '妇幼健康（执行率82%得8.2分有原因）', expect: [], scoring: { total: 98.2, grade: '优' },
    form: mch(MCH, { budget: budget(620, 600, 492, 82, 8.2, '中央转移支付资金12月才下达，部分采购未能当年支付'), total_score: 98.2 }),
  },
  {
    id: 'S42-M11', sector: '妇幼健康（改进措施后写填报人手机）', expect: [F('private_data', null, 'improvements')], scoring: { total: 99.8, grade: '优' },
    form: mch(MCH, { improvements: '推行乡镇卫生院巡回产检，加强早孕建档宣传。填报人：周晓梅，联系电话13983456712。' }),
  },
  {
    id: 'S42-M12', sector: '妇幼健康（填报人写科室座机，安静）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: mch(MCH, { improvements: '推行乡镇卫生院巡回产检，加强早孕建档宣传。填报人：周晓梅（妇幼健康科），联系电话023-73325016。' }),
  },
  {
    id: 'S42-M13', sector: '妇幼健康（偏差原因里写受检对象身份证号）', expect: [F('private_data', 0, 'reason')], scoring: { total: 99.05, grade: '优' },
    form: mch(patch(MCH, { 0: { ...SHORT, reason: '出生人口下降；孕妇谭某（身份证号500240199203154427）等外出务工未在本县建档' } }), { total_score: 99.05 }),
  },
  {
    id: 'S42-M14', sector: '妇幼健康（婴儿死亡率5.6‰超目标，按反向规则8.8分有原因）', expect: [], scoring: { total: 98.6, grade: '优' },
    form: mch(patch(MCH, { 5: { actual: '5.6', score: 8.8, reason: '两例重度先天性心脏病患儿转诊途中死亡' } }), { total_score: 98.6 }),
  },
  {
    id: 'S42-M15', sector: '妇幼健康（孕产妇系统管理率填了两行）',
    expect: [F('names', 3, null), F('goal_vs_indicators', null, 'goal', true)], scoring: { total: 99.8, grade: '优' },
    form: mch(patch(MCH, { 3: e(O, QUA, '孕产妇系统管理率', '>=', '90', '%', 10, '93.6', 10) })),
  },
  {
    id: 'S42-M16', sector: '妇幼健康（年度目标含讲座24场，无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.8, grade: '优' },
    form: mch(MCH, { goal: `${GOAL}开展孕产妇健康教育讲座24场。` }),
  },
  {
    id: 'S42-M17', sector: '妇幼健康（执行率100%总分100）', expect: [], scoring: { total: 100, grade: '优' },
    form: mch(MCH, { budget: budget(620, 600, 600, 100, 10), total_score: 100, conclusion: verdict(100) }),
  },
  // Added after reading check-self-evaluation.ts, to probe it (M18–M22).
  {
    id: 'S42-M18', sector: '妇幼健康（评价结论写「本项目得分96.8分」，总分99.8）', expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.8, grade: '优' },
    form: mch(MCH, { conclusion: '经综合评价，本项目得分96.8分，绩效等级为优。' }),
  },
  {
    id: 'S42-M19', sector: '妇幼健康（评价结论写「评价结果为良」，99.8分）', expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.8, grade: '优' },
    form: mch(MCH, { conclusion: '项目自评得分99.8分，评价结果为良。' }),
  },
  {
    id: 'S42-M20', sector: '妇幼健康（评价结论写「自评得分：96.8」不带分字）', expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.8, grade: '优' },
    form: mch(MCH, { conclusion: '自评得分：96.8，自评等级：优。' }),
  },
  {
    id: 'S42-M21', sector: '妇幼健康（填报人手机已脱敏139****6712，安静）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: mch(MCH, { improvements: '推行乡镇卫生院巡回产检，加强早孕建档宣传。填报人：周晓梅，联系电话139****6712。' }),
  },
  {
    // As first written the unlabelled number failed its check digit (50024019920315442X); a real card's number passes it,
    // and the house holds an unlabelled 18-digit number to its check digit so codes are not read as IDs. Corrected.
    id: 'S42-M22', sector: '妇幼健康（偏差原因里身份证号末位X，未写“身份证号”）', expect: [F('private_data', 0, 'reason')], scoring: { total: 99.05, grade: '优' },
    form: mch(patch(MCH, { 0: { ...SHORT, reason: '出生人口下降；孕妇冉某（50024019920315401X）户籍迁出未在本县建档' } }), { total_score: 99.05 }),
  },
];
