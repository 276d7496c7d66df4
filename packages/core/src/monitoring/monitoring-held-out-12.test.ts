/**
 * Held-out round 12 (session 22): indicator lights as a 市 finance bureau's 部门 sheets arrive for 2026 1–6月 (半年) and
 * 1–9月 from 市数据局, 市国资委, 市口岸办 and 市粮食和储备局, written from rules.md §1/§4 before the monitoring code was
 * read. Wordings rounds 2–11 did not use: the value written with its period in other spellings (一至六月, 1月至6月共计,
 * 截止6月末, 今年以来, 年初至今, 本年度累计, 至9月末) or with no verb (截至9月底112户), 上半年完成60% with no 全年任务, a
 * value from a shorter period than the report's, shares of the target in other words (目标完成率, 占年度任务的, 1.2倍,
 * 超额完成年度目标（115%）, 一半以上, 九成以上, 四分之三), values in two parts (已拨付…，待拨付…, 已验收…，待验收…,
 * 另有…正在办理, 其中…, 应建…，已建…) and targets per person or per unit (次/人, 次/库点, 元/吨, 学时/人). Finished early,
 * cancelled or changed indicators, money and negatives: monitoring-held-out-12-changes.test.ts; projects (with a period of
 * their own) and 重点监控: monitoring-held-out-12-projects.test.ts.
 *
 * Labels, as rules.md §4 and the recorded readings of rounds 2–11 say: a count or amount is measured as A ÷ (T × m/12)
 * at the report's month, even when the value names an earlier month (1-6月 in a 1–9月 report: the report's period is the
 * plan); a share of the year's target (上半年完成60%, 完成年度目标的45%, 目标完成率45%) under a count is that share of
 * T, while under a rate (%) target it is the share of T itself (A ÷ T = the share); 过半 / 一半以上 about one half, 九成以上
 * 0.9 (round 8); of two parts the part the row measures counts (已拨付 under 拨付金额, 已完工 under 完工数) and beside a
 * 待… the pair gives the rate (已拨付120，待拨付80 → 60%); 其中 is a part of the figure before it; a figure 含上年结转 is
 * this year's less what was carried over; a per-person or per-unit count (人均培训次数 次/人) accumulates like any count
 * (round 8: 人均培训学时), while a per-unit standard or cost (元/吨) is a level, not prorated, and neither is per month.
 *
 * First measured (before the monitoring code was read, 2026-11-24 19:25 UTC), this file and -changes: 154 rows, 104
 * passed, 50 failed. Per light (labelled / lit / right): blue 38/25/22 (precision 0.88, recall 0.58), green 73/57/53
 * (0.93, 0.73), yellow 23/23/17 (0.74, 0.74), red 13/16/11 (0.69, 0.85), none 7/33/7 (0.21, 1.00). The failures, by
 * cause:
 *  - values in parts → none, or a rate of two parts read as part of whole (已拨付120万元，待拨付80万元 as 80 of 120); 已签合同
 *    金额…，已支付… unread; 已支付45万元，退回3万元 unread; 支付进度款…、质保金… unread; 票 not a count (17);
 *  - per-person or per-place counts (次/人, 次/库点, 学时/人) read as levels, not prorated (10);
 *  - a changed target (指标已调整为8个, 调减为, 调增至, 原指标…调整为…, 指标值调整为≥90%) ignored (8);
 *  - shares of the target in other words (1.2倍, 一半以上, 九成以上, 目标完成度, 完成率达…的, 目标值的, 45%（9家）) → none (7);
 *  - finished early: 上半年已全部完成 measured against six months, not nine; 已全部完成（5月） read as 5; 全年任务已于一季度
 *    完成 and 提前4个月完成 unread (4);
 *  - 已签合同600万元（尚未支付） under a payment row read as paid; 含上年结转 not taken off; 节约资金率6.5% unread; a
 *    qualitative 人均培训不少于2次 unread (4).
 * Step 2 (value-parts.ts, changed-targets.ts, cumulative-units.ts, stated-figures.ts, monitoring-lights.ts) fixed all
 * but two, recorded as limits; no label was changed. It also read four limits of rounds 6 and 10 (moved into their
 * tables). Final: 154 rows, 152 pass, 2 recorded limits. Per light: blue 38/37/37 (1.00, 0.97), green 73/72/72 (1.00,
 * 0.99), yellow 23/23/23 (1.00, 1.00), red 13/13/13 (1.00, 1.00), none 7/9/7 (0.78, 1.00).
 * Session 24 (values set 18): the 约 of 节约 no longer reads as an estimate, so 节约资金率6.5% left the limits (153 pass, 1 limit).
 */
import { describe, it } from 'vitest';
import { type Row, check, gte, lte, qual } from './held-out-light-cases';

// rows:start
const SECTIONS: Array<[string, Row[]]> = [
  ['市数据局: the value written with its period', [
    ['1-6月累计完成38次 of 80 次', gte('80', '1-6月累计完成38次', '次', 6), 'green', 95],
    ['1-6月累计完成38次 of 60 次', gte('60', '1-6月累计完成38次', '次', 6), 'blue', 126.67],
    ['1-6月累计完成38次 of 100 次', gte('100', '1-6月累计完成38次', '次', 6), 'yellow', 76],
    ['1-6月累计完成38次 of 150 次', gte('150', '1-6月累计完成38次', '次', 6), 'red', 50.67],
    ['截至9月底112户 of 150 户 (no verb)', gte('150', '截至9月底112户', '户', 9), 'green', 99.56],
    ['截至9月底112户 of 200 户', gte('200', '截至9月底112户', '户', 9), 'yellow', 74.67],
    ['截至9月底112户 of 120 户', gte('120', '截至9月底112户', '户', 9), 'blue', 124.44],
    ['至9月末累计112户 of 150 户', gte('150', '至9月末累计112户', '户', 9), 'green', 99.56],
    ['上半年完成60% of 50 个 (a share of the year)', gte('50', '上半年完成60%', '个', 6), 'blue', 120],
    ['上半年完成45% of 50 个', gte('50', '上半年完成45%', '个', 6), 'green', 90],
    ['上半年完成25% of 200 户', gte('200', '上半年完成25%', '户', 6), 'red', 50],
    ['上半年完成60% under 覆盖率 ≥90% (the rate itself)', gte('90', '上半年完成60%', '%', 6, '覆盖率'), 'yellow', 66.67],
    ['1-9月完成全年任务的70% of 40 个', gte('40', '1-9月完成全年任务的70%', '个', 9), 'green', 93.33],
    ['一至六月累计38次 of 80 次 (months in Chinese numerals)', gte('80', '一至六月累计38次', '次', 6), 'green', 95],
    ['1月至6月共计38次 of 80 次', gte('80', '1月至6月共计38次', '次', 6), 'green', 95],
    ['截止6月末完成38次 of 80 次 (截止)', gte('80', '截止6月末完成38次', '次', 6), 'green', 95],
    ['今年以来累计38次 of 80 次', gte('80', '今年以来累计38次', '次', 6), 'green', 95],
    ['6月末累计完成38次 of 80 次', gte('80', '6月末累计完成38次', '次', 6), 'green', 95],
    ['年初至今累计上线事项45项 of 100 项 by September', gte('100', '年初至今累计上线事项45项', '项', 9), 'yellow', 60],
    ['本年度累计开放数据集1,200个 of 2000 个 by September', gte('2000', '本年度累计开放数据集1,200个', '个', 9), 'green', 80],
    ['1-6月新增上线事项45项 of 120 项', gte('120', '1-6月新增上线事项45项', '项', 6), 'yellow', 75],
    ['截至6月30日共归集数据3.6亿条 of 6 亿条', gte('6', '截至6月30日共归集数据3.6亿条', '亿条', 6), 'blue', 120],
    ['截至9月底归集数据3.6亿条 of 6 亿条', gte('6', '截至9月底归集数据3.6亿条', '亿条', 9), 'green', 80],
    ['1-6月累计完成38次，7-9月完成20次 of 80 by September', gte('80', '1-6月累计完成38次，7-9月完成20次', '次', 9), 'green', 96.67],
    ['上半年30次，三季度12次 of 60 by September', gte('60', '上半年30次，三季度12次', '次', 9), 'green', 93.33],
    ['1-9月数据共享调用成功率99.2% under ≥99%', gte('99', '1-9月数据共享调用成功率99.2%', '%', 9), 'green', 100.2],
    ['截至9月底系统可用率99.95% under ≥99.9%', gte('99.9', '截至9月底系统可用率99.95%', '%', 9), 'green', 100.05],
    ['上半年平均响应时间1.8秒 under ≤2 秒', lte('2', '上半年平均响应时间1.8秒', '秒', 6), 'green'],
    ['1-6月累计完成38次 in the 1–9月 report of 60 (measured at the report month)', gte('60', '1-6月累计完成38次', '次', 9), 'green', 84.44],
    ['截至9月底完成112户（含上年结转12户） of 150 (this year 100)', gte('150', '截至9月底完成112户（含上年结转12户）', '户', 9), 'green', 88.89],
    ['截至6月底，完成率47.5% under 80 次 (a share of the year)', gte('80', '截至6月底，完成率47.5%', '次', 6), 'green', 95],
  ]],
  ['市国资委: the value as a share of the target', [
    ['完成年度目标的45% of 20 家 by June', gte('20', '完成年度目标的45%', '家', 6), 'green', 90],
    ['完成年度目标的45% of 20 家 by September', gte('20', '完成年度目标的45%', '家', 9), 'yellow', 60],
    ['完成年度目标的25% of 20 家 by June', gte('20', '完成年度目标的25%', '家', 6), 'red', 50],
    ['已完成过半 of 20 家 by June', gte('20', '已完成过半', '家', 6), 'green'],
    ['已完成过半 of 20 家 by September', gte('20', '已完成过半', '家', 9), 'yellow'],
    ['完成全年计划的八成 of 20 家 by September', gte('20', '完成全年计划的八成', '家', 9), 'green', 106.67],
    ['完成年度任务的四分之三 of 20 项 by September', gte('20', '完成年度任务的四分之三', '项', 9), 'green', 100],
    ['完成年度任务的三分之一 of 20 项 by June', gte('20', '完成年度任务的三分之一', '项', 6), 'yellow', 66.67],
    ['目标完成率45% of 20 项 by June', gte('20', '目标完成率45%', '项', 6), 'green', 90],
    ['年度目标完成进度45% of 20 项 by September', gte('20', '年度目标完成进度45%', '项', 9), 'yellow', 60],
    ['占年度任务的52% of 20 项 by June', gte('20', '占年度任务的52%', '项', 6), 'green', 104],
    ['超额完成年度目标（115%） of 20 家 by September', gte('20', '超额完成年度目标（115%）', '家', 9), 'blue', 153.33],
    ['完成年度目标的1.2倍 of 20 家 by June', gte('20', '完成年度目标的1.2倍', '家', 6), 'blue', 240],
    ['已完成目标任务的一半以上 of 20 项 by June', gte('20', '已完成目标任务的一半以上', '项', 6), 'green'],
    ['全年目标已完成九成以上 of 20 项 by September', gte('20', '全年目标已完成九成以上', '项', 9), 'blue', 120],
    ['已完成年度目标的45%（9家） of 20 家 by June (the figure)', gte('20', '已完成年度目标的45%（9家）', '家', 6), 'green', 90],
    ['完成年度目标的45% under 国有资本收益上缴率 ≥95% (a share of T)', gte('95', '完成年度目标的45%', '%', 6, '国有资本收益上缴率'), 'red', 45],
    ['完成年度目标值的45% of 500 万元 by June', gte('500', '完成年度目标值的45%', '万元', 6), 'green', 90],
    ['完成率达年度目标的60% of 20 项 by June', gte('20', '完成率达年度目标的60%', '项', 6), 'blue', 120],
    ['年度任务完成过半（11家） of 20 家 by September', gte('20', '年度任务完成过半（11家）', '家', 9), 'yellow', 73.33],
    ['尚未完成年度目标的一半 of 20 家 by September', gte('20', '尚未完成年度目标的一半', '家', 9), ['yellow', 'red']],
    ['目标完成度45% of 20 家 by September', gte('20', '目标完成度45%', '家', 9), 'yellow', 60],
  ]],
  ['市口岸办: values in two parts', [
    ['已建成3个、正在建设2个 under 建成数 5 个 by September', gte('5', '已建成3个、正在建设2个', '个', 9, '建成数'), 'green', 80],
    ['已拨付120万元，待拨付80万元 of 200 万元 by June', gte('200', '已拨付120万元，待拨付80万元', '万元', 6), 'blue', 120],
    ['已拨付120万元，待拨付80万元 of 200 万元 by September', gte('200', '已拨付120万元，待拨付80万元', '万元', 9), 'green', 80],
    ['已拨付120万元，待拨付80万元 under 资金拨付率 ≥90%', gte('90', '已拨付120万元，待拨付80万元', '%', 6, '资金拨付率'), 'yellow', 66.67],
    ['已拨付120万元，尚待拨付180万元 under 资金拨付率 ≥95%', gte('95', '已拨付120万元，尚待拨付180万元', '%', 9, '资金拨付率'), 'red', 42.11],
    ['已验收4批，待验收2批 of 6 批 by June', gte('6', '已验收4批，待验收2批', '批', 6, '验收批次'), 'blue', 133.33],
    ['已完成12家，另有3家正在办理 of 20 家 by September', gte('20', '已完成12家，另有3家正在办理', '家', 9), 'green', 80],
    ['培训320人次，其中线上200人次 of 600 人次 by June', gte('600', '培训320人次，其中线上200人次', '人次', 6), 'green', 106.67],
    ['已到位资金300万元（其中省级200万元、市级100万元） of 500 万元', gte('500', '已到位资金300万元（其中省级200万元、市级100万元）', '万元', 9), 'green', 80],
    ['完成38次（上半年30次、三季度8次） of 60 by September', gte('60', '完成38次（上半年30次、三季度8次）', '次', 9), 'green', 84.44],
    ['计划12次，已完成7次 of 12 by September', gte('12', '计划12次，已完成7次', '次', 9), 'yellow', 77.78],
    ['应建5个，已建3个 of 5 by June', gte('5', '应建5个，已建3个', '个', 6), 'blue', 120],
    ['已通关8,600票，其中查验420票 of 15000 票 by June', gte('15000', '已通关8,600票，其中查验420票', '票', 6, '通关票数'), 'green', 114.67],
    ['已完工3个，在建2个，未开工1个 under 完工项目数 6 by September', gte('6', '已完工3个，在建2个，未开工1个', '个', 9, '完工项目数'), 'yellow', 66.67],
    ['国际航线已开通2条，正在洽谈1条 of 4 条 by September', gte('4', '国际航线已开通2条，正在洽谈1条', '条', 9), 'yellow', 66.67],
    ['已完成4个，剩余1个年底前完成 of 5 by September', gte('5', '已完成4个，剩余1个年底前完成', '个', 9), 'green', 106.67],
    ['进口32小时，出口1.2小时 under 进口整体通关时间 ≤36 小时', lte('36', '进口32小时，出口1.2小时', '小时', 9), 'green'],
    ['已拨付资金120万元/待拨付80万元 of 200 万元 by June (a slash between parts)', gte('200', '已拨付资金120万元/待拨付80万元', '万元', 6), 'blue', 120],
    ['入库4家，在库培育6家 under 入库企业数 8 by September', gte('8', '入库4家，在库培育6家', '家', 9, '入库企业数'), 'yellow', 66.67],
    ['已签约6家，已落地投产3家 under 落地投产企业数 5 by September', gte('5', '已签约6家，已落地投产3家', '家', 9, '落地投产企业数'), 'green', 80],
  ]],
  ['市粮食和储备局: targets per person or per unit', [
    ['人均1.5次 of 2 次/人 by June', gte('2', '人均1.5次', '次/人', 6, '人均培训次数'), 'blue', 150],
    ['人均培训0.8次 of 2 次/人 by June', gte('2', '人均培训0.8次', '次/人', 6, '人均培训次数'), 'green', 80],
    ['人均培训1次 of 2 次/人 by September', gte('2', '人均培训1次', '次/人', 9, '人均培训次数'), 'yellow', 66.67],
    ['人均参训0.5次 of 2 次/人 by September', gte('2', '人均参训0.5次', '次/人', 9, '人均培训次数'), 'red', 33.33],
    ['人均培训2次 of 2 次/人 by June', gte('2', '人均培训2次', '次/人', 6, '人均培训次数'), 'blue', 200],
    ['每个库点已检查3次 of 4 次/库点 by September', gte('4', '每个库点已检查3次', '次/库点', 9, '库点检查次数'), 'green', 100],
    ['各库点平均检查2次 of 4 次/库点 by June', gte('4', '各库点平均检查2次', '次/库点', 6, '库点检查次数'), 'green', 100],
    ['每库点平均轮换2次 of 3 次/库点 by June', gte('3', '每库点平均轮换2次', '次/库点', 6, '轮换次数'), 'blue', 133.33],
    ['25元/吨 under 保管费用补贴标准 ≥25 元/吨 (a level)', gte('25', '25元/吨', '元/吨', 6, '保管费用补贴标准'), 'green', 100],
    ['22元/吨 under 保管费用补贴标准 ≥25 元/吨 by September', gte('25', '22元/吨', '元/吨', 9, '保管费用补贴标准'), 'green', 88],
    ['吨粮储存成本28元 under ≤30 元/吨', lte('30', '吨粮储存成本28元', '元/吨', 9), 'green'],
    ['32元/吨 under ≤30 元/吨', lte('30', '32元/吨', '元/吨', 6), 'red'],
    ['人均8学时 of 12 学时/人 by September', gte('12', '人均8学时', '学时/人', 9, '人均培训学时'), 'green', 88.89],
    ['每库点检测合格率均为100% under ≥95%', gte('95', '每库点检测合格率均为100%', '%', 9, '检测合格率'), 'green', 105.26],
    ['人均培训4次（全年任务已完成） of 4 次/人 by June', gte('4', '人均培训4次（全年任务已完成）', '次/人', 6, '人均培训次数'), 'blue', 200],
    ['储粮损耗率0.3% under ≤0.5%', lte('0.5', '储粮损耗率0.3%', '%', 9), 'green'],
  ]],
];
// Limits, recorded (it.fails: each passes once the reading is fixed, and then should move into the tables above).
const LIMITS: Array<[why: string, row: Row]> = [
  ['a qualitative target stating a count per person with a comparator word (不少于2次) is not read as a number, and with no pick it stays unjudged',
    ['人均培训不少于2次 as a qualitative target, 人均已培训1.2次 by June', qual('人均培训不少于2次', '人均已培训1.2次', 6), ['green', 'blue']]],
];
// rows:end

for (const [title, rows] of SECTIONS) {
  describe(title, () => {
    it.each(rows)('%s', (...row) => check(row));
  });
}

if (LIMITS.length > 0) describe('limits', () => {
  for (const [why, row] of LIMITS) it.fails(`${row[0]}: ${why}`, () => check(row));
});
