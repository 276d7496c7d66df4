import { F } from './form-case-types';
import { lights, mrow, report, vary, type MonitoringFormCase } from './monitoring-case-types';

// 白蚁防治 (区房屋安全管理中心), 2026 年 1–6 月: a seasonal service paid after its year-end 验收, so spending runs behind by design.
const TERMITE = report({
  fiscal_year: 2026, month: 6, org: '区房屋安全管理中心', project_name: '白蚁防治',
  budget_wan: 95, executed_wan: 18.6, execution_rate: 19.58,
  deviation_reason: '白蚁防治服务按合同约定在年度验收后结算，上半年仅支付合同预付款',
  measures: '7月完成中期检查后支付第二笔进度款；10月底前完成全部灭治验收，11月支付尾款',
  indicators: [
    mrow('产出指标', '数量指标', '新建房屋白蚁预防处理面积', '>=', '80', '万平方米', '46'),
    mrow('产出指标', '数量指标', '白蚁灭治户数', '>=', '1500', '户', '980'),
    mrow('产出指标', '质量指标', '灭治复查合格率', '>=', '98', '%', '99'),
    mrow('产出指标', '时效指标', '报治响应时间', '<=', '48', '小时', '36'),
    mrow('效益指标', '社会效益指标', '白蚁危害投诉处理率', '=', '100', '%', '100'),
    mrow('满意度指标', '服务对象满意度指标', '报治住户满意度', '>=', '90', '%', '95.6'),
  ],
});
const TERMITE_LIGHTS = lights('r', 'gbgggg', 'r', true);
const AUGUST = { month: 8, executed_wan: 52, execution_rate: 54.74 };

const termite: MonitoringFormCase[] = [
  { id: 'M59-T01', sector: '白蚁防治（季节性项目，执行低但原因计划齐全）', report: TERMITE, expect: [], lights: TERMITE_LIGHTS },
  {
    id: 'M59-T02', sector: '白蚁防治（执行红灯偏差原因填「无」）', report: vary(TERMITE, { deviation_reason: '无', measures: null }),
    expect: [F('self_evaluation', null, 'deviation_reason')], lights: TERMITE_LIGHTS,
  },
  { id: 'M59-T03', sector: '白蚁防治（纠偏措施填「/」）', report: vary(TERMITE, { measures: '/' }), expect: [F('self_evaluation', null, 'measures')], lights: TERMITE_LIGHTS },
  { id: 'M59-T04', sector: '白蚁防治（1–8月）', report: vary(TERMITE, AUGUST), expect: [], lights: lights('g', 'gggggg', 'g', false) },
  { id: 'M59-T05', sector: '白蚁防治（1–8月执行率填错）', report: vary(TERMITE, { ...AUGUST, execution_rate: 52 }), expect: [F('budget_arithmetic', null, 'execution_rate')], lights: lights('g', 'gggggg', 'g', false) },
  {
    id: 'M59-T06', sector: '白蚁防治（灭治户数已超全年目标却称不能完成）', report: vary(TERMITE, {}, { 1: { progress_value: '1620', expected_completion: '未达成' } }),
    expect: [F('self_evaluation', 1, 'expected_completion')], lights: TERMITE_LIGHTS,
  },
  {
    id: 'M59-T07', sector: '白蚁防治（灭治户数超前，蓝灯）', report: vary(TERMITE, {}, { 1: { progress_value: '1620', expected_completion: '达成', forecast: '2600' } }),
    expect: [], lights: TERMITE_LIGHTS,
  },
  { id: 'M59-T08', sector: '白蚁防治（预防面积红灯无原因）', report: vary(TERMITE, {}, { 0: { progress_value: '20' } }), expect: [F('self_evaluation', 0, 'deviation_reason')], lights: lights('r', 'rbgggg', 'r', true) },
  { id: 'M59-T09', sector: '白蚁防治（响应时间恰为上限）', report: vary(TERMITE, {}, { 3: { progress_value: '48' } }), expect: [], lights: TERMITE_LIGHTS },
  {
    id: 'M59-T10', sector: '白蚁防治（预计值均等于目标）',
    report: vary(TERMITE, {}, Object.fromEntries(['80', '1500', '98', '48', '100', '90'].map((v, i) => [i, { forecast: v, expected_completion: '达成' as const }]))),
    expect: [], lights: TERMITE_LIGHTS,
  },
];

// 地名标志设置维护 (区民政局), 2025 年 1–8 月; 248 万元, so 重点监控 by budget applies.
const PLACE = report({
  fiscal_year: 2025, month: 8, org: '区民政局', project_name: '地名标志设置维护',
  budget_wan: 248, executed_wan: 150.2, execution_rate: 60.56,
  indicators: [
    mrow('产出指标', '数量指标', '新设街路巷地名标志', '>=', '1600', '块', '1120'),
    mrow('产出指标', '数量指标', '更换门牌', '>=', '12000', '块', '8600'),
    mrow('产出指标', '质量指标', '地名标志设置规范率', '=', '100', '%', '100'),
    mrow('产出指标', '时效指标', '损坏标志修复时限', '<=', '7', '天', '5'),
    mrow('效益指标', '社会效益指标', '地名信息数据库更新完成率', '>=', '95', '%', '96'),
    mrow('满意度指标', '服务对象满意度指标', '群众满意度', '>=', '90', '%', null, { not_measured: '年底测评', forecast: '93' }),
  ],
});
const PLACE_LIGHTS = lights('g', 'gggggn', 'g', false);
const TENDER_LATE = { executed_wan: 92, execution_rate: 37.1, deviation_reason: '地名标志牌采购6月完成招标，首批货款8月下旬支付' };
const SLOWER = { executed_wan: 118, execution_rate: 47.58 };
const BATCHED = { progress_value: '70' };

const place: MonitoringFormCase[] = [
  { id: 'M59-G01', sector: '地名标志', report: PLACE, expect: [], lights: PLACE_LIGHTS },
  { id: 'M59-G02', sector: '地名标志（执行红灯无纠偏措施）', report: vary(PLACE, TENDER_LATE), expect: [F('self_evaluation', null, 'measures')], lights: lights('r', 'gggggn', 'r', true) },
  {
    id: 'M59-G03', sector: '地名标志（执行红灯，原因措施齐全）', report: vary(PLACE, { ...TENDER_LATE, measures: '9月支付首批货款，10月完成安装验收后支付尾款' }),
    expect: [], lights: lights('r', 'gggggn', 'r', true),
  },
  { id: 'M59-G04', sector: '地名标志（执行黄灯无原因）', report: vary(PLACE, SLOWER), expect: [F('self_evaluation', null, 'deviation_reason')], lights: lights('y', 'gggggn', 'y', false) },
  {
    id: 'M59-G05', sector: '地名标志（执行黄灯，原因措施齐全）',
    report: vary(PLACE, { ...SLOWER, deviation_reason: '门牌制作按批次验收付款，第二批7月底验收', measures: '9月上旬支付第二批款项，第三批10月验收' }),
    expect: [], lights: lights('y', 'gggggn', 'y', false),
  },
  { id: 'M59-G06', sector: '地名标志（完成率黄灯无原因）', report: vary(PLACE, {}, { 4: BATCHED }), expect: [F('self_evaluation', 4, 'deviation_reason')], lights: lights('g', 'ggggyn', 'y', false) },
  {
    id: 'M59-G07', sector: '地名标志（完成率黄灯，原因措施齐全）',
    report: vary(PLACE, {}, { 4: { ...BATCHED, deviation_reason: '数据库按季度批量导入，三季度末集中导入', measures: '9月底前完成第三批数据导入与核验' } }),
    expect: [], lights: lights('g', 'ggggyn', 'y', false),
  },
  { id: 'M59-G08', sector: '地名标志（执行率小数点错位）', report: vary(PLACE, { execution_rate: 6.06 }), expect: [F('budget_arithmetic', null, 'execution_rate')], lights: PLACE_LIGHTS },
  { id: 'M59-G09', sector: '地名标志（预计门牌11000块称能完成）', report: vary(PLACE, {}, { 1: { forecast: '11000', expected_completion: '达成' } }), expect: [F('self_evaluation', 1, 'expected_completion')], lights: PLACE_LIGHTS },
  {
    id: 'M59-G10', sector: '地名标志（本地区监控阈值50/70，执行不亮黄灯）', report: vary(PLACE, SLOWER),
    policy: { monitoring: { red: 50, yellow: 70, blue: 120, keyBudgetWan: 200, keyProgress: 60, periods: [6, 7, 8] } },
    expect: [], lights: PLACE_LIGHTS,
  },
  {
    id: 'M59-G11', sector: '地名标志（标志已超全年目标仍称部分达成）', report: vary(PLACE, {}, { 0: { progress_value: '1700', expected_completion: '部分达成' } }),
    expect: [F('self_evaluation', 0, 'expected_completion')], lights: lights('g', 'bggggn', 'g', false),
  },
];

export const SET59_TERMITE_PLACE_CASES: MonitoringFormCase[] = [...termite, ...place];
