import type { Indicator } from '../../forms/forms-schema';
import { B, C, dse, e, ECN, ECO, F, type FormCase, LZ, NUM, O, patch, Q, QUA, S, s, SAT, SOC, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 48F (session 22), 部门整体支出绩效自评表 with targets (年度指标值, 实际完成值, 分值, 得分, 偏差原因): 区人防办 on the
 * 2024 department tree (履职效能 / 管理效率 / 社会效应 / 满意度, 部门预算执行率 under 管理效率) and 区乡村振兴局 on the project
 * framework (产出 / 成本 / 效益 / 满意度 + a 年度预算执行 line, 年初预算/全年预算/全年执行 in its 指标解释), 2025, filed 2026.
 * Written before reading any check code; readings and measurements in set-48-cases.ts.
 */
const ME = '管理效率';

/** 区人防办, every target met: 100. */
const DEFENCE = [
  e(LZ, NUM, '新建人防工程面积', '>=', '3.2', '万平方米', 15, '3.35', 15),
  e(LZ, NUM, '人防警报器维护数量', '>=', '86', '台', 10, '86', 10),
  e(LZ, QUA, '警报试鸣音响覆盖率', '>=', '95', '%', 10, '96.8%', 10),
  e(LZ, TIM, '人防工程质量监督报告出具时限', '<=', '15', '个工作日', 10, '12', 10),
  e(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10, '97.4%', 10),
  e(ME, '资产管理', '人防工程资产登记率', '=', '100', '%', 5, '100%', 5),
  e(SX, SOC, '人防宣传教育覆盖人次', '>=', '2.5', '万人次', 15, '2.62', 15),
  e(SX, SUS, '人防工程平战结合利用机制', Q, '持续完善', null, 5, '达成', 5),
  e('满意度', SAT, '群众对人防工作满意度', '>=', '90', '%', 20, '93.1%', 20),
];
const DEFENCE_GOAL = '全年新建人防工程3.2万平方米，维护人防警报器86台，警报试鸣音响覆盖率95%以上，开展人防宣传教育2.5万人次，群众满意度90%以上。';
const defence = (indicators: Indicator[] = DEFENCE, fields: Record<string, unknown> = {}) =>
  dse({ org: '区人防办', goal: DEFENCE_GOAL, total_score: 100, indicators, ...fields });
/** 2.9 of 3.2 万平方米: 15 × 2.9/3.2 = 13.59; total 98.59. */
const SHORT = { actual: '2.9', score: 13.59 };
const SHORT_REASON = '1处结建人防工程因主体建筑停工未能竣工';

/** 区乡村振兴局, every target met; the budget line at 98.6%: 99.86. */
const RURAL = [
  e(O, NUM, '脱贫人口小额信贷发放户数', '>=', '420', '户', 15, '436', 15),
  e(O, NUM, '衔接资金项目实施个数', '>=', '38', '个', 10, '38', 10),
  e(O, QUA, '衔接资金项目验收合格率', '>=', '95', '%', 10, '97.4%', 10),
  e(O, TIM, '衔接资金拨付及时率', '>=', '95', '%', 10, '98.2%', 10),
  e(C, ECO, '“三公”经费支出增长率', '<=', '0', '%', 5, '-2.6%', 5),
  e(B, ECN, '脱贫人口人均纯收入增幅', '>=', '8', '%', 10, '9.1%', 10),
  e(B, SOC, '防止返贫动态监测帮扶覆盖率', '=', '100', '%', 10, '100%', 10),
  e(B, SUS, '联农带农利益联结机制', Q, '持续健全', null, 5, '达成', 5),
  e(S, SAT, '脱贫群众满意度', '>=', '90', '%', 15, '94.6%', 15),
  { ...e('预算执行', '预算执行', '年度预算执行率', '=', '100', '%', 10, '98.6%', 9.86), description: '年初预算2860万元，全年预算3125.4万元，全年执行3081.6万元' },
];
const RB = 9;
const RURAL_GOAL = '全年发放脱贫人口小额信贷420户以上，实施衔接资金项目38个，衔接资金拨付及时率95%以上，脱贫人口人均纯收入增幅8%以上，脱贫群众满意度90%以上。';
const rural = (indicators: Indicator[] = RURAL, fields: Record<string, unknown> = {}) =>
  dse({ org: '区乡村振兴局', goal: RURAL_GOAL, total_score: 99.86, indicators, ...fields });
/** 398 of 420 户: 15 × 398/420 = 14.21; total 99.07. */
const LOAN = { actual: '398', score: 14.21 };
const LOAN_REASON = '部分脱贫户无贷款需求，主动放弃申请';

export const SET48_TARGET_CASES: FormCase[] = [
  // 区人防办
  { id: 'S48-P01', sector: '人防办整体自评（干净）', form: defence(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S48-P02', sector: '人防办整体自评（预算执行率88.6%仍给满分）', scoring: { total: 99.33, grade: '优' },
    expect: [F('self_evaluation', 4, 'score'), F('self_evaluation', 4, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    form: defence(patch(DEFENCE, { 4: { actual: '88.6%' } })),
  },
  { id: 'S48-P03', sector: '人防办整体自评（预算执行率写99.99%）', form: defence(patch(DEFENCE, { 4: { actual: '99.99%' } })), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S48-P04', sector: '人防办整体自评（预算执行率93%得9.79有原因）', expect: [], scoring: { total: 99.79, grade: '优' },
    form: defence(patch(DEFENCE, { 4: { actual: '93%', score: 9.79, reason: '2个人防工程结算审计未完成，尾款未支付' } }), { total_score: 99.79 }),
  },
  {
    // Label re-read (set 15's reading, budgetReasonBelowRate): a budget line at 93% owes no reason; only below 90% does.
    id: 'S48-P05', sector: '人防办整体自评（预算执行率93%得9.79无原因）', expect: [], scoring: { total: 99.79, grade: '优' },
    form: defence(patch(DEFENCE, { 4: { actual: '93%', score: 9.79 } }), { total_score: 99.79 }),
  },
  {
    id: 'S48-P06', sector: '人防办整体自评（新建2.9万平方米扣分有原因）', expect: [], scoring: { total: 98.59, grade: '优' },
    form: defence(patch(DEFENCE, { 0: { ...SHORT, reason: SHORT_REASON } }), { total_score: 98.59 }),
  },
  {
    id: 'S48-P07', sector: '人防办整体自评（总分印一位小数98.6）', expect: [], scoring: { total: 98.59, grade: '优' },
    form: defence(patch(DEFENCE, { 0: { ...SHORT, reason: SHORT_REASON } }), { total_score: 98.6 }),
  },
  { id: 'S48-P08', sector: '人防办整体自评（总分写99，应为100）', form: defence(DEFENCE, { total_score: 99 }), expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 100, grade: '优' } },
  {
    id: 'S48-P09', sector: '人防办整体自评（平战结合部分达成给满分5）', expect: [F('self_evaluation', 7, 'score')], scoring: null,
    form: defence(patch(DEFENCE, { 7: { actual: '部分达成', reason: '2处工程平时利用协议未签订' } })),
  },
  {
    id: 'S48-P10', sector: '人防办整体自评（目标写建设疏散基地2处无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 100, grade: '优' },
    form: defence(DEFENCE, { goal: `${DEFENCE_GOAL.slice(0, -1)}，建设人口疏散基地2处。` }),
  },
  {
    id: 'S48-P11', sector: '人防办整体自评（偏差原因写项目经理手机）', expect: [F('private_data', 0, 'reason')], scoring: { total: 98.59, grade: '优' },
    form: defence(patch(DEFENCE, { 0: { ...SHORT, reason: '施工单位项目经理刘振东（13883451276）擅自停工，1处工程未竣工' } }), { total_score: 98.59 }),
  },
  {
    id: 'S48-P12', sector: '人防办整体自评（满意度分值写15，合计95）', expect: [F('weights', null, 'weight'), F('self_evaluation', null, 'total_score', true)],
    form: defence(patch(DEFENCE, { 8: { weight: 15, score: 15 } }), { total_score: 95 }),
  },
  {
    id: 'S48-P13', sector: '人防办整体自评（无满意度指标）', expect: [F('coverage', null, null)], scoring: { total: 100, grade: '优' },
    form: defence(patch(DEFENCE, { 8: { level1: SX, level2: SOC, name: '人防工程战时掩蔽面积人均', comparator: '>=', target: '1', unit: '平方米', actual: '1.12' } }),
      { goal: DEFENCE_GOAL.replace('，群众满意度90%以上', '') }),
  },
  {
    id: 'S48-P14', sector: '人防办整体自评（扣分项扣1分有原因）', expect: [], scoring: { total: 99, grade: '优' },
    form: defence([...DEFENCE, { ...s('扣分项', '扣分项', '违反财经纪律扣分', -5, -1), reason: '巡察发现1笔培训费超标准' }], { total_score: 99 }),
  },
  {
    id: 'S48-P15', sector: '人防办整体自评（四项未达标均有原因，总分88.86为良）', expect: [], scoring: { total: 88.86, grade: '良' },
    form: defence(patch(DEFENCE, {
      0: { actual: '2.4', score: 11.25, reason: '2处结建工程随主体建筑缓建' },
      1: { actual: '70', score: 8.14, reason: '16台警报器随旧城改造拆除待迁建' },
      6: { actual: '1.8', score: 10.8, reason: '疫情后集中宣传活动减少' },
      8: { actual: '84%', score: 18.67, reason: '部分群众对工程占道施工不满' },
    }), { total_score: 88.86 }),
  },
  { id: 'S48-P16', sector: '人防办整体自评（预算执行率恰为95%）', form: defence(patch(DEFENCE, { 4: { actual: '95%' } })), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S48-P17', sector: '人防办整体自评（每个一级后印「小计」行）', expect: [], scoring: { total: 100, grade: '优' },
    form: defence([LZ, ME, SX, '满意度'].flatMap((g) => {
      const rows = DEFENCE.filter((row) => row.level1 === g);
      const w = rows.reduce((a, row) => a + (row.weight ?? 0), 0);
      return [...rows, s(g, null, '小计', w, w)];
    })),
  },
  // 区乡村振兴局
  { id: 'S48-R01', sector: '乡村振兴局整体自评（干净，执行率98.6%得9.86）', form: rural(), expect: [], scoring: { total: 99.86, grade: '优' } },
  {
    id: 'S48-R02', sector: '乡村振兴局整体自评（执行率写99.99%得10分）', expect: [], scoring: { total: 100, grade: '优' },
    form: rural(patch(RURAL, { [RB]: { actual: '99.99%', score: 10 } }), { total_score: 100 }),
  },
  {
    id: 'S48-R03', sector: '乡村振兴局整体自评（执行率82.3%得8.23无原因）', expect: [F('self_evaluation', RB, 'reason')], scoring: { total: 98.23, grade: '优' },
    form: rural(patch(RURAL, { [RB]: { actual: '82.3%', score: 8.23 } }), { total_score: 98.23 }),
  },
  {
    id: 'S48-R04', sector: '乡村振兴局整体自评（执行率82.3%预算执行给10分）', scoring: { total: 98.23, grade: '优' },
    expect: [F('self_evaluation', RB, 'score'), F('self_evaluation', RB, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    form: rural(patch(RURAL, { [RB]: { actual: '82.3%', score: 10 } }), { total_score: 100 }),
  },
  {
    id: 'S48-R05', sector: '乡村振兴局整体自评（执行率82.3%得8.23有原因）', expect: [], scoring: { total: 98.23, grade: '优' },
    form: rural(patch(RURAL, { [RB]: { actual: '82.3%', score: 8.23, reason: '2个产业项目因用地审批延期，资金结转次年' } }), { total_score: 98.23 }),
  },
  {
    id: 'S48-R06', sector: '乡村振兴局整体自评（小额信贷398户扣分无原因）', expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 99.07, grade: '优' },
    form: rural(patch(RURAL, { 0: LOAN }), { total_score: 99.07 }),
  },
  {
    id: 'S48-R07', sector: '乡村振兴局整体自评（小额信贷398户扣分有原因）', expect: [], scoring: { total: 99.07, grade: '优' },
    form: rural(patch(RURAL, { 0: { ...LOAN, reason: LOAN_REASON } }), { total_score: 99.07 }),
  },
  {
    id: 'S48-R08', sector: '乡村振兴局整体自评（满意度得16分超过分值15）', expect: [F('self_evaluation', 8, 'score'), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 99.86, grade: '优' }, form: rural(patch(RURAL, { 8: { score: 16 } }), { total_score: 100.86 }),
  },
  { id: 'S48-R09', sector: '乡村振兴局整体自评（总分写98.86）', form: rural(RURAL, { total_score: 98.86 }), expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.86, grade: '优' } },
  { id: 'S48-R10', sector: '乡村振兴局整体自评（总分印一位小数99.9）', form: rural(RURAL, { total_score: 99.9 }), expect: [], scoring: { total: 99.86, grade: '优' } },
  {
    id: 'S48-R11', sector: '乡村振兴局整体自评（扣分项扣1分，总分98.86）', expect: [], scoring: { total: 98.86, grade: '优' },
    form: rural([...RURAL, { ...s('扣分项', null, '扣分项：审计发现问题', 5, 1), reason: '审计发现1个项目资产未及时移交' }], { total_score: 98.86 }),
  },
  {
    id: 'S48-R12', sector: '乡村振兴局整体自评（目标写培训脱贫劳动力1200人次无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.86, grade: '优' },
    form: rural(RURAL, { goal: `${RURAL_GOAL.slice(0, -1)}，培训脱贫劳动力1200人次。` }),
  },
  {
    id: 'S48-R13', sector: '乡村振兴局整体自评（偏差原因写脱贫户身份证号）', expect: [F('private_data', 0, 'reason')], scoring: { total: 99.07, grade: '优' },
    form: rural(patch(RURAL, { 0: { ...LOAN, reason: '脱贫户杨再兴（身份证500242198304126418）等逾期未还，暂停放贷' } }), { total_score: 99.07 }),
  },
  {
    id: 'S48-R14', sector: '乡村振兴局整体自评（项目实施个数指标重复）', expect: [F('names', 2, null), F('self_evaluation', 2, null, true)],
    form: rural(patch(RURAL, { 2: { name: '衔接资金项目实施个数', comparator: '>=', target: '38', unit: '个', actual: '38' } })),
  },
  {
    // Label re-read (S43-G10): a weight of 0 is reported on its row as well as in the total.
    id: 'S48-R15', sector: '乡村振兴局整体自评（联农带农分值写0，合计95）', expect: [F('weights', null, 'weight'), F('weights', 7, 'weight')],
    form: rural(patch(RURAL, { 7: { weight: 0, score: 0 } }), { total_score: 94.86 }),
  },
  {
    id: 'S48-R16', sector: '乡村振兴局整体自评（无满意度指标）', expect: [F('coverage', null, null)], scoring: { total: 99.86, grade: '优' },
    form: rural(patch(RURAL, { 8: { level1: B, level2: SOC, name: '脱贫劳动力务工就业规模', comparator: '>=', target: '1.6', unit: '万人', actual: '1.68' } }),
      { goal: RURAL_GOAL.replace('，脱贫群众满意度90%以上', '') }),
  },
  {
    id: 'S48-R17', sector: '乡村振兴局整体自评（三公经费增长3.5%得0分有原因）', expect: [], scoring: { total: 94.86, grade: '优' },
    form: rural(patch(RURAL, { 4: { actual: '3.5%', score: 0, reason: '迎接国家巩固脱贫成果后评估，接待批次增加' } }), { total_score: 94.86 }),
  },
  {
    id: 'S48-R18', sector: '乡村振兴局整体自评（联农带农部分达成3.5分有原因）', expect: [], scoring: { total: 98.36, grade: '优' },
    form: rural(patch(RURAL, { 7: { actual: '部分达成', score: 3.5, reason: '3个村集体经济组织分红机制未落实' } }), { total_score: 98.36 }),
  },
];
