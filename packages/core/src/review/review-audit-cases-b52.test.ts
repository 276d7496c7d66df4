import { describe, expect, it } from 'vitest';
import { type AuditCase, B, C, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 52 (session 22): one case per general cause fixed after measuring, each with a guard beside it, in
 * wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // Bad states in new words: villages with no collective income, unsold listings, empty running, late dues, people trapped in
  // lifts, crafts with no successor, unlicensed keeping or trading, graves or stalls put anywhere.
  { id: 'dir-b52-01', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '薄弱村空壳村数量', '>=', '3', '个'), why: 'Hollow villages raised.' },
  { id: 'dir-b52-02', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '消除集体经济空壳村', '>=', '3', '个'), why: 'Guard: clearing them is work.' },
  { id: 'dir-b52-03', code: 'direction', expect: 'flag', row: row(O, '质量指标', '国有资产公开拍卖流拍率', '>=', '5', '%'), why: 'Unsold share raised.' },
  { id: 'dir-b52-04', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '巡游出租车空驶率', '>', '20', '%'), why: 'Empty running raised.' },
  { id: 'dir-b52-05', code: 'direction', expect: 'flag', row: row(O, '质量指标', '污水处理费滞纳率', '>=', '2', '%'), why: 'Late dues raised.' },
  { id: 'dir-b52-06', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '住宅电梯困人故障', '>=', '10', '起'), why: 'People trapped raised.' },
  { id: 'dir-b52-07', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '特困人员救助供养', '>=', '300', '人'), why: 'Guard: 特困人员 are a group, nobody trapped.' },
  { id: 'dir-b52-08', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '传统工艺后继无人项目', '>=', '2', '项'), why: 'Crafts without successors raised.' },
  { id: 'dir-b52-09', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '无照经营商户数量', '>=', '50', '户'), why: 'Unlicensed trade raised.' },
  { id: 'dir-b52-10', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '城区乱搭乱建点位', '>=', '10', '处'), why: 'Illegal stalls raised.' },
  { id: 'dir-b52-11', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '整治乱搭乱建点位', '>=', '10', '处'), why: 'Guard: clearing them is work.' },
  // Points and sections in a bad state; new pollutants read by their detection or concentration.
  { id: 'dir-b52-12', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '地下水水质超标点位', '>=', '4', '个'), why: 'Failing points raised.' },
  { id: 'dir-b52-13', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '省控劣Ⅴ类断面', '>=', '1', '个'), why: 'Sections worse than grade V raised.' },
  { id: 'dir-b52-14', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '近岸海域微塑料含量', '>=', '2', '个/立方米'), why: 'Microplastics raised.' },
  { id: 'dir-b52-15', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '微塑料监测点位', '>=', '12', '个'), why: 'Guard: monitoring points are work.' },
  // Surveys and tracing after the bad word are work; before it they are where the bad thing happens.
  { id: 'dir-b52-16', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '农用地污染源排查溯源', '>=', '60', '个'), why: 'Tracing pollution sources is work.' },
  { id: 'dir-b52-17', code: 'direction', expect: 'flag', row: row(O, '质量指标', '人口普查漏登率', '>=', '1', '%'), why: 'Guard: omissions in a census raised.' },
  // A verb leading the name takes the cases at its end as its object.
  { id: 'dir-b52-18', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '查办城镇燃气领域违法行为', '>=', '40', '起'), why: 'Cases prosecuted.' },
  { id: 'dir-b52-19', code: 'direction', expect: 'flag', row: row(O, '质量指标', '补贴资金发放差错', '>=', '1', '次'), why: 'Guard: an error in the act raised.' },
  // Invasive cover is a harm; the reach of the work against it is not.
  { id: 'dir-b52-20', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '草原有害生物覆盖率', '>=', '10', '%'), why: 'Pest cover raised.' },
  { id: 'dir-b52-21', code: 'direction', expect: 'no_flag', row: row(B, '生态效益指标', '有害生物防治覆盖率', '>=', '90', '%'), why: 'Guard: control reach.' },
  // Reading and land-saving burial are good shares; a cost per unit of output is money spent.
  { id: 'dir-b52-22', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '农村居民数字阅读率', '<=', '70', '%'), why: 'A reading share capped.' },
  { id: 'dir-b52-23', code: 'direction', expect: 'flag', row: row(C, '经济成本指标', '单位碳排放削减治理成本', '>=', '300', '元/吨'), why: 'A cost per tonne cut floored.' },
  { id: 'dir-b52-24', code: 'direction', expect: 'no_flag', row: row(C, '经济成本指标', '单位碳排放削减治理成本', '<=', '300', '元/吨'), why: 'Guard: capped.' },
  // An output under 数量 asked to fall in a count unit.
  { id: 'dir-b52-25', code: 'direction', expect: 'flag', row: row(O, '数量指标', '开展送戏下乡演出', 'qualitative', '较上年减少10%', '场'), why: 'Fewer performances asked.' },
  // Units: 100%达标 on a rate, turnover in times, standing volume and cuts in tonnes, people by role, works in visits.
  { id: 'uvn-b52-01', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '质量指标', '污水处理厂出水水质达标率', '=', '100', '%达标'), why: '100%达标 is 100%.' },
  { id: 'uvn-b52-02', code: 'unit_vs_name', expect: 'flag', row: row(O, '质量指标', '污水处理厂出水水质达标率', '>=', '95', '批次'), why: 'Guard: a rate in a count.' },
  { id: 'uvn-b52-03', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '储备物资库存周转率', '>=', '4', '次/年'), why: 'Turnover in times a year.' },
  { id: 'uvn-b52-04', code: 'unit_vs_name', expect: 'flag', row: row(B, '生态效益指标', '人工林蓄积量', '>=', '120', '万元'), why: 'Standing volume in money.' },
  { id: 'uvn-b52-05', code: 'unit_vs_name', expect: 'flag', row: row(B, '生态效益指标', '年固碳量', '>=', '3', '万元'), why: 'Carbon taken up in money.' },
  { id: 'uvn-b52-06', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '生态效益指标', '年固碳量', '>=', '3', '万吨'), why: 'Guard: in tonnes.' },
  { id: 'uvn-b52-07', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '培育乡村致富带头人', '>=', '50', '万元'), why: 'People by role in money.' },
  { id: 'uvn-b52-08', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '脱贫户人均务工收入增加', '>=', '1000', '户'), why: 'Income raised in households.' },
  { id: 'uvn-b52-09', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '脱贫户人均务工收入增加', '>=', '1000', '元'), why: 'Guard: in yuan.' },
  { id: 'uvn-b52-10', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '农村供水管网改造', '>=', '5', '万人次'), why: 'Works in visits.' },
  { id: 'uvn-b52-11', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '农村户厕改造', '>=', '500', '户'), why: 'Guard: works counted by households.' },
  // Floors: online and compliance shares run near 100%; the share of a day a device is used is small by nature.
  { id: 'imp-b52-01', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '重点车辆北斗终端上线率', '>=', '6', '%'), why: 'Online share floored in single digits.' },
  { id: 'imp-b52-02', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '养老机构消防合规化率', '>=', '7', '%'), why: 'Compliance share floored in single digits.' },
  { id: 'imp-b52-03', code: 'implausible_target', expect: 'no_flag', row: row(B, '经济效益指标', '共享会议室时段利用率', '>=', '6', '%'), why: 'Hours used are few by nature.' },
  // 完整率 under 数量 belongs under 质量.
  { id: 'lvn-b52-01', code: 'level_vs_name', expect: 'flag', row: row(O, '数量指标', '电子病历数据完整率', '>=', '95', '%'), why: 'Completeness of records under 数量.' },
  { id: 'lvn-b52-02', code: 'level_vs_name', expect: 'no_flag', row: row(O, '质量指标', '电子病历数据完整率', '>=', '95', '%'), why: 'Guard: under 质量.' },
];

describe('review audit cases, set 52', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
