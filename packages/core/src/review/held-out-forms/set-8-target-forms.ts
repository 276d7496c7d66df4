import { B, C, dt, ECN, ECO, ENV, F, type FormCase, funds, KC, LZ, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SOC, split, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 8 (issue 3), targets: 项目支出绩效目标表 and 部门整体绩效目标表 aimed at the two checks the
 * issue calls new — goal_vs_indicators (a quantity in the goal that no row carries) and private_data (personal
 * data in a form that will be published) — plus 部门整体 trees (履职效能/管理效率/社会效应/可持续发展) and weight
 * conventions. Written before reading any code under review/ or scoring/ (only the harness and the case format).
 * The readings of ambiguous cases and the precision/recall as first measured are in set-8-cases.ts.
 */
const GL = '管理效率';

/** 农村户厕改造: a total (3000户, 5座) split over several rows. */
const TOILET = [
  r(O, NUM, '新建户厕', '=', '2000', '户', 10), r(O, NUM, '改建户厕', '=', '1000', '户', 10),
  r(O, NUM, '新建公厕', '=', '2', '座', 8), r(O, NUM, '改建公厕', '=', '3', '座', 7),
  r(O, NUM, '覆盖行政村', '=', '12', '个', 8), r(O, QUA, '改厕验收合格率', '>=', '95', '%', 8),
  r(O, TIM, '改厕任务完成时间', Q, '2025年11月底前', null, 7), r(C, ECO, '户均改厕成本', '<=', '0.35', '万元', 8),
  r(B, SOC, '农村人居环境', Q, '明显改善', null, 8), r(B, SUS, '改厕设施使用年限', '>=', '8', '年', 8),
  r(S, SAT, '改厕农户满意度', '>=', '90', '%', 8),
];
const toilet = (indicators = TOILET) => pt({
  project_name: '农村户厕及公厕改造', budget_total_wan: 1080, budget_fiscal_wan: 1080, budget_other_wan: 0, spending_plan: plan(10, 40, 80, 100),
  goal: '在12个行政村完成农村户厕改造3000户，其中新建户厕2000户、改建户厕1000户；新建改建农村公厕5座，改厕验收合格率达到95%以上。',
  indicators,
});

/** 学校建设: quantities written in Chinese numerals. */
const SCHOOL = [
  r(O, NUM, '新建学校', '=', '3', '所', 15), r(O, NUM, '改扩建幼儿园', '=', '2', '所', 10), r(O, NUM, '新增公办学位', '>=', '2700', '个', 15),
  r(O, QUA, '工程竣工验收合格率', '=', '100', '%', 10), r(O, TIM, '学校交付使用时间', Q, '2025年8月底前', null, 5),
  r(C, ECO, '生均建设成本', '<=', '4.5', '万元', 10), r(B, SOC, '入学压力', Q, '有效缓解', null, 10),
  r(B, SUS, '校舍设计使用年限', '>=', '50', '年', 5), r(S, SAT, '学生家长满意度', '>=', '90', '%', 10),
];

/** 文化惠民: Chinese numerals again, one of them carried by no row. */
const CULTURE = [
  r(O, NUM, '送戏下乡演出场次', '>=', '60', '场', 15), r(O, NUM, '举办非遗展览', '>=', '4', '次', 10),
  r(O, QUA, '演出节目审查合格率', '=', '100', '%', 10), r(O, TIM, '演出任务完成时间', Q, '2025年11月底前', null, 10),
  r(C, ECO, '场均演出成本', '<=', '1.2', '万元', 10), r(B, SOC, '群众文化生活', Q, '持续丰富', null, 10),
  r(B, SUS, '非遗项目传承', Q, '有效保护', null, 10), r(S, SAT, '观众满意度', '>=', '90', '%', 15),
];

/** 老年人健康体检: the goal states money, dates and an age bracket; none of them is an indicator. */
const CHECKUP = [
  r(O, NUM, '老年人健康体检人数', '>=', '4.5', '万人', 15), r(O, QUA, '体检报告反馈率', '>=', '95', '%', 10),
  r(O, TIM, '体检服务招标完成时间', Q, '2025年6月30日前', null, 5), r(O, TIM, '体检任务完成时间', Q, '2025年12月31日前', null, 10),
  r(C, ECO, '人均体检费用', '<=', '78', '元', 10), r(B, SOC, '老年人健康管理率', '>=', '70', '%', 15),
  r(B, SOC, '慢性病早期发现能力', Q, '有效提升', null, 10), r(B, SUS, '老年人健康档案', Q, '动态更新', null, 5),
  r(S, SAT, '体检老年人满意度', '>=', '90', '%', 10),
];

/** 医疗救助: goal percentages carried by rows worded differently (覆盖面 → 参保率). */
const MEDICAL = [
  r(O, NUM, '资助参保困难群众人数', '>=', '1.2', '万人', 10), r(O, QUA, '基本医疗保险参保率', '>=', '97', '%', 10),
  r(O, QUA, '困难群众资助参保覆盖率', '=', '100', '%', 10), r(O, QUA, '政策范围内住院费用救助比例', '>=', '70', '%', 10),
  r(O, TIM, '救助资金发放及时率', '=', '100', '%', 10), r(C, ECO, '人均资助参保标准', '<=', '380', '元', 10),
  r(B, SOC, '因病致贫返贫', Q, '有效防止', null, 10), r(B, SUS, '医疗保障制度', Q, '持续完善', null, 10),
  r(S, SAT, '救助对象满意度', '>=', '90', '%', 10),
];

/** 污水治理: a percentage in the goal (集中收集率 75%) that no row carries. */
const SEWAGE = [
  r(O, NUM, '新建污水管网', '>=', '22', '公里', 15), r(O, NUM, '污水处理量', '>=', '1800', '万吨', 10),
  r(O, QUA, '出水水质达标率', '=', '100', '%', 15), r(O, TIM, '管网建设完成时间', Q, '2025年10月底前', null, 10),
  r(C, ECO, '吨水处理成本', '<=', '1.1', '元', 10), r(B, ENV, '化学需氧量削减量', '>=', '900', '吨', 10),
  r(B, SUS, '污水设施运行', Q, '长期稳定', null, 10), r(S, SAT, '周边居民满意度', '>=', '90', '%', 10),
];

/** 残疾人托养: ranges in the goal, carried by a row at the lower bound. */
const CARE = [
  r(O, NUM, '居家托养服务人数', '>=', '60', '人', 15), r(O, NUM, '人均月补助标准', '>=', '300', '元', 10),
  r(O, NUM, '每月上门服务时长', '>=', '20', '小时', 10), r(O, QUA, '服务规范达标率', '>=', '95', '%', 10),
  r(O, TIM, '补助资金按月发放及时率', '=', '100', '%', 10), r(C, ECO, '人均年服务成本', '<=', '0.6', '万元', 5),
  r(B, SOC, '残疾人生活质量', Q, '明显改善', null, 10), r(B, SUS, '托养服务体系', Q, '逐步健全', null, 10),
  r(S, SAT, '残疾人及家属满意度', '>=', '90', '%', 10),
];

/** 智慧停车: a range of 泊位 and a rise in 周转率 that no row carries. */
const PARKING = [
  r(O, NUM, '新建公共停车场', '=', '3', '个', 15), r(O, NUM, '安装停车诱导屏', '>=', '20', '块', 10),
  r(O, QUA, '设备验收合格率', '=', '100', '%', 10), r(O, TIM, '停车场建成时间', Q, '2025年9月底前', null, 10),
  r(C, ECO, '单个泊位建设成本', '<=', '1.5', '万元', 10), r(B, SOC, '停车难问题', Q, '有效缓解', null, 15),
  r(B, SUS, '停车设施使用年限', '>=', '15', '年', 10), r(S, SAT, '市民满意度', '>=', '90', '%', 10),
];

/** 乡村产业: a goal that restates policy, with numbers that are names (二十大, 十四五, 1+3, 第二十条). */
const RURAL = [
  r(O, NUM, '扶持农业产业化项目', '>=', '8', '个', 15), r(O, NUM, '培育新型农业经营主体', '>=', '15', '家', 10),
  r(O, QUA, '项目验收合格率', '=', '100', '%', 15), r(O, TIM, '扶持资金拨付及时率', '=', '100', '%', 10),
  r(B, ECN, '带动农户户均增收', '>=', '800', '元', 15), r(B, SUS, '联农带农机制', Q, '稳定运行', null, 10),
  r(S, SAT, '受益农户满意度', '>=', '90', '%', 15),
];

/** 城乡低保: 3.2万名 in the goal, 32000 人 in the row. */
const DIBAO = [
  r(O, NUM, '保障城乡低保对象', '>=', '32000', '人', 15), r(O, QUA, '低保金发放准确率', '=', '100', '%', 15),
  r(O, TIM, '低保金按月发放及时率', '=', '100', '%', 10), r(C, ECO, '人均月保障标准', '>=', '680', '元', 10),
  r(B, SOC, '困难群众基本生活', Q, '有效保障', null, 15), r(B, SUS, '社会救助兜底保障机制', Q, '持续健全', null, 10),
  r(S, SAT, '低保对象满意度', '>=', '90', '%', 15),
];

/** 危房改造 / 临时救助 and other projects whose goal or overview may carry personal data. */
const HOUSE = [
  r(O, NUM, '改造农村危房', '=', '12', '户', 15), r(O, QUA, '改造后住房安全鉴定合格率', '=', '100', '%', 15),
  r(O, TIM, '改造完成时间', Q, '2025年10月底前', null, 10), r(C, ECO, '户均补助标准', '<=', '2', '万元', 10),
  r(B, SOC, '困难群众住房安全', Q, '有效保障', null, 15), r(B, SUS, '房屋安全使用年限', '>=', '20', '年', 10),
  r(S, SAT, '改造户满意度', '>=', '90', '%', 15),
];
const INTERN = [
  r(O, NUM, '组织就业见习人数', '>=', '500', '人', 15), r(O, NUM, '新认定就业见习基地', '>=', '10', '个', 10),
  r(O, QUA, '见习期满留用率', '>=', '50', '%', 15), r(O, TIM, '见习补贴发放及时率', '=', '100', '%', 10),
  r(C, ECO, '人均月见习补贴', '<=', '2100', '元', 10), r(B, SOC, '高校毕业生就业能力', Q, '明显提升', null, 15),
  r(S, SAT, '见习人员满意度', '>=', '90', '%', 15),
];
const RELIEF = [
  r(O, NUM, '临时救助人次', '>=', '400', '人次', 20), r(O, QUA, '救助对象认定准确率', '=', '100', '%', 15),
  r(O, TIM, '救助审批办结时限', '<=', '5', '个工作日', 10), r(B, SOC, '困难群众急难问题', Q, '及时化解', null, 20),
  r(S, SAT, '受助群众满意度', '>=', '90', '%', 25),
];
const LONELY = [
  r(O, NUM, '上门探访频次', '>=', '2', '次/周', 20), r(O, NUM, '建立探访服务档案', '>=', '1', '份', 10),
  r(O, QUA, '探访记录完整率', '=', '100', '%', 15), r(B, SOC, '失独老人精神慰藉', Q, '有效加强', null, 20),
  r(S, SAT, '服务对象满意度', '>=', '90', '%', 25),
];
const GIRLS = [
  r(O, NUM, '资助家庭经济困难女童', '=', '20', '人', 20, { description: '资助对象为家庭经济困难女童，名单：李欣怡、王梓涵、陈思琪等20人' }),
  r(O, NUM, '人均年资助标准', '=', '2000', '元', 15), r(O, QUA, '资助对象认定准确率', '=', '100', '%', 15),
  r(O, TIM, '助学金发放时间', Q, '2025年9月底前', null, 10), r(B, SOC, '受助女童辍学人数', '=', '0', '人', 15),
  r(S, SAT, '受助家庭满意度', '>=', '90', '%', 15),
];
const OLD_HOUSING = [
  r(O, NUM, '改造老旧小区', '=', '8', '个', 15), r(O, NUM, '惠及居民', '>=', '2100', '户', 10),
  r(O, NUM, '改造雨污管网', '>=', '6.5', '公里', 10), r(O, QUA, '工程验收合格率', '=', '100', '%', 10),
  r(O, TIM, '改造完工时间', Q, '2025年12月底前', null, 10), r(C, ECO, '户均改造成本', '<=', '3.8', '万元', 10),
  r(B, SOC, '居民居住条件', Q, '明显改善', null, 10), r(S, SAT, '小区居民满意度', '>=', '90', '%', 15),
];
const VOLUNTEER = [
  r(O, NUM, '组织志愿服务活动', '>=', '150', '场', 20), r(O, NUM, '新增注册志愿者', '>=', '3000', '人', 15),
  r(O, QUA, '志愿服务记录规范率', '>=', '95', '%', 10), r(B, SOC, '社会文明程度', Q, '持续提升', null, 20),
  r(B, SUS, '志愿服务常态化机制', Q, '基本形成', null, 10), r(S, SAT, '服务对象满意度', '>=', '90', '%', 15),
];
const FITNESS = [
  r(O, NUM, '建成全民健身中心', '=', '1', '个', 15), r(O, NUM, '新增健身步道', '>=', '8', '公里', 15),
  r(O, NUM, '配置室外健身器材', '>=', '40', '套', 10), r(O, QUA, '工程验收合格率', '=', '100', '%', 10),
  r(O, TIM, '健身中心开放时间', Q, '2025年10月底前', null, 5), r(C, ECO, '健身步道每公里建设成本', '<=', '60', '万元', 10),
  r(B, SOC, '群众健身条件', Q, '明显改善', null, 10), r(B, SUS, '体育设施管护机制', Q, '长效运行', null, 5),
  r(S, SAT, '健身群众满意度', '>=', '90', '%', 10),
];

export const SET8_PROJECT_TARGET_CASES: FormCase[] = [
  { id: 'S8-P01', sector: '农村改厕（3000户、5座分多行承载）', form: toilet(), expect: [] },
  {
    id: 'S8-P02', sector: '农村改厕（5座只承载2座）',
    form: toilet(patch(TOILET, { 3: { name: '开展改厕技术培训', target: '4', unit: '次' } })),
    expect: [F('goal_vs_indicators', null, 'goal')],
  },
  {
    id: 'S8-P03', sector: '学校建设（三所、两所中文数字）', expect: [],
    form: pt({ project_name: '中小学及幼儿园新改扩建', budget_total_wan: 12150, budget_fiscal_wan: 12150, budget_other_wan: 0,
      goal: '新建三所学校、改扩建两所幼儿园，新增公办学位2700个，工程竣工验收合格率100%。', indicators: SCHOOL }),
  },
  {
    id: 'S8-P04', sector: '文化惠民（三百人次培训无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: pt({ project_name: '文化惠民工程', budget_total_wan: 96, budget_fiscal_wan: 96, budget_other_wan: 0,
      goal: '开展“送戏下乡”演出六十场，举办非遗展览四次，培训基层文艺骨干三百人次。', indicators: CULTURE }),
  },
  {
    id: 'S8-P05', sector: '老年人体检（资金、日期、年龄段不是指标）', expect: [],
    form: pt({ project_name: '65岁以上老年人健康体检', budget_total_wan: 350, budget_fiscal_wan: 350, budget_other_wan: 0,
      goal: '项目预算资金350万元（其中中央补助200万元、区级配套150万元），于2025年6月30日前完成体检服务招标，2025年12月31日前完成全区4.5万名65岁以上老年人健康体检。',
      indicators: CHECKUP }),
  },
  {
    id: 'S8-P06', sector: '医疗救助（覆盖面→参保率，百分比换说法）', expect: [],
    form: pt({ project_name: '困难群众医疗救助', budget_total_wan: 1900, budget_fiscal_wan: 1900, budget_other_wan: 0,
      goal: '城乡居民基本医疗保险参保覆盖面稳定在97%以上，困难群众资助参保率达到100%，政策范围内住院费用救助比例不低于70%。',
      indicators: MEDICAL }),
  },
  {
    id: 'S8-P07', sector: '污水治理（集中收集率75%无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: pt({ project_name: '城镇污水管网及处理设施建设', budget_total_wan: 4800, budget_fiscal_wan: 4000, budget_other_wan: 800,
      goal: '新建污水管网22公里，全区生活污水集中收集率达到75%，污水处理厂出水达标率100%。', indicators: SEWAGE }),
  },
  {
    id: 'S8-P08', sector: '残疾人托养（60至80人、300—500元区间）', expect: [],
    form: pt({ project_name: '困难残疾人居家托养服务', budget_total_wan: 48, budget_fiscal_wan: 48, budget_other_wan: 0,
      goal: '为辖区60至80名困难残疾人提供居家托养服务，每人每月补助300—500元，每月上门服务时长不少于20小时。', indicators: CARE }),
  },
  {
    id: 'S8-P09', sector: '智慧停车（泊位区间、周转率无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: pt({ project_name: '智慧停车设施建设', budget_total_wan: 2700, budget_fiscal_wan: 2700, budget_other_wan: 0,
      goal: '新建公共停车场3个，新增智慧停车泊位1500—2000个，公共停车场平均周转率提高20%。', indicators: PARKING }),
  },
  {
    id: 'S8-P10', sector: '乡村产业（政策表述无可核数量）', expect: [],
    form: pt({ project_name: '乡村产业发展扶持资金', budget_total_wan: 600, budget_fiscal_wan: 600, budget_other_wan: 0,
      goal: '深入贯彻习近平新时代中国特色社会主义思想和党的二十大精神，落实“十四五”规划和区委“1+3”工作部署，坚持“两个毫不动摇”，按照《中华人民共和国乡村振兴促进法》第二十条要求，持续推进乡村产业高质量发展。',
      indicators: RURAL }),
  },
  {
    id: 'S8-P11', sector: '城乡低保（3.2万名＝32000人）', expect: [],
    form: pt({ project_name: '城乡最低生活保障资金', budget_total_wan: 26000, budget_fiscal_wan: 26000, budget_other_wan: 0,
      goal: '为3.2万名城乡低保对象按月足额发放低保金，发放准确率100%。', indicators: DIBAO }),
  },
  {
    // First written expecting private_data on goal; revised: 张某某 is the redaction itself (see set-8-cases.ts).
    id: 'S8-P12', sector: '危房改造（目标写张某某等户主，已脱敏）', expect: [],
    form: pt({ project_name: '农村低收入群体危房改造', budget_total_wan: 24, budget_fiscal_wan: 24, budget_other_wan: 0,
      goal: '对张某某、李某某等12户因灾受损低收入农户实施危房改造，户均补助2万元。', indicators: HOUSE }),
  },
  {
    id: 'S8-P13', sector: '就业见习（概况写联系人手机号）', expect: [F('private_data', null, 'overview')],
    form: pt({ project_name: '高校毕业生就业见习', budget_total_wan: 380, budget_fiscal_wan: 380, budget_other_wan: 0,
      overview: '组织高校毕业生到见习基地开展为期3至12个月的就业见习。项目联系人：刘建国，手机13908061234。',
      goal: '组织500名高校毕业生参加就业见习，新认定见习基地10个。', indicators: INTERN }),
  },
  {
    id: 'S8-P14', sector: '老旧小区改造（编号、文号、信用代码、12345、路名）', expect: [],
    form: pt({ project_code: '2025-XM-0012', project_name: '王家湾片区老旧小区改造', budget_total_wan: 7980, budget_fiscal_wan: 6000, budget_other_wan: 1980,
      basis: '《城镇老旧小区改造实施方案》（渝府办发〔2025〕12号）；渝财建〔2025〕37号。',
      overview: '项目位于张家港路与中山路交汇处的王家湾片区，涉及8个小区；实施单位统一社会信用代码125001060098765432；施工期间群众可拨打12345热线反映问题。',
      goal: '完成8个老旧小区改造，惠及居民2100户，改造雨污管网6.5公里。', indicators: OLD_HOUSING }),
  },
  {
    id: 'S8-P15', sector: '临时救助（概况列身份证号）', expect: [F('private_data', null, 'overview')],
    form: pt({ project_code: '51010625T000001234567', project_name: '临时救助资金', budget_total_wan: 160, budget_fiscal_wan: 160, budget_other_wan: 0,
      overview: '2025年第一批拟救助对象身份证号：510106195203124510、110105198808093027，救助标准按当地月低保标准的3倍执行。',
      goal: '全年实施临时救助400人次，救助审批5个工作日内办结。', indicators: RELIEF }),
  },
  {
    id: 'S8-P16', sector: '临时救助（概况写银行卡号）', expect: [F('private_data', null, 'overview')],
    form: pt({ project_name: '临时救助资金', budget_total_wan: 160, budget_fiscal_wan: 160, budget_other_wan: 0,
      overview: '救助资金通过“一卡通”直接发放至受助人银行账户，如6228480402564890018（农业银行）。',
      goal: '全年实施临时救助400人次，救助审批5个工作日内办结。', indicators: RELIEF }),
  },
  {
    id: 'S8-P17', sector: '失独老人探访（目标写门牌号住址）', expect: [F('private_data', null, 'goal')],
    form: pt({ project_name: '特殊困难老人探访关爱', budget_total_wan: 12, budget_fiscal_wan: 12, budget_other_wan: 0,
      goal: '为居住在青龙街道幸福里小区3栋2单元502室的失独老人提供每周2次上门探访服务。', indicators: LONELY }),
  },
  {
    id: 'S8-P18', sector: '春蕾助学（指标说明列学生名单）', expect: [F('private_data', 0, 'description')],
    form: pt({ project_name: '“春蕾计划”助学', budget_total_wan: 4, budget_fiscal_wan: 4, budget_other_wan: 0,
      goal: '资助20名家庭经济困难女童完成学业，每人每年2000元。', indicators: GIRLS }),
  },
  {
    id: 'S8-P19', sector: '志愿服务（雷锋、书记、单位咨询电话）', expect: [],
    form: pt({ project_name: '新时代文明实践志愿服务', budget_total_wan: 85, budget_fiscal_wan: 85, budget_other_wan: 0,
      overview: '由区文明办牵头，各街道党工委书记、社区书记分片负责；政策咨询电话：023-65318000（工作日）。',
      goal: '弘扬雷锋精神，全年组织志愿服务活动150场，新增注册志愿者3000人。', indicators: VOLUNTEER }),
  },
  {
    id: 'S8-P20', sector: '全民健身（李家沱、张家花园等地名）', expect: [],
    form: pt({ project_name: '李家沱全民健身中心及张家花园健身步道', budget_total_wan: 1600, budget_fiscal_wan: 1600, budget_other_wan: 0,
      budget_district_wan: 1600, budget_subsidy_towns_wan: 0,
      goal: '建成李家沱全民健身中心1个，沿张家花园至王家大院新增健身步道8公里，配置室外健身器材40套。', indicators: FITNESS }),
  },
  {
    // First written expecting weights; revised: a lone project target on 100 points is an accepted template (set-8-cases.ts).
    id: 'S8-P21', sector: '污水治理（单张表权重合计100，百分制）', expect: [],
    form: pt({ project_name: '城镇污水管网及处理设施建设', budget_total_wan: 4800, budget_fiscal_wan: 4000, budget_other_wan: 800,
      goal: '新建污水管网22公里，污水处理厂出水达标率100%。', indicators: patch(SEWAGE, { 6: { weight: 20 } }) }),
  },
];

/** 区民政局 on the 履职效能/管理效率/社会效应/可持续发展 tree, weights 100, goal as numbered tasks. */
const CIVIL = [
  r(LZ, '重点工作', '新建社区嵌入式养老服务站点', '=', '8', '个', 10), r(LZ, '重点工作', '居家上门服务经济困难失能老人', '>=', '1200', '人', 10),
  r(LZ, '重点工作', '低保金发放准确率', '=', '100', '%', 10), r(LZ, '重点工作', '救助资金发放及时率', '=', '100', '%', 10),
  r(GL, '预算管理', '预算执行率', '>=', '95', '%', 10), r(GL, '资产管理', '资产账实相符率', '=', '100', '%', 5),
  r(GL, '制度建设', '内控制度执行情况', Q, '有效执行', null, 5), r(SX, '社会效益', '困难群众基本生活', Q, '有效保障', null, 10),
  r(SX, '社会效益', '养老服务覆盖面', Q, '持续扩大', null, 5), r(SX, '服务对象满意度', '困难群众满意度', '>=', '90', '%', 10),
  r(KC, '人才队伍', '持证社会工作者人数', '>=', '60', '人', 5), r(KC, '长效机制', '社会救助长效机制', Q, '健全完善', null, 10),
];
const civil = (indicators = CIVIL, fields: Record<string, unknown> = {}) => dt({
  org: '区民政局', budget_total_wan: 15600, fund_sources: funds(15600, null, null), structure: split(3400, 12200),
  goal: '1.按时足额发放城乡低保、特困供养等救助资金；2.新建社区嵌入式养老服务站点8个；3.为1200名经济困难失能老人提供居家上门服务；4.推进婚姻登记“跨省通办”。',
  tasks: [{ name: '社会救助', content: '城乡低保、特困供养、临时救助', budget_wan: 9800 }, { name: '养老服务', content: '新建社区嵌入式养老服务站点8个', budget_wan: 1200 }],
  indicators, ...fields,
});

/** 区城管局: 履职效能 + 管理效率 + 满意度 only (no 效益). */
const URBAN = [
  r(LZ, '重点工作', '城市道路清扫保洁面积', '>=', '860', '万平方米', 15), r(LZ, '重点工作', '生活垃圾无害化处理率', '=', '100', '%', 15),
  r(LZ, '重点工作', '查处违规占道经营', '>=', '1200', '起', 10), r(LZ, '重点工作', '城市管理案件结案率', '>=', '95', '%', 10),
  r(GL, '预算管理', '预算执行率', '>=', '95', '%', 10), r(GL, '采购管理', '政府采购执行率', '>=', '90', '%', 10),
  r(GL, '制度建设', '内控制度执行情况', Q, '有效执行', null, 10), r(SX, '服务对象满意度', '市民满意度', '>=', '90', '%', 10),
  r(SX, '服务对象满意度', '沿街商户满意度', '>=', '90', '%', 10),
];

/** 区卫健局 on 产出/效益/满意度 with a 预算执行率 row: 90 + 10 = 100. */
const HEALTH = [
  r(O, NUM, '家庭医生签约人数', '>=', '28', '万人', 10), r(O, NUM, '老年人健康体检人数', '>=', '4.5', '万人', 10),
  r(O, QUA, '高血压患者规范管理率', '>=', '65', '%', 10), r(O, QUA, '电子健康档案建档率', '>=', '90', '%', 10),
  r(O, TIM, '公共卫生服务资金拨付及时率', '=', '100', '%', 10), r(B, SOC, '居民健康素养水平', '>=', '30', '%', 10),
  r(B, SOC, '甲类传染病暴发疫情', '=', '0', '起', 10), r(B, SUS, '基层医疗服务能力', Q, '持续增强', null, 10),
  r(S, SAT, '居民就医满意度', '>=', '90', '%', 10), r('部门管理', '预算管理', '预算执行率', '>=', '95', '%', 10),
];
const health = (indicators = HEALTH) => dt({
  org: '区卫生健康局', budget_total_wan: 31000, fund_sources: funds(30000, 1000, null), structure: split(21000, 10000),
  goal: '家庭医生签约服务28万人，完成4.5万名老年人健康体检，居民健康素养水平达到30%。', indicators,
});

/** 区住建局: four numbered tasks, the last one carried by no row. */
const BUILD = [
  r(LZ, O, '城镇燃气管道安全隐患排查户数', '>=', '2.3', '万户', 15), r(LZ, O, '改造老旧燃气管网', '>=', '35', '公里', 15),
  r(LZ, O, '新增城市绿地面积', '>=', '12', '公顷', 10), r(LZ, B, '燃气安全事故', '=', '0', '起', 10),
  r(LZ, B, '城市人居环境', Q, '持续改善', null, 10), r(GL, '预算管理', '预算执行率', '>=', '95', '%', 10),
  r(GL, '资产管理', '固定资产利用率', '>=', '90', '%', 10), r(SX, '服务对象满意度', '群众满意度', '>=', '90', '%', 20),
];

/** 区市场监管局: goal states the budget in money; quantities carried. */
const MARKET = [
  r(O, NUM, '食品安全监督抽检批次', '>=', '4000', '批次', 15), r(O, QUA, '特种设备定期检验覆盖率', '=', '100', '%', 15),
  r(O, QUA, '投诉举报按时办结率', '>=', '98', '%', 10), r(O, TIM, '抽检结果公布及时率', '=', '100', '%', 10),
  r(B, SOC, '重大食品安全事故', '=', '0', '起', 15), r(B, ECN, '新增市场主体', '>=', '5000', '户', 10),
  r(S, SAT, '群众满意度', '>=', '90', '%', 10), r(S, SAT, '市场主体满意度', '>=', '90', '%', 5),
  r('部门管理', '预算管理', '预算执行率', '>=', '95', '%', 10),
];
const market = (fields: Record<string, unknown>) => dt({
  org: '区市场监督管理局', budget_total_wan: 8650.5, fund_sources: funds(8650.5, null, null), structure: split(6550.5, 2100),
  goal: '部门预算总额8,650.5万元，其中项目支出2,100万元。全年开展食品安全监督抽检4000批次，特种设备定期检验覆盖率100%。',
  indicators: MARKET, ...fields,
});

/** 区应急管理局: Chinese numerals (一千二百户次, 两次) and slogans with numerals (双随机、一公开). */
const SAFETY = [
  r(LZ, O, '双随机抽查企业', '>=', '1200', '户次', 15), r(LZ, O, '组织全区性应急演练', '=', '2', '次', 10),
  r(LZ, O, '安全隐患整改率', '>=', '95', '%', 15), r(LZ, B, '较大及以上生产安全事故', '=', '0', '起', 15),
  r(LZ, B, '应急救援能力', Q, '明显增强', null, 10), r(GL, '预算管理', '预算执行率', '>=', '95', '%', 10),
  r(GL, '制度建设', '内控制度执行情况', Q, '有效执行', null, 10), r(SX, '服务对象满意度', '企业满意度', '>=', '90', '%', 15),
];

/** 区文旅局: 五个 in the goal, 3 个 in the row. */
const TOURISM = [
  r(O, NUM, '新建社区图书分馆', '=', '3', '个', 15), r(O, NUM, '举办群众文化活动', '>=', '200', '场', 15),
  r(O, QUA, '文物安全巡查覆盖率', '=', '100', '%', 10), r(O, TIM, '分馆开放时间', Q, '2025年10月底前', null, 10),
  r(B, SOC, '公共文化服务效能', Q, '明显提升', null, 15), r(B, ECN, '接待游客人次', '>=', '600', '万人次', 15),
  r(S, SAT, '群众文化满意度', '>=', '90', '%', 20),
];

/** 区水利局: 覆盖面 in the goal, 覆盖率 in the row. */
const WATER = [
  r(O, NUM, '新建改造农村供水工程', '>=', '14', '处', 15), r(O, QUA, '农村集中供水覆盖率', '>=', '92', '%', 15),
  r(O, QUA, '农村供水水质达标率', '>=', '90', '%', 10), r(O, TIM, '汛期水毁工程修复时限', '<=', '30', '天', 10),
  r(B, SOC, '农村饮水安全', Q, '有效保障', null, 15), r(B, SUS, '供水工程管护机制', Q, '长效运行', null, 10),
  r(S, SAT, '农村群众满意度', '>=', '90', '%', 15), r('部门管理', '预算管理', '预算执行率', '>=', '95', '%', 10),
];

/** 区农业农村委: 26 rows, growth rates and a range in the goal. */
const FARM = [
  r(LZ, O, '粮食播种面积', '>=', '42', '万亩', 4), r(LZ, O, '粮食总产量', '>=', '16', '万吨', 4),
  r(LZ, O, '新建高标准农田', '>=', '3', '万亩', 4), r(LZ, O, '生猪出栏', '>=', '45', '万头', 4),
  r(LZ, O, '培训高素质农民', '>=', '1500', '人', 4), r(LZ, O, '农产品质量安全例行监测合格率', '>=', '98', '%', 4),
  r(LZ, O, '农村户厕改造', '>=', '3000', '户', 4), r(LZ, O, '农业保险覆盖率', '>=', '85', '%', 4),
  r(LZ, O, '农机总动力', '>=', '52', '万千瓦', 4), r(LZ, O, '动物防疫强制免疫密度', '>=', '90', '%', 4),
  r(LZ, B, '农村居民人均可支配收入增长率', '>=', '6', '%', 4), r(LZ, B, '农业产业化龙头企业', '>=', '60', '家', 4),
  r(LZ, B, '重大动物疫情', '=', '0', '起', 4), r(LZ, B, '农业面源污染', Q, '有效控制', null, 4),
  r(GL, '预算管理', '预算执行率', '>=', '95', '%', 4), r(GL, '预算管理', '三公经费变动率', '<=', '0', '%', 4),
  r(GL, '资产管理', '资产账实相符率', '=', '100', '%', 4), r(GL, '采购管理', '政府采购执行率', '>=', '90', '%', 4),
  r(GL, '制度建设', '内控制度执行情况', Q, '有效执行', null, 3), r(GL, '信息公开', '预决算信息公开及时率', '=', '100', '%', 3),
  r(SX, '经济效益', '乡村旅游接待人次', '>=', '800', '万人次', 4), r(SX, '生态效益', '畜禽粪污综合利用率', '>=', '90', '%', 4),
  r(SX, '服务对象满意度', '农户满意度', '>=', '90', '%', 4), r(SX, '服务对象满意度', '农业经营主体满意度', '>=', '90', '%', 3),
  r(KC, '人才队伍', '农技推广人员培训', '>=', '200', '人次', 3), r(KC, '长效机制', '农村改革长效机制', Q, '持续完善', null, 4),
];

export const SET8_DEPARTMENT_TARGET_CASES: FormCase[] = [
  { id: 'S8-D01', sector: '区民政局（四个一级的树，编号任务）', form: civil(), expect: [] },
  {
    id: 'S8-D02', sector: '区民政局（社会效应无满意度）',
    form: civil(patch(CIVIL, { 9: { level2: '社会效益', name: '社会救助政策知晓率', target: '85' } })),
    expect: [F('coverage', null, 'indicators')],
  },
  {
    id: 'S8-D03', sector: '区城管局（无效益指标）', expect: [F('coverage', null, 'indicators')],
    form: dt({ org: '区城市管理局', budget_total_wan: 21000, fund_sources: funds(21000, null, null), structure: split(7000, 14000),
      goal: '城市道路清扫保洁面积达到860万平方米，生活垃圾无害化处理率保持100%。', indicators: URBAN }),
  },
  { id: 'S8-D04', sector: '区卫健局（90+10预算执行率行）', form: health(), expect: [] },
  {
    id: 'S8-D05', sector: '区卫健局（合计90，无预算执行行）', form: health(HEALTH.slice(0, 9)),
    expect: [F('weights', null, 'weight')],
  },
  {
    id: 'S8-D06', sector: '区住建局（第4项任务口袋公园无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: dt({ org: '区住房和城乡建设委员会', budget_total_wan: 18800, fund_sources: funds(18000, null, 800), structure: split(4800, 14000),
      goal: '1.完成全区2.3万户城镇燃气管道安全隐患排查；2.改造老旧燃气管网35公里；3.新增城市绿地面积12公顷；4.建设口袋公园6个。',
      indicators: BUILD }),
  },
  // 投诉举报按时办结率 filed under 质量 was first expected quiet; revised: 按时 makes it a 时效 rate (set-8-cases.ts).
  { id: 'S8-D07', sector: '区市场监管局（目标写预算金额）', form: market({}), expect: [F('level_vs_name', 2, 'level2')] },
  {
    id: 'S8-D08', sector: '乡镇（年度任务写慰问困难户姓名）', expect: [F('private_data', null, null)],
    form: civil(CIVIL, { org: '某镇人民政府',
      tasks: [{ name: '困难群众走访慰问', content: '春节走访慰问困难户赵大明（城南村4组）、孙小红等30户', budget_wan: 6 }] }),
  },
  {
    id: 'S8-D09', sector: '区市场监管局（保障措施写12315、单位电话、文号）', expect: [F('level_vs_name', 2, 'level2')],
    form: market({ measures: [{ title: '监督保障', text: '公布投诉举报电话12315和区局监督电话023-68812315，接受社会监督；严格执行渝财绩〔2024〕8号文件要求。' }] }),
  },
  {
    id: 'S8-D10', sector: '区应急管理局（一千二百户次、两次）', expect: [],
    form: dt({ org: '区应急管理局', budget_total_wan: 2400, fund_sources: funds(2400, null, null), structure: split(1600, 800),
      goal: '落实“双随机、一公开”监管，全年抽查企业不少于一千二百户次；组织两次全区性应急演练；坚决遏制较大及以上生产安全事故。',
      indicators: SAFETY }),
  },
  {
    id: 'S8-D11', sector: '区文旅局（五个分馆，指标只有3个）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: dt({ org: '区文化和旅游发展委员会', budget_total_wan: 9600, fund_sources: funds(9400, null, 200), structure: split(3600, 6000),
      goal: '新建五个社区图书分馆，举办群众文化活动200场，全年接待游客600万人次。', indicators: TOURISM }),
  },
  {
    id: 'S8-D12', sector: '区水利局（覆盖面→覆盖率）', expect: [],
    form: dt({ org: '区水利局', budget_total_wan: 6400, fund_sources: funds(6400, null, null), structure: split(1400, 5000),
      goal: '新建改造农村供水工程14处，农村集中供水覆盖面达到92%，水质达标率90%以上。', indicators: WATER }),
  },
  {
    id: 'S8-D13', sector: '区农业农村委（26行，增长率、以上/左右）', expect: [],
    form: dt({ org: '区农业农村委员会', budget_total_wan: 46000, fund_sources: funds(45000, null, 1000), structure: split(9000, 37000),
      goal: '粮食播种面积稳定在42万亩以上、总产量16万吨以上，新建高标准农田3万亩，生猪出栏45万头；农村居民人均可支配收入增长6%左右，培训高素质农民1500人。',
      indicators: FARM }),
  },
];
