import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 45 (session 18): one case per general cause fixed after measuring, each with a guard
 * beside it, in wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target;
 * the coverage cause (成本 as its own 一级 is no 产出 from 2021) is in check-form-coverage.test.ts.
 */
const CASES: AuditCase[] = [
  // Compliance with the rules (规范率, 合规率) is a good share that runs near 100%; 不规范率 counts the failures.
  { id: 'imp-b45-01', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '病历书写规范率', '>=', '20', '%'), why: 'A compliance share set far below 100%.' },
  { id: 'imp-b45-02', code: 'implausible_target', expect: 'no_flag', row: row(O, '质量指标', '病历书写规范率', '>=', '95', '%'), why: 'Guard: a compliance share near 100%.' },
  { id: 'dir-b45-01', code: 'direction', expect: 'flag', row: row(O, '质量指标', '行政执法合规率', '<=', '90', '%'), why: 'A compliance share capped.' },
  { id: 'dir-b45-02', code: 'direction', expect: 'flag', row: row(O, '质量指标', '行政执法不规范率', '>=', '5', '%'), why: 'Failures to comply asked to rise.' },
  { id: 'dir-b45-03', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '行政执法不规范率', '<=', '5', '%'), why: 'Guard: failures kept down.' },
  // Staff holding the licence their post requires (持证率, 持证上岗率) run near 100%.
  { id: 'imp-b45-03', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '特种设备作业人员持证上岗率', '>=', '30', '%'), why: 'A licence share set far below 100%.' },
  { id: 'imp-b45-04', code: 'implausible_target', expect: 'no_flag', row: row(O, '质量指标', '特种设备作业人员持证上岗率', '=', '100', '%'), why: 'Guard: everyone licensed.' },
  // Turnover of trade (进出口额, 交易额) is money: under 效益 a direction alone sets no target, and in % it is a growth
  // rate wearing the amount's name.
  { id: 'qvq-b45-01', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(B, '经济效益指标', '跨境电商进出口额', 'qualitative', '稳步增长', null), why: 'An amount with a direction only.' },
  { id: 'qvq-b45-02', code: 'qualitative_vs_quantitative', expect: 'no_flag', row: row(B, '经济效益指标', '跨境电商进出口额', '>=', '3', '亿元'), why: 'Guard: an amount stated.' },
  { id: 'uvn-b45-01', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '技术合同交易额', '>=', '15', '%'), why: 'An amount in %.' },
  // A deadline named by the tourist season or the school holidays is a date everyone knows, as 汛期前 and 开学前 are.
  { id: 'qvq-b45-03', code: 'qualitative_vs_quantitative', expect: 'no_flag', row: row(O, '时效指标', '游船检修', 'qualitative', '旅游旺季前完成', null), why: 'A season deadline.' },
  { id: 'qvq-b45-04', code: 'qualitative_vs_quantitative', expect: 'no_flag', row: row(O, '时效指标', '校舍维修', 'qualitative', '暑期前完成', null), why: 'A holiday deadline.' },
  { id: 'qvq-b45-05', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(O, '时效指标', '校舍维修', 'qualitative', '尽快完成', null), why: 'Guard: no time named.' },
];

describe('review audit cases, set 45', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
