import { dt, F, type FormCase, funds, KC, LZ, NUM, patch, Q, QUA, r, SAT, SOC, split, SX, SUS, TIM } from './form-case-types';

/**
 * Held-out set 37F (session 17), 部门整体绩效目标表 on the 部门整体 tree (履职效能 / 管理效率 / 社会效应 / 可持续发展): 区卫生健康
 * 委员会, 100 points with 部门预算执行率 10 under 管理效率. Written before reading any code under review/; readings in
 * set-37-cases.ts.
 */
const ME = '管理效率';

const HEALTH = [
  r(LZ, NUM, '家庭医生签约服务人数', '>=', '30', '万人', 15), r(LZ, NUM, '65岁以上老年人健康体检人数', '>=', '4.5', '万人', 10),
  r(LZ, QUA, '适龄儿童免疫规划疫苗接种率', '>=', '95', '%', 10), r(LZ, TIM, '突发公共卫生事件报告及时率', '=', '100', '%', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '居民健康素养水平', '>=', '30', '%', 15),
  r(SX, SAT, '患者满意度', '>=', '90', '%', 15), r(KC, SUS, '基层医疗卫生服务能力', Q, '持续提升', null, 15),
];
const HEALTH_GOAL = '家庭医生签约服务30万人，为4.5万名65岁以上老年人提供健康体检，适龄儿童免疫规划疫苗接种率95%以上，居民健康素养水平达到30%。';
const task = (name: string, content: string, budget_wan: number | null) => ({ name, content, budget_wan });
const HEALTH_TASKS = [
  task('基本公共卫生服务', '为辖区65岁以上老年人开展健康体检4.5万人，家庭医生签约服务30万人。', 9000),
  task('免疫规划', '适龄儿童免疫规划疫苗接种率保持95%以上。', 3000), task('公立医院运行保障', '保障区属公立医院正常运转。', 8000),
];
const HEALTH_MEASURES = [{ title: '绩效监控', text: '按季度开展基本公共卫生服务项目绩效监控，结果与资金拨付挂钩。' }];
const health = (fields: Record<string, unknown> = {}, indicators = HEALTH) => dt({
  org: '区卫生健康委员会', budget_total_wan: 28000, fund_sources: funds(25000, 1000, 2000), structure: split(8000, 20000),
  goal: HEALTH_GOAL, tasks: HEALTH_TASKS, measures: HEALTH_MEASURES, indicators, ...fields,
});

export const SET37_HEALTH_CASES: FormCase[] = [
  { id: 'S37-H01', sector: '卫健委整体目标（干净）', form: health(), expect: [] },
  { id: 'S37-H02', sector: '卫健委（基本支出8000+项目支出21000≠28000）', form: health({ structure: split(8000, 21000) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S37-H03', sector: '卫健委（财政专户空白，拨款26000+单位2000=总额，安静）', form: health({ fund_sources: funds(26000, null, 2000) }), expect: [] },
  { id: 'S37-H04', sector: '卫健委（资金来源按元填）', form: health({ fund_sources: funds(250000000, 10000000, 20000000) }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S37-H05', sector: '卫健委（金额带两位小数，合计相符，安静）', expect: [],
    form: health({ budget_total_wan: 28000.35, fund_sources: funds(25000.35, 1000, 2000), structure: split(8000.12, 20000.23) }),
  },
  {
    id: 'S37-H06', sector: '卫健委（主要任务预算合计30000超过部门预算28000）', expect: [F('budget_arithmetic', null, null)],
    form: health({ tasks: [HEALTH_TASKS[0], HEALTH_TASKS[1], { ...HEALTH_TASKS[2]!, budget_wan: 18000 }] }),
  },
  {
    id: 'S37-H07', sector: '卫健委（任务含人员和公用经费，合计等于总额，安静）', expect: [],
    form: health({ tasks: [task('机关运行', '保障人员经费和日常公用经费。', 8000), ...HEALTH_TASKS.slice(0, 2), { ...HEALTH_TASKS[2]!, budget_wan: 8000 }] }),
  },
  { id: 'S37-H08', sector: '卫健委（目标写新建社区卫生服务中心2个无指标）', form: health({ goal: HEALTH_GOAL.replace('。', '，新建社区卫生服务中心2个。') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S37-H09', sector: '卫健委（目标写0—6岁儿童健康管理，安静）', form: health({ goal: `${HEALTH_GOAL}做好0—6岁儿童健康管理。` }), expect: [] },
  { id: 'S37-H10', sector: '卫健委（目标写300000人，指标30万人，安静）', form: health({ goal: HEALTH_GOAL.replace('30万人', '300000人') }), expect: [] },
  { id: 'S37-H11', sector: '卫健委（目标接种率98%，指标95%）', form: health({ goal: HEALTH_GOAL.replace('95%', '98%') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S37-H12', sector: '卫健委（无满意度指标）', form: health({}, [...HEALTH.slice(0, 5), { ...HEALTH[5]!, weight: 30 }, HEALTH[7]!]), expect: [F('coverage', null, null)] },
  {
    id: 'S37-H13', sector: '卫健委（满意度单列一级“满意度”，安静）', expect: [],
    form: health({}, patch(HEALTH, { 6: { level1: '满意度', level2: '服务对象满意度' } })),
  },
  { id: 'S37-H14', sector: '卫健委（可持续发展权重0）', form: health({}, patch(HEALTH, { 7: { weight: 0 }, 5: { weight: 30 } })), expect: [F('weights', 7, 'weight')] },
  {
    id: 'S37-H15', sector: '卫健委（预算执行率挂社会效应）', form: health({}, patch(HEALTH, { 4: { level1: SX } })),
    expect: [F('levels', 4, null), F('level_vs_name', 4, null, true)],
  },
  { id: 'S37-H16', sector: '卫健委（患者满意度以分计）', form: health({}, patch(HEALTH, { 6: { unit: '分' } })), expect: [F('satisfaction', 6, null), F('unit_vs_name', 6, null, true)] },
  { id: 'S37-H17', sector: '卫健委（指标名称空白）', form: health({}, patch(HEALTH, { 7: { name: '' } })), expect: [F('names', 7, null)] },
  {
    id: 'S37-H18', sector: '卫健委（重点人群签约另列一行，安静）', expect: [],
    form: health({}, [{ ...HEALTH[0]!, weight: 10 }, ...HEALTH.slice(1), r(LZ, NUM, '重点人群家庭医生签约服务人数', '>=', '12', '万人', 5)]),
  },
  {
    id: 'S37-H19', sector: '卫健委（分项目标数字均有指标，安静）', expect: [],
    form: health({ sub_goals: [{ title: '基本公卫', text: '家庭医生签约服务30万人，老年人健康体检4.5万人。' }] }),
  },
  {
    id: 'S37-H20', sector: '卫健委（分项目标写新增托位500个无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: health({ sub_goals: [{ title: '托育服务', text: '新增普惠性托位500个。' }] }),
  },
  {
    id: 'S37-H21', sector: '卫健委（任务写安排资金9000万元，安静）', expect: [],
    form: health({ tasks: [{ ...HEALTH_TASKS[0]!, content: `安排资金9000万元，${HEALTH_TASKS[0]!.content}` }, ...HEALTH_TASKS.slice(1)] }),
  },
  { id: 'S37-H22', sector: '卫健委（目标写报告及时率100%，安静）', form: health({ goal: `${HEALTH_GOAL}突发公共卫生事件报告及时率100%。` }), expect: [] },
];
