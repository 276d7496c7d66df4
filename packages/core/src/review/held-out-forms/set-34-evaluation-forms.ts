import { B, e, F, type FormCase, NUM, O, patch, Q, QUA, S, SAT, SOC, TIM } from './form-case-types';
import { budget, sheet } from './set-23-evaluation-forms-a';

/**
 * Held-out set 34F (session 15), 项目支出绩效自评表 at year end: 博物馆临时展览及社教活动 (区博物馆), budget block, 6 rows on 90,
 * 全年实际完成情况, 评价结论. Written before reading any code under review/ or scoring/; readings in set-34-cases.ts.
 */

/** 147 of 150 adjusted (98%, 9.8), total 99.8. */
const MUS = [
  e(O, NUM, '举办临时展览', '>=', '8', '个', 20, '9', 20),
  e(O, NUM, '开展社教活动', '>=', '60', '场次', 15, '66', 15),
  e(O, QUA, '展品安全事故', '=', '0', '起', 15, '0', 15),
  e(O, TIM, '展览布展完成时间', Q, '2025年9月底前', null, 10, '2025年9月20日', 10),
  e(B, SOC, '接待观众', '>=', '30', '万人次', 15, '34', 15),
  e(S, SAT, '观众满意度', '>=', '90', '%', 15, '95', 15),
];
const MUS_GOAL = '举办临时展览8个，开展社教活动60场次，接待观众30万人次。';
const MUS_OUTCOME = '全年举办临时展览9个，开展社教活动66场次，接待观众34万人次，观众满意度95%。';
const mus = (indicators = MUS, fields: Record<string, unknown> = {}) => sheet({
  org: '区博物馆', project_name: '博物馆临时展览及社教活动', goal: MUS_GOAL, goal_outcome: MUS_OUTCOME,
  budget: budget(150, 150, 147, 98, 9.8), total_score: 99.8, indicators,
  problems: '部分展览宣传推广不足。', improvements: '加强新媒体宣传，延长热门展览展期。' }, fields);
/** 27 of 30 万人次: 15 × 27/30 = 13.5; total 98.3. */
const MUS_SHORT = { actual: '27', score: 13.5 };
const MUS_SHORT_OUTCOME = MUS_OUTCOME.replace('34万人次', '27万人次');

export const SET34_EVALUATION_CASES: FormCase[] = [
  { id: 'S34-E01', sector: '博物馆临展自评（无缺陷）', form: mus(), expect: [], scoring: { total: 99.8, grade: '优' } },
  {
    id: 'S34-E02', sector: '博物馆临展自评（观众27万人次扣分无偏差原因）', expect: [F('self_evaluation', 4, 'reason')], scoring: { total: 98.3, grade: '优' },
    form: mus(patch(MUS, { 4: MUS_SHORT }), { total_score: 98.3, goal_outcome: MUS_SHORT_OUTCOME }),
  },
  {
    id: 'S34-E03', sector: '博物馆临展自评（观众27万人次扣分有原因）', expect: [], scoring: { total: 98.3, grade: '优' },
    form: mus(patch(MUS, { 4: { ...MUS_SHORT, reason: '展厅改造闭馆两个月，接待量减少' } }), { total_score: 98.3, goal_outcome: MUS_SHORT_OUTCOME }),
  },
  {
    id: 'S34-E04', sector: '博物馆临展自评（27万人次仍得满分15）', scoring: { total: 98.3, grade: '优' },
    expect: [F('self_evaluation', 4, 'score'), F('self_evaluation', 4, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    form: mus(patch(MUS, { 4: { actual: '27' } }), { goal_outcome: MUS_SHORT_OUTCOME }),
  },
  { id: 'S34-E05', sector: '博物馆临展自评（总分写成97）', form: mus(MUS, { total_score: 97 }), expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.8, grade: '优' } },
  {
    id: 'S34-E06', sector: '博物馆临展自评（满意度得17分超分值15）', form: mus(patch(MUS, { 5: { score: 17 } }), { total_score: 101.8 }),
    expect: [F('self_evaluation', 5, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S34-E07', sector: '博物馆临展自评（执行率写90%而147/150为98%）', expect: [F('budget_arithmetic', null, null), F('self_evaluation', null, null, true)], scoring: { total: 99.8, grade: '优' },
    form: mus(MUS, { budget: budget(150, 150, 147, 90, 9.8) }),
  },
];
