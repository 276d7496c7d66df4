import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 35 (session 14): one case per general cause fixed after measuring, each with a guard
 * beside it. Row cases are appended to four clean rows of a 2024 project target and are the row checked.
 */
const CASES: AuditCase[] = [
  // Referring a case to the authorities (移送) acts against the wrong it names.
  { id: 'dir-b35-01', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '移送违纪违法问题线索', '>=', '5', '条'), why: 'Clues referred are work done.' },
  { id: 'dir-b35-02', code: 'direction', expect: 'flag', row: row(O, '质量指标', '违纪违法问题', '>=', '5', '个'), why: 'Guard: the wrong itself.' },
  // Clues are counted things.
  { id: 'uvn-b35-03', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '移送问题线索', '>=', '5', '%'), why: 'A count in %.' },
  { id: 'uvn-b35-04', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '移送问题线索', '>=', '5', '条'), why: 'Guard: counted.' },
  // Fake or shoddy goods (假劣, 假冒伪劣) are bad things; cracking down on them is not.
  { id: 'dir-b35-05', code: 'direction', expect: 'flag', row: row(O, '质量指标', '假劣种子案件', '>=', '2', '起'), why: 'Fake-seed cases with a floor.' },
  { id: 'dir-b35-06', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '查处假冒伪劣案件', '>=', '20', '起'), why: 'Guard: cases dealt with.' },
  // Heating or supply cut off (停热, 停暖, 停供) is a utility outage as 停电/停水/停气.
  { id: 'dir-b35-07', code: 'direction', expect: 'flag', row: row(O, '质量指标', '供热管网故障停热', '>=', '5', '次'), why: 'Outages with a floor.' },
  { id: 'dir-b35-08', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '供热管网故障停热', '<=', '5', '次'), why: 'Guard: capped.' },
  // Publishing a list (公示) is 公开: a good rate.
  { id: 'dir-b35-09', code: 'direction', expect: 'flag', row: row(O, '质量指标', '捐赠款物公示率', '<=', '100', '%'), why: 'A publication rate capped.' },
  { id: 'dir-b35-10', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '捐赠款物公示率', '=', '100', '%'), why: 'Guard: all published.' },
  // A loan lent is money.
  { id: 'uvn-b35-11', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '发放个人住房贷款', '>=', '18', '%'), why: 'Money in %.' },
  { id: 'uvn-b35-12', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '发放个人住房贷款', '>=', '18', '亿元'), why: 'Guard: in money.' },
  { id: 'uvn-b35-13', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '不良贷款率', '<=', '2', '%'), why: 'Guard: a share of loans.' },
];

describe('review audit cases, held-out set 35', () => {
  it.each(caseTable(CASES))('%s', (_, c) => expect(raises(c), c.why).toBe(c.expect === 'flag'));
});
