import { F } from './form-case-types';
import { lights, mrow, report, vary, yuan, type MonitoringFormCase } from './monitoring-case-types';

// 公共自行车系统运营维护 (区公共自行车服务中心), 2025 年 1–6 月 项目绩效运行监控表; 680 万元, so 重点监控 by budget applies.
const BIKE = report({
  fiscal_year: 2025, month: 6, org: '区公共自行车服务中心', project_code: '2025-CG-0317', project_name: '公共自行车系统运营维护',
  budget_wan: 680, executed_wan: 352.6, execution_rate: 51.85,
  indicators: [
    mrow('产出指标', '数量指标', '新增公共自行车投放数量', '>=', '1200', '辆', '650', { forecast: '1200' }),
    mrow('产出指标', '数量指标', '站点日常巡检次数', '>=', '24000', '次', '12600'),
    mrow('产出指标', '质量指标', '车辆完好率', '>=', '95', '%', '97.2'),
    mrow('产出指标', '时效指标', '故障车辆处置时限', '<=', '24', '小时', '18'),
    mrow('成本指标', '经济成本指标', '单车年均运维成本', '<=', '560', '元', '270'),
    mrow('满意度指标', '服务对象满意度指标', '骑行者满意度', '>=', '90', '%', null, { not_measured: '年底测评', forecast: '92%' }),
  ],
});
const BIKE_LIGHTS = lights('g', 'gggggn', 'g', false);
const SLOW_SPEND = { executed_wan: 152.6, execution_rate: 22.44 };
const LATE_BIKES = { progress_value: '420', deviation_reason: '新车型定制生产周期延长，首批车辆6月下旬到货' };

const bike: MonitoringFormCase[] = [
  { id: 'M59-P01', sector: '公共自行车', report: BIKE, expect: [], lights: BIKE_LIGHTS },
  {
    id: 'M59-P02', sector: '公共自行车（日均骑行量为平均数，不累计）',
    report: vary(BIKE, { indicators: [...BIKE.indicators, mrow('效益指标', '社会效益指标', '日均骑行量', '>=', '3.5', '万人次', '3.8')] }),
    expect: [], lights: lights('g', 'gggggng', 'g', false),
  },
  { id: 'M59-P03', sector: '公共自行车（执行率与执行数不符）', report: vary(BIKE, { execution_rate: 57.85 }), expect: [F('budget_arithmetic', null, 'execution_rate')], lights: BIKE_LIGHTS },
  {
    id: 'M59-P04', sector: '公共自行车（执行红灯无偏差原因）', report: vary(BIKE, SLOW_SPEND),
    expect: [F('self_evaluation', null, 'deviation_reason')], lights: lights('r', 'gggggn', 'r', true),
  },
  {
    id: 'M59-P05', sector: '公共自行车（执行红灯，原因与措施齐全）',
    report: vary(BIKE, {
      ...SLOW_SPEND,
      deviation_reason: '车辆采购合同于5月签订，首批车辆7月交付，采购款按合同约定在交付验收后支付',
      measures: '督促供应商按期交付，验收合格后10个工作日内支付采购款；运维费按季度及时结算',
    }),
    expect: [], lights: lights('r', 'gggggn', 'r', true),
  },
  { id: 'M59-P06', sector: '公共自行车（指标黄灯无偏差原因）', report: vary(BIKE, {}, { 0: { progress_value: '420' } }), expect: [F('self_evaluation', 0, 'deviation_reason')], lights: lights('g', 'yggggn', 'y', false) },
  { id: 'M59-P07', sector: '公共自行车（指标黄灯无纠偏措施）', report: vary(BIKE, {}, { 0: LATE_BIKES }), expect: [F('self_evaluation', 0, 'measures')], lights: lights('g', 'yggggn', 'y', false) },
  {
    id: 'M59-P08', sector: '公共自行车（预计1000辆却称能完成）', report: vary(BIKE, {}, { 0: { forecast: '1000', expected_completion: '达成' } }),
    expect: [F('self_evaluation', 0, 'expected_completion')], lights: BIKE_LIGHTS,
  },
  {
    id: 'M59-P09', sector: '公共自行车（预计值均达标）',
    report: vary(BIKE, {}, { 0: { forecast: '1200', expected_completion: '达成' }, 1: { forecast: '24000', expected_completion: '达成' }, 2: { forecast: '96', expected_completion: '达成' } }),
    expect: [], lights: BIKE_LIGHTS,
  },
  {
    id: 'M59-P10', sector: '公共自行车（累计已超全年目标仍称滞后）',
    report: vary(BIKE, {}, { 1: { progress_value: '25100', expected_completion: '部分达成', deviation_reason: '巡检进度滞后于计划' } }),
    expect: [F('self_evaluation', 1, 'expected_completion')], lights: lights('g', 'gbgggn', 'g', false),
  },
  {
    id: 'M59-P11', sector: '公共自行车（完好率按比率判断，黄灯有原因措施）',
    report: vary(BIKE, {}, { 2: { progress_value: '74', deviation_reason: '老旧车辆集中报废，替换新车7月投放', measures: '7月完成新车投放后完好率恢复至95%以上' } }),
    expect: [], lights: lights('g', 'ggyggn', 'y', false),
  },
  {
    id: 'M59-P12', sector: '公共自行车（执行数超过年度预算）', report: vary(BIKE, { executed_wan: 712, execution_rate: 104.71 }),
    expect: [F('budget_arithmetic', null, 'executed_wan')], lights: BIKE_LIGHTS,
  },
];

// 孤独症儿童康复救助 (区残疾人联合会), 2025 年 1–7 月; 156 万元, below the 重点监控 budget line.
const AUTISM = report({
  fiscal_year: 2025, month: 7, org: '区残疾人联合会', project_name: '孤独症儿童康复救助',
  budget_wan: 156, executed_wan: 84.5, execution_rate: 54.17,
  indicators: [
    mrow('产出指标', '数量指标', '救助孤独症儿童人数', '>=', '220', '人', '168'),
    mrow('产出指标', '数量指标', '康复训练服务课时', '>=', '26400', '课时', '14100'),
    mrow('产出指标', '质量指标', '定点康复机构评估达标率', '=', '100', '%', '100'),
    mrow('产出指标', '时效指标', '救助资金拨付及时率', '>=', '95', '%', '100'),
    mrow('成本指标', '经济成本指标', '人均年度救助标准', '<=', '24000', '元', '24000'),
    mrow('效益指标', '社会效益指标', '受助儿童康复评估有效率', '>=', '85', '%', '88'),
    mrow('效益指标', '可持续影响指标', '康复服务长效机制', 'qualitative', '逐步健全', null, '已出台定点机构管理办法', { expected_completion: '达成' }),
    mrow('满意度指标', '服务对象满意度指标', '家长满意度', '>=', '90', '%', '94'),
  ],
});
const AUTISM_LIGHTS = lights('g', 'bggggggg', 'g', false);
const CLOSED_CENTRES = { progress_value: '7800', deviation_reason: '两家定点机构场地改造暂停服务两个月' };
const LATE_RULES = { progress_value: '管理办法正在征求意见' };

const autism: MonitoringFormCase[] = [
  { id: 'M59-W01', sector: '孤独症儿童康复', report: AUTISM, expect: [], lights: AUTISM_LIGHTS },
  { id: 'M59-W02', sector: '孤独症儿童康复（执行率填错）', report: vary(AUTISM, { execution_rate: 45 }), expect: [F('budget_arithmetic', null, 'execution_rate')], lights: AUTISM_LIGHTS },
  {
    id: 'M59-W03', sector: '孤独症儿童康复（金额以元填报）',
    report: vary(AUTISM, { budget_wan: yuan(1563800), executed_wan: yuan(846215), execution_rate: 54.11 }), expect: [], lights: AUTISM_LIGHTS,
  },
  { id: 'M59-W04', sector: '孤独症儿童康复（课时红灯无纠偏措施）', report: vary(AUTISM, {}, { 1: CLOSED_CENTRES }), expect: [F('self_evaluation', 1, 'measures')], lights: lights('g', 'brgggggg', 'r', true) },
  {
    id: 'M59-W05', sector: '孤独症儿童康复（课时红灯，原因措施齐全）',
    report: vary(AUTISM, {}, { 1: { ...CLOSED_CENTRES, measures: '督促两家机构8月复课，并将受助儿童临时转介至其他定点机构' } }),
    expect: [], lights: lights('g', 'brgggggg', 'r', true),
  },
  {
    id: 'M59-W06', sector: '孤独症儿童康复（定性部分达成无原因）', report: vary(AUTISM, {}, { 6: { ...LATE_RULES, expected_completion: '部分达成' } }),
    expect: [F('self_evaluation', 6, 'deviation_reason')], lights: lights('g', 'bgggggyg', 'y', false),
  },
  {
    id: 'M59-W07', sector: '孤独症儿童康复（定性未达成，原因措施齐全）',
    report: vary(AUTISM, {}, { 6: { ...LATE_RULES, expected_completion: '未达成', deviation_reason: '市级配套文件尚未出台', measures: '待市级文件出台后一个月内印发区级办法' } }),
    expect: [], lights: lights('g', 'bgggggrg', 'r', true),
  },
  { id: 'M59-W08', sector: '孤独症儿童康复（预计200人称能完成）', report: vary(AUTISM, {}, { 0: { forecast: '200', expected_completion: '达成' } }), expect: [F('self_evaluation', 0, 'expected_completion')], lights: AUTISM_LIGHTS },
  { id: 'M59-W09', sector: '孤独症儿童康复（预计有效率80%称能完成）', report: vary(AUTISM, {}, { 5: { forecast: '80', expected_completion: '达成' } }), expect: [F('self_evaluation', 5, 'expected_completion')], lights: AUTISM_LIGHTS },
  { id: 'M59-W10', sector: '孤独症儿童康复（成本超上限无原因）', report: vary(AUTISM, {}, { 4: { progress_value: '25600' } }), expect: [F('self_evaluation', 4, 'deviation_reason')], lights: lights('g', 'bgggrggg', 'r', true) },
  {
    id: 'M59-W11', sector: '孤独症儿童康复（上限指标预计在限内）',
    report: vary(AUTISM, {}, { 4: { forecast: '23800', expected_completion: '达成' }, 0: { forecast: '226', expected_completion: '达成' } }), expect: [], lights: AUTISM_LIGHTS,
  },
];

export const SET59_BIKE_AUTISM_CASES: MonitoringFormCase[] = [...bike, ...autism];
