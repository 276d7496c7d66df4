import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 53 (session 22): one case per general cause fixed after measuring, each with a guard beside it, in
 * wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // New drug users and complaints carried from the courts to petitions are harms; users already known are a caseload.
  { id: 'dir-b53-01', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '新滋生吸毒人员数', '>=', '5', '人'), why: 'New drug users raised.' },
  { id: 'dir-b53-02', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '吸毒人员定期尿检', '>=', '400', '人次'), why: 'Guard: testing known users is work.' },
  { id: 'dir-b53-03', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '涉法涉诉信访案件', '>=', '10', '件'), why: 'Court-related petitions raised.' },
  { id: 'dir-b53-04', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '化解涉诉信访积案', '>=', '10', '件'), why: 'Guard: settling them is work.' },
  { id: 'dir-b53-05', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '涉诉信访案件办结率', '>=', '90', '%'), why: 'Guard: closing them is a good rate.' },
  // Goods sent back, and a use against the rules, are bad when high.
  { id: 'dir-b53-06', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '农产品电商订单退货率', '>=', '3', '%'), why: 'Returns raised.' },
  { id: 'dir-b53-07', code: 'direction', expect: 'flag', row: row(O, '质量指标', '公车违规使用率', '>=', '1', '%'), why: 'Misuse raised.' },
  { id: 'dir-b53-08', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '公车使用率', '>=', '80', '%'), why: 'Guard: use itself is good.' },
  // Money stopped or seized by enforcement is its output, not spending.
  { id: 'lvn-b53-01', code: 'level_vs_name', expect: 'no_flag', row: row(O, '数量指标', '冻结涉案资金', '>=', '300', '万元'), why: 'Frozen money is an output.' },
  { id: 'lvn-b53-02', code: 'level_vs_name', expect: 'flag', row: row(O, '数量指标', '反诈宣传经费', '>=', '30', '万元'), why: 'Guard: money spent under 数量.' },
  // Weights, foreign investment and drafted standards carry their own units.
  { id: 'uvn-b53-01', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '收购蚕茧重量', '>=', '50', '万元'), why: 'A weight in money.' },
  { id: 'uvn-b53-02', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '收购蚕茧重量', '>=', '50', '吨'), why: 'Guard: a weight in 吨.' },
  { id: 'uvn-b53-03', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '引进外资', '>=', '12', '家'), why: 'Investment in firms.' },
  { id: 'uvn-b53-04', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '发布团体标准', '>=', '4', '万元'), why: 'Standards drafted in money.' },
  { id: 'uvn-b53-05', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '社会效益指标', '城乡低保保障标准', '>=', '800', '元/人·月'), why: 'Guard: a money standard.' },
];

describe('review audit cases, set 53', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
