import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 36 (session 15): one case per general cause fixed after measuring, each with a guard
 * beside it. Row cases are appended to four clean rows of a 2024 project target and are the row checked.
 */
const CASES: AuditCase[] = [
  // 非法 and 违反 say what 违法 and 违规 say.
  { id: 'dir-b36-01', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '非法采矿案件', '>=', '4', '起'), why: 'Illegal mining with a floor.' },
  { id: 'dir-b36-02', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '打击非法采砂行动', '>=', '6', '次'), why: 'Guard: acting against it.' },
  { id: 'dir-b36-03', code: 'direction', expect: 'flag', row: row(O, '质量指标', '违反公平竞争审查标准文件', '>=', '3', '件'), why: 'Rule-breaking documents with a floor.' },
  { id: 'dir-b36-04', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '纠正违反公平竞争审查标准文件', '>=', '3', '件'), why: 'Guard: corrected.' },
  // A theft and a damage act counted as cases are bad.
  { id: 'dir-b36-05', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '文物藏品被盗', '>=', '1', '件'), why: 'Thefts with a floor.' },
  { id: 'dir-b36-06', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '破坏森林资源案件', '>=', '10', '起'), why: 'Damage cases with a floor.' },
  { id: 'dir-b36-07', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '查处破坏森林资源案件', '>=', '10', '起'), why: 'Guard: cases dealt with.' },
  { id: 'dir-b36-08', code: 'direction', expect: 'flag', row: row(O, '质量指标', '新兵退兵率', '>=', '2', '%'), why: 'Recruits sent back, as 退件.' },
  // A relapse that did not happen, and the share using a good thing, are good rates.
  { id: 'dir-b36-09', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '戒断三年未复吸率', '>=', '40', '%'), why: 'Stayed clean: good.' },
  { id: 'dir-b36-10', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '戒毒人员复吸率', '>=', '20', '%'), why: 'Guard: the relapse rate.' },
  { id: 'dir-b36-11', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '合格碘盐食用率', '<=', '90', '%'), why: 'A good use share capped.' },
  // A consumer price rise is held under a control target.
  { id: 'dir-b36-12', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '居民消费价格涨幅', '>=', '3', '%'), why: 'A floor on the price rise.' },
  { id: 'dir-b36-13', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '居民消费价格涨幅', '<=', '3', '%'), why: 'Guard: capped.' },
  // Operations carried out and devices laid out are counted.
  { id: 'uvn-b36-14', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '防雹作业', '>=', '25', '%'), why: 'Operations in %.' },
  { id: 'uvn-b36-15', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '防雹作业', '>=', '25', '次'), why: 'Guard: counted.' },
  { id: 'uvn-b36-16', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '红外相机布设', '>=', '80', '%'), why: 'Devices laid out in %.' },
  { id: 'uvn-b36-17', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '红外相机布设', '>=', '80', '台'), why: 'Guard: counted.' },
  // Full-width digits are digits.
  { id: 'nn-b36-18', code: 'not_numeric', expect: 'no_flag', row: row(O, '数量指标', '承办全民健身赛事', '>=', '２０', '场'), why: 'Full-width 20.' },
  { id: 'nn-b36-19', code: 'not_numeric', expect: 'flag', row: row(O, '数量指标', '承办全民健身赛事', '>=', '较多', '场'), why: 'Guard: no number.' },
];

describe('review audit cases, held-out set 36', () => {
  it.each(caseTable(CASES))('%s', (_, c) => expect(raises(c), c.why).toBe(c.expect === 'flag'));
});
