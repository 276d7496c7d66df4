import { B, C, ECN, ECO, F, type FormCase, NUM, O, patch, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 30F (session 11), 项目支出绩效目标表 as submitted for review: 农村公路养护 on the 2021 tree (成本 its own 一级)
 * and 社区居家养老服务 on the 2020 tree (成本 a 二级 of 产出). Written before reading any code under review/; readings in
 * set-30-cases.ts.
 */

/** 农村公路养护 (区交通运输委员会): 9 rows on 90, 2021 tree. */
const ROAD = [
  r(O, NUM, '农村公路日常养护里程', '>=', '420', '公里', 15), r(O, NUM, '实施农村公路安全生命防护工程', '>=', '35', '公里', 10),
  r(O, QUA, '农村公路优良中等路率', '>=', '85', '%', 10), r(O, TIM, '水毁路段抢通时间', '<=', '48', '小时', 5),
  r(C, ECO, '每公里年度养护成本', '<=', '1.2', '万元', 5), r(B, SOC, '农村公路列养率', '=', '100', '%', 15),
  r(B, SUS, '农村公路管养长效机制', Q, '持续完善', null, 10), r(B, ECN, '带动沿线群众就业', '>=', '260', '人', 5),
  r(S, SAT, '沿线群众满意度', '>=', '90', '%', 15),
];
const ROAD_GOAL = '2025年完成农村公路日常养护里程420公里，实施安全生命防护工程35公里，优良中等路率达到85%以上，水毁路段48小时内抢通，'
  + '农村公路列养率100%，带动沿线群众就业260人。';
const road = (fields: Record<string, unknown> = {}, indicators = ROAD) => pt({
  org: '区交通运输委员会', project_name: '农村公路养护', budget_total_wan: 504, budget_fiscal_wan: 450, budget_other_wan: 54,
  overview: '对全区420公里农村公路实施日常养护，在临水临崖路段实施安全生命防护工程。', goal: ROAD_GOAL, indicators, ...fields,
});

/** 社区居家养老服务 (区民政局): 8 rows on 90, 2020 tree with 成本指标 under 产出, 区级支出/补助街镇. */
const CARE = [
  r(O, NUM, '为居家老年人提供上门服务', '>=', '6', '万人次', 15), r(O, NUM, '建设社区养老服务站', '>=', '18', '个', 10),
  r(O, QUA, '服务工单回访率', '>=', '95', '%', 10), r(O, TIM, '服务需求响应时间', '<=', '24', '小时', 5),
  r(O, '成本指标', '上门服务补贴标准', '=', '40', '元/人次', 5), r(B, SOC, '特殊困难老年人月探访率', '=', '100', '%', 15),
  r(B, SUS, '居家养老服务网络', Q, '持续完善', null, 15), r(S, SAT, '服务老年人满意度', '>=', '90', '%', 15),
];
const CARE_GOAL = '为居家老年人提供上门服务6万人次，建设社区养老服务站18个，服务工单回访率95%以上，服务需求24小时内响应，特殊困难老年人月探访率100%。';
const care = (fields: Record<string, unknown> = {}, indicators = CARE) => pt({
  org: '区民政局', project_name: '社区居家养老服务', budget_total_wan: 620, budget_fiscal_wan: 620, budget_other_wan: 0,
  budget_district_wan: 420, budget_subsidy_towns_wan: 200,
  overview: '通过政府购买服务，为全区高龄、失能、独居等居家老年人提供助餐、助洁、助医等上门服务。', goal: CARE_GOAL, indicators, ...fields,
});
/** 效益 rows replaced by outputs of the same weights (no 效益 left). */
const CARE_NO_EFFECT = patch(CARE, {
  5: { level1: O, level2: NUM, name: '开展助餐服务', comparator: '>=', target: '1.5', unit: '万人次' },
  6: { level1: O, level2: QUA, name: '护理员持证上岗率', comparator: '>=', target: '90', unit: '%' },
});

/** The 居家养老 forms come from a region still on the 2020 framework (rules.md §2: the framework is a per-region policy). */
const onFramework2020 = (cases: FormCase[]): FormCase[] => cases.map((c) => ({ ...c, policy: { ...c.policy, framework: '2020' } }));

const ROAD_CASES: FormCase[] = [
  // 农村公路养护
  { id: 'S30-R01', sector: '农村公路养护（干净）', form: road(), expect: [] },
  { id: 'S30-R02', sector: '农村公路养护（目标养护460公里，指标420公里）', form: road({ goal: ROAD_GOAL.replace('420公里', '460公里') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S30-R03', sector: '农村公路养护（目标35000米，指标35公里）', form: road({ goal: ROAD_GOAL.replace('35公里', '35000米') }), expect: [] },
  {
    id: 'S30-R04', sector: '农村公路养护（目标含新建错车道80处无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: road({ goal: `${ROAD_GOAL}新建错车道80处。` }),
  },
  {
    id: 'S30-R05', sector: '农村公路养护（概况写护路员姓名手机）', expect: [F('private_data', null, 'overview')],
    form: road({ overview: '对全区420公里农村公路实施日常养护，护路员周德明（手机13908317726）负责长生桥段每日巡查。' }),
  },
  {
    id: 'S30-R06', sector: '农村公路养护（概况写12328和座机，安静）', expect: [],
    form: road({ overview: '路况问题可拨打12328交通运输服务监督电话或023-62456789反映，养护单位接报后48小时内处置。' }),
  },
  { id: 'S30-R07', sector: '农村公路养护（财政450+其他64≠504）', form: road({ budget_other_wan: 64 }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S30-R08', sector: '农村公路养护（权重合计95）', form: road({}, patch(ROAD, { 0: { weight: 20 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S30-R09', sector: '农村公路养护（经济成本挂效益）', expect: [F('levels', 4, null), F('level_vs_name', 4, null, true)],
    form: road({}, patch(ROAD, { 4: { level1: B } })),
  },
  {
    id: 'S30-R10', sector: '农村公路养护（无满意度指标）', expect: [F('coverage', null, null)],
    form: road({}, patch(ROAD, { 8: { level1: B, level2: SOC, name: '建制村通硬化路比例', comparator: '=', target: '100' } })),
  },
  { id: 'S30-R11', sector: '农村公路养护（目标写2024年，表为2025年）', form: road({ goal: ROAD_GOAL.replace('2025年', '2024年') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S30-R12', sector: '农村公路养护（一行权重0，合计仍90）', expect: [F('weights', 7, 'weight')],
    form: road({}, patch(ROAD, { 7: { weight: 0 }, 1: { weight: 15 } })),
  },
  {
    id: 'S30-R13', sector: '农村公路养护（立项依据含文号和项目编码，安静）', expect: [],
    form: road({ basis: '《重庆市农村公路条例》及《南岸区农村公路养护管理办法》（南府办发〔2024〕21号），项目编码2025-500108-48-01-027731。' }),
  },
  { id: 'S30-R14', sector: '农村公路养护（目标优良中等路率80%，指标85%）', form: road({ goal: ROAD_GOAL.replace('85%', '80%') }), expect: [F('goal_vs_indicators', null, 'goal')] },
];

// Relabelled after measuring: the forms harness reviews with the region's policy (default 2021), so the 2020-tree forms say so.
const CARE_CASES: FormCase[] = onFramework2020([
  { id: 'S30-C01', sector: '居家养老服务（干净，2020树成本挂产出）', form: care(), expect: [] },
  { id: 'S30-C02', sector: '居家养老服务（目标60000人次，指标6万人次）', form: care({ goal: CARE_GOAL.replace('6万人次', '60000人次') }), expect: [] },
  { id: 'S30-C03', sector: '居家养老服务（目标服务站20个，指标18个）', form: care({ goal: CARE_GOAL.replace('18个', '20个') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S30-C04', sector: '居家养老服务（概况写老人姓名门牌）', expect: [F('private_data', null, 'overview')],
    form: care({ overview: '重点为独居老人何玉珍（南坪街道通江社区12栋3单元402）等高龄、失能老年人提供助餐、助洁、助医等上门服务。' }),
  },
  {
    id: 'S30-C05', sector: '居家养老服务（概况写张某某等36名和12349，安静）', expect: [],
    form: care({ overview: '张某某等36名独居老人已纳入每日探访，服务需求可拨打12349民政服务热线。' }),
  },
  { id: 'S30-C06', sector: '居家养老服务（区级420+补助街镇180≠620）', form: care({ budget_subsidy_towns_wan: 180 }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S30-C07', sector: '居家养老服务（权重合计85）', form: care({}, patch(CARE, { 6: { weight: 10 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S30-C08', sector: '居家养老服务（成本指标挂效益）', expect: [F('levels', 4, null), F('level_vs_name', 4, null, true)],
    form: care({}, patch(CARE, { 4: { level1: B } })),
  },
  {
    id: 'S30-C09', sector: '居家养老服务（无效益指标）', expect: [F('coverage', null, null)],
    form: care({ goal: '为居家老年人提供上门服务6万人次，其中助餐服务1.5万人次，建设社区养老服务站18个，服务工单回访率95%以上，服务需求24小时内响应。' }, CARE_NO_EFFECT),
  },
  { id: 'S30-C10', sector: '居家养老服务（目标为套话）', form: care({ goal: '认真落实养老服务政策，确保项目顺利实施，充分发挥资金使用效益。' }), expect: [F('goal_vs_indicators', null, 'goal')] },
]);

export const SET30_PROJECT_TARGET_CASES: FormCase[] = [...ROAD_CASES, ...CARE_CASES];
