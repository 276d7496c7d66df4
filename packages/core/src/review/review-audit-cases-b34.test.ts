import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 34 (session 14): one case per general cause fixed after measuring, each with a guard
 * beside it. Row cases are appended to four clean rows of a 2024 project target and are the row checked.
 */
const CASES: AuditCase[] = [
  // Insurance that firms buy by choice is adopted a few points a year, not a service rate near 100%.
  { id: 'imp-b34-01', code: 'implausible_target', expect: 'no_flag', row: row(O, '质量指标', '出口信用保险覆盖率', '>=', '25', '%'), why: 'Export credit insurance take-up runs near 20%.' },
  { id: 'imp-b34-02', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '定点医药机构检查覆盖率', '>=', '25', '%'), why: 'Guard: an inspection coverage runs near 100%.' },
  // A damage or a loss named alone is a bad thing.
  { id: 'dir-b34-03', code: 'direction', expect: 'flag', row: row(O, '质量指标', '馆藏文物损坏', '>=', '1', '件'), why: 'Damage to holdings with a floor.' },
  { id: 'dir-b34-04', code: 'direction', expect: 'flag', row: row(O, '质量指标', '档案丢失', '>', '0', '卷'), why: 'A loss with a floor.' },
  { id: 'dir-b34-05', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '修复损坏文物', '>=', '30', '件'), why: 'Guard: repairing the damaged is work done.' },
  { id: 'dir-b34-06', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '馆藏文物损坏', '=', '0', '件'), why: 'Guard: none allowed.' },
  // On time (准点) is 准时.
  { id: 'dir-b34-07', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '公交准点率', '<=', '92', '%'), why: 'An on-time rate capped.' },
  { id: 'imp-b34-08', code: 'implausible_target', expect: 'flag', row: row(B, '社会效益指标', '航班准点率', '>=', '8', '%'), why: 'An on-time rate a tenth of its level.' },
  // Tax or fees owed are bad; clearing them is good.
  { id: 'dir-b34-09', code: 'direction', expect: 'flag', row: row(O, '质量指标', '欠税增长率', '>=', '5', '%'), why: 'Arrears growing.' },
  { id: 'dir-b34-10', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '欠税清缴率', '>=', '90', '%'), why: 'Guard: clearing arrears is good.' },
  { id: 'dir-b34-11', code: 'direction', expect: 'no_flag', row: row(B, '经济效益指标', '追缴欠税', '>=', '5000', '万元'), why: 'Guard: arrears collected.' },
  // Manner words that do not measure: 真实准确.
  { id: 'qvq-b34-12', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(O, '质量指标', '统计数据质量', 'qualitative', '真实准确', null), why: 'A vague value under 质量.' },
  { id: 'qvq-b34-13', code: 'qualitative_vs_quantitative', expect: 'no_flag', row: row(B, '社会效益指标', '统计数据公信力', 'qualitative', '真实准确', null), why: 'Guard: a 效益 row may be qualitative.' },
  // A deal's value is money.
  { id: 'uvn-b34-14', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '展会意向成交额', '>=', '30', '家'), why: 'An amount counted in firms.' },
  { id: 'uvn-b34-15', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '展会意向成交额', '>=', '30', '亿元'), why: 'Guard: in money.' },
  { id: 'uvn-b34-16', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '技术市场交易额', '>=', '8', '亿元'), why: 'Guard: a trade value in money.' },
];

describe('review audit cases, held-out set 34', () => {
  it.each(caseTable(CASES))('%s', (_, c) => expect(raises(c), c.why).toBe(c.expect === 'flag'));
});
