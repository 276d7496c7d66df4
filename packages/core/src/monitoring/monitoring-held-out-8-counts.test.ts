/**
 * Held-out round 8 (session 19), continued: percent targets met as counts, 万元 actuals under 元 targets and 工程 rows
 * whose progress is 形象进度, on a province's 部门 2026 1–7月 / 1–8月 sheets. Labels as in monitoring-held-out-8.test.ts.
 */
import { describe, it } from 'vitest';
import { type Row, check, gte, lte, qual } from './held-out-light-cases';

describe('percent targets met as counts', () => {
  const rows: Row[] = [
    ['已覆盖38个村（共40个） of ≥95%', gte('95', '已覆盖38个村（共40个）', '%', 7), 'green', 100],
    ['已覆盖30个村（共40个） of ≥95%', gte('95', '已覆盖30个村（共40个）', '%', 7), 'yellow', 78.95],
    ['已覆盖20个村（共40个） of ≥100% by August', gte('100', '已覆盖20个村（共40个）', '%', 8), 'red', 50],
    ['46所学校中已有44所达标 of ≥90%', gte('90', '46所学校中已有44所达标', '%', 7), 'green', 106.28],
    ['检测120批次，合格119批次 of ≥98%', gte('98', '检测120批次，合格119批次', '%', 8), 'green', 101.19],
    ['抽查50户，满意46户 of ≥95%', gte('95', '抽查50户，满意46户', '%', 7), 'green', 96.84],
    ['应参保1,200人，已参保900人 of ≥95%', gte('95', '应参保1,200人，已参保900人', '%', 7), 'yellow', 78.95],
    ['完成12个（共15个） of ≥90%', gte('90', '完成12个（共15个）', '%', 8), 'green', 88.89],
    ['已建成35个（共35个） of 100%', gte('100', '已建成35个（共35个）', '%', 7), 'green', 100],
    ['40个村已覆盖38个 of ≥95%', gte('95', '40个村已覆盖38个', '%', 8), 'green', 100],
    ['已覆盖38/40个村 of ≥95%', gte('95', '已覆盖38/40个村', '%', 7), 'green', 100],
    ['覆盖率: 已覆盖12个县（计划覆盖30个县） of ≥90%', gte('90', '已覆盖12个县（计划覆盖30个县）', '%', 8), 'red', 44.44],
    ['≤2% with 受理200件，超期3件', lte('2', '受理200件，超期3件', '%', 7), 'green'],
    ['≤1% with 受理200件，超期8件', lte('1', '受理200件，超期8件', '%', 7), 'red'],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('万元 actuals under 元 targets (and the reverse)', () => {
  const rows: Row[] = [
    ['已拨付320万元 of 5,000,000 元', gte('5000000', '已拨付320万元', '元', 7), 'green', 109.71],
    ['拨付80万元 of 2,000,000 元 by August', gte('2000000', '拨付80万元', '元', 8), 'yellow', 60],
    ['已支付45.5万元 of 1,500,000 元', gte('1500000', '已支付45.5万元', '元', 7), 'red', 52],
    ['支出62万元 of 800,000 元 by August', gte('800000', '支出62万元', '元', 8), 'green', 116.25],
    ['累计拨付资金二百五十万元 of 3,000,000 元', gte('3000000', '累计拨付资金二百五十万元', '元', 7), 'blue', 142.86],
    ['资金到位120万元（全额到位） of 1,200,000 元', gte('1200000', '资金到位120万元（全额到位）', '元', 7), 'blue', 171.43],
    ['≤500,000 元 with 支出12.8万元', lte('500000', '支出12.8万元', '元', 7), 'green'],
    ['≤300,000 元 with 支出32.5万元', lte('300000', '支出32.5万元', '元', 8), 'red'],
    ['已支付0.36亿元 of 60,000,000 元 by August', gte('60000000', '已支付0.36亿元', '元', 8), 'green', 90],
    ['已拨付1,850,000元 of 300 万元 by August', gte('300', '已拨付1,850,000元', '万元', 8), 'green', 92.5],
    ['兑付补贴资金86.4万元 of 1,800,000 元 by July', gte('1800000', '兑付补贴资金86.4万元', '元', 7), 'green', 82.29],
    ['人均补助0.15万元 of ≥1200 元 (a rate-like amount, not prorated)', gte('1200', '人均补助0.15万元', '元', 7), ['green', 'blue']],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('工程 rows: 形象进度 and investment', () => {
  const rows: Row[] = [
    ['12月底前竣工, 主体完工 in August (a stage before the last, as round 7 reads 已完成初验)', qual('12月底前竣工', '主体完工', 8), 'none'],
    ['12月底前竣工, 正在基础施工 in August (under way)', qual('12月底前竣工', '正在基础施工', 8), ['none', 'yellow']],
    ['8月底前主体完工, 正在基础施工 in August is overdue', qual('8月底前主体完工', '正在基础施工', 8), 'red'],
    ['7月底前完成主体施工, 主体完工', qual('7月底前完成主体施工', '主体完工', 7), 'green'],
    ['完成投资的45% of 3000 万元 by August', gte('3000', '完成投资的45%', '万元', 8), 'yellow', 67.5],
    ['完成投资的70% of 3000 万元 by July', gte('3000', '完成投资的70%', '万元', 7), 'blue', 120],
    ['已完成主体结构，正在进行装饰装修 under 10月底前完工', qual('10月底前完工', '已完成主体结构，正在进行装饰装修', 8), ['none', 'green']],
    ['6月底前开工, 已开工', qual('6月底前开工', '已开工', 7), 'green'],
    ['6月底前开工, 尚未开工（用地手续办理中） in July', qual('6月底前开工', '尚未开工（用地手续办理中）', 7), 'red'],
    ['9月底前完成设备安装调试, 设备已到货，正在安装', qual('9月底前完成设备安装调试', '设备已到货，正在安装', 8), 'none'],
    ['7月底前完成设备安装调试, 设备已到货，正在安装 in August', qual('7月底前完成设备安装调试', '设备已到货，正在安装', 8), 'red'],
    ['12月底前竣工验收, 已竣工，待验收', qual('12月底前竣工验收', '已竣工，待验收', 8), 'none'],
    ['已完工3座，在建2座 of 5 座 by August', gte('5', '已完工3座，在建2座', '座', 8), 'green', 90],
    ['已完工1座，在建4座 of 5 座 by August', gte('5', '已完工1座，在建4座', '座', 8), 'red', 30],
    ['累计完成投资1.35亿元 of 30000 万元 by August', gte('30000', '累计完成投资1.35亿元', '万元', 8), 'yellow', 67.5],
    ['主体完工，累计完成投资2,100万元 of 3000 万元 by July', gte('3000', '主体完工，累计完成投资2,100万元', '万元', 7), 'blue', 120],
    ['12月底前竣工, 主体封顶，正在安装门窗 in July', qual('12月底前竣工', '主体封顶，正在安装门窗', 7), ['none', 'green']],
    ['12月底前竣工, 尚未开工 in August (not due: none, as round 7 reads an unfinished step)', qual('12月底前竣工', '尚未开工', 8), 'none'],
    ['有效改善通行条件, 正在基础施工', qual('有效改善通行条件', '正在基础施工', 8), ['none', 'yellow', 'green']],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

// Limits of round 8 read since (session 20): 全覆盖 under a row in % is 100%; a share of the work under a row due by a
// date is set against the share of the time to the deadline that has passed (progress thresholds as for numbers).
describe('round 8 limits, read since: counts and works', () => {
  const rows: Row[] = [
    ['全省16个市已实现全覆盖 of ≥100%', gte('100', '全省16个市已实现全覆盖', '%', 8), 'green', 100],
    ['基本实现全覆盖 of ≥100% (not the whole: none)', gte('100', '基本实现全覆盖', '%', 8), 'none'],
    ['12月底前竣工, 完成投资的45% in August (behind the time share)', qual('12月底前竣工', '完成投资的45%', 8), 'yellow', 67.5],
    ['形象进度完成65% under 12月底前完工 in August', qual('12月底前完工', '形象进度完成65%', 8), 'green', 97.5],
    ['形象进度约30% under 12月底前完工 in August', qual('12月底前完工', '形象进度约30%', 8), 'red', 45],
    ['工程进度60% under 6月底前完工 in August (past due, unfinished: red)', qual('6月底前完工', '工程进度60%', 8), 'red'],
  ];
  it.each(rows)('%s', (...row) => check(row));
});
