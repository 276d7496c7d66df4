import { dt, F, type FormCase, funds, KC, LZ, NUM, patch, Q, QUA, r, SAT, SOC, split, SX, SUS, TIM } from './form-case-types';

/**
 * Held-out set 34F (session 15), 部门（单位）整体绩效目标表: 区体育局 on the 2021 tree (履职效能 / 管理效率 / 社会效应 / 可持续发展),
 * 100 points with 部门预算执行率 10 under 管理效率. Written before reading any code under review/; readings in set-34-cases.ts.
 */
const ME = '管理效率';

const SPORT = [
  r(LZ, NUM, '举办全民健身赛事活动', '>=', '50', '场', 15), r(LZ, NUM, '新建更新健身路径', '>=', '40', '处', 10),
  r(LZ, QUA, '公共体育场馆免费低收费开放率', '>=', '95', '%', 10), r(LZ, TIM, '赛事补助资金拨付时限', '<=', '15', '个工作日', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '经常参加体育锻炼人数比例', '>=', '40', '%', 15),
  r(SX, SAT, '健身群众满意度', '>=', '90', '%', 15), r(KC, SUS, '全民健身公共服务体系', Q, '持续完善', null, 15),
];
const SPORT_GOAL = '举办全民健身赛事活动50场，新建更新健身路径40处，经常参加体育锻炼人数比例达到40%。';
const SPORT_TASKS = [{ name: '全民健身', content: '举办全民健身赛事活动50场，更新社区健身路径。', budget_wan: 800 }];
const SPORT_MEASURES = [{ title: '场馆开放', text: '落实公共体育场馆免费低收费开放补助，按季度考核开放服务情况。' }];
const sport = (fields: Record<string, unknown> = {}, indicators = SPORT) => dt({
  org: '区体育局', budget_total_wan: 3000, fund_sources: funds(2800, null, 200), structure: split(1800, 1200),
  goal: SPORT_GOAL, tasks: SPORT_TASKS, measures: SPORT_MEASURES, indicators, ...fields,
});

export const SET34_DEPARTMENT_TARGET_CASES: FormCase[] = [
  { id: 'S34-T01', sector: '体育局整体目标（干净）', form: sport(), expect: [] },
  { id: 'S34-T02', sector: '体育局整体目标（基本支出1800+项目支出1100≠3000）', form: sport({ structure: split(1800, 1100) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S34-T03', sector: '体育局整体目标（健身路径权重5，合计95）', form: sport({}, patch(SPORT, { 1: { weight: 5 } })), expect: [F('weights', null, 'weight')] },
  { id: 'S34-T04', sector: '体育局整体目标（目标60场，指标50场）', form: sport({ goal: SPORT_GOAL.replace('50场', '60场') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S34-T05', sector: '体育局整体目标（满意度目标80%）', form: sport({}, patch(SPORT, { 6: { target: '80' } })), expect: [F('satisfaction', 6, null)] },
  { id: 'S34-T06', sector: '体育局整体目标（开放率写≤95%）', form: sport({}, patch(SPORT, { 2: { comparator: '<=' } })), expect: [F('direction', 2, null)] },
  {
    id: 'S34-T07', sector: '体育局整体目标（保障措施写负责人姓名身份证号）', expect: [F('private_data', null, 'measures[0].text')],
    form: sport({ measures: [{ title: '场馆开放', text: '由场馆管理员王志强（身份证330102198506152317）负责开放登记。' }] }),
  },
  { id: 'S34-T08', sector: '体育局整体目标（目标写五十场，安静）', form: sport({ goal: SPORT_GOAL.replace('50场', '五十场') }), expect: [] },
];
