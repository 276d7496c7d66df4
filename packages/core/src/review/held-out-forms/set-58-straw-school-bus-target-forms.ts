import { B, C, ECO, ENV, F, type FormCase, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 58F (session 25): 2026年项目支出绩效目标表 whose money parts must agree. 农作物秸秆综合利用 (J, 区农业农村委员会,
 * 260 all 中央财政, 区级支出 60 + 补助镇街 200; 6万吨 × 25元/吨 + 20台 × 3万元 = 210 ≤ 260) and 农村学生校车运营补助 (X, 区教育
 * 委员会, 720 = 市级 432 + 区级 288; 60辆 × 12万元/辆·年 = 720). 2021 tree on 90. Written before reading any code under review/;
 * readings in set-58-cases.ts.
 */
const year = (fields: Record<string, unknown>) => pt({ fiscal_year: 2026, ...fields });

/** 9 rows on 90. */
const STRAW = [
  r(O, NUM, '秸秆离田利用量', '>=', '6', '万吨', 15), r(O, NUM, '补助购置秸秆打捆机', '>=', '20', '台', 10),
  r(O, QUA, '秸秆综合利用率', '>=', '92', '%', 10), r(O, TIM, '补助资金兑付及时率', '=', '100', '%', 10),
  r(C, ECO, '秸秆离田利用补助标准', '<=', '25', '元/吨', 5), r(C, ECO, '秸秆打捆机购置补助标准', '<=', '3', '万元/台', 5),
  r(B, ENV, '农田土壤有机质含量', Q, '稳中有升', null, 10), r(B, SUS, '秸秆收储运体系', Q, '稳定运行', null, 10),
  r(S, SAT, '秸秆利用经营主体满意度', '>=', '90', '%', 15),
];
const STRAW_GOAL = '2026年补助秸秆离田利用6万吨、购置秸秆打捆机20台，全区秸秆综合利用率达到92%以上，补助资金按时兑付；离田利用每吨补助'
  + '不超过25元，打捆机每台补助不超过3万元；农田土壤有机质含量稳中有升，秸秆收储运体系稳定运行，经营主体满意度达到90%以上。';
const STRAW_OVERVIEW = '全区农作物播种面积86万亩，年产秸秆约32万吨。项目资金260万元，全部为中央财政农作物秸秆综合利用补助资金，其中补助'
  + '各镇街200万元、区级统筹60万元（用于打捆机购置补助和技术培训）。';
const straw = (fields: Record<string, unknown> = {}, indicators = STRAW) => year({
  org: '区农业农村委员会', department: '区农业农村委员会', project_name: '农作物秸秆综合利用', budget_total_wan: 260,
  budget_fiscal_wan: 260, budget_other_wan: 0, budget_district_wan: 60, budget_subsidy_towns_wan: 200, overview: STRAW_OVERVIEW,
  basis: '《农业农村部办公厅 财政部办公厅关于做好农作物秸秆综合利用工作的通知》；区秸秆综合利用2026年实施方案。', goal: STRAW_GOAL,
  spending_plan: plan(10, 30, 60, 100), indicators, ...fields,
});

/** 8 rows on 90. */
const BUS = [
  r(O, NUM, '补助运营校车数量', '>=', '60', '辆', 15), r(O, NUM, '校车接送学生人数', '>=', '4200', '人', 10),
  r(O, QUA, '校车年检合格率', '=', '100', '%', 10), r(O, TIM, '补助资金按学期拨付及时率', '=', '100', '%', 10),
  r(C, ECO, '单车年运营补助标准', '<=', '12', '万元/辆·年', 10), r(B, SOC, '校车安全责任事故', '=', '0', '起', 10),
  r(B, SUS, '校车安全管理长效机制', Q, '持续健全', null, 10), r(S, SAT, '学生家长满意度', '>=', '90', '%', 15),
];
const BUS_GOAL = '2026年对全区60辆农村校车按每辆每年12万元标准给予运营补助，保障4200名农村学生安全便捷上下学，校车年检合格率100%，补助'
  + '资金按学期及时拨付，全年不发生校车安全责任事故，健全校车安全管理长效机制，学生家长满意度达到90%以上。';
const BUS_OVERVIEW = '全区有农村义务教育阶段校车60辆，服务偏远村社学生4200人。按每辆每年12万元标准给予运营补助，2026年安排720万元，其中'
  + '市级补助资金432万元、区级资金288万元，按春季、秋季学期分两次拨付。';
const bus = (fields: Record<string, unknown> = {}, indicators = BUS) => year({
  org: '区教育委员会', department: '区教育委员会', project_name: '农村学生校车运营补助', budget_total_wan: 720,
  budget_fiscal_wan: 720, budget_other_wan: 0, overview: BUS_OVERVIEW,
  basis: '《校车安全管理条例》（国务院令第617号）；区农村学生校车运营补助办法。', goal: BUS_GOAL,
  spending_plan: plan(0, 50, 50, 100), indicators, ...fields,
});

export const SET58_STRAW_CASES: FormCase[] = [
  { id: 'S58-J01', sector: '秸秆综合利用（区级60+补助镇街200=260，干净）', form: straw(), expect: [] },
  {
    id: 'S58-J02', sector: '秸秆利用（区级支出80+补助镇街200≠260）', expect: [F('budget_arithmetic')],
    form: straw({ budget_district_wan: 80 }),
  },
  {
    id: 'S58-J03', sector: '秸秆利用（补助标准写0.0025万元/吨，安静）', expect: [],
    form: straw({}, patch(STRAW, { 4: { target: '0.0025', unit: '万元/吨' } })),
  },
  {
    id: 'S58-J04', sector: '秸秆利用（离田补助50元/吨×6万吨=300万元，超260）', expect: [F('budget_arithmetic', 4, 'target'), F('goal_vs_indicators')],
    form: straw({}, patch(STRAW, { 4: { target: '50' } })),
  },
  {
    id: 'S58-J05', sector: '秸秆利用（目标写安排中央补助资金260万元、补助镇街200万元，安静）', expect: [],
    form: straw({ goal: `2026年安排中央财政秸秆综合利用补助资金260万元，其中补助镇街200万元。${STRAW_GOAL}` }),
  },
  {
    id: 'S58-J06', sector: '秸秆利用（目标写安排资金300万元，表列260）', expect: [F('budget_arithmetic', null, 'goal')],
    form: straw({ goal: `2026年安排秸秆综合利用补助资金300万元，${STRAW_GOAL}` }),
  },
  {
    id: 'S58-J07', sector: '秸秆利用（支出计划10/35/35/100，三季度不增，安静）', expect: [],
    form: straw({ spending_plan: plan(10, 35, 35, 100) }),
  },
  {
    id: 'S58-J08', sector: '秸秆利用（加成本指标项目总成本≤2600000元，等于预算，安静）', expect: [],
    form: straw({}, [...patch(STRAW, { 5: { weight: 3 } }), r(C, ECO, '项目总成本', '<=', '2600000', '元', 2)]),
  },
  {
    id: 'S58-J09', sector: '秸秆利用（成本指标补助资金总额≤2800000元，超预算260万元）', expect: [F('budget_arithmetic', 9, 'target')],
    form: straw({}, [...patch(STRAW, { 5: { weight: 3 } }), r(C, ECO, '补助资金总额', '<=', '2800000', '元', 2)]),
  },
  {
    id: 'S58-J10', sector: '秸秆利用（概况写补助镇街200万元、区级统筹80万元，与260不符）', expect: [F('budget_arithmetic', null, 'overview')],
    form: straw({ overview: STRAW_OVERVIEW.replace('区级统筹60万元', '区级统筹80万元') }),
  },
  {
    id: 'S58-J11', sector: '秸秆利用（离田利用量写60000吨，补助25元/吨，安静）', expect: [],
    form: straw({}, patch(STRAW, { 0: { target: '60000', unit: '吨' } })),
  },
  {
    id: 'S58-J12', sector: '秸秆利用（打捆机补助5万元/台×20台+离田150万元=250，不超260，预算安静；目标仍写每台3万元）', expect: [F('goal_vs_indicators')],
    form: straw({}, patch(STRAW, { 5: { target: '5' } })),
  },
];

export const SET58_BUS_CASES: FormCase[] = [
  { id: 'S58-X01', sector: '校车运营补助（60辆×12万元=720，市级432+区级288，干净）', form: bus(), expect: [] },
  {
    id: 'S58-X02', sector: '校车补助（概况市级432+区级300≠720）', expect: [F('budget_arithmetic', null, 'overview')],
    form: bus({ overview: BUS_OVERVIEW.replace('区级资金288万元', '区级资金300万元') }),
  },
  {
    id: 'S58-X03', sector: '校车补助（单车补助13万元×60辆=780万元，超720）', expect: [F('budget_arithmetic', 4, 'target'), F('goal_vs_indicators')],
    form: bus({}, patch(BUS, { 4: { target: '13' } })),
  },
  {
    id: 'S58-X04', sector: '校车补助（单车补助以元写120000元/辆·年，安静）', expect: [],
    form: bus({}, patch(BUS, { 4: { target: '120000', unit: '元/辆·年' } })),
  },
  {
    id: 'S58-X05', sector: '校车补助（支出计划每季度25%，非累计，12月不到100）', expect: [F('spending_plan')],
    form: bus({ spending_plan: plan(25, 25, 25, 25) }),
  },
  {
    id: 'S58-X06', sector: '校车补助（目标写安排720万元，其中市级432、区级288，安静）', expect: [],
    form: bus({ goal: `2026年安排校车运营补助资金720万元（市级432万元、区级288万元），${BUS_GOAL}` }),
  },
  {
    id: 'S58-X07', sector: '校车补助（目标写安排运营补助资金750万元，表列720）', expect: [F('budget_arithmetic', null, 'goal')],
    form: bus({ goal: `2026年安排校车运营补助资金750万元，${BUS_GOAL}` }),
  },
  {
    id: 'S58-X08', sector: '校车补助（财政720+其他72≠总额720）', expect: [F('budget_arithmetic')],
    form: bus({ budget_other_wan: 72 }),
  },
  {
    id: 'S58-X09', sector: '校车补助（单车补助单位写万元/辆，安静）', expect: [],
    form: bus({}, patch(BUS, { 4: { unit: '万元/辆' } })),
  },
  {
    id: 'S58-X10', sector: '校车补助（概况写2026年安排7200000元，安静）', expect: [],
    form: bus({ overview: BUS_OVERVIEW.replace('2026年安排720万元，其中市级补助资金432万元、区级资金288万元', '2026年安排7200000元，其中市级补助资金4320000元、区级资金2880000元') }),
  },
  {
    id: 'S58-X11', sector: '校车补助（概况写2024—2026年累计安排2160万元，安静）', expect: [],
    form: bus({ overview: `${BUS_OVERVIEW}2024—2026年累计安排校车运营补助2160万元。` }),
  },
  {
    id: 'S58-X12', sector: '校车补助（校车数量指标66辆×12万元=792万元，超720）', expect: [F('budget_arithmetic', 4, 'target'), F('goal_vs_indicators')],
    form: bus({}, patch(BUS, { 0: { target: '66' } })),
  },
];
