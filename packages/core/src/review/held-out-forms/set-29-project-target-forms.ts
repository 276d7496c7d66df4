import { B, C, ECN, ECO, ENV, F, type FormCase, NUM, O, patch, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 29 (session 11), 项目支出绩效目标表 as submitted for review: 医保基金监管, 城市供水管网改造 and 应急物资
 * 储备与演练. Written before reading any code under review/; readings in set-29-cases.ts.
 */

/** 医保基金监管 (区医疗保障局): 9 rows on 90, 2021 tree (成本 its own 一级). */
const MED = [
  r(O, NUM, '定点医药机构现场检查', '>=', '320', '家', 10), r(O, NUM, '开展打击欺诈骗保专项行动', '>=', '4', '次', 10),
  r(O, QUA, '疑点数据核查完成率', '=', '100', '%', 10), r(O, TIM, '举报线索核查办结时限', '<=', '30', '个工作日', 5),
  r(C, ECO, '智能监控系统运维费用', '<=', '85', '万元', 5), r(B, ECN, '追回医保基金', '>=', '600', '万元', 15),
  r(B, SOC, '定点医药机构违规问题整改率', '>=', '95', '%', 10), r(B, SUS, '医保基金监管长效机制', Q, '持续完善', null, 10),
  r(S, SAT, '参保群众满意度', '>=', '90', '%', 15),
];
const MED_GOAL = '2025年对定点医药机构开展现场检查320家，组织打击欺诈骗保专项行动4次，疑点数据核查完成率100%，举报线索30个工作日内'
  + '核查办结，追回医保基金600万元，违规问题整改率达到95%以上。';
const med = (fields: Record<string, unknown> = {}, indicators = MED) => pt({
  org: '区医疗保障局', project_name: '医疗保障基金监管', budget_total_wan: 260, budget_fiscal_wan: 260, budget_other_wan: 0,
  overview: '运用医保智能监控系统和现场检查，对全区定点医药机构开展常态化监管，严厉打击欺诈骗保行为。', goal: MED_GOAL, indicators, ...fields,
});

/** 城市供水管网改造 (区城市管理局): 9 rows on 90, with 区级支出/补助街镇. */
const PIPE = [
  r(O, NUM, '改造老旧供水管网', '>=', '28', '公里', 15), r(O, NUM, '更换智能水表', '>=', '1.2', '万只', 10),
  r(O, QUA, '管网工程验收合格率', '=', '100', '%', 10), r(O, TIM, '管网改造完工时间', Q, '2025年11月底前', null, 5),
  r(C, ECO, '每公里管网改造成本', '<=', '120', '万元', 5), r(B, ENV, '城市公共供水管网漏损率', '<=', '9', '%', 15),
  r(B, SOC, '受益居民', '>=', '3.6', '万户', 10), r(B, SUS, '管网运维管理机制', Q, '持续完善', null, 5),
  r(S, SAT, '受益居民满意度', '>=', '90', '%', 15),
];
const PIPE_GOAL = '改造老旧供水管网28公里，更换智能水表1.2万只，11月底前完工，城市公共供水管网漏损率降至9%以内，惠及居民3.6万户。';
const pipe = (fields: Record<string, unknown> = {}, indicators = PIPE) => pt({
  org: '区城市管理局', project_name: '城市老旧供水管网更新改造', budget_total_wan: 3400, budget_fiscal_wan: 3000, budget_other_wan: 400,
  budget_district_wan: 2600, budget_subsidy_towns_wan: 800,
  overview: '对南坪、花园路等街道建成20年以上的铸铁供水管网实施更新改造，同步更换智能水表。', goal: PIPE_GOAL, indicators, ...fields,
});
/** 效益 rows replaced by outputs of the same weights (no 效益 left). */
const PIPE_NO_EFFECT = patch(PIPE, {
  5: { level1: O, level2: NUM, name: '新建加压泵站', comparator: '>=', target: '2', unit: '座' },
  6: { level1: O, level2: QUA, name: '管材进场抽检合格率', comparator: '=', target: '100', unit: '%' },
  7: { level1: O, level2: QUA, name: '管网水压达标率', comparator: '>=', target: '95', unit: '%' },
});

/** 应急物资储备与演练 (区应急管理局): 8 rows on 90. */
const EMR = [
  r(O, NUM, '采购储备救灾物资', '>=', '5000', '件', 10), r(O, NUM, '组织综合应急演练', '>=', '6', '次', 10),
  r(O, QUA, '储备物资账实相符率', '=', '100', '%', 10), r(O, TIM, '救灾物资调运到位时间', '<=', '24', '小时', 10),
  r(C, ECO, '物资仓储管理费用', '<=', '45', '万元', 5), r(B, SOC, '受灾群众基本生活救助覆盖率', '=', '100', '%', 15),
  r(B, SUS, '应急物资保障体系', Q, '逐步健全', null, 15), r(S, SAT, '受灾群众满意度', '>=', '90', '%', 15),
];
const EMR_GOAL = '采购储备救灾物资5000件，组织综合应急演练6次，储备物资账实相符率100%，灾后24小时内将救灾物资调运到位，受灾群众基本生活救助'
  + '覆盖率100%。';
const emr = (fields: Record<string, unknown> = {}, indicators = EMR) => pt({
  org: '区应急管理局', project_name: '应急物资储备与应急演练', budget_total_wan: 520, budget_fiscal_wan: 520, budget_other_wan: 0,
  overview: '补充区级救灾物资储备，组织防汛、地质灾害、森林火灾等综合应急演练。', goal: EMR_GOAL, indicators, ...fields,
});

export const SET29_PROJECT_TARGET_CASES: FormCase[] = [
  // 医保基金监管
  { id: 'S29-M01', sector: '医保基金监管（干净）', form: med(), expect: [] },
  { id: 'S29-M02', sector: '医保基金监管（目标追回800万元，指标600万元）', form: med({ goal: MED_GOAL.replace('600万元', '800万元') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S29-M03', sector: '医保基金监管（目标含第三方专项审计12家次无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: med({ goal: `${MED_GOAL}聘请第三方机构开展专项审计12家次。` }),
  },
  { id: 'S29-M04', sector: '医保基金监管（目标0.06亿元，指标600万元）', form: med({ goal: MED_GOAL.replace('600万元', '0.06亿元') }), expect: [] },
  {
    id: 'S29-M05', sector: '医保基金监管（概况写参保人姓名身份证号）', expect: [F('private_data', null, 'overview')],
    form: med({ overview: '重点核查参保人罗永福（身份证号500108196411023317）等冒名就医线索，对全区定点医药机构开展常态化监管。' }),
  },
  {
    id: 'S29-M06', sector: '医保基金监管（概况写举报电话、座机和文号，安静）', expect: [],
    form: med({ overview: '依据《重庆市医疗保障基金监督检查办法》（渝医保发〔2024〕18号）开展监管，举报电话12393、023-62988765。' }),
  },
  { id: 'S29-M07', sector: '医保基金监管（财政260+其他20≠260）', form: med({ budget_other_wan: 20 }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S29-M08', sector: '医保基金监管（权重合计95）', form: med({}, patch(MED, { 0: { weight: 15 } })), expect: [F('weights', null, 'weight')] },
  { id: 'S29-M09', sector: '医保基金监管（经济成本挂产出）', form: med({}, patch(MED, { 4: { level1: O } })), expect: [F('levels', 4, null)] },
  {
    id: 'S29-M10', sector: '医保基金监管（无满意度指标）', expect: [F('coverage', null, null)],
    form: med({}, patch(MED, { 8: { level1: B, level2: SOC, name: '参保群众医保政策知晓率', target: '85' } })),
  },
  { id: 'S29-M11', sector: '医保基金监管（目标写2024年，表为2025年）', form: med({ goal: MED_GOAL.replace('2025年', '2024年') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S29-M12', sector: '医保基金监管（目标写举报人姓名手机）', expect: [F('private_data', null, 'goal')],
    form: med({ goal: `${MED_GOAL}对举报人王春梅（手机13627719843）按规定兑现举报奖励。` }),
  },
  {
    // Relabelled after measuring: a weight of 0 is reported on its row (sets 11 and 25), not on the form.
    id: 'S29-M13', sector: '医保基金监管（一行权重0，合计仍90）', expect: [F('weights', 7, 'weight')],
    form: med({}, patch(MED, { 7: { weight: 0 }, 8: { weight: 25 } })),
  },
  // 城市供水管网改造
  { id: 'S29-W01', sector: '供水管网改造（干净）', form: pipe(), expect: [] },
  { id: 'S29-W02', sector: '供水管网改造（目标28000米，指标28公里）', form: pipe({ goal: PIPE_GOAL.replace('28公里', '28000米') }), expect: [] },
  { id: 'S29-W03', sector: '供水管网改造（目标12000只，指标1.2万只）', form: pipe({ goal: PIPE_GOAL.replace('1.2万只', '12000只') }), expect: [] },
  { id: 'S29-W04', sector: '供水管网改造（目标漏损率8%，指标9%）', form: pipe({ goal: PIPE_GOAL.replace('9%以内', '8%以内') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S29-W05', sector: '供水管网改造（区级2600+补助街镇600≠3400）', form: pipe({ budget_subsidy_towns_wan: 600 }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S29-W06', sector: '供水管网改造（财政3000+其他300≠3400）', form: pipe({ budget_other_wan: 300 }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S29-W07', sector: '供水管网改造（概况写施工项目经理姓名手机）', expect: [F('private_data', null, 'overview')],
    form: pipe({ overview: '对南坪、花园路等街道老旧铸铁供水管网实施更新改造，施工单位项目经理刘建华（手机18623057716）负责现场停水协调。' }),
  },
  {
    id: 'S29-W08', sector: '供水管网改造（概况写供水热线、座机、信用代码，安静）', expect: [],
    form: pipe({ overview: '停水信息通过96069供水服务热线和023-62511234提前告知，施工单位统一社会信用代码91500108MA60K3RX2L。' }),
  },
  {
    id: 'S29-W09', sector: '供水管网改造（无效益指标）', expect: [F('coverage', null, null)],
    form: pipe({ goal: '改造老旧供水管网28公里，更换智能水表1.2万只，新建加压泵站2座，11月底前完工。' }, PIPE_NO_EFFECT),
  },
  { id: 'S29-W10', sector: '供水管网改造（满意度权重20，合计95）', form: pipe({}, patch(PIPE, { 8: { weight: 20 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S29-W11', sector: '供水管网改造（数量指标挂效益）', expect: [F('levels', 6, null), F('level_vs_name', 6, null, true)],
    form: pipe({}, patch(PIPE, { 6: { level2: NUM } })),
  },
  { id: 'S29-W12', sector: '供水管网改造（目标以2024年开头）', form: pipe({ goal: `2024年${PIPE_GOAL}` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S29-W13', sector: '供水管网改造（立项依据含文号和项目编码，安静）', expect: [],
    form: pipe({ basis: '《重庆市城镇老旧供水管网更新改造实施方案》（渝建发〔2024〕9号），项目编码2025-500108-78-01-036512。' }),
  },
  // 应急物资储备与演练
  { id: 'S29-E01', sector: '应急物资储备（干净）', form: emr(), expect: [] },
  { id: 'S29-E02', sector: '应急物资储备（目标为套话）', form: emr({ goal: '认真履行应急管理职责，确保项目顺利实施，充分发挥资金使用效益。' }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S29-E03', sector: '应急物资储备（目标演练8次，指标6次）', form: emr({ goal: EMR_GOAL.replace('演练6次', '演练8次') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S29-E04', sector: '应急物资储备（目标含培训灾害信息员300人无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: emr({ goal: `${EMR_GOAL}培训灾害信息员300人。` }),
  },
  {
    id: 'S29-E05', sector: '应急物资储备（概况写受灾户姓名身份证号）', expect: [F('private_data', null, 'overview')],
    form: emr({ overview: '优先保障去年洪灾中房屋倒塌的受灾户黄德贵（身份证号50010819590817441X）等家庭的基本生活物资。' }),
  },
  {
    id: 'S29-E06', sector: '应急物资储备（概况写李某等12户和12350，安静）', expect: [],
    form: emr({ overview: '去年洪灾中李某等12户房屋受损，已纳入救助；安全生产举报热线12350，应急值守电话023-62880119。' }),
  },
  { id: 'S29-E07', sector: '应急物资储备（权重合计85）', form: emr({}, patch(EMR, { 1: { weight: 5 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S29-E08', sector: '应急物资储备（满意度挂社会效益二级）', expect: [F('levels', 7, null), F('level_vs_name', 7, null, true)],
    form: emr({}, patch(EMR, { 7: { level2: SOC } })),
  },
  { id: 'S29-E09', sector: '应急物资储备（目标用汉字数字六次）', form: emr({ goal: EMR_GOAL.replace('演练6次', '演练六次') }), expect: [] },
  {
    id: 'S29-E10', sector: '应急物资储备（无满意度指标）', expect: [F('coverage', null, null)],
    form: emr({}, patch(EMR, { 7: { level1: B, level2: SOC, name: '应急演练参与群众', target: '3000', unit: '人次' } })),
  },
];
