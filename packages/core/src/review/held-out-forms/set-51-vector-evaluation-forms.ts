import { B, C, e, ECO, F, type FormCase, NUM, O, patch, Q, QUA, S, SAT, SOC, SUS, TIM } from './form-case-types';
import { budget, sheet, verdict } from './set-23-evaluation-forms-a';

/**
 * Held-out set 51F (session 23), 项目支出绩效自评表 for 2025 filed in early 2026: 病媒生物防制 of 区卫生健康委员会 (区爱卫办),
 * 268 budgeted and kept, a budget block and 9 rows on 90 (2021 tree) with ≤ rows (鼠密度, 响应时间, 药品成本), an =0 row
 * (本地登革热病例) and a 定性 row. Written before reading any code under review/ or scoring/; readings in set-51-cases.ts.
 */

/** 262.6 of 268 (97.99%, 9.8), every row met: 99.8. */
const VECTOR = [
  e(O, NUM, '开展病媒生物集中消杀', '>=', '24', '次', 10, '26', 10),
  e(O, NUM, '设置鼠药毒饵站', '>=', '3500', '个', 10, '3620', 10),
  e(O, QUA, '鼠密度（粘鼠板阳性率）', '<=', '3', '%', 15, '2.1', 15),
  e(O, QUA, '蚊虫孳生地处理率', '>=', '95', '%', 10, '97', 10),
  e(O, TIM, '登革热疫点应急处置响应时间', '<=', '24', '小时', 10, '12', 10),
  e(C, ECO, '消杀药品采购成本', '<=', '85', '万元', 5, '81.6', 5),
  e(B, SOC, '本地登革热病例', '=', '0', '例', 10, '0', 10),
  e(B, SUS, '病媒生物防制长效管理', Q, '有效', null, 5, '达成', 5),
  e(S, SAT, '居民对环境卫生满意度', '>=', '90', '%', 15, '92.8', 15),
];
const ROW = { rounds: 0, stations: 1, rats: 2, breeding: 3, response: 4, cases: 6, upkeep: 7, satisfaction: 8 } as const;
const GOAL = '全年开展病媒生物集中消杀24次，设置鼠药毒饵站3500个，鼠密度控制在3%以下，蚊虫孳生地处理率95%以上，'
  + '登革热疫点24小时内完成处置，杜绝本地登革热病例，巩固国家卫生区创建成果。';
const outcome = (rounds = '26', rats = '2.1', cases = '无本地登革热病例') => `全年集中消杀${rounds}次，设置毒饵站3620个，鼠密度${rats}%，${cases}。`;
const vector = (indicators = VECTOR, fields: Record<string, unknown> = {}) => sheet({
  org: '区卫生健康委员会', project_name: '病媒生物防制', goal: GOAL, goal_outcome: outcome(),
  budget: budget(268, 268, 262.6, 98, 9.8), total_score: 99.8, indicators,
  problems: '城中村及农贸市场周边鼠类反弹较快。', improvements: '建立农贸市场病媒防制责任清单，增加汛后专项消杀频次。' }, fields);
const SCORE_OPT = [F('self_evaluation', null, 'total_score', true), F('self_evaluation', null, 'conclusion', true)];
/** ≤3%, 3.6%: (1 − 0.6/3) × 15 = 12; total 96.8. */
const RATS = { actual: '3.6', score: 12 };
const RATS_OUT = { total_score: 96.8, goal_outcome: outcome('26', '3.6') };
/** =0例, 2例: all or nothing, 0; total 89.8 (良). */
const CASES_OUT = { goal_outcome: outcome('26', '2.1', '发生本地登革热病例2例') };
const CASES_REASON = '9月输入性病例引发2例本地续发病例，疫点已按规范处置';
/** 5200 of 3500 毒饵站 is 149%: past the 1.3 threshold. */
const OVER = { actual: '5200' };
const OVER_OUT = { goal_outcome: outcome().replace('3620', '5200') };
const EXPLAIN = { overAchievement: 'explain' } as const;

export const SET51_VECTOR_CASES: FormCase[] = [
  { id: 'S51-P01', sector: '病媒生物防制（干净）', form: vector(), expect: [], scoring: { total: 99.8, grade: '优' } },
  {
    id: 'S51-P02', sector: '病媒生物防制（鼠密度≤3%实际3.6%仍满分）', scoring: { total: 96.8, grade: '优' },
    expect: [F('self_evaluation', ROW.rats, 'score'), F('self_evaluation', ROW.rats, 'reason', true), ...SCORE_OPT],
    form: vector(patch(VECTOR, { [ROW.rats]: { actual: '3.6' } }), { goal_outcome: RATS_OUT.goal_outcome }),
  },
  {
    id: 'S51-P03', sector: '病媒生物防制（鼠密度3.6%按反向比例12分有原因）', expect: [], scoring: { total: 96.8, grade: '优' },
    form: vector(patch(VECTOR, { [ROW.rats]: { ...RATS, reason: '汛后城中村垃圾清运不及时，鼠类密度回升' } }), RATS_OUT),
  },
  {
    id: 'S51-P04', sector: '病媒生物防制（本地病例=0实际2例仍满分）', scoring: { total: 89.8, grade: '良' },
    expect: [F('self_evaluation', ROW.cases, 'score'), F('self_evaluation', ROW.cases, 'reason', true), ...SCORE_OPT],
    form: vector(patch(VECTOR, { [ROW.cases]: { actual: '2' } }), CASES_OUT),
  },
  {
    id: 'S51-P05', sector: '病媒生物防制（本地病例2例得0分有原因，良）', expect: [], scoring: { total: 89.8, grade: '良' },
    form: vector(patch(VECTOR, { [ROW.cases]: { actual: '2', score: 0, reason: CASES_REASON } }), { ...CASES_OUT, total_score: 89.8 }),
  },
  {
    id: 'S51-P06', sector: '病媒生物防制（长效管理定性「未完成」仍给5分）', scoring: null,
    expect: [F('self_evaluation', ROW.upkeep, 'score'), F('self_evaluation', ROW.upkeep, 'reason', true)],
    form: vector(patch(VECTOR, { [ROW.upkeep]: { actual: '未完成' } })),
  },
  {
    id: 'S51-P07', sector: '病媒生物防制（长效管理部分达成按档3分有原因）', expect: [], scoring: { total: 97.8, grade: '优' },
    form: vector(patch(VECTOR, { [ROW.upkeep]: { actual: '部分达成', score: 3, reason: '农贸市场防鼠设施改造仅完成一半' } }), { total_score: 97.8 }),
  },
  {
    id: 'S51-P08', sector: '病媒生物防制（长效管理达成给4.5分有说明）', expect: [], scoring: { total: 99.3, grade: '优' },
    form: vector(patch(VECTOR, { [ROW.upkeep]: { score: 4.5, reason: '个别老旧小区常态化清理不到位，酌情扣分' } }), { total_score: 99.3 }),
  },
  {
    // 92 of ≥95%: 10 × 92/95 = 9.68.
    id: 'S51-P09', sector: '病媒生物防制（孳生地处理率92%扣分，原因写「其他原因」）', expect: [F('self_evaluation', ROW.breeding, 'reason')],
    scoring: { total: 99.48, grade: '优' },
    form: vector(patch(VECTOR, { [ROW.breeding]: { actual: '92', score: 9.68, reason: '其他原因' } }), { total_score: 99.48 }),
  },
  {
    id: 'S51-P10', sector: '病媒生物防制（总分89.8，结论仍写优）', expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 89.8, grade: '良' },
    form: vector(patch(VECTOR, { [ROW.cases]: { actual: '2', score: 0, reason: CASES_REASON } }),
      { ...CASES_OUT, total_score: 89.8, conclusion: verdict(89.8, '优') }),
  },
  {
    // ≤24小时, 30小时: (1 − 6/24) × 10 = 7.5.
    id: 'S51-P11', sector: '病媒生物防制（响应时间30小时超24小时仍满分）', scoring: { total: 97.3, grade: '优' },
    expect: [F('self_evaluation', ROW.response, 'score'), F('self_evaluation', ROW.response, 'reason', true), ...SCORE_OPT],
    form: vector(patch(VECTOR, { [ROW.response]: { actual: '30' } })),
  },
  {
    id: 'S51-P12', sector: '病媒生物防制（偏差原因写居民姓名和身份证号）', expect: [F('private_data', ROW.rats, 'reason')], scoring: { total: 96.8, grade: '优' },
    form: vector(patch(VECTOR, {
      [ROW.rats]: { ...RATS, reason: '东港社区居民李秀英（身份证号500108195603124422）家中长期囤积废品，鼠类孳生，多次劝导未清理' },
    }), RATS_OUT),
  },
  {
    id: 'S51-P13', sector: '病媒生物防制（满分行说明写第三方消杀公司名称）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: vector(patch(VECTOR, { [ROW.rounds]: { reason: '集中消杀委托重庆洁城环境科技有限公司实施，区爱卫办全程督导' } })),
  },
  {
    // 262.6 of 280 adjusted: 93.79%, 9.38.
    id: 'S51-P14', sector: '病媒生物防制（追加至280万元，执行率仍按268写98%）', scoring: { total: 99.38, grade: '优' },
    expect: [F('budget_arithmetic', null, 'budget.execution_rate'), F('self_evaluation', null, null, true), ...SCORE_OPT],
    form: vector(VECTOR, { budget: budget(268, 280, 262.6, 98, 9.8, '年中追加的登革热应急消杀经费部分于次年初结算') }),
  },
  {
    id: 'S51-P15', sector: '病媒生物防制（完成情况写集中消杀22次，指标完成26次）', expect: [F('goal_vs_indicators', null, 'goal_outcome')],
    scoring: { total: 99.8, grade: '优' }, form: vector(VECTOR, { goal_outcome: outcome('22') }),
  },
  {
    id: 'S51-P16', sector: '病媒生物防制（完成情况写鼠密度较上年下降0.8个百分点）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: vector(VECTOR, { goal_outcome: `${outcome()}鼠密度较上年下降0.8个百分点，连续3年保持国家卫生区标准。` }),
  },
  {
    id: 'S51-P17', sector: '病媒生物防制（毒饵站5200个超额，得分11超分值10）', scoring: { total: 99.8, grade: '优' },
    expect: [F('self_evaluation', ROW.stations, 'score'), ...SCORE_OPT],
    form: vector(patch(VECTOR, { [ROW.stations]: { ...OVER, score: 11 } }), { ...OVER_OUT, total_score: 100.8 }),
  },
  {
    id: 'S51-P18', sector: '病媒生物防制（explain：毒饵站5200个超149%有说明）', policy: EXPLAIN, expect: [], scoring: { total: 99.8, grade: '优' },
    form: vector(patch(VECTOR, { [ROW.stations]: { ...OVER, reason: '登革热疫情期间在疫点周边加密布设' } }), OVER_OUT),
  },
  {
    id: 'S51-P19', sector: '病媒生物防制（explain：毒饵站5200个超149%无说明）', policy: EXPLAIN, expect: [F('self_evaluation', ROW.stations, 'reason')],
    scoring: { total: 99.8, grade: '优' }, form: vector(patch(VECTOR, { [ROW.stations]: OVER }), OVER_OUT),
  },
  // Added after reading the check code, to hold the fixes (P20–P22).
  {
    id: 'S51-P20', sector: '病媒生物防制（完成情况写未发生本地登革热病例，指标完成2例）', expect: [F('goal_vs_indicators', null, 'goal_outcome')],
    scoring: { total: 89.8, grade: '良' },
    form: vector(patch(VECTOR, { [ROW.cases]: { actual: '2', score: 0, reason: CASES_REASON } }), { total_score: 89.8, goal_outcome: outcome('26', '2.1', '全年未发生本地登革热病例') }),
  },
  {
    id: 'S51-P21', sector: '病媒生物防制（完成情况写未发生登革热聚集性疫情，本地病例2例）', expect: [], scoring: { total: 89.8, grade: '良' },
    form: vector(patch(VECTOR, { [ROW.cases]: { actual: '2', score: 0, reason: CASES_REASON } }),
      { total_score: 89.8, goal_outcome: outcome('26', '2.1', '发生本地登革热病例2例，未发生登革热聚集性疫情') }),
  },
  {
    id: 'S51-P22', sector: '病媒生物防制（孳生地处理率92%，原因写「客观因素：汛期积水点多」）', expect: [], scoring: { total: 99.48, grade: '优' },
    form: vector(patch(VECTOR, { [ROW.breeding]: { actual: '92', score: 9.68, reason: '客观因素：汛期积水点多' } }), { total_score: 99.48 }),
  },
];
