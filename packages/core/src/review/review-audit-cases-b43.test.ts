import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 43 (session 17): one case per general cause fixed after measuring, each with a guard
 * beside it, in wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // A share done on time with the act between (按期…率) is good when high; the negated share counts the late ones.
  { id: 'dir-b43-01', code: 'direction', expect: 'flag', row: row(O, '时效指标', '村级组织按期换届选举率', '<=', '90', '%'), why: 'An on-time share capped.' },
  { id: 'dir-b43-02', code: 'direction', expect: 'flag', row: row(O, '时效指标', '未按期交付项目率', '>=', '2', '%'), why: 'Guard: the late share asked to rise.' },
  { id: 'dir-b43-03', code: 'direction', expect: 'no_flag', row: row(O, '时效指标', '未按期交付项目率', '<=', '2', '%'), why: 'Guard: the late share kept down.' },
  // Flaws and points lost count what went wrong; the flaws put right are the work.
  { id: 'dir-b43-04', code: 'direction', expect: 'flag', row: row(O, '质量指标', '执法案卷瑕疵率', '>=', '3', '%'), why: 'Flaws asked to rise.' },
  { id: 'dir-b43-05', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '案卷瑕疵整改率', '>=', '95', '%'), why: 'Guard: flaws put right.' },
  { id: 'dir-b43-06', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '营商环境评价失分项', '>=', '3', '项'), why: 'Points lost asked to rise.' },
  // A decision overturned by the body above is the unit's own work found wrong; its own corrections of others are its work.
  { id: 'dir-b43-07', code: 'direction', expect: 'flag', row: row(O, '质量指标', '行政处罚决定被复议撤销率', '>=', '1', '%'), why: 'Own decisions overturned, asked to rise.' },
  { id: 'dir-b43-08', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '违法违规证照撤销率', '>=', '95', '%'), why: 'Guard: revoking wrongly held licences is the work.' },
  // Parties that broke faith are a credit programme's harm; punishing or repairing them acts against it.
  { id: 'dir-b43-09', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '失信市场主体数量', '>=', '100', '户'), why: 'Defaulters asked to rise.' },
  { id: 'dir-b43-10', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '失信主体联合惩戒案例', '>=', '20', '件'), why: 'Guard: punishment is the work.' },
  { id: 'dir-b43-11', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '失信企业信用修复', '>=', '50', '家'), why: 'Guard: repair is the work.' },
  // Investment a 招商 drive brings in is what the work is for: a ceiling caps it.
  { id: 'dir-b43-12', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '年度招商引资额', '<=', '20', '亿元'), why: 'Investment drawn in, capped.' },
  { id: 'dir-b43-13', code: 'direction', expect: 'no_flag', row: row(B, '经济效益指标', '年度招商引资额', '>=', '20', '亿元'), why: 'Guard: a floor.' },
  // Talent recruited or sent is people counted: under 数量 in % the unit is wrong; a share of them says so.
  { id: 'uvn-b43-01', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '柔性引进急需紧缺人才', '>=', '30', '%'), why: 'People counted in %.' },
  { id: 'uvn-b43-02', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '柔性引进急需紧缺人才', '>=', '30', '人'), why: 'Guard: counted in 人.' },
  { id: 'uvn-b43-03', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '社会效益指标', '引进人才本地留用率', '>=', '80', '%'), why: 'Guard: a share of them.' },
  // Books a unit writes are counted, the act of publishing after them or not.
  { id: 'uvn-b43-04', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '地方志丛书编纂出版', '>=', '3', '%'), why: 'Books counted in %.' },
  { id: 'uvn-b43-05', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '地方志丛书编纂出版', '>=', '3', '部'), why: 'Guard: counted in 部.' },
];

describe('review audit cases, held-out set 43', () => {
  it.each(caseTable(CASES))('%s', (_, c) => expect(raises(c), c.why).toBe(c.expect === 'flag'));
});
