import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 42 (session 17): one case per general cause fixed after measuring, each with a guard
 * beside it, in wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // Goods spoilt or written off are bad; scrapping old vehicles, ships or machines is a renewal programme's aim.
  { id: 'dir-b42-01', code: 'direction', expect: 'flag', row: row(O, '质量指标', '疫苗报损率', '>=', '1', '%'), why: 'Vaccine written off, asked to rise.' },
  { id: 'dir-b42-02', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '老旧营运车辆报废率', '>=', '90', '%'), why: 'Guard: scrapping old vehicles is the aim.' },
  // People absent or dropping out part-way are bad; attendance is good.
  { id: 'dir-b42-03', code: 'direction', expect: 'flag', row: row(O, '质量指标', '学生旷课率', '>=', '1', '%'), why: 'Truancy asked to rise.' },
  { id: 'dir-b42-04', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '教职工出勤率', '>=', '98', '%'), why: 'Guard: attendance.' },
  { id: 'dir-b42-05', code: 'direction', expect: 'flag', row: row(O, '质量指标', '技能培训中途退学率', '>=', '3', '%'), why: 'Dropping out part-way asked to rise.' },
  { id: 'dir-b42-06', code: 'direction', expect: 'no_flag', row: row(B, '生态效益指标', '落后产能退出率', '>=', '90', '%'), why: 'Guard: the wrong thing made to leave.' },
  // An appeal against a service is bad as a complaint is; its handling is not.
  { id: 'dir-b42-07', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '纳税人申诉率', '>=', '2', '%'), why: 'Appeals asked to rise.' },
  { id: 'dir-b42-08', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '群众申诉办结率', '>=', '95', '%'), why: 'Guard: appeals settled.' },
  // An invasive species or a pest spreading over land is bad; the land cleared of it is the work.
  { id: 'dir-b42-09', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '外来入侵植物蔓延面积', '>=', '30', '亩'), why: 'Spread asked to rise.' },
  { id: 'dir-b42-10', code: 'direction', expect: 'no_flag', row: row(B, '生态效益指标', '外来入侵植物清除面积', '>=', '30', '亩'), why: 'Guard: land cleared.' },
  // A share of ground covered (盖度) and of needs fitted (适配率) are good shares.
  { id: 'dir-b42-11', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '林草植被盖度', '<=', '60', '%'), why: 'Ground cover capped.' },
  { id: 'dir-b42-12', code: 'direction', expect: 'no_flag', row: row(B, '生态效益指标', '林草植被盖度', '>=', '60', '%'), why: 'Guard: a floor.' },
  { id: 'dir-b42-13', code: 'direction', expect: 'flag', row: row(O, '质量指标', '失能老人辅具适配率', '<=', '80', '%'), why: 'Needs fitted, capped.' },
  // An output promised under 数量 set at =0 delivers nothing; bad things and what a unit keeps down on purpose may be 0.
  { id: 'imp-b42-01', code: 'implausible_target', expect: 'flag', row: row(O, '数量指标', '举办技能培训班次', '=', '0', '期'), why: 'Training delivered: none.' },
  { id: 'imp-b42-02', code: 'implausible_target', expect: 'flag', row: row(O, '数量指标', '发放临时救助金', '=', '0', '万元'), why: 'Aid paid out: none.' },
  { id: 'imp-b42-03', code: 'implausible_target', expect: 'no_flag', row: row(O, '数量指标', '召开会议次数', '=', '0', '次'), why: 'Guard: meetings are kept down on purpose.' },
  { id: 'imp-b42-04', code: 'implausible_target', expect: 'no_flag', row: row(O, '数量指标', '施工安全事故', '=', '0', '起'), why: 'Guard: a bad thing at zero.' },
  // A laboratory's result graded 满意 in a proficiency test is its work's quality, not anyone's satisfaction.
  { id: 'lvn-b42-01', code: 'level_vs_name', expect: 'no_flag', row: row(O, '质量指标', '实验室间比对满意率', '>=', '95', '%'), why: 'A proficiency grade under 质量.' },
  { id: 'lvn-b42-02', code: 'level_vs_name', expect: 'flag', row: row(O, '质量指标', '检测服务满意率', '>=', '95', '%'), why: 'Guard: a client satisfaction under 质量.' },
];

describe('review audit cases, held-out set 42', () => {
  it.each(caseTable(CASES))('%s', (_, c) => expect(raises(c), c.why).toBe(c.expect === 'flag'));
});
