import { B, C, ECN, ECO, ENV, F, type FormCase, NUM, O, patch, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 27 (issue 3), 项目支出绩效目标表 as submitted for review, in 高标准农田建设, 小型水库除险加固, 城镇污水处理
 * and 居家养老服务. Written before reading any code under review/; readings in set-27-cases.ts.
 */

/** 高标准农田建设: 9 rows on 90. */
const FARM = [
  r(O, NUM, '新建高标准农田', '>=', '1.5', '万亩', 10), r(O, NUM, '新建改造灌排渠道', '>=', '42', '公里', 10),
  r(O, QUA, '工程验收合格率', '=', '100', '%', 10), r(O, TIM, '项目完工时间', Q, '2025年12月底前', null, 5),
  r(C, ECO, '亩均财政投入', '<=', '2000', '元', 5), r(B, ECN, '项目区粮食亩均增产', '>=', '50', '公斤', 15),
  r(B, SOC, '受益农户', '>=', '6800', '户', 10), r(B, SUS, '工程设施管护机制', Q, '持续完善', null, 10),
  r(S, SAT, '项目区农户满意度', '>=', '90', '%', 15),
];
const FARM_GOAL = '2025年新建高标准农田1.5万亩，配套新建改造灌排渠道42公里，工程验收合格率100%，12月底前全部完工，项目区粮食亩均增产50公斤以上，'
  + '惠及农户6800户。';
const farm = (fields: Record<string, unknown> = {}, indicators = FARM) => pt({
  org: '区农业农村委员会', project_name: '高标准农田建设', budget_total_wan: 3000, budget_fiscal_wan: 2600, budget_other_wan: 400,
  overview: '在龙岗、双河两个镇建设高标准农田，配套灌排、田间道路和农田输配电设施。', goal: FARM_GOAL, indicators, ...fields,
});
/** The qualitative 管护机制 row replaced by an output value in 万元. */
const FARM_VALUE = patch(FARM, { 7: { level2: ECN, name: '带动项目区农业产值增加', comparator: '>=', target: '12000', unit: '万元' } });

/** 小型水库除险加固: 9 rows on 90. */
const DAM = [
  r(O, NUM, '完成小型水库除险加固', '=', '6', '座', 10), r(O, NUM, '新建大坝安全监测设施', '>=', '6', '套', 5),
  r(O, QUA, '工程质量验收合格率', '=', '100', '%', 10), r(O, TIM, '主体工程完工时间', Q, '2025年汛期前', null, 10),
  r(C, ECO, '单座水库平均投资', '<=', '150', '万元', 5), r(B, SOC, '保护下游人口', '>=', '1.2', '万人', 15),
  r(B, SOC, '恢复灌溉面积', '>=', '3600', '亩', 10), r(B, SUS, '水库安全运行管理', Q, '长效规范', null, 10),
  r(S, SAT, '受益群众满意度', '>=', '90', '%', 15),
];
const DAM_GOAL = '完成6座小型水库除险加固，配套建设大坝安全监测设施6套，主体工程汛期前完工，消除水库病险隐患，保护下游1.2万人生命财产安全，'
  + '恢复灌溉面积3600亩。';
const dam = (fields: Record<string, unknown> = {}, indicators = DAM) => pt({
  org: '区水利局', project_name: '小型水库除险加固', budget_total_wan: 900, budget_fiscal_wan: 900, budget_other_wan: 0,
  budget_district_wan: 600, budget_subsidy_towns_wan: 300, basis: '《重庆市小型水库除险加固实施方案（2021—2025年）》。',
  goal: DAM_GOAL, indicators, ...fields,
});

/** 城镇污水处理提质增效: 9 rows on 90. */
const SEW = [
  r(O, NUM, '新建改造污水管网', '>=', '35', '公里', 10), r(O, NUM, '污水处理厂日处理能力', '>=', '5', '万吨', 10),
  r(O, QUA, '出水水质达标率', '=', '100', '%', 10), r(O, TIM, '管网完工时间', Q, '2025年11月底前', null, 5),
  r(C, ECO, '吨水运营成本', '<=', '1.2', '元', 5), r(B, ENV, '城市生活污水集中收集率', '>=', '75', '%', 15),
  r(B, ENV, '削减化学需氧量', '>=', '3200', '吨', 10), r(B, SUS, '排水设施运维机制', Q, '持续完善', null, 10),
  r(S, SAT, '周边居民满意度', '>=', '90', '%', 15),
];
const SEW_GOAL = '新建改造城镇污水管网35公里，保障污水处理厂5万吨/日稳定运行，出水水质达标率100%，城市生活污水集中收集率达到75%，'
  + '全年削减化学需氧量3200吨。';
const sew = (fields: Record<string, unknown> = {}, indicators = SEW) => pt({
  org: '区城市管理局', project_name: '城镇污水处理提质增效', budget_total_wan: 2400, budget_fiscal_wan: 2000, budget_other_wan: 400,
  overview: '实施城区雨污分流和污水管网改造，保障污水处理厂稳定运行。', goal: SEW_GOAL, indicators, ...fields,
});
/** 预算执行率 carried as a row of 10 beside the 90 points. */
const SEW_EXEC = [...SEW, r(O, TIM, '预算执行率', '>=', '90', '%', 10)];

/** 居家养老服务: 9 rows on 90. */
const CARE = [
  r(O, NUM, '居家养老上门服务', '>=', '2.4', '万人次', 10), r(O, NUM, '建设社区养老服务站', '=', '8', '个', 10),
  r(O, NUM, '特殊困难老人家庭适老化改造', '>=', '300', '户', 10), r(O, QUA, '服务质量抽查合格率', '>=', '95', '%', 10),
  r(O, TIM, '服务补贴按月拨付及时率', '=', '100', '%', 5), r(C, ECO, '人均服务补贴标准', '<=', '1200', '元', 5),
  r(B, SOC, '特殊困难老年人月探访率', '=', '100', '%', 15), r(B, SUS, '居家社区养老服务网络', Q, '逐步健全', null, 10),
  r(S, SAT, '服务对象满意度', '>=', '92', '%', 15),
];
const CARE_GOAL = '为辖区特殊困难老年人提供居家养老上门服务2.4万人次，建设社区养老服务站8个，完成300户特殊困难老人家庭适老化改造，'
  + '特殊困难老年人月探访率达到100%。';
const care = (fields: Record<string, unknown> = {}, indicators = CARE) => pt({
  org: '区民政局', project_name: '居家和社区养老服务', budget_total_wan: 560, budget_fiscal_wan: 560, budget_other_wan: 0,
  overview: '通过政府购买服务，为特殊困难老年人提供助餐、助洁、助医等居家养老上门服务。', goal: CARE_GOAL, indicators, ...fields,
});

export const SET27_PROJECT_TARGET_CASES_A: FormCase[] = [
  // 高标准农田建设
  { id: 'S27-P01', sector: '高标准农田（干净）', form: farm(), expect: [] },
  {
    id: 'S27-P02', sector: '高标准农田（目标以上年累计数作背景）', expect: [],
    form: farm({ goal: `截至2024年底，全区已累计建成高标准农田28.6万亩。${FARM_GOAL}` }),
  },
  { id: 'S27-P03', sector: '高标准农田（目标1.2亿元，指标12000万元）', form: farm({ goal: `${FARM_GOAL}带动项目区农业产值增加1.2亿元。` }, FARM_VALUE), expect: [] },
  {
    id: 'S27-P04', sector: '高标准农田（目标1.5亿元，指标12000万元）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: farm({ goal: `${FARM_GOAL}带动项目区农业产值增加1.5亿元。` }, FARM_VALUE),
  },
  { id: 'S27-P05', sector: '高标准农田（目标2万亩，指标1.5万亩）', form: farm({ goal: FARM_GOAL.replace('1.5万亩', '2万亩') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S27-P06', sector: '高标准农田（概况写承包户身份证号）', expect: [F('private_data', null, 'overview')],
    form: farm({ overview: '项目区涉及承包户赵德明（身份证号500234196507128816）等42户的土地流转，流转费用由村集体统一支付。' }),
  },
  { id: 'S27-P07', sector: '高标准农田（财政2600+其他300≠3000）', form: farm({ budget_other_wan: 300 }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S27-P08', sector: '高标准农田（目标写2026年，表为2025年）', form: farm({ goal: FARM_GOAL.replace('2025年', '2026年') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  // 小型水库除险加固
  { id: 'S27-P09', sector: '水库除险加固（干净）', form: dam(), expect: [] },
  { id: 'S27-P10', sector: '水库除险加固（目标为套话）', form: dam({ goal: '确保项目顺利实施，充分发挥资金使用效益。' }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S27-P11', sector: '水库除险加固（目标只写项目名称）', form: dam({ goal: '小型水库除险加固项目。' }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S27-P12', sector: '水库除险加固（目标无数字但具体）', expect: [],
    form: dam({ goal: '完成石门、双河等小型水库除险加固，汛期前主体完工并通过蓄水安全鉴定，消除病险隐患，恢复水库设计灌溉和防洪功能。' }),
  },
  { id: 'S27-P13', sector: '水库除险加固（区级600+补助街镇200≠900）', form: dam({ budget_subsidy_towns_wan: 200 }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S27-P14', sector: '水库除险加固（立项依据写反映人手机）', expect: [F('private_data', null, 'basis')],
    form: dam({ basis: '《重庆市小型水库除险加固实施方案（2021—2025年）》；下游村民李成贵（电话13896045521）多次反映坝体渗漏。' }),
  },
  {
    id: 'S27-P15', sector: '水库除险加固（合同编号、监督电话、信用代码）', expect: [],
    form: dam({ basis: '《重庆市小型水库除险加固实施方案（2021—2025年）》；施工合同编号：SK-2025-0126；质量监督电话12314；施工单位统一社会信用代码91500108MA5YH2R63K。' }),
  },
  { id: 'S27-P16', sector: '水库除险加固（成本作产出二级）', form: dam({}, patch(DAM, { 4: { level1: O } })), expect: [F('levels', 4, null)] },
  // 城镇污水处理
  { id: 'S27-P17', sector: '污水处理（干净，5万吨/日）', form: sew(), expect: [] },
  { id: 'S27-P18', sector: '污水处理（目标35000米，指标35公里）', form: sew({ goal: SEW_GOAL.replace('35公里', '35000米') }), expect: [] },
  {
    id: 'S27-P19', sector: '污水处理（中长期目标与年度目标）', expect: [],
    form: sew({ goal: `中长期目标：到2027年城市生活污水集中收集率达到80%，新建改造管网120公里。年度目标：${SEW_GOAL}` }),
  },
  {
    id: 'S27-P20', sector: '污水处理（年度目标雨污分流小区12个无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: sew({ goal: `中长期目标：到2027年城市生活污水集中收集率达到80%。年度目标：${SEW_GOAL}完成雨污分流改造小区12个。` }),
  },
  { id: 'S27-P21', sector: '污水处理（90分+预算执行率10分=100）', form: sew({}, SEW_EXEC), expect: [] },
  {
    id: 'S27-P22', sector: '污水处理（含预算执行率10分合计90）', expect: [F('weights', null, 'weight')],
    form: sew({}, patch(SEW_EXEC, { 5: { weight: 5 } })),
  },
  {
    id: 'S27-P23', sector: '污水处理（目标写拆迁户银行卡号）', expect: [F('private_data', null, 'goal')],
    form: sew({ goal: `${SEW_GOAL}对管网沿线拆迁户陈国富（农行卡号6228480478123456789）发放临时过渡补助。` }),
  },
  // 居家养老服务
  { id: 'S27-P24', sector: '居家养老（干净）', form: care(), expect: [] },
  {
    id: 'S27-P25', sector: '居家养老（概况写独居老人病情）', expect: [F('private_data', null, 'overview')],
    form: care({ overview: '服务对象包括独居老人杨淑芬（患阿尔茨海默病，长期卧床）等特殊困难老年人，提供助餐、助洁、助医服务。' }),
  },
  {
    id: 'S27-P26', sector: '居家养老（凭身份证登记、12345、12349）', expect: [],
    form: care({ overview: '老年人凭身份证或社保卡到社区养老服务站登记，服务监督电话12345，养老服务热线12349。' }),
  },
  { id: 'S27-P27', sector: '居家养老（目标10个站，指标8个）', form: care({ goal: CARE_GOAL.replace('服务站8个', '服务站10个') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S27-P28', sector: '居家养老（上年12个站作基础）', form: care({ goal: `在2024年建成12个社区养老服务站的基础上，${CARE_GOAL}` }), expect: [] },
  {
    id: 'S27-P29', sector: '居家养老（无满意度指标）', expect: [F('coverage', null, null)],
    form: care({}, patch(CARE, { 8: { level1: B, level2: SOC, name: '老年人助餐服务覆盖率', comparator: '>=', target: '60', unit: '%' } })),
  },
];
