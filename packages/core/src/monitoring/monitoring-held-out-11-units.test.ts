/**
 * Held-out round 11 (session 21), continued: values in another unit than the target (元 under 万元, 米 under 公里, 小时
 * under 天, 公顷 under 亩, 公斤 under 吨), down-is-good targets (投诉≤5件, 事故0起, 均次费用≤300元) at, under and over,
 * ranges (85%-90%, 3至5次), 执行率 as decimals (0.63) and values with footnote marks (95%*, 120①), on a 县's 部门 2026 1–5月,
 * 1–8月 and 1–10月 sheets (县医保局, 县林业局, 县供销社, 县残联, 县融媒体中心, 县机关事务中心). Written before the
 * monitoring code was read; labels as in monitoring-held-out-11.test.ts, where both files' measurements are recorded.
 *
 * Labels: a value in another unit of the same kind is converted to the target's unit (1 公顷 = 15 亩); a ceiling is not
 * prorated: A ≤ T green (at the limit included), else red, and `<` is scored as `<=` (round 4); a range target is met from
 * its low end (progress against the low end under a floor), a range in the value is read at its cautious end (round 8);
 * a bare decimal not above 1 under a % row whose target is a whole percent is a fraction (0.63 → 63%), while under a
 * ceiling below 1% it is the percent; a footnote mark (*, ※, ①, ⑴, ¹, [1], （注1）) is no part of the figure.
 */
import { describe, it } from 'vitest';
import { type Row, check, eq, gte, lt, lte, qual } from './held-out-light-cases';

// rows:start
const SECTIONS: Array<[string, Row[]]> = [
  ['values in another unit than the target', [
    ['856,000元 of 120 万元 by May', gte('120', '856,000元', '万元', 5), 'blue', 171.2],
    ['已拨付456,000元 of 120 万元 by May', gte('120', '已拨付456,000元', '万元', 5), 'green', 91.2],
    ['支出1,250,000元 of 300 万元 by August', gte('300', '支出1,250,000元', '万元', 8), 'yellow', 62.5],
    ['2,900,000元 of 600 万元 by October', gte('600', '2,900,000元', '万元', 10), 'red', 58],
    ['8,600米 of 12 公里 by August', gte('12', '8,600米', '公里', 8), 'green', 107.5],
    ['已完成14500米 of 25 公里 by October', gte('25', '已完成14500米', '公里', 10), 'yellow', 69.6],
    ['平均52小时 under ≤3 天', lte('3', '平均52小时', '天', 5), 'green'],
    ['平均80小时 under ≤3 天', lte('3', '平均80小时', '天', 5), 'red'],
    ['平均办结时间36小时 under ≤2 天', lte('2', '平均办结时间36小时', '天', 8), 'green'],
    ['1.5天 under ≤48 小时', lte('48', '1.5天', '小时', 8), 'green'],
    ['2天 under ≤24 小时', lte('24', '2天', '小时', 10), 'red'],
    ['3天 under 辅具适配周期 ≤72 小时 (at the limit)', lte('72', '3天', '小时', 10), 'green'],
    ['0.42万人次 of 5000 人次 by May', gte('5000', '0.42万人次', '人次', 5), 'blue', 201.6],
    ['8,300人次 of 2 万人次 by August', gte('2', '8,300人次', '万人次', 8), 'yellow', 62.25],
    ['12,600亩 of 3 万亩 by October', gte('3', '12,600亩', '万亩', 10), 'red', 50.4],
    ['52公顷 of 1000 亩 by August (780 亩)', gte('1000', '52公顷', '亩', 8), 'green', 117],
    ['32000公斤 of 50 吨 by August', gte('50', '32000公斤', '吨', 8), 'green', 96],
    ['0.028万元 under 均次费用 ≤300 元', lte('300', '0.028万元', '元', 10), 'green'],
    ['5,800万元 of 1.2 亿元 by May', gte('1.2', '5,800万元', '亿元', 5), 'green', 116],
    ['0.5小时 under ≤30 分钟 (at the limit)', lte('30', '0.5小时', '分钟', 8), 'green'],
    ['150分钟 under ≤2 小时', lte('2', '150分钟', '小时', 5), 'red'],
    ['累计完成造林560亩 of 800 亩 by August', gte('800', '累计完成造林560亩', '亩', 8), 'green', 105],
  ]],
  ['down-is-good: complaints, accidents, costs', [
    ['5件 under ≤5 件 (at)', lte('5', '5件', '件', 5), 'green'],
    ['3件 under ≤5 件 (under)', lte('5', '3件', '件', 8), 'green'],
    ['7件 under ≤5 件 (over)', lte('5', '7件', '件', 10), 'red'],
    ['累计受理投诉6件 under ≤5 件', lte('5', '累计受理投诉6件', '件', 8), 'red'],
    ['0起 under =0 起', eq('0', '0起', '起', 5), 'green'],
    ['1起 under =0 起', eq('0', '1起', '起', 8), 'red'],
    ['未发生 under ≤0 起', lte('0', '未发生', '起', 10), 'green'],
    ['300元 under 门诊均次费用 ≤300 元 (at)', lte('300', '300元', '元', 5), 'green'],
    ['286.5元 under 门诊均次费用 ≤300 元', lte('300', '286.5元', '元', 8), 'green'],
    ['312元 under 门诊均次费用 ≤300 元', lte('300', '312元', '元', 10), 'red'],
    ['均次费用3,126元 under 住院均次费用 ≤3000 元', lte('3000', '均次费用3,126元', '元', 10), 'red'],
    ['5件 under <5 件 (scored as ≤, round 4)', lt('5', '5件', '件', 8), 'green'],
    ['投诉3件（均已办结） under ≤5 件', lte('5', '投诉3件（均已办结）', '件', 8), 'green'],
    ['零投诉 under ≤10 件', lte('10', '零投诉', '件', 10), 'green'],
    ['无 under ≤2 起', lte('2', '无', '起', 8), 'green'],
    ['2起 under 森林火灾次数 ≤3 起', lte('3', '2起', '起', 5), 'green'],
    ['0.3% under ≤0.5%', lte('0.5', '0.3%', '%', 8), 'green'],
    ['1.2% under ≤1%', lte('1', '1.2%', '%', 10), 'red'],
    ['发生森林火灾1起，过火面积0.8公顷 under ≤1 起 (at)', lte('1', '发生森林火灾1起，过火面积0.8公顷', '起', 8), 'green'],
    ['发生1起一般事故 under =0 起', eq('0', '发生1起一般事故', '起', 10), 'red'],
    ['截至10月底共6件 under ≤5 件', lte('5', '截至10月底共6件', '件', 10), 'red'],
    ['公务用车运行费用13.6万元 under ≤15 万元 (a ceiling is not prorated)', lte('15', '公务用车运行费用13.6万元', '万元', 10), 'green'],
    ['公务用车运行费用16.2万元 under ≤15 万元', lte('15', '公务用车运行费用16.2万元', '万元', 10), 'red'],
  ]],
  ['ranges', [
    ['87% within 85%-90%', qual('85%-90%', '87%', 5), 'green'],
    ['86 within =85-90 %', eq('85-90', '86', '%', 8), 'green'],
    ['80% below 85%-90% (94 of the low end)', qual('85%-90%', '80%', 8), 'green'],
    ['累计2次 of 3至5 次 by August (the low end on plan)', eq('3至5', '累计2次', '次', 8), 'green', 100],
    ['累计1次 of 3至5 次 by August', eq('3至5', '累计1次', '次', 8), 'red', 50],
    ['已开展4次 of 3至5次 by October', qual('3至5次', '已开展4次', 10), ['blue', 'green']],
    ['88%-92% of ≥90% (the low end)', gte('90', '88%-92%', '%', 5), 'green', 97.78],
    ['约60-70户 of 100 户 by August', gte('100', '约60-70户', '户', 8), 'green', 90],
    ['3至5件 under ≤5 件 (the high end)', lte('5', '3至5件', '件', 10), 'green'],
    ['3至5件 under ≤4 件 (the high end)', lte('4', '3至5件', '件', 10), 'red'],
    ['96.5% within 95%～98%', qual('95%～98%', '96.5%', 10), 'green'],
    ['50% far below 85%-90%', qual('85%-90%', '50%', 5), 'red'],
    ['85%至88% of ≥90%', gte('90', '85%至88%', '%', 8), 'green', 94.44],
  ]],
  ['县医保局 and 县财政: 执行率 as decimals', [
    ['0.63 under 预算执行率 ≥90%', gte('90', '0.63', '%', 8, '预算执行率'), 'yellow', 70],
    ['0.85 under 资金执行率 ≥100%', gte('100', '0.85', '%', 10, '资金执行率'), 'green', 85],
    ['0.5 under 预算执行率 ≥90%', gte('90', '0.5', '%', 5, '预算执行率'), 'red', 55.56],
    ['0.972 under 合格率 ≥95%', gte('95', '0.972', '%', 8, '合格率'), 'green', 102.32],
    ['1.00 under 资金到位率 ≥100%', gte('100', '1.00', '%', 8, '资金到位率'), 'green', 100],
    ['0.03 under 投诉率 ≤5%', lte('5', '0.03', '%', 8), 'green'],
    ['0.3 under 事故发生率 ≤0.5% (the percent itself)', lte('0.5', '0.3', '%', 8), 'green'],
    ['0.63 with no unit under ≥90% 预算执行率', { comparator: '>=', target: '90%', actual: '0.63', unit: null, month: 8, name: '预算执行率' }, 'yellow', 70],
    ['63 under 预算执行率 ≥90%', gte('90', '63', '%', 8, '预算执行率'), 'yellow', 70],
    ['0.92 under 项目完成率 ≥100%', gte('100', '0.92', '%', 10, '项目完成率'), 'green', 92],
    ['0.42 under 支出进度 ≥60%', gte('60', '0.42', '%', 5, '支出进度'), 'yellow', 70],
    ['执行率0.88 under ≥95%', gte('95', '执行率0.88', '%', 8, '执行率'), 'green', 92.63],
    ['0.6 under 资金拨付率 ≥100%', gte('100', '0.6', '%', 10, '资金拨付率'), 'yellow'],
    ['0.985 under 参保率 ≥98%', gte('98', '0.985', '%', 10, '参保率'), 'green', 100.51],
  ]],
  ['footnote marks', [
    ['95%* of ≥95%', gte('95', '95%*', '%', 5), 'green', 100],
    ['120① of 200 个 by October', gte('200', '120①', '个', 10), 'yellow', 72],
    ['96.5%※ of ≥100%', gte('100', '96.5%※', '%', 8), 'green', 96.5],
    ['8次② of 12 次 by August', gte('12', '8次②', '次', 8), 'green', 100],
    ['312.5万元* of 500 万元 by August', gte('500', '312.5万元*', '万元', 8), 'green', 93.75],
    ['2件* under ≤5 件', lte('5', '2件*', '件', 10), 'green'],
    ['87%（注1） of ≥90%', gte('90', '87%（注1）', '%', 10), 'green', 96.67],
    ['45户⑴ of 60 户 by October', gte('60', '45户⑴', '户', 10), 'green', 90],
    ['1,020人次*注：含线上培训 of 1200 by October', gte('1200', '1,020人次*注：含线上培训', '人次', 10), 'green', 102],
    ['*93% of ≥95%', gte('95', '*93%', '%', 8), 'green', 97.89],
    ['18①② of 30 个 by August', gte('30', '18①②', '个', 8), 'green', 90],
    ['95%¹ of ≥95%', gte('95', '95%¹', '%', 8), 'green', 100],
    ['12* of 20 个 by October', gte('20', '12*', '个', 10), 'yellow', 72],
    ['4起① under ≤5 起', lte('5', '4起①', '起', 10), 'green'],
    ['累计开展20次[1] of 24 次 by October', gte('24', '累计开展20次[1]', '次', 10), 'green', 100],
  ]],
];
// Limits, recorded (it.fails: each passes once the reading is fixed, and then should move into the tables above).
const LIMITS: Array<[why: string, row: Row]> = [
  // Label kept: a finance reviewer reads 1 under 资金到位率 as the whole. The code leaves a whole 1 as 1%: it cannot be
  // told from a real 1%, and reading it as 100% would turn a red into a green (found by the corpus light diff).
  ['a whole 1 under a rate is not read as the decimal 1.00', ['1 under 资金到位率 ≥100%', gte('100', '1', '%', 8, '资金到位率'), 'green', 100]],
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
