import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, S, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 41 (session 16): one case per general cause fixed after measuring, each with a guard
 * beside it, in wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // 认可度 is a favourable share like 好评率: under 满意度 it is held to the minimum; outside it, not.
  { id: 'sat-b41-01', code: 'satisfaction', expect: 'flag', row: row(S, '服务对象满意度指标', '参保企业对经办服务认可度', '>=', '85', '%'), why: 'An approval share under 满意度 below 90%.' },
  { id: 'sat-b41-02', code: 'satisfaction', expect: 'no_flag', row: row(S, '服务对象满意度指标', '参保企业对经办服务认可率', '>=', '92', '%'), why: 'Guard: at the minimum.' },
  { id: 'sat-b41-03', code: 'satisfaction', expect: 'no_flag', row: row(B, '社会效益指标', '行业协会认可度', '>=', '80', '%'), why: 'Guard: outside 满意度 no minimum applies.' },
  // An effect under 产出: a load kept out of the environment, a harvest raised, a loss made good for the people served.
  { id: 'lvn-b41-01', code: 'level_vs_name', expect: 'flag', row: row(O, '数量指标', '减少化肥施用量', '>=', '120', '吨'), why: 'A load kept out, under 数量.' },
  { id: 'lvn-b41-02', code: 'level_vs_name', expect: 'no_flag', row: row(B, '生态效益指标', '减少化肥施用量', '>=', '120', '吨'), why: 'Guard: under 生态效益.' },
  { id: 'lvn-b41-03', code: 'level_vs_name', expect: 'flag', row: row(O, '数量指标', '示范田水稻增产', '>=', '40', '公斤/亩'), why: 'A harvest raised, under 数量.' },
  { id: 'lvn-b41-04', code: 'level_vs_name', expect: 'flag', row: row(O, '数量指标', '为消费者挽回损失', '>=', '200', '万元'), why: 'A loss made good, under 数量.' },
  { id: 'lvn-b41-05', code: 'level_vs_name', expect: 'no_flag', row: row(O, '数量指标', '追回违规使用资金', '>=', '50', '万元'), why: 'Guard: funds recovered are an audit\'s output.' },
  // The accuracy of work done on cases or records is that work's quality: an output, misfiled under 效益.
  { id: 'lvn-b41-06', code: 'level_vs_name', expect: 'flag', row: row(B, '社会效益指标', '低保对象信息录入准确率', '>=', '98', '%'), why: 'An act\'s accuracy under 效益.' },
  { id: 'lvn-b41-07', code: 'level_vs_name', expect: 'no_flag', row: row(O, '质量指标', '低保对象信息录入准确率', '>=', '98', '%'), why: 'Guard: under 质量.' },
  // Public money put in, capped under 效益, is what the project costs.
  { id: 'lvn-b41-08', code: 'level_vs_name', expect: 'flag', row: row(B, '经济效益指标', '每公里财政投入', '<=', '80', '万元/公里'), why: 'Fiscal input capped under 效益.' },
  { id: 'lvn-b41-09', code: 'level_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '带动社会资本投入', '>=', '800', '万元'), why: 'Guard: money drawn in.' },
  // Percentage points move a share: a name that is neither a share nor its change cannot be measured in them.
  { id: 'uvn-b41-01', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '企业登记注册办理', '>=', '30', '个百分点'), why: 'An act in percentage points.' },
  { id: 'uvn-b41-02', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '社会效益指标', '城镇登记失业率下降', '>=', '0.5', '个百分点'), why: 'Guard: a share\'s change.' },
  { id: 'uvn-b41-03', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '农作物耕种收综合机械化水平提升', '>=', '1', '个百分点'), why: 'Guard: a level raised, named without 率.' },
];

describe('review audit cases, held-out set 41', () => {
  it.each(caseTable(CASES))('%s', (_, c) => expect(raises(c), c.why).toBe(c.expect === 'flag'));
});
