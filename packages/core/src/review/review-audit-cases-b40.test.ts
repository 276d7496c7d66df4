import { describe, expect, it } from 'vitest';
import { type AuditCase, B, C, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 40 (session 16): one case per general cause fixed after measuring, each with a guard
 * beside it, in wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // Bad things named by what went missing, late or wrong: data late or broken off, people dropping out or lost to follow-up.
  { id: 'dir-b40-01', code: 'direction', expect: 'flag', row: row(O, '质量指标', '水文遥测数据迟到率', '>=', '3', '%'), why: 'Late data floored.' },
  { id: 'dir-b40-02', code: 'direction', expect: 'flag', row: row(O, '质量指标', '产前筛查漏检例数', '>=', '2', '例'), why: 'Missed cases floored.' },
  { id: 'dir-b40-03', code: 'direction', expect: 'flag', row: row(O, '质量指标', '不动产登记簿错漏项数', '>=', '5', '项'), why: 'Errors and omissions floored.' },
  { id: 'dir-b40-04', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '美沙酮维持治疗脱落率', '>=', '10', '%'), why: 'Dropout floored.' },
  { id: 'dir-b40-05', code: 'direction', expect: 'flag', row: row(O, '质量指标', '结核病患者治疗失访人数', '>=', '3', '人'), why: 'Lost to follow-up, floored.' },
  { id: 'dir-b40-06', code: 'direction', expect: 'flag', row: row(O, '质量指标', '水位站数据断记时长', '>=', '10', '小时'), why: 'A broken record floored.' },
  { id: 'dir-b40-07', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '乡镇卫生院停诊天数', '>=', '5', '天'), why: 'Clinics shut, floored.' },
  // Money withheld or diverted is bad; getting it back is good; a name promising none of it answered 是 is right.
  { id: 'dir-b40-08', code: 'direction', expect: 'flag', row: row(O, '质量指标', '惠农补贴资金被挤占金额', '>=', '1', '万元'), why: 'Diverted money floored.' },
  { id: 'dir-b40-09', code: 'direction', expect: 'flag', row: row(O, '质量指标', '挤占挪用资金追回率', '<=', '80', '%'), why: 'Guard: getting it back stays good.' },
  { id: 'dir-b40-10', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '专项资金无挤占挪用', 'qualitative', '是', null), why: 'Guard: none of it, answered 是.' },
  // Harm to people, waste produced, stock kept past its years, a siren that did not sound.
  { id: 'dir-b40-11', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '认知障碍老人走失人次', '>=', '5', '人次'), why: 'People lost, floored.' },
  { id: 'dir-b40-12', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '居家适老化防跌倒改造', '>=', '200', '户'), why: 'Guard: the remedy for falls is work done.' },
  { id: 'dir-b40-13', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '农贸市场生活垃圾产生量', '>=', '3', '吨/日'), why: 'Waste produced floored.' },
  { id: 'dir-b40-14', code: 'direction', expect: 'flag', row: row(O, '质量指标', '救灾物资超过储存年限数量', '>=', '100', '件'), why: 'Stock past its years floored.' },
  { id: 'dir-b40-15', code: 'direction', expect: 'flag', row: row(O, '质量指标', '应急广播终端测试未响台数', '>=', '3', '台'), why: 'Silent terminals floored.' },
  // Good shares and time taken: cremation, digitisation, a document's turnaround.
  { id: 'dir-b40-16', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '城区遗体火化率', '<=', '90', '%'), why: 'Cremation share capped.' },
  { id: 'dir-b40-17', code: 'direction', expect: 'flag', row: row(O, '质量指标', '不动产登记档案数字化率', '<=', '80', '%'), why: 'Digitised share capped.' },
  { id: 'dir-b40-18', code: 'direction', expect: 'flag', row: row(O, '时效指标', '居住证制发周期', '>=', '15', '个工作日'), why: 'Turnaround floored.' },
  // A stock held or a registry of givers is good when large; the money to keep it and a band-held herd are not.
  { id: 'dir-b40-19', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '县级救灾棉被储备', '<=', '3000', '床'), why: 'A reserve capped.' },
  { id: 'dir-b40-20', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '储备冻猪肉', '<=', '500', '吨'), why: 'Goods held in reserve, capped.' },
  { id: 'dir-b40-21', code: 'direction', expect: 'no_flag', row: row(C, '经济成本指标', '储备粮保管费用补贴', '<=', '100', '元/吨·年'), why: 'Guard: the money to keep it.' },
  { id: 'dir-b40-22', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '生猪存栏', '<=', '2', '万头'), why: 'A herd held, capped.' },
  { id: 'dir-b40-23', code: 'direction', expect: 'no_flag', row: row(B, '经济效益指标', '能繁母猪存栏', '<=', '1.2', '万头'), why: 'Guard: held inside a band.' },
  { id: 'dir-b40-24', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '无偿献血志愿者注册在册', '<=', '800', '人'), why: 'A registry of givers, capped.' },
  { id: 'dir-b40-25', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '就业见习留用人数', '<=', '50', '人'), why: 'Trainees kept on, capped.' },
  { id: 'dir-b40-26', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '每万名学生拥有3D打印设备', '<=', '2', '台'), why: 'Provision per head with a digit, capped.' },
  // A standard cited by its code is a checkable 定性 value; a vague one is not.
  { id: 'qvq-b40-01', code: 'qualitative_vs_quantitative', expect: 'no_flag', row: row(O, '质量指标', '土地调查数据成果质量', 'qualitative', '符合GB/T 21010-2017', null), why: 'A coded standard.' },
  { id: 'qvq-b40-02', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(O, '质量指标', '土地调查数据成果质量', 'qualitative', '较好', null), why: 'Guard: vague.' },
];

describe('review audit cases, held-out set 40', () => {
  it.each(caseTable(CASES))('%s', (_, c) => expect(raises(c), c.why).toBe(c.expect === 'flag'));
});
