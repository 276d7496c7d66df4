import { B, C, ECN, ECO, ENV, F, type FormCase, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 44F (session 20), 2027年项目支出绩效目标表 (申报表) of large multi-year programmes as 市级 bureaus file them:
 * 城市轨道交通运营补贴 (R, 市交通运输局, 实施期2025—2029) and 垃圾焚烧发电PPP付费 (W, 市城市管理局, 实施期2026—2028), 中期目标
 * beside 年度目标, 中期资金总额 and 年度资金总额 in 项目概况, 2021 tree on 90. Written before reading any code under review/;
 * readings in set-44-cases.ts.
 */
const year = (fields: Record<string, unknown>) => pt({ fiscal_year: 2027, ...fields });

/** 9 rows on 90; 18000 = 省级3000 + 市级15000 (all 财政资金); 2600万车公里 × 6.9元 ≈ 17940. */
const METRO = [
  r(O, NUM, '运营线路条数', '=', '4', '条', 10), r(O, NUM, '年度运营里程', '>=', '2600', '万车公里', 10),
  r(O, QUA, '列车正点率', '>=', '99.5', '%', 10), r(O, TIM, '补贴资金拨付及时率', '>=', '95', '%', 10),
  r(C, ECO, '每车公里运营补贴标准', '<=', '6.9', '元/车公里', 10), r(B, SOC, '日均客运量', '>=', '120', '万人次', 10),
  r(B, SOC, '运营安全责任事故', '=', '0', '起', 10), r(B, SUS, '公共交通出行分担率', '>=', '35', '%', 10),
  r(S, SAT, '乘客满意度', '>=', '90', '%', 10),
];
const METRO_MID = '中期目标：2025—2029年保障全市轨道交通线网稳定运营，运营线路由4条增至6条、运营里程达到230公里，公共交通出行分担率提高到40%。';
const METRO_YEAR = '年度目标：2027年保障4条线路安全运营，完成运营里程2600万车公里，列车正点率不低于99.5%，日均客运量120万人次以上，'
  + '全年不发生运营安全责任事故，乘客满意度90%以上。';
const METRO_OVERVIEW = '项目实施期2025—2029年，中期资金总额90000万元，其中省级补助15000万元、市级财政75000万元；2027年度资金总额18000万元，'
  + '其中中央补助0万元、省级补助3000万元、市级财政15000万元、单位自筹0万元。按运营里程和服务质量考核结果核定补贴。';
const metro = (fields: Record<string, unknown> = {}, indicators = METRO) => year({
  org: '市交通运输局', department: '市交通运输局', project_name: '城市轨道交通运营补贴', budget_total_wan: 18000, budget_fiscal_wan: 18000,
  budget_other_wan: 0, overview: METRO_OVERVIEW, basis: '《城市公共交通条例》《市城市轨道交通运营补贴管理办法》。',
  goal: `${METRO_MID}${METRO_YEAR}`, spending_plan: plan(25, 50, 75, 100), indicators, ...fields,
});

/** 9 rows on 90; 9600 = 省级1600 + 市级8000; 73万吨 × 128元/吨 ≈ 9344 plus 可用性付费. */
const BURN = [
  r(O, NUM, '生活垃圾焚烧处理量', '>=', '73', '万吨', 15), r(O, QUA, '烟气排放达标率', '=', '100', '%', 10),
  r(O, QUA, '炉渣热灼减率', '<=', '5', '%', 10), r(O, TIM, '运维绩效服务费支付', Q, '按季度考核后支付', null, 5),
  r(C, ECO, '垃圾处理服务费单价', '<=', '128', '元/吨', 10), r(B, ENV, '原生生活垃圾零填埋率', '=', '100', '%', 10),
  r(B, ECN, '年上网电量', '>=', '2.6', '亿千瓦时', 10), r(B, SUS, 'PPP项目绩效考核结果', Q, '考核等级良好以上', null, 10),
  r(S, SAT, '周边居民满意度', '>=', '90', '%', 10),
];
const BURN_MID = '中期目标：2026—2028年保障市生活垃圾焚烧发电厂稳定运行，原生生活垃圾实现零填埋，累计处理生活垃圾220万吨。';
const BURN_YEAR = '年度目标：2027年焚烧处理生活垃圾73万吨，烟气排放达标率100%，上网电量2.6亿千瓦时，周边居民满意度90%以上。';
const BURN_OVERVIEW = '本项目为PPP项目（合同编号：CQZJ-PPP-2019-007），合作期30年，按绩效考核结果支付可用性服务费和运维绩效服务费。'
  + '本次申报实施期2026—2028年，中期资金总额28800万元；2027年资金9600万元，其中省级补助1600万元、市级财政8000万元。';
const burn = (fields: Record<string, unknown> = {}, indicators = BURN) => year({
  org: '市城市管理局', department: '市城市管理局', project_name: '垃圾焚烧发电PPP项目付费', budget_total_wan: 9600, budget_fiscal_wan: 9600,
  budget_other_wan: 0, overview: BURN_OVERVIEW, basis: '《政府和社会资本合作项目财政管理暂行办法》、PPP项目合同。',
  goal: `${BURN_MID}${BURN_YEAR}`, spending_plan: plan(25, 50, 75, 100), indicators, ...fields,
});

export const SET44_METRO_INCINERATION_CASES: FormCase[] = [
  { id: 'S44-R01', sector: '轨道交通运营补贴（干净，中期+年度目标）', form: metro(), expect: [] },
  { id: 'S44-R02', sector: '轨道交通运营补贴（预算数填中期总额90000，财政资金18000）', form: metro({ budget_total_wan: 90000 }), expect: [F('budget_arithmetic')] },
  {
    id: 'S44-R03', sector: '轨道交通运营补贴（概况年度来源3000+14000≠18000）', expect: [F('budget_arithmetic')],
    form: metro({ overview: METRO_OVERVIEW.replace('市级财政15000万元', '市级财政14000万元') }),
  },
  { id: 'S44-R04', sector: '轨道交通运营补贴（支出计划年末90%）', form: metro({ spending_plan: plan(20, 45, 70, 90) }), expect: [F('spending_plan')] },
  {
    id: 'S44-R05', sector: '轨道交通运营补贴（年度目标写完成车辆架修30列，无指标）', expect: [F('goal_vs_indicators')],
    form: metro({ goal: `${METRO_MID}${METRO_YEAR.replace('，全年不发生', '，完成车辆架修30列，全年不发生')}` }),
  },
  {
    id: 'S44-R06', sector: '轨道交通运营补贴（中期目标写新建车辆基地2座，安静）', expect: [],
    form: metro({ goal: `${METRO_MID.replace('运营里程达到230公里', '运营里程达到230公里，新建车辆基地2座')}${METRO_YEAR}` }),
  },
  {
    id: 'S44-R07', sector: '轨道交通运营补贴（概况写联系人手机）', expect: [F('private_data')],
    form: metro({ overview: `${METRO_OVERVIEW}项目联系人：王建国，13908316625。` }),
  },
  {
    id: 'S44-R08', sector: '轨道交通运营补贴（概况写运营公司信用代码、12345热线，安静）', expect: [],
    form: metro({ overview: `${METRO_OVERVIEW}运营单位：市轨道交通集团有限公司（统一社会信用代码91500000MA5U7B3K2C），乘客诉求经12345热线转办。` }),
  },
  { id: 'S44-R09', sector: '轨道交通运营补贴（权重合计95）', form: metro({}, patch(METRO, { 1: { weight: 15 } })), expect: [F('weights')] },
  {
    id: 'S44-R10', sector: '轨道交通运营补贴（列车正点率填两次）', expect: [F('names', 3)],
    form: metro({}, patch(METRO, { 3: { level2: QUA, name: '列车正点率', target: '99.5' } })),
  },
  {
    id: 'S44-R11', sector: '轨道交通运营补贴（概况写补贴测算式和运营热线座机，安静）', expect: [],
    form: metro({ overview: `${METRO_OVERVIEW}补贴测算：2600万车公里×6.9元/车公里≈17940万元。运营服务热线023-966966。` }),
  },
  {
    id: 'S44-R12', sector: '轨道交通运营补贴（概况年度资金其中列两项用途，未列全，安静）', expect: [],
    form: metro({ overview: METRO_OVERVIEW.replace('；2027年度资金总额18000万元，', '；2027年度资金总额18000万元，其中线网运营补贴16000万元、票价优惠补贴1500万元；') }),
  },
  {
    id: 'S44-R13', sector: '轨道交通运营补贴（年度目标写车辆架修30列，有指标，安静）', expect: [],
    form: metro(
      { goal: `${METRO_MID}${METRO_YEAR.replace('，全年不发生', '，完成车辆架修30列，全年不发生')}` },
      [...patch(METRO, { 0: { weight: 5 }, 1: { weight: 5 } }), r(O, NUM, '完成车辆架修', '>=', '30', '列', 10)],
    ),
  },
  { id: 'S44-W01', sector: '垃圾焚烧PPP付费（干净）', form: burn(), expect: [] },
  { id: 'S44-W02', sector: '垃圾焚烧PPP付费（财政资金填中期28800，预算9600）', form: burn({ budget_fiscal_wan: 28800 }), expect: [F('budget_arithmetic')] },
  { id: 'S44-W03', sector: '垃圾焚烧PPP付费（支出计划10月回落到45%）', form: burn({ spending_plan: plan(25, 50, 45, 100) }), expect: [F('spending_plan')] },
  { id: 'S44-W04', sector: '垃圾焚烧PPP付费（一季度不付费0/25/50/100，安静）', form: burn({ spending_plan: plan(0, 25, 50, 100) }), expect: [] },
  {
    id: 'S44-W05', sector: '垃圾焚烧PPP付费（18位纯数字合同编号、项目公司信用代码，安静）', expect: [],
    form: burn({ overview: BURN_OVERVIEW.replace('CQZJ-PPP-2019-007', '500000201909270031') + '项目公司统一社会信用代码91500112MA60ABCD1X。' }),
  },
  {
    id: 'S44-W06', sector: '垃圾焚烧PPP付费（概况写项目公司联系人手机）', expect: [F('private_data')],
    form: burn({ overview: `${BURN_OVERVIEW}项目公司联系人：刘洋 139-8302-1176。` }),
  },
  {
    id: 'S44-W07', sector: '垃圾焚烧PPP付费（年度目标写新增飞灰填埋库容5万立方米，无指标）', expect: [F('goal_vs_indicators')],
    form: burn({ goal: `${BURN_MID}${BURN_YEAR.replace('，周边居民', '，新增飞灰填埋库容5万立方米，周边居民')}` }),
  },
  {
    id: 'S44-W08', sector: '垃圾焚烧PPP付费（年度目标写80万吨，指标73万吨）', expect: [F('goal_vs_indicators')],
    form: burn({ goal: `${BURN_MID}${BURN_YEAR.replace('73万吨', '80万吨')}` }),
  },
  {
    id: 'S44-W09', sector: '垃圾焚烧PPP付费（无满意度指标）', expect: [F('coverage')],
    form: burn({ goal: `${BURN_MID}${BURN_YEAR.replace('，周边居民满意度90%以上', '')}` }, patch(BURN, { 0: { weight: 25 } }).slice(0, 8)),
  },
  {
    id: 'S44-W10', sector: '垃圾焚烧PPP付费（中期目标写二期扩建新增1500吨/日，安静）', expect: [],
    form: burn({ goal: `${BURN_MID.replace('累计处理', '2028年底前完成二期扩建、新增处理能力1500吨/日，累计处理')}${BURN_YEAR}` }),
  },
  {
    id: 'S44-W11', sector: '垃圾焚烧PPP付费（年度目标另写日处理2000吨，即73万吨，安静）', expect: [],
    form: burn({ goal: `${BURN_MID}${BURN_YEAR.replace('焚烧处理生活垃圾73万吨', '日均焚烧处理生活垃圾2000吨（全年73万吨）')}` }),
  },
  { id: 'S44-W12', sector: '垃圾焚烧PPP付费（10月付清，计划30/60/100/100，安静）', form: burn({ spending_plan: plan(30, 60, 100, 100) }), expect: [] },
];
