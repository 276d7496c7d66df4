import { B, C, e, ECO, F, type FormCase, NUM, O, patch, pse, Q, QUA, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 15 (issue 3), 项目支出绩效自评表 at year end: 完成值 written every way (数字, 「已完成」, 「100%」 under a count,
 * 「1.35万批次」, 「52360户」 under 万户, ranges, dates), scores against the rules, totals, budget execution and its score,
 * over-achievement under each policy, goals against rows, and personal data in 偏差原因 / 结论 / 问题 / 措施. Written before
 * reading any code under review/ or scoring/; readings and first measurement in set-15-cases.ts.
 */
const budget = (initial_wan: number, adjusted_wan: number, executed_wan: number, execution_rate: number, score: number, reason: string | null = null) =>
  ({ initial_wan, adjusted_wan, executed_wan, execution_rate, weight: 10, score, reason });

/** 食品安全抽检监测: 8 rows on 90, budget 351.36 of 360 adjusted (97.6%, 9.76). */
const FOOD = [
  e(O, NUM, '食品安全监督抽检批次', '>=', '2400', '批次', 15, '2518', 15),
  e(O, NUM, '食品快检筛查', '>=', '1.2', '万批次', 10, '1.35万批次', 10),
  e(O, QUA, '不合格食品核查处置率', '=', '100', '%', 10, '100%', 10),
  e(O, TIM, '抽检结果公布时限', '<=', '20', '个工作日', 10, '18', 10),
  e(C, ECO, '每批次平均检验费用', '<=', '1600', '元', 10, '1540', 10),
  e(B, SOC, '食品安全评价性抽检合格率', '>=', '98', '%', 15, '98.6', 15),
  e(B, SUS, '食品安全风险防控机制', Q, '持续健全', null, 10, '达成', 10),
  e(S, SAT, '群众食品安全满意度', '>=', '90', '%', 10, '92.3', 10),
];
const FOOD_GOAL = '全年完成食品安全监督抽检2400批次、快检筛查1.2万批次，不合格食品核查处置率100%，评价性抽检合格率保持在98%以上。';
const food = (indicators = FOOD, fields: Record<string, unknown> = {}) => pse({
  project_name: '食品安全抽检监测', goal: FOOD_GOAL, goal_outcome: '全年完成监督抽检2518批次、快检1.35万批次，评价性抽检合格率98.6%。',
  budget: budget(380, 360, 351.36, 97.6, 9.76), total_score: 99.76, indicators, ...fields,
});
const FOOD_MISSED = { actual: '97.2', score: 14.88 };

/** 家庭医生签约服务: 8 rows on 90, budget fully spent (10), total 100. */
const GP = [
  e(O, NUM, '家庭医生签约人数', '>=', '12', '万人', 15, '12.6万人', 15),
  e(O, NUM, '重点人群签约服务人次', '>=', '8000', '人次', 10, '0.95万人次', 10),
  e(O, QUA, '重点人群签约率', '>=', '75', '%', 10, '78.2%', 10),
  e(O, TIM, '签约服务费拨付时间', Q, '2025年12月底前', null, 10, '2025年12月20日', 10),
  e(C, ECO, '人均签约服务费财政补助', '<=', '40', '元', 10, '40', 10),
  e(B, SOC, '签约居民健康档案规范管理率', '>=', '70', '%', 15, '72', 15),
  e(B, SUS, '家庭医生团队服务机制', Q, '长效运行', null, 10, '达成', 10),
  e(S, SAT, '签约居民满意度', '>=', '90', '%', 10, '93.5', 10),
];
const gp = (indicators = GP, fields: Record<string, unknown> = {}) => pse({
  project_name: '家庭医生签约服务', goal: '为辖区12万居民提供家庭医生签约服务，重点人群签约率达到75%以上，签约居民健康档案规范管理率70%以上。',
  budget: budget(4800, 4800, 4800, 100, 10), total_score: 100, indicators, ...fields,
});

/** 耕地地力保护补贴: 8 rows on 90, budget 3866.1 adjusted fully spent. */
const FARM = [
  e(O, NUM, '补贴发放面积', '>=', '36.5', '万亩', 20, '36.82', 20),
  e(O, NUM, '补贴农户', '>=', '5.2', '万户', 10, '52360户', 10),
  e(O, QUA, '补贴资金兑付准确率', '=', '100', '%', 10, '100', 10),
  e(O, TIM, '补贴资金兑付时限', Q, '2025年6月30日前', null, 10, '2025年6月26日', 10),
  e(C, ECO, '亩均补贴标准', '=', '105', '元', 10, '105', 10),
  e(B, SOC, '耕地撂荒面积', '<=', '0.3', '万亩', 10, '0.26', 10),
  e(B, SUS, '耕地保护意识', Q, '明显增强', null, 10, '达成', 10),
  e(S, SAT, '种粮农户满意度', '>=', '90', '%', 10, '95', 10),
];
const farm = (indicators = FARM, fields: Record<string, unknown> = {}) => pse({
  project_name: '耕地地力保护补贴', goal: '按每亩105元标准对全区36.5万亩耕地发放地力保护补贴，惠及农户5.2万户，6月30日前兑付到户。',
  budget: budget(3900, 3866.1, 3866.1, 100, 10), total_score: 100, indicators, ...fields,
});
const IDLE = { actual: '0.35', score: 8.33 };

/** 法律援助: 7 rows on 90 with ranges as 完成值, budget 411.6 of 420 (98%, 9.8). */
const AID = [
  e(O, NUM, '办理法律援助案件', '>=', '1800', '件', 20, '1926', 20),
  e(O, NUM, '提供法律咨询', '>=', '2', '万人次', 10, '2.3万人次', 10),
  e(O, QUA, '法律援助案件质量合格率', '>=', '95', '%', 15, '96%-98%', 15),
  e(O, TIM, '受理审查时限', '<=', '7', '个工作日', 10, '3-5个工作日', 10),
  e(C, ECO, '每件案件平均补贴', '<=', '2200', '元', 10, '2150', 10),
  e(B, SOC, '困难群众合法权益', Q, '有效维护', null, 15, '达成', 15),
  e(S, SAT, '受援人满意度', '>=', '90', '%', 10, '96.4', 10),
];
const AID_GOAL = '全年办理法律援助案件1800件，提供法律咨询2万人次，案件质量合格率95%以上，实现“应援尽援”。';
const aid = (indicators = AID, fields: Record<string, unknown> = {}) => pse({
  project_name: '法律援助', goal: AID_GOAL, budget: budget(420, 420, 411.6, 98, 9.8), total_score: 99.8, indicators, ...fields,
});

/** 动物防疫强制免疫: 7 rows on 90, budget 249.6 of 260 (96%, 9.6). */
const VET = [
  e(O, NUM, '畜禽强制免疫数量', '>=', '85', '万头（只）', 15, '88.6', 15),
  e(O, NUM, '免疫抗体监测样品', '>=', '6000', '份', 10, '6240', 10),
  e(O, QUA, '免疫抗体合格率', '>=', '70', '%', 15, '82', 15),
  e(O, TIM, '疫情报告及时率', '=', '100', '%', 10, '100%', 10),
  e(B, SOC, '区域性重大动物疫情发生数', '=', '0', '起', 15, '未发生', 15),
  e(B, SUS, '动物防疫体系', Q, '持续完善', null, 10, '达成', 10),
  e(S, SAT, '养殖户满意度', '>=', '90', '%', 15, '91', 15),
];
const vet = (indicators = VET, fields: Record<string, unknown> = {}) => pse({
  project_name: '动物防疫强制免疫', goal: '完成畜禽强制免疫85万头（只），免疫抗体合格率70%以上，不发生区域性重大动物疫情。',
  budget: budget(260, 260, 249.6, 96, 9.6), total_score: 99.6, indicators, ...fields,
});
const EXTRA_SAMPLES = { actual: '9000' };

export const SET15_PROJECT_SELF_EVALUATION_CASES: FormCase[] = [
  { id: 'S15-A01', sector: '食品抽检（1.35万批次、100%、全部达成）', form: food(), expect: [], scoring: { total: 99.76, grade: '优' } },
  {
    id: 'S15-A02', sector: '食品抽检（快检只写已完成）', form: food(patch(FOOD, { 1: { actual: '已完成' } })),
    expect: [F('self_evaluation', 1, 'actual')], scoring: null,
  },
  {
    id: 'S15-A03', sector: '食品抽检（合格率97.2%未达仍给满分）', form: food(patch(FOOD, { 5: { actual: '97.2' } })),
    expect: [F('self_evaluation', 5, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 99.64, grade: '优' },
  },
  {
    id: 'S15-A04', sector: '食品抽检（合格率97.2%按比例得分有原因）', expect: [], scoring: { total: 99.64, grade: '优' },
    form: food(patch(FOOD, { 5: { ...FOOD_MISSED, reason: '部分农贸市场散装食品抽检不合格' } }), { total_score: 99.64 }),
  },
  {
    id: 'S15-A05', sector: '食品抽检（合格率97.2%扣分无偏差原因）', form: food(patch(FOOD, { 5: FOOD_MISSED }), { total_score: 99.64 }),
    expect: [F('self_evaluation', 5, 'reason')], scoring: { total: 99.64, grade: '优' },
  },
  {
    id: 'S15-A06', sector: '食品抽检（已达成仍写偏差原因）', form: food(patch(FOOD, { 0: { actual: '2518批次', reason: '按年度抽检计划完成' } })),
    expect: [], scoring: { total: 99.76, grade: '优' },
  },
  {
    id: 'S15-A07', sector: '食品抽检（目标宣传周活动6场无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.76, grade: '优' },
    form: food(FOOD, { goal: `${FOOD_GOAL}开展食品安全宣传周活动6场。` }),
  },
  {
    id: 'S15-A08', sector: '食品抽检（目标双随机一公开、一网通办、第三方）', expect: [], scoring: { total: 99.76, grade: '优' },
    form: food(FOOD, { goal: `落实“双随机、一公开”监管，推行抽检信息“一网通办”，委托第三方检测机构，${FOOD_GOAL}` }),
  },
  {
    id: 'S15-A09', sector: '食品抽检（问题写经营户姓名手机）', expect: [F('private_data', null, 'problems')], scoring: { total: 99.76, grade: '优' },
    form: food(FOOD, { problems: '经营户刘建军（手机13983356721）多次拒绝抽样，已移交执法大队处理。' }),
  },
  {
    id: 'S15-A10', sector: '食品抽检（措施写处罚文号与12315）', expect: [], scoring: { total: 99.76, grade: '优' },
    form: food(FOOD, { improvements: '对不合格产品依法处置（渝市监罚〔2025〕118号），公众可拨打12315或023-67721315投诉举报。' }),
  },
  {
    id: 'S15-A11', sector: '食品抽检（总分少写1分）', form: food(FOOD, { total_score: 98.76 }),
    expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.76, grade: '优' },
  },
  {
    id: 'S15-A12', sector: '食品抽检（执行率97.6%预算执行给10分）', form: food(FOOD, { budget: budget(380, 360, 351.36, 97.6, 10), total_score: 100 }),
// Measured as optional since the harness began: an optional expectation on the same code and row replaced this one until
    // set 19 fixed measure-forms.ts; review-precision.test.ts reads a whole-number sheet as rounding (10 for 9.78).
    expect: [F('self_evaluation', null, 'budget.score', true), F('self_evaluation', null, 'total_score', true)], scoring: { total: 99.76, grade: '优' },
  },
  {
    id: 'S15-A13', sector: '食品抽检（执行率按年初预算算成92.46%）', form: food(FOOD, { budget: budget(380, 360, 351.36, 92.46, 9.25), total_score: 99.25 }),
    expect: [F('budget_arithmetic', null, 'budget.execution_rate'), F('self_evaluation', null, 'budget.score')], scoring: { total: 99.76, grade: '优' },
  },
  { id: 'S15-B01', sector: '家庭医生（12.6万人、0.95万人次、日期完成值）', form: gp(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S15-B02', sector: '家庭医生（拨付延至次年1月仍给满分）', form: gp(patch(GP, { 3: { actual: '2026年1月15日' } })),
    expect: [F('self_evaluation', 3, 'score'), F('self_evaluation', 3, 'reason', true)], scoring: null,
  },
  {
    id: 'S15-B03', sector: '家庭医生（拨付延至次年部分达成有原因）', expect: [], scoring: null,
    form: gp(patch(GP, { 3: { actual: '2026年1月15日', score: 7, reason: '医保结算系统切换，拨付延后' } }), { total_score: 97 }),
  },
  {
    id: 'S15-B04', sector: '家庭医生（explain：16万人超133%无原因）', policy: { overAchievement: 'explain' },
    form: gp(patch(GP, { 0: { actual: '16万人' } })), expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 100, grade: '优' },
  },
  {
    id: 'S15-B05', sector: '家庭医生（explain：16万人超额有原因）', policy: { overAchievement: 'explain' }, expect: [], scoring: { total: 100, grade: '优' },
    form: gp(patch(GP, { 0: { actual: '16万人', reason: '城区新建小区入住人口增加，签约需求高于预期' } })),
  },
  {
    id: 'S15-B06', sector: '家庭医生（explain：1.2万人次对8000人次超150%无原因）', policy: { overAchievement: 'explain' },
    form: gp(patch(GP, { 1: { actual: '1.2万人次' } })), expect: [F('self_evaluation', 1, 'reason')], scoring: { total: 100, grade: '优' },
  },
  {
    id: 'S15-B07', sector: '家庭医生（默认none：1.2万人次超额满分）', form: gp(patch(GP, { 1: { actual: '1.2万人次' } })),
    expect: [], scoring: { total: 100, grade: '优' },
  },
  {
    id: 'S15-B08', sector: '家庭医生（签约率72.5%扣分无原因）', form: gp(patch(GP, { 2: { actual: '72.5%', score: 9.67 } }), { total_score: 99.67 }),
    expect: [F('self_evaluation', 2, 'reason')], scoring: { total: 99.67, grade: '优' },
  },
  {
    id: 'S15-B09', sector: '家庭医生（结论写签约居民姓名身份证）', expect: [F('private_data', null, 'conclusion')], scoring: { total: 100, grade: '优' },
    form: gp(GP, { conclusion: '签约居民李秀英（身份证号500103195602143327）因长期外出未享受履约服务，已办理解约。' }),
  },
  {
    id: 'S15-B10', sector: '家庭医生（结论写张某与单位电话）', expect: [], scoring: { total: 100, grade: '优' },
    form: gp(GP, { conclusion: '签约居民张某反映上门服务不及时，经核实已整改；签约咨询电话023-68702120。' }),
  },
  {
    id: 'S15-B11', sector: '家庭医生（人次指标写100%）', form: gp(patch(GP, { 1: { actual: '100%' } })),
    expect: [F('self_evaluation', 1, 'actual')], scoring: null,
  },
  { id: 'S15-C01', sector: '地力补贴（52360户对5.2万户）', form: farm(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S15-C02', sector: '地力补贴（执行率97%得9.7）', form: farm(FARM, { budget: budget(3900, 3866.1, 3750.1, 97, 9.7), total_score: 99.7 }),
    expect: [], scoring: { total: 99.7, grade: '优' },
  },
  {
    id: 'S15-C03', sector: '地力补贴（执行率97%却给9.5）', form: farm(FARM, { budget: budget(3900, 3866.1, 3750.1, 97, 9.5), total_score: 99.5 }),
    expect: [F('self_evaluation', null, 'budget.score')], scoring: { total: 99.7, grade: '优' },
  },
  {
    id: 'S15-C04', sector: '地力补贴（执行数超调整预算100.88%得10）', form: farm(FARM, { budget: budget(3900, 3866.1, 3900, 100.88, 10) }),
    expect: [F('budget_arithmetic', null, 'budget.executed_wan')], scoring: { total: 100, grade: '优' },
  },
  {
    id: 'S15-C05', sector: '地力补贴（执行率100.88%给10.09分）', form: farm(FARM, { budget: budget(3900, 3866.1, 3900, 100.88, 10.09), total_score: 100.09 }),
    expect: [F('budget_arithmetic', null, 'budget.executed_wan'), F('self_evaluation', null, 'budget.score'), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 100, grade: '优' },
  },
  {
    id: 'S15-C06', sector: '地力补贴（撂荒0.35万亩超控制数有原因）', expect: [], scoring: { total: 98.33, grade: '优' },
    form: farm(patch(FARM, { 5: { ...IDLE, reason: '部分山区农户外出务工' } }), { total_score: 98.33 }),
  },
  {
    id: 'S15-C07', sector: '地力补贴（偏差原因写脱贫户姓名）', expect: [F('private_data', 5, 'reason')], scoring: { total: 98.33, grade: '优' },
    form: farm(patch(FARM, { 5: { ...IDLE, reason: '部分山区农户外出务工，其中脱贫户陈德富因病无力耕种致承包地撂荒' } }), { total_score: 98.33 }),
  },
  {
    id: 'S15-C08', sector: '地力补贴（5.1万户按比例9.81有原因）', expect: [], scoring: { total: 99.81, grade: '优' },
    form: farm(patch(FARM, { 1: { actual: '5.1万户', score: 9.81, reason: '部分农户土地流转后由经营主体申领' } }), { total_score: 99.81 }),
  },
  {
    id: 'S15-C09', sector: '地力补贴（得分9.808、总分99.808）', expect: [], scoring: { total: 99.81, grade: '优' },
    form: farm(patch(FARM, { 1: { actual: '5.1万户', score: 9.808, reason: '部分农户土地流转后由经营主体申领' } }), { total_score: 99.808 }),
  },
  {
    id: 'S15-C10', sector: '地力补贴（执行率85%无原因）', form: farm(FARM, { budget: budget(3900, 3866.1, 3286.2, 85, 8.5), total_score: 98.5 }),
    expect: [F('self_evaluation', null, 'budget.reason')], scoring: { total: 98.5, grade: '优' },
  },
  {
    id: 'S15-C11', sector: '地力补贴（执行率85%有原因）', expect: [], scoring: { total: 98.5, grade: '优' },
    form: farm(FARM, { budget: budget(3900, 3866.1, 3286.2, 85, 8.5, '部分补贴资金待确权面积核定后于次年发放'), total_score: 98.5 }),
  },
  { id: 'S15-D01', sector: '法律援助（区间完成值96%-98%、3-5个工作日）', form: aid(), expect: [], scoring: { total: 99.8, grade: '优' } },
  {
    id: 'S15-D02', sector: '法律援助（区间93%-96%下限未达仍满分）', form: aid(patch(AID, { 2: { actual: '93%-96%' } })),
    expect: [F('self_evaluation', 2, null)], scoring: null,
  },
  {
    id: 'S15-D03', sector: '法律援助（结论写受援人姓名电话）', expect: [F('private_data', null, 'conclusion')], scoring: { total: 99.8, grade: '优' },
    form: aid(AID, { conclusion: '受援人黄桂芳（联系电话：18723456610）对案件办理提出异议，已组织复查。' }),
  },
  {
    id: 'S15-D04', sector: '法律援助（结论写律所与12348）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: aid(AID, { conclusion: '案件由重庆渝信律师事务所等12家律所承办，群众可拨打法律援助热线12348申请。' }),
  },
  {
    id: 'S15-D05', sector: '法律援助（1926件写单位并附说明）', form: aid(patch(AID, { 0: { actual: '1926件', reason: '按计划完成' } })),
    expect: [], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S15-D06', sector: '法律援助（1620件按比例18分有原因）', expect: [], scoring: { total: 97.8, grade: '优' },
    form: aid(patch(AID, { 0: { actual: '1620', score: 18, reason: '部分案件转入下年度办理' } }), { total_score: 97.8 }),
  },
  {
    id: 'S15-D07', sector: '法律援助（1620件仍给满分）', form: aid(patch(AID, { 0: { actual: '1620' } })),
    expect: [F('self_evaluation', 0, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 97.8, grade: '优' },
  },
  {
    id: 'S15-D08', sector: '法律援助（目标工作室30个无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.8, grade: '优' },
    form: aid(AID, { goal: `${AID_GOAL}新建村（社区）法律服务工作室30个。` }),
  },
  { id: 'S15-E01', sector: '动物防疫（未发生、100%）', form: vet(), expect: [], scoring: { total: 99.6, grade: '优' } },
  { id: 'S15-E02', sector: '动物防疫（deduct：合格率82%未超阈值）', policy: { overAchievement: 'deduct' }, form: vet(), expect: [], scoring: { total: 99.6, grade: '优' } },
  {
    id: 'S15-E03', sector: '动物防疫（deduct：样品9000份超150%仍满分）', policy: { overAchievement: 'deduct' },
    form: vet(patch(VET, { 1: EXTRA_SAMPLES })), expect: [F('self_evaluation', 1, 'score'), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 97.6, grade: '优' },
  },
  {
    id: 'S15-E04', sector: '动物防疫（deduct：样品9000份扣至8分有原因）', policy: { overAchievement: 'deduct' }, expect: [], scoring: { total: 97.6, grade: '优' },
    form: vet(patch(VET, { 1: { ...EXTRA_SAMPLES, score: 8, reason: '春防秋防期间增加监测频次' } }), { total_score: 97.6 }),
  },
  {
    id: 'S15-E05', sector: '动物防疫（发生1起疫情得0分有原因）', expect: [], scoring: { total: 84.6, grade: '良' },
    form: vet(patch(VET, { 4: { actual: '发生1起', score: 0, reason: '3月邻区输入性疫情' } }), { total_score: 84.6 }),
  },
  {
    id: 'S15-E06', sector: '动物防疫（偏差原因写养殖户姓名）', expect: [F('private_data', 6, 'reason')], scoring: { total: 99.27, grade: '优' },
    form: vet(patch(VET, { 6: { actual: '88', score: 14.67, reason: '个别养殖户如周光明对免疫副反应补偿标准有意见' } }), { total_score: 99.27 }),
  },
];
