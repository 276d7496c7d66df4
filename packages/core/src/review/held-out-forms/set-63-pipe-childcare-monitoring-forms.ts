import { F } from './form-case-types';
import { lights, mrow, report, vary, type MonitoringFormCase } from './monitoring-case-types';

// 城区老旧供水管网改造（二期）(区水务建设管理中心), a 跨年 project (2024年10月—2025年9月): this year's part ends in 9月, so the
// 2025 年 1—9 月 目标执行监控表 is due in full (9 of its 9 months); 860 万元, so 重点监控 by budget applies.
const PIPES = report({
  fiscal_year: 2025, month: 9, end_month: 9, org: '区水务建设管理中心', project_code: '2025-SW-0112', project_name: '城区老旧供水管网改造（二期）',
  budget_wan: 860, executed_wan: 790, execution_rate: 91.86,
  indicators: [
    mrow('产出指标', '数量指标', '改造供水管网长度', '>=', '18', '公里', '17.2'),
    mrow('产出指标', '数量指标', '更换智能远传水表', '>=', '3200', '个', '3050'),
    mrow('产出指标', '质量指标', '管道水压试验一次合格率', '>=', '98', '%', '99.1'),
    mrow('产出指标', '时效指标', '主体工程完工', 'qualitative', '2025年9月底前完工', null, '主体工程已完工，正在办理竣工验收', { expected_completion: '达成' }),
    mrow('效益指标', '社会效益指标', '管网漏损率', '<=', '12', '%', '10.8'),
    mrow('满意度指标', '服务对象满意度指标', '受益居民满意度', '>=', '90', '%', null, { not_measured: '年底测评', forecast: '92' }),
  ],
});
const PIPES_LIGHTS = lights('g', 'gggggn', 'g', false);
const PIPES_SLOW = { executed_wan: 470, execution_rate: 54.65 };

const pipes: MonitoringFormCase[] = [
  { id: 'M63-A01', sector: '供水管网改造（跨年项目，本年度部分9月结束）', report: PIPES, expect: [], lights: PIPES_LIGHTS },
  {
    id: 'M63-A02', sector: '供水管网改造（预计3100个水表却填确定能）', report: vary(PIPES, {}, { 1: { forecast: '3100', expected_completion: '达成' } }),
    expect: [F('self_evaluation', 1, 'expected_completion')], lights: PIPES_LIGHTS,
  },
  {
    id: 'M63-A03', sector: '供水管网改造（全年预计均达标，填确定能）',
    report: vary(PIPES, {}, {
      0: { forecast: '18', expected_completion: '达成' }, 1: { forecast: '3200', expected_completion: '达成' },
      2: { forecast: '99', expected_completion: '达成' }, 4: { forecast: '11', expected_completion: '达成' },
    }),
    expect: [], lights: PIPES_LIGHTS,
  },
  {
    id: 'M63-A04', sector: '供水管网改造（执行数超过全年预算）', report: vary(PIPES, { executed_wan: 905, execution_rate: 105.23 }),
    expect: [F('budget_arithmetic', null, 'executed_wan')], lights: PIPES_LIGHTS,
  },
  {
    id: 'M63-A05', sector: '供水管网改造（执行红灯，偏差原因只勾选经费保障）',
    report: vary(PIPES, { ...PIPES_SLOW, deviation_reason: '经费保障', measures: '加快工程款支付' }),
    expect: [F('self_evaluation', null, 'deviation_reason')], lights: lights('r', 'gggggn', 'r', true),
  },
  {
    id: 'M63-A06', sector: '供水管网改造（执行红灯，经费保障并写明原因与措施）',
    report: vary(PIPES, {
      ...PIPES_SLOW,
      deviation_reason: '经费保障：二期工程结算审计尚未完成，工程尾款待审定后支付',
      measures: '督促审计单位10月底前出具结算审核报告，11月支付工程尾款',
    }),
    expect: [], lights: lights('r', 'gggggn', 'r', true),
  },
  {
    id: 'M63-A07', sector: '供水管网改造（漏损率预计12.5%却填确定能）', report: vary(PIPES, {}, { 4: { forecast: '12.5', expected_completion: '达成' } }),
    expect: [F('self_evaluation', 4, 'expected_completion')], lights: PIPES_LIGHTS,
  },
  {
    id: 'M63-A08', sector: '供水管网改造（管网长度黄灯，硬件条件并写明原因，有可能完成）',
    report: vary(PIPES, {}, {
      0: {
        progress_value: '13', forecast: '18', expected_completion: '部分达成',
        deviation_reason: '硬件条件：3处穿越铁路段须待铁路部门批准施工窗口，8月才获批复',
        measures: '10月利用铁路部门批准的夜间施工窗口完成剩余4.8公里，竣工时间顺延至10月底',
      },
    }),
    expect: [], lights: lights('g', 'yggggn', 'y', false),
  },
];

// 社区嵌入式托育点建设运营补助 (区卫生健康委员会), begun in 5月: 2026 年 1—10 月 运行监控表, 6 of its 8 months run; 300 万元.
const CHILDCARE = report({
  fiscal_year: 2026, month: 10, start_month: 5, org: '区卫生健康委员会', project_code: '2026-WJ-0458', project_name: '社区嵌入式托育点建设运营补助',
  budget_wan: 300, executed_wan: 210, execution_rate: 70,
  indicators: [
    mrow('产出指标', '数量指标', '新建社区嵌入式托育点', '>=', '8', '个', '6'),
    mrow('产出指标', '数量指标', '提供普惠托位', '>=', '320', '个', '250'),
    mrow('产出指标', '质量指标', '托育点备案率', '=', '100', '%', '100'),
    mrow('成本指标', '经济成本指标', '托位建设补助标准', '<=', '1.2', '万元/个', '1.2'),
    mrow('效益指标', '社会效益指标', '托位使用率', '>=', '60', '%', '52'),
    mrow('满意度指标', '服务对象满意度指标', '家长满意度', '>=', '90', '%', '93'),
  ],
});
const CHILDCARE_LIGHTS = lights('g', 'gggggg', 'g', false);
const FEW_PLACES = { progress_value: '160' };
const FIRE_CHECK = '5月项目启动后托育点须先通过消防验收，3个点位9月才取得验收意见，托位10月起陆续开放';

const childcare: MonitoringFormCase[] = [
  { id: 'M63-B01', sector: '嵌入式托育（5月启动项目）', report: CHILDCARE, expect: [], lights: CHILDCARE_LIGHTS },
  {
    id: 'M63-B02', sector: '嵌入式托育（托位黄灯，原因措施齐全）',
    report: vary(CHILDCARE, {}, { 1: { ...FEW_PLACES, deviation_reason: FIRE_CHECK, measures: '11月底前完成剩余托育点开园，同步开展招生宣传' } }),
    expect: [], lights: lights('g', 'gygggg', 'y', false),
  },
  { id: 'M63-B03', sector: '嵌入式托育（托位黄灯无偏差原因）', report: vary(CHILDCARE, {}, { 1: FEW_PLACES }), expect: [F('self_evaluation', 1, 'deviation_reason')], lights: lights('g', 'gygggg', 'y', false) },
  {
    id: 'M63-B04', sector: '嵌入式托育（托位黄灯，纠偏措施填「/」）',
    report: vary(CHILDCARE, {}, { 1: { ...FEW_PLACES, deviation_reason: '消防验收滞后，部分托育点未能按期开园', measures: '/' } }),
    expect: [F('self_evaluation', 1, 'measures')], lights: lights('g', 'gygggg', 'y', false),
  },
  { id: 'M63-B05', sector: '嵌入式托育（执行率填成执行进度）', report: vary(CHILDCARE, { execution_rate: 93.33 }), expect: [F('budget_arithmetic', null, 'execution_rate')], lights: CHILDCARE_LIGHTS },
  {
    id: 'M63-B06', sector: '嵌入式托育（预计7个托育点，如实填有可能）',
    report: vary(CHILDCARE, {}, { 0: { forecast: '7', expected_completion: '部分达成', deviation_reason: '1个点位因房屋产权问题调整选址', measures: '新址已确定，明年一季度建成开园' } }),
    expect: [], lights: CHILDCARE_LIGHTS,
  },
  {
    id: 'M63-B07', sector: '嵌入式托育（预计7个托育点却填确定能）', report: vary(CHILDCARE, {}, { 0: { forecast: '7', expected_completion: '达成' } }),
    expect: [F('self_evaluation', 0, 'expected_completion')], lights: CHILDCARE_LIGHTS,
  },
  {
    id: 'M63-B08', sector: '嵌入式托育（托位累计已超全年目标仍填有可能）', report: vary(CHILDCARE, {}, { 1: { progress_value: '330', expected_completion: '部分达成' } }),
    expect: [F('self_evaluation', 1, 'expected_completion')], lights: lights('g', 'gbgggg', 'g', false),
  },
  {
    id: 'M63-B09', sector: '嵌入式托育（使用率红灯，原因措施齐全）',
    report: vary(CHILDCARE, {}, {
      4: {
        progress_value: '35', deviation_reason: '托育点集中在9—10月开园，新开园点位招生尚在进行，使用率按全部开放托位计算偏低',
        measures: '10—11月开展入户招生宣传，对使用率低于40%的点位逐一督导',
      },
    }),
    expect: [], lights: lights('g', 'ggggrg', 'r', true),
  },
];

export const SET63_PIPE_CHILDCARE_CASES: MonitoringFormCase[] = [...pipes, ...childcare];
