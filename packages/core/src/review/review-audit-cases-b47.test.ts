import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 47 (session 20): one case per general cause fixed after measuring, each with a guard beside it, in
 * wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // Retail or wholesale turnover (零售额, 批发额) is money as 销售额 is.
  { id: 'uvn-b47-01', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '县域农产品批发额', '>=', '5', '人'), why: 'Turnover in people.' },
  { id: 'uvn-b47-02', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '县域农产品批发额', '>=', '5', '亿元'), why: 'Guard: turnover in money.' },
  // Survey plots (样地, 样点) are laid out and counted as monitoring points are.
  { id: 'uvn-b47-03', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '土壤墒情监测样地', '>=', '40', '%'), why: 'Plots in %.' },
  { id: 'uvn-b47-04', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '土壤墒情监测样地', '>=', '40', '个'), why: 'Guard: plots counted.' },
  // Those who use a thing (标志使用企业) are counted; the use of money (资金使用) is not.
  { id: 'uvn-b47-05', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '绿色食品标志使用企业', '>=', '20', '%'), why: 'Firms in %.' },
  { id: 'uvn-b47-06', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '绿色食品标志使用企业', '>=', '20', '家'), why: 'Guard: firms counted.' },
  { id: 'uvn-b47-07', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '项目资金使用', '>=', '95', '%'), why: 'Guard: the use of money is a share of it.' },
  // Screening done (筛查率) is work done, good when high.
  { id: 'dir-b47-01', code: 'direction', expect: 'flag', row: row(O, '质量指标', '适龄妇女宫颈癌筛查率', '<=', '80', '%'), why: 'Screening capped.' },
  { id: 'dir-b47-02', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '适龄妇女宫颈癌筛查率', '>=', '80', '%'), why: 'Guard: screening raised.' },
  // Trouble caused (肇事肇祸) and new cases of a disease (新发…病例) are harms; cases found (新发现) are work.
  { id: 'dir-b47-03', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '流浪精神病人肇事肇祸人数', '>=', '3', '人'), why: 'Harm raised.' },
  { id: 'dir-b47-04', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '流浪精神病人肇事肇祸人数', '<=', '3', '人'), why: 'Guard: harm capped.' },
  { id: 'dir-b47-05', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '新发肺结核病例数', '>=', '100', '例'), why: 'New cases raised.' },
  { id: 'dir-b47-06', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '新发现肺结核患者', '>=', '100', '人'), why: 'Guard: cases found are the work.' },
  // A share of business done online or paperless is good when high, and a single-digit floor on it is a slip.
  { id: 'imp-b47-01', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '工程建设项目电子化招标率', '>=', '5', '%'), why: 'Online share set in single digits.' },
  { id: 'imp-b47-02', code: 'implausible_target', expect: 'no_flag', row: row(O, '质量指标', '工程建设项目电子化招标率', '>=', '90', '%'), why: 'Guard: a real floor.' },
  { id: 'dir-b47-07', code: 'direction', expect: 'flag', row: row(O, '质量指标', '工程建设项目电子化招标率', '<=', '90', '%'), why: 'Online share capped.' },
  // A share kept within the rules (规范停放率) is compliance, good when high.
  { id: 'dir-b47-08', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '非机动车规范停放率', '<=', '85', '%'), why: 'Compliance capped.' },
  { id: 'dir-b47-09', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '非机动车规范停放率', '>=', '85', '%'), why: 'Guard: compliance raised.' },
  // A system's uptime (在线率) and patients managed to protocol (规范管理率) are quality, not quantity.
  { id: 'lvn-b47-01', code: 'level_vs_name', expect: 'flag', row: row(O, '数量指标', '水质自动监测站在线率', '>=', '95', '%'), why: 'Uptime under 数量.' },
  { id: 'lvn-b47-02', code: 'level_vs_name', expect: 'no_flag', row: row(O, '质量指标', '水质自动监测站在线率', '>=', '95', '%'), why: 'Guard: uptime under 质量.' },
  { id: 'lvn-b47-03', code: 'level_vs_name', expect: 'flag', row: row(O, '数量指标', '2型糖尿病患者规范管理率', '>=', '60', '%'), why: 'Managed share under 数量.' },
  // A standing in the public eye (知名度) is stated as a direction under 效益 as 便利度 is; a market share is not.
  { id: 'qvq-b47-01', code: 'qualitative_vs_quantitative', expect: 'no_flag', row: row(B, '社会效益指标', '特色农产品品牌知名度', 'qualitative', '明显提升', null), why: 'A standing in words.' },
  { id: 'qvq-b47-02', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(B, '经济效益指标', '特色农产品市场占有率', 'qualitative', '明显提升', null), why: 'Guard: a share needs a number.' },
];

describe('review audit cases, set 47', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
