import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, S, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 56 (session 23): one case per general cause fixed after measuring, each with a guard beside it, in
 * wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // Children out of school (失学) are bad as 辍学 is; bringing them back is the work.
  { id: 'dir-b56-01', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '适龄儿童失学人数', '>=', '3', '人'), why: 'Children out of school raised.' },
  { id: 'dir-b56-02', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '劝返失学儿童', '>=', '3', '人'), why: 'Guard: bringing them back is work.' },
  // Dam failures (溃坝, 垮坝) are accidents; works run while unsafe (带病运行) are a hazard kept at zero.
  { id: 'dir-b56-03', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '山塘垮坝', '>=', '1', '座'), why: 'Dam failures raised.' },
  { id: 'dir-b56-04', code: 'direction', expect: 'flag', row: row(O, '质量指标', '水闸带病运行数量', '>=', '2', '座'), why: 'Unsafe running raised.' },
  { id: 'dir-b56-05', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '加固病险水闸', '>=', '2', '座'), why: 'Guard: making them safe is work.' },
  // Charging fees against the rules (乱收费) is a breach as 乱搭乱建 is; inspecting fees is work.
  { id: 'dir-b56-06', code: 'direction', expect: 'flag', row: row(O, '质量指标', '涉企乱收费案件', '>=', '2', '起'), why: 'Illegal charges raised.' },
  { id: 'dir-b56-07', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '查处乱收费行为', '>=', '20', '起'), why: 'Guard: finding them is work.' },
  // Anaemia, black-and-smelly water, leak points and hazardous road sections are bad states counted; their cure is work.
  { id: 'dir-b56-08', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '孕妇贫血患者比例', '>=', '15', '%'), why: 'Anaemia raised.' },
  { id: 'dir-b56-09', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '农村黑臭水体', '>=', '4', '条'), why: 'Polluted water raised.' },
  { id: 'dir-b56-10', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '治理农村黑臭水体', '>=', '4', '条'), why: 'Guard: treating it is work.' },
  { id: 'dir-b56-11', code: 'direction', expect: 'flag', row: row(O, '质量指标', '供水管网漏损点', '>=', '6', '处'), why: 'Leak points raised.' },
  { id: 'dir-b56-12', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '国省道安全隐患路段', '>=', '8', '处'), why: 'Hazardous road sections raised.' },
  { id: 'dir-b56-13', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '整治安全隐患路段', '>=', '8', '处'), why: 'Guard: fixing them is work.' },
  // A unit's office costs (办公费) are kept down as 会议费 is; relief on them paid to others stays a benefit.
  { id: 'dir-b56-14', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '办公经费支出', '>=', '30', '万元'), why: 'Office costs floored.' },
  { id: 'dir-b56-15', code: 'direction', expect: 'no_flag', row: row(B, '经济效益指标', '办公经费支出', '<=', '30', '万元'), why: 'Guard: capped.' },
  // A deadline for paying out (发放期限, 拨付期限) is time that should be short.
  { id: 'dir-b56-16', code: 'direction', expect: 'flag', row: row(O, '时效指标', '救助金拨付期限', '>=', '15', '个工作日'), why: 'A payout deadline floored.' },
  { id: 'dir-b56-17', code: 'direction', expect: 'no_flag', row: row(O, '时效指标', '救助金拨付期限', '<=', '15', '个工作日'), why: 'Guard: capped.' },
  // The sown area of grain or oil crops is the floor the grain subsidies defend.
  { id: 'dir-b56-18', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '大豆油料播种面积', '<=', '30', '万亩'), why: 'A sown area capped.' },
  { id: 'dir-b56-19', code: 'direction', expect: 'no_flag', row: row(B, '生态效益指标', '撂荒地面积', '<=', '30', '亩'), why: 'Guard: idle land kept down.' },
  // Payouts reaching the card or household (到卡率, 到户率) run near 100%, and a 规范管理服务率 is a good share.
  { id: 'imp-b56-01', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '惠民补贴资金到户率', '>=', '20', '%'), why: 'A payout share floored far below full.' },
  { id: 'imp-b56-02', code: 'implausible_target', expect: 'no_flag', row: row(O, '质量指标', '惠民补贴资金到户率', '>=', '98', '%'), why: 'Guard: near full.' },
  { id: 'imp-b56-03', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '结核病患者规范管理服务率', '>=', '5', '%'), why: 'A good share floored in single digits.' },
  // 资助面 is the share of students funded: past 100% is implausible, not a count in %.
  { id: 'imp-b56-04', code: 'implausible_target', expect: 'flag', row: row(O, '数量指标', '中职国家助学金受助面', '>=', '110', '%'), why: 'A funded share past 100%.' },
  { id: 'uvn-b56-01', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '中职国家助学金受助面', '>=', '15', '%'), why: 'Guard: a share in %.' },
  // The pre-2021 templates put 满意度 under 效果指标; under 效益 it stays misfiled.
  { id: 'lev-b56-01', code: 'levels', expect: 'no_flag', row: row('效果指标', '服务对象满意度指标', '参训农民满意度', '>=', '90', '%'), why: '满意度 under 效果 is the old layout.' },
  { id: 'lev-b56-02', code: 'levels', expect: 'flag', row: row(B, '服务对象满意度指标', '参训农民满意度', '>=', '90', '%'), why: 'Guard: under 效益 it is misfiled.' },
  { id: 'lev-b56-03', code: 'levels', expect: 'no_flag', row: row(S, '服务对象满意度指标', '参训农民满意度', '>=', '90', '%'), why: 'Guard: under 满意度 it is home.' },
  // Studies completed (学业完成率) are the students' outcome, not the 完成率 of work; people in 万元 are one defect, the unit.
  { id: 'lvn-b56-01', code: 'level_vs_name', expect: 'no_flag', row: row(B, '社会效益指标', '建档立卡学生学业完成率', '>=', '98', '%'), why: 'An outcome under 效益.' },
  { id: 'lvn-b56-02', code: 'level_vs_name', expect: 'flag', row: row(B, '社会效益指标', '年度培训计划完成率', '>=', '98', '%'), why: 'Guard: work done under 效益 is misfiled.' },
  { id: 'lvn-b56-03', code: 'level_vs_name', expect: 'no_flag', row: row(O, '数量指标', '减免学费幼儿', '>=', '300', '万元'), why: 'People in money: the unit only.' },
  { id: 'uvn-b56-02', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '减免学费幼儿', '>=', '300', '万元'), why: 'People in money.' },
  { id: 'lvn-b56-04', code: 'level_vs_name', expect: 'flag', row: row(O, '数量指标', '学费减免资金', '>=', '300', '万元'), why: 'Guard: money itself under 数量 is an input.' },
];

describe('audit cases b56: 2020–2023 wording in 教育/卫生/农业/水利/交通', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
