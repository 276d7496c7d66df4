import { describe, expect, it } from 'vitest';
import { type AuditCase, B, C, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 50 (session 21): one case per general cause fixed after measuring, each with a guard beside it, in
 * wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // Waste dumped or discharged on the sly (偷排, 偷倒) is a harm; acting against it is work.
  { id: 'dir-b50-01', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '企业废水偷排事件', '>=', '2', '起'), why: 'Illegal discharge raised.' },
  { id: 'dir-b50-02', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '查处渣土偷倒案件', '>=', '30', '起'), why: 'Guard: dumping dealt with.' },
  // Points a survey missed (漏探, 漏查, 漏录) count its failures.
  { id: 'dir-b50-03', code: 'direction', expect: 'flag', row: row(O, '质量指标', '房屋安全排查漏查率', '>=', '1', '%'), why: 'Missed houses raised.' },
  // Leaks and blockages (渗漏, 堵塞, 淤积) and untreated discharge (直排) are bad states.
  { id: 'dir-b50-04', code: 'direction', expect: 'flag', row: row(O, '质量指标', '供水管道渗漏率', '>=', '3', '%'), why: 'Leaks raised.' },
  { id: 'dir-b50-05', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '排水管道堵塞次数', '>=', '10', '次'), why: 'Blockages raised.' },
  { id: 'dir-b50-06', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '疏通堵塞管道', '>=', '10', '公里'), why: 'Guard: clearing blockages is work.' },
  { id: 'dir-b50-07', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '生活污水直排口数量', '>=', '5', '个'), why: 'Untreated outfalls raised.' },
  { id: 'dir-b50-08', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '整治入河直排口', '>=', '5', '个'), why: 'Guard: outfalls dealt with.' },
  // A hazard named alone is counted as a fault is; finding or removing it is work.
  { id: 'dir-b50-09', code: 'direction', expect: 'flag', row: row(O, '质量指标', '校舍结构安全隐患', '>=', '4', '处'), why: 'Hazards raised.' },
  { id: 'dir-b50-10', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '排查校舍安全隐患', '>=', '40', '处'), why: 'Guard: finding hazards is work.' },
  // The deadline an act is given is time taken; a benefit's period is not.
  { id: 'dir-b50-11', code: 'direction', expect: 'flag', row: row(O, '时效指标', '投诉问题办理期限', '>=', '15', '个工作日'), why: 'A deadline raised.' },
  { id: 'dir-b50-12', code: 'direction', expect: 'no_flag', row: row(B, '可持续影响指标', '项目效益发挥期限', '>=', '10', '年'), why: 'Guard: benefits lasting long.' },
  // A stock kept (保有率) is a good share.
  { id: 'dir-b50-13', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '大陆自然岸线保有率', '<=', '35', '%'), why: 'A kept stock capped.' },
  // Taking in or collecting waste is the work against it.
  { id: 'dir-b50-14', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '医疗废物收集量', '>=', '300', '吨'), why: 'Collecting waste is work.' },
  { id: 'dir-b50-15', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '医疗废物污染事件', '>=', '1', '起'), why: 'Guard: pollution itself stays bad.' },
  // What works spread around them is an impact under 生态环境成本.
  { id: 'dir-b50-16', code: 'direction', expect: 'flag', row: row(C, '生态环境成本指标', '施工期泥沙扩散范围', '>=', '2', '平方公里'), why: 'Spread raised.' },
  // Cases closed out (闭环率) run near 100%: a single-digit floor is a slip.
  { id: 'imp-b50-01', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '12345工单闭环率', '>=', '8', '%'), why: 'Closure floor in single digits.' },
  { id: 'imp-b50-02', code: 'implausible_target', expect: 'no_flag', row: row(O, '质量指标', '12345工单闭环率', '>=', '98', '%'), why: 'Guard: a real floor.' },
  // Reefs and flats are things counted; a rate per base of trips is a rate's unit.
  { id: 'uvn-b50-01', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '建设生态鱼礁', '>=', '20', '%'), why: 'Reefs in %.' },
  { id: 'uvn-b50-02', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '新建青年公寓', '>=', '40', '%'), why: 'Flats in %.' },
  { id: 'uvn-b50-03', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '新建青年公寓', '>=', '400', '套'), why: 'Guard: flats counted.' },
  { id: 'uvn-b50-04', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '社会效益指标', '船舶交通事故发生率', '<=', '0.3', '次/万艘次'), why: 'A rate per ship movements.' },
  { id: 'uvn-b50-05', code: 'unit_vs_name', expect: 'flag', row: row(B, '社会效益指标', '船舶交通事故发生率', '<=', '3', '次'), why: 'Guard: a rate in a bare count.' },
];

describe('review audit cases, set 50', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
