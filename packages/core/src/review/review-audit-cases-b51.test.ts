import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 51 (session 22): one case per general cause fixed after measuring, each with a guard beside it, in
 * wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // A share supplied locally is good: a ceiling on it is the wrong way round.
  { id: 'dir-b51-01', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '新能源汽车产业链本地配套率', '<=', '50', '%'), why: 'A local supply share capped.' },
  { id: 'dir-b51-02', code: 'direction', expect: 'no_flag', row: row(B, '经济效益指标', '新能源汽车产业链本地配套率', '>=', '50', '%'), why: 'Guard: its floor.' },
  // Insurance surrendered, resettled people moving back and smoking are bad when high.
  { id: 'dir-b51-03', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '农业保险退保率', '>=', '3', '%'), why: 'Surrender raised.' },
  { id: 'dir-b51-04', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '易地扶贫搬迁户返迁户数', '>=', '5', '户'), why: 'Moving back raised.' },
  { id: 'dir-b51-05', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '成人二手烟暴露率', '>=', '30', '%'), why: 'Second-hand smoke raised.' },
  { id: 'dir-b51-06', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '室内公共场所吸烟劝阻率', '>=', '90', '%'), why: 'Guard: dissuading smokers is good.' },
  // Pest and vector densities are bad when high.
  { id: 'dir-b51-07', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '城区蚊媒密度', '>=', '2', '%'), why: 'Vector density raised.' },
  // Human activity in protected land and a disease's local or imported cases are harms; monitoring them is work.
  { id: 'dir-b51-08', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '自然保护区人类活动图斑', '>=', '20', '个'), why: 'Human disturbance raised.' },
  { id: 'dir-b51-09', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '人类活动图斑核查整改', '>=', '20', '个'), why: 'Guard: checking them is work.' },
  { id: 'dir-b51-10', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '疟疾输入性病例', '>=', '2', '例'), why: 'Imported cases raised.' },
  { id: 'dir-b51-11', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '畜禽养殖抗菌药使用量', '>=', '3', '吨'), why: 'Antimicrobials named without 物 raised.' },
  // Time to switch a facility over is time taken.
  { id: 'dir-b51-12', code: 'direction', expect: 'flag', row: row(O, '时效指标', '应急电源切换时间', '>=', '10', '分钟'), why: 'A switch-over time floored.' },
  // The act in front of a bad state's own rate names the land, not work against it; the work named by the act stays good.
  { id: 'dir-b51-13', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '盘活资产闲置率', '>=', '10', '%'), why: 'An idle share floored.' },
  { id: 'dir-b51-14', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '盘活闲置厂房', '>=', '10', '万平方米'), why: 'Guard: idle works put back to use.' },
  // Income per mu and financing are money; people named by their post are people.
  { id: 'uvn-b51-01', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '制种基地亩均增收', '>=', '500', '户'), why: 'Income per mu in households.' },
  { id: 'uvn-b51-02', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '科技型企业股权融资额', '>=', '3', '个'), why: 'Financing in a count.' },
  { id: 'uvn-b51-03', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '科技型企业股权融资额', '>=', '3', '亿元'), why: 'Guard: financing in money.' },
  { id: 'uvn-b51-04', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '配备社区网格员', '>=', '200', '万元'), why: 'Grid workers in money.' },
  { id: 'uvn-b51-05', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '配备社区网格员', '>=', '200', '人'), why: 'Guard: grid workers counted.' },
  // A cover insured by choice grows from any base: a single-digit floor is no slip; a service rate's is.
  { id: 'imp-b51-01', code: 'implausible_target', expect: 'no_flag', row: row(B, '社会效益指标', '农房保险投保覆盖率', '>=', '8', '%'), why: 'Insured by choice.' },
  { id: 'imp-b51-02', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '应急物资储备到位率', '>=', '8', '%'), why: 'Guard: a service share floored in single digits.' },
];

describe('review audit cases, set 51', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
