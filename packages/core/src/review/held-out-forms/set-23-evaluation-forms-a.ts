import { B, e, ECO, ENV, F, type FormCase, NUM, O, patch, pse, Q, QUA, S, SAT, SOC, TIM } from './form-case-types';

/**
 * Held-out set 23 (issue 3), 项目支出绩效自评表 at year end, part A: 地质灾害防治, 农村改厕, 残疾儿童康复救助. Budget block
 * (年初预算数/全年预算数/全年执行数/执行率/分值/得分), rows with 年度指标值/实际完成值/分值/得分/偏差原因, 总分, 自评等级 in 评价结论.
 * Written before reading any code under review/ or scoring/; readings and first measurement in set-23-cases.ts.
 */
/** 评价结论 as sheets print it: the total and the grade it earns (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差). */
export const verdict = (total: number, grade = total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差') =>
  `项目自评得分${total}分，自评等级为${grade}。`;
/** A sheet: its conclusion follows its printed total unless a case writes one. */
export const sheet = (base: Record<string, unknown>, fields: Record<string, unknown>) => {
  const merged = { ...base, ...fields };
  return pse({ conclusion: verdict(merged.total_score as number), ...merged });
};
export const budget = (initial_wan: number, adjusted_wan: number, executed_wan: number, execution_rate: number, score: number, reason: string | null = null) =>
  ({ initial_wan, adjusted_wan, executed_wan, execution_rate, weight: 10, score, reason });

/** 地质灾害防治: 6 rows on 90, 803.6 of 820 adjusted (98%, 9.8), total 99.8. */
const GEO = [
  e(O, NUM, '地质灾害隐患点专业监测', '>=', '120', '处', 20, '126', 20),
  e(O, NUM, '群测群防员培训', '>=', '600', '人次', 10, '640', 10),
  e(O, QUA, '监测设备在线率', '>=', '95', '%', 15, '97.2', 15),
  e(O, TIM, '汛前巡查排查完成时间', Q, '2025年5月31日前', null, 10, '2025年5月28日', 10),
  e(B, SOC, '因地质灾害造成人员伤亡', '=', '0', '人', 15, '0', 15),
  e(S, SAT, '受威胁群众满意度', '>=', '90', '%', 20, '94.1', 20),
];
const GEO_GOAL = '对全区120处地质灾害隐患点实施专业监测，培训群测群防员600人次，监测设备在线率保持在95%以上，汛前5月底完成巡查排查，确保不发生因地质灾害造成的人员伤亡。';
const geo = (indicators = GEO, fields: Record<string, unknown> = {}) => sheet({
  project_name: '地质灾害防治', goal: GEO_GOAL, goal_outcome: '全年监测隐患点126处，培训群测群防员640人次，设备在线率97.2%，未发生人员伤亡。',
  budget: budget(850, 820, 803.6, 98, 9.8), total_score: 99.8, indicators }, fields);
const GEO_SHORT = { actual: '108', score: 18 };

/** 农村改厕: 6 rows on 90, budget 1080 adjusted fully spent, total 100. */
const LOO = [
  e(O, NUM, '新建改造农村户用卫生厕所', '>=', '3200', '户', 20, '3260', 20),
  e(O, NUM, '建设农村公共厕所', '>=', '45', '座', 10, '45', 10),
  e(O, QUA, '改厕质量验收合格率', '>=', '98', '%', 15, '99.1', 15),
  e('成本指标', ECO, '户均改厕补助标准', '<=', '1500', '元', 10, '1500', 10),
  e(B, ENV, '农村卫生厕所普及率', '>=', '92', '%', 15, '92.6', 15),
  e(S, SAT, '改厕农户满意度', '>=', '90', '%', 20, '93.8', 20),
];
const loo = (indicators = LOO, fields: Record<string, unknown> = {}) => sheet({
  project_name: '农村户厕改造', goal: '2025年新建改造农村户用卫生厕所3200户、公共厕所45座，改厕质量验收合格率98%以上，农村卫生厕所普及率达到92%。',
  goal_outcome: '完成户厕改造3260户、公共厕所45座，普及率92.6%。',
  budget: budget(1120, 1080, 1080, 100, 10), total_score: 100, indicators }, fields);
const LOO_SHORT = { actual: '3120', score: 19.5 };

/** 残疾儿童康复救助: 6 rows on 90, 1197 of 1260 (95%, 9.5), total 99.5. */
const REHAB = [
  e(O, NUM, '残疾儿童康复救助', '>=', '860', '人', 20, '872', 20),
  e(O, NUM, '辅助器具适配', '>=', '1500', '件', 10, '1536', 10),
  e(O, QUA, '定点康复机构服务规范率', '>=', '95', '%', 15, '96', 15),
  e(O, TIM, '救助资金结算时限', '<=', '30', '日', 10, '25', 10),
  e(B, SOC, '残疾儿童康复服务覆盖率', '>=', '85', '%', 15, '88.5', 15),
  e(S, SAT, '残疾儿童家长满意度', '>=', '90', '%', 20, '95.2', 20),
];
const rehab = (indicators = REHAB, fields: Record<string, unknown> = {}) => sheet({
  project_name: '残疾儿童康复救助', goal: '为860名0—6岁残疾儿童提供康复救助，适配辅助器具1500件，残疾儿童康复服务覆盖率达到85%。',
  goal_outcome: '救助残疾儿童872名，适配辅助器具1536件，覆盖率88.5%。',
  budget: budget(1300, 1260, 1197, 95, 9.5), total_score: 99.5, indicators }, fields);
// Three shortfalls with reasons: 16.28 + 10 + 12.63 + 10 + 12.35 + 19.56 = 80.82, budget 882 of 1260 (70%, 7): 87.82 良.
const REHAB_LOW = patch(REHAB, {
  0: { actual: '700', score: 16.28, reason: '部分儿童转入特殊教育学校，由教育部门承担康复' },
  2: { actual: '80', score: 12.63, reason: '两家新纳入定点机构人员资质未达标，已限期整改' },
  4: { actual: '70', score: 12.35, reason: '农村地区筛查转介不及时' },
  5: { actual: '88', score: 19.56, reason: '结算周期偏长，家长垫资压力大' },
});
const REHAB_LOW_BUDGET = budget(1300, 1260, 882, 70, 7, '部分康复机构结算资料未按时报送，资金未能及时拨付');

export const SET23_A_CASES: FormCase[] = [
  { id: 'S23-A01', sector: '地质灾害防治（无缺陷）', form: geo(), expect: [], scoring: { total: 99.8, grade: '优' } },
  {
    id: 'S23-A02', sector: '地质灾害防治（得分12超分值10）', form: geo(patch(GEO, { 1: { score: 12 } }), { total_score: 101.8 }),
    expect: [F('self_evaluation', 1, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S23-A03', sector: '地质灾害防治（在线率91.5%未达95%仍给满分）', form: geo(patch(GEO, { 2: { actual: '91.5' } })),
    expect: [F('self_evaluation', 2, 'score'), F('self_evaluation', 2, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 99.25, grade: '优' },
  },
  {
    id: 'S23-A04', sector: '地质灾害防治（监测108处扣分无偏差原因）', form: geo(patch(GEO, { 0: GEO_SHORT }), { total_score: 97.8 }),
    expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 97.8, grade: '优' },
  },
  {
    id: 'S23-A05', sector: '地质灾害防治（监测108处扣分有原因）', expect: [], scoring: { total: 97.8, grade: '优' },
    form: geo(patch(GEO, { 0: { ...GEO_SHORT, reason: '12处隐患点经工程治理后核销，不再纳入监测' } }), { total_score: 97.8 }),
  },
  {
    id: 'S23-A06', sector: '地质灾害防治（偏差原因写监测员姓名手机）', expect: [F('private_data', 0, 'reason')], scoring: { total: 97.8, grade: '优' },
    form: geo(patch(GEO, { 0: { ...GEO_SHORT, reason: '群测群防员王德明（电话13908275546）外出务工，其负责的隐患点暂停监测' } }), { total_score: 97.8 }),
  },
  {
    id: 'S23-A07', sector: '地质灾害防治（目标150处而指标120处）', form: geo(GEO, { goal: GEO_GOAL.replace('120处', '150处') }),
    expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S23-A08', sector: '地质灾害防治（总分写成98.8）', form: geo(GEO, { total_score: 98.8 }),
    expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S23-A09', sector: '地质灾害防治（99.8分自评等级写良）', form: geo(GEO, { conclusion: '项目自评得分99.8分，自评等级为良。' }),
    expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S23-A10', sector: '地质灾害防治（explain：培训860人次超143%无原因）', policy: { overAchievement: 'explain' },
    form: geo(patch(GEO, { 1: { actual: '860' } })), expect: [F('self_evaluation', 1, 'reason')], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S23-A11', sector: '地质灾害防治（在线率93%得14.68有原因）', expect: [], scoring: { total: 99.48, grade: '优' },
    form: geo(patch(GEO, { 2: { actual: '93', score: 14.68, reason: '山区通信基站检修，部分设备离线' } }), { total_score: 99.48 }),
  },
  { id: 'S23-B01', sector: '农村改厕（无缺陷）', form: loo(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S23-B02', sector: '农村改厕（执行率94%预算执行仍给10分）', form: loo(LOO, { budget: budget(1120, 1080, 1015.2, 94, 10) }),
    expect: [F('self_evaluation', null, 'budget.score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 99.4, grade: '优' },
  },
  {
    id: 'S23-B03', sector: '农村改厕（执行率按年初预算算成90.64%）', form: loo(LOO, { budget: budget(1120, 1080, 1015.2, 90.64, 9.06), total_score: 99.06 }),
    expect: [F('budget_arithmetic', null, 'budget.execution_rate'), F('self_evaluation', null, 'budget.score'), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 99.4, grade: '优' },
  },
  {
    id: 'S23-B04', sector: '农村改厕（目标公厕45座而指标值40座）', form: loo(patch(LOO, { 1: { target: '40' } })),
    expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 100, grade: '优' },
  },
  {
    id: 'S23-B05', sector: '农村改厕（偏差原因写农户姓名）', expect: [F('private_data', 0, 'reason')], scoring: { total: 99.5, grade: '优' },
    form: loo(patch(LOO, { 0: { ...LOO_SHORT, reason: '农户李长富、张秀兰两户因房屋拆迁放弃改厕' } }), { total_score: 99.5 }),
  },
  {
    id: 'S23-B06', sector: '农村改厕（偏差原因写王某等80户）', expect: [], scoring: { total: 99.5, grade: '优' },
    form: loo(patch(LOO, { 0: { ...LOO_SHORT, reason: '部分农户（王某等80户）外出务工，未能入户施工' } }), { total_score: 99.5 }),
  },
  {
    id: 'S23-B07', sector: '农村改厕（达标行也写了原因）', expect: [], scoring: { total: 100, grade: '优' },
    form: loo(patch(LOO, { 2: { reason: '按计划完成，无偏差' } })),
  },
  {
    id: 'S23-B08', sector: '农村改厕（explain：公厕60座超额有原因）', policy: { overAchievement: 'explain' }, expect: [], scoring: { total: 100, grade: '优' },
    form: loo(patch(LOO, { 1: { actual: '60', reason: '乡镇配套资金到位，增建旅游公厕15座' } })),
  },
  {
    id: 'S23-B09', sector: '农村改厕（explain：户厕4300户超134%无原因）', policy: { overAchievement: 'explain' },
    form: loo(patch(LOO, { 0: { actual: '4300' } })), expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 100, grade: '优' },
  },
  {
    id: 'S23-B10', sector: '农村改厕（户均补助1650元超1500仍满分）', form: loo(patch(LOO, { 3: { actual: '1650' } })),
    expect: [F('self_evaluation', 3, 'score'), F('self_evaluation', 3, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 99, grade: '优' },
  },
  { id: 'S23-C01', sector: '残疾儿童康复（无缺陷，0—6岁）', form: rehab(), expect: [], scoring: { total: 99.5, grade: '优' } },
  {
    id: 'S23-C02', sector: '残疾儿童康复（偏差原因写患儿姓名身份证）', expect: [F('private_data', 0, 'reason')], scoring: { total: 99.03, grade: '优' },
    form: rehab(patch(REHAB, { 0: { actual: '840', score: 19.53, reason: '患儿刘子涵（身份证500112201903154821）转至市外机构康复' } }), { total_score: 99.03 }),
  },
  {
    id: 'S23-C03', sector: '残疾儿童康复（问题写家长姓名）', expect: [F('private_data', null, 'problems')], scoring: { total: 99.5, grade: '优' },
    form: rehab(REHAB, { problems: '家长陈建华反映救助资金结算周期长，需先行垫付康复费用。' }),
  },
  {
    id: 'S23-C04', sector: '残疾儿童康复（问题写个别家长）', expect: [], scoring: { total: 99.5, grade: '优' },
    form: rehab(REHAB, { problems: '个别家长反映定点机构排队时间较长，已协调增加康复师3名。' }),
  },
  {
    id: 'S23-C05', sector: '残疾儿童康复（覆盖率80%得14.12无原因）', form: rehab(patch(REHAB, { 4: { actual: '80', score: 14.12 } }), { total_score: 98.62 }),
    expect: [F('self_evaluation', 4, 'reason')], scoring: { total: 98.62, grade: '优' },
  },
  {
    id: 'S23-C06', sector: '残疾儿童康复（87.82分自评等级写优）', form: rehab(REHAB_LOW, { budget: REHAB_LOW_BUDGET, total_score: 87.82, conclusion: '项目自评得分87.82分，自评等级为优。' }),
    expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 87.82, grade: '良' },
  },
  {
    id: 'S23-C07', sector: '残疾儿童康复（87.82分等级良，多项扣分均有原因）', expect: [], scoring: { total: 87.82, grade: '良' },
    form: rehab(REHAB_LOW, { budget: REHAB_LOW_BUDGET, total_score: 87.82 }),
  },
  {
    id: 'S23-C08', sector: '残疾儿童康复（结算36日超时限得8分有原因）', expect: [], scoring: { total: 97.5, grade: '优' },
    form: rehab(patch(REHAB, { 3: { actual: '36', score: 8, reason: '年末集中结算，财政国库支付排队' } }), { total_score: 97.5 }),
  },
];
