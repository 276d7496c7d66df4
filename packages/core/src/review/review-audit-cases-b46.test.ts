import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 46 (session 19): one case per general cause fixed after measuring, each with a guard beside it, in
 * wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // A share of places or traffic that gets through (通行率) is access, good when high.
  { id: 'dir-b46-01', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '汛期农村公路安全通行率', '<=', '90', '%'), why: 'Access capped.' },
  { id: 'dir-b46-02', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '汛期农村公路安全通行率', '>=', '90', '%'), why: 'Guard: access raised.' },
  // Sorties, ships or trips counted each time (架次, 艘次, 车次) are counts as 场次 and 人次 are: never a share, never money.
  { id: 'uvn-b46-01', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '森林航空消防飞行架次', '>=', '90', '%'), why: 'Sorties in %.' },
  { id: 'uvn-b46-02', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '森林航空消防飞行架次', '>=', '90', '架次'), why: 'Guard: sorties counted.' },
  { id: 'uvn-b46-03', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '巡回医疗车下乡车次', '>=', '20', '万元'), why: 'Trips in money.' },
  { id: 'uvn-b46-04', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '全省考核名次', '<=', '10', '名'), why: 'Guard: 名次 is a place, not a count.' },
  // Goods moved or landed (货运量, 吞吐量 of a port, 装卸量) are weighed or counted in containers, never money or days.
  { id: 'uvn-b46-05', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '内河港口集装箱吞吐量', '>=', '50', '万元'), why: 'Freight in money.' },
  { id: 'uvn-b46-06', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '内河港口集装箱吞吐量', '>=', '50', '万标箱'), why: 'Guard: freight in containers.' },
  { id: 'uvn-b46-07', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '铁路专用线年货运量', '>=', '30', '万元'), why: 'Freight in money.' },
  { id: 'uvn-b46-08', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '铁路专用线年货运量', '>=', '30', '万吨'), why: 'Guard: freight weighed.' },
  { id: 'uvn-b46-10', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '物流园区货物装卸量', '>=', '30', '人'), why: 'Freight in people.' },
  { id: 'uvn-b46-09', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '政务云平台并发交易吞吐量', '>=', '5000', '笔/秒'), why: 'Guard: a system\'s throughput is no freight.' },
];

describe('review audit cases, set 46', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
