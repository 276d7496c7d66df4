import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 57 (session 23): one case per general cause fixed after measuring, each with a guard beside it, in
 * wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // Bids rigged (围标, 串标) are a breach; investigating them is the work.
  { id: 'dir-b57-01', code: 'direction', expect: 'flag', row: row(O, '质量指标', '工程招标串标行为', '>=', '2', '起'), why: 'Rigged bids raised.' },
  { id: 'dir-b57-02', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '查处围标串标案件', '>=', '5', '件'), why: 'Guard: investigating them is work.' },
  // Secrets leaked (泄密) are a breach; checking for the risk of it is work.
  { id: 'dir-b57-03', code: 'direction', expect: 'flag', row: row(O, '质量指标', '涉密载体泄密事件', '>=', '1', '起'), why: 'Leaks raised.' },
  { id: 'dir-b57-04', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '泄密隐患排查', '>=', '12', '次'), why: 'Guard: checking is work.' },
  // Spills from a waste or muck truck (跑冒滴漏) are a breach; fining them is work.
  { id: 'dir-b57-05', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '渣土车跑冒滴漏', '>=', '3', '起'), why: 'Spills raised.' },
  { id: 'dir-b57-06', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '查处渣土车跑冒滴漏', '>=', '30', '起'), why: 'Guard: fining them is work.' },
  // Vehicles left anywhere (乱停乱放) are a breach as 乱摆 is; clearing them is work.
  { id: 'dir-b57-07', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '电动车乱停乱放点位', '>=', '20', '处'), why: 'Disorderly parking raised.' },
  { id: 'dir-b57-08', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '整治电动车乱停乱放点位', '>=', '20', '处'), why: 'Guard: clearing them is work.' },
  // False adverts or claims (虚假广告, 虚假宣传) are a breach although 宣传 alone is an act; finding them is work.
  { id: 'dir-b57-09', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '保健食品虚假广告', '>=', '3', '条'), why: 'False adverts raised.' },
  { id: 'dir-b57-10', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '查处保健食品虚假广告', '>=', '3', '件'), why: 'Guard: finding them is work.' },
  { id: 'dir-b57-11', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '开展反诈骗宣传', '>=', '30', '场'), why: 'Guard: 宣传 alone stays work.' },
  // Harm not reported in time (未及时上报) is a duty left undone; the on-time share is good.
  { id: 'dir-b57-12', code: 'direction', expect: 'flag', row: row(O, '质量指标', '困难群众急难情况未及时上报', '>=', '1', '起'), why: 'Late reports raised.' },
  { id: 'dir-b57-13', code: 'direction', expect: 'no_flag', row: row(O, '时效指标', '急难情况及时上报率', '>=', '95', '%'), why: 'Guard: the on-time share is good.' },
  // Hidden debt (隐性债务) and treasury advances (暂付款) are kept down; resolving them is work.
  { id: 'dir-b57-14', code: 'direction', expect: 'flag', row: row(O, '质量指标', '政府隐性债务余额', '>=', '5', '亿元'), why: 'Hidden debt floored.' },
  { id: 'dir-b57-15', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '化解存量隐性债务', '>=', '5', '亿元'), why: 'Guard: resolving it is work.' },
  { id: 'dir-b57-16', code: 'direction', expect: 'flag', row: row(O, '质量指标', '暂付款规模', '>=', '1', '亿元'), why: 'Advances floored.' },
  { id: 'dir-b57-17', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '消化存量暂付款', '>=', '1', '亿元'), why: 'Guard: clearing them is work.' },
  // 核处 (checking and dealing with) is an act against the violation it follows.
  { id: 'dir-b57-18', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '投诉举报违法线索核处率', '>=', '95', '%'), why: 'Dealing with violations is work.' },
  // Money secured from above and wasteful money taken back are results sought: a ceiling caps them; taking back idle money
  // (收回, as 追回) acts against the idleness.
  { id: 'dir-b57-19', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '争取上级补助资金', '<=', '5000', '万元'), why: 'Money secured capped.' },
  { id: 'dir-b57-20', code: 'direction', expect: 'no_flag', row: row(B, '经济效益指标', '争取上级补助资金', '>=', '5000', '万元'), why: 'Guard: floored.' },
  { id: 'dir-b57-21', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '统筹收回低效无效资金', '<=', '800', '万元'), why: 'Wasteful money taken back capped.' },
  { id: 'dir-b57-22', code: 'direction', expect: 'no_flag', row: row(B, '经济效益指标', '收回闲置沉淀资金', '>=', '800', '万元'), why: 'Guard: taking back idle money is work, floored.' },
  // The share of 以工代赈 money paid as wages holds a policy floor however fully the fund is named.
  { id: 'imp-b57-01', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '劳务报酬发放占中央财政衔接资金比例', '>=', '5', '%'), why: 'A wage share floored in single digits.' },
  { id: 'imp-b57-02', code: 'implausible_target', expect: 'no_flag', row: row(O, '质量指标', '劳务报酬发放占中央财政衔接资金比例', '>=', '30', '%'), why: 'Guard: the policy floor.' },
  // People taken into work are counted in 人, never money.
  { id: 'uvn-b57-01', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '组织脱贫劳动力外出务工', '>=', '200', '万元'), why: 'People in money.' },
  { id: 'uvn-b57-02', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '组织脱贫劳动力外出务工', '>=', '2000', '人'), why: 'Guard: in 人.' },
  // Money paid one transfer at a time is counted in 笔 as loans are; money set aside is not.
  { id: 'uvn-b57-03', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '质量指标', '违规支付工程款', '>=', '1', '笔'), why: 'Payments counted in 笔.' },
  { id: 'uvn-b57-04', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '安排项目建设资金', '>=', '5', '笔'), why: 'Guard: money set aside in 笔.' },
  // Grid cells a 街道 draws are counted; their cover is a rate.
  { id: 'uvn-b57-05', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '划分单元网格', '>=', '80', '%'), why: 'Grid cells in %.' },
  { id: 'uvn-b57-06', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '单元网格覆盖率', '>=', '80', '%'), why: 'Guard: a cover share.' },
];

describe('audit cases b57: 财政/街道/区委办/绩效办/发改/市场监管/住建/城管/生态环境 projects and 部门整体 rows', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
