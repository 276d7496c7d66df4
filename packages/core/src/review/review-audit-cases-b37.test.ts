import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 37 (session 15): one case per general cause fixed after measuring, each with a guard
 * beside it, in wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // Crimes named by the act, stranding and queues are bad things counted; acting against them is not.
  { id: 'dir-b37-01', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '持刀抢夺案件', '>=', '5', '起'), why: 'Robberies with a floor.' },
  { id: 'dir-b37-02', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '打击走私犯罪', '>=', '20', '起'), why: 'Guard: acting against it.' },
  { id: 'dir-b37-03', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '查处醉驾违法行为', '>=', '500', '起'), why: 'Guard: the act covers the whole phrase.' },
  { id: 'dir-b37-04', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '机场旅客滞留人数', '>=', '50', '人'), why: 'Stranded people with a floor.' },
  { id: 'dir-b37-05', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '救助站受助人员滞留天数', '>=', '7', '天'), why: 'A place named by an act (救助站) acts against nothing.' },
  // Prices and fees rising, out-of-pocket spending and travel to a service are kept down.
  { id: 'dir-b37-06', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '物业服务收费涨幅', '>=', '3', '%'), why: 'A floor on a fee rise.' },
  { id: 'dir-b37-07', code: 'direction', expect: 'no_flag', row: row(B, '经济效益指标', '家庭消费支出', '>=', '3', '万元'), why: 'Guard: consumption is not a burden.' },
  { id: 'dir-b37-08', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '群众就医平均距离', '>=', '3', '公里'), why: 'Travel to care with a floor.' },
  { id: 'dir-b37-09', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '职工日均步行距离', '>=', '5', '公里'), why: 'Guard: walking for health is not travel to a service.' },
  // Good things named without 率.
  { id: 'dir-b37-10', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '普惠托育服务覆盖面', '<=', '60', '%'), why: 'A coverage capped.' },
  { id: 'dir-b37-11', code: 'direction', expect: 'flag', row: row(B, '可持续影响指标', '林地保有量', '<=', '30', '万亩'), why: 'Land kept, capped.' },
  { id: 'dir-b37-12', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '私人汽车保有量', '<=', '20', '万辆'), why: 'Guard: a car fleet is not a good thing.' },
  { id: 'dir-b37-13', code: 'direction', expect: 'flag', row: row(B, '可持续影响指标', '应急物资储备存量', '<=', '500', '件'), why: 'A reserve capped.' },
  { id: 'dir-b37-14', code: 'direction', expect: 'no_flag', row: row(B, '可持续影响指标', '政府债务存量', '<=', '50', '亿元'), why: 'Guard: debt is not a reserve.' },
  { id: 'dir-b37-15', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '城区二氧化氮平均浓度值', '>=', '30', 'μg/m³'), why: 'A concentration value with a floor.' },
  { id: 'dir-b37-16', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '化肥实物施用量', '>=', '2', '万吨'), why: 'Fertiliser use with a qualifier, floored.' },
  // Sessions of a named activity are counted whatever change word names the activity.
  { id: 'uvn-b37-17', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '质量提升宣传场次', '>=', '90', '%'), why: 'Sessions in %.' },
  { id: 'uvn-b37-18', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '质量提升宣传场次', '>=', '12', '场次'), why: 'Guard: counted.' },
];

describe('review audit cases, held-out set 37', () => {
  it.each(caseTable(CASES))('%s', (_, c) => expect(raises(c), c.why).toBe(c.expect === 'flag'));
});
