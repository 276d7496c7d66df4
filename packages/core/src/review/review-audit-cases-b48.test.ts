import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 48 (session 20): one case per general cause fixed after measuring, each with a guard beside it, in
 * wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // Aid paid over to a partner region (帮扶资金拨付, 援助资金) is a transfer programme's output, not an input.
  { id: 'lvn-b48-01', code: 'level_vs_name', expect: 'no_flag', row: row(O, '数量指标', '对口援助资金拨付', '>=', '2000', '万元'), why: 'Aid paid over is the output.' },
  { id: 'lvn-b48-02', code: 'level_vs_name', expect: 'flag', row: row(O, '数量指标', '乡村道路建设资金', '>=', '500', '万元'), why: 'Guard: money named by its purpose is an input.' },
  // A content (含水量, 含盐量) is a share or a concentration, not a count; a volume handled (还田量) is a count.
  { id: 'uvn-b48-01', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '质量指标', '入库粮食含水量', '<=', '14', '%'), why: 'A content in %.' },
  { id: 'uvn-b48-02', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '秸秆还田量', '>=', '40', '%'), why: 'Guard: a volume in %.' },
  // People passing (客流量) are counted, never a share.
  { id: 'uvn-b48-03', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '景区接待客流量', '>=', '5', '%'), why: 'Visitors in %.' },
  { id: 'uvn-b48-04', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '景区接待客流量', '>=', '50', '万人次'), why: 'Guard: visitors counted.' },
  // Boxes (箱) and markers (颗) are items; money is never counted in them, nor in a weight.
  { id: 'uvn-b48-05', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '中药材销售收入', '>=', '200', '箱'), why: 'Money in boxes.' },
  { id: 'uvn-b48-06', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '农产品收购金额', '>=', '3', '万吨'), why: 'Money in tonnes.' },
  { id: 'uvn-b48-07', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '农产品收购量', '>=', '3', '万吨'), why: 'Guard: goods weighed.' },
  // Shutting plant down (关停机组) is work; a machine stopped (设备停机) is a fault.
  { id: 'dir-b48-01', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '关停机组台数', '>=', '4', '台'), why: 'Shutting down is the work.' },
  { id: 'dir-b48-02', code: 'direction', expect: 'flag', row: row(O, '质量指标', '设备停机次数', '>=', '3', '次'), why: 'Guard: downtime raised.' },
  // Land over-drawn (超采) and residues left (残留量) are bad when high; acting on them is work.
  { id: 'dir-b48-03', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '漏斗区超采面积', '>=', '30', '平方公里'), why: 'Over-drawn land raised.' },
  { id: 'dir-b48-04', code: 'direction', expect: 'no_flag', row: row(B, '生态效益指标', '超采区综合治理面积', '>=', '30', '平方公里'), why: 'Guard: treatment raised.' },
  { id: 'dir-b48-05', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '果园农药残留量', '>=', '0.5', '毫克/千克'), why: 'Residue raised.' },
  { id: 'dir-b48-06', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '农药残留检测', '>=', '300', '批次'), why: 'Guard: testing is work.' },
  // Land destroyed (毁田) counted in cases is damage; cases dealt with are work.
  { id: 'dir-b48-07', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '毁田建房案件', '>=', '2', '起'), why: 'Damage raised.' },
  { id: 'dir-b48-08', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '毁林案件查处', '>=', '5', '起'), why: 'Guard: cases dealt with.' },
  // People bitten by animals are harmed; a clinic for them is provision.
  { id: 'dir-b48-09', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '狂犬咬伤人数', '>=', '100', '人'), why: 'Harm raised.' },
  { id: 'dir-b48-10', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '犬伤门诊建设', '>=', '2', '个'), why: 'Guard: clinics built.' },
  // Resuscitation succeeds rarely by nature: a single-digit floor is no slip; rescue of the gravely ill is near 100%.
  { id: 'imp-b48-01', code: 'implausible_target', expect: 'no_flag', row: row(B, '社会效益指标', '心肺复苏成功率', '>=', '6', '%'), why: 'Small by nature.' },
  { id: 'imp-b48-02', code: 'implausible_target', expect: 'flag', row: row(B, '社会效益指标', '危重患者抢救成功率', '>=', '6', '%'), why: 'Guard: a rescue rate near 100%.' },
];

describe('review audit cases, set 48', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
