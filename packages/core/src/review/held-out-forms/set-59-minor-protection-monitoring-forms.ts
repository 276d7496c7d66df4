import { F } from './form-case-types';
import { lights, mrow, report, vary, yuan, type MonitoringFormCase } from './monitoring-case-types';

// 区未成年人救助保护中心 部门整体绩效运行监控表, 2026 年 1–7 月, amounts printed in 元 (4,286,500 元: 重点监控 by budget applies).
const MINORS = report({
  fiscal_year: 2026, month: 7, org: '区未成年人救助保护中心', project_name: '区未成年人救助保护中心部门整体支出',
  budget_wan: yuan(4286500), executed_wan: yuan(2315000), execution_rate: 54.01,
  indicators: [
    mrow('产出指标', '数量指标', '困境儿童走访探视', '>=', '2400', '人次', '1480'),
    mrow('产出指标', '数量指标', '开展关爱保护活动', '>=', '36', '场', '22'),
    mrow('产出指标', '质量指标', '救助对象档案建档率', '=', '100', '%', '100'),
    mrow('产出指标', '时效指标', '发现报告后响应时间', '<=', '24', '小时', '12'),
    mrow('效益指标', '社会效益指标', '困境儿童基本生活保障覆盖率', '=', '100', '%', '100'),
    mrow('效益指标', '可持续影响指标', '未成年人保护工作协调机制', 'qualitative', '健全完善', null, '已建立区、街两级联席会议', { expected_completion: '达成' }),
    mrow('满意度指标', '服务对象满意度指标', '服务对象满意度', '>=', '90', '%', null, { not_measured: '年底测评', forecast: '95' }),
  ],
});
const MINORS_LIGHTS = lights('g', 'ggggggn', 'g', false);
const VISITS_PAUSED = { progress_value: '760', deviation_reason: '部分街道儿童督导员岗位调整，走访暂停' };

export const SET59_MINORS_CASES: MonitoringFormCase[] = [
  { id: 'M59-D01', sector: '未成年人保护部门整体（元）', report: MINORS, expect: [], lights: MINORS_LIGHTS },
  { id: 'M59-D02', sector: '未成年人保护部门整体（执行率与执行数不符）', report: vary(MINORS, { execution_rate: 58.01 }), expect: [F('budget_arithmetic', null, 'execution_rate')], lights: MINORS_LIGHTS },
  { id: 'M59-D03', sector: '未成年人保护部门整体（走访红灯无纠偏措施）', report: vary(MINORS, {}, { 0: VISITS_PAUSED }), expect: [F('self_evaluation', 0, 'measures')], lights: lights('g', 'rgggggn', 'r', true) },
  {
    id: 'M59-D04', sector: '未成年人保护部门整体（元，执行红灯，原因措施齐全）',
    report: vary(MINORS, {
      executed_wan: yuan(1120000), execution_rate: 26.13,
      deviation_reason: '临时监护场所改造工程7月开工，工程款按进度于下半年支付',
      measures: '按月核对工程进度，8月起按进度拨付工程款，年底前完成支付',
    }),
    expect: [], lights: lights('r', 'ggggggn', 'r', true),
  },
  {
    id: 'M59-D05', sector: '未成年人保护部门整体（定性未达成无原因）', report: vary(MINORS, {}, { 5: { progress_value: '联席会议制度尚未建立', expected_completion: '未达成' } }),
    expect: [F('self_evaluation', 5, 'deviation_reason')], lights: lights('g', 'gggggrn', 'r', true),
  },
  {
    id: 'M59-D06', sector: '未成年人保护部门整体（1–6月，超前蓝灯）', report: vary(MINORS, { month: 6 }, { 0: { progress_value: '1500' } }),
    expect: [], lights: lights('g', 'bbggggn', 'g', false),
  },
  { id: 'M59-D07', sector: '未成年人保护部门整体（预计30场称能完成）', report: vary(MINORS, {}, { 1: { forecast: '30', expected_completion: '达成' } }), expect: [F('self_evaluation', 1, 'expected_completion')], lights: MINORS_LIGHTS },
  {
    id: 'M59-D08', sector: '未成年人保护部门整体（执行数超过预算）', report: vary(MINORS, { executed_wan: yuan(4520000), execution_rate: 105.45 }),
    expect: [F('budget_arithmetic', null, 'executed_wan')], lights: MINORS_LIGHTS,
  },
  {
    id: 'M59-D09', sector: '未成年人保护部门整体（定性部分达成，原因措施齐全）',
    report: vary(MINORS, {}, { 5: { expected_completion: '部分达成', deviation_reason: '街道层级协调机制尚在建立', measures: '三季度召开联席会议推动街道建立协调机制' } }),
    expect: [], lights: lights('g', 'gggggyn', 'y', false),
  },
  { id: 'M59-D10', sector: '未成年人保护部门整体（执行率取整填报）', report: vary(MINORS, { execution_rate: 54 }), expect: [], lights: MINORS_LIGHTS },
];
