import { dt, F, type FormCase, funds, KC, LZ, NUM, patch, Q, QUA, r, SAT, SOC, split, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 30F (session 11), 部门（单位）整体绩效目标表: 区司法局 on the 2021 tree (履职效能 / 管理效率 / 社会效应 /
 * 可持续发展), 100 points with 部门预算执行率 10 under 管理效率. Written before reading any code under review/; readings in
 * set-30-cases.ts.
 */
const ME = '管理效率';

const LAW = [
  r(LZ, NUM, '办理法律援助案件', '>=', '650', '件', 15), r(LZ, NUM, '开展普法宣传活动', '>=', '120', '场次', 10),
  r(LZ, QUA, '人民调解成功率', '>=', '95', '%', 10), r(LZ, TIM, '法律援助申请审查时限', '<=', '7', '个工作日', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '矛盾纠纷排查化解率', '>=', '98', '%', 10),
  r(SX, SAT, '受援群众满意度', '>=', '95', '%', 15), r(KC, SUS, '公共法律服务体系', Q, '持续完善', null, 20),
];
const LAW_GOAL = '年度目标：办理法律援助案件650件，开展普法宣传活动120场次，人民调解成功率95%以上，法律援助申请7个工作日内审查完毕。';
const LAW_TASKS = [{ name: '法律援助与普法', content: '办理法律援助案件650件，开展普法宣传活动120场次。', budget_wan: 320 }];
const LAW_MEASURES = [{ title: '队伍建设', text: '加强法律援助律师队伍建设，落实案件质量评查制度，推进公共法律服务实体平台规范化。' }];
const law = (fields: Record<string, unknown> = {}, indicators = LAW) => dt({
  org: '区司法局', budget_total_wan: 2100, fund_sources: funds(2100, null, null), structure: split(1780, 320),
  goal: LAW_GOAL, tasks: LAW_TASKS, measures: LAW_MEASURES, indicators, ...fields,
});

export const SET30_DEPARTMENT_TARGET_CASES: FormCase[] = [
  { id: 'S30-J01', sector: '司法局整体目标（干净，履职效能树）', form: law(), expect: [] },
  { id: 'S30-J02', sector: '司法局整体目标（基本支出1780+项目支出300≠2100）', form: law({ structure: split(1780, 300) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S30-J03', sector: '司法局整体目标（政府预算2000+财政专户150超总额2100）', form: law({ fund_sources: funds(2000, 150, null) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S30-J04', sector: '司法局整体目标（政府预算资金1900，其余来源未填，安静）', form: law({ fund_sources: funds(1900, null, null) }), expect: [] },
  { id: 'S30-J05', sector: '司法局整体目标（去掉预算执行率，合计90）', form: law({}, LAW.filter((_, i) => i !== 4)), expect: [F('weights', null, 'weight')] },
  { id: 'S30-J06', sector: '司法局整体目标（服务对象满意度挂履职效能）', form: law({}, patch(LAW, { 6: { level1: LZ } })), expect: [F('levels', 6, null)] },
  { id: 'S30-J07', sector: '司法局整体目标（目标普法150场次，指标120场次）', form: law({ goal: LAW_GOAL.replace('120场次', '150场次') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S30-J08', sector: '司法局整体目标（任务写700件，指标650件）', expect: [F('goal_vs_indicators', null, null)],
    form: law({ tasks: [{ name: '法律援助与普法', content: '办理法律援助案件700件，开展普法宣传活动120场次。', budget_wan: 320 }] }),
  },
  {
    id: 'S30-J09', sector: '司法局整体目标（保障措施写社区矫正对象姓名身份证号）', expect: [F('private_data', null, null)],
    form: law({ measures: [{ title: '社区矫正', text: '对社区矫正对象陈国强（身份证号500108198807213316）落实电子定位监管，推进公共法律服务实体平台规范化。' }] }),
  },
  {
    id: 'S30-J10', sector: '司法局整体目标（无满意度指标）', expect: [F('coverage', null, null)],
    form: law({}, patch(LAW, { 6: { level2: SOC, name: '法治宣传教育覆盖率', target: '90' } })),
  },
  {
    id: 'S30-J11', sector: '司法局整体目标（一行权重0，合计仍100）', expect: [F('weights', 1, 'weight')],
    form: law({}, patch(LAW, { 1: { weight: 0 }, 7: { weight: 30 } })),
  },
];
