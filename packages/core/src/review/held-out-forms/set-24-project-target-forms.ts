import { B, C, ECN, ECO, F, type FormCase, NUM, O, patch, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 24 (issue 3), 项目支出绩效目标表 of multi-year projects (实施期目标 beside 年度目标) in 气象, 供销社, 残联,
 * 妇联 and 机关党建. Written before reading any code under review/; readings in set-24-cases.ts.
 */

/** 智慧气象监测站网: three years, the year's share in the rows. 8 rows on 90. */
const MET = [
  r(O, NUM, '新建区域自动气象站', '>=', '12', '套', 15), r(O, NUM, '发布气象预警信息', '>=', '300', '期', 10),
  r(O, QUA, '自动站数据到报率', '>=', '98', '%', 10), r(O, TIM, '灾害性天气预警提前量', '>=', '30', '分钟', 10),
  r(C, ECO, '单站建设成本', '<=', '18', '万元', 5), r(B, SOC, '气象预警信息公众覆盖率', '>=', '95', '%', 15),
  r(B, SUS, '气象监测站网运行', Q, '长期稳定', null, 10), r(S, SAT, '公众气象服务满意度', '>=', '90', '%', 15),
];
const MET_MID = '实施期目标：2025—2027年建成区域自动气象站36套，实现乡镇全覆盖，预警信息公众覆盖率达到98%。';
const MET_YEAR = '年度目标：新建区域自动气象站12套，发布气象预警信息300期以上，灾害性天气预警提前30分钟以上发布，预警信息公众覆盖率达到95%。';
const met = (fields: Record<string, unknown> = {}, indicators = MET) => pt({
  org: '区气象局', project_name: '智慧气象监测站网建设', budget_total_wan: 260, budget_fiscal_wan: 260, budget_other_wan: 0,
  overview: '项目实施期2025—2027年，总投资780万元，2025年度安排260万元。', goal: `${MET_MID}${MET_YEAR}`, indicators, ...fields,
});

/** 农村综合服务社建设 (供销社): 8 rows on 90. */
const COOP = [
  r(O, NUM, '新建改造农村综合服务社', '>=', '30', '个', 15), r(O, NUM, '建设县域农产品集配中心', '=', '1', '个', 10),
  r(O, QUA, '服务社建设验收合格率', '=', '100', '%', 10), r(O, TIM, '项目完工时间', Q, '2025年11月底前', null, 5),
  r(C, ECO, '每个服务社补助标准', '<=', '5', '万元', 10), r(B, ECN, '带动农产品销售额', '>=', '1.2', '亿元', 15),
  r(B, SOC, '服务农户', '>=', '2.6', '万户', 10), r(S, SAT, '社员群众满意度', '>=', '90', '%', 15),
];
const COOP_MID = '实施期目标：2024—2026年累计新建改造农村综合服务社90个，实现行政村全覆盖。';
const COOP_YEAR = '年度目标：新建改造农村综合服务社30个，建设县域农产品集配中心1个，带动农产品销售额1.2亿元，服务农户2.6万户。';
const coop = (fields: Record<string, unknown> = {}, indicators = COOP) => pt({
  org: '区供销合作社联合社', project_name: '农村综合服务社建设', budget_total_wan: 320, budget_fiscal_wan: 300, budget_other_wan: 20,
  goal: `${COOP_MID}${COOP_YEAR}`, indicators, ...fields,
});

/** 残疾人基本康复服务 (残联): 8 rows on 90. */
const DIS = [
  r(O, NUM, '残疾人基本康复服务', '>=', '2400', '人', 15), r(O, NUM, '适配辅助器具', '>=', '860', '件', 10),
  r(O, QUA, '康复服务规范率', '>=', '95', '%', 10), r(O, TIM, '辅具适配办理时限', '<=', '20', '个工作日', 10),
  r(C, ECO, '人均康复补助标准', '<=', '3000', '元', 5), r(B, SOC, '持证残疾人基本康复服务覆盖率', '>=', '85', '%', 15),
  r(B, SUS, '残疾人康复服务体系', Q, '持续完善', null, 10), r(S, SAT, '残疾人及家属满意度', '>=', '92', '%', 15),
];
const DIS_GOAL = '实施期目标：到2026年持证残疾人基本康复服务覆盖率达到90%。年度目标：为2400名残疾人提供基本康复服务，适配辅助器具860件，持证残疾人基本康复服务覆盖率达到85%以上。';
const dis = (fields: Record<string, unknown> = {}, indicators = DIS) => pt({
  org: '区残疾人联合会', project_name: '残疾人基本康复服务', budget_total_wan: 980, budget_fiscal_wan: 980, budget_other_wan: 0,
  overview: '对持证残疾人提供康复训练、辅助器具适配等基本康复服务。', goal: DIS_GOAL, indicators, ...fields,
});

/** 妇女儿童之家与家庭教育 (妇联): 8 rows on 90, no 时效 row. */
const WOM = [
  r(O, NUM, '建设妇女儿童之家', '>=', '20', '个', 15), r(O, NUM, '开展家庭教育指导服务', '>=', '150', '场次', 10),
  r(O, NUM, '关爱留守儿童', '>=', '1800', '人次', 10), r(O, QUA, '活动开展规范率', '>=', '95', '%', 10),
  r(C, ECO, '每个妇女儿童之家建设补助', '<=', '3', '万元', 5), r(B, SOC, '家庭教育知识知晓率', '>=', '85', '%', 15),
  r(B, SUS, '妇女儿童关爱服务机制', Q, '长效运行', null, 10), r(S, SAT, '服务对象满意度', '>=', '90', '%', 15),
];
const WOM_GOAL = '实施期目标：2025—2026年建设妇女儿童之家40个。年度目标：建设妇女儿童之家20个，开展家庭教育指导服务150场次，关爱留守儿童1800人次。';
const wom = (fields: Record<string, unknown> = {}, indicators = WOM) => pt({
  org: '区妇女联合会', project_name: '妇女儿童之家及家庭教育指导', budget_total_wan: 150, budget_fiscal_wan: 150, budget_other_wan: 0,
  goal: WOM_GOAL, indicators, ...fields,
});

/** 机关党员教育培训 (区直机关工委): 8 rows on 90. */
const PARTY = [
  r(O, NUM, '培训机关党员', '>=', '3500', '人次', 15), r(O, NUM, '建设党员教育示范阵地', '>=', '8', '个', 10),
  r(O, QUA, '培训考核合格率', '>=', '95', '%', 10), r(O, TIM, '培训计划完成时间', Q, '2025年11月底前', null, 10),
  r(C, ECO, '人均培训成本', '<=', '600', '元', 5), r(B, SOC, '机关党员教育覆盖率', '>=', '95', '%', 15),
  r(B, SUS, '党员教育长效机制', Q, '持续完善', null, 10), r(S, SAT, '参训党员满意度', '>=', '92', '%', 15),
];
const PARTY_MID = '实施期目标：2024—2026年分批完成全区机关党员轮训1万人次。';
const PARTY_YEAR = '年度目标：培训机关党员3500人次，建设党员教育示范阵地8个，机关党员教育覆盖率达到95%以上。';
const party = (fields: Record<string, unknown> = {}, indicators = PARTY) => pt({
  org: '区直属机关工作委员会', project_name: '机关党员教育培训', budget_total_wan: 240, budget_fiscal_wan: 240, budget_other_wan: 0,
  goal: `${PARTY_MID}${PARTY_YEAR}`, indicators, ...fields,
});

export const SET24_PROJECT_TARGET_CASES: FormCase[] = [
  // 气象
  { id: 'S24-P01', sector: '气象（干净，实施期+年度）', form: met(), expect: [] },
  { id: 'S24-P02', sector: '气象（目标写12个，指标12套）', form: met({ goal: `${MET_MID}${MET_YEAR.replace('12套', '12个')}` }), expect: [] },
  { id: 'S24-P03', sector: '气象（年度目标写培训信息员200人无指标）', form: met({ goal: `${MET_MID}${MET_YEAR}培训气象信息员200人。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S24-P04', sector: '气象（年度目标照抄上年：2024年）', form: met({ goal: `${MET_MID}年度目标：2024年新建区域自动气象站12套，发布气象预警信息300期以上。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S24-P05', sector: '气象（年度目标15套，指标12套）', form: met({ goal: `${MET_MID}${MET_YEAR.replace('12套', '15套')}` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S24-P06', sector: '气象（概况写信息员手机）', expect: [F('private_data', null, 'overview')],
    form: met({ overview: '项目实施期2025—2027年。在气象信息员陈永福（手机13996001234）家中设置雨量观测点。' }),
  },
  {
    id: 'S24-P07', sector: '气象（项目联系人座机）', expect: [],
    form: met({ overview: '项目实施期2025—2027年，总投资780万元。项目联系人：区气象台张敏，联系电话：023-72345678。' }),
  },
  // 供销社
  { id: 'S24-P08', sector: '供销社（干净）', form: coop(), expect: [] },
  { id: 'S24-P09', sector: '供销社（目标写12000万元、26000户）', form: coop({ goal: `${COOP_MID}${COOP_YEAR.replace('1.2亿元', '12000万元').replace('2.6万户', '26000户')}` }), expect: [] },
  { id: 'S24-P10', sector: '供销社（年度目标写电商服务站点45个无指标）', form: coop({ goal: `${COOP_MID}${COOP_YEAR}发展农村电商服务站点45个。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S24-P11', sector: '供销社（财政300+其他30≠320）', form: coop({ budget_other_wan: 30 }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S24-P12', sector: '供销社（年度目标写社员姓名）', expect: [F('private_data', null, 'goal')],
    form: coop({ goal: `${COOP_MID}${COOP_YEAR}重点扶持社员刘大贵、周桂芬发展农产品网上销售。` }),
  },
  { id: 'S24-P13', sector: '供销社（经济效益放在产出下）', form: coop({}, patch(COOP, { 5: { level1: O } })), expect: [F('levels', 5, null)] },
  // 残联
  { id: 'S24-P14', sector: '残联（干净，2400名由人计）', form: dis(), expect: [] },
  {
    id: 'S24-P15', sector: '残联（概况写残疾人残疾证号）', expect: [F('private_data', null, 'overview')],
    form: dis({ overview: '对持证残疾人提供基本康复服务，如为残疾人吴晓梅（残疾证号51022219900315262542）适配电动轮椅。' }),
  },
  {
    id: 'S24-P16', sector: '残联（张海迪精神、黄桷垭社区、12385）', expect: [],
    form: dis({ basis: '弘扬张海迪自强不息精神，在黄桷垭社区开展全国助残日活动，开通12385残疾人服务热线。' }),
  },
  { id: 'S24-P17', sector: '残联（无满意度指标）', form: dis({}, [...DIS.slice(0, 7).map((x, i) => (i === 6 ? { ...x, weight: 25 } : x))]), expect: [F('coverage', null, null)] },
  { id: 'S24-P18', sector: '残联（权重合计95）', form: dis({}, patch(DIS, { 1: { weight: 15 } })), expect: [F('weights', null, 'weight')] },
  // 妇联
  { id: 'S24-P19', sector: '妇联（干净，实施期40个）', form: wom(), expect: [] },
  {
    id: 'S24-P20', sector: '妇联（年度目标写留守儿童姓名）', expect: [F('private_data', null, 'goal')],
    form: wom({ goal: `${WOM_GOAL}对留守儿童李欣怡（其父母均在外务工）开展一对一结对帮扶。` }),
  },
  {
    id: 'S24-P21', sector: '妇联（12338、最美家庭、龙凤溪）', expect: [],
    form: wom({ basis: '依托12338妇女维权热线，在龙凤溪社区开展“最美家庭”评选和“巾帼建功”活动。' }),
  },
  { id: 'S24-P22', sector: '妇联（年度目标写二十个、一百五十场次）', form: wom({ goal: WOM_GOAL.replace('妇女儿童之家20个', '妇女儿童之家二十个').replace('150场次', '一百五十场次') }), expect: [] },
  // 机关党建
  { id: 'S24-P23', sector: '机关党建（干净，实施期1万人次）', form: party(), expect: [] },
  {
    id: 'S24-P24', sector: '机关党建（概况写困难党员住址）', expect: [F('private_data', null, 'overview')],
    form: party({ overview: '开展机关党员教育培训，慰问困难党员刘正清（住学府大道88号3栋2单元502室）。' }),
  },
  {
    id: 'S24-P25', sector: '机关党建（杨闇公、赵世炎烈士故居、二十大）', expect: [],
    form: party({ overview: '组织党员赴杨闇公旧居、赵世炎烈士故居开展现场教学，深入学习贯彻党的二十大精神。' }),
  },
  { id: 'S24-P26', sector: '机关党建（2024年度目标照抄上年）', form: party({ goal: `${PARTY_MID}2024年度目标：培训机关党员3500人次，建设党员教育示范阵地8个。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S24-P27', sector: '机关党建（在2024年基础上、较2024年）', form: party({ goal: `${PARTY_MID}年度目标：在2024年基础上，培训机关党员3500人次，建设党员教育示范阵地8个，机关党员教育覆盖率较2024年提高至95%以上。` }), expect: [] },
];
