import { F, Q } from './form-case-types';
import { lights, mrow, report, vary, type MonitoringFormCase } from './monitoring-case-types';

// 全域旅游宣传推介 (区文化和旅游局), 2025 年 1—9 月: 年初预算 500 万元 调减 to 350 万元 mid-year; the 全年预算数 is 350.
const TOURISM = report({
  fiscal_year: 2025, month: 9, org: '区文化和旅游局', project_code: '2025-WL-0206', project_name: '全域旅游宣传推介',
  budget_wan: 350, executed_wan: 238, execution_rate: 68,
  indicators: [
    mrow('产出指标', '数量指标', '举办文旅推介活动', '>=', '12', '场', '9'),
    mrow('产出指标', '数量指标', '投放旅游宣传广告', '>=', '40', '期', '28'),
    mrow('产出指标', '质量指标', '宣传内容审核通过率', '=', '100', '%', '100'),
    mrow('效益指标', '社会效益指标', '接待游客人次同比增长率', '>=', '8', '%', '9.5'),
    mrow('效益指标', '经济效益指标', '旅游综合收入', '>=', '45', '亿元', '31'),
    mrow('满意度指标', '服务对象满意度指标', '游客满意度', '>=', '90', '%', '91'),
  ],
});
const TOURISM_LIGHTS = lights('g', 'gggggg', 'g', false);
const TOURISM_SLOW = { executed_wan: 180, execution_rate: 51.43 };

const tourism: MonitoringFormCase[] = [
  { id: 'M63-C01', sector: '全域旅游推介（年中预算调减）', report: TOURISM, expect: [], lights: TOURISM_LIGHTS },
  { id: 'M63-C02', sector: '全域旅游推介（执行率按调减前年初预算计算）', report: vary(TOURISM, { execution_rate: 47.6 }), expect: [F('budget_arithmetic', null, 'execution_rate')], lights: TOURISM_LIGHTS },
  {
    id: 'M63-C03', sector: '全域旅游推介（执行黄灯，调减后原因措施齐全）',
    report: vary(TOURISM, {
      ...TOURISM_SLOW,
      deviation_reason: '年中预算由500万元调减至350万元，原定三季度境外推介活动取消，广告投放合同按季度结算',
      measures: '10月结算三季度广告费，四季度推介活动按调整后方案实施',
    }),
    expect: [], lights: lights('y', 'gggggg', 'y', false),
  },
  { id: 'M63-C04', sector: '全域旅游推介（执行黄灯无偏差原因）', report: vary(TOURISM, TOURISM_SLOW), expect: [F('self_evaluation', null, 'deviation_reason')], lights: lights('y', 'gggggg', 'y', false) },
  {
    id: 'M63-C05', sector: '全域旅游推介（推介活动红灯无纠偏措施）',
    report: vary(TOURISM, {}, { 0: { progress_value: '4', deviation_reason: '受台风天气影响，两场户外推介活动延期' } }),
    expect: [F('self_evaluation', 0, 'measures')], lights: lights('g', 'rggggg', 'r', true),
  },
  {
    id: 'M63-C06', sector: '全域旅游推介（旅游收入预计42亿元却填确定能）', report: vary(TOURISM, {}, { 4: { forecast: '42', expected_completion: '达成' } }),
    expect: [F('self_evaluation', 4, 'expected_completion')], lights: TOURISM_LIGHTS,
  },
  {
    id: 'M63-C07', sector: '全域旅游推介（旅游收入预计42亿元，如实填完全不可能）',
    report: vary(TOURISM, {}, { 4: { forecast: '42', expected_completion: '未达成', deviation_reason: '三季度持续高温影响客流，部分景区项目暂停', measures: '四季度发放文旅消费券，举办冬季文旅节庆活动' } }),
    expect: [], lights: TOURISM_LIGHTS,
  },
  {
    id: 'M63-C08', sector: '全域旅游推介（执行黄灯，偏差原因只有勾选框）',
    report: vary(TOURISM, { ...TOURISM_SLOW, deviation_reason: '☑经费保障 □制度保障 □人员保障 □硬件条件 □其他', measures: '加快广告费结算' }),
    expect: [F('self_evaluation', null, 'deviation_reason')], lights: lights('y', 'gggggg', 'y', false),
  },
  {
    id: 'M63-C09', sector: '全域旅游推介（1—10月，进度正常）',
    report: vary(TOURISM, { month: 10, executed_wan: 280, execution_rate: 80 }, { 0: { progress_value: '10' }, 1: { progress_value: '34' }, 4: { progress_value: '37.8' } }),
    expect: [], lights: TOURISM_LIGHTS,
  },
];

// 城市生活垃圾分类处理 (区城市管理局), 2026 年 1—9 月, 2400 万元: a 重点监控 project (budget red, listed for finance).
const WASTE_REASON = '焚烧处置费按季度与运营公司结算，三季度处置费568万元10月支付；分类投放点改造工程尚未验收，工程款未支付';
const WASTE_MEASURES = '10月完成三季度处置费结算，11月组织投放点改造工程验收并支付工程款';
const WASTE = report({
  fiscal_year: 2026, month: 9, org: '区城市管理局', project_code: '2026-CG-0031', project_name: '城市生活垃圾分类处理',
  budget_wan: 2400, executed_wan: 1000, execution_rate: 41.67, deviation_reason: WASTE_REASON, measures: WASTE_MEASURES,
  indicators: [
    mrow('产出指标', '数量指标', '生活垃圾分类收运量', '>=', '36', '万吨', '27.5'),
    mrow('产出指标', '数量指标', '新建改造分类投放点', '>=', '600', '个', '470'),
    mrow('产出指标', '质量指标', '生活垃圾无害化处理率', '=', '100', '%', '100'),
    mrow('产出指标', '时效指标', '生活垃圾收运', Q, '日产日清', null, '日产日清', { expected_completion: '达成' }),
    mrow('效益指标', '生态效益指标', '居民垃圾分类知晓率', '>=', '90', '%', '85'),
    mrow('效益指标', '生态效益指标', '可回收物回收利用率', '>=', '40', '%', '37'),
    mrow('满意度指标', '服务对象满意度指标', '居民满意度', '>=', '90', '%', null, { not_measured: '年底测评' }),
  ],
});
const WASTE_RED = lights('r', 'ggggggn', 'r', true);
// Spending caught up (1650 of 2400 万元 by 9月 is 91.7% of plan): green, nothing owed, off the list.
const WASTE_PAID = vary(WASTE, { executed_wan: 1650, execution_rate: 68.75, deviation_reason: null, measures: null });
const WASTE_GREEN = lights('g', 'ggggggn', 'g', false);

const waste: MonitoringFormCase[] = [
  { id: 'M63-D01', sector: '垃圾分类（重点监控，执行红灯原因措施齐全）', report: WASTE, expect: [], lights: WASTE_RED },
  { id: 'M63-D02', sector: '垃圾分类（执行红灯，纠偏措施填「无」）', report: vary(WASTE, { measures: '无' }), expect: [F('self_evaluation', null, 'measures')], lights: WASTE_RED },
  { id: 'M63-D03', sector: '垃圾分类（执行红灯，偏差原因只写「其他」）', report: vary(WASTE, { deviation_reason: '其他' }), expect: [F('self_evaluation', null, 'deviation_reason')], lights: WASTE_RED },
  { id: 'M63-D04', sector: '垃圾分类（支出已赶上进度）', report: WASTE_PAID, expect: [], lights: WASTE_GREEN },
  {
    id: 'M63-D05', sector: '垃圾分类（知晓率红灯，偏差原因只写「人员保障」）',
    report: vary(WASTE_PAID, {}, { 4: { progress_value: '50', deviation_reason: '人员保障', measures: '加强宣传' } }),
    expect: [F('self_evaluation', 4, 'deviation_reason')], lights: lights('g', 'ggggrgn', 'r', true),
  },
  {
    id: 'M63-D06', sector: '垃圾分类（回收利用率预计41%却填完全不可能）', report: vary(WASTE_PAID, {}, { 5: { forecast: '41', expected_completion: '未达成' } }),
    expect: [F('self_evaluation', 5, 'expected_completion')], lights: WASTE_GREEN,
  },
  { id: 'M63-D07', sector: '垃圾分类（执行率与执行数不符）', report: vary(WASTE_PAID, { execution_rate: 86.75 }), expect: [F('budget_arithmetic', null, 'execution_rate')], lights: WASTE_GREEN },
  {
    id: 'M63-D08', sector: '垃圾分类（日产日清完全不可能，偏差原因「其他：」无文字）',
    report: vary(WASTE_PAID, {}, { 3: { progress_value: '部分区域存在隔夜滞留', expected_completion: '未达成', deviation_reason: '其他：' } }),
    expect: [F('self_evaluation', 3, 'deviation_reason')], lights: lights('g', 'gggrggn', 'r', true),
  },
  {
    id: 'M63-D09', sector: '垃圾分类（执行红灯，勾选经费保障并说明）',
    report: vary(WASTE, { deviation_reason: `☑经费保障 □制度保障 □人员保障 □硬件条件 □其他\u3000说明：${WASTE_REASON}` }), expect: [], lights: WASTE_RED,
  },
  {
    id: 'M63-D10', sector: '垃圾分类（知晓率已超目标，填有可能）', report: vary(WASTE_PAID, {}, { 4: { progress_value: '96', expected_completion: '部分达成' } }),
    expect: [], lights: WASTE_GREEN,
  },
  {
    id: 'M63-D11', sector: '垃圾分类（日产日清有可能，制度保障并写明原因措施）',
    report: vary(WASTE_PAID, {}, {
      3: {
        progress_value: '老城区背街小巷部分点位隔日清运', expected_completion: '部分达成',
        deviation_reason: '制度保障：老城区背街小巷收运车辆限时通行，部分点位只能隔日清运',
        measures: '10月起增配小型电动收运车8辆，调整收运路线，实现老城区日产日清',
      },
    }),
    expect: [], lights: lights('g', 'gggyggn', 'y', false),
  },
];

// 城区易涝积水点改造 (区排水管理所), 2026 年 1—9 月: planned to start in 11月 after the flood season, so nothing is due yet
// and no light is lit (budget, rows, project); 180 万元.
const DRAIN = report({
  fiscal_year: 2026, month: 9, start_month: 11, org: '区排水管理所', project_code: '2026-PS-0093', project_name: '城区易涝积水点改造',
  budget_wan: 180, executed_wan: 0, execution_rate: 0,
  indicators: [
    mrow('产出指标', '数量指标', '改造易涝积水点', '>=', '12', '处', '0'),
    mrow('产出指标', '质量指标', '工程验收合格率', '=', '100', '%', null, { not_measured: '未到测量期' }),
    mrow('效益指标', '社会效益指标', '积水点消除率', '>=', '90', '%', null, { not_measured: '未到测量期' }),
    mrow('满意度指标', '服务对象满意度指标', '周边居民满意度', '>=', '90', '%', null, { not_measured: '年底测评' }),
  ],
});
const DRAIN_LIGHTS = lights('n', 'nnnn', 'n', false);

const drain: MonitoringFormCase[] = [
  { id: 'M63-E01', sector: '积水点改造（11月开工，尚未开始）', report: DRAIN, expect: [], lights: DRAIN_LIGHTS },
  {
    id: 'M63-E02', sector: '积水点改造（尚未开工，预计12处填确定能）',
    report: vary(DRAIN, { deviation_reason: '项目计划汛期结束后11月开工，前期已完成施工图设计和招标' }, { 0: { forecast: '12', expected_completion: '达成' } }),
    expect: [], lights: DRAIN_LIGHTS,
  },
  {
    id: 'M63-E03', sector: '积水点改造（预计8处却填确定能）', report: vary(DRAIN, {}, { 0: { forecast: '8', expected_completion: '达成' } }),
    expect: [F('self_evaluation', 0, 'expected_completion')], lights: DRAIN_LIGHTS,
  },
  { id: 'M63-E04', sector: '积水点改造（执行数超过预算）', report: vary(DRAIN, { executed_wan: 186, execution_rate: 103.33 }), expect: [F('budget_arithmetic', null, 'executed_wan')], lights: DRAIN_LIGHTS },
  {
    id: 'M63-E05', sector: '积水点改造（预计10处，如实填有可能）',
    report: vary(DRAIN, {}, { 0: { forecast: '10', expected_completion: '部分达成', deviation_reason: '汛期后施工窗口较短，2处需与燃气管线迁改同步', measures: '11月开工后分两个标段同步施工，燃气迁改点位列入明年计划' } }),
    expect: [], lights: DRAIN_LIGHTS,
  },
];

export const SET63_TOURISM_WASTE_DRAIN_CASES: MonitoringFormCase[] = [...tourism, ...waste, ...drain];
