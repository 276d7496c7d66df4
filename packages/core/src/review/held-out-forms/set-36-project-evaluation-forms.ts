import { B, C, ECO, e, F, type FormCase, NUM, O, patch, Q, QUA, S, SAT, SOC, TIM } from './form-case-types';
import { budget, sheet } from './set-23-evaluation-forms-a';

/**
 * Held-out set 36F (session 17), 项目支出绩效自评表 at year end: 农村供水工程维修养护 (区水利局) and 农村义务教育学生营养改善计划
 * (区教育委员会), each a budget block and 6 rows on 90 (2021 tree), 全年实际完成情况, 评价结论. Aimed at what a finance reviewer
 * checks in the self-evaluation itself (self_evaluation) and at 完成值 as sheets write them. Written before reading any code
 * under review/ or scoring/; readings and measurements in set-36-cases.ts.
 */

const EXPLAIN = { overAchievement: 'explain' } as const;

/** 470.4 of 480 adjusted (98%, 9.8), every row met: 99.8. */
const WATER = [
  e(O, NUM, '维修养护农村供水工程', '>=', '85', '处', 20, '88', 20),
  e(O, QUA, '水质检测合格率', '>=', '95', '%', 15, '96.8', 15),
  e(O, TIM, '维修故障响应时间', '<=', '24', '小时', 10, '20', 10),
  e(C, ECO, '单处工程平均维修成本', '<=', '5.5', '万元', 10, '5.2', 10),
  e(B, SOC, '受益农村人口', '>=', '12', '万人', 15, '12.4', 15),
  e(S, SAT, '受益群众满意度', '>=', '90', '%', 20, '93.2', 20),
];
const water = (indicators = WATER, fields: Record<string, unknown> = {}) => sheet({
  org: '区水利局', project_name: '农村供水工程维修养护',
  goal: '维修养护农村供水工程85处，水质检测合格率95%以上，供水故障24小时内响应处置，保障受益农村人口12万人。',
  goal_outcome: '全年按计划完成农村供水工程维修养护任务，水质检测持续达标，农村供水保障水平进一步提升。',
  budget: budget(500, 480, 470.4, 98, 9.8), total_score: 99.8, indicators,
  problems: '部分供水工程建成年代久远，管网老化，维修频次较高。', improvements: '逐步推进老旧管网更新改造，建立维修养护台账。' }, fields);
/** 80 of 85 处: 20 × 80/85 = 18.82; total 98.62. */
const WATER_SHORT = { actual: '80', score: 18.82 };
const WATER_SHORT_REASON = '部分工程因水源地征地协调未完成，维修推迟至次年实施';
/** 115 of 85 处 is 135% of the target: past the 1.3 threshold. */
const WATER_OVER = { actual: '115' };

/** 1138.5 of 1150 adjusted (99%, 9.9), every row met: 99.9. */
const MEAL = [
  e(O, NUM, '受益学生人数', '>=', '2.3', '万人', 20, '2.34', 20),
  e(O, QUA, '食品安全事故', '=', '0', '起', 15, '0', 15),
  e(O, TIM, '膳食补助资金拨付及时率', '>=', '95', '%', 10, '100', 10),
  e(C, ECO, '生均每日膳食补助标准', '=', '5', '元', 10, '5', 10),
  e(B, SOC, '学生营养健康状况', Q, '有效改善', null, 15, '达成', 15),
  e(S, SAT, '学生及家长满意度', '>=', '90', '%', 20, '95.1', 20),
];
const meal = (indicators = MEAL, fields: Record<string, unknown> = {}) => sheet({
  org: '区教育委员会', project_name: '农村义务教育学生营养改善计划',
  goal: '为农村义务教育阶段2.3万人学生提供营养膳食补助，补助标准每生每天5元，确保不发生食品安全事故。',
  goal_outcome: '全年按标准发放学生营养膳食补助，学校食堂管理规范，学生营养健康状况持续改善。',
  budget: budget(1200, 1150, 1138.5, 99, 9.9), total_score: 99.9, indicators,
  problems: '个别学校食堂从业人员流动性大。', improvements: '加强食堂从业人员培训和食品安全日常监管。' }, fields);
const MEAL_PARTIAL_REASON = '部分学校食堂改造未完成，营养配餐尚未全覆盖';
const MEAL_INCIDENT_REASON = '一所学校发生学生集体腹泻事件，已追责并整改';
/** Three shortfalls, each with a reason: 9.9 + 15.65 + 15 + 10 + 10 + 3 + 17.78 = 81.33, 良. */
const MEAL_LOW = patch(MEAL, {
  0: { actual: '1.8', score: 15.65, reason: '部分学校撤并，寄宿学生转入城区学校' },
  4: { actual: '未达成', score: 3, reason: '营养监测显示学生贫血率未明显下降' },
  5: { actual: '80', score: 17.78, reason: '配餐品种单一，家长意见较多' },
});

export const SET36_PROJECT_CASES: FormCase[] = [
  { id: 'S36-W01', sector: '农村供水维修养护（干净）', form: water(), expect: [], scoring: { total: 99.8, grade: '优' } },
  {
    id: 'S36-W02', sector: '农村供水维修养护（维修80处扣分有原因）', expect: [], scoring: { total: 98.62, grade: '优' },
    form: water(patch(WATER, { 0: { ...WATER_SHORT, reason: WATER_SHORT_REASON } }), { total_score: 98.62 }),
  },
  {
    id: 'S36-W03', sector: '农村供水维修养护（维修80处扣分无偏差原因）', expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 98.62, grade: '优' },
    form: water(patch(WATER, { 0: WATER_SHORT }), { total_score: 98.62 }),
  },
  {
    id: 'S36-W04', sector: '农村供水维修养护（维修80处扣分，偏差原因写「无」）', expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 98.62, grade: '优' },
    form: water(patch(WATER, { 0: { ...WATER_SHORT, reason: '无' } }), { total_score: 98.62 }),
  },
  {
    id: 'S36-W05', sector: '农村供水维修养护（维修80处扣分，偏差原因写「已完成」）', expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 98.62, grade: '优' },
    form: water(patch(WATER, { 0: { ...WATER_SHORT, reason: '已完成' } }), { total_score: 98.62 }),
  },
  {
    id: 'S36-W06', sector: '农村供水维修养护（合格率88%未达95%仍给满分）', scoring: { total: 98.69, grade: '优' },
    expect: [F('self_evaluation', 1, 'score'), F('self_evaluation', 1, 'reason', true), F('self_evaluation', null, 'total_score', true), F('self_evaluation', null, 'conclusion', true)],
    form: water(patch(WATER, { 1: { actual: '88' } })),
  },
  {
    id: 'S36-W07', sector: '农村供水维修养护（响应30小时超24小时，按比例7.5分有原因）', expect: [], scoring: { total: 97.3, grade: '优' },
    form: water(patch(WATER, { 2: { actual: '30小时', score: 7.5, reason: '汛期山区道路中断，抢修人员未能及时到场' } }), { total_score: 97.3 }),
  },
  {
    id: 'S36-W08', sector: '农村供水维修养护（响应30小时超24小时仍给满分）', scoring: { total: 97.3, grade: '优' },
    expect: [F('self_evaluation', 2, 'score'), F('self_evaluation', 2, 'reason', true), F('self_evaluation', null, 'total_score', true), F('self_evaluation', null, 'conclusion', true)],
    form: water(patch(WATER, { 2: { actual: '30' } })),
  },
  {
    id: 'S36-W09', sector: '农村供水维修养护（响应恰为24小时，≤达标）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: water(patch(WATER, { 2: { actual: '24小时' } })),
  },
  {
    id: 'S36-W10', sector: '农村供水维修养护（单处成本6.05万元超5.5，得9分有原因）', expect: [], scoring: { total: 98.8, grade: '优' },
    form: water(patch(WATER, { 3: { actual: '6.05', score: 9, reason: '管材价格上涨，单处维修成本增加' } }), { total_score: 98.8 }),
  },
  {
    id: 'S36-W11', sector: '农村供水维修养护（explain：维修115处超135%无原因）', policy: EXPLAIN, expect: [F('self_evaluation', 0, 'reason')],
    scoring: { total: 99.8, grade: '优' }, form: water(patch(WATER, { 0: WATER_OVER })),
  },
  {
    id: 'S36-W12', sector: '农村供水维修养护（explain：维修115处超额有原因）', policy: EXPLAIN, expect: [], scoring: { total: 99.8, grade: '优' },
    form: water(patch(WATER, { 0: { ...WATER_OVER, reason: '汛后新增水毁工程纳入维修范围' } })),
  },
  {
    id: 'S36-W13', sector: '农村供水维修养护（explain：维修115处超额，原因写「无」）', policy: EXPLAIN, expect: [F('self_evaluation', 0, 'reason')],
    scoring: { total: 99.8, grade: '优' }, form: water(patch(WATER, { 0: { ...WATER_OVER, reason: '无' } })),
  },
  {
    id: 'S36-W14', sector: '农村供水维修养护（explain：维修105处超124%未到阈值）', policy: EXPLAIN, expect: [], scoring: { total: 99.8, grade: '优' },
    form: water(patch(WATER, { 0: { actual: '105' } })),
  },
  {
    id: 'S36-W15', sector: '农村供水维修养护（默认none：维修115处超额满分）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: water(patch(WATER, { 0: WATER_OVER })),
  },
  {
    id: 'S36-W16', sector: '农村供水维修养护（总分少写1分）', scoring: { total: 99.8, grade: '优' },
    expect: [F('self_evaluation', null, 'total_score'), F('self_evaluation', null, 'conclusion', true)], form: water(WATER, { total_score: 98.8 }),
  },
  {
    id: 'S36-W17', sector: '农村供水维修养护（99.8分写等级良）', expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.8, grade: '优' },
    form: water(WATER, { conclusion: '项目自评得分99.8分，自评等级为良。' }),
  },
  {
    id: 'S36-W18', sector: '农村供水维修养护（执行率98%预算得分写9分）', scoring: { total: 99.8, grade: '优' },
    expect: [F('self_evaluation', null, 'budget.score'), F('self_evaluation', null, 'total_score', true), F('self_evaluation', null, 'conclusion', true)],
    form: water(WATER, { budget: budget(500, 480, 470.4, 98, 9), total_score: 99 }),
  },
  {
    id: 'S36-W19', sector: '农村供水维修养护（数量指标完成值写100%）', expect: [F('self_evaluation', 0, 'actual')], scoring: null,
    form: water(patch(WATER, { 0: { actual: '100%' } })),
  },
  {
    id: 'S36-W20', sector: '农村供水维修养护（受益人口只写已完成）', expect: [F('self_evaluation', 4, 'actual')], scoring: null,
    form: water(patch(WATER, { 4: { actual: '已完成' } })),
  },
  {
    id: 'S36-W21', sector: '农村供水维修养护（成本较上年变化≤0%，完成-3.5%）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: water(patch(WATER, { 3: { name: '单处工程平均维修成本较上年变化', target: '0', unit: '%', actual: '-3.5' } })),
  },
  {
    id: 'S36-W22', sector: '农村供水维修养护（成本较上年下降≤-2%，完成-2.6%）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: water(patch(WATER, { 3: { name: '单处工程平均维修成本较上年变化', target: '-2', unit: '%', actual: '-2.6%' } })),
  },
  {
    id: 'S36-W23', sector: '农村供水维修养护（达标各行偏差原因写「无」）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: water(WATER.map((row) => ({ ...row, reason: '无' }))),
  },
  { id: 'S36-M01', sector: '学生营养改善（干净）', form: meal(), expect: [], scoring: { total: 99.9, grade: '优' } },
  {
    id: 'S36-M02', sector: '学生营养改善（定性部分达成10.5分有原因）', expect: [], scoring: { total: 95.4, grade: '优' },
    form: meal(patch(MEAL, { 4: { actual: '部分达成', score: 10.5, reason: MEAL_PARTIAL_REASON } }), { total_score: 95.4 }),
  },
  {
    id: 'S36-M03', sector: '学生营养改善（定性部分达成给满分）', expect: [F('self_evaluation', 4, 'score'), F('self_evaluation', 4, 'reason', true)], scoring: null,
    form: meal(patch(MEAL, { 4: { actual: '部分达成' } })),
  },
  {
    id: 'S36-M04', sector: '学生营养改善（定性未达成3分有原因，87.9分良）', expect: [], scoring: { total: 87.9, grade: '良' },
    form: meal(patch(MEAL, { 4: { actual: '未达成', score: 3, reason: '营养监测显示学生贫血率未明显下降' } }), { total_score: 87.9 }),
  },
  {
    id: 'S36-M05', sector: '学生营养改善（零目标发生1起事故得0分有原因）', expect: [], scoring: { total: 84.9, grade: '良' },
    form: meal(patch(MEAL, { 1: { actual: '1', score: 0, reason: MEAL_INCIDENT_REASON } }), { total_score: 84.9 }),
  },
  {
    id: 'S36-M06', sector: '学生营养改善（零目标发生1起事故得0分无原因）', expect: [F('self_evaluation', 1, 'reason')], scoring: { total: 84.9, grade: '良' },
    form: meal(patch(MEAL, { 1: { actual: '1', score: 0 } }), { total_score: 84.9 }),
  },
  {
    id: 'S36-M07', sector: '学生营养改善（零目标发生1起事故仍给满分）', scoring: { total: 84.9, grade: '良' },
    expect: [F('self_evaluation', 1, 'score'), F('self_evaluation', 1, 'reason', true), F('self_evaluation', null, 'total_score', true), F('self_evaluation', null, 'conclusion', true)],
    form: meal(patch(MEAL, { 1: { actual: '1起' } })),
  },
  {
    id: 'S36-M08', sector: '学生营养改善（完成值带单位：2.34万人、0起、100%、5元）', expect: [], scoring: { total: 99.9, grade: '优' },
    form: meal(patch(MEAL, { 0: { actual: '2.34万人' }, 1: { actual: '0起' }, 2: { actual: '100%' }, 3: { actual: '5元' }, 5: { actual: '95.1%' } })),
  },
  {
    id: 'S36-M09', sector: '学生营养改善（执行率86%得8.6有原因）', expect: [], scoring: { total: 98.6, grade: '优' },
    form: meal(MEAL, { budget: budget(1200, 1150, 989, 86, 8.6, '部分学校秋季学期食堂未按期开餐，资金结转下年'), total_score: 98.6 }),
  },
  {
    id: 'S36-M10', sector: '学生营养改善（执行率86%无原因）', expect: [F('self_evaluation', null, 'budget.reason')], scoring: { total: 98.6, grade: '优' },
    form: meal(MEAL, { budget: budget(1200, 1150, 989, 86, 8.6), total_score: 98.6 }),
  },
  {
    id: 'S36-M14', sector: '学生营养改善（执行率86%原因写「无」）', expect: [F('self_evaluation', null, 'budget.reason')], scoring: { total: 98.6, grade: '优' },
    form: meal(MEAL, { budget: budget(1200, 1150, 989, 86, 8.6, '无'), total_score: 98.6 }),
  },
  {
    id: 'S36-M11', sector: '学生营养改善（执行率99%预算得分写9分）', scoring: { total: 99.9, grade: '优' },
    expect: [F('self_evaluation', null, 'budget.score'), F('self_evaluation', null, 'total_score', true), F('self_evaluation', null, 'conclusion', true)],
    form: meal(MEAL, { budget: budget(1200, 1150, 1138.5, 99, 9), total_score: 99 }),
  },
  {
    id: 'S36-M12', sector: '学生营养改善（81.33分写等级优）', expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 81.33, grade: '良' },
    form: meal(MEAL_LOW, { total_score: 81.33, conclusion: '项目自评得分81.33分，自评等级为优。' }),
  },
  {
    id: 'S36-M13', sector: '学生营养改善（三项扣分均有原因，81.33分良）', expect: [], scoring: { total: 81.33, grade: '良' },
    form: meal(MEAL_LOW, { total_score: 81.33 }),
  },
];
