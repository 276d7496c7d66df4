import { B, C, ECO, ENV, F, type FormCase, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 46F (session 21), 2027年专项转移支付区域绩效目标表 as a 市级 bureau files them for its 区县: 重点生态功能区
 * 转移支付 (E, 中央 + 省级, 52000 万元) and 车购税收入补助地方 (T, 农村公路, 中央车购税 + 省级 + 市级配套, 36000 万元). The
 * template has no weight column. Written before reading any code under review/; readings in set-46-cases.ts.
 */
const year = (fields: Record<string, unknown>) => pt({ fiscal_year: 2027, ...fields });

/** 8 rows, no weights; 52000 = 中央38000 + 省级14000, all 财政资金. */
const ECOLOGY = [
  r(O, NUM, '县域生态环境质量监测点位', '>=', '45', '个', null), r(O, NUM, '新增生态公益林管护面积', '>=', '12', '万亩', null),
  r(O, QUA, '国控断面水质达标率', '>=', '95', '%', null), r(O, TIM, '资金分配下达时限', Q, '省级资金到位后30日内', null, null),
  r(B, ENV, '县域生态环境质量指数', Q, '保持稳定或改善', null, null), r(B, SOC, '选聘生态护林员', '>=', '2600', '人', null),
  r(B, SUS, '生态保护补偿长效机制', Q, '持续健全', null, null), r(S, SAT, '受益群众满意度', '>=', '90', '%', null),
];
const ECOLOGY_GOAL = '区域年度目标：2027年新增生态公益林管护面积12万亩，建设县域生态环境质量监测点位45个，国控断面水质达标率95%以上，'
  + '选聘生态护林员2600人，县域生态环境质量保持稳定。';
const ECOLOGY_OVERVIEW = '重点生态功能区转移支付用于限制开发区域的生态保护修复和基本公共服务保障。2027年资金总额52000万元，'
  + '资金来源：中央财政资金38000万元，省级财政资金14000万元。';
const ecology = (fields: Record<string, unknown> = {}, indicators = ECOLOGY) => year({
  org: '清江市财政局', department: '清江市财政局', project_name: '重点生态功能区转移支付（区域绩效目标）', budget_total_wan: 52000,
  budget_fiscal_wan: 52000, budget_other_wan: null, overview: ECOLOGY_OVERVIEW, basis: '《中央对地方重点生态功能区转移支付办法》。',
  goal: ECOLOGY_GOAL, spending_plan: null, indicators, ...fields,
});

/** 9 rows, no weights; 36000 = 中央车购税30000 + 省级4000 + 市级2000. */
const ROAD = [
  r(O, NUM, '新改建农村公路', '>=', '420', '公里', null), r(O, NUM, '危桥改造', '>=', '18', '座', null),
  r(O, NUM, '实施安全生命防护工程', '>=', '260', '公里', null), r(O, QUA, '新改建农村公路交工验收合格率', '>=', '98', '%', null),
  r(O, TIM, '年度建设任务完成时限', Q, '2027年12月底前', null, null), r(C, ECO, '每公里农村公路新改建补助标准', '<=', '60', '万元/公里', null),
  r(B, SOC, '通硬化路建制村比例', '=', '100', '%', null), r(B, SUS, '农村公路管养长效机制', Q, '持续完善', null, null),
  r(S, SAT, '沿线群众满意度', '>=', '90', '%', null),
];
const ROAD_GOAL = '年度目标：2027年全市新改建农村公路420公里，改造危桥18座，实施安全生命防护工程260公里，新改建农村公路交工验收合格率98%以上。';
const ROAD_OVERVIEW = '车购税收入补助地方资金用于农村公路新改建、危桥改造和安全生命防护工程。2027年资金总额36000万元，'
  + '资金来源：中央车购税资金30000万元，省级配套4000万元，市级配套2000万元。';
const road = (fields: Record<string, unknown> = {}, indicators = ROAD) => year({
  org: '清江市交通运输局', department: '清江市交通运输局', project_name: '车购税收入补助地方（农村公路）区域绩效目标', budget_total_wan: 36000,
  budget_fiscal_wan: 36000, budget_other_wan: null, overview: ROAD_OVERVIEW, basis: '《车辆购置税收入补助地方资金管理暂行办法》。',
  goal: ROAD_GOAL, spending_plan: plan(20, 50, 85, 100), indicators, ...fields,
});

export const SET46_TRANSFER_REGION_CASES: FormCase[] = [
  { id: 'S46-E01', sector: '重点生态功能区转移支付（干净，无权重列）', form: ecology(), expect: [] },
  {
    id: 'S46-E02', sector: '重点生态功能区（概况来源38000+13000≠52000）', expect: [F('budget_arithmetic')],
    form: ecology({ overview: ECOLOGY_OVERVIEW.replace('省级财政资金14000万元', '省级财政资金13000万元') }),
  },
  {
    id: 'S46-E03', sector: '重点生态功能区（预算数填三年中期156000，财政资金52000）', expect: [F('budget_arithmetic')],
    form: ecology({ budget_total_wan: 156000, overview: `2025—2027年中期资金总额156000万元。${ECOLOGY_OVERVIEW}` }),
  },
  {
    id: 'S46-E04', sector: '重点生态功能区（各区县年度目标分列，合计等于区域指标，安静）', expect: [],
    form: ecology({ goal: `${ECOLOGY_GOAL}各区县年度目标：青山县新增管护面积5万亩、建设监测点位18个；白河县新增管护面积4万亩、建设监测点位15个；`
      + '石门县新增管护面积3万亩、建设监测点位12个。' }),
  },
  {
    id: 'S46-E05', sector: '重点生态功能区（年度目标写PM2.5浓度30微克/立方米，无指标）', expect: [F('goal_vs_indicators')],
    form: ecology({ goal: ECOLOGY_GOAL.replace('县域生态环境质量保持稳定。', 'PM2.5年均浓度控制在30微克/立方米以内，县域生态环境质量保持稳定。') }),
  },
  {
    id: 'S46-E06', sector: '重点生态功能区（概况写经办人手机）', expect: [F('private_data')],
    form: ecology({ overview: `${ECOLOGY_OVERVIEW}经办人：陈晓东，联系电话13883025417。` }),
  },
  {
    id: 'S46-E07', sector: '重点生态功能区（概况写财政专户开户行及账号，安静）', expect: [],
    form: ecology({ overview: `${ECOLOGY_OVERVIEW}资金通过市财政局国库集中支付专户拨付，开户行：中国农业银行清江分行，账号：22-140101040012345。` }),
  },
  {
    id: 'S46-E08', sector: '重点生态功能区（依据写文号、组织机构代码，安静）', expect: [],
    form: ecology({ basis: '《财政部关于下达2027年中央对地方重点生态功能区转移支付预算的通知》（财预〔2026〕118号）；省财政厅财资环〔2026〕45号。',
      org_code: '00875432-1', overview: `${ECOLOGY_OVERVIEW}编制单位组织机构代码00875432-1。` }),
  },
  { id: 'S46-E09', sector: '重点生态功能区（无满意度指标）', form: ecology({}, ECOLOGY.slice(0, 7)), expect: [F('coverage')] },
  { id: 'S46-E10', sector: '重点生态功能区（下达计划30/70/100/100，安静）', form: ecology({ spending_plan: plan(30, 70, 100, 100) }), expect: [] },
  { id: 'S46-E11', sector: '重点生态功能区（支出计划6月70、10月60回落）', form: ecology({ spending_plan: plan(30, 70, 60, 100) }), expect: [F('spending_plan')] },
  {
    id: 'S46-E12', sector: '重点生态功能区（选聘生态护林员在数量、社会效益下各填一次）', expect: [F('names', 8), F('level_vs_name', 5)],
    form: ecology({}, [...ECOLOGY, r(O, NUM, '选聘生态护林员', '>=', '2600', '人', null)]),
  },
  {
    id: 'S46-E13', sector: '重点生态功能区（同名“生态公益林管护”数量以万亩、质量以定性，安静）', expect: [],
    form: ecology({}, patch(ECOLOGY, { 1: { name: '生态公益林管护' } }).concat([r(O, QUA, '生态公益林管护', Q, '管护责任落实到山头地块', null, null)])),
  },
  {
    id: 'S46-E14', sector: '重点生态功能区（概况写资金分配到三县21000/18000/13000，安静）', expect: [],
    form: ecology({ overview: `${ECOLOGY_OVERVIEW}按因素法分配青山县21000万元、白河县18000万元、石门县13000万元。` }),
  },
  {
    id: 'S46-E15', sector: '重点生态功能区（各区县管护面积5+4+2万亩，与区域指标12万亩不符）', expect: [F('goal_vs_indicators')],
    form: ecology({ goal: `${ECOLOGY_GOAL}各区县年度目标：青山县新增管护面积5万亩；白河县新增管护面积4万亩；石门县新增管护面积2万亩。` }),
  },
  { id: 'S46-T01', sector: '车购税补助农村公路（干净，无权重列）', form: road(), expect: [] },
  {
    id: 'S46-T02', sector: '车购税补助（各区县里程150/120/90/60合计420，安静）', expect: [],
    form: road({ goal: `${ROAD_GOAL}分区县：青山县150公里、白河县120公里、石门县90公里、东林区60公里。` }),
  },
  {
    id: 'S46-T03', sector: '车购税补助（年度目标写改造危桥20座，指标18座）', expect: [F('goal_vs_indicators')],
    form: road({ goal: ROAD_GOAL.replace('改造危桥18座', '改造危桥20座') }),
  },
  {
    id: 'S46-T04', sector: '车购税补助（目标写惠及12万人，指标120000人，安静）', expect: [],
    form: road(
      { goal: ROAD_GOAL.replace('。', '，惠及沿线群众12万人。') },
      [...ROAD.slice(0, 7), r(B, SOC, '惠及沿线群众', '>=', '120000', '人', null), ...ROAD.slice(7)],
    ),
  },
  {
    id: 'S46-T05', sector: '车购税补助（预算数按元填360000000，财政资金36000万元）', expect: [F('budget_arithmetic')],
    form: road({ budget_total_wan: 360000000 }),
  },
  {
    id: 'S46-T06', sector: '车购税补助（概况以亿元写总额和来源3亿+0.4亿+0.2亿，安静）', expect: [],
    form: road({ overview: ROAD_OVERVIEW.replace(/2027年资金总额.*$/, '2027年资金总额3.6亿元（中央车购税资金3亿元、省级配套0.4亿元、市级配套0.2亿元）。') }),
  },
  {
    id: 'S46-T07', sector: '车购税补助（概况来源30000+4000+1200≠36000）', expect: [F('budget_arithmetic')],
    form: road({ overview: ROAD_OVERVIEW.replace('市级配套2000万元', '市级配套1200万元') }),
  },
  {
    id: 'S46-T08', sector: '车购税补助（目标写通硬化路比例保持100%，比例指标承载，安静）', expect: [],
    form: road({ goal: ROAD_GOAL.replace('。', '，具备条件的建制村通硬化路比例保持100%。') }),
  },
  {
    id: 'S46-T09', sector: '车购税补助（目标写6月底、11月底等时间节点，安静）', expect: [],
    form: road({ goal: `${ROAD_GOAL}2027年6月30日前完成危桥改造，11月底前完成交工验收。` }),
  },
  {
    id: 'S46-T10', sector: '车购税补助（概况写经办人手机带连字符）', expect: [F('private_data')],
    form: road({ overview: `${ROAD_OVERVIEW}经办人：王磊，139-8345-6721。` }),
  },
  {
    id: 'S46-T11', sector: '车购税补助（依据写文号、22位项目编码，安静）', expect: [],
    form: road({ project_code: '5001002700000000123456', basis: '《交通运输部关于下达2027年车购税资金投资计划的通知》（交规划发〔2026〕8号），省财政厅财建〔2026〕112号。' }),
  },
  { id: 'S46-T12', sector: '车购税补助（支出计划12月95%）', form: road({ spending_plan: plan(20, 50, 85, 95) }), expect: [F('spending_plan')] },
  {
    id: 'S46-T13', sector: '车购税补助（年度目标写农村公路养护3200公里，无指标）', expect: [F('goal_vs_indicators')],
    form: road({ goal: ROAD_GOAL.replace('。', '，完成农村公路日常养护3200公里。') }),
  },
  {
    id: 'S46-T14', sector: '车购税补助（概况写分年度资金34000/35000/36000，安静）', expect: [],
    form: road({ overview: ROAD_OVERVIEW.replace('2027年资金总额', '2025—2027年分年度安排34000万元、35000万元、36000万元。2027年资金总额') }),
  },
];
