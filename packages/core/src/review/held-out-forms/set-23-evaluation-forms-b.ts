import { B, e, ECN, ENV, F, type FormCase, NUM, O, patch, Q, QUA, S, SAT, SOC, TIM } from './form-case-types';
import { budget, sheet } from './set-23-evaluation-forms-a';

/**
 * Held-out set 23 (issue 3), 项目支出绩效自评表 at year end, part B: 渔业增殖放流, 电子商务进农村, 基层中医药传承.
 * Written before reading any code under review/ or scoring/; readings and first measurement in set-23-cases.ts.
 */

/** 渔业增殖放流: 6 rows on 90, 291 of 300 (97%, 9.7), total 99.7. */
const FISH = [
  e(O, NUM, '增殖放流鱼苗', '>=', '1200', '万尾', 20, '1260万尾', 20),
  e(O, NUM, '放流品种', '>=', '6', '种', 10, '6', 10),
  e(O, QUA, '放流苗种检验检疫合格率', '=', '100', '%', 15, '100', 15),
  e(O, TIM, '放流活动完成时间', Q, '2025年9月30日前', null, 10, '2025年9月18日', 10),
  e(B, ENV, '重点水域鱼类资源量增长率', '>=', '5', '%', 15, '5.6', 15),
  e(S, SAT, '沿江渔民满意度', '>=', '90', '%', 20, '91.4', 20),
];
const FISH_GOAL = '在长江干流及重点支流增殖放流鱼苗1200万尾、品种6种以上，放流苗种检验检疫合格率100%，重点水域鱼类资源量增长5%。';
const fish = (indicators = FISH, fields: Record<string, unknown> = {}) => sheet({
  project_name: '长江水生生物增殖放流', goal: FISH_GOAL, goal_outcome: '放流鱼苗1260万尾，品种6种，资源量增长5.6%。',
  budget: budget(300, 300, 291, 97, 9.7), total_score: 99.7, indicators }, fields);
const FISH_KINDS = { actual: '5', score: 8.33 };

/** 电子商务进农村: 6 rows on 90, budget 480 adjusted fully spent, total 100. */
const SHOP = [
  e(O, NUM, '建设村级电商服务站点', '>=', '80', '个', 20, '82', 20),
  e(O, NUM, '开展电商技能培训', '>=', '2000', '人次', 10, '2150', 10),
  e(O, QUA, '服务站点正常运营率', '>=', '90', '%', 15, '92', 15),
  e('成本指标', '经济成本指标', '单个站点建设补助', '<=', '3', '万元', 10, '3', 10),
  e(B, ECN, '农产品网络零售额', '>=', '1.8', '亿元', 15, '1.96亿元', 15),
  e(S, SAT, '参训农户满意度', '>=', '90', '%', 20, '94', 20),
];
const SHOP_GOAL = '建设村级电商服务站点80个，开展电商技能培训2000人次，服务站点正常运营率90%以上，实现农产品网络零售额1.8亿元。';
const shop = (indicators = SHOP, fields: Record<string, unknown> = {}) => sheet({
  project_name: '电子商务进农村综合示范', goal: SHOP_GOAL, goal_outcome: '建成站点82个，培训2150人次，农产品网络零售额1.96亿元。',
  budget: budget(500, 480, 480, 100, 10), total_score: 100, indicators }, fields);
const SHOP_SALES = { actual: '1.5亿元', score: 12.5 };

/** 基层中医药传承: 6 rows on 90, 552 of 600 (92%, 9.2), total 99.2. */
const TCM = [
  e(O, NUM, '基层中医馆建设', '>=', '12', '个', 20, '12', 20),
  e(O, NUM, '中医药适宜技术推广培训', '>=', '500', '人', 10, '520', 10),
  e(O, QUA, '中医馆服务能力达标率', '>=', '90', '%', 15, '91.7', 15),
  e(O, TIM, '建设任务完成时间', Q, '2025年12月31日前', null, 10, '2025年11月30日', 10),
  e(B, SOC, '基层中医药服务量占比', '>=', '30', '%', 15, '32.5', 15),
  e(S, SAT, '就诊群众满意度', '>=', '90', '%', 20, '92.8', 20),
];
const TCM_GOAL = '在12个乡镇卫生院建设基层中医馆，推广中医药适宜技术培训基层医务人员500人，基层中医药服务量占比达到30%以上。';
const tcm = (indicators = TCM, fields: Record<string, unknown> = {}) => sheet({
  project_name: '基层中医药服务能力提升', goal: TCM_GOAL, goal_outcome: '建成中医馆12个，培训520人，服务量占比32.5%。',
  budget: budget(600, 600, 552, 92, 9.2), total_score: 99.2, indicators }, fields);

export const SET23_B_CASES: FormCase[] = [
  { id: 'S23-D01', sector: '增殖放流（无缺陷，1260万尾）', form: fish(), expect: [], scoring: { total: 99.7, grade: '优' } },
  {
    id: 'S23-D02', sector: '增殖放流（放流推迟到11月仍给满分）', form: fish(patch(FISH, { 3: { actual: '2025年11月6日' } })),
    expect: [F('self_evaluation', 3, 'score'), F('self_evaluation', 3, 'reason', true)], scoring: null,
  },
  {
    id: 'S23-D03', sector: '增殖放流（放流推迟部分达成有原因）', expect: [], scoring: null,
    form: fish(patch(FISH, { 3: { actual: '2025年11月6日', score: 7, reason: '汛期水位偏高，放流推迟至退水后' } }), { total_score: 96.7 }),
  },
  {
    id: 'S23-D04', sector: '增殖放流（偏差原因写供苗负责人姓名手机）', expect: [F('private_data', 1, 'reason')], scoring: { total: 98.03, grade: '优' },
    form: fish(patch(FISH, { 1: { ...FISH_KINDS, reason: '供苗单位负责人赵永强（13658421193）未按合同供应胭脂鱼苗' } }), { total_score: 98.03 }),
  },
  {
    id: 'S23-D05', sector: '增殖放流（偏差原因写单位联系电话）', expect: [], scoring: { total: 98.03, grade: '优' },
    form: fish(patch(FISH, { 1: { ...FISH_KINDS, reason: '胭脂鱼苗供应不足，已约谈供苗单位（联系电话023-63851234）' } }), { total_score: 98.03 }),
  },
  {
    id: 'S23-D06', sector: '增殖放流（目标写资金、日期、第十个放鱼日）', expect: [], scoring: { total: 99.7, grade: '优' },
    form: fish(FISH, { goal: `安排资金300万元，于9月30日前结合第十个全国“放鱼日”活动，${FISH_GOAL}` }),
  },
  {
    id: 'S23-D07', sector: '增殖放流（目标1500万尾而指标1200万尾）', form: fish(FISH, { goal: FISH_GOAL.replace('1200万尾', '1500万尾') }),
    expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.7, grade: '优' },
  },
  {
    id: 'S23-D08', sector: '增殖放流（总分写成97.7）', form: fish(FISH, { total_score: 97.7 }),
    expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.7, grade: '优' },
  },
  { id: 'S23-E01', sector: '电商进农村（无缺陷，1.96亿元）', form: shop(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S23-E02', sector: '电商进农村（零售额得16超分值15）', form: shop(patch(SHOP, { 4: { score: 16 } }), { total_score: 101 }),
    expect: [F('self_evaluation', 4, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 100, grade: '优' },
  },
  {
    id: 'S23-E03', sector: '电商进农村（零售额1.5亿元扣分无原因）', form: shop(patch(SHOP, { 4: SHOP_SALES }), { total_score: 97.5 }),
    expect: [F('self_evaluation', 4, 'reason')], scoring: { total: 97.5, grade: '优' },
  },
  {
    id: 'S23-E04', sector: '电商进农村（偏差原因写企业负责人姓名）', expect: [F('private_data', 4, 'reason')], scoring: { total: 97.5, grade: '优' },
    form: shop(patch(SHOP, { 4: { ...SHOP_SALES, reason: '合作电商企业负责人孙丽娟因病停止运营，直播带货中断' } }), { total_score: 97.5 }),
  },
  {
    id: 'S23-E05', sector: '电商进农村（达标行写了原因）', expect: [], scoring: { total: 100, grade: '优' },
    form: shop(patch(SHOP, { 1: { reason: '结合农闲时段集中培训，超额完成' } })),
  },
  {
    id: 'S23-E06', sector: '电商进农村（explain：培训2800人次超140%无原因）', policy: { overAchievement: 'explain' },
    form: shop(patch(SHOP, { 1: { actual: '2800' } })), expect: [F('self_evaluation', 1, 'reason')], scoring: { total: 100, grade: '优' },
  },
  {
    id: 'S23-E07', sector: '电商进农村（deduct：培训3000人次扣至8分有原因）', policy: { overAchievement: 'deduct' }, expect: [], scoring: { total: 98, grade: '优' },
    form: shop(patch(SHOP, { 1: { actual: '3000', score: 8, reason: '县职教中心免费承接培训，参训人数大幅超出计划' } }), { total_score: 98 }),
  },
  {
    id: 'S23-E08', sector: '电商进农村（目标写站点八十个）', expect: [], scoring: { total: 100, grade: '优' },
    form: shop(SHOP, { goal: SHOP_GOAL.replace('80个', '八十个') }),
  },
  { id: 'S23-F01', sector: '中医药（无缺陷）', form: tcm(), expect: [], scoring: { total: 99.2, grade: '优' } },
  {
    id: 'S23-F02', sector: '中医药（问题写老中医姓名）', expect: [F('private_data', null, 'problems')], scoring: { total: 99.2, grade: '优' },
    form: tcm(TCM, { problems: '老中医周世昌因年迈暂停带徒，师承工作室传承人培养进度滞后。' }),
  },
  {
    id: 'S23-F03', sector: '中医药（目标写弘扬李时珍、张仲景医学精神）', expect: [], scoring: { total: 99.2, grade: '优' },
    form: tcm(TCM, { goal: `弘扬李时珍、张仲景医学精神，${TCM_GOAL}` }),
  },
  {
    id: 'S23-F04', sector: '中医药（总分写成98.2）', form: tcm(TCM, { total_score: 98.2 }),
    expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.2, grade: '优' },
  },
  {
    id: 'S23-F05', sector: '中医药（达标率87.5%未达90%仍满分）', form: tcm(patch(TCM, { 2: { actual: '87.5' } })),
    expect: [F('self_evaluation', 2, 'score'), F('self_evaluation', 2, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 98.78, grade: '优' },
  },
  {
    id: 'S23-F06', sector: '中医药（99.2分评价等级写良）', form: tcm(TCM, { conclusion: '项目自评得分99.2分，评价等级：良。' }),
    expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.2, grade: '优' },
  },
  {
    id: 'S23-F07', sector: '中医药（执行率80%无原因）', form: tcm(TCM, { budget: budget(600, 600, 480, 80, 8), total_score: 98 }),
    expect: [F('self_evaluation', null, 'budget.reason')], scoring: { total: 98, grade: '优' },
  },
];
