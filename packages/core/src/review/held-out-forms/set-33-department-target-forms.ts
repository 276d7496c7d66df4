import { dt, F, type FormCase, funds, KC, LZ, NUM, patch, Q, QUA, r, SAT, SOC, split, SX, SUS, TIM } from './form-case-types';

/**
 * Held-out set 33F (session 14), 部门（单位）整体绩效目标表: 区应急管理局 on the 2021 tree (履职效能 / 管理效率 / 社会效应 /
 * 可持续发展), 100 points with 部门预算执行率 10 under 管理效率. Written before reading any code under review/; readings in
 * set-33-cases.ts.
 */
const ME = '管理效率';

const EM = [
  r(LZ, NUM, '组织应急演练', '>=', '20', '场次', 15), r(LZ, NUM, '安全生产执法检查企业', '>=', '600', '家', 10),
  r(LZ, QUA, '安全隐患整改率', '>=', '95', '%', 10), r(LZ, TIM, '灾情信息报送时限', '<=', '1', '小时', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '较大以上生产安全事故', '=', '0', '起', 15),
  r(SX, SAT, '企业和群众满意度', '>=', '90', '%', 15), r(KC, SUS, '应急管理体系建设', Q, '持续完善', null, 15),
];
const EM_GOAL = '年度目标：组织应急演练20场次，安全生产执法检查企业600家，安全隐患整改率达到95%以上。';
const EM_TASKS = [{ name: '应急物资储备', content: '补充储备救灾帐篷、棉被等应急物资，开展应急演练20场次。', budget_wan: 500 }];
const EM_MEASURES = [{ title: '执法检查', text: '落实分级分类执法检查计划，对重大隐患挂牌督办、闭环销号。' }];
const em = (fields: Record<string, unknown> = {}, indicators = EM) => dt({
  org: '区应急管理局', budget_total_wan: 2000, fund_sources: funds(1900, null, 100), structure: split(1500, 500),
  goal: EM_GOAL, tasks: EM_TASKS, measures: EM_MEASURES, indicators, ...fields,
});

export const SET33_DEPARTMENT_TARGET_CASES: FormCase[] = [
  { id: 'S33-M01', sector: '应急管理局整体目标（干净）', form: em(), expect: [] },
  { id: 'S33-M02', sector: '应急管理局整体目标（基本支出1500+项目支出400≠2000）', form: em({ structure: split(1500, 400) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S33-M03', sector: '应急管理局整体目标（政府预算1900+单位资金150超总额2000）', form: em({ fund_sources: funds(1900, null, 150) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S33-M04', sector: '应急管理局整体目标（去掉预算执行率，合计90）', form: em({}, EM.filter((_, i) => i !== 4)), expect: [F('weights', null, 'weight')] },
  { id: 'S33-M05', sector: '应急管理局整体目标（目标检查800家，指标600家）', form: em({ goal: EM_GOAL.replace('600家', '800家') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S33-M06', sector: '应急管理局整体目标（较大事故写≥1起）', form: em({}, patch(EM, { 5: { comparator: '>=', target: '1' } })), expect: [F('direction', 5, null)] },
  {
    id: 'S33-M07', sector: '应急管理局整体目标（无满意度指标）', expect: [F('coverage', null, null)],
    form: em({}, patch(EM, { 6: { level2: SOC, name: '安全宣传受众', target: '5', unit: '万人次' } })),
  },
  { id: 'S33-M08', sector: '应急管理局整体目标（隐患整改率写≤95%）', form: em({}, patch(EM, { 2: { comparator: '<=' } })), expect: [F('direction', 2, null)] },
  { id: 'S33-M09', sector: '应急管理局整体目标（目标写六百家，安静）', form: em({ goal: EM_GOAL.replace('600家', '六百家') }), expect: [] },
  { id: 'S33-M10', sector: '应急管理局整体目标（满意度目标80%）', form: em({}, patch(EM, { 6: { target: '80' } })), expect: [F('satisfaction', 6, null)] },
  { id: 'S33-M11', sector: '应急管理局整体目标（体系建设权重-5）', form: em({}, patch(EM, { 7: { weight: -5 }, 0: { weight: 35 } })), expect: [F('weights', 7, 'weight')] },
];
