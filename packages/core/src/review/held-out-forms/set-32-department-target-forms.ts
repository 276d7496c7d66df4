import { dt, F, type FormCase, funds, KC, LZ, NUM, patch, Q, QUA, r, SAT, SOC, split, SX, SUS, TIM } from './form-case-types';

/**
 * Held-out set 32F (session 14), 部门（单位）整体绩效目标表: 区档案馆 on the 2021 tree (履职效能 / 管理效率 / 社会效应 /
 * 可持续发展), 100 points with 部门预算执行率 10 under 管理效率. Written before reading any code under review/; readings in
 * set-32-cases.ts.
 */
const ME = '管理效率';

const ARCH = [
  r(LZ, NUM, '接收档案进馆', '>=', '3', '万卷', 15), r(LZ, NUM, '馆藏档案数字化扫描', '>=', '120', '万页', 10),
  r(LZ, QUA, '馆藏档案安全保管率', '=', '100', '%', 10), r(LZ, TIM, '档案查阅申请办结时限', '<=', '3', '个工作日', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '档案查阅利用', '>=', '8000', '人次', 15),
  r(SX, SAT, '档案利用者满意度', '>=', '90', '%', 15), r(KC, SUS, '档案信息化建设', Q, '持续推进', null, 15),
];
const ARCH_GOAL = '年度目标：接收档案进馆3万卷，完成馆藏档案数字化扫描120万页，提供档案查阅利用8000人次以上。';
const ARCH_TASKS = [{ name: '馆藏档案数字化', content: '完成馆藏档案数字化扫描120万页。', budget_wan: 300 }];
const ARCH_MEASURES = [{ title: '安全管理', text: '落实库房温湿度监控和安全巡查制度，定期开展档案安全检查。' }];
const arch = (fields: Record<string, unknown> = {}, indicators = ARCH) => dt({
  org: '区档案馆', budget_total_wan: 1200, fund_sources: funds(1150, null, 50), structure: split(900, 300),
  goal: ARCH_GOAL, tasks: ARCH_TASKS, measures: ARCH_MEASURES, indicators, ...fields,
});

export const SET32_DEPARTMENT_TARGET_CASES: FormCase[] = [
  { id: 'S32-M01', sector: '档案馆整体目标（干净）', form: arch(), expect: [] },
  { id: 'S32-M02', sector: '档案馆整体目标（基本支出900+项目支出250≠1200）', form: arch({ structure: split(900, 250) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S32-M03', sector: '档案馆整体目标（政府预算1150+单位资金80超总额1200）', form: arch({ fund_sources: funds(1150, null, 80) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S32-M04', sector: '档案馆整体目标（去掉预算执行率，合计90）', form: arch({}, ARCH.filter((_, i) => i !== 4)), expect: [F('weights', null, 'weight')] },
  { id: 'S32-M05', sector: '档案馆整体目标（目标进馆3.5万卷，指标3万卷）', form: arch({ goal: ARCH_GOAL.replace('3万卷', '3.5万卷') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S32-M06', sector: '档案馆整体目标（任务写扫描150万页，指标120万页）', expect: [F('goal_vs_indicators', null, null)],
    form: arch({ tasks: [{ name: '馆藏档案数字化', content: '完成馆藏档案数字化扫描150万页。', budget_wan: 300 }] }),
  },
  { id: 'S32-M07', sector: '档案馆整体目标（满意度挂履职效能）', form: arch({}, patch(ARCH, { 6: { level1: LZ } })), expect: [F('levels', 6, null)] },
  {
    id: 'S32-M08', sector: '档案馆整体目标（无满意度指标）', expect: [F('coverage', null, null)],
    form: arch({}, patch(ARCH, { 6: { level2: SOC, name: '档案开放鉴定', target: '5', unit: '万卷' } })),
  },
  { id: 'S32-M09', sector: '档案馆整体目标（办结时限写≥3个工作日）', form: arch({}, patch(ARCH, { 3: { comparator: '>=' } })), expect: [F('direction', 3, null)] },
  {
    id: 'S32-M10', sector: '档案馆整体目标（保障措施写库管员姓名手机）', expect: [F('private_data', null, null)],
    form: arch({ measures: [{ title: '安全管理', text: '库房由库管员陈秀英（13765412398）每日巡查温湿度，定期开展档案安全检查。' }] }),
  },
  { id: 'S32-M11', sector: '档案馆整体目标（目标写30000卷，指标3万卷，安静）', form: arch({ goal: ARCH_GOAL.replace('3万卷', '30000卷') }), expect: [] },
];
