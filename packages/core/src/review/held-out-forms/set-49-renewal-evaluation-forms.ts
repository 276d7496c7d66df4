import { B, C, e, ECO, F, type FormCase, outcomeLeft, NUM, O, patch, Q, QUA, S, SAT, SOC, SUS, TIM } from './form-case-types';
import { budget, sheet } from './set-23-evaluation-forms-a';

/**
 * Held-out set 49F (session 22), 项目支出绩效自评表 for 2025 filed in 2026: 城市更新老旧街区改造（二期） of 区住房城乡建设委员会,
 * a continuing project in its 2nd year (实施期2024—2025年) funded from several sources (中央补助、市级补助、区级财政、专项债券;
 * 全年预算 4860 = 年初 4200 + 上年结转 660), a budget block (total row) and 8 rows on 90 (2021 tree). Written before reading any
 * code under review/ or scoring/; readings and measurements in set-49-cases.ts.
 */

/** 4714.2 of 4860 adjusted (97%, 9.7), every row met: 99.7. */
const RENEW = [
  e(O, NUM, '老旧小区改造数量', '>=', '18', '个', 15, '18', 15),
  e(O, NUM, '改造雨污排水管网长度', '>=', '12.5', '公里', 10, '13.2', 10),
  e(O, QUA, '改造工程竣工验收合格率', '=', '100', '%', 10, '100', 10),
  e(O, TIM, '单个小区平均改造工期', '<=', '180', '天', 10, '172', 10),
  e(C, ECO, '户均改造成本', '<=', '3.8', '万元', 10, '3.62', 10),
  e(B, SOC, '惠及居民户数', '>=', '6200', '户', 10, '6350', 10),
  e(B, SUS, '小区长效物业管理机制', Q, '建立健全', null, 10, '达成', 10),
  e(S, SAT, '改造小区居民满意度', '>=', '90', '%', 15, '93.6', 15),
];
const ROW = { pipe: 1, cost: 4, mech: 6, sat: 7 } as const;
const GOAL = '2025年完成18个老旧小区改造，改造雨污排水管网12.5公里，竣工验收合格率100%，单个小区改造工期不超过180天，'
  + '惠及居民6200户以上，建立健全小区长效物业管理机制。';
const BUDGET = budget(4200, 4860, 4714.2, 97, 9.7);
const renew = (indicators = RENEW, fields: Record<string, unknown> = {}) => sheet({
  org: '区住房和城乡建设委员会', project_name: '城市更新老旧街区改造（二期）', goal: GOAL,
  goal_outcome: '全年完成18个老旧小区改造，改造雨污排水管网13.2公里，惠及居民6350户，小区环境明显改善。',
  budget: BUDGET, total_score: 99.7, indicators,
  problems: '专项债券资金到位较晚，部分小区开工推迟。', improvements: '提前谋划项目储备，加快资金拨付和工程结算。' }, fields);
const SCORE_OPT = [F('self_evaluation', null, 'total_score', true), F('self_evaluation', null, 'conclusion', true)];
const PIPE_REASON = '2个小区管网走向与燃气管线冲突，设计变更后部分管段顺延至2026年';

export const SET49_RENEWAL_CASES: FormCase[] = outcomeLeft([
  { id: 'S49-U01', sector: '城市更新（干净）', form: renew(), expect: [], scoring: { total: 99.7, grade: '优' } },
  {
    id: 'S49-U02', sector: '城市更新（目标写实施期两年共32个、2024年已完成14个、总投资9600万元）', expect: [], scoring: { total: 99.7, grade: '优' },
    form: renew(RENEW, { goal: `本项目为续建项目，实施期2024—2025年，总投资9600万元，两年共改造老旧小区32个，2024年已完成14个。${GOAL}` }),
  },
  {
    id: 'S49-U03', sector: '城市更新（完成情况写本年18个、累计完成32个）', expect: [], scoring: { total: 99.7, grade: '优' },
    form: renew(RENEW, { goal_outcome: '全年完成18个老旧小区改造，二期累计完成32个，改造雨污排水管网13.2公里，惠及居民6350户。' }),
  },
  {
    id: 'S49-U04', sector: '城市更新（执行率只按财政拨款算成100%，得10分）', scoring: { total: 99.7, grade: '优' },
    expect: [F('budget_arithmetic', null, 'budget.execution_rate'), F('self_evaluation', null, null, true), ...SCORE_OPT],
    form: renew(RENEW, { budget: budget(4200, 4860, 4714.2, 100, 10), total_score: 100 }),
  },
  {
    id: 'S49-U05', sector: '城市更新（上级补助追加后执行4920超全年预算4860）', expect: [F('budget_arithmetic', null, 'budget.executed_wan')],
    scoring: { total: 100, grade: '优' }, form: renew(RENEW, { budget: budget(4200, 4860, 4920, 101.23, 10), total_score: 100 }),
  },
  {
    id: 'S49-U06', sector: '城市更新（管网11.8公里未达12.5仍满分无原因）', scoring: { total: 99.14, grade: '优' },
    expect: [F('self_evaluation', ROW.pipe, 'score'), F('self_evaluation', ROW.pipe, 'reason', true), ...SCORE_OPT],
    form: renew(patch(RENEW, { [ROW.pipe]: { actual: '11.8' } })),
  },
  {
    id: 'S49-U07', sector: '城市更新（管网11.8公里按比例9.44分有原因）', expect: [], scoring: { total: 99.14, grade: '优' },
    form: renew(patch(RENEW, { [ROW.pipe]: { actual: '11.8', score: 9.44, reason: PIPE_REASON } }), { total_score: 99.14 }),
  },
  {
    id: 'S49-U08', sector: '城市更新（管网11.8公里得分写一位小数9.4）', expect: [], scoring: { total: 99.14, grade: '优' },
    form: renew(patch(RENEW, { [ROW.pipe]: { actual: '11.8', score: 9.4, reason: PIPE_REASON } }), { total_score: 99.1 }),
  },
  {
    id: 'S49-U09', sector: '城市更新（户均成本4.1万元超3.8仍满分）', scoring: { total: 98.91, grade: '优' },
    expect: [F('self_evaluation', ROW.cost, 'score'), F('self_evaluation', ROW.cost, 'reason', true), ...SCORE_OPT],
    form: renew(patch(RENEW, { [ROW.cost]: { actual: '4.1' } })),
  },
  {
    id: 'S49-U10', sector: '城市更新（户均成本4.1万元反向按比例9.21分有原因）', expect: [], scoring: { total: 98.91, grade: '优' },
    form: renew(patch(RENEW, { [ROW.cost]: { actual: '4.1', score: 9.21, reason: '加装电梯小区占比高于预期，户均投入增加' } }), { total_score: 98.91 }),
  },
  {
    id: 'S49-U11', sector: '城市更新（满意度88.6%仍得15分无原因）', scoring: { total: 99.47, grade: '优' },
    expect: [F('self_evaluation', ROW.sat, 'score'), F('self_evaluation', ROW.sat, 'reason', true), ...SCORE_OPT],
    form: renew(patch(RENEW, { [ROW.sat]: { actual: '88.6' } })),
  },
  {
    // 89.98 / 90 × 15 = 14.9967, which §3 rounds to 15.00: full marks and no shortfall to explain.
    id: 'S49-U12', sector: '城市更新（满意度89.98%按比例四舍五入得15分）', expect: [], scoring: { total: 99.7, grade: '优' },
    form: renew(patch(RENEW, { [ROW.sat]: { actual: '89.98' } })),
  },
  {
    id: 'S49-U13', sector: '城市更新（物业机制部分达成却得9分）', expect: [F('self_evaluation', ROW.mech, 'score'), ...SCORE_OPT], scoring: null,
    form: renew(patch(RENEW, { [ROW.mech]: { actual: '部分达成', score: 9, reason: '3个无物业小区尚未引入专业物业服务' } }), { total_score: 98.7 }),
  },
  {
    id: 'S49-U14', sector: '城市更新（物业机制部分达成得7.5分有原因）', expect: [], scoring: { total: 97.2, grade: '优' },
    form: renew(patch(RENEW, { [ROW.mech]: { actual: '部分达成', score: 7.5, reason: '3个无物业小区尚未引入专业物业服务' } }), { total_score: 97.2 }),
  },
  {
    id: 'S49-U15', sector: '城市更新（总分写98.7，应为99.7）', expect: [F('self_evaluation', null, 'total_score'), F('self_evaluation', null, 'conclusion', true)],
    scoring: { total: 99.7, grade: '优' }, form: renew(RENEW, { total_score: 98.7 }),
  },
  {
    id: 'S49-U16', sector: '城市更新（优≥95的政策下99.7分评优）', policy: { grades: { excellent: 95, good: 80, pass: 60 } }, expect: [],
    scoring: { total: 99.7, grade: '优' }, form: renew(),
  },
  {
    id: 'S49-U17', sector: '城市更新（优≥95的政策下94.4分仍评优）', policy: { grades: { excellent: 95, good: 80, pass: 60 } },
    expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 94.4, grade: '良' },
    form: renew(patch(RENEW, {
      [ROW.pipe]: { actual: '10.5', score: 8.4, reason: PIPE_REASON },
      [ROW.sat]: { actual: '78', score: 13, reason: '施工期间占道、噪声影响居民出行和休息' },
    }), { budget: budget(4200, 4860, 3888, 80, 8, '专项债券资金10月才到位，2个小区工程款未结算'), total_score: 94.4 }),
  },
  {
    id: 'S49-U18', sector: '城市更新（优≥95的政策下94.4分评良）', policy: { grades: { excellent: 95, good: 80, pass: 60 } },
    expect: [], scoring: { total: 94.4, grade: '良' },
    form: renew(patch(RENEW, {
      [ROW.pipe]: { actual: '10.5', score: 8.4, reason: PIPE_REASON },
      [ROW.sat]: { actual: '78', score: 13, reason: '施工期间占道、噪声影响居民出行和休息' },
    }), { budget: budget(4200, 4860, 3888, 80, 8, '专项债券资金10月才到位，2个小区工程款未结算'), total_score: 94.4, conclusion: '项目自评得分94.4分，自评等级为良。' }),
  },
  {
    id: 'S49-U19', sector: '城市更新（偏差原因写施工单位项目经理手机）', expect: [F('private_data', ROW.pipe, 'reason')], scoring: { total: 99.14, grade: '优' },
    form: renew(patch(RENEW, { [ROW.pipe]: { actual: '11.8', score: 9.44, reason: `${PIPE_REASON}（施工单位项目经理罗建华，13896025471）` } }), { total_score: 99.14 }),
  },
  {
    id: 'S49-U20', sector: '城市更新（居民满意度拆两行同名）', expect: [F('names', 8, 'name')], scoring: { total: 99.7, grade: '优' },
    form: renew([...RENEW.slice(0, 7), { ...RENEW[7]!, weight: 8, score: 8 }, { ...RENEW[7]!, weight: 7, score: 7, actual: '94.1' }]),
  },
  // Added after reading the check code, to hold the fixes (U21–U22).
  {
    id: 'S49-U21', sector: '城市更新（目标写计划三年累计改造48个，无年份）', expect: [], scoring: { total: 99.7, grade: '优' },
    form: renew(RENEW, { goal: `本项目计划三年累计改造老旧小区48个，本年度为第二年。${GOAL}` }),
  },
  {
    id: 'S49-U22', sector: '城市更新（目标写2025年共改造20个，指标18个）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.7, grade: '优' },
    form: renew(RENEW, { goal: GOAL.replace('2025年完成18个老旧小区改造', '2025年共改造老旧小区20个') }),
  },
], ['S49-U06', 'S49-U07', 'S49-U08', 'S49-U17', 'S49-U18', 'S49-U19']);
