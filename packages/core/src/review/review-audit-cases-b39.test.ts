import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 39 (session 15): one case per general cause fixed after measuring, each with a guard
 * beside it, in wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // Homophone slips in the key word keep its meaning (发声率, 差措率, 投述).
  { id: 'dir-b39-01', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '手足口病发声率', '>=', '20', '1/10万'), why: '发声率 is 发生率.' },
  { id: 'dir-b39-02', code: 'direction', expect: 'flag', row: row(O, '质量指标', '票据开具差措率', '>=', '1', '%'), why: '差措 is 差错.' },
  { id: 'dir-b39-03', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '物业服务投述件数', '>=', '10', '件'), why: '投述 is 投诉.' },
  // Good shares: 完工, 可靠, 除治; a share of bad things cleared.
  { id: 'dir-b39-04', code: 'direction', expect: 'flag', row: row(O, '时效指标', '安置房按期完工率', '<=', '90', '%'), why: 'Works finished, capped.' },
  { id: 'dir-b39-05', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '城区供水可靠率', '<=', '99', '%'), why: 'Reliability, capped.' },
  { id: 'dir-b39-06', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '农村黑臭水体整治比例', '<=', '60', '%'), why: 'Bad things dealt with, capped.' },
  { id: 'dir-b39-07', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '问题隐患未整改比例', '>=', '5', '%'), why: 'Guard: the share left undone stays bad.' },
  // Bad things: line loss, failures, spills, water drawn, coal burnt, a pollutant level with its period first.
  { id: 'dir-b39-08', code: 'direction', expect: 'flag', row: row(O, '质量指标', '10千伏线路线损率', '>=', '5', '%'), why: 'Line loss floored.' },
  { id: 'dir-b39-09', code: 'direction', expect: 'flag', row: row(O, '质量指标', '电子证照签发失败率', '>=', '1', '%'), why: 'Failures floored.' },
  { id: 'dir-b39-10', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '污水管网溢流次数', '>=', '2', '次'), why: 'Spills floored.' },
  { id: 'dir-b39-11', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '工业企业取水量', '>=', '300', '万立方米'), why: 'Water drawn floored.' },
  { id: 'dir-b39-12', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', 'SO2日平均浓度', '>=', '20', '微克/立方米'), why: 'A pollutant level floored.' },
  { id: 'dir-b39-13', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', 'NO2浓度降幅', '<=', '3', '%'), why: 'A cut of a Latin-named pollutant, capped.' },
  // Money and goods tied to a crime, returned; a saving of a cost; a household's spending over income; GDP growth per year.
  { id: 'dir-b39-14', code: 'direction', expect: 'flag', row: row(O, '质量指标', '涉赌资金追缴率', '<=', '50', '%'), why: 'Taking back from a wrong, capped.' },
  { id: 'dir-b39-15', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '集中采购节约采购成本', '<=', '50', '万元'), why: 'A saving capped.' },
  { id: 'dir-b39-16', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '农村家庭医疗支出收入比', '>=', '10', '%'), why: 'A burden floored.' },
  { id: 'dir-b39-17', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '全市GDP年均增速', '<=', '5', '%'), why: 'Growth capped.' },
];

describe('review audit cases, held-out set 39', () => {
  it.each(caseTable(CASES))('%s', (_, c) => expect(raises(c), c.why).toBe(c.expect === 'flag'));
});
