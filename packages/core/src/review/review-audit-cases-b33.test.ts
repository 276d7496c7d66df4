import { describe, expect, it } from 'vitest';
import { type AuditCase, B, C, O, S, caseTable, findingsOn, raises, row } from './audit-case-rows';

/**
 * Held-out set 33 (session 14) and the core leftovers: one case per general cause fixed after measuring, each with a guard
 * beside it. Row cases are appended to four clean rows of a 2024 project target and are the row checked.
 */
const CASES: AuditCase[] = [
  // Speeds: traffic flow is better fast, but a limit, a control, speeding and traffic slowed on purpose are not.
  { id: 'dir-b33-01', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '主干道高峰时段平均车速', '<=', '25', '公里/小时'), why: 'Traffic flow on an artery: a ceiling is the wrong way round (set 29).' },
  { id: 'dir-b33-02', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '学校周边道路平均车速', '<=', '30', '公里/小时'), why: 'Traffic past a school is slowed on purpose.' },
  { id: 'dir-b33-03', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '重点路段车辆行驶速度控制在', '<=', '60', '公里/小时'), why: 'A speed control is a ceiling.' },
  { id: 'dir-b33-04', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '景区道路车辆行驶速度', '<=', '30', '公里/小时'), why: 'Traffic in a scenic spot is slowed on purpose.' },
  { id: 'dir-b33-05', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '超速车辆占比', '>=', '5', '%'), why: 'Speeding is a bad thing the name ends on.' },
  { id: 'dir-b33-06', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '超速车辆占比', '<=', '5', '%'), why: 'Guard: the same share capped.' },
  { id: 'dir-b33-07', code: 'direction', expect: 'flag', row: row(O, '质量指标', '乡镇政务网络平均接入速率', '<=', '100', 'Mbps'), why: 'A network speed is better fast.' },
  // A speed is a measured quantity: 速率 is not a share, and a speed is never in % or a count.
  { id: 'uvn-b33-08', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '质量指标', '乡镇政务网络平均接入速率', '>=', '100', 'Mbps'), why: '速率 in Mbps is a speed, not a rate in the wrong unit.' },
  { id: 'uvn-b33-09', code: 'unit_vs_name', expect: 'flag', row: row(O, '质量指标', '港区船舶航行限速', '<=', '6', '%'), why: 'A speed limit in %.' },
  { id: 'uvn-b33-10', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '质量指标', '港区船舶航行限速', '<=', '6', '节'), why: 'Guard: the limit in 节.' },
  { id: 'uvn-b33-11', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '质量指标', '人民调解成功率', '>=', '95', '%'), why: 'Guard: 成功率 is still a rate.' },
  { id: 'uvn-b33-12', code: 'unit_vs_name', expect: 'flag', row: row(O, '质量指标', '人民调解成功率', '>=', '95', '件'), why: 'Guard: 成功率 in 件 is still the wrong unit.' },
  // Per-base rates: complaints per million parcels.
  { id: 'uvn-b33-13', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '质量指标', '快递服务有效申诉率', '<=', '5', '件/百万件'), why: 'A rate per base of items handled.' },
  { id: 'uvn-b33-14', code: 'unit_vs_name', expect: 'flag', row: row(O, '质量指标', '快递服务有效申诉率', '<=', '5', '件'), why: 'Guard: a rate in a bare count.' },
  // Misconduct is bad; retention is good.
  { id: 'dir-b33-15', code: 'direction', expect: 'flag', row: row(O, '质量指标', '学术不端事件', '>=', '1', '起'), why: 'Misconduct with a floor.' },
  { id: 'dir-b33-16', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '解除戒毒人员三年操守保持率', '<=', '60', '%'), why: 'A retention rate with a ceiling.' },
  { id: 'dir-b33-17', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '解除戒毒人员三年操守保持率', '>=', '60', '%'), why: 'Guard: the floor.' },
  // A deal's value is an amount; works projects are counted.
  { id: 'uvn-b33-18', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '技术合同成交额', '>=', '12', '%'), why: 'An amount in %.' },
  { id: 'uvn-b33-19', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '技术合同成交额增长率', '>=', '12', '%'), why: 'Guard: its growth in %.' },
  { id: 'uvn-b33-20', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '公共机构节能改造项目', '>=', '10', '%'), why: 'Works projects, a few %: a count written in %.' },
  { id: 'uvn-b33-21', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '公共机构节能改造项目', '>=', '10', '个'), why: 'Guard: counted.' },
  { id: 'dir-b33-22', code: 'direction', expect: 'flag', row: row(C, '经济成本指标', '因公出国（境）经费', '>=', '200', '万元'), why: 'Guard kept: a capped spending item with a floor.' },
];

describe('review audit cases, held-out set 33', () => {
  it.each(caseTable(CASES))('%s', (_, c) => expect(raises(c), c.why).toBe(c.expect === 'flag'));
});

describe('a satisfaction floor stated in the name, valued in another unit', () => {
  // The name's floor (85%) falls short; the message names that number, not the value (4.5分) compared with a % it is not in.
  it.each([
    { target: '4.5', unit: '分', field: 'name', names: '85%', not: '4.5分' },
    { target: '85', unit: '%', field: 'target', names: '≥85%', not: null },
    { target: '88', unit: null, field: 'target', names: '≥88', not: null },
  ])('value $target in $unit → satisfaction on $field', ({ target, unit, field, names, not }) => {
    const found = findingsOn(row(S, '服务对象满意度指标', '群众满意度不低于85%', '>=', target, unit)).filter((f) => f.code === 'satisfaction');
    expect(found.map((f) => f.field)).toEqual([field]);
    expect(found[0]!.message).toContain(names);
    if (not != null) expect(found[0]!.message).not.toContain(not);
  });
  it('is quiet when the value meets the minimum in %', () => {
    expect(findingsOn(row(S, '服务对象满意度指标', '群众满意度不低于85%', '>=', '95', '%')).filter((f) => f.code === 'satisfaction')).toEqual([]);
  });
});
