import { B, C, ECO, F, type FormCase, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 35F (session 16), 项目支出绩效目标表 as submitted for review: 中小河流治理 (区水利局, 8 rows on 90) and 困难群众
 * 临时救助 (区民政局, 7 rows on 90), both on the 2021 tree. Aimed at the form-level checks, goal_vs_indicators and private_data
 * above all, with their look-alikes. Written before reading any code under review/; readings in set-35-cases.ts.
 */

/** 8 rows on 90; 4200 = 财政 4000 + 其他 200 = 区级 3600 + 补助街镇 600. */
const RIVER = [
  r(O, NUM, '治理河道长度', '>=', '12', '公里', 15), r(O, NUM, '新建加固堤防', '>=', '8.5', '公里', 10),
  r(O, QUA, '工程质量验收合格率', '=', '100', '%', 10), r(O, TIM, '主体工程完工时间', Q, '2025年11月底前', null, 5),
  r(C, ECO, '每公里河道综合治理成本', '<=', '350', '万元/公里', 10), r(B, SOC, '受益群众', '>=', '3.2', '万人', 15),
  r(B, SUS, '河道防洪能力', Q, '达到20年一遇防洪标准', null, 10), r(S, SAT, '沿河群众满意度', '>=', '90', '%', 15),
];
const RIVER_GOAL = '治理中小河流河道12公里，新建加固堤防8.5公里，主体工程2025年11月底前完工，受益群众3.2万人。';
const river = (fields: Record<string, unknown> = {}, indicators = RIVER) => pt({
  org: '区水利局', project_name: '中小河流治理', budget_total_wan: 4200, budget_fiscal_wan: 4000, budget_other_wan: 200,
  budget_district_wan: 3600, budget_subsidy_towns_wan: 600, spending_plan: plan(15, 40, 80, 100),
  overview: '对城区及农村段中小河流实施河道清淤疏浚、堤防新建加固和生态护岸建设，提升防洪排涝能力。', goal: RIVER_GOAL, indicators, ...fields,
});
const goalAdd = (tail: string) => `${RIVER_GOAL.replace(/。$/, '')}，${tail}`;

/** 7 rows on 90; 520 = 财政 520 + 其他 0 = 区级 400 + 补助街镇 120. */
const RELIEF = [
  r(O, NUM, '临时救助困难群众', '>=', '1500', '人次', 15), r(O, NUM, '走访排查低收入人口', '>=', '2', '万户', 10),
  r(O, QUA, '救助对象认定准确率', '>=', '98', '%', 15), r(O, TIM, '急难型救助审批时限', '<=', '24', '小时', 10),
  r(C, ECO, '项目总成本', '<=', '520', '万元', 10), r(B, SOC, '困难群众基本生活保障', Q, '有效保障', null, 15),
  r(S, SAT, '救助对象满意度', '>=', '90', '%', 15),
];
const RELIEF_GOAL = '全年临时救助困难群众1500人次，走访排查低收入人口2万户，急难型救助24小时内完成审批，项目总成本控制在520万元以内。';
const relief = (fields: Record<string, unknown> = {}, indicators = RELIEF) => pt({
  org: '区民政局', project_name: '困难群众临时救助', budget_total_wan: 520, budget_fiscal_wan: 520, budget_other_wan: 0,
  budget_district_wan: 400, budget_subsidy_towns_wan: 120, spending_plan: plan(25, 50, 75, 100),
  overview: '对遭遇突发事件、意外伤害、重大疾病等导致基本生活陷入困境的家庭和个人给予临时救助。', goal: RELIEF_GOAL, indicators, ...fields,
});

export const SET35_PROJECT_TARGET_CASES: FormCase[] = [
  { id: 'S35-H01', sector: '中小河流治理（干净）', form: river(), expect: [] },
  {
    id: 'S35-H02', sector: '中小河流治理（目标写防洪标准20年一遇，定性指标值里有，安静）', expect: [],
    form: river({ goal: goalAdd('河道防洪标准提高到20年一遇。') }),
  },
  {
    id: 'S35-H03', sector: '中小河流治理（目标写十四五第一批、总投资4200万元，安静）', expect: [],
    form: river({ goal: `列入“十四五”中小河流治理第一批项目，总投资4200万元，${RIVER_GOAL}` }),
  },
  {
    id: 'S35-H04', sector: '中小河流治理（目标引防洪法条文和文号，安静）', expect: [],
    form: river({ goal: `根据《中华人民共和国防洪法》第十五条和渝水发〔2024〕12号文件要求，${RIVER_GOAL}` }),
  },
  { id: 'S35-H05', sector: '中小河流治理（目标含生态护岸6公里无指标）', form: river({ goal: goalAdd('建设生态护岸6公里。') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S35-H06', sector: '中小河流治理（目标15公里，指标12公里）', form: river({ goal: RIVER_GOAL.replace('12公里', '15公里') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S35-H07', sector: '中小河流治理（目标写12至15公里，安静）', form: river({ goal: RIVER_GOAL.replace('12公里', '12至15公里') }), expect: [] },
  {
    id: 'S35-H08', sector: '中小河流治理（概述写联系人姓名手机）', expect: [F('private_data', null, 'overview')],
    form: river({ overview: '对中小河流实施清淤疏浚和堤防加固。项目联系人：刘晓东，手机13512345678。' }),
  },
  {
    id: 'S35-H09', sector: '中小河流治理（地名王家坝、张家港村，李某等12户，科室座机，项目编码，安静）', expect: [],
    form: river({
      project_code: '500108250000000012345',
      overview: '治理范围为王家坝至张家港村河段，2024年汛期李某等12户沿河住户房屋进水。项目编码500108250000000012345，咨询电话023-62851234（区水利局河湖科）。',
    }),
  },
  { id: 'S35-H10', sector: '中小河流治理（满意度权重10，合计85）', form: river({}, patch(RIVER, { 7: { weight: 10 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S35-H11', sector: '中小河流治理（经济成本放在效益下）', form: river({}, patch(RIVER, { 4: { level1: B } })),
    expect: [F('levels', 4, null), F('level_vs_name', 4, null, true)],
  },
  {
    id: 'S35-H12', sector: '中小河流治理（同一指标写两次：治理河道长度/治理河道长度（公里））', expect: [F('names', 1, null)],
    form: river({ goal: '治理中小河流河道12公里，主体工程2025年11月底前完工，受益群众3.2万人。' },
      patch(RIVER, { 1: { name: '治理河道长度（公里）', target: '12' } })),
  },
  {
    id: 'S35-H13', sector: '中小河流治理（城区段/农村段两行，目标写合计与分段，安静）', expect: [],
    form: river({ goal: RIVER_GOAL.replace('河道12公里', '河道12公里（城区段4公里、农村段8公里）') },
      [r(O, NUM, '城区段河道治理长度', '>=', '4', '公里', 8), r(O, NUM, '农村段河道治理长度', '>=', '8', '公里', 7), ...RIVER.slice(1)]),
  },
  { id: 'S35-R01', sector: '临时救助（干净）', form: relief(), expect: [] },
  {
    id: 'S35-R02', sector: '临时救助（概述写救助对象姓名身份证号）', expect: [F('private_data', null, 'overview')],
    form: relief({ overview: '2024年救助对象中，居民王秀兰（身份证号500108195208121526）因病致贫，给予临时救助。' }),
  },
  {
    id: 'S35-R03', sector: '临时救助（12345热线、救助科座机、项目编码，安静）', expect: [],
    form: relief({ project_code: '500108-2025-MZ-0031', overview: '困难群众可拨打12345政务服务便民热线或区民政局社会救助科023-62555123申请临时救助。' }),
  },
  {
    id: 'S35-R04', sector: '临时救助（立项依据引国务院令第649号和文号，安静）', expect: [],
    form: relief({ basis: '《社会救助暂行办法》（国务院令第649号）、《民政部 财政部关于进一步加强和改进临时救助工作的意见》（民发〔2018〕23号）。' }),
  },
  { id: 'S35-R05', sector: '临时救助（目标写1天内审批，指标24小时，安静）', form: relief({ goal: RELIEF_GOAL.replace('24小时内', '1天内') }), expect: [] },
  { id: 'S35-R06', sector: '临时救助（目标写1500—1800人次，安静）', form: relief({ goal: RELIEF_GOAL.replace('1500人次', '1500—1800人次') }), expect: [] },
  { id: 'S35-R07', sector: '临时救助（目标写成本600万元，指标520万元）', form: relief({ goal: RELIEF_GOAL.replace('520万元', '600万元') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S35-R08', sector: '临时救助（满意度放在产出下）', form: relief({}, patch(RELIEF, { 6: { level1: O } })),
    expect: [F('levels', 6, null), F('level_vs_name', 6, null, true), F('coverage', null, null, true)],
  },
  { id: 'S35-R09', sector: '临时救助（满意度目标80%）', form: relief({}, patch(RELIEF, { 6: { target: '80' } })), expect: [F('satisfaction', 6, null)] },
  {
    id: 'S35-R10', sector: '临时救助（无效益指标）', expect: [F('coverage', null, null)],
    form: relief({}, patch(RELIEF, { 5: { level1: O, level2: QUA, name: '救助资金社会化发放率', comparator: '=', target: '100', unit: '%' } })),
  },
];
