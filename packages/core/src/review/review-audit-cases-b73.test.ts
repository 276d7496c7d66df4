import { describe, expect, it } from 'vitest';
import { type AuditCase, B, C, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 73 (session 27, precision at scale on the 2027 cycle: the ordinary 运转类 and 其他事业发展类 rows every county
 * department files): one case per general cause fixed after measuring, each with a guard beside it, in wording the set does not
 * hold. Row cases are appended to four clean rows of a 2024 project target. The recorded limits close the table.
 */
const CASES: AuditCase[] = [
  // Money put up for review (送审, 报审) is the volume of the review's work, not money the project spends.
  { id: 'lvn-b73-01', code: 'level_vs_name', expect: 'no_flag', row: row(O, '数量指标', '报审工程造价金额', '>=', '8', '亿元'), why: 'Money put up for review under 数量.' },
  { id: 'lvn-b73-02', code: 'level_vs_name', expect: 'flag', row: row(O, '数量指标', '委托造价咨询服务费用', '>=', '60', '万元'), why: 'Guard: the review\'s own fee under 数量 is spending.' },
  // Money cut from a claim by review (核减, 审减) is money saved: a ceiling caps the gain.
  { id: 'dir-b73-01', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '核减送审造价', '<=', '600', '万元'), why: 'Money saved, capped.' },
  { id: 'dir-b73-02', code: 'direction', expect: 'no_flag', row: row(B, '经济效益指标', '核减送审造价', '>=', '600', '万元'), why: 'Guard: floored.' },
  // Works named by the saving they make before a cost word are money spent on those works; the saving verb right before the
  // money (节约…经费) stays a gain.
  { id: 'dir-b73-03', code: 'direction', expect: 'no_flag', row: row(C, '经济成本指标', '节水灌溉设施改造费用', '<=', '45', '万元'), why: 'A works cost capped.' },
  { id: 'dir-b73-04', code: 'direction', expect: 'flag', row: row(C, '经济成本指标', '节水灌溉设施改造费用', '>=', '45', '万元'), why: 'Guard: a works cost floored.' },
  { id: 'dir-b73-05', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '节能改造后节约电费', '<=', '5', '万元'), why: 'Guard: the saving verb before the money: money saved, capped.' },
  // Office space rented or used is held to the standard as owned space is: a ceiling is right.
  { id: 'dir-b73-06', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '租用办公用房使用面积', '<=', '900', '平方米'), why: 'Rented office space capped.' },
  { id: 'dir-b73-07', code: 'direction', expect: 'flag', row: row(O, '数量指标', '租用办公用房使用面积', '>=', '900', '平方米'), why: 'Guard: floored.' },
  // A profession's code named by its field is a named standard, not a vague value.
  { id: 'qvq-b73-01', code: 'qualitative_vs_quantitative', expect: 'no_flag', row: row(O, '质量指标', '会计凭证装订归档', 'qualitative', '符合会计档案管理规范', null), why: 'A named code.' },
  { id: 'qvq-b73-02', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(O, '质量指标', '会计凭证装订归档', 'qualitative', '符合规范要求', null), why: 'Guard: no code named.' },
  { id: 'qvq-b73-03', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(O, '质量指标', '会计凭证装订归档', 'qualitative', '规范完整', null), why: 'Guard: a manner promised.' },
  // The second code review of session 27: a field's word before 规范 with no verb of conforming names no code.
  { id: 'qvq-b73-04', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(O, '质量指标', '会计凭证装订归档', 'qualitative', '档案管理规范', null), why: 'Guard: how the work goes, no code.' },
  { id: 'qvq-b73-05', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(O, '质量指标', '审计报告质量', 'qualitative', '审计程序规范有序', null), why: 'Guard: a manner promised.' },
  // Things bought or made one by one are counted: money beside them under 数量 is what they cost, a 成本 row.
  { id: 'uvn-b73-01', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '配备执法记录仪', '>=', '12', '万元'), why: 'Devices bought, in money under 数量.' },
  { id: 'uvn-b73-02', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '编印村规民约读本', '>=', '26000', '元'), why: 'Booklets printed, in money under 数量.' },
  { id: 'uvn-b73-03', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '配备执法记录仪', '>=', '60', '台'), why: 'Guard: counted.' },
  { id: 'uvn-b73-04', code: 'unit_vs_name', expect: 'no_flag', row: row(C, '经济成本指标', '配备执法记录仪', '<=', '12', '万元'), why: 'Guard: their cost under 成本.' },
  { id: 'uvn-b73-05', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '采购电子政务外网接入服务', '>=', '40', '万元'), why: 'Guard: a service bought may be stated by its money.' },
  // Recorded limits (LIMITS in review-unseen-wording.test.ts): not read, and asserted so.
  { id: 'uvn-b73-lim-01', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '不动产登记档案数字化扫描', '>=', '20', '万元'), why: 'Limit: an act on records in money may state what it costs (sets 47, 60).' },
  { id: 'uvn-b73-lim-02', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '开展网站安全漏洞扫描', '>=', '5', '%'), why: 'Limit: a scan in % may be the share of the systems scanned (set 10).' },
];

describe('audit cases b73: precision at scale on the 2027 cycle (运转类 and 其他事业发展类 projects)', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
