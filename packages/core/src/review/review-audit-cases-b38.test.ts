import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 38 (session 15): one case per general cause fixed after measuring, each with a guard
 * beside it, in wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // A cut measured by what it removed is good when large; the loss of land or people is not a cut achieved.
  { id: 'dir-b38-01', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '氨氮排放削减量', '<=', '50', '吨'), why: 'A cut capped.' },
  { id: 'dir-b38-02', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '不动产登记办理缩短天数', '<=', '3', '天'), why: 'Days saved capped.' },
  { id: 'dir-b38-03', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '行政运行成本压降率', '<=', '5', '%'), why: '压降 is 压减.' },
  { id: 'dir-b38-04', code: 'direction', expect: 'no_flag', row: row(B, '生态效益指标', '耕地面积减少量', '<=', '100', '亩'), why: 'Guard: land lost is a harm.' },
  { id: 'dir-b38-05', code: 'implausible_target', expect: 'no_flag', row: row(B, '经济效益指标', '行政运行成本压降率', '>=', '5', '%'), why: 'Guard: a cut is a small share by nature.' },
  // A name that says 控制在 is a ceiling.
  { id: 'dir-b38-06', code: 'direction', expect: 'flag', row: row(O, '质量指标', '设备停机时间控制在', '>=', '10', '小时'), why: 'A floor on a stated ceiling.' },
  // A bad thing negated in front names the good state.
  { id: 'dir-b38-07', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '零火灾社区占比', '<=', '70', '%'), why: 'Places without fires, capped.' },
  { id: 'dir-b38-08', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '无投诉窗口数', '>=', '20', '个'), why: 'Guard: a floor on the good state.' },
  { id: 'dir-b38-09', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '无人机坠落事故', '>=', '2', '起'), why: 'Guard: 无人 negates nothing.' },
  // A duty left undone is bad whatever act stands ahead of it.
  { id: 'dir-b38-10', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '巡视反馈问题未整改件数', '>=', '3', '件'), why: 'Undone duty floored.' },
  { id: 'dir-b38-11', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '未整改问题销号', '>=', '3', '件'), why: 'Guard: an act after the undone duty.' },
  // Taking back what was wrongly had is good when large; a rate that costs one party and helps another takes either sign.
  { id: 'dir-b38-12', code: 'direction', expect: 'flag', row: row(O, '质量指标', '违规领取补贴人员清退率', '<=', '80', '%'), why: 'Clearing out the wrongly paid, capped.' },
  { id: 'dir-b38-13', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '不合格产品召回注销率', '>=', '90', '%'), why: 'Guard: the wrong acted against is not floored.' },
  { id: 'dir-b38-14', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '医疗纠纷赔偿退赔率', '>=', '80', '%'), why: 'Guard: paying out for a dispute.' },
  { id: 'dir-b38-15', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '敬老院床位入住率', '<=', '90', '%'), why: 'Bed use is kept in a band.' },
  // Vague manner words under 数量/质量/时效.
  { id: 'qvq-b38-16', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(O, '数量指标', '防汛物资', 'qualitative', '充分', null), why: 'Enough is no count.' },
];

describe('review audit cases, held-out set 38', () => {
  it.each(caseTable(CASES))('%s', (_, c) => expect(raises(c), c.why).toBe(c.expect === 'flag'));
});
