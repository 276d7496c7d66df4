import { B, C, ECN, ECO, ENV, F, type FormCase, NUM, O, patch, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 25 (issue 3), 项目支出绩效目标表 in 国资, 燃气特许经营补贴, 政府购买服务, PPP 运营补贴 and 专项债项目.
 * Written before reading any code under review/; readings in set-25-cases.ts.
 */

/** 区属国有企业监管及国企改革: money promised as a result (处置资产2.3亿元). 9 rows on 90. */
const SOE = [
  r(O, NUM, '完成国有企业改革', '>=', '15', '户', 15), r(O, NUM, '开展国有企业专项审计', '>=', '8', '户', 10),
  r(O, NUM, '处置低效无效资产', '>=', '2.3', '亿元', 10), r(O, QUA, '国有资产产权登记覆盖率', '=', '100', '%', 10),
  r(O, TIM, '年度审计报告提交时间', Q, '2025年6月30日前', null, 5), r(C, ECO, '单户审计费用', '<=', '12', '万元', 5),
  r(B, ECN, '区属国有企业营业收入增长率', '>=', '5', '%', 10), r(B, SUS, '国有资本保值增值', Q, '稳步提升', null, 10),
  r(S, SAT, '监管企业满意度', '>=', '90', '%', 15),
];
const SOE_GOAL = '推动区属15户国有企业完成改革，对8户企业开展专项审计，处置低效无效资产2.3亿元，国有资产产权登记覆盖率达到100%，'
  + '区属国有企业营业收入增长5%以上。';
const soe = (fields: Record<string, unknown> = {}, indicators = SOE) => pt({
  org: '区国有资产监督管理委员会', project_name: '区属国有企业监管及国企改革', budget_total_wan: 150, budget_fiscal_wan: 150, budget_other_wan: 0,
  goal: SOE_GOAL, indicators, ...fields,
});

/** 老旧燃气管网改造特许经营补贴: 85公里 split into 中压 and 低压 rows. 9 rows on 90. */
const GAS = [
  r(O, NUM, '改造中压燃气管道', '>=', '12', '公里', 10), r(O, NUM, '改造低压燃气管道', '>=', '73', '公里', 10),
  r(O, NUM, '更换居民户内燃气表具', '>=', '8600', '户', 10), r(O, QUA, '管网改造工程验收合格率', '=', '100', '%', 10),
  r(O, TIM, '改造工程完工时间', Q, '2025年11月30日前', null, 5), r(C, ECO, '每公里管网改造补贴', '<=', '35', '万元', 5),
  r(B, SOC, '燃气安全事故', '=', '0', '起', 15), r(B, SUS, '燃气管网安全运行水平', Q, '持续提升', null, 10),
  r(S, SAT, '用气居民满意度', '>=', '90', '%', 15),
];
const GAS_GOAL = '按照特许经营协议，补贴特许经营企业改造老旧燃气管道85公里（其中中压12公里、低压73公里），为8600户居民更换户内燃气表具，'
  + '年内不发生燃气安全事故。补贴资金2975万元，按每公里35万元核定。';
const gas = (fields: Record<string, unknown> = {}, indicators = GAS) => pt({
  org: '区城市管理局', project_name: '老旧燃气管网改造特许经营补贴', budget_total_wan: 2975, budget_fiscal_wan: 2500, budget_other_wan: 475,
  goal: GAS_GOAL, indicators, ...fields,
});

/** 政府购买社区社会工作服务: 9 rows on 90, no 时效 row. */
const SW = [
  r(O, NUM, '购买社工服务站点', '=', '18', '个', 10), r(O, NUM, '配备专职社工', '>=', '36', '名', 10),
  r(O, NUM, '开展个案服务', '>=', '540', '个', 10), r(O, NUM, '开展小组及社区活动', '>=', '360', '场次', 5),
  r(O, QUA, '服务档案规范率', '>=', '95', '%', 10), r(C, ECO, '每个站点年度购买服务经费', '<=', '20', '万元', 5),
  r(B, SOC, '困难群体服务覆盖率', '>=', '90', '%', 15), r(B, SUS, '社会工作服务体系', Q, '持续完善', null, 10),
  r(S, SAT, '服务对象满意度', '>=', '90', '%', 15),
];
const SW_GOAL = '通过公开招标向社会工作服务机构购买服务（合同金额360万元，合同编号NAZC-2025-017），在18个镇街设立社工服务站，配备专职社工'
  + '36名，全年开展个案服务540个、小组及社区活动360场次，困难群体服务覆盖率达到90%。';
const sw = (fields: Record<string, unknown> = {}, indicators = SW) => pt({
  org: '区民政局', project_name: '政府购买社区社会工作服务', budget_total_wan: 360, budget_fiscal_wan: 360, budget_other_wan: 0,
  goal: SW_GOAL, indicators, ...fields,
});

/** 城市污水处理厂PPP项目运营补贴: 9 rows on 90. */
const PPP = [
  r(O, NUM, '年污水处理量', '>=', '3650', '万吨', 15), r(O, NUM, '污泥无害化处置量', '>=', '2.2', '万吨', 10),
  r(O, QUA, '出水水质达标率', '=', '100', '%', 10), r(O, QUA, '运营绩效考核得分', '>=', '90', '分', 5),
  r(O, TIM, '运营补贴按季度拨付及时率', '=', '100', '%', 5), r(C, ECO, '污水处理服务单价', '<=', '1.25', '元/吨', 5),
  r(B, ENV, '化学需氧量削减量', '>=', '9000', '吨', 15), r(B, SUS, '污水处理设施稳定运行', Q, '长期稳定', null, 10),
  r(S, SAT, '周边居民满意度', '>=', '90', '%', 15),
];
const PPP_GOAL = '保障污水处理厂全年处理污水3650万吨、无害化处置污泥2.2万吨，出水水质稳定达到一级A标准，削减化学需氧量9000吨，'
  + '运营绩效考核得分90分以上。';
const ppp = (fields: Record<string, unknown> = {}, indicators = PPP) => pt({
  org: '区水务局', project_name: '城市污水处理厂PPP项目运营补贴', budget_total_wan: 4600, budget_fiscal_wan: 4600, budget_other_wan: 0,
  goal: PPP_GOAL, indicators, ...fields,
});

/** 产业园区标准厂房建设（专项债券项目）: 9 rows on 90. */
const BOND = [
  r(O, NUM, '新建标准厂房建筑面积', '>=', '8', '万平方米', 15), r(O, NUM, '配套建设园区道路', '>=', '2.4', '公里', 10),
  r(O, QUA, '工程质量验收合格率', '=', '100', '%', 10), r(O, TIM, '主体工程完工时间', Q, '2025年12月底前', null, 5),
  r(C, ECO, '厂房单方建安成本', '<=', '2800', '元/平方米', 5), r(B, ECN, '引进入驻企业', '>=', '20', '家', 15),
  r(B, ECN, '项目收益覆盖债券利息倍数', '>=', '1.2', '倍', 10), r(B, SUS, '园区产业承载能力', Q, '明显增强', null, 5),
  r(S, SAT, '入驻企业满意度', '>=', '90', '%', 15),
];
const BOND_GOAL = '使用2025年新增专项债券资金8000万元，新建标准厂房8万平方米，配套建设园区道路2.4公里，年底前主体工程完工，引进入驻企业20家，'
  + '项目收益覆盖债券利息1.2倍以上。';
const bond = (fields: Record<string, unknown> = {}, indicators = BOND) => pt({
  org: '区经济和信息化委员会', project_name: '产业园区标准厂房建设（专项债券项目）', budget_total_wan: 8500, budget_fiscal_wan: 8000,
  budget_other_wan: 500, goal: BOND_GOAL, indicators, ...fields,
});

export const SET25_PROJECT_TARGET_CASES_B: FormCase[] = [
  // 国资
  { id: 'S25-P35', sector: '国资（干净）', form: soe(), expect: [] },
  {
    id: 'S25-P36', sector: '国资（企业名、法定代表人、信用代码、资产卡片号）', expect: [],
    form: soe({ overview: '监管企业包括重庆南岸城市建设发展（集团）有限公司（法定代表人：张建国）等，统一社会信用代码91500108MA5U3KXX7R，资产卡片号500112202401150019。' }),
  },
  { id: 'S25-P37', sector: '国资（目标写23000万元）', form: soe({ goal: SOE_GOAL.replace('2.3亿元', '23000万元') }), expect: [] },
  {
    id: 'S25-P38', sector: '国资（概况写职工身份证号，校验位不对）', expect: [F('private_data', null, 'overview')],
    form: soe({ overview: '妥善安置改制企业职工，如原厂职工刘明贵（身份证号510222198803154417）的经济补偿。' }),
  },
  { id: 'S25-P39', sector: '国资（目标写资产总额达到320亿元无指标）', form: soe({ goal: `${SOE_GOAL}区属国有企业资产总额达到320亿元。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S25-P40', sector: '国资（满意度85%）', form: soe({}, patch(SOE, { 8: { target: '85' } })), expect: [F('satisfaction', 8, null)] },
  // 燃气特许经营补贴
  { id: 'S25-P41', sector: '燃气补贴（干净：85公里分中压低压两行）', form: gas(), expect: [] },
  { id: 'S25-P42', sector: '燃气补贴（目标写千米）', form: gas({ goal: GAS_GOAL.replaceAll('公里', '千米') }), expect: [] },
  {
    id: 'S25-P43', sector: '燃气补贴（企业名、法定代表人、96777、小区名、文号）', expect: [],
    form: gas({ overview: '特许经营企业为重庆川维燃气有限公司（法定代表人王建华，服务热线96777），改造涉及王家庄、李家湾等小区，依据南岸府发〔2023〕21号。' }),
  },
  {
    id: 'S25-P44', sector: '燃气补贴（概况贴户主名单和手机）', expect: [F('private_data', null, 'overview')],
    form: gas({ overview: '首批更换表具户主名单：张德全、刘玉芬、陈光荣（联系电话13696001234）。' }),
  },
  {
    id: 'S25-P45', sector: '燃气补贴（目标90公里，低压78公里）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: gas({ goal: GAS_GOAL.replace('85公里（其中中压12公里、低压73公里）', '90公里（其中中压12公里、低压78公里）') }),
  },
  { id: 'S25-P46', sector: '燃气补贴（财政2500+其他500≠2975）', form: gas({ budget_other_wan: 500 }), expect: [F('budget_arithmetic', null, null)] },
  // 政府购买服务
  { id: 'S25-P47', sector: '购买服务（干净：合同金额、合同编号）', form: sw(), expect: [] },
  { id: 'S25-P48', sector: '购买服务（每站2名）', form: sw({ goal: SW_GOAL.replace('配备专职社工36名', '配备专职社工36名（每站2名）') }), expect: [] },
  {
    id: 'S25-P49', sector: '购买服务（概况写服务对象姓名）', expect: [F('private_data', null, 'overview')],
    form: sw({ overview: '社工重点跟进服务对象刘小军（社区戒毒康复人员）的就业帮扶。' }),
  },
  { id: 'S25-P50', sector: '购买服务（目标写督导手机）', form: sw({ goal: `${SW_GOAL}聘请督导李明阳（手机18623451234）。` }), expect: [F('private_data', null, 'goal')] },
  {
    // The 效益 rows went with the 覆盖率 row that carried the goal's 90%: both findings stand.
    id: 'S25-P51', sector: '购买服务（无效益指标）', form: sw({}, [...SW.slice(0, 6), { ...SW[8]!, weight: 40 }]),
    expect: [F('coverage', null, null), F('goal_vs_indicators', null, 'goal')],
  },
  { id: 'S25-P52', sector: '购买服务（目标600个，指标540个）', form: sw({ goal: SW_GOAL.replace('540个', '600个') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  // PPP 运营补贴
  { id: 'S25-P53', sector: 'PPP（干净）', form: ppp(), expect: [] },
  {
    id: 'S25-P54', sector: 'PPP（合作期30年、第6个运营年度、付费金额）', expect: [],
    form: ppp({ goal: `按照PPP合同（合作期30年，2019年进入运营期），支付第6个运营年度可用性付费2800万元和运维绩效付费1800万元。${PPP_GOAL}` }),
  },
  { id: 'S25-P55', sector: 'PPP（目标写削减氨氮800吨无指标）', form: ppp({ goal: `${PPP_GOAL}削减氨氮800吨。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  // A lone project target on 100 points is a 百分制 template (set 8, S8-P21): revised from weights to quiet.
  { id: 'S25-P56', sector: 'PPP（单张表权重合计100，百分制）', form: ppp({}, patch(PPP, { 8: { weight: 25 } })), expect: [] },
  { id: 'S25-P56b', sector: 'PPP（权重合计95）', form: ppp({}, patch(PPP, { 8: { weight: 20 } })), expect: [F('weights', null, 'weight')] },
  // 专项债
  { id: 'S25-P57', sector: '专项债（干净）', form: bond(), expect: [] },
  { id: 'S25-P58', sector: '专项债（目标写80000㎡）', form: bond({ goal: BOND_GOAL.replace('8万平方米', '80000㎡') }), expect: [] },
  {
    id: 'S25-P59', sector: '专项债（债券代码、项目代码、文号）', expect: [],
    form: bond({ goal: `${BOND_GOAL}（债券代码2405123，项目代码2024-500108-47-01-128765，渝发改投〔2024〕15号）` }),
  },
  { id: 'S25-P60', sector: '专项债（目标30家，指标20家）', form: bond({ goal: BOND_GOAL.replace('20家', '30家') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S25-P61', sector: '专项债（财政8000+其他800≠8500）', form: bond({ budget_other_wan: 800 }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S25-P62', sector: '专项债（项目联系人手机）', expect: [F('private_data', null, 'overview')],
    form: bond({ overview: '项目联系人：区经信委王立新，联系电话13908231234。' }),
  },
  {
    id: 'S25-P63', sector: '专项债（项目联系人单位座机）', expect: [],
    form: bond({ overview: '项目联系人：区经信委投资科，联系电话023-62988765。' }),
  },
];
