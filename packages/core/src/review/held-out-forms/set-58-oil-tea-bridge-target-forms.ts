import { B, C, ECN, ECO, F, type FormCase, NUM, O, patch, plan, pt, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 58F (session 25): 2026年项目支出绩效目标表 whose money parts must agree. 油茶低产林改造提升 (O, 区林业局, 480 =
 * 财政 420 (中央 300 + 区级 120) + 其他 60; 8000亩 × 400元 + 2000亩 × 800元 = 480) and 农村公路危旧桥梁改造 (D, 区交通运输委员会,
 * a works project: 2026 1500 all 财政, of which 专项债券 900 and 区级 600; 实施期 2025—2027 36座 4320万元). 2021 tree on 90.
 * Written before reading any code under review/; readings in set-58-cases.ts.
 */
const year = (fields: Record<string, unknown>) => pt({ fiscal_year: 2026, ...fields });

/** 9 rows on 90. */
const TEA = [
  r(O, NUM, '油茶低产林改造面积', '>=', '8000', '亩', 15), r(O, NUM, '新造油茶高产林面积', '>=', '2000', '亩', 10),
  r(O, QUA, '改造造林验收合格率', '>=', '95', '%', 10), r(O, TIM, '改造任务按期完成率', '=', '100', '%', 10),
  r(C, ECO, '低产林改造补助标准', '<=', '400', '元/亩', 5), r(C, ECO, '新造油茶林补助标准', '<=', '800', '元/亩', 5),
  r(B, ECN, '油茶籽亩产增长率', '>=', '15', '%', 10), r(B, SUS, '改造林分管护期', '>=', '3', '年', 10),
  r(S, SAT, '油茶种植户满意度', '>=', '90', '%', 15),
];
const TEA_GOAL = '2026年实施油茶低产林改造8000亩、新造油茶高产林2000亩，改造造林验收合格率95%以上，年度任务按期完成；低产林改造每亩补助'
  + '不超过400元、新造油茶林每亩补助不超过800元；改造后油茶籽亩产提高15%以上，落实3年管护责任，油茶种植户满意度达到90%以上。';
const TEA_OVERVIEW = '全区现有油茶林5.6万亩，其中低产林约3.2万亩，亩产油茶籽不足100公斤。项目资金总额480万元，其中财政资金420万元（中央财政'
  + '林业改革发展资金300万元、区级配套资金120万元），其他资金60万元（油茶企业和种植大户自筹），由区林业技术推广站组织实施。';
const tea = (fields: Record<string, unknown> = {}, indicators = TEA) => year({
  org: '区林业技术推广站', department: '区林业局', project_name: '油茶低产林改造提升', budget_total_wan: 480,
  budget_fiscal_wan: 420, budget_other_wan: 60, overview: TEA_OVERVIEW,
  basis: '《加快油茶产业发展三年行动方案（2023—2025年）》；区油茶产业高质量发展实施意见。', goal: TEA_GOAL,
  spending_plan: plan(10, 40, 80, 100), indicators, ...fields,
});

/** 9 rows on 90; 12座 × 120 + 60座 × 0.8 = 1488 ≤ 1500. */
const BRIDGE = [
  r(O, NUM, '改造危旧桥梁数量', '>=', '12', '座', 15), r(O, NUM, '桥梁定期检测数量', '>=', '60', '座', 10),
  r(O, QUA, '改造桥梁交工验收合格率', '=', '100', '%', 10), r(O, TIM, '改造工程按期完工率', '=', '100', '%', 10),
  r(C, ECO, '单座危桥改造平均成本', '<=', '120', '万元/座', 5), r(C, ECO, '单座桥梁定期检测成本', '<=', '0.8', '万元/座', 5),
  r(B, SOC, '惠及沿线群众人数', '>=', '8.5', '万人', 10), r(B, SUS, '改造桥梁设计使用年限', '>=', '50', '年', 10),
  r(S, SAT, '沿线群众满意度', '>=', '90', '%', 15),
];
const BRIDGE_GOAL = '2026年改造农村公路危旧桥梁12座，完成60座桥梁定期检测，交工验收合格率100%，2026年3月开工、11月底前全部完工；单座危桥'
  + '改造平均成本控制在120万元以内；惠及沿线群众8.5万人，改造桥梁设计使用年限50年以上，沿线群众满意度达到90%以上。';
const BRIDGE_OVERVIEW = '全区农村公路有桥梁486座，经2024年定期检测评定为四、五类的危旧桥梁36座。项目实施期2025—2027年，计划改造危旧桥梁36座，'
  + '总投资4320万元；2026年改造12座，安排资金1500万元，其中地方政府专项债券资金900万元、区级财政资金600万元。';
const bridge = (fields: Record<string, unknown> = {}, indicators = BRIDGE) => year({
  org: '区公路事务中心', department: '区交通运输委员会', project_name: '农村公路危旧桥梁改造', budget_total_wan: 1500,
  budget_fiscal_wan: 1500, budget_other_wan: 0, overview: BRIDGE_OVERVIEW,
  basis: '《公路桥梁技术状况评定标准》（JTG/T H21—2011）；区农村公路危旧桥梁改造三年行动计划（2025—2027年）。', goal: BRIDGE_GOAL,
  spending_plan: plan(5, 30, 70, 100), indicators, ...fields,
});

export const SET58_TEA_CASES: FormCase[] = [
  { id: 'S58-O01', sector: '油茶低改（财政420+其他60=480，干净）', form: tea(), expect: [] },
  {
    id: 'S58-O02', sector: '油茶低改（财政420+其他80≠总额480）', expect: [F('budget_arithmetic')],
    form: tea({ budget_other_wan: 80, overview: TEA_OVERVIEW.replace('其他资金60万元', '其他资金80万元') }),
  },
  {
    id: 'S58-O03', sector: '油茶低改（概况金额以元写：4800000元、4200000元、600000元，安静）', expect: [],
    form: tea({ overview: TEA_OVERVIEW.replace('480万元', '4800000元').replace('财政资金420万元', '财政资金4200000元')
      .replace('300万元', '3000000元').replace('120万元', '1200000元').replace('其他资金60万元', '其他资金600000元') }),
  },
  {
    id: 'S58-O04', sector: '油茶低改（概况中央300+区级配套150≠财政资金420）', expect: [F('budget_arithmetic', null, 'overview')],
    form: tea({ overview: TEA_OVERVIEW.replace('区级配套资金120万元', '区级配套资金150万元') }),
  },
  {
    id: 'S58-O05', sector: '油茶低改（低改补助700元/亩×8000亩=560万元，超项目资金480）', expect: [F('budget_arithmetic', 4, 'target'), F('goal_vs_indicators')],
    form: tea({}, patch(TEA, { 4: { target: '700' } })),
  },
  {
    id: 'S58-O06', sector: '油茶低改（补助标准以万元/亩写：0.04、0.08，安静）', expect: [],
    form: tea({}, patch(TEA, { 4: { target: '0.04', unit: '万元/亩' }, 5: { target: '0.08', unit: '万元/亩' } })),
  },
  {
    id: 'S58-O07', sector: '油茶低改（支出计划按季度分段填10、30、40、20，非累计）', expect: [F('spending_plan')],
    form: tea({ spending_plan: plan(10, 30, 40, 20) }),
  },
  {
    id: 'S58-O08', sector: '油茶低改（目标写安排项目资金520万元，表列480）', expect: [F('budget_arithmetic', null, 'goal')],
    form: tea({ goal: `2026年安排项目资金520万元，${TEA_GOAL}` }),
  },
  {
    id: 'S58-O09', sector: '油茶低改（目标写480万元，其中中央300、区级120、自筹60，安静）', expect: [],
    form: tea({ goal: `2026年安排项目资金480万元（其中中央资金300万元、区级资金120万元、企业和大户自筹60万元），${TEA_GOAL}` }),
  },
  {
    id: 'S58-O10', sector: '油茶低改（全部为其他资金480，财政资金0，安静）', expect: [],
    form: tea({ budget_fiscal_wan: 0, budget_other_wan: 480,
      overview: '全区现有油茶林5.6万亩，其中低产林约3.2万亩。项目资金总额480万元，全部为区林业投资公司油茶产业发展基金（其他资金），不安排财政资金。' }),
  },
  {
    id: 'S58-O11', sector: '油茶低改（概况写实施期2025—2027年总投资1350万元、2026年480万元，安静）', expect: [],
    form: tea({ overview: `${TEA_OVERVIEW}项目实施期2025—2027年，计划改造低产林2.4万亩、新造6000亩，总投资1350万元，2026年度安排480万元。` }),
  },
  {
    id: 'S58-O12', sector: '油茶低改（概况写实施期总投资420万元，小于年度480万元）', expect: [F('budget_arithmetic', null, 'overview')],
    form: tea({ overview: `${TEA_OVERVIEW}项目实施期2026—2027年，总投资420万元，2026年度安排480万元。` }),
  },
  {
    id: 'S58-O13', sector: '油茶低改（加成本指标项目总成本≤480万元，等于预算，安静）', expect: [],
    form: tea({}, [...patch(TEA, { 5: { weight: 3 } }), r(C, ECO, '项目总成本', '<=', '480', '万元', 2)]),
  },
  {
    id: 'S58-O14', sector: '油茶低改（加成本指标单株苗木采购成本≤5元/株，无数量行，安静）', expect: [],
    form: tea({}, [...patch(TEA, { 5: { weight: 3 } }), r(C, ECO, '良种苗木单株采购成本', '<=', '5', '元/株', 2)]),
  },
];

/** 工程建设费 + 勘察设计及监理费 in place of the two unit costs; the goal then names no unit cost. */
const costRows = (works: string, fees: string) => patch(BRIDGE, {
  4: { name: '工程建设费', target: works, unit: '万元' }, 5: { name: '勘察设计及监理费', target: fees, unit: '万元' },
});
const GOAL_WITHOUT_UNIT_COST = BRIDGE_GOAL.replace('单座危桥改造平均成本控制在120万元以内；', '');

export const SET58_BRIDGE_CASES: FormCase[] = [
  { id: 'S58-D01', sector: '危旧桥梁改造（债券900+区级600=1500，实施期36座4320万元，干净）', form: bridge(), expect: [] },
  {
    id: 'S58-D02', sector: '危旧桥梁（概况专项债券900+区级700≠年度1500）', expect: [F('budget_arithmetic', null, 'overview')],
    form: bridge({ overview: BRIDGE_OVERVIEW.replace('区级财政资金600万元', '区级财政资金700万元') }),
  },
  {
    id: 'S58-D03', sector: '危旧桥梁（债券又记入其他资金：财政1500+其他900≠总额1500）', expect: [F('budget_arithmetic')],
    form: bridge({ budget_other_wan: 900 }),
  },
  {
    id: 'S58-D04', sector: '危旧桥梁（5月开工，支出计划3月底已支出80%）', expect: [F('spending_plan')],
    form: bridge({ goal: BRIDGE_GOAL.replace('2026年3月开工', '2026年5月开工'), spending_plan: plan(80, 100, 100, 100) }),
  },
  {
    id: 'S58-D05', sector: '危旧桥梁（续建工程年初支付上年工程量，计划前高40/70/90/100，安静）', expect: [],
    form: bridge({ goal: BRIDGE_GOAL.replace('2026年3月开工', '续建桥梁年初即复工'), spending_plan: plan(40, 70, 90, 100),
      overview: `${BRIDGE_OVERVIEW}2025年开工的8座桥梁已完成主体工程，2026年一季度支付已完成工程量价款约560万元。` }),
  },
  {
    id: 'S58-D06', sector: '危旧桥梁（单座改造成本135万元×12座=1620万元，超1500）', expect: [F('budget_arithmetic', 4, 'target'), F('goal_vs_indicators')],
    form: bridge({}, patch(BRIDGE, { 4: { target: '135' } })),
  },
  {
    id: 'S58-D07', sector: '危旧桥梁（检测成本以元写：8000元/座，安静）', expect: [],
    form: bridge({}, patch(BRIDGE, { 5: { target: '8000', unit: '元/座' } })),
  },
  {
    id: 'S58-D08', sector: '危旧桥梁（经济成本分项：工程建设费1380+勘察设计监理150=1530，超1500）', expect: [F('budget_arithmetic')],
    form: bridge({ goal: GOAL_WITHOUT_UNIT_COST }, costRows('1380', '150')),
  },
  {
    id: 'S58-D09', sector: '危旧桥梁（经济成本分项1350+150=1500，等于预算，安静）', expect: [],
    form: bridge({ goal: GOAL_WITHOUT_UNIT_COST }, costRows('1350', '150')),
  },
  {
    id: 'S58-D10', sector: '危旧桥梁（目标写2026年安排资金1800万元，表列1500）', expect: [F('budget_arithmetic', null, 'goal')],
    form: bridge({ goal: `2026年安排资金1800万元，${BRIDGE_GOAL}` }),
  },
  {
    id: 'S58-D11', sector: '危旧桥梁（目标写安排资金0.15亿元，安静）', expect: [],
    form: bridge({ goal: `2026年安排资金0.15亿元，${BRIDGE_GOAL}` }),
  },
  {
    id: 'S58-D12', sector: '危旧桥梁（支出计划填成万元金额75/450/1050/1500）', expect: [F('spending_plan')],
    form: bridge({ spending_plan: plan(75, 450, 1050, 1500) }),
  },
  {
    id: 'S58-D13', sector: '危旧桥梁（支出计划9月空、12月100，安静）', expect: [],
    form: bridge({ spending_plan: plan(5, 30, null, 100) }),
  },
  {
    id: 'S58-D14', sector: '危旧桥梁（区级支出300+补助镇街1200=1500，安静）', expect: [],
    form: bridge({ budget_district_wan: 300, budget_subsidy_towns_wan: 1200 }),
  },
  {
    id: 'S58-D15', sector: '危旧桥梁（区级支出300+补助镇街1300≠1500）', expect: [F('budget_arithmetic')],
    form: bridge({ budget_district_wan: 300, budget_subsidy_towns_wan: 1300 }),
  },
];
