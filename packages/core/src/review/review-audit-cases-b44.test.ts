import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 44 (session 17): one case per general cause fixed after measuring, each with a guard
 * beside it, in wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // Lamps lit (亮灯率) are a service's good share; the unlit share (不亮灯率) is its negation and bad.
  { id: 'dir-b44-01', code: 'direction', expect: 'flag', row: row(O, '质量指标', '景观灯亮灯率', '<=', '95', '%'), why: 'A lit share capped.' },
  { id: 'dir-b44-02', code: 'direction', expect: 'flag', row: row(O, '质量指标', '景观灯不亮灯率', '>=', '3', '%'), why: 'The unlit share asked to rise.' },
  { id: 'dir-b44-03', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '景观灯不亮灯率', '<=', '3', '%'), why: 'Guard: the unlit share kept down.' },
  // A negated payment done on time and in full (未按时足额…率) counts failures: 0% is the goal, and a floor is backwards.
  { id: 'dir-b44-04', code: 'direction', expect: 'flag', row: row(O, '质量指标', '补贴资金未按时足额拨付率', '>=', '1', '%'), why: 'Late or short payments asked to rise.' },
  { id: 'imp-b44-01', code: 'implausible_target', expect: 'no_flag', row: row(O, '质量指标', '补贴资金未按时足额拨付率', '=', '0', '%'), why: 'Guard: no failures is the plausible goal of a negated rate.' },
  // Warnings issued (发布率) and people moved out of danger (转移率) are the work, good when high.
  { id: 'dir-b44-05', code: 'direction', expect: 'flag', row: row(O, '时效指标', '地质灾害预警信息及时发布率', '<=', '90', '%'), why: 'Warnings issued in time, capped.' },
  { id: 'dir-b44-06', code: 'direction', expect: 'flag', row: row(O, '时效指标', '地质灾害预警信息未及时发布率', '>=', '2', '%'), why: 'Late warnings asked to rise.' },
  { id: 'dir-b44-07', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '受威胁群众避险转移率', '<=', '90', '%'), why: 'People moved to safety, capped.' },
  { id: 'dir-b44-08', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '受威胁群众避险转移率', '=', '100', '%'), why: 'Guard: everyone moved.' },
  // Assets damaged or lost (毁损, 灭失) and missing street trees (缺株) are a good thing's loss, bad when high.
  { id: 'dir-b44-09', code: 'direction', expect: 'flag', row: row(O, '质量指标', '库存物资毁损率', '>=', '1', '%'), why: 'Damage asked to rise.' },
  { id: 'dir-b44-10', code: 'direction', expect: 'flag', row: row(O, '质量指标', '国有资产灭失率', '>=', '1', '%'), why: 'Loss asked to rise.' },
  { id: 'dir-b44-11', code: 'direction', expect: 'flag', row: row(O, '质量指标', '绿化带苗木缺株率', '>=', '3', '%'), why: 'Missing plants asked to rise.' },
  { id: 'dir-b44-12', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '绿化带苗木缺株率', '<=', '3', '%'), why: 'Guard: kept down.' },
];

describe('review audit cases, set 44', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
