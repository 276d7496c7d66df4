import type { Indicator } from '../../forms/forms-schema';
import { B, C, e, ECN, ECO, ENV, F, type FormCase, NUM, O, patch, pse, Q, QUA, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 61F (session 26), 2025 项目支出绩效自评表 of two new-type projects, whole sheets as units fill them at year end:
 * 超长期特别国债 基层医疗卫生机构设备更新 (E, 区卫生健康局: 年初 0, the bonds' money arrives mid-year as 全年预算 1860) and
 * 家电以旧换新补贴 (H, 区商务局: 年初 2000, 全年 3200 with the bonds' second batch, a qualitative 长效机制 row). Written before
 * reading any code under review/ or scoring/; readings in set-61-cases.ts.
 */

/** Every row met: 90 + 1785.6 of 1860 (96.00%, 9.6) = 99.6. */
const EQUIPMENT = [
  e(O, NUM, '更新医用设备台（套）数', '>=', '46', '台（套）', 15, '48', 15),
  e(O, NUM, '设备更新覆盖基层医疗卫生机构数', '>=', '12', '个', 10, '12', 10),
  e(O, QUA, '更新设备验收合格率', '=', '100', '%', 10, '100', 10),
  e(O, TIM, '合同签订至设备到货时限', '<=', '90', '天', 10, '75', 10),
  e(C, ECO, '设备采购资金节约率', '>=', '5', '%', 10, '6.2', 10),
  e(B, SOC, '基层医疗机构影像检查服务人次', '>=', '36000', '人次', 10, '38450', 10),
  e(B, SUS, '更新设备完好率', '>=', '95', '%', 10, '98', 10),
  e(S, SAT, '就诊患者满意度', '>=', '90', '%', 15, '93.5', 15),
];
const EROW = { devices: 0, exams: 5 } as const;
const EGOAL = '2025年使用超长期特别国债资金为12个基层医疗卫生机构更新CT、DR、彩超等医用设备46台（套）以上，设备验收合格率100%，'
  + '合同签订后90天内到货，基层影像检查服务36000人次以上，设备完好率95%以上，就诊患者满意度90%以上。';
const eOutcome = (devices = 48, exams = 38450) =>
  `为12个基层医疗卫生机构更新医用设备${devices}台（套），全部验收合格，基层影像检查服务${exams}人次。`;
/** A 预算执行情况 block on the 分值 10 (the set's other file uses it too). */
export const money = (initial_wan: number, adjusted_wan: number, executed_wan: number, execution_rate: number, score: number, reason: string | null) =>
  ({ initial_wan, adjusted_wan, executed_wan, execution_rate, weight: 10, score, reason });
const EBUDGET = money(0, 1860, 1785.6, 96, 9.6, '设备质保金74.4万元按合同约定于验收满一年后支付');
const eConclusion = (total: number, grade: string) => `经自评，本项目自评得分${total}分，自评等级为“${grade}”。`;
const equipment = (indicators: Indicator[] = EQUIPMENT, fields: Record<string, unknown> = {}) => pse({
  org: '区卫生健康局', project_name: '2025年超长期特别国债基层医疗卫生机构设备更新', goal: EGOAL, goal_outcome: eOutcome(), budget: EBUDGET,
  total_score: 99.6, conclusion: eConclusion(99.6, '优'), problems: '部分乡镇卫生院影像技师不足，新设备使用效率有待提高。',
  improvements: '组织区级医院影像科对口帮扶，开展设备操作轮训。', indicators, ...fields,
});
/** 41 of ≥46 devices: 15 × 41/46 = 13.37; total 97.97. */
const SHORT = (score: number, reason: string | null) => patch(EQUIPMENT, { [EROW.devices]: { actual: '41', score, reason } });
const SHORT_REASON = '5台彩超因首次招标流标重新采购，2026年1月到货';
const SHORT_OUT = { goal_outcome: eOutcome(41), total_score: 97.97, conclusion: eConclusion(97.97, '优') };
const TOTAL_OPT = F('self_evaluation', null, 'total_score', true);

export const SET61_EQUIPMENT_CASES: FormCase[] = [
  { id: 'S61-E01', sector: '设备更新（干净，年初0元，国债资金全年1860万元执行96%）', form: equipment(), expect: [], scoring: { total: 99.6, grade: '优' } },
  {
    id: 'S61-E02', sector: '设备更新（执行率写成97.2%，执行数÷全年预算为96%）', scoring: { total: 99.6, grade: '优' },
    expect: [F('budget_arithmetic', null, 'budget.execution_rate'), F('self_evaluation', null, 'budget.score'), TOTAL_OPT],
    form: equipment(EQUIPMENT, { budget: { ...EBUDGET, execution_rate: 97.2, score: 9.72 }, total_score: 99.72, conclusion: eConclusion(99.72, '优') }),
  },
  {
    id: 'S61-E03', sector: '设备更新（执行1790.3万元，执行率96.25%、得分9.63）', expect: [], scoring: { total: 99.63, grade: '优' },
    form: equipment(EQUIPMENT, {
      budget: money(0, 1860, 1790.3, 96.25, 9.63, '设备质保金69.7万元按合同约定于验收满一年后支付'), total_score: 99.63, conclusion: eConclusion(99.63, '优'),
    }),
  },
  {
    id: 'S61-E04', sector: '设备更新（更新41台未达46台仍得满分15分）', scoring: { total: 97.97, grade: '优' },
    expect: [F('self_evaluation', EROW.devices, 'score'), TOTAL_OPT],
    form: equipment(SHORT(15, SHORT_REASON), { goal_outcome: eOutcome(41) }),
  },
  { id: 'S61-E05', sector: '设备更新（更新41台得13.37分，写明流标重采）', expect: [], scoring: { total: 97.97, grade: '优' }, form: equipment(SHORT(13.37, SHORT_REASON), SHORT_OUT) },
  {
    id: 'S61-E06', sector: '设备更新（更新41台得13.37分，偏差原因空白）', expect: [F('self_evaluation', EROW.devices, 'reason')],
    scoring: { total: 97.97, grade: '优' }, form: equipment(SHORT(13.37, null), SHORT_OUT),
  },
  {
    id: 'S61-E07', sector: '设备更新（总分写99分，指标90分加预算9.6分应为99.6分）', expect: [F('self_evaluation', null, 'total_score')],
    scoring: { total: 99.6, grade: '优' }, form: equipment(EQUIPMENT, { total_score: 99, conclusion: eConclusion(99, '优') }),
  },
  {
    id: 'S61-E08', sector: '设备更新（执行率96%，预算得分写9.8分）', expect: [F('self_evaluation', null, 'budget.score'), TOTAL_OPT],
    scoring: { total: 99.6, grade: '优' },
    form: equipment(EQUIPMENT, { budget: { ...EBUDGET, score: 9.8 }, total_score: 99.8, conclusion: eConclusion(99.8, '优') }),
  },
  {
    id: 'S61-E09', sector: '设备更新（年度目标写更新设备50台（套），指标仍为≥46台（套））', expect: [F('goal_vs_indicators', null, 'goal')],
    scoring: { total: 99.6, grade: '优' }, form: equipment(EQUIPMENT, { goal: EGOAL.replace('46台（套）', '50台（套）') }),
  },
  {
    id: 'S61-E10', sector: '设备更新（影像检查52000人次，超额完成按满分10分）', expect: [], scoring: { total: 99.6, grade: '优' },
    form: equipment(patch(EQUIPMENT, { [EROW.exams]: { actual: '52000' } }), { goal_outcome: eOutcome(48, 52000) }),
  },
  {
    id: 'S61-E11', sector: '设备更新（存在问题写供应商联系人姓名手机号）', expect: [F('private_data', null, 'problems')], scoring: { total: 99.6, grade: '优' },
    form: equipment(EQUIPMENT, { problems: '供应商联系人王建军（13807315562）未按合同约定提供设备操作培训。' }),
  },
  {
    id: 'S61-E12', sector: '设备更新（存在问题写厂家售后400热线及企业名称）', expect: [], scoring: { total: 99.6, grade: '优' },
    form: equipment(EQUIPMENT, { problems: '联影医疗售后服务热线400-810-6688报修响应较慢，2台DR停机待修超过7天。' }),
  },
  // Added after reading the check code, to hold the fix (see set-61-cases.ts).
  {
    id: 'S61-E13', sector: '设备更新（完成情况写为12个机构更新设备45台（套），指标完成48台（套））', expect: [F('goal_vs_indicators', null, 'goal_outcome')],
    scoring: { total: 99.6, grade: '优' }, form: equipment(EQUIPMENT, { goal_outcome: eOutcome(45) }),
  },
  {
    id: 'S61-E14', sector: '设备更新（完成情况写为10个机构更新设备48台（套），覆盖机构指标完成12个）', expect: [F('goal_vs_indicators', null, 'goal_outcome')],
    scoring: { total: 99.6, grade: '优' }, form: equipment(EQUIPMENT, { goal_outcome: eOutcome().replace('为12个', '为10个') }),
  },
];

/** Every row met: 80 + 10 (达成) + 3200 of 3200 (100%, 10) = 100. */
const TRADE_IN = [
  e(O, NUM, '补贴家电产品台数', '>=', '40000', '台', 10, '43520', 10),
  e(O, NUM, '参与活动家电销售企业数', '>=', '60', '家', 10, '72', 10),
  e(O, QUA, '补贴资金审核准确率', '=', '100', '%', 10, '100', 10),
  e(O, TIM, '补贴资金兑付时限', '<=', '15', '个工作日', 10, '9', 10),
  e(C, ECO, '单台家电补贴上限', '<=', '2000', '元', 10, '2000', 10),
  e(B, ECN, '带动家电消费金额', '>=', '3.2', '亿元', 10, '3.65', 10),
  e(B, ENV, '回收废旧家电台数', '>=', '30000', '台', 10, '31200', 10),
  e(B, SUS, '废旧家电回收处置长效机制', Q, '健全', null, 10, '达成', 10),
  e(S, SAT, '以旧换新消费者满意度', '>=', '90', '%', 10, '95.2', 10),
];
const HROW = { units: 0, payout: 3, sales: 5, recycled: 6, mechanism: 7, satisfaction: 8 } as const;
const HGOAL = '2025年对购买一级能效家电产品的消费者给予以旧换新补贴，补贴家电40000台以上，组织60家以上销售企业参与，补贴资金15个工作日内兑付，'
  + '带动家电消费3.2亿元以上，回收废旧家电30000台以上，消费者满意度90%以上。';
const hOutcome = (units = 43520, sales = 3.65, recycled = 31200) =>
  `全年补贴家电产品${units}台，带动家电消费${sales}亿元，回收废旧家电${recycled}台。`;
const HBUDGET = money(2000, 3200, 3200, 100, 10, '年中追加第二批超长期特别国债以旧换新资金1200万元，全年资金已全部兑付');
const tradeIn = (indicators: Indicator[] = TRADE_IN, fields: Record<string, unknown> = {}) => pse({
  org: '区商务局', project_name: '2025年家电以旧换新补贴', goal: HGOAL, goal_outcome: hOutcome(), budget: HBUDGET,
  total_score: 100, conclusion: eConclusion(100, '优'), problems: '部分企业上传销售发票和回收凭证不规范，审核退回较多。',
  improvements: '开展企业申报培训，上线发票自动核验功能。', indicators, ...fields,
});
const CARRIED = '第四批补贴资金180万元于12月下旬下达，结转2026年兑付';
/** 3020 of 3200: 94.38%, 9.44; total 99.44. */
const LATE_BATCH = money(2000, 3200, 3020, 94.38, 9.44, CARRIED);
/** 兑付时限 against ≤15: 18 gives (1 − 3/15) × 10 = 8; 32 (≥ 2T) gives 0. */
const PAYOUT = (actual: string, score: number) =>
  patch(TRADE_IN, { [HROW.payout]: { actual, score, reason: '11月起申报量集中，平台审核及资金拨付排队' } });
const MECHANISM = (score: number) =>
  patch(TRADE_IN, { [HROW.mechanism]: { actual: '部分达成', score, reason: '回收网点与拆解企业对接机制尚未覆盖全部镇街' } });
/**
 * A weak year: 28000 of 40000 (7), 2.4 of 3.2 亿元 (7.5), 21000 of 30000 (7), 84% of 90% (9.33): rows 80.83; 2720 of 3200
 * (85%, 8.5): 89.33, 良.
 */
const WEAK = patch(TRADE_IN, {
  [HROW.units]: { actual: '28000', score: 7, reason: '上半年补贴政策衔接期暂停申报两个月' },
  [HROW.sales]: { actual: '2.4', score: 7.5, reason: '补贴品类调整后高单价产品销量下降' },
  [HROW.recycled]: { actual: '21000', score: 7, reason: '部分消费者未交售旧机，回收率低于预期' },
  [HROW.satisfaction]: { actual: '84', score: 9.33, reason: '申报暂停期间消费者投诉较多' },
});
const WEAK_FIELDS = (grade: string) => ({
  goal_outcome: hOutcome(28000, 2.4, 21000), total_score: 89.33, conclusion: eConclusion(89.33, grade),
  budget: money(2000, 3200, 2720, 85, 8.5, '申报暂停导致兑付减少，第四批补贴资金480万元结转2026年兑付'),
});

export const SET61_TRADE_IN_CASES: FormCase[] = [
  { id: 'S61-H01', sector: '以旧换新（干净，追加国债资金后全年3200万元全部执行）', form: tradeIn(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S61-H02', sector: '以旧换新（执行率100%，偏差原因说明上年结转和追加资金均已兑付）', expect: [], scoring: { total: 100, grade: '优' },
    form: tradeIn(TRADE_IN, { budget: { ...HBUDGET, reason: '全年预算含上年结转补贴资金120万元及追加超长期特别国债资金1080万元，均已兑付' } }),
  },
  {
    id: 'S61-H03', sector: '以旧换新（执行率按年初预算算成151%，得10分）', scoring: { total: 99.44, grade: '优' },
    expect: [F('budget_arithmetic', null, 'budget.execution_rate'), F('self_evaluation', null, 'budget.score'), TOTAL_OPT],
    form: tradeIn(TRADE_IN, { budget: money(2000, 3200, 3020, 151, 10, CARRIED) }),
  },
  {
    id: 'S61-H04', sector: '以旧换新（执行3020万元，执行率94.38%得9.44分，第四批资金结转）', expect: [], scoring: { total: 99.44, grade: '优' },
    form: tradeIn(TRADE_IN, { budget: LATE_BATCH, total_score: 99.44, conclusion: eConclusion(99.44, '优') }),
  },
  {
    id: 'S61-H05', sector: '以旧换新（兑付时限32个工作日超过≤15的2倍仍得满分）', scoring: { total: 90, grade: '优' },
    expect: [F('self_evaluation', HROW.payout, 'score'), TOTAL_OPT], form: tradeIn(PAYOUT('32', 10)),
  },
  {
    id: 'S61-H06', sector: '以旧换新（兑付时限18个工作日得8分，写明原因）', expect: [], scoring: { total: 98, grade: '优' },
    form: tradeIn(PAYOUT('18', 8), { total_score: 98, conclusion: eConclusion(98, '优') }),
  },
  {
    id: 'S61-H07', sector: '以旧换新（长效机制部分达成仍得满分10分）', expect: [F('self_evaluation', HROW.mechanism, 'score'), TOTAL_OPT],
    scoring: null, form: tradeIn(MECHANISM(10)),
  },
  {
    id: 'S61-H08', sector: '以旧换新（长效机制部分达成得7分，写明原因）', expect: [], scoring: { total: 97, grade: '优' },
    form: tradeIn(MECHANISM(7), { total_score: 97, conclusion: eConclusion(97, '优') }),
  },
  {
    id: 'S61-H09', sector: '以旧换新（四项未达标，总分89.33分评为优）', expect: [F('self_evaluation', null, 'conclusion')],
    scoring: { total: 89.33, grade: '良' }, form: tradeIn(WEAK, WEAK_FIELDS('优')),
  },
  { id: 'S61-H10', sector: '以旧换新（四项未达标，总分89.33分评为良）', expect: [], scoring: { total: 89.33, grade: '良' }, form: tradeIn(WEAK, WEAK_FIELDS('良')) },
  {
    id: 'S61-H11', sector: '以旧换新（存在问题写消费者姓名手机号）', expect: [F('private_data', null, 'problems')], scoring: { total: 100, grade: '优' },
    form: tradeIn(TRADE_IN, { problems: '个别消费者反映补贴到账慢，如张桂兰（手机13974125896）申报后25天未到账。' }),
  },
  {
    id: 'S61-H12', sector: '以旧换新（存在问题点名销售企业门店，无个人信息）', expect: [], scoring: { total: 100, grade: '优' },
    form: tradeIn(TRADE_IN, { problems: '国美电器五一广场店等3家门店上传发票与回收凭证不一致，已暂停其申报资格。' }),
  },
];
