import type { Indicator } from '../../forms/forms-schema';
import { B, C, e, ECO, F, type FormCase, NUM, O, patch, pse, QUA, S, SAT, SOC, SUS, TIM } from './form-case-types';
import { money } from './set-61-equipment-tradein-evaluation-forms';

/**
 * Held-out set 61F (session 26), 2025 项目支出绩效自评表 of three more new-type projects: 老旧燃气管网更新改造 on 专项债券 (Z,
 * 区住房和城乡建设局, 质保金 and 结算审计 money carried to 2026), the 「一网统管」城市运行管理平台 (D, 区政务服务和数据管理局,
 * 数字政府) and 普惠托育机构运营补贴 (C, 区卫生健康局). Written before reading any code under review/ or scoring/; readings in
 * set-61-cases.ts.
 */
const conclusion = (total: number, grade: string) => `综上，本项目自评总分${total}分，自评等级为${grade}。`;
const TOTAL_OPT = F('self_evaluation', null, 'total_score', true);

/** Every row met: 90 + 5400 of 6000 (90.00%, 9) = 99. */
const GAS = [
  e(O, NUM, '改造老旧燃气管网长度', '>=', '42', '公里', 15, '43.6', 15),
  e(O, NUM, '改造老旧小区户内燃气设施户数', '>=', '8600', '户', 10, '8820', 10),
  e(O, QUA, '工程质量验收合格率', '=', '100', '%', 10, '100', 10),
  e(O, TIM, '年度工程完工率', '>=', '100', '%', 10, '100', 10),
  e(C, ECO, '每公里管网改造综合成本', '<=', '130', '万元', 10, '124.5', 10),
  e(B, SOC, '改造区域燃气安全事故起数', '=', '0', '起', 10, '0', 10),
  e(B, SUS, '项目收益对专项债券本息覆盖倍数', '>=', '1.2', '倍', 10, '1.26', 10),
  e(S, SAT, '改造小区居民满意度', '>=', '90', '%', 15, '92.4', 15),
];
const ZROW = { cost: 4, accidents: 5 } as const;
const ZGOAL = '2025年使用专项债券资金改造老旧燃气管网42公里以上、老旧小区户内燃气设施8600户以上，工程验收合格率100%，'
  + '改造区域全年燃气安全事故为0，居民满意度90%以上。';
const Z_OUTCOME = '完成老旧燃气管网改造43.6公里、户内燃气设施改造8820户，工程全部验收合格，改造区域未发生燃气安全事故。';
const ZBUDGET = money(6000, 6000, 5400, 90, 9, '工程按进度结算，质保金及结算审计后应付款600万元结转2026年支付');
const gas = (indicators: Indicator[] = GAS, fields: Record<string, unknown> = {}) => pse({
  org: '区住房和城乡建设局', project_name: '城区老旧燃气管网更新改造（专项债券项目）', goal: ZGOAL, goal_outcome: Z_OUTCOME, budget: ZBUDGET,
  total_score: 99, conclusion: conclusion(99, '优'), problems: '部分路段与供水、通信管线交叉，迁改协调耗时较长。',
  improvements: '建立管线迁改联席会议机制，提前开展地下管线探测。', indicators, ...fields,
});
/** 每公里成本 138 against ≤130: (1 − 8/130) × 10 = 9.38; total 98.38. */
const COST = (score: number) => patch(GAS, { [ZROW.cost]: { actual: '138', score, reason: '钢材价格上涨，部分路段需破除混凝土路面' } });
/** 5400 of 5500 after a cut (调减): 98.18%, 9.82; total 99.82. */
const CUT = (execution_rate: number, score: number) =>
  money(6000, 5500, 5400, execution_rate, score, '年中调减专项债券额度500万元；质保金100万元结转2026年支付');

export const SET61_GAS_CASES: FormCase[] = [
  { id: 'S61-Z01', sector: '燃气管网专项债（干净，执行率90%，质保金结转）', form: gas(), expect: [], scoring: { total: 99, grade: '优' } },
  {
    id: 'S61-Z02', sector: '燃气管网专项债（每公里成本138万元超过≤130仍得满分）', expect: [F('self_evaluation', ZROW.cost, 'score'), TOTAL_OPT],
    scoring: { total: 98.38, grade: '优' }, form: gas(COST(10)),
  },
  {
    id: 'S61-Z03', sector: '燃气管网专项债（每公里成本138万元得9.38分，写明原因）', expect: [], scoring: { total: 98.38, grade: '优' },
    form: gas(COST(9.38), { total_score: 98.38, conclusion: conclusion(98.38, '优') }),
  },
  {
    id: 'S61-Z04', sector: '燃气管网专项债（发生1起燃气事故，目标为0仍得满分）', scoring: { total: 89, grade: '良' },
    expect: [F('self_evaluation', ZROW.accidents, 'score'), TOTAL_OPT, F('self_evaluation', null, 'conclusion', true)],
    form: gas(patch(GAS, { [ZROW.accidents]: { actual: '1', score: 10, reason: '第三方施工挖断中压管道引发泄漏，未造成人员伤亡' } }), {
      goal_outcome: '完成老旧燃气管网改造43.6公里、户内燃气设施改造8820户，工程全部验收合格；改造区域发生1起第三方施工挖断管道泄漏事故。',
    }),
  },
  {
    id: 'S61-Z05', sector: '燃气管网专项债（执行率84%低于90%，偏差原因空白）', expect: [F('self_evaluation', null, 'budget.reason')],
    scoring: { total: 98.4, grade: '优' },
    form: gas(GAS, { budget: money(6000, 6000, 5040, 84, 8.4, null), total_score: 98.4, conclusion: conclusion(98.4, '优') }),
  },
  {
    id: 'S61-Z06', sector: '燃气管网专项债（执行率84%，写明管线迁改滞后工程款结转）', expect: [], scoring: { total: 98.4, grade: '优' },
    form: gas(GAS, {
      budget: money(6000, 6000, 5040, 84, 8.4, '2个片区因道路管线迁改滞后，工程款960万元结转2026年支付'), total_score: 98.4, conclusion: conclusion(98.4, '优'),
    }),
  },
  {
    id: 'S61-Z07', sector: '燃气管网专项债（年中调减至5500万元，执行率98.18%）', expect: [], scoring: { total: 99.82, grade: '优' },
    form: gas(GAS, { budget: CUT(98.18, 9.82), total_score: 99.82, conclusion: conclusion(99.82, '优') }),
  },
  {
    id: 'S61-Z08', sector: '燃气管网专项债（调减后仍按年初6000万元算执行率90%）', scoring: { total: 99.82, grade: '优' },
    expect: [F('budget_arithmetic', null, 'budget.execution_rate'), F('self_evaluation', null, 'budget.score'), TOTAL_OPT],
    form: gas(GAS, { budget: CUT(90, 9) }),
  },
];

/** Every row met: 90 + 851.4 of 860 (99.00%, 9.9) = 99.9. */
const PLATFORM = [
  e(O, NUM, '接入部门业务系统数', '>=', '35', '个', 15, '38', 15),
  e(O, NUM, '汇聚城市运行数据量', '>=', '1.2', '亿条', 10, '1.46', 10),
  e(O, QUA, '平台系统可用率', '>=', '99.5', '%', 10, '99.92', 10),
  e(O, TIM, '城市运行事件平均处置时长', '<=', '24', '小时', 10, '18.5', 10),
  e(C, ECO, '平台年度运维费用', '<=', '320', '万元', 10, '318', 10),
  e(B, SOC, '城市运行事件按期办结率', '>=', '95', '%', 10, '97.3', 10),
  e(B, SUS, '数据共享接口调用次数', '>=', '500', '万次', 10, '612', 10),
  e(S, SAT, '部门使用人员满意度', '>=', '90', '%', 15, '94', 15),
];
const DROW = { systems: 0, handling: 3 } as const;
const DGOAL = '2025年「一网统管」平台接入部门业务系统35个以上，汇聚城市运行数据1.2亿条以上，平台可用率99.5%以上，'
  + '城市运行事件平均处置时长24小时以内，按期办结率95%以上，部门使用人员满意度90%以上。';
const dOutcome = (systems = 38) => `平台累计接入部门业务系统${systems}个，汇聚数据1.46亿条，全年事件按期办结率97.3%。`;
const DBUDGET = money(860, 860, 851.4, 99, 9.9, null);
const platform = (indicators: Indicator[] = PLATFORM, fields: Record<string, unknown> = {}) => pse({
  org: '区政务服务和数据管理局', project_name: '「一网统管」城市运行管理平台建设及运维', goal: DGOAL, goal_outcome: dOutcome(), budget: DBUDGET,
  total_score: 99.9, conclusion: conclusion(99.9, '优'), problems: '部分街道网格员对平台移动端使用不熟练，12345热线转派工单存在重复派单。',
  improvements: '开展网格员分批实操培训，优化工单自动分拨规则。', indicators, ...fields,
});
/** 处置时长 30 against ≤24: (1 − 6/24) × 10 = 7.5; total 97.4. */
const HANDLING = (score: number) =>
  patch(PLATFORM, { [DROW.handling]: { actual: '30', score, reason: '汛期暴雨内涝事件集中，跨部门协同处置耗时较长' } });
/** Systems short of 35: 32 gives 15 × 32/35 = 13.71 (total 98.61); 34 gives 14.57 (total 99.47). */
const SYSTEMS = (actual: string, score: number, reason: string | null) => patch(PLATFORM, { [DROW.systems]: { actual, score, reason } });

export const SET61_PLATFORM_CASES: FormCase[] = [
  { id: 'S61-D01', sector: '一网统管平台（干净，执行率99%）', form: platform(), expect: [], scoring: { total: 99.9, grade: '优' } },
  {
    id: 'S61-D02', sector: '一网统管平台（平均处置时长30小时超过≤24仍得满分）', expect: [F('self_evaluation', DROW.handling, 'score'), TOTAL_OPT],
    scoring: { total: 97.4, grade: '优' }, form: platform(HANDLING(10)),
  },
  {
    id: 'S61-D03', sector: '一网统管平台（平均处置时长30小时得7.5分，写明原因）', expect: [], scoring: { total: 97.4, grade: '优' },
    form: platform(HANDLING(7.5), { total_score: 97.4, conclusion: conclusion(97.4, '优') }),
  },
  {
    // The total was first written 97.61, a slip of mine (13.71 + 75 + 9.9 = 98.61): corrected after the first measurement.
    id: 'S61-D04', sector: '一网统管平台（接入系统32个未达35个，偏差原因空白）', expect: [F('self_evaluation', DROW.systems, 'reason')],
    scoring: { total: 98.61, grade: '优' },
    form: platform(SYSTEMS('32', 13.71, null), { goal_outcome: dOutcome(32), total_score: 98.61, conclusion: conclusion(98.61, '优') }),
  },
  {
    id: 'S61-D05', sector: '一网统管平台（接入系统34个差1个，写明国产化改造暂缓接入）', expect: [], scoring: { total: 99.47, grade: '优' },
    form: platform(SYSTEMS('34', 14.57, '卫健部门1个业务系统因国产化改造暂缓接入'), {
      goal_outcome: dOutcome(34), total_score: 99.47, conclusion: conclusion(99.47, '优'),
    }),
  },
  {
    id: 'S61-D06', sector: '一网统管平台（总分写98.9分，各部分合计99.9分）', expect: [F('self_evaluation', null, 'total_score')],
    scoring: { total: 99.9, grade: '优' }, form: platform(PLATFORM, { total_score: 98.9, conclusion: conclusion(98.9, '优') }),
  },
  {
    id: 'S61-D07', sector: '一网统管平台（年度目标写接入40个系统，指标为≥35个）', expect: [F('goal_vs_indicators', null, 'goal')],
    scoring: { total: 99.9, grade: '优' }, form: platform(PLATFORM, { goal: DGOAL.replace('35个以上', '40个以上') }),
  },
  {
    id: 'S61-D08', sector: '一网统管平台（执行851.37万元，执行率取整写99%）', expect: [], scoring: { total: 99.9, grade: '优' },
    form: platform(PLATFORM, { budget: { ...DBUDGET, executed_wan: 851.37 } }),
  },
];

/** Every row met: 90 + 403.2 of 420 (96.00%, 9.6) = 99.6. */
const CHILDCARE = [
  e(O, NUM, '享受运营补贴普惠托育机构数', '>=', '28', '家', 15, '30', 15),
  e(O, NUM, '补贴普惠托位数', '>=', '1400', '个', 10, '1475', 10),
  e(O, QUA, '补贴托育机构备案率', '=', '100', '%', 10, '100', 10),
  e(O, TIM, '运营补贴资金拨付时限', '<=', '30', '天', 10, '21', 10),
  e(C, ECO, '每托位每月运营补贴标准', '=', '200', '元', 10, '200', 10),
  e(B, SOC, '每千人口拥有3岁以下婴幼儿托位数', '>=', '4.5', '个', 10, '4.6', 10),
  e(B, SUS, '托育机构安全责任事故起数', '=', '0', '起', 10, '0', 10),
  e(S, SAT, '入托婴幼儿家长满意度', '>=', '92', '%', 15, '96.5', 15),
];
const CROW = { places: 1, perThousand: 5, accidents: 6 } as const;
const CGOAL = '2025年对28家以上普惠托育机构给予运营补贴，补贴普惠托位1400个以上，按每托位每月200元标准在30天内拨付，'
  + '每千人口拥有3岁以下婴幼儿托位数达到4.5个，入托婴幼儿家长满意度92%以上。';
const cOutcome = (places = 1475, perThousand = 4.6) => `全年为30家普惠托育机构拨付运营补贴，补贴托位${places}个，每千人口托位数${perThousand}个。`;
const CBUDGET = money(420, 420, 403.2, 96, 9.6, '12月新增备案托位补贴16.8万元于次年1月核拨');
const childcare = (indicators: Indicator[] = CHILDCARE, fields: Record<string, unknown> = {}) => pse({
  org: '区卫生健康局', project_name: '普惠托育机构运营补贴', goal: CGOAL, goal_outcome: cOutcome(), budget: CBUDGET,
  total_score: 99.6, conclusion: conclusion(99.6, '优'), problems: '部分托育机构收托率不高，运营压力较大。',
  improvements: '推动用人单位办托和社区嵌入式托育，提高托位使用率。', indicators, ...fields,
});
/** 1 accident against =0: all or nothing, 0; total 89.6, 良. */
const ACCIDENT = (reason: string) => patch(CHILDCARE, { [CROW.accidents]: { actual: '1', score: 0, reason } });
const ACCIDENT_FIELDS = { total_score: 89.6, conclusion: conclusion(89.6, '良') };

export const SET61_CHILDCARE_CASES: FormCase[] = [
  { id: 'S61-C01', sector: '托育补贴（干净，执行率96%）', form: childcare(), expect: [], scoring: { total: 99.6, grade: '优' } },
  {
    // budget.score made optional after reading the code: on a whole-point sheet 10 is 9.6 rounded (the house's reading since
    // S22-G09, kept in set 57F's F02), so only the rate is the defect; the score follows once the rate is put right.
    id: 'S61-C02', sector: '托育补贴（执行403.2万元，执行率写100%得10分）', scoring: { total: 99.6, grade: '优' },
    expect: [F('budget_arithmetic', null, 'budget.execution_rate'), F('self_evaluation', null, 'budget.score', true), TOTAL_OPT],
    form: childcare(CHILDCARE, { budget: { ...CBUDGET, execution_rate: 100, score: 10 }, total_score: 100, conclusion: conclusion(100, '优') }),
  },
  {
    id: 'S61-C03', sector: '托育补贴（补贴托位2100个，超目标50%按满分）', expect: [], scoring: { total: 99.6, grade: '优' },
    form: childcare(patch(CHILDCARE, { [CROW.places]: { actual: '2100' } }), { goal_outcome: cOutcome(2100) }),
  },
  {
    id: 'S61-C04', sector: '托育补贴（千人口托位4.1个未达4.5个仍得满分）', scoring: { total: 98.71, grade: '优' },
    expect: [F('self_evaluation', CROW.perThousand, 'score'), TOTAL_OPT],
    form: childcare(patch(CHILDCARE, { [CROW.perThousand]: { actual: '4.1', score: 10, reason: '全区新出生人口回升，托位数增长未跟上' } }), {
      goal_outcome: cOutcome(1475, 4.1),
    }),
  },
  {
    id: 'S61-C05', sector: '托育补贴（发生1起安全事故得0分，总分89.6评良）', expect: [], scoring: { total: 89.6, grade: '良' },
    form: childcare(ACCIDENT('1名幼儿午睡时坠床轻微擦伤，机构已整改并落实看护责任'), ACCIDENT_FIELDS),
  },
  {
    id: 'S61-C06', sector: '托育补贴（发生1起安全事故得0分，总分89.6仍评优）', expect: [F('self_evaluation', null, 'conclusion')],
    scoring: { total: 89.6, grade: '良' },
    form: childcare(ACCIDENT('1名幼儿午睡时坠床轻微擦伤，机构已整改并落实看护责任'), { ...ACCIDENT_FIELDS, conclusion: conclusion(89.6, '优') }),
  },
  {
    id: 'S61-C07', sector: '托育补贴（事故偏差原因写幼儿姓名及家长电话）', expect: [F('private_data', CROW.accidents, 'reason')],
    scoring: { total: 89.6, grade: '良' },
    form: childcare(ACCIDENT('幼儿刘子轩（2岁，家长电话13617428835）午睡时坠床擦伤，机构已整改'), ACCIDENT_FIELDS),
  },
  {
    id: 'S61-C08', sector: '托育补贴（完成情况写托位数1600个，指标实际完成1475个）', expect: [F('goal_vs_indicators', null, 'goal_outcome')],
    scoring: { total: 99.6, grade: '优' }, form: childcare(CHILDCARE, { goal_outcome: cOutcome(1600) }),
  },
];
