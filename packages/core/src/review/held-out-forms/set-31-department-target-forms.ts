import { dt, F, type FormCase, funds, KC, LZ, NUM, patch, Q, QUA, r, SAT, SOC, split, SX, SUS, TIM } from './form-case-types';

/**
 * Held-out set 31F (session 11), 部门（单位）整体绩效目标表: 区医疗保障局 on the 2021 tree (履职效能 / 管理效率 / 社会效应 /
 * 可持续发展), 100 points with 部门预算执行率 10 under 管理效率. Written before reading any code under review/; readings in
 * set-31-cases.ts.
 */
const ME = '管理效率';

const MED = [
  r(LZ, NUM, '医保基金监管检查定点医药机构', '>=', '320', '家', 15), r(LZ, NUM, '城乡居民医保参保人数', '>=', '52', '万人', 10),
  r(LZ, QUA, '医保经办业务差错率', '<=', '0.5', '%', 10), r(LZ, TIM, '异地就医备案办结时限', '<=', '1', '个工作日', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '追回违规使用医保基金', '>=', '800', '万元', 10),
  r(SX, SAT, '参保群众满意度', '>=', '90', '%', 15), r(KC, SUS, '医保基金运行', Q, '收支平衡、略有结余', null, 20),
];
const MED_GOAL = '年度目标：检查定点医药机构320家，城乡居民医保参保人数稳定在52万人以上，异地就医备案1个工作日内办结，追回违规使用医保基金800万元。';
const MED_TASKS = [{ name: '医保基金监管', content: '检查定点医药机构320家，追回违规使用医保基金800万元。', budget_wan: 700 }];
const MED_MEASURES = [{ title: '监管机制', text: '推进医保智能监控全覆盖，落实飞行检查和专项治理，畅通举报投诉渠道。' }];
const med = (fields: Record<string, unknown> = {}, indicators = MED) => dt({
  org: '区医疗保障局', budget_total_wan: 3600, fund_sources: funds(3400, null, 200), structure: split(2900, 700),
  goal: MED_GOAL, tasks: MED_TASKS, measures: MED_MEASURES, indicators, ...fields,
});

export const SET31_DEPARTMENT_TARGET_CASES: FormCase[] = [
  { id: 'S31-M01', sector: '医保局整体目标（干净）', form: med(), expect: [] },
  { id: 'S31-M02', sector: '医保局整体目标（基本支出2900+项目支出600≠3600）', form: med({ structure: split(2900, 600) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S31-M03', sector: '医保局整体目标（政府预算3400+单位资金300超总额3600）', form: med({ fund_sources: funds(3400, null, 300) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S31-M04', sector: '医保局整体目标（政府预算3400，其余来源未填，安静）', form: med({ fund_sources: funds(3400, null, null) }), expect: [] },
  { id: 'S31-M05', sector: '医保局整体目标（去掉预算执行率，合计90）', form: med({}, MED.filter((_, i) => i !== 4)), expect: [F('weights', null, 'weight')] },
  { id: 'S31-M06', sector: '医保局整体目标（目标检查360家，指标320家）', form: med({ goal: MED_GOAL.replace('320家', '360家') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S31-M07', sector: '医保局整体目标（任务写追回900万元，指标800万元）', expect: [F('goal_vs_indicators', null, null)],
    form: med({ tasks: [{ name: '医保基金监管', content: '检查定点医药机构320家，追回违规使用医保基金900万元。', budget_wan: 700 }] }),
  },
  {
    id: 'S31-M08', sector: '医保局整体目标（保障措施写举报人姓名手机）', expect: [F('private_data', null, null)],
    form: med({ measures: [{ title: '监管机制', text: '根据举报人张丽（手机13512365478）提供的线索，对某诊所开展飞行检查，推进医保智能监控全覆盖。' }] }),
  },
  { id: 'S31-M09', sector: '医保局整体目标（服务对象满意度挂履职效能）', form: med({}, patch(MED, { 6: { level1: LZ } })), expect: [F('levels', 6, null)] },
  {
    id: 'S31-M10', sector: '医保局整体目标（无满意度指标）', expect: [F('coverage', null, null)],
    form: med({}, patch(MED, { 6: { level2: SOC, name: '定点医药机构智能监控覆盖率', target: '95' } })),
  },
  { id: 'S31-M11', sector: '医保局整体目标（差错率写≥0.5%）', form: med({}, patch(MED, { 2: { comparator: '>=' } })), expect: [F('direction', 2, null)] },
];
