import { dt, F, type FormCase, funds, KC, LZ, NUM, patch, Q, QUA, r, SAT, SOC, split, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 29 (session 11), 部门（单位）整体绩效目标表: 区统计局 on the 2021 tree (履职效能 / 管理效率 / 社会效应 /
 * 可持续发展), 100 points with 部门预算执行率 10 under 管理效率. Written before reading any code under review/; readings in
 * set-29-cases.ts.
 */
const ME = '管理效率';

const STAT = [
  r(LZ, NUM, '完成统计调查项目', '>=', '36', '项', 15), r(LZ, NUM, '统计执法检查企业', '>=', '60', '家', 10),
  r(LZ, QUA, '统计数据差错率', '<=', '0.5', '%', 10), r(LZ, TIM, '统计数据上报及时率', '>=', '98', '%', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '发布统计信息', '>=', '24', '期', 10),
  r(SX, SAT, '统计数据使用者满意度', '>=', '90', '%', 15), r(KC, SUS, '统计数据质量管理体系', Q, '持续完善', null, 20),
];
const STAT_GOAL = '年度目标：完成统计调查项目36项，对60家企业开展统计执法检查，统计数据差错率控制在0.5%以内，全年发布统计信息24期。';
const STAT_TASKS = [{ name: '统计调查与执法', content: '完成统计调查项目36项，开展统计执法检查60家。', budget_wan: 280 }];
const STAT_MEASURES = [{ title: '数据质量', text: '落实统计数据质量责任制，严格执行统计数据审核制度，依法查处统计造假行为。' }];
const stat = (fields: Record<string, unknown> = {}, indicators = STAT) => dt({
  org: '区统计局', budget_total_wan: 1260, fund_sources: funds(1260, null, null), structure: split(980, 280),
  goal: STAT_GOAL, tasks: STAT_TASKS, measures: STAT_MEASURES, indicators, ...fields,
});

export const SET29_DEPARTMENT_TARGET_CASES: FormCase[] = [
  { id: 'S29-T01', sector: '统计局整体目标（干净，履职效能树）', form: stat(), expect: [] },
  // Relabelled after measuring: a shortfall beside blank 财政专户/单位资金 cells proves nothing (set 11's reading, sets 24 and 27).
  { id: 'S29-T02', sector: '统计局整体目标（政府预算资金1200，其余来源未填，安静）', form: stat({ fund_sources: funds(1200, null, null) }), expect: [] },
  { id: 'S29-T03', sector: '统计局整体目标（基本支出980+项目支出300≠1260）', form: stat({ structure: split(980, 300) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S29-T04', sector: '统计局整体目标（去掉预算执行率，合计90）', form: stat({}, STAT.filter((_, i) => i !== 4)), expect: [F('weights', null, 'weight')] },
  { id: 'S29-T05', sector: '统计局整体目标（服务对象满意度挂管理效率）', form: stat({}, patch(STAT, { 6: { level1: ME } })), expect: [F('levels', 6, null)] },
  { id: 'S29-T06', sector: '统计局整体目标（目标发布30期，指标24期）', form: stat({ goal: STAT_GOAL.replace('24期', '30期') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S29-T07', sector: '统计局整体目标（保障措施写企业负责人姓名身份证号）', expect: [F('private_data', null, null)],
    form: stat({ measures: [{ title: '数据质量', text: '对虚报统计数据的企业负责人杨国平（身份证号500108197106253318）依法立案查处，落实统计数据质量责任制。' }] }),
  },
  {
    id: 'S29-T08', sector: '统计局整体目标（保障措施写12340和信用代码，安静）', expect: [],
    form: stat({ measures: [{ title: '数据质量', text: '畅通12340统计举报热线，对统一社会信用代码91500108MA5U7XK93B的企业统计违法行为依法查处。' }] }),
  },
  {
    id: 'S29-T09', sector: '统计局整体目标（无满意度指标）', expect: [F('coverage', null, null)],
    form: stat({}, patch(STAT, { 6: { level2: SOC, name: '统计数据社会引用', target: '120', unit: '次' } })),
  },
  {
    id: 'S29-T10', sector: '统计局整体目标（任务写40项，指标36项）', expect: [F('goal_vs_indicators', null, null)],
    form: stat({ tasks: [{ name: '统计调查与执法', content: '完成统计调查项目40项，开展统计执法检查60家。', budget_wan: 280 }] }),
  },
  { id: 'S29-T11', sector: '统计局整体目标（预算执行挂履职效能）', form: stat({}, patch(STAT, { 4: { level1: LZ } })), expect: [F('levels', 4, null)] },
];
