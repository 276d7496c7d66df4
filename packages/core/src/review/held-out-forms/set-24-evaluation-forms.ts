import type { Indicator } from '../../forms/forms-schema';
import { B, C, dse, e, ECO, F, type FormCase, KC, LZ, NUM, O, patch, Q, QUA, s, S, SAT, SOC, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 24 (issue 3), 部门整体支出绩效自评表 at year end: sheets with targets (退役军人事务, 档案) and a 财政部-style
 * score sheet (市场监管) with 偏差原因及改进措施. Written before reading any code under review/; readings in set-24-cases.ts.
 */
const ME = '管理效率';
const sr = (level1: string, level2: string | null, name: string, weight: number, score: number, reason: string | null = null): Indicator =>
  ({ ...s(level1, level2, name, weight, score), reason });

/** 区退役军人事务局 整体自评 with targets, every target met: 100. */
const VETE = [
  e(O, NUM, '走访慰问重点优抚对象', '>=', '3200', '人次', 15, '3260', 15), e(O, NUM, '退役军人职业技能培训', '>=', '800', '人', 10, '812', 10),
  e(O, QUA, '优抚金发放准确率', '=', '100', '%', 10, '100%', 10), e(O, TIM, '优待证申领办理时限', '<=', '15', '个工作日', 10, '12', 10),
  e(C, ECO, '人均培训成本', '<=', '2500', '元', 5, '2430', 5), e(B, SOC, '参训退役军人就业率', '>=', '90', '%', 15, '91.5%', 15),
  e(B, SUS, '退役军人服务保障体系', Q, '持续完善', null, 15, '达成', 15), e(S, SAT, '退役军人满意度', '>=', '92', '%', 20, '95.2%', 20),
];
const VET_GOAL = '走访慰问重点优抚对象3200人次，开展退役军人职业技能培训800人，优抚金发放准确率100%，参训退役军人就业率达到90%以上。';
const vete = (fields: Record<string, unknown> = {}, indicators = VETE) =>
  dse({ org: '区退役军人事务局', goal: VET_GOAL, total_score: 100, indicators, ...fields });
/** 走访 3000 of 3200人次: 15 × 3000/3200 = 14.06. */
const VET_SHORT = { actual: '3000', score: 14.06 };

/** 财政部-style score sheet, 履职效能 tree, 100 points, rows scoring 97.6. */
const MSHEET = [
  sr(LZ, '重点工作履行情况', '年度重点工作完成率', 20, 19, '个别专项整治行动延至次年一季度完成，下年度提前部署。'),
  sr(LZ, '履职目标实现', '监管任务完成率', 15, 15), sr(LZ, '履职目标实现', '抽检任务完成质量', 10, 10),
  sr(ME, '预算执行', '预算执行率', 10, 9.6, '部分检验设备采购年底未完成支付，下年度加快支出进度。'),
  sr(ME, '预算管理', '预算编制准确性', 5, 5), sr(ME, '资产管理', '资产管理规范性', 5, 5),
  sr(SX, '社会效益', '社会效益实现情况', 15, 15),
  sr(SX, '服务对象满意度', '服务对象满意度', 10, 9, '满意度调查得分90分，企业对检查频次仍有意见。'),
  sr(KC, '可持续影响', '长效机制建设', 10, 10),
];
const MKT_GOAL = '完成食品安全监督抽检4800批次，双随机抽查市场主体1200户，新培育放心消费示范单位120家，不发生重大食品安全事故。';
const msheet = (fields: Record<string, unknown> = {}, indicators = MSHEET) =>
  dse({ org: '区市场监督管理局', goal: MKT_GOAL, total_score: 97.6, indicators, ...fields });

/** 区档案馆 整体自评 with targets, every target met: 100. */
const ARCE = [
  e(O, NUM, '馆藏档案数字化', '>=', '120', '万页', 15, '126', 15), e(O, NUM, '接收进馆档案', '>=', '1.5', '万卷', 10, '1.62', 10),
  e(O, QUA, '数字化成果质检合格率', '>=', '99', '%', 10, '99.4%', 10), e(O, TIM, '档案查阅利用办结时限', '<=', '3', '个工作日', 10, '2', 10),
  e(C, ECO, '每页数字化加工成本', '<=', '0.45', '元', 5, '0.43', 5), e(B, SOC, '提供档案查阅利用服务', '>=', '6000', '人次', 15, '6350', 15),
  e(B, SUS, '档案安全保管', Q, '持续安全', null, 10, '达成', 10), e(S, SAT, '查档群众满意度', '>=', '95', '%', 25, '97.1%', 25),
];
const ARC_GOAL = '完成馆藏档案数字化120万页，接收进馆档案1.5万卷，提供档案查阅利用服务6000人次，数字化成果质检合格率99%以上。';
const arce = (fields: Record<string, unknown> = {}, indicators = ARCE) =>
  dse({ org: '区档案馆', goal: ARC_GOAL, total_score: 100, indicators, ...fields });

export const SET24_DEPARTMENT_SELF_EVALUATION_CASES: FormCase[] = [
  // 退役军人事务 with targets
  { id: 'S24-G01', sector: '退役军人整体自评（全部达成）', form: vete(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S24-G02', sector: '退役军人整体自评（走访3000人次有原因）', expect: [], scoring: { total: 99.06, grade: '优' },
    form: vete({ total_score: 99.06 }, patch(VETE, { 0: { ...VET_SHORT, reason: '部分优抚对象年内病故或迁出，走访人次减少。' } })),
  },
  { id: 'S24-G03', sector: '退役军人整体自评（年度目标照抄上年：2024年）', form: vete({ goal: `2024年${VET_GOAL}` }), expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 100, grade: '优' } },
  {
    id: 'S24-G04', sector: '退役军人整体自评（偏差原因写优抚对象姓名）', expect: [F('private_data', 0, 'reason')], scoring: { total: 99.06, grade: '优' },
    form: vete({ total_score: 99.06 }, patch(VETE, { 0: { ...VET_SHORT, reason: '优抚对象孙德海、冯玉兰等年内病故，走访人次减少。' } })),
  },
  { id: 'S24-G05', sector: '退役军人整体自评（目标写示范服务站10个无指标）', form: vete({ goal: `${VET_GOAL}建成示范型退役军人服务站10个。` }), expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 100, grade: '优' } },
  { id: 'S24-G06', sector: '退役军人整体自评（目标写三千二百人次、八百人）', form: vete({ goal: VET_GOAL.replace('3200人次', '三千二百人次').replace('800人', '八百人') }), expect: [], scoring: { total: 100, grade: '优' } },
  { id: 'S24-G07', sector: '退役军人整体自评（未完成无原因）', form: vete({ total_score: 99.06 }, patch(VETE, { 0: VET_SHORT })), expect: [F('self_evaluation', 0, null)], scoring: { total: 99.06, grade: '优' } },
  {
    id: 'S24-G08', sector: '退役军人整体自评（3000人次得14.5，应为14.06）', expect: [F('self_evaluation', 0, null), F('self_evaluation', null, null, true)],
    form: vete({ total_score: 99.5 }, patch(VETE, { 0: { actual: '3000', score: 14.5, reason: '部分优抚对象迁出。' } })),
  },
  // 市场监管 score sheet (no targets: its goal is not held to the rows)
  { id: 'S24-G09', sector: '市场监管整体自评（评分表干净，目标有数）', form: msheet(), expect: [] },
  {
    id: 'S24-G10', sector: '市场监管整体自评（偏差原因写投诉人电话）', expect: [F('private_data', 7, 'reason')],
    form: msheet({}, patch(MSHEET, { 7: { reason: '投诉人黄丽娟（电话13594561234）对处理结果不满意，已回访解释。' } })),
  },
  { id: 'S24-G11', sector: '市场监管整体自评（扣分无原因）', form: msheet({ total_score: 96.6 }, patch(MSHEET, { 6: { score: 14 } })), expect: [F('self_evaluation', 6, null)] },
  { id: 'S24-G12', sector: '市场监管整体自评（总分写98.6，应为97.6）', form: msheet({ total_score: 98.6 }), expect: [F('self_evaluation', null, null)] },
  { id: 'S24-G13', sector: '市场监管整体自评（满意度放在履职效能下）', form: msheet({}, patch(MSHEET, { 7: { level1: LZ } })), expect: [F('levels', 7, null)] },
  {
    id: 'S24-G14', sector: '市场监管整体自评（偏差原因写张某、李**）', expect: [],
    form: msheet({}, patch(MSHEET, { 0: { reason: '个别商户（张某、李**）整改滞后，专项整治延至次年完成。' } })),
  },
  // 档案 with targets
  { id: 'S24-G15', sector: '档案整体自评（全部达成）', form: arce(), expect: [], scoring: { total: 100, grade: '优' } },
  { id: 'S24-G16', sector: '档案整体自评（得分12高于分值10）', form: arce({ total_score: 102 }, patch(ARCE, { 1: { score: 12 } })), expect: [F('self_evaluation', 1, null), F('self_evaluation', null, null, true)] },
  { id: 'S24-G17', sector: '档案整体自评（目标写1200000页、15000卷）', form: arce({ goal: ARC_GOAL.replace('120万页', '1200000页').replace('1.5万卷', '15000卷') }), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S24-G18', sector: '档案整体自评（权重合计105）', expect: [F('weights', null, null), F('self_evaluation', null, null, true)],
    form: arce({ total_score: 105 }, patch(ARCE, { 7: { weight: 30, score: 30 } })),
  },
  {
    id: 'S24-G19', sector: '档案整体自评（偏差原因写查档人身份证）', expect: [F('private_data', 5, 'reason')], scoring: { total: 99.5, grade: '优' },
    form: arce({ total_score: 99.5 }, patch(ARCE, { 5: { actual: '5800', score: 14.5, reason: '查档人次下降，其中查档人何丽萍（身份证号500105197603152247）重复登记已剔除。' } })),
  },
  {
    id: 'S24-G20', sector: '档案整体自评（2025年、较2024年有所增长）', expect: [], scoring: { total: 100, grade: '优' },
    form: arce({ goal: '2025年完成馆藏档案数字化120万页，接收进馆档案1.5万卷，提供档案查阅利用服务6000人次，较2024年有所增长。' }),
  },
];
