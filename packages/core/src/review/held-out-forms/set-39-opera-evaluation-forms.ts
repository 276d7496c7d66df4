import { B, C, e, ECO, F, type FormCase, NUM, O, patch, Q, QUA, S, SAT, SOC, TIM } from './form-case-types';
import { budget, sheet, verdict } from './set-23-evaluation-forms-a';

/**
 * Held-out set 39F (session 18), 项目支出绩效自评表: 戏曲进乡村惠民演出 (区文化馆), a budget block and 7 rows on 90 (2021 tree).
 * Written before reading any code under review/ or scoring/; readings and measurements in set-39-cases.ts.
 */

const EXPLAIN = { overAchievement: 'explain' } as const;

/** 148.5 of 150 adjusted (99%, 9.9), every row met: 99.9. */
const OPERA = [
  e(O, NUM, '送戏下乡演出场次', '>=', '120', '场', 20, '126', 20),
  e(O, NUM, '覆盖行政村', '>=', '80', '个', 10, '82', 10),
  e(O, QUA, '演出剧目审查合格率', '=', '100', '%', 10, '100', 10),
  e(O, TIM, '演出补贴拨付及时率', '>=', '95', '%', 10, '100', 10),
  e(C, ECO, '单场演出补助标准', '<=', '1.2', '万元', 10, '1.2', 10),
  e(B, SOC, '农村群众文化生活', Q, '明显丰富', null, 10, '达成', 10),
  e(S, SAT, '观演群众满意度', '>=', '90', '%', 20, '96.3', 20),
];
const opera = (indicators = OPERA, fields: Record<string, unknown> = {}) => sheet({
  org: '区文化馆', project_name: '戏曲进乡村惠民演出',
  goal: '全年组织送戏下乡演出120场，覆盖80个行政村，演出剧目审查合格率100%，单场演出补助不超过1.2万元。',
  goal_outcome: '全年戏曲进乡村演出按计划开展，农村群众就近观看戏曲演出，基层文化生活进一步丰富。',
  budget: budget(160, 150, 148.5, 99, 9.9), total_score: 99.9, indicators,
  problems: '部分偏远村演出场地条件简陋。', improvements: '统筹村级文化广场建设，改善演出场地条件。' }, fields);
/** 102 of 120 场: 20 × 102/120 = 17; total 96.9. */
const SHORT = { actual: '102', score: 17 };
/** 168 of 120 场 is 140%: past the explain threshold. */
const OVER = { actual: '168' };
const SCORE_OPT = [F('self_evaluation', null, 'total_score', true), F('self_evaluation', null, 'conclusion', true)];

export const SET39_OPERA_CASES: FormCase[] = [
  { id: 'S39-P01', sector: '戏曲进乡村（干净）', form: opera(), expect: [], scoring: { total: 99.9, grade: '优' } },
  {
    id: 'S39-P02', sector: '戏曲进乡村（演出102场按比例17分有原因）', expect: [], scoring: { total: 96.9, grade: '优' },
    form: opera(patch(OPERA, { 0: { ...SHORT, reason: '汛期及秋收农忙时段部分村点演出取消' } }), { total_score: 96.9 }),
  },
  {
    id: 'S39-P03', sector: '戏曲进乡村（演出102场扣分，偏差原因写「无」）', expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 96.9, grade: '优' },
    form: opera(patch(OPERA, { 0: { ...SHORT, reason: '无' } }), { total_score: 96.9 }),
  },
  {
    id: 'S39-P04', sector: '戏曲进乡村（文化生活未达成却得7分）', expect: [F('self_evaluation', 5, 'score'), ...SCORE_OPT], scoring: null,
    form: opera(patch(OPERA, { 5: { actual: '未达成', score: 7, reason: '演出剧目与群众需求匹配不足' } }), { total_score: 96.9 }),
  },
  {
    id: 'S39-P05', sector: '戏曲进乡村（文化生活未达成得3分有原因）', expect: [], scoring: { total: 92.9, grade: '优' },
    form: opera(patch(OPERA, { 5: { actual: '未达成', score: 3, reason: '演出剧目与群众需求匹配不足' } }), { total_score: 92.9 }),
  },
  {
    id: 'S39-P06', sector: '戏曲进乡村（文化生活达成得8.5分有说明）', expect: [], scoring: { total: 98.4, grade: '优' },
    form: opera(patch(OPERA, { 5: { score: 8.5, reason: '个别村群众反映演出剧目更新较慢' } }), { total_score: 98.4 }),
  },
  {
    id: 'S39-P07', sector: '戏曲进乡村（explain：演出168场超140%有原因）', policy: EXPLAIN, expect: [], scoring: { total: 99.9, grade: '优' },
    form: opera(patch(OPERA, { 0: { ...OVER, reason: '承接市级文化惠民季追加演出任务' } })),
  },
  {
    id: 'S39-P08', sector: '戏曲进乡村（explain：演出168场超额无原因）', policy: EXPLAIN, expect: [F('self_evaluation', 0, 'reason')],
    scoring: { total: 99.9, grade: '优' }, form: opera(patch(OPERA, { 0: OVER })),
  },
  {
    id: 'S39-P09', sector: '戏曲进乡村（审查合格率=100%实际96%得9.6分有原因）', expect: [], scoring: { total: 99.5, grade: '优' },
    form: opera(patch(OPERA, { 2: { actual: '96', score: 9.6, reason: '个别剧目唱词整改后方通过审查' } }), { total_score: 99.5 }),
  },
  {
    id: 'S39-P10', sector: '戏曲进乡村（审查合格率=100%实际96%仍满分）', scoring: { total: 99.5, grade: '优' },
    expect: [F('self_evaluation', 2, 'score'), F('self_evaluation', 2, 'reason', true), ...SCORE_OPT],
    form: opera(patch(OPERA, { 2: { actual: '96' } })),
  },
  {
    id: 'S39-P11', sector: '戏曲进乡村（指标分值合计95）', expect: [F('weights', null, 'weight'), F('self_evaluation', null, null, true)],
    scoring: { total: 104.9, grade: '优' }, form: opera(patch(OPERA, { 6: { weight: 25, score: 25 } }), { total_score: 104.9 }),
  },
  {
    id: 'S39-P12', sector: '戏曲进乡村（分值7.5与12.5，合计90）', expect: [], scoring: { total: 99.9, grade: '优' },
    form: opera(patch(OPERA, { 1: { weight: 7.5, score: 7.5 }, 3: { weight: 12.5, score: 12.5 } })),
  },
  {
    id: 'S39-P13', sector: '戏曲进乡村（执行数153超全年预算150）', expect: [F('budget_arithmetic', null, 'budget.executed_wan')], scoring: { total: 100, grade: '优' },
    form: opera(OPERA, { budget: budget(160, 150, 153, 102, 10), total_score: 100 }),
  },
  {
    id: 'S39-P14', sector: '戏曲进乡村（执行率98.6%得9.86分）', expect: [], scoring: { total: 99.86, grade: '优' },
    form: opera(OPERA, { budget: budget(160, 150, 147.9, 98.6, 9.86), total_score: 99.86 }),
  },
  {
    id: 'S39-P15', sector: '戏曲进乡村（无效益指标）', expect: [F('coverage', null, null)], scoring: { total: 99.9, grade: '优' },
    form: opera(patch(OPERA, { 5: e(O, NUM, '新编排小戏小品', '>=', '6', '部', 10, '6', 10) })),
  },
  {
    id: 'S39-P16', sector: '戏曲进乡村（满意度以分计）', expect: [F('satisfaction', 6, null), F('unit_vs_name', 6, null, true)], scoring: { total: 99.9, grade: '优' },
    form: opera(patch(OPERA, { 6: { unit: '分', actual: '93' } })),
  },
  {
    id: 'S39-P17', sector: '戏曲进乡村（总分写成89.9，等级良）', expect: [F('self_evaluation', null, 'total_score'), F('self_evaluation', null, 'conclusion', true)],
    scoring: { total: 99.9, grade: '优' }, form: opera(OPERA, { total_score: 89.9 }),
  },
  {
    id: 'S39-P18', sector: '戏曲进乡村（演出60场，执行率100%，总分恰90为优）', expect: [], scoring: { total: 90, grade: '优' },
    form: opera(patch(OPERA, { 0: { actual: '60', score: 10, reason: '主要演出团体改制停演半年，演出场次减半' } }),
      { budget: budget(160, 150, 150, 100, 10), total_score: 90 }),
  },
  {
    id: 'S39-P19', sector: '戏曲进乡村（演出60场，总分89.9为良）', expect: [], scoring: { total: 89.9, grade: '良' },
    form: opera(patch(OPERA, { 0: { actual: '60', score: 10, reason: '主要演出团体改制停演半年，演出场次减半' } }), { total_score: 89.9 }),
  },
  {
    id: 'S39-P20', sector: '戏曲进乡村（满意度88%得19.56分有原因）', expect: [], scoring: { total: 99.46, grade: '优' },
    form: opera(patch(OPERA, { 6: { actual: '88', score: 19.56, reason: '部分演出点音响效果不佳' } }), { total_score: 99.46 }),
  },
  {
    id: 'S39-P21', sector: '戏曲进乡村（评价结论总分与总分栏不符）', expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.9, grade: '优' },
    form: opera(OPERA, { conclusion: verdict(98.9) }),
  },
  {
    id: 'S39-P22', sector: '戏曲进乡村（explain：演出150场为125%，未到阈值无需原因）', policy: EXPLAIN, expect: [], scoring: { total: 99.9, grade: '优' },
    form: opera(patch(OPERA, { 0: { actual: '150' } })),
  },
  {
    id: 'S39-P23', sector: '戏曲进乡村（执行率恰为90%得9分，未写原因）', expect: [], scoring: { total: 99, grade: '优' },
    form: opera(OPERA, { budget: budget(160, 150, 135, 90, 9), total_score: 99 }),
  },
  {
    id: 'S39-P24', sector: '戏曲进乡村（评价结论写99.90分）', expect: [], scoring: { total: 99.9, grade: '优' },
    form: opera(OPERA, { conclusion: '项目自评得分99.90分，自评等级为优。' }),
  },
  {
    id: 'S39-P25', sector: '戏曲进乡村（指标分值合计100，另列预算10分）', expect: [F('weights', null, 'weight'), F('self_evaluation', null, null, true)],
    scoring: { total: 109.9, grade: '优' }, form: opera(patch(OPERA, { 6: { weight: 30, score: 30 } }), { total_score: 109.9 }),
  },
  {
    id: 'S39-P26', sector: '戏曲进乡村（满意度目标写「90%」单位栏空）', expect: [F('unit_missing', 6, null, true)], scoring: { total: 99.9, grade: '优' },
    form: opera(patch(OPERA, { 6: { target: '90%', unit: null } })),
  },
  {
    id: 'S39-P27', sector: '戏曲进乡村（演出102场与覆盖70个村两处扣分，只说明一处）', expect: [F('self_evaluation', 1, 'reason')], scoring: { total: 95.65, grade: '优' },
    form: opera(patch(OPERA, { 0: { ...SHORT, reason: '汛期及秋收农忙时段部分村点演出取消' }, 1: { actual: '70', score: 8.75 } }), { total_score: 95.65 }),
  },
  {
    id: 'S39-P28', sector: '戏曲进乡村（总分80，等级良）', expect: [], scoring: { total: 80, grade: '良' },
    form: opera(patch(OPERA, { 0: { actual: '0', score: 0, reason: '主要演出团体改制，全年未能组织送戏下乡' } }),
      { budget: budget(160, 150, 150, 100, 10), total_score: 80 }),
  },
];
