/**
 * Held-out round 12 (session 22), continued: indicators finished early in other words (已于5月全部完成, 5月份已全部完成,
 * 全年任务已于一季度完成, 提前4个月完成, 已于5月完成，共计15场), indicators cancelled or changed (因政策调整取消, 不再考核,
 * 本指标停止执行, 指标已调整为8个，已完成6个, 调减为 / 调增至), money as 已支付 / 已拨付 / 已签合同 in 万元 and 元, 执行率 over
 * 100% (调剂), and negative values (退款, 收回多拨资金, -5), on 市地方金融管理局, 市住房公积金中心 and 市公共资源交易中心's
 * 2026 1–6月 and 1–9月 sheets. Written before the monitoring code was read; labels as in monitoring-held-out-12.test.ts,
 * where both files' measurements are recorded.
 *
 * Labels: a task finished early is the whole year's target done (T at month m, blue while m < 10, round 9); a cancelled
 * indicator is not judged (none: it hides nothing in a project, as a row not measured yet); a changed target stated in
 * the value (指标已调整为8个) replaces T, and the figure done is measured against it; a payment row takes what was paid
 * (已支付, 已拨付), a contract row what was signed; an amount in 元 under 万元 is converted; an 执行率 over 100% is a rate
 * like any other (blue over 120% of T: a reviewer asks why, the light says ahead); a net negative amount (退款 larger than
 * what was paid, 收回多拨资金) is below nothing done: red.
 */
import { describe, it } from 'vitest';
import { type Row, check, gte, lte, qual } from './held-out-light-cases';

// rows:start
const SECTIONS: Array<[string, Row[]]> = [
  ['市地方金融管理局: finished early', [
    ['已于5月全部完成 of 12 场 by June', gte('12', '已于5月全部完成', '场', 6), 'blue', 200],
    ['已于5月全部完成 of 12 场 by September', gte('12', '已于5月全部完成', '场', 9), 'blue', 133.33],
    ['已于5月全部完成 under 任务完成率 ≥95%', gte('95', '已于5月全部完成', '%', 9, '任务完成率'), 'green'],
    ['9月底前完成风险排查, 已于5月全部完成', qual('9月底前完成风险排查', '已于5月全部完成', 9), 'green'],
    ['5月份已全部完成 of 30 家 by June', gte('30', '5月份已全部完成', '家', 6), 'blue', 200],
    ['已于4月底完成全年任务 of 30 家 by June', gte('30', '已于4月底完成全年任务', '家', 6), 'blue', 200],
    ['5月已提前完成年度目标 of 30 家 by September', gte('30', '5月已提前完成年度目标', '家', 9), 'blue', 133.33],
    ['上半年已全部完成 of 30 家 by September', gte('30', '上半年已全部完成', '家', 9), 'blue', 133.33],
    ['全年任务已于一季度完成 of 8 次 by June', gte('8', '全年任务已于一季度完成', '次', 6), 'blue', 200],
    ['10月底前完成, 提前4个月完成 in September', qual('10月底前完成', '提前4个月完成', 9), 'green'],
    ['已全部完成（5月） of 8 次 by September', gte('8', '已全部完成（5月）', '次', 9), 'blue', 133.33],
    ['已于5月完成，共计12场 of 12 场 by June', gte('12', '已于5月完成，共计12场', '场', 6), 'blue', 200],
    ['已于5月完成，共计15场 of 12 场 by June', gte('12', '已于5月完成，共计15场', '场', 6), 'blue', 250],
    ['6月底前完成非法集资风险排查, 已于5月全部完成排查', qual('6月底前完成非法集资风险排查', '已于5月全部完成排查', 6), 'green'],
    ['已于5月实现全覆盖 under 覆盖率 ≥100%', gte('100', '已于5月实现全覆盖', '%', 6, '覆盖率'), 'green', 100],
    ['年内完成, 上半年已完成 in September', qual('年内完成', '上半年已完成', 9), 'green'],
    ['已提前完成（20家） of 20 家 by June', gte('20', '已提前完成（20家）', '家', 6), 'blue', 200],
    ['3月即已全部完成 of 6 次 by June', gte('6', '3月即已全部完成', '次', 6), 'blue', 200],
    ['6月底前完成, 已于2026年5月全部完成 in September', qual('6月底前完成', '已于2026年5月全部完成', 9), 'green'],
    ['地方金融组织现场检查 of 40 家, 已于8月完成全部40家 by September', gte('40', '已于8月完成全部40家', '家', 9), 'blue', 133.33],
  ]],
  ['市住房公积金中心: cancelled or changed indicators', [
    ['因政策调整取消 under 10 个', gte('10', '因政策调整取消', '个', 6), 'none'],
    ['该指标已取消 under ≥95%', gte('95', '该指标已取消', '%', 9), 'none'],
    ['年底前完成系统升级, 因政策调整取消', qual('年底前完成系统升级', '因政策调整取消', 9), 'none'],
    ['不再考核 under 500 户', gte('500', '不再考核', '户', 9), 'none'],
    ['因上级政策调整，本指标停止执行 under 500 户', gte('500', '因上级政策调整，本指标停止执行', '户', 9), 'none'],
    ['该项目已取消，资金收回 under 12 次', gte('12', '该项目已取消，资金收回', '次', 9), 'none'],
    ['取消（并入市级统一平台建设） under ≥60%', gte('60', '取消（并入市级统一平台建设）', '%', 6), 'none'],
    ['指标已调整为8个，已完成6个 of 10 个 by June', gte('10', '指标已调整为8个，已完成6个', '个', 6), 'blue', 150],
    ['目标调整为600户，已完成320户 of 800 户 by September', gte('800', '目标调整为600户，已完成320户', '户', 9), 'yellow', 71.11],
    ['指标值调整为≥90%，完成92% of ≥95%', gte('95', '指标值调整为≥90%，完成92%', '%', 9), 'green', 102.22],
    ['调减为5个，已完成5个 of 6 个 by September', gte('6', '调减为5个，已完成5个', '个', 9), 'blue', 133.33],
    ['调增至1500户，完成800户 of 1000 户 by June', gte('1000', '调增至1500户，完成800户', '户', 6), 'green', 106.67],
    ['已完成800户（指标已调整为1500户） of 1000 户 by June', gte('1000', '已完成800户（指标已调整为1500户）', '户', 6), 'green', 106.67],
    ['原指标10个，调整为6个，完成3个 by June', gte('10', '原指标10个，调整为6个，完成3个', '个', 6), 'green', 100],
    ['指标调整为≤8个工作日，平均6个工作日 of ≤5', lte('5', '指标调整为≤8个工作日，平均6个工作日', '个工作日', 9), 'green'],
    ['已按调整后指标完成8个 of 10 (the new target not stated)', gte('10', '已按调整后指标完成8个', '个', 9), 'green', 106.67],
    ['缴存扩面12,500人 of 12000 人 by September', gte('12000', '缴存扩面12,500人', '人', 9), 'blue', 138.89],
    ['提取业务办结率98.6% of ≥95%', gte('95', '提取业务办结率98.6%', '%', 6), 'green', 103.79],
    ['平均办结时间2.5个工作日 under ≤3', lte('3', '平均办结时间2.5个工作日', '个工作日', 6), 'green'],
    ['个贷逾期率0.02‰ under ≤0.3‰', lte('0.3', '个贷逾期率0.02‰', '‰', 9), 'green'],
  ]],
  ['市公共资源交易中心: money, 执行率 over 100% and negatives', [
    ['已支付1,260,000元 of 300 万元 by June', gte('300', '已支付1,260,000元', '万元', 6, '资金支付金额'), 'green', 84],
    ['已拨付资金86.5万元 of 200 万元 by September', gte('200', '已拨付资金86.5万元', '万元', 9), 'red', 57.67],
    ['已签合同金额260万元，已支付110万元 under 资金支付金额', gte('300', '已签合同金额260万元，已支付110万元', '万元', 6, '资金支付金额'), 'yellow', 73.33],
    ['已签合同金额260万元，已支付110万元 under 合同签订金额', gte('300', '已签合同金额260万元，已支付110万元', '万元', 6, '合同签订金额'), 'blue', 173.33],
    ['已支付（含预付款）95万元 of 300 万元 by June', gte('300', '已支付（含预付款）95万元', '万元', 6), 'yellow', 63.33],
    ['执行率108% under 预算执行率 ≥90%', gte('90', '执行率108%', '%', 6, '预算执行率'), 'blue', 120],
    ['112.5%（调剂追加） under 预算执行率 ≥90%', gte('90', '112.5%（调剂追加）', '%', 9, '预算执行率'), 'blue', 125],
    ['预算执行率103% under ≥100%', gte('100', '预算执行率103%', '%', 9, '预算执行率'), 'green', 103],
    ['资金支付率105% under ≥95%', gte('95', '资金支付率105%', '%', 6), 'green', 110.53],
    ['-2.3万元（退款） under 资金支付金额 50 万元', gte('50', '-2.3万元（退款）', '万元', 6, '资金支付金额'), 'red'],
    ['已支付资金-1.5万元（供应商退款） of 60 万元', gte('60', '已支付资金-1.5万元（供应商退款）', '万元', 9), 'red'],
    ['已支付45万元，退回3万元 of 100 万元 by June (net 42)', gte('100', '已支付45万元，退回3万元', '万元', 6), 'green', 84],
    ['收回多拨资金12万元 under 资金拨付金额 100 万元', gte('100', '收回多拨资金12万元', '万元', 6, '资金拨付金额'), 'red'],
    ['-5 under 交易宗数 ≥20 宗', gte('20', '-5', '宗', 9, '交易宗数'), 'red'],
    ['已支付3,250,000元，已签合同5,600,000元 under 资金支付金额 800 万元', gte('800', '已支付3,250,000元，已签合同5,600,000元', '万元', 6, '资金支付金额'), 'green', 81.25],
    ['已拨付2,860,000元 of 500 万元 by September', gte('500', '已拨付2,860,000元', '万元', 9), 'yellow', 76.27],
    ['预算执行率（已支付/预算）58% under ≥95%', gte('95', '预算执行率（已支付/预算）58%', '%', 6), 'yellow', 61.05],
    ['已完成交易额1.5亿元，其中工程类0.9亿元 of 1.2 亿元 by June', gte('1.2', '已完成交易额1.5亿元，其中工程类0.9亿元', '亿元', 6, '交易额'), 'blue', 250],
    ['已签合同600万元（尚未支付） under 资金支付金额 600 万元', gte('600', '已签合同600万元（尚未支付）', '万元', 9, '资金支付金额'), 'red', 0],
    ['已签合同600万元 under 合同签订金额 600 万元', gte('600', '已签合同600万元', '万元', 9, '合同签订金额'), 'blue', 133.33],
    ['支付进度款120万元、质保金15万元 of 300 万元 by June (both paid)', gte('300', '支付进度款120万元、质保金15万元', '万元', 6, '资金支付金额'), 'green', 90],
    ['已支付125.6万元（1,256,000元） of 300 万元', gte('300', '已支付125.6万元（1,256,000元）', '万元', 6), 'green', 83.73],
    ['平均交易成本1,850元 under ≤0.2 万元', lte('0.2', '平均交易成本1,850元', '万元', 9), 'green'],
    // The 约 of 节约 estimates nothing: the row's measure named before the figure is a short lead (session 24).
    ['节约资金率6.5% under ≥5%', gte('5', '节约资金率6.5%', '%', 9, '节约资金率'), 'blue', 130],
  ]],
];
// Limits, recorded (it.fails: each passes once the reading is fixed, and then should move into the tables above).
// 节约资金率6.5% was one until session 24: the 约 of 节约 was read as an estimate (scoring/read-actual-in-unit.ts).
const LIMITS: Array<[why: string, row: Row]> = [];
// rows:end

for (const [title, rows] of SECTIONS) {
  describe(title, () => {
    it.each(rows)('%s', (...row) => check(row));
  });
}

if (LIMITS.length > 0) describe('limits', () => {
  for (const [why, row] of LIMITS) it.fails(`${row[0]}: ${why}`, () => check(row));
});
