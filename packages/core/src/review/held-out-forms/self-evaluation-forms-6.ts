import { B, C, dse, e, ECO, ENV, F, type FormCase, LZ, NUM, O, patch, pse, Q, QUA, S, s, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 6 (issue 3): 项目支出/部门整体支出绩效自评表 as units fill them in — 完成值 in free wording
 * (「已完成」「完成98%」「全年共培训320人次」「≤3天」「未发生」, dates for deadlines), hand-rounded scores, 偏差原因
 * present or missing, over-achievement, negative and zero actuals, reverse indicators, qualitative bands,
 * 预算执行率, 总分, and department sheets laid out 90 + 10 (预算执行率 as a row). Written before reading the
 * review or scoring code.
 *
 * Readings of genuine ambiguities:
 * - A number inside a sentence (「全年共培训320人次」「已完成20所」) is the actual; a completion word alone
 *   (「已完成」「达到预期」「基本完成」) under a quantitative target is not a value: scored by hand and flagged on 完成值.
 * - Under a qualitative target 「已完成」「达到预期」 read as 达成, 「基本完成」 as 部分达成, 「未完成」 as 未达成.
 * - 「未发生」「无」 under an `= 0` target read as 0.
 * - A deadline target (「2025年10月底前」) is qualitative; an actual date after it is not 达成.
 * - A stated 执行率 that is not executed / adjusted is a budget_arithmetic error on budget.execution_rate.
 *
 * As first measured (before any fix), 41 forms (22 clean, 19 with defects), 34 with an expected score:
 *   code                        tp  fp  fn  precision recall
 *   budget_arithmetic            1   0   0  100%     100%
 *   self_evaluation              8   5   3   62%      73%
 *   weights                      1   0   0  100%     100%
 *   scoring: 34 of 34 totals and grades as expected.
 *   Misses: a completion word (已完成 / 达到预期 / 基本完成) as 完成值 under a quantitative target (S6-R02, S6-D06,
 *   S6-E03). False alarms: the 预算执行率 row of a 90+10 department sheet at 96.8% asked for a 偏差原因 (S6-E01,
 *   E03–E06), though budget execution needs one only below the policy's rate.
 * After the fixes (actual_not_numeric reported on 完成值; 「未发生」「无」 read as 0; a budget-execution row held
 * to budgetReasonBelowRate), with every earlier set unchanged:
 *   budget_arithmetic            1   0   0  100%     100%
 *   self_evaluation             11   0   0  100%     100%
 *   weights                      1   0   0  100%     100%
 *   scoring: 34 of 34.
 * (Between the two, reporting words-as-完成值 alone raised 15 false alarms on 「未发生」「无」 under = 0 targets —
 * the nil-word reading is what makes that fix safe.)
 */
const budget = (initial_wan: number, adjusted_wan: number, executed_wan: number, execution_rate: number, score: number, reason: string | null = null) =>
  ({ initial_wan, adjusted_wan, executed_wan, execution_rate, weight: 10, score, reason });

/** 农村公路养护: words, ≤ actuals, 未发生 for a zero target. */
const ROAD = [
  e(O, NUM, '养护农村公路里程', '>=', '120', '公里', 15, '全年养护126公里', 15),
  e(O, QUA, '路面技术状况优良率', '>=', '85', '%', 15, '完成88%', 15),
  e(O, TIM, '路面病害处置时限', '<=', '3', '天', 10, '≤3天', 10),
  e(C, ECO, '每公里养护成本', '<=', '1.2', '万元', 10, '1.15', 10),
  e(B, SOC, '道路交通安全责任事故', '=', '0', '起', 15, '未发生', 15),
  e(B, SUS, '公路使用寿命', Q, '有效延长', null, 10, '达到预期', 10),
  e(S, SAT, '沿线群众满意度', '>=', '90', '%', 15, '94', 15),
];
const ROAD_BUDGET = budget(500, 480, 456, 95, 9.5);
const road = (indicators = ROAD, fields: Record<string, unknown> = {}) =>
  pse({ project_name: '农村公路日常养护', goal: '养护农村公路120公里，路面技术状况优良率达到85%以上。', budget: ROAD_BUDGET,
    total_score: 99.5, indicators, ...fields });

/** 职业技能培训: counts in sentences, a deadline, units written in the actual. */
const TRAIN = [
  e(O, NUM, '开展职业技能培训', '>=', '300', '人次', 20, '全年共培训320人次', 20),
  e(O, QUA, '培训合格率', '>=', '90', '%', 15, '100', 15),
  e(O, TIM, '培训补贴发放时间', Q, '2025年10月底前', null, 10, '2025年9月28日', 10),
  e(C, ECO, '人均培训成本', '<=', '1500', '元', 10, '1420元', 10),
  e(B, SOC, '培训后就业率', '>=', '60', '%', 15, '65%', 15),
  e(S, SAT, '参训学员满意度', '>=', '90', '%', 20, '96.5%', 20),
];
const train = (indicators = TRAIN, fields: Record<string, unknown> = {}) =>
  pse({ project_name: '职业技能提升培训', goal: '全年开展职业技能培训300人次，培训合格率90%以上。', budget: budget(120, 120, 118.8, 99, 9.9),
    total_score: 99.9, indicators, ...fields });

/** 森林防火: a ‰ rate, reverse targets met and missed, a decrease as a negative actual. */
const FIRE = [
  e(O, NUM, '建设防火隔离带', '>=', '50', '公里', 15, '52', 15),
  e(O, QUA, '森林火灾受害率', '<=', '0.9', '‰', 15, '0.3', 15),
  e(O, TIM, '火情处置响应时间', '<=', '30', '分钟', 10, '25分钟', 10),
  e(C, ECO, '项目成本控制', '<=', '100', '%', 10, '98.5', 10),
  e(B, ENV, '森林覆盖率提高', '>=', '0.5', '个百分点', 15, '0.6', 15),
  e(B, SUS, '防火设施使用年限', '>=', '10', '年', 10, '10', 10),
  e(S, SAT, '林区群众满意度', '>=', '90', '%', 15, '92', 15),
];
const fire = (indicators = FIRE, fields: Record<string, unknown> = {}) =>
  pse({ project_name: '森林防火能力建设', goal: '建设防火隔离带50公里，森林火灾受害率控制在0.9‰以内。', budget: budget(350, 350, 336, 96, 9.6),
    total_score: 99.6, indicators, ...fields });

/** 免疫规划: qualitative rows in and out of band. */
const VACC = [
  e(O, NUM, '适龄儿童免疫接种人数', '>=', '5000', '人', 20, '5120', 20),
  e(O, QUA, '免疫规划疫苗接种率', '>=', '95', '%', 15, '98.2%', 15),
  e(O, TIM, '疫情报告及时率', '=', '100', '%', 10, '100%', 10),
  e(C, ECO, '疫苗冷链运行成本', '<=', '80', '万元', 10, '78.6', 10),
  e(B, SOC, '传染病防控能力', Q, '明显提升', null, 15, '基本完成', 10.5, '基层防疫人员配备不足'),
  e(S, SAT, '群众满意度', '>=', '90', '%', 20, '95', 20),
];
const vacc = (indicators = VACC, fields: Record<string, unknown> = {}) =>
  pse({ project_name: '免疫规划及疾病预防控制', goal: '完成适龄儿童免疫接种5000人，接种率95%以上。', budget: budget(90, 90, 90, 100, 10),
    total_score: 95.5, indicators, ...fields });

export const SET6_PROJECT_CASES: FormCase[] = [
  { id: 'S6-R01', sector: '公路养护（文字完成值、≤3天、未发生）', form: road(), expect: [], scoring: { total: 99.5, grade: '优' } },
  {
    id: 'S6-R02', sector: '公路养护（数量指标只写已完成）', form: road(patch(ROAD, { 0: { actual: '已完成' } })),
    expect: [F('self_evaluation', 0, 'actual')], scoring: null,
  },
  {
    id: 'S6-R03', sector: '公路养护（完成80%有原因）',
    form: road(patch(ROAD, { 1: { actual: '完成80%', score: 14.12, reason: '雨季施工期缩短' } }), { total_score: 98.62 }),
    expect: [], scoring: { total: 98.62, grade: '优' },
  },
  {
    id: 'S6-R04', sector: '公路养护（反向指标未达、手工一位小数）',
    form: road(patch(ROAD, { 2: { actual: '5天', score: 3.3, reason: '山区路段运输距离远' } }), { total_score: 92.8 }),
    expect: [], scoring: { total: 92.83, grade: '优' },
  },
  {
    id: 'S6-R05', sector: '公路养护（反向指标超标仍满分）', form: road(patch(ROAD, { 3: { actual: '1.5' } })),
    expect: [F('self_evaluation', 3, 'score'), F('self_evaluation', 3, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 97, grade: '优' },
  },
  {
    id: 'S6-R06', sector: '公路养护（零目标发生1起，0分有原因）',
    form: road(patch(ROAD, { 4: { actual: '1', score: 0, reason: '汛期发生一起单车事故' } }), { total_score: 84.5 }),
    expect: [], scoring: { total: 84.5, grade: '良' },
  },
  {
    id: 'S6-R07', sector: '公路养护（无、94%）', form: road(patch(ROAD, { 4: { actual: '无' }, 6: { actual: '94%' } })),
    expect: [], scoring: { total: 99.5, grade: '优' },
  },
  {
    id: 'S6-R08', sector: '公路养护（总分多加）', form: road(ROAD, { total_score: 100 }),
    expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.5, grade: '优' },
  },
  {
    id: 'S6-R09', sector: '公路养护（执行率85%仍给9.5分）',
    form: road(ROAD, { budget: budget(500, 480, 410, 85.42, 9.5, '部分路段招标延期') }),
    expect: [F('self_evaluation', null, 'budget.score')], scoring: { total: 98.54, grade: '优' },
  },
  {
    id: 'S6-R10', sector: '公路养护（执行率填错）', form: road(ROAD, { budget: budget(500, 480, 456, 90, 9.5) }),
    expect: [F('budget_arithmetic', null, 'budget.execution_rate')], scoring: { total: 99.5, grade: '优' },
  },
  { id: 'S6-T01', sector: '技能培训（句中数字、日期、单位写在完成值）', form: train(), expect: [], scoring: { total: 99.9, grade: '优' } },
  {
    id: 'S6-T02', sector: '技能培训（超额1.5倍无说明，explain）', policy: { overAchievement: 'explain' },
    form: train(patch(TRAIN, { 0: { actual: '全年共培训450人次' } })),
    expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 99.9, grade: '优' },
  },
  {
    id: 'S6-T03', sector: '技能培训（超额1.5倍有说明，explain）', policy: { overAchievement: 'explain' },
    form: train(patch(TRAIN, { 0: { actual: '全年共培训450人次', reason: '企业订单式培训需求增加' } })),
    expect: [], scoring: { total: 99.9, grade: '优' },
  },
  {
    id: 'S6-T04', sector: '技能培训（超额1.5倍，默认政策）', form: train(patch(TRAIN, { 0: { actual: '450人次' } })),
    expect: [], scoring: { total: 99.9, grade: '优' },
  },
  {
    id: 'S6-T05', sector: '技能培训（超额1.25倍，explain 未到阈值）', policy: { overAchievement: 'explain' },
    form: train(patch(TRAIN, { 0: { actual: '375' } })), expect: [], scoring: { total: 99.9, grade: '优' },
  },
  {
    id: 'S6-T06', sector: '技能培训（发放日期晚于期限仍满分）', form: train(patch(TRAIN, { 2: { actual: '2025年12月15日' } })),
    expect: [F('self_evaluation', 2, 'score'), F('self_evaluation', 2, 'reason', true)], scoring: null,
  },
  {
    id: 'S6-T07', sector: '技能培训（发放延期，部分达成有原因）',
    form: train(patch(TRAIN, { 2: { actual: '2025年12月15日', score: 6, reason: '省级资金下达较晚' } }), { total_score: 95.9 }),
    expect: [], scoring: { total: 95.9, grade: '优' },
  },
  {
    id: 'S6-T08', sector: '技能培训（完成值为0，0分有原因）',
    form: train(patch(TRAIN, { 4: { actual: '0', score: 0, reason: '未开展就业跟踪统计' } }), { total_score: 84.9 }),
    expect: [], scoring: { total: 84.9, grade: '良' },
  },
  {
    id: 'S6-T09', sector: '技能培训（两行未完成，得分整数）',
    form: train(patch(TRAIN, {
      0: { actual: '285人次', score: 19, reason: '部分学员中途退训' },
      4: { actual: '52%', score: 13, reason: '就业市场需求下降' },
    }), { total_score: 96.9 }),
    expect: [], scoring: { total: 96.9, grade: '优' },
  },
  {
    id: 'S6-T10', sector: '技能培训（满意度未达无原因）',
    form: train(patch(TRAIN, { 5: { actual: '88%', score: 19.56 } }), { total_score: 99.46 }),
    expect: [F('self_evaluation', 5, 'reason')], scoring: { total: 99.46, grade: '优' },
  },
  {
    id: 'S6-T11', sector: '技能培训（得分与总分手工四舍五入）',
    form: train(patch(TRAIN, { 5: { actual: '88%', score: 19.6, reason: '培训场地条件有限' } }), { total_score: 99.5 }),
    expect: [], scoring: { total: 99.46, grade: '优' },
  },
  { id: 'S6-F01', sector: '森林防火（‰、反向指标达成）', form: fire(), expect: [], scoring: { total: 99.6, grade: '优' } },
  {
    id: 'S6-F02', sector: '森林防火（受害率超标，按比例扣分）',
    form: fire(patch(FIRE, { 1: { actual: '1.2', score: 10, reason: '持续干旱导致火情偏多' } }), { total_score: 94.6 }),
    expect: [], scoring: { total: 94.6, grade: '优' },
  },
  {
    id: 'S6-F03', sector: '森林防火（受害率超两倍仍给5分）',
    form: fire(patch(FIRE, { 1: { actual: '2', score: 5, reason: '持续干旱导致火情偏多' } }), { total_score: 89.6 }),
    expect: [F('self_evaluation', 1, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 84.6, grade: '良' },
  },
  {
    id: 'S6-F04', sector: '森林防火（覆盖率下降，负完成值0分有原因）',
    form: fire(patch(FIRE, { 4: { actual: '-0.2', score: 0, reason: '部分林地被依法征占' } }), { total_score: 84.6 }),
    expect: [], scoring: { total: 84.6, grade: '良' },
  },
  {
    id: 'S6-F05', sector: '森林防火（负完成值仍满分）', form: fire(patch(FIRE, { 4: { actual: '-0.2' } })),
    expect: [F('self_evaluation', 4, 'score'), F('self_evaluation', 4, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 84.6, grade: '良' },
  },
  {
    id: 'S6-F06', sector: '森林防火（≤30分钟、10年以上）', form: fire(patch(FIRE, { 2: { actual: '≤30分钟' }, 5: { actual: '10年以上' } })),
    expect: [], scoring: { total: 99.6, grade: '优' },
  },
  { id: 'S6-D01', sector: '免疫规划（定性基本完成、部分达成档）', form: vacc(), expect: [], scoring: { total: 95.5, grade: '优' } },
  {
    id: 'S6-D02', sector: '免疫规划（基本完成给满分）', form: vacc(patch(VACC, { 4: { score: 15, reason: null } }), { total_score: 100 }),
    expect: [F('self_evaluation', 4, 'score'), F('self_evaluation', 4, 'reason', true)], scoring: null,
  },
  {
    id: 'S6-D03', sector: '免疫规划（定性已完成满分）', form: vacc(patch(VACC, { 4: { actual: '已完成', score: 15, reason: null } }), { total_score: 100 }),
    expect: [], scoring: { total: 100, grade: '优' },
  },
  {
    id: 'S6-D04', sector: '免疫规划（未完成给部分达成分）', form: vacc(patch(VACC, { 4: { actual: '未完成', score: 10, reason: null } }), { total_score: 95 }),
    expect: [F('self_evaluation', 4, 'score'), F('self_evaluation', 4, 'reason', true)], scoring: null,
  },
  {
    id: 'S6-D05', sector: '免疫规划（未达成在档有原因）',
    form: vacc(patch(VACC, { 4: { actual: '未达成', score: 4.5, reason: '疫情反复，防控体系建设滞后' } }), { total_score: 89.5 }),
    expect: [], scoring: { total: 89.5, grade: '良' },
  },
  {
    id: 'S6-D06', sector: '免疫规划（满意度写达到预期）', form: vacc(patch(VACC, { 5: { actual: '达到预期' } })),
    expect: [F('self_evaluation', 5, 'actual')], scoring: null,
  },
];

const GL = '管理效率';
/** 区教育局 部门整体自评, 90 for performance rows + 10 for 预算执行率 as its own row. */
const EDU = [
  e(LZ, O, '义务教育巩固率', '>=', '99', '%', 15, '99.6%', 15),
  e(LZ, O, '校舍维修改造学校数', '>=', '20', '所', 10, '已完成20所', 10),
  e(LZ, B, '教育教学质量', Q, '稳步提升', null, 15, '达成', 15),
  e(LZ, B, '校园安全责任事故', '=', '0', '起', 10, '未发生', 10),
  e('满意度', S, '家长满意度', '>=', '90', '%', 10, '93', 10),
  e(GL, '资产管理', '资产账实相符率', '=', '100', '%', 15, '100', 15),
  e(GL, '制度建设', '内控制度执行情况', Q, '有效执行', null, 15, '达成', 15),
  e('预算执行', '预算执行', '预算执行率', '=', '100', '%', 10, '96.8%', 9.68),
];
const edu = (indicators = EDU, fields: Record<string, unknown> = {}) => dse({ org: '区教育局', total_score: 99.68, indicators, ...fields });
const ZT = '总体绩效';
/** A score sheet without targets, 90 + 10 (预算执行 10). */
const TOWN = [
  s(ZT, '履职效能', '重点工作完成情况', 30, 29), s(ZT, '履职效能', '民生实事办结率', 20, 20),
  s(ZT, '管理效率', '预算编制质量', 10, 9), s(ZT, '管理效率', '资产管理规范性', 10, 10),
  s(ZT, '社会效应', '服务对象满意度', 20, 19.5), s(ZT, '预算执行', '预算执行率', 10, 9.2),
];

export const SET6_DEPARTMENT_CASES: FormCase[] = [
  { id: 'S6-E01', sector: '区教育局（90+10，预算执行率一行）', form: edu(), expect: [], scoring: { total: 99.68, grade: '优' } },
  {
    id: 'S6-E02', sector: '区教育局（预算执行率未达仍满分）', form: edu(patch(EDU, { 7: { score: 10 } }), { total_score: 100 }),
// Measured as optional since the harness began: an optional expectation on the same code and row replaced this one until
    // set 19 fixed measure-forms.ts; review-precision.test.ts reads a whole-number sheet as rounding (10 for 9.78).
    expect: [F('self_evaluation', 7, 'score', true), F('self_evaluation', 7, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 99.68, grade: '优' },
  },
  {
    id: 'S6-E03', sector: '区教育局（数量指标写基本完成）', form: edu(patch(EDU, { 1: { actual: '基本完成' } })),
    expect: [F('self_evaluation', 1, 'actual')], scoring: null,
  },
  {
    id: 'S6-E04', sector: '区教育局（总分少算1分）', form: edu(EDU, { total_score: 98.68 }),
    expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.68, grade: '优' },
  },
  {
    id: 'S6-E05', sector: '区教育局（巩固率未达无原因）', form: edu(patch(EDU, { 0: { actual: '98.5%', score: 14.92 } }), { total_score: 99.6 }),
    expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 99.6, grade: '优' },
  },
  {
    id: 'S6-E06', sector: '区教育局（分值合计105）', form: edu(patch(EDU, { 5: { weight: 20, score: 20 } }), { total_score: 104.68 }),
    expect: [F('weights', null, 'weight')], scoring: null,
  },
  { id: 'S6-E07', sector: '街道评分表（90+10，无目标值）', form: dse({ org: '某街道办事处', total_score: 96.7, indicators: TOWN }), expect: [], scoring: { total: 96.7, grade: '优' } },
  {
    id: 'S6-E08', sector: '街道评分表（总分不是合计）', form: dse({ org: '某街道办事处', total_score: 97.7, indicators: TOWN }),
    expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 96.7, grade: '优' },
  },
];

export const SET6_CASES: FormCase[] = [...SET6_PROJECT_CASES, ...SET6_DEPARTMENT_CASES];
