import { B, C, ECO, ENV, F, type FormCase, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 50F (session 23), 2026年项目支出绩效目标表 as a 区 finance bureau receives them for 审核: 困难残疾人生活补贴和重度
 * 残疾人护理补贴 (H, 区残疾人联合会, 1860 万元 all 财政资金: 中央620 + 市级540 + 区级700, paid by 社会保障卡) and 农村生活污水处理
 * 设施运维 (W, a 镇人民政府, 96 万元 = 区级补助60 + 镇本级36), 2021 tree on 90. Written before reading any code under review/;
 * readings in set-50-cases.ts.
 */
const year = (fields: Record<string, unknown>) => pt({ fiscal_year: 2026, ...fields });

/** 9 rows on 90. */
const AID = [
  r(O, NUM, '困难残疾人生活补贴发放人数', '>=', '5200', '人', 15), r(O, NUM, '重度残疾人护理补贴发放人数', '>=', '6800', '人', 15),
  r(O, QUA, '补贴对象认定准确率', '>=', '98', '%', 10), r(O, TIM, '补贴按月发放及时率', '=', '100', '%', 10),
  r(C, ECO, '困难残疾人生活补贴标准', '=', '90', '元/人·月', 5), r(C, ECO, '重度残疾人护理补贴标准', '=', '90', '元/人·月', 5),
  r(B, SOC, '残疾人基本生活保障水平', Q, '稳步提高', null, 10), r(B, SUS, '两项补贴动态管理机制', Q, '长效运行', null, 10),
  r(S, SAT, '补贴对象满意度', '>=', '95', '%', 10),
];
const AID_GOAL = '2026年为符合条件的困难残疾人5200人发放生活补贴、重度残疾人6800人发放护理补贴，补贴标准均为每人每月90元，'
  + '补贴对象认定准确率98%以上，按月足额发放，补贴对象满意度95%以上。';
const AID_OVERVIEW = '资金来源：中央补助620万元，市级补助540万元，区级财政700万元，合计1860万元。补贴通过社会保障卡按月直接发放至补贴对象。';
const aid = (fields: Record<string, unknown> = {}, indicators = AID) => year({
  org: '区残疾人联合会', department: '区残疾人联合会', project_name: '困难残疾人生活补贴和重度残疾人护理补贴', budget_total_wan: 1860,
  budget_fiscal_wan: 1860, budget_other_wan: 0, overview: AID_OVERVIEW,
  basis: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）。', goal: AID_GOAL,
  spending_plan: plan(25, 50, 75, 100), indicators, ...fields,
});

/** 9 rows on 90; 96 = 区级补助60 + 镇本级36, all 财政资金. */
const SEWAGE = [
  r(O, NUM, '运维农村生活污水处理设施', '>=', '42', '座', 15), r(O, NUM, '维修更换设施设备', '>=', '60', '台（套）', 10),
  r(O, QUA, '出水水质达标率', '>=', '85', '%', 10), r(O, QUA, '设施正常运行率', '>=', '90', '%', 10),
  r(O, TIM, '故障响应时间', '<=', '48', '小时', 5), r(C, ECO, '单座设施年运维费用', '<=', '2.2', '万元/座', 10),
  r(B, ENV, '年处理农村生活污水', '>=', '18', '万吨', 10), r(B, SUS, '设施运维长效管护机制', Q, '持续健全', null, 10),
  r(S, SAT, '受益群众满意度', '>=', '90', '%', 10),
];
const SEWAGE_GOAL = '2026年对全镇42座农村生活污水处理设施开展专业化运维，维修更换设备60台（套），设施正常运行率90%以上，'
  + '出水水质达标率85%以上，全年处理农村生活污水18万吨，受益群众满意度90%以上。';
const SEWAGE_OVERVIEW = '全镇已建成农村生活污水处理设施42座，覆盖12个村。资金来源：区级补助60万元，镇本级36万元。';
const sewage = (fields: Record<string, unknown> = {}, indicators = SEWAGE) => year({
  org: '龙凤镇人民政府', department: '区生态环境局', project_name: '农村生活污水处理设施运维', budget_total_wan: 96, budget_fiscal_wan: 96,
  budget_other_wan: 0, overview: SEWAGE_OVERVIEW, basis: '《农村生活污水处理设施运行维护管理办法（试行）》。', goal: SEWAGE_GOAL,
  spending_plan: plan(20, 50, 75, 100), indicators, ...fields,
});

export const SET50_SUBSIDY_SEWAGE_CASES: FormCase[] = [
  // 困难残疾人两项补贴
  { id: 'S50-H01', sector: '残疾人两项补贴（干净）', form: aid(), expect: [] },
  {
    id: 'S50-H02', sector: '两项补贴（目标写制度建立以来累计发放3.2亿元、惠及2.1万人，安静）', expect: [],
    form: aid({ goal: `自2016年制度建立以来累计发放两项补贴3.2亿元、惠及残疾人2.1万人。${AID_GOAL}` }),
  },
  {
    id: 'S50-H03', sector: '两项补贴（目标写护理补贴7200人，指标6800人）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: aid({ goal: AID_GOAL.replace('重度残疾人6800人', '重度残疾人7200人') }),
  },
  {
    id: 'S50-H04', sector: '两项补贴（目标写入户核查12000户次，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: aid({ goal: AID_GOAL.replace('，按月足额发放', '，开展补贴对象入户核查12000户次，按月足额发放') }),
  },
  {
    id: 'S50-H05', sector: '两项补贴（指标解释举例写补贴对象姓名身份证号）', expect: [F('private_data', 0)],
    form: aid({}, patch(AID, { 0: { description: '低保家庭中的残疾人，如：李桂兰，身份证号500103195602183327。' } })),
  },
  {
    id: 'S50-H06', sector: '两项补贴（概况写补贴对象社保卡金融账号）', expect: [F('private_data', null, 'overview')],
    form: aid({ overview: `${AID_OVERVIEW}补贴对象陈德明社会保障卡金融账户6217 0031 2000 4587 219因挂失退回，已重新发放。` }),
  },
  {
    id: 'S50-H07', sector: '两项补贴（概况列新增补贴对象姓名）', expect: [F('private_data', null, 'overview')],
    form: aid({ overview: `${AID_OVERVIEW}2026年新增补贴对象张玉兰、罗国富、邓小琴等37人，已在所在村（社区）公示。` }),
  },
  {
    id: 'S50-H08', sector: '两项补贴（概况写残联科室联系人和办公电话，安静）', expect: [],
    form: aid({ overview: `${AID_OVERVIEW}联系人：区残联康复就业科 周敏，联系电话：023-67891234。` }),
  },
  { id: 'S50-H09', sector: '两项补贴（权重合计95）', form: aid({}, patch(AID, { 8: { weight: 15 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S50-H10', sector: '两项补贴（满意度拆两行各5分，合计90，安静）', expect: [],
    form: aid({}, [...patch(AID, { 8: { name: '困难残疾人满意度', weight: 5 } }), r(S, SAT, '重度残疾人家庭满意度', '>=', '95', '%', 5)]),
  },
  {
    id: 'S50-H11', sector: '两项补贴（无满意度指标）', expect: [F('coverage')],
    form: aid({ goal: AID_GOAL.replace('，补贴对象满意度95%以上', '') },
      patch(AID, { 8: { level1: B, level2: SOC, name: '补贴资金直达率', comparator: '=', target: '100', unit: '%' } })),
  },
  {
    id: 'S50-H12', sector: '两项补贴（护理补贴人数换个说法又填一行）', expect: [F('names', 9)],
    form: aid({}, [...patch(AID, { 1: { weight: 10 } }), r(O, NUM, '重度残疾人护理补贴发放对象人数', '>=', '6800', '人', 5)]),
  },
  {
    id: 'S50-H13', sector: '两项补贴（目标写安排补贴资金1960万元，预算数1860）', expect: [F('budget_arithmetic')],
    form: aid({ goal: `全年安排补贴资金1960万元。${AID_GOAL}` }),
  },
  {
    id: 'S50-H14', sector: '两项补贴（目标写安排资金1860万元其中中央620万元，安静）', expect: [],
    form: aid({ goal: `全年安排补贴资金1860万元（其中中央补助620万元）。${AID_GOAL}` }),
  },
  {
    id: 'S50-H15', sector: '两项补贴（目标写2026—2028年累计安排5600万元，安静）', expect: [],
    form: aid({ goal: `2026—2028年累计安排两项补贴资金5600万元。${AID_GOAL}` }),
  },
  {
    id: 'S50-H16', sector: '两项补贴（目标写护理补贴标准每人每月100元，指标90）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: aid({ goal: AID_GOAL.replace('补贴标准均为每人每月90元', '生活补贴标准每人每月90元、护理补贴标准每人每月100元') }),
  },
  // Added after reading the code, to hold the goal-budget reading: a source's part and a use's part are no whole budget.
  {
    id: 'S50-H17', sector: '两项补贴（目标写区级财政安排资金700万元、用于补贴发放，安静）', expect: [],
    form: aid({ goal: `区级财政安排资金700万元，与中央、市级补助资金统筹使用。${AID_GOAL}` }),
  },
  // 农村生活污水处理设施运维
  { id: 'S50-W01', sector: '农村生活污水设施运维（干净）', form: sewage(), expect: [] },
  {
    id: 'S50-W02', sector: '污水运维（目标写水质达标率90%，指标85%）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: sewage({ goal: SEWAGE_GOAL.replace('出水水质达标率85%以上', '出水水质达标率90%以上') }),
  },
  {
    id: 'S50-W03', sector: '污水运维（目标写新建收集管网3.5公里，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: sewage({ goal: SEWAGE_GOAL.replace('，设施正常运行率', '，新建污水收集管网3.5公里，设施正常运行率') }),
  },
  {
    id: 'S50-W04', sector: '污水运维（目标写截至2025年底累计建成管网86公里，安静）', expect: [],
    form: sewage({ goal: `截至2025年底，全镇累计建成农村生活污水处理设施42座、配套管网86公里。${SEWAGE_GOAL}` }),
  },
  {
    id: 'S50-W05', sector: '污水运维（指标解释写运维公司负责人手机）', expect: [F('private_data', 4)],
    form: sewage({}, patch(SEWAGE, { 4: { description: '自接到报修起计算。报修联系运维公司现场负责人黄志强，15923456781。' } })),
  },
  {
    id: 'S50-W06', sector: '污水运维（指标解释写镇生态环境办值班人员和座机，安静）', expect: [],
    form: sewage({}, patch(SEWAGE, { 4: { description: '自接到报修起计算。报修电话：镇生态环境办 023-72345678（值班人员：杨波）。' } })),
  },
  { id: 'S50-W07', sector: '污水运维（权重合计85）', form: sewage({}, patch(SEWAGE, { 0: { weight: 10 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S50-W08', sector: '污水运维（水质达标率与水质监测覆盖率两行相近但不同，安静）', expect: [],
    form: sewage({}, [...patch(SEWAGE, { 2: { weight: 5 } }), r(O, QUA, '设施出水水质监测覆盖率', '=', '100', '%', 5)]),
  },
  {
    id: 'S50-W09', sector: '污水运维（无效益指标）', expect: [F('coverage')],
    form: sewage({ goal: SEWAGE_GOAL.replace('，全年处理农村生活污水18万吨', '') },
      patch(SEWAGE, { 0: { weight: 25 }, 1: { weight: 20 } }).filter((row) => row.level1 !== B)),
  },
  {
    id: 'S50-W10', sector: '污水运维（运维设施座数换个说法又填一行）', expect: [F('names', 9)],
    form: sewage({}, [...patch(SEWAGE, { 0: { weight: 10 } }), r(O, NUM, '农村生活污水处理设施运维数量', '>=', '42', '座', 5)]),
  },
  {
    id: 'S50-W11', sector: '污水运维（目标写安排运维资金106万元，预算数96）', expect: [F('budget_arithmetic')],
    form: sewage({ goal: `2026年安排运维资金106万元。${SEWAGE_GOAL}` }),
  },
  {
    id: 'S50-W12', sector: '污水运维（目标写区级补助60万元、镇本级配套36万元，安静）', expect: [],
    form: sewage({ goal: `项目资金96万元（区级补助60万元、镇本级配套36万元）。${SEWAGE_GOAL}` }),
  },
  {
    id: 'S50-W13', sector: '污水运维（目标写两年共完成设施提标改造8座，安静）', expect: [],
    form: sewage({ goal: `${SEWAGE_GOAL}2026—2027年两年共完成设施提标改造8座。` }),
  },
  {
    id: 'S50-W14', sector: '污水运维（概况写村民征地补偿银行卡号）', expect: [F('private_data', null, 'overview')],
    form: sewage({ overview: `${SEWAGE_OVERVIEW}设施用地补偿款已支付至村民邓家富农行卡6228 4801 2345 6789 012。` }),
  },
  {
    id: 'S50-W15', sector: '污水运维（目标写年处理污水20万吨，指标18万吨）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: sewage({ goal: SEWAGE_GOAL.replace('18万吨', '20万吨') }),
  },
  {
    id: 'S50-W16', sector: '污水运维（目标写日处理能力合计500吨，安静）', expect: [],
    form: sewage({ goal: SEWAGE_GOAL.replace('开展专业化运维', '（设计日处理能力合计500吨）开展专业化运维') }),
  },
  {
    id: 'S50-W17', sector: '污水运维（目标写安排设备更换资金20万元，安静）', expect: [],
    form: sewage({ goal: `${SEWAGE_GOAL}其中安排设备更换资金20万元。` }),
  },
];
