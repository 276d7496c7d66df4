import { describe, expect, it } from 'vitest';
import { type AuditCase, B, C, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 49 (session 21): one case per general cause fixed after measuring, each with a guard beside it, in
 * wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // People lost to follow-up (脱失, as 失访) are a programme's loss.
  { id: 'dir-b49-01', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '糖尿病患者管理脱失率', '>=', '8', '%'), why: 'Loss to follow-up raised.' },
  { id: 'dir-b49-02', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '糖尿病患者规范管理率', '>=', '65', '%'), why: 'Guard: managed share raised.' },
  // A device or a measure that stopped working (失效) is a failure, as 失败 is.
  { id: 'dir-b49-03', code: 'direction', expect: 'flag', row: row(O, '质量指标', '消防设施失效率', '>=', '1', '%'), why: 'Failures raised.' },
  { id: 'dir-b49-04', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '消防设施完好率', '>=', '98', '%'), why: 'Guard: working share raised.' },
  // Dues evaded (逃缴, 逃费) are a loss; acting against them is work.
  { id: 'dir-b49-05', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '高速公路逃费率', '>=', '2', '%'), why: 'Evasion raised.' },
  { id: 'dir-b49-06', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '查处逃费车辆', '>=', '300', '辆次'), why: 'Guard: evasion dealt with.' },
  // Applications rejected (驳回, as 退件) count what failed; unplanned care (非计划) is a clinical failure.
  { id: 'dir-b49-07', code: 'direction', expect: 'flag', row: row(O, '质量指标', '登记申请驳回率', '>=', '3', '%'), why: 'Rejections raised.' },
  { id: 'dir-b49-08', code: 'direction', expect: 'flag', row: row(O, '质量指标', '术后非计划再入院率', '>=', '2', '%'), why: 'Unplanned readmissions raised.' },
  { id: 'dir-b49-09', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '计划免疫接种人次', '>=', '5000', '人次'), why: 'Guard: 计划 alone is no failure.' },
  // Dropping out part-way in any word (中途退…) is a loss.
  { id: 'dir-b49-10', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '学员中途退班率', '>=', '5', '%'), why: 'Drop-outs raised.' },
  // A price's abnormal swings counted, sand and dust weather and loose coal burnt are harms.
  { id: 'dir-b49-11', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '粮油价格波动次数', '>=', '3', '次'), why: 'Swings raised.' },
  { id: 'dir-b49-12', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '沙尘暴天气发生天数', '>=', '4', '天'), why: 'Dust storms raised.' },
  { id: 'dir-b49-13', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '沙尘暴监测站点', '>=', '6', '个'), why: 'Guard: monitoring is work.' },
  { id: 'dir-b49-14', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '农村散煤使用量', '>=', '1', '万吨'), why: 'Coal burnt raised.' },
  { id: 'dir-b49-15', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '散煤替代户数', '>=', '3000', '户'), why: 'Guard: replacing coal is work.' },
  // Land gone to weed (荒芜, as 撂荒) is a loss.
  { id: 'dir-b49-16', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '果园荒芜面积', '>=', '200', '亩'), why: 'Weedy land raised.' },
  // Self-sufficiency and retention are good shares: a ceiling is the wrong way round.
  { id: 'dir-b49-17', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '猪肉自给率', '<=', '80', '%'), why: 'Self-sufficiency capped.' },
  { id: 'dir-b49-18', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '引进人才留任率', '<=', '70', '%'), why: 'Retention capped.' },
  // Time spent searching is time taken, better short.
  { id: 'dir-b49-19', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '寻找充电桩平均时间', '>=', '10', '分钟'), why: 'Search time raised.' },
  // Works disturbing the ground are an impact under 生态环境成本.
  { id: 'dir-b49-20', code: 'direction', expect: 'flag', row: row(C, '生态环境成本指标', '施工扰动地表面积', '>=', '20', '亩'), why: 'Disturbance raised.' },
  // Postdocs and graduate students are people; a yield per mu is a quantity; a price is money.
  { id: 'uvn-b49-01', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '联合培养研究生', '>=', '15', '%'), why: 'People in %.' },
  { id: 'uvn-b49-02', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '联合培养研究生', '>=', '15', '人'), why: 'Guard: people counted.' },
  { id: 'uvn-b49-03', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '水稻亩产', '>=', '5', '%'), why: 'A yield in %.' },
  { id: 'uvn-b49-04', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '水稻亩产', '>=', '550', '公斤'), why: 'Guard: a yield weighed.' },
  { id: 'uvn-b49-05', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '生猪收购价格', '>=', '2', '吨'), why: 'A price in a weight.' },
  { id: 'uvn-b49-06', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '生猪收购价格', '>=', '16', '元/公斤'), why: 'Guard: a price per weight.' },
];

describe('review audit cases, set 49', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
