import { describe, expect, it } from 'vitest';
import { type AuditCase, B, C, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 54 (session 23): one case per general cause fixed after measuring, each with a guard beside it, in
 * wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // A share of places or people a service covers or reaches, named with what it covers, is a coverage rate: capped, it is the
  // wrong way round. An invasive species' cover stays a harm.
  { id: 'dir-b54-01', code: 'direction', expect: 'flag', row: row(O, '质量指标', '应急广播覆盖自然村比例', '<=', '80', '%'), why: 'A coverage share capped.' },
  { id: 'dir-b54-02', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '惠及低收入人口比例', '>=', '60', '%'), why: 'Guard: a reach share floored.' },
  { id: 'dir-b54-03', code: 'direction', expect: 'no_flag', row: row(B, '生态效益指标', '外来入侵植物覆盖河道比例', '<=', '5', '%'), why: 'Guard: an invasive cover kept down.' },
  // Land burnt, farmland turned to other uses, crises, books that do not match and claims paid twice are harms.
  { id: 'dir-b54-04', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '山火过火面积', '>=', '20', '公顷'), why: 'Burnt land raised.' },
  { id: 'dir-b54-05', code: 'direction', expect: 'no_flag', row: row(B, '生态效益指标', '过火林地植被恢复面积', '>=', '20', '公顷'), why: 'Guard: restoring burnt land is work.' },
  { id: 'dir-b54-06', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '基本农田非粮化图斑', '>=', '10', '个'), why: 'Non-grain use of farmland raised.' },
  { id: 'dir-b54-07', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '整治耕地非粮化问题', '>=', '30', '个'), why: 'Guard: acting against it.' },
  { id: 'dir-b54-08', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '社区心理危机事件', '>=', '5', '起'), why: 'Crises raised.' },
  { id: 'dir-b54-09', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '心理危机干预', '>=', '200', '人次'), why: 'Guard: the remedy.' },
  { id: 'dir-b54-10', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '心理危机事件处置率', '>=', '95', '%'), why: 'Guard: handling them is a good rate.' },
  { id: 'dir-b54-11', code: 'direction', expect: 'flag', row: row(O, '质量指标', '固定资产账卡不符', '>=', '5', '项'), why: 'Mismatched records raised.' },
  { id: 'dir-b54-12', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '固定资产账实相符率', '>=', '98', '%'), why: 'Guard: matching records are good.' },
  { id: 'dir-b54-13', code: 'direction', expect: 'flag', row: row(O, '质量指标', '门诊费用重复报销案件', '>=', '2', '件'), why: 'Claims paid twice raised.' },
  { id: 'dir-b54-14', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '查处重复报销问题', '>=', '10', '件'), why: 'Guard: acting against it.' },
  // Time to refer or hand a case on, a stay in temporary housing, and a due point are better short or early.
  { id: 'dir-b54-15', code: 'direction', expect: 'flag', row: row(O, '时效指标', '疑似病例转诊时间', '>=', '2', '小时'), why: 'Referral time floored.' },
  { id: 'dir-b54-16', code: 'direction', expect: 'no_flag', row: row(O, '时效指标', '疑似病例转诊时间', '<=', '2', '小时'), why: 'Guard: capped.' },
  { id: 'dir-b54-17', code: 'direction', expect: 'flag', row: row(O, '时效指标', '周转安置期限', '>=', '24', '个月'), why: 'Temporary housing floored.' },
  { id: 'dir-b54-18', code: 'direction', expect: 'no_flag', row: row(B, '可持续影响指标', '安置房保修期限', '>=', '5', '年'), why: 'Guard: a warranty is better long.' },
  { id: 'dir-b54-19', code: 'direction', expect: 'flag', row: row(O, '时效指标', '竣工验收节点', '>=', '2026年6月30日', null), why: 'A due date floored.' },
  { id: 'dir-b54-20', code: 'direction', expect: 'no_flag', row: row(O, '时效指标', '竣工验收节点', '<=', '2026年6月30日', null), why: 'Guard: a latest date.' },
  { id: 'dir-b54-27', code: 'direction', expect: 'no_flag', row: row(O, '时效指标', '竣工验收节点', '>=', '2026年6月30日前', null), why: 'Guard: the date worded as a deadline says its way.' },
  { id: 'dir-b54-21', code: 'direction', expect: 'no_flag', row: row(B, '可持续影响指标', '政策执行期', '>=', '2027年12月31日', null), why: 'Guard: no due point.' },
  // Cases found in a screening passed on to care are a good share; 转诊率 alone is not read.
  { id: 'dir-b54-22', code: 'direction', expect: 'flag', row: row(O, '质量指标', '筛查异常儿童转介率', '<=', '80', '%'), why: 'A referral share capped.' },
  { id: 'imp-b54-01', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '高危孕产妇转介率', '>=', '6', '%'), why: 'A referral share floored in single digits.' },
  { id: 'dir-b54-23', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '县域外转诊率', '<=', '10', '%'), why: 'Guard: out-of-county referral kept down.' },
  // A cost by name is kept down under any level.
  { id: 'dir-b54-24', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '农户亩均种植成本', '>=', '800', '元/亩'), why: 'A cost floored under 效益.' },
  { id: 'dir-b54-25', code: 'direction', expect: 'no_flag', row: row(B, '经济效益指标', '农户亩均种植成本', '<=', '800', '元/亩'), why: 'Guard: capped.' },
  { id: 'dir-b54-26', code: 'direction', expect: 'no_flag', row: row(B, '经济效益指标', '节约企业物流成本', '>=', '200', '万元'), why: 'Guard: a saving.' },
  // Routes and lines opened, works renewed and new jobs are counted; transactions in 笔 are counted, not money.
  { id: 'uvn-b54-01', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '新开通国际货运航线', '>=', '3', '%'), why: 'Routes in %.' },
  { id: 'uvn-b54-02', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '新开通国际货运航线', '>=', '3', '条'), why: 'Guard: routes in 条.' },
  { id: 'uvn-b54-03', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '更新改造老旧供水管道', '>=', '12', '%'), why: 'Works renewed in %.' },
  { id: 'uvn-b54-04', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '质量指标', '供水管网更新改造完成率', '>=', '95', '%'), why: 'Guard: the share done.' },
  { id: 'uvn-b54-05', code: 'unit_vs_name', expect: 'flag', row: row(B, '社会效益指标', '年度新增就业', '>=', '3', '%'), why: 'New jobs in %.' },
  { id: 'uvn-b54-06', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '社会效益指标', '新增就业增长率', '>=', '5', '%'), why: 'Guard: their growth rate.' },
  { id: 'uvn-b54-07', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '技术合同成交额', '>=', '300', '笔'), why: 'Money in transactions.' },
  { id: 'uvn-b54-08', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '办理创业担保贷款', '>=', '300', '笔'), why: 'Guard: loans made counted in 笔.' },
  // A cost stated in words with its money figure, or as a share of a named standard, states an amount; a share of the budget does not.
  { id: 'qvq-b54-01', code: 'qualitative_vs_quantitative', expect: 'no_flag', row: row(C, '经济成本指标', '残疾儿童康复救助标准', 'qualitative', '每人每年不超过2万元', null), why: 'Money per head in words.' },
  { id: 'qvq-b54-02', code: 'qualitative_vs_quantitative', expect: 'no_flag', row: row(C, '经济成本指标', '临聘人员工资标准', 'qualitative', '按当地最低工资标准的120%', null), why: 'A share of a named standard.' },
  { id: 'qvq-b54-03', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(C, '经济成本指标', '培训费用', 'qualitative', '不超过预算的90%', null), why: 'Guard: a share of the budget names no amount.' },
  { id: 'qvq-b54-04', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(C, '经济成本指标', '运行维护费用', 'qualitative', '控制在合理范围', null), why: 'Guard: no amount at all.' },
  // A range whose bounds are joined by a comma and a conjunction is a range.
  { id: 'qvq-b54-05', code: 'qualitative_vs_quantitative', expect: 'no_flag', row: row(O, '质量指标', '巡检设备完好率', 'qualitative', '≥95%，并且≤100%', null), why: 'A two-sided range.' },
  { id: 'imp-b54-02', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '巡检设备完好率', 'qualitative', '≥95%，且≤105%', null), why: 'Guard: its upper bound past 100% is read.' },
];

describe('review audit cases, set 54', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
