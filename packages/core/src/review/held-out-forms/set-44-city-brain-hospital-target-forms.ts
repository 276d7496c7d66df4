import { B, C, ECO, F, type FormCase, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 44F (session 20), 2027年项目支出绩效目标表 (申报表) of large multi-year programmes: 智慧城市大脑 (Z, 市大数据发展局,
 * 实施期2026—2028) and 区域医疗中心建设 (H, 市卫生健康委员会, 实施期2025—2029, 资金来源 中央/省级/市级/自筹). Written before
 * reading any code under review/; readings in set-44-cases.ts.
 */
const year = (fields: Record<string, unknown>) => pt({ fiscal_year: 2027, ...fields });

/** 8 rows on 90; 6800 = 省级800 + 市级6000. */
const BRAIN = [
  r(O, NUM, '接入部门业务系统', '>=', '60', '个', 15), r(O, NUM, '上线城市运行场景', '>=', '25', '个', 10),
  r(O, QUA, '平台可用率', '>=', '99.9', '%', 10), r(O, TIM, '事件分拨平均时长', '<=', '30', '分钟', 10),
  r(C, ECO, '项目建设成本', '<=', '6800', '万元', 10), r(O, TIM, '城市运行事件按期处置率', '>=', '95', '%', 15),
  r(B, SUS, '城市运行数据资源持续汇聚', Q, '持续汇聚更新', null, 10), r(S, SAT, '使用部门满意度', '>=', '90', '%', 10),
];
const BRAIN_MID = '中期目标：到2028年建成“一脑统管”城市运行体系，接入部门业务系统150个，上线城市运行场景80个。';
const BRAIN_YEAR = '年度目标：2027年接入部门业务系统60个，上线城市运行场景25个，平台可用率99.9%以上，城市运行事件按期处置率95%以上。';
const BRAIN_OVERVIEW = '项目实施期2026—2028年，中期资金总额18500万元。2027年度资金6800万元，资金来源：省级补助800万元，市级财政6000万元。'
  + '建设城市运行数据底座、智能中枢和城市运行场景，支撑城市运行“一网统管”。';
const brain = (fields: Record<string, unknown> = {}, indicators = BRAIN) => year({
  org: '市大数据发展局', department: '市大数据发展局', project_name: '智慧城市大脑建设', budget_total_wan: 6800, budget_fiscal_wan: 6800,
  budget_other_wan: 0, overview: BRAIN_OVERVIEW, basis: '《市数字政府建设三年行动方案（2026—2028年）》。',
  goal: `${BRAIN_MID}${BRAIN_YEAR}`, spending_plan: plan(15, 40, 70, 100), indicators, ...fields,
});

/** 10 rows on 90; 15000 = 中央5000 + 省级3000 + 市级4000 (财政资金12000) + 单位自筹3000 (其他资金). */
const CENTRE = [
  r(O, NUM, '新增建筑面积', '>=', '4.5', '万平方米', 10), r(O, NUM, '购置大型医用设备', '>=', '12', '台', 10),
  r(O, NUM, '引进高层次医学人才', '>=', '15', '人', 10), r(O, QUA, '工程质量验收合格率', '=', '100', '%', 10),
  r(O, TIM, '主体结构封顶时间', Q, '2027年12月底前', null, 5), r(C, ECO, '单位面积建安成本', '<=', '5200', '元/平方米', 10),
  r(B, SOC, '新增开放床位', '>=', '300', '张', 10), r(B, SOC, '三四级手术占比', '>=', '50', '%', 10),
  r(B, SUS, '患者跨省外转率', '<=', '5', '%', 5), r(S, SAT, '患者满意度', '>=', '90', '%', 10),
];
const CENTRE_MID = '中期目标：2025—2029年依托市第一人民医院建设省级区域医疗中心，新增建筑面积18万平方米、床位1200张，建成国家级临床重点专科3个。';
const CENTRE_YEAR = '年度目标：2027年完成新增建筑面积4.5万平方米，购置大型医用设备12台，引进高层次医学人才15人，新增开放床位300张，'
  + '三四级手术占比达到50%。';
const CENTRE_OVERVIEW = '项目实施期2025—2029年，中期资金总额68000万元（中央20000万元、省级12000万元、市级16000万元、单位自筹20000万元）。'
  + '2027年度资金总额15000万元，其中中央预算内投资5000万元、省级补助3000万元、市级财政4000万元、单位自筹3000万元。';
const centre = (fields: Record<string, unknown> = {}, indicators = CENTRE) => year({
  org: '市第一人民医院', department: '市卫生健康委员会', project_name: '省级区域医疗中心建设', budget_total_wan: 15000, budget_fiscal_wan: 12000,
  budget_other_wan: 3000, overview: CENTRE_OVERVIEW, basis: '《关于推进区域医疗中心建设的实施方案》。',
  goal: `${CENTRE_MID}${CENTRE_YEAR}`, spending_plan: plan(15, 40, 70, 100), indicators, ...fields,
});

export const SET44_CITY_BRAIN_HOSPITAL_CASES: FormCase[] = [
  { id: 'S44-Z01', sector: '智慧城市大脑（干净）', form: brain(), expect: [] },
  {
    id: 'S44-Z02', sector: '智慧城市大脑（概况写12345热线日均1.2万件、承建单位信用代码，安静）', expect: [],
    form: brain({ overview: `${BRAIN_OVERVIEW}城市运行事件主要来自12345市民服务热线，日均受理约1.2万件；承建单位统一社会信用代码91500000MA61C8QX4P。` }),
  },
  {
    id: 'S44-Z03', sector: '智慧城市大脑（年度目标写汇聚数据20亿条，无指标）', expect: [F('goal_vs_indicators')],
    form: brain({ goal: `${BRAIN_MID}${BRAIN_YEAR.replace('上线城市运行场景25个', '上线城市运行场景25个，汇聚数据20亿条')}` }),
  },
  { id: 'S44-Z04', sector: '智慧城市大脑（财政资金只填市级6000≠6800）', form: brain({ budget_fiscal_wan: 6000 }), expect: [F('budget_arithmetic')] },
  {
    id: 'S44-Z05', sector: '智慧城市大脑（满意度权重0，合计仍90）', expect: [F('weights', 7)],
    form: brain({}, patch(BRAIN, { 0: { weight: 25 }, 7: { weight: 0 } })),
  },
  { id: 'S44-Z06', sector: '智慧城市大脑（支出计划10月105%）', form: brain({ spending_plan: plan(30, 60, 105, 100) }), expect: [F('spending_plan')] },
  {
    id: 'S44-Z07', sector: '智慧城市大脑（中期目标写2028年数据共享率100%，计划10/30/60/100，安静）', expect: [],
    form: brain({ goal: `${BRAIN_MID.replace('上线城市运行场景80个', '上线城市运行场景80个，部门数据共享率达到100%')}${BRAIN_YEAR}`, spending_plan: plan(10, 30, 60, 100) }),
  },
  { id: 'S44-Z08', sector: '智慧城市大脑（第5行名称空白）', form: brain({}, patch(BRAIN, { 4: { name: '' } })), expect: [F('names', 4)] },
  {
    id: 'S44-Z09', sector: '智慧城市大脑（概况写联系人+86手机）', expect: [F('private_data')],
    form: brain({ overview: `${BRAIN_OVERVIEW}联系人：张敏，手机 +86 138 8321 4567。` }),
  },
  {
    id: 'S44-Z10', sector: '智慧城市大脑（概况写分年度资金5200/6800/6500，安静）', expect: [],
    form: brain({ overview: BRAIN_OVERVIEW.replace('中期资金总额18500万元。', '中期资金总额18500万元，分年度安排2026年5200万元、2027年6800万元、2028年6500万元。') }),
  },
  {
    id: 'S44-Z11', sector: '智慧城市大脑（中期目标写到2028年按期处置率98%，安静）', expect: [],
    form: brain({ goal: `${BRAIN_MID.replace('上线城市运行场景80个', '上线城市运行场景80个，城市运行事件按期处置率达到98%')}${BRAIN_YEAR}` }),
  },
  {
    id: 'S44-Z12', sector: '智慧城市大脑（21位项目编码写入概况，安静）', expect: [],
    form: brain({ project_code: '500000271100000012345', overview: `项目编码500000271100000012345。${BRAIN_OVERVIEW}` }),
  },
  {
    id: 'S44-Z13', sector: '智慧城市大脑（年度目标写汇聚数据20亿条，有指标，安静）', expect: [],
    form: brain(
      { goal: `${BRAIN_MID}${BRAIN_YEAR.replace('上线城市运行场景25个', '上线城市运行场景25个，汇聚数据20亿条')}` },
      [...patch(BRAIN, { 0: { weight: 10 } }), r(O, NUM, '汇聚城市运行数据', '>=', '20', '亿条', 5)],
    ),
  },
  { id: 'S44-H01', sector: '区域医疗中心（干净，中央/省/市/自筹）', form: centre(), expect: [] },
  {
    id: 'S44-H02', sector: '区域医疗中心（财政资金把自筹也算入15000+其他3000）', expect: [F('budget_arithmetic')],
    form: centre({ budget_fiscal_wan: 15000 }),
  },
  {
    id: 'S44-H03', sector: '区域医疗中心（概况年度来源5000+3000+4000+2000≠15000）', expect: [F('budget_arithmetic')],
    form: centre({ overview: CENTRE_OVERVIEW.replace('单位自筹3000万元。', '单位自筹2000万元。') }),
  },
  {
    id: 'S44-H04', sector: '区域医疗中心（年度目标写建成临床重点专科2个，无指标）', expect: [F('goal_vs_indicators')],
    form: centre({ goal: `${CENTRE_MID}${CENTRE_YEAR.replace('新增开放床位300张', '新增开放床位300张，建成省级临床重点专科2个')}` }),
  },
  { id: 'S44-H05', sector: '区域医疗中心（计划15/40/70/无12月，安静）', form: centre({ spending_plan: plan(15, 40, 70, null) }), expect: [] },
  {
    id: 'S44-H06', sector: '区域医疗中心（指标解释写设备采购联系人手机）', expect: [F('private_data', 1)],
    form: centre({}, patch(CENTRE, { 1: { description: '含DSA、3.0T磁共振等，设备采购联系人：李娜 15923456781。' } })),
  },
  {
    id: 'S44-H07', sector: '区域医疗中心（施工合同编号、监理信用代码、投诉12345，安静）', expect: [],
    form: centre({ overview: `${CENTRE_OVERVIEW}施工合同编号CQYY-2025-SG-001，监理单位统一社会信用代码91500103MA5YH2L83N，群众投诉可拨打12345。` }),
  },
  { id: 'S44-H08', sector: '区域医疗中心（权重按百分制合计100，安静）', form: centre({}, patch(CENTRE, { 4: { weight: 15 } })), expect: [] },
  { id: 'S44-H12', sector: '区域医疗中心（权重合计85）', form: centre({}, patch(CENTRE, { 1: { weight: 5 } })), expect: [F('weights')] },
  {
    id: 'S44-H09', sector: '区域医疗中心（无满意度指标）', expect: [F('coverage')],
    form: centre({}, patch(CENTRE, { 1: { weight: 20 } }).slice(0, 9)),
  },
  {
    id: 'S44-H10', sector: '区域医疗中心（实施期目标与年度目标分项列，安静）', expect: [],
    form: centre({
      goal: '实施期目标：（1）新增建筑面积18万平方米；（2）新增床位1200张。年度目标：（1）新增建筑面积4.5万平方米；（2）购置大型医用设备12台；'
        + '（3）引进高层次医学人才15人；（4）新增开放床位300张。',
    }),
  },
  {
    id: 'S44-H11', sector: '区域医疗中心（概况只写中期来源合计68000，年度15000不分来源，安静）', expect: [],
    form: centre({ overview: CENTRE_OVERVIEW.replace(/2027年度资金总额15000万元，.*$/, '2027年度资金总额15000万元。') }),
  },
  {
    id: 'S44-H13', sector: '区域医疗中心（中期资金只列中央、省级两项，未列全，安静）', expect: [],
    form: centre({ overview: CENTRE_OVERVIEW.replace('（中央20000万元、省级12000万元、市级16000万元、单位自筹20000万元）', '（其中中央20000万元、省级12000万元）') }),
  },
  {
    id: 'S44-H14', sector: '区域医疗中心（中期来源含自筹合计66000≠68000）', expect: [F('budget_arithmetic')],
    form: centre({ overview: CENTRE_OVERVIEW.replace('单位自筹20000万元）', '单位自筹18000万元）') }),
  },
];
