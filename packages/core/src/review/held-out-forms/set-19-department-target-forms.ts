import { B, C, dt, ECN, ECO, ENV, F, type FormCase, funds, KC, LZ, NUM, O, patch, Q, QUA, r, S, SAT, SOC, split, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 19 (issue 3), 部门（单位）整体绩效目标表 at review time (体育, 司法, 科技, 妇联, 机关事务, 红十字会,
 * 供销社): goals that state the department's 职能 (with its scope in numbers) and then 重点工作 the rows must carry,
 * 年度主要任务 with quantities, amounts in 万/亿, fund sources and structure, weights on 100, coverage and personal
 * data in goals and 保障措施 next to 热线, 文号, 信用代码 and a department's office line. Written before reading any
 * code under review/ or scoring/; readings in set-19-cases.ts.
 */
const GL = '管理效率';

/** 区体育局 on the four-branch tree, 100 points. */
const SPORT = [
  r(LZ, '重点工作', '举办全民健身赛事活动', '>=', '50', '场次', 20), r(LZ, '重点工作', '新建社会足球场地', '>=', '8', '块', 10),
  r(LZ, '重点工作', '国民体质监测达标率', '>=', '92', '%', 15), r(GL, '预算管理', '预算执行率', '>=', '95', '%', 10),
  r(GL, '资产管理', '体育场馆资产账实相符率', '=', '100', '%', 5), r(SX, '社会效益', '经常参加体育锻炼人口比例', '>=', '42', '%', 15),
  r(SX, '服务对象满意度', '健身群众满意度', '>=', '90', '%', 15), r(KC, '长效机制', '全民健身公共服务体系', Q, '持续完善', null, 10),
];
const SPORT_DUTY = '主要职能：贯彻落实体育工作方针政策，负责全区11个街镇群众体育、竞技体育和体育产业的统筹指导。';
const SPORT_WORK = '年度重点工作：1.举办全民健身赛事活动50场次；2.新建社会足球场地8块；3.国民体质监测达标率92%以上；4.经常参加体育锻炼人口比例达到42%。';
const sport = (goal = `${SPORT_DUTY}${SPORT_WORK}`, indicators = SPORT) => dt({
  org: '区体育局', budget_total_wan: 3100, fund_sources: funds(3100, null, null), structure: split(900, 2200), goal, indicators,
});

/** 区司法局 on 产出/效益/满意度, 100 points. */
const LAW = [
  r(O, NUM, '人民调解案件', '>=', '6500', '件', 15), r(O, NUM, '开展法治宣传活动', '>=', '200', '场次', 10),
  r(O, QUA, '人民调解成功率', '>=', '96', '%', 15), r(O, TIM, '公证办证时限', '<=', '5', '个工作日', 10),
  r(C, ECO, '公用经费支出增长', '<=', '0', '%', 10), r(B, SOC, '基层矛盾纠纷', Q, '有效化解', null, 15),
  r(B, SUS, '公共法律服务体系', Q, '持续完善', null, 10), r(S, SAT, '群众满意度', '>=', '92', '%', 15),
];
const LAW_GOAL = '全年调解矛盾纠纷6500件，调解成功率96%以上；开展“八五”普法宣传活动200场次；公证事项5个工作日内办结。';
const law = (fields: Record<string, unknown> = {}) => dt({
  org: '区司法局', budget_total_wan: 2950, fund_sources: funds(2800, null, 150), structure: split(2100, 850), goal: LAW_GOAL, indicators: LAW, ...fields,
});

/** 区科学技术局: a general goal, the year's work in 年度主要任务. */
const SCI = [
  r(O, NUM, '新增科技型企业', '>=', '300', '家', 20), r(O, NUM, '新认定高新技术企业', '>=', '40', '家', 15),
  r(O, QUA, '科技项目验收通过率', '>=', '90', '%', 10), r(O, TIM, '科技奖补资金兑现及时率', '=', '100', '%', 10),
  r(B, ECN, '技术合同成交额', '>=', '12', '亿元', 20), r(B, SUS, '区域创新能力', Q, '持续增强', null, 10),
  r(S, SAT, '科技企业满意度', '>=', '90', '%', 15),
];
const SCI_TASKS = [
  { name: '科技型企业培育', content: '新增科技型企业300家，新认定高新技术企业40家。', budget_wan: 800 },
  { name: '科技成果转化', content: '技术合同成交额达到12亿元。', budget_wan: 500 },
];
const sci = (tasks = SCI_TASKS) => dt({
  org: '区科学技术局', budget_total_wan: 4200, fund_sources: funds(4200, null, null), structure: split(900, 3300), indicators: SCI, tasks,
  goal: '围绕建设科学城核心区，培育壮大创新主体，加速科技成果转化，持续优化区域创新生态。',
});

/** 区妇女联合会, 100 points. */
const WOMEN = [
  r(O, NUM, '开展家庭教育指导服务', '>=', '150', '场次', 15), r(O, NUM, '帮扶困难妇女儿童', '>=', '800', '人', 15),
  r(O, NUM, '培训妇女创业就业', '>=', '1000', '人次', 15), r(O, TIM, '维权信访办结时限', '<=', '15', '日', 10),
  r(B, SOC, '妇女儿童合法权益', Q, '有效维护', null, 15), r(B, SUS, '家庭家教家风建设', Q, '持续深化', null, 10),
  r(S, SAT, '服务对象满意度', '>=', '92', '%', 20),
];
const women = (measures: { title: string; text: string }[] = []) => dt({
  org: '区妇女联合会', budget_total_wan: 460, fund_sources: funds(460, null, null), structure: split(260, 200), indicators: WOMEN, measures,
  goal: '开展家庭教育指导服务150场次，帮扶困难妇女儿童800人，培训妇女创业就业1000人次，开展“最美家庭”寻访活动。',
});

/** 区机关事务管理局, 100 points. */
const AFFAIRS = [
  r(O, NUM, '公务用车平台保障', '>=', '9000', '车次', 15), r(O, NUM, '机关食堂供餐', '>=', '36', '万人次', 10),
  r(O, QUA, '公共机构节能改造验收合格率', '=', '100', '%', 10), r(C, ECO, '单位建筑面积能耗下降', '>=', '1.5', '%', 15),
  r(C, ECO, '公务用车运行费用增长', '<=', '0', '%', 10), r(B, ENV, '人均综合能耗下降', '>=', '1.2', '%', 15),
  r(S, SAT, '服务单位满意度', '>=', '90', '%', 25),
];
const affairs = (indicators = AFFAIRS) => dt({
  org: '区机关事务管理局', budget_total_wan: 5300, fund_sources: funds(5100, null, 200), structure: split(1800, 3500), indicators,
  goal: '公务用车平台全年保障9000车次，机关食堂供餐36万人次，公共机构单位建筑面积能耗下降1.5%、人均综合能耗下降1.2%。',
});

/** 区红十字会, 100 points. */
const REDX = [
  r(O, NUM, '应急救护培训', '>=', '5000', '人次', 20), r(O, NUM, '造血干细胞血样采集', '>=', '300', '份', 15),
  r(O, NUM, '募集救助款物', '>=', '200', '万元', 15), r(B, SOC, '人道救助困难群众', '>=', '600', '人', 20),
  r(B, SUS, '红十字志愿服务队伍', Q, '持续壮大', null, 10), r(S, SAT, '受助群众满意度', '>=', '95', '%', 20),
];
const REDX_GOAL = '开展应急救护培训5000人次，采集造血干细胞血样300份，募集救助款物200万元，救助困难群众600人。';
const redx = (fields: Record<string, unknown> = {}) => dt({
  org: '区红十字会', budget_total_wan: 380, fund_sources: funds(300, null, 80), structure: split(180, 200), goal: REDX_GOAL, indicators: REDX, ...fields,
});

/** 区供销合作社: 32000万元 of sales (a result) against a row in 亿元. */
const COOP = [
  r(O, NUM, '新建农村综合服务社', '>=', '20', '个', 20), r(O, NUM, '农产品销售额', '>=', '3.2', '亿元', 20),
  r(O, QUA, '农资商品抽检合格率', '>=', '98', '%', 15), r(B, ECN, '带动农户增收', '>=', '1500', '户', 15),
  r(B, SUS, '为农服务体系', Q, '持续健全', null, 10), r(S, SAT, '农户满意度', '>=', '90', '%', 20),
];
const COOP_GOAL = '新建农村综合服务社二十个，实现农产品销售额32000万元，带动1500户农户增收。';
const coop = (goal = COOP_GOAL) => dt({
  org: '区供销合作社', budget_total_wan: 620, fund_sources: funds(620, null, null), structure: split(240, 380), goal, indicators: COOP,
});

export const SET19_DEPARTMENT_TARGET_CASES: FormCase[] = [
  { id: 'S19-D01', sector: '体育局（职能写11个街镇，重点工作四项）', form: sport(), expect: [] },
  {
    id: 'S19-D02', sector: '体育局（第5项承办市级比赛3项无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: sport(`${SPORT_DUTY}${SPORT_WORK}5.承办市级以上体育比赛3项。`),
  },
  { id: 'S19-D03', sector: '体育局（权重合计90）', form: sport(undefined, patch(SPORT, { 0: { weight: 10 } })), expect: [F('weights', null, 'weight')] },
  { id: 'S19-D04', sector: '司法局（“八五”普法、5个工作日）', form: law(), expect: [] },
  {
    id: 'S19-D05', sector: '司法局（保障措施写信访人姓名身份证）', expect: [F('private_data', null, 'measures[0].text')],
    form: law({ measures: [{ title: '信访化解', text: '对信访人熊光辉（身份证号500106196802117753）反映的土地纠纷，组织律师开展法律援助。' }] }),
  },
  {
    id: 'S19-D06', sector: '司法局（12348热线、文号、律所信用代码）', expect: [],
    form: law({ measures: [{ title: '公共法律服务', text: '12348公共法律服务热线全天候接听；依据渝司发〔2024〕15号落实法律顾问制度，签约律师事务所统一社会信用代码31500000MD0123456X。' }] }),
  },
  { id: 'S19-D07', sector: '司法局（政府预算2800+单位资金150≠2900）', form: law({ budget_total_wan: 2900, structure: split(2050, 850) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S19-D08', sector: '司法局（基本支出按元填）', form: law({ structure: split(21000000, 850) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S19-D09', sector: '科技局（总体目标定性，任务有数且有指标）', form: sci(), expect: [] },
  {
    id: 'S19-D10', sector: '科技局（主要任务引进人才50名无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: sci([...SCI_TASKS, { name: '科技人才引育', content: '引进培育高层次科技人才50名。', budget_wan: 300 }]),
  },
  {
    id: 'S19-D11', sector: '妇联（12338热线、部门座机）', expect: [],
    form: women([{ title: '维权服务', text: '畅通12338妇女维权热线，联系部门：区妇联权益部，电话023-65362338。' }]),
  },
  {
    id: 'S19-D12', sector: '妇联（保障措施写帮扶对象姓名手机）', expect: [F('private_data', null, 'measures[0].text')],
    form: women([{ title: '精准帮扶', text: '对单亲母亲谢小琴及其女儿给予重点帮扶，帮扶联系电话13500236677。' }]),
  },
  {
    id: 'S19-D13', sector: '妇联（正文写填报人姓名与办公电话）', expect: [],
    form: women([{ title: '组织保障', text: '明确专人负责绩效目标填报和跟踪。填报人：龚丽，联系电话023-65362101。' }]),
  },
  { id: 'S19-D14', sector: '机关事务（能耗下降1.5%、1.2%）', form: affairs(), expect: [] },
  {
    id: 'S19-D15', sector: '机关事务（无效益指标）', expect: [F('coverage', null, null)],
    form: affairs(patch(AFFAIRS, { 5: { level1: O, level2: QUA, name: '食堂食品安全检测合格率', comparator: '=', target: '100', unit: '%' } })),
  },
  { id: 'S19-D16', sector: '红十字会（募集200万元为成果）', form: redx(), expect: [] },
  {
    id: 'S19-D17', sector: '红十字会（目标写受助患儿姓名）', expect: [F('private_data', null, 'goal')],
    form: redx({ goal: `${REDX_GOAL}其中重点救助白血病患儿唐梓萱。` }),
  },
  { id: 'S19-D18', sector: '红十字会（基本180+项目220≠380）', form: redx({ structure: split(180, 220) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S19-D19', sector: '供销社（二十个、32000万元对3.2亿元）', form: coop(), expect: [] },
  { id: 'S19-D20', sector: '供销社（户均增收2000元无指标）', form: coop(`${COOP_GOAL}带动农户户均增收2000元。`), expect: [F('goal_vs_indicators', null, 'goal')] },
];
