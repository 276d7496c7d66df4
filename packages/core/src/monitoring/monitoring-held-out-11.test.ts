/**
 * Held-out round 11 (session 21): indicator lights as a 县 finance bureau's 部门 sheets arrive for 2026 1–5月, 1–8月 and
 * 1–10月 (periods not at a quarter's end) from 县医保局, 县林业局, 县供销社, 县残联, 县融媒体中心 and 县机关事务中心,
 * written from rules.md §1/§4 before the monitoring code was read. Wordings rounds 2–10 did not use: targets stated per
 * month or per quarter (4 次/月, 每季度督导次数) with a running total as the value, progress as what is left (剩余15户未完成,
 * 还差3个点位, 尚有300万元未支付), rounded words (近九成, 三分之二, 不足一半, 七成左右), seasonal work not due yet (供暖,
 * 汛期, 秋季开学) and values that restate the target (≥95% as the value). Units, ceilings, ranges, decimals and footnote
 * marks: monitoring-held-out-11-units.test.ts; projects and 重点监控: monitoring-held-out-11-projects.test.ts.
 *
 * Labels, as rules.md §4 and the recorded readings of rounds 2–10 say: a count per month or per quarter is a year's
 * target of 12 or 4 times it, so the running total is measured against T × m (per month) or T × 4 × m/12 (per quarter),
 * and a per-month average (月均) against T alone; what is left of the year's target (剩余 / 还差 / 尚有) is the target
 * less it, and beside a done figure the done figure wins (round 7); 还差N个百分点 under a rate is T − N; a remaining
 * share (剩余工程量约30%) is the rest of the task; rounded shares as round 8 (近九成 0.9, 过半 about one half, 接近完成 /
 * 基本完成 0.9, N成 N tenths); a zero or "not begun" for seasonal work is red by §4's formula (round 6), words saying
 * the period has not come (未到供暖期, 暂无数据) are none (round 7's 一季度不适用), a deadline before a season (秋季开学前,
 * 汛期前) is due at the season's start; a value written as the target (≥95%) means that figure (rules.md §1), with 预计 a
 * forecast (none).
 *
 * First measured (before the monitoring code was read, 2026-11-24 14:46 UTC), this file and -units: 174 rows, 107 passed,
 * 67 failed. Per light (labelled / lit / right): blue 11/25/7 (precision 0.28, recall 0.64), green 102/68/64 (0.94, 0.63),
 * yellow 18/11/8 (0.73, 0.44), red 34/40/21 (0.53, 0.62), none 9/30/7 (0.23, 0.78). Units, ceilings, ranges and
 * footnote marks all passed as first measured. The failures, by cause:
 *  - a target per month or per quarter (4 次/月, 每月巡查4次, 每季度督导次数) read as the year's target, so a running total
 *    lit blue (累计巡查22次 of 4 次/月 → 550), or a rate per period not prorated (已召开1次 of 1 次/季度 → green) (19);
 *  - what is left read as done (剩余15户未完成 → 15 done, red) or as nothing (还差3个百分点, 剩余工程量约30% → none), and
 *    剩余2户未完成 past its deadline no "unfinished" (16);
 *  - rounded words with no verb or noun of the year (近九成, 两成, 七成左右, 约完成三分之二, 半数以上, 资金拨付近半,
 *    接近完成全年任务) → none; 不足一半 at a bound of exactly 60 → yellow (14);
 *  - 执行率 as a decimal (0.63 under ≥90%) read as 0.63% → red (11);
 *  - season deadlines (汛期前, 秋季开学前) were no deadline, 已完成12所中的9所 and 正在清淤 no "unfinished", and
 *    已完成锅炉检修招标 (a step before the work) read as the work done (4);
 *  - a figure marked （预计） judged as done; a qualitative value restating its target (有效提升) → none (3).
 * Step 2 (per-period-targets.ts, remaining-words.ts, rounded-shares.ts, season-deadlines.ts, stated-figures.ts,
 * progress-words.ts, word-lights.ts, monitoring-lights.ts) fixed all of them; no label was changed. One reading was
 * narrowed after the corpus light diff: a whole 1 under a rate is left as 1% (recorded as a limit in -units; the
 * decimal 1.00 row was added beside it). Two unit expectations of progress-words.test.ts were re-read: a share alone in
 * words (一半, 三成) is now the share, as round 8 reads a bare 过半. Final: 175 rows, 174 pass, 1 recorded limit.
 * Per light: blue 11/11/11 (1.00, 1.00), green 103/102/102 (1.00, 0.99), yellow 18/18/18 (1.00, 1.00), red 34/35/34
 * (0.97, 1.00), none 9/9/9 (1.00, 1.00).
 */
import { describe, it } from 'vitest';
import { type Row, check, gte, qual } from './held-out-light-cases';

// rows:start
const SECTIONS: Array<[string, Row[]]> = [
  ['县机关事务中心: targets per month or per quarter', [
    ['累计巡查22次 of 4 次/月 by May', gte('4', '累计巡查22次', '次/月', 5), 'green', 110],
    ['累计巡查17次 of 4 次/月 by May', gte('4', '累计巡查17次', '次/月', 5), 'green', 85],
    ['累计巡查12次 of 4 次/月 by May', gte('4', '累计巡查12次', '次/月', 5), 'yellow', 60],
    ['巡查40次 of 4 次/月 by August', gte('4', '巡查40次', '次/月', 8), 'blue', 125],
    ['月均巡查4.5次 of 4 次/月 (a monthly average)', gte('4', '月均巡查4.5次', '次/月', 8), 'green', 112.5],
    ['每月4次 of 4 次/月 by October', gte('4', '每月4次', '次/月', 10), 'green', 100],
    ['每月巡查4次 as a qualitative target, 累计巡查38次 by October', qual('每月巡查4次', '累计巡查38次', 10), 'green'],
    ['累计巡查38次 under 每月巡查次数 ≥4 次', gte('4', '累计巡查38次', '次', 10, '每月巡查次数'), 'green', 95],
    ['已开展2次 of 1 次/季度 by August', gte('1', '已开展2次', '次/季度', 8), 'yellow', 75],
    ['已开展3次 of 1 次/季度 by August', gte('1', '已开展3次', '次/季度', 8), 'green', 112.5],
    ['累计召开6次 of 2 次/季度 by October', gte('2', '累计召开6次', '次/季度', 10), 'green', 90],
    ['一季度1次，二季度1次 of 1 次/季度 by August', gte('1', '一季度1次，二季度1次', '次/季度', 8), 'yellow', 75],
    ['已召开1次 of 1 次/季度 by August', gte('1', '已召开1次', '次/季度', 8), 'red', 37.5],
    ['累计发放420万元 of 50 万元/月 by August', gte('50', '累计发放420万元', '万元/月', 8), 'green', 105],
    ['累计开展3次 of 2 次/月 by October', gte('2', '累计开展3次', '次/月', 10), 'red', 15],
    ['累计服务1,850人次 of 200 人次/月 by October', gte('200', '累计服务1,850人次', '人次/月', 10), 'green', 92.5],
    ['≥4次/月 left in the target, 累计18次 by May', { comparator: null, target: '≥4次/月', actual: '累计18次', unit: null, month: 5 }, 'green', 90],
    ['target 每月4次 under 次, 累计20次 by May', { comparator: '>=', target: '每月4次', actual: '累计20次', unit: '次', month: 5 }, 'green', 100],
    ['每月巡查不少于4次 as the value of 4 次/月', gte('4', '每月巡查不少于4次', '次/月', 5), 'green', 100],
    ['累计26次 of 3 次/月 by August', gte('3', '累计26次', '次/月', 8), 'green', 108.33],
    ['每月10户，累计走访85户 of 10 户/月 by August', gte('10', '每月10户，累计走访85户', '户/月', 8), 'green', 106.25],
    ['累计开展2次 under 每季度督导次数 ≥1 by August', gte('1', '累计开展2次', '次', 8, '每季度督导次数'), 'yellow', 75],
    ['累计巡查22次 of 48 次 a year by May (the year stated)', gte('48', '累计巡查22次', '次', 5), 'green', 110],
  ]],
  ['县残联: progress as what is left', [
    ['剩余15户未完成 of 60 户 by August', gte('60', '剩余15户未完成', '户', 8), 'green', 112.5],
    ['还差3个点位 of 10 个 by October', gte('10', '还差3个点位', '个', 10), 'green', 84],
    ['还差6个点位未建成 of 10 个 by May', gte('10', '还差6个点位未建成', '个', 5), 'green', 96],
    ['剩余资金120万元未拨付 of 500 万元 by August', gte('500', '剩余资金120万元未拨付', '万元', 8), 'green', 114],
    ['尚有300万元未支付 of 500 万元 by October', gte('500', '尚有300万元未支付', '万元', 10), 'red', 48],
    ['已完成90户，剩余30户 of 120 by August (the done figure)', gte('120', '已完成90户，剩余30户', '户', 8), 'green', 112.5],
    ['剩余8所未完成 of 40 所 by October', gte('40', '剩余8所未完成', '所', 10), 'green', 96],
    ['还差5个百分点 under 覆盖率 ≥100%', gte('100', '还差5个百分点', '%', 8, '覆盖率'), 'green', 95],
    ['距目标还差3个百分点 of ≥95%', gte('95', '距目标还差3个百分点', '%', 10), 'green', 96.84],
    ['剩余2户未完成 under 8月底前完成改造 in October is overdue', qual('8月底前完成改造', '剩余2户未完成', 10), 'red'],
    ['剩余2户未完成 under 12月底前完成改造 in August is under way', qual('12月底前完成改造', '剩余2户未完成', 8), 'none'],
    ['剩余工程量约30% of 30 公里 by October (the rest of the task)', gte('30', '剩余工程量约30%', '公里', 10), 'green', 84],
    ['剩余3次待下半年开展 of 12 次 by August', gte('12', '剩余3次待下半年开展', '次', 8), 'green', 112.5],
    ['剩余0户 of 200 户 by August', gte('200', '剩余0户', '户', 8), 'blue', 150],
    ['剩余48户未改造 of 60 户 by August', gte('60', '剩余48户未改造', '户', 8), 'red', 30],
    ['还差350人 of 800 人 by October', gte('800', '还差350人', '人', 10), 'yellow', 67.5],
    ['尚余90万元 of 300 万元 by May', gte('300', '尚余90万元', '万元', 5), 'blue', 168],
    ['剩余0户，已全部完成 under 10月底前完成', qual('10月底前完成', '剩余0户，已全部完成', 10), 'green'],
    ['还差2个 of 20 个 by October', gte('20', '还差2个', '个', 10), 'green', 108],
  ]],
  ['县供销社: rounded words', [
    ['近九成 under ≥95%', gte('95', '近九成', '%', 8), 'green'],
    ['近九成 of 200 户 by October (nine tenths of the year)', gte('200', '近九成', '户', 10), 'green'],
    ['已完成过半 of 200 户 by August', gte('200', '已完成过半', '户', 8), ['yellow', 'green']],
    ['过半 of 200 户 by October', gte('200', '过半', '户', 10), 'yellow'],
    ['接近完成 of 12 次 by October', gte('12', '接近完成', '次', 10), 'green'],
    ['接近完成 of 12 次 by May', gte('12', '接近完成', '次', 5), 'blue'],
    ['覆盖率近九成 under 覆盖率 ≥100%', gte('100', '覆盖率近九成', '%', 8, '覆盖率'), 'green'],
    ['约完成三分之二 of 50 个 by August', gte('50', '约完成三分之二', '个', 8), 'green'],
    ['完成四分之一 of 60 个 by August', gte('60', '完成四分之一', '个', 8), 'red', 37.5],
    ['九成以上 under 资金到位率 ≥100%', gte('100', '九成以上', '%', 10, '资金到位率'), 'green'],
    ['不足一半 of 300 户 by October', gte('300', '不足一半', '户', 10), 'red'],
    ['七成左右 of 40 个 by August', gte('40', '七成左右', '个', 8), 'green'],
    ['两成 of 40 个 by August', gte('40', '两成', '个', 8), 'red'],
    ['基本完成 of 20 个 by October', gte('20', '基本完成', '个', 10), 'green'],
    ['接近完成全年任务 of 8 场 by August', gte('8', '接近完成全年任务', '场', 8), 'blue'],
    ['近八成 under ≥95% by May', gte('95', '近八成', '%', 5), 'green'],
    ['半数以上 under 达标率 ≥100%', gte('100', '半数以上', '%', 10, '达标率'), 'red'],
    ['约三分之一 of 1000 人次 by October', gte('1000', '约三分之一', '人次', 10), 'red'],
    ['资金拨付近半 of 500 万元 by August', gte('500', '资金拨付近半', '万元', 8), 'yellow'],
  ]],
  ['县机关事务中心 and 县林业局: seasonal work not due yet', [
    ['未到供暖期 under 供暖设施检修次数', gte('2', '未到供暖期', '次', 5, '供暖设施检修次数'), 'none'],
    ['0（未到供暖期） under 2 次 by August (a zero, round 6)', gte('2', '0（未到供暖期）', '次', 8), 'red', 0],
    ['11月15日前完成供暖设施检修, 已完成锅炉检修招标 in August', qual('11月15日前完成供暖设施检修', '已完成锅炉检修招标', 8), 'none'],
    ['11月15日前完成供暖设施检修, 尚未开始 in October', qual('11月15日前完成供暖设施检修', '尚未开始', 10), 'none'],
    ['10月底前完成供暖设施检修, 尚未完成 in October', qual('10月底前完成供暖设施检修', '尚未完成', 10), 'red'],
    ['汛期前完成河道清淤, 已完成清淤 in May', qual('汛期前完成河道清淤', '已完成清淤', 5), 'green'],
    ['汛期前完成河道清淤, 正在清淤 in August is overdue', qual('汛期前完成河道清淤', '正在清淤', 8), 'red'],
    ['秋季开学前完成校舍维修, 已完成12所中的9所 in August', qual('秋季开学前完成校舍维修', '已完成12所中的9所', 8), 'red'],
    ['秋季开学前完成校舍维修, 维修工程正在施工 in May', qual('秋季开学前完成校舍维修', '维修工程正在施工', 5), 'none'],
    ['秋季学期资助尚未发放 of 4000 人次 by August (nothing paid)', gte('4000', '秋季学期资助尚未发放', '人次', 8), 'red', 0],
    ['0（冬季供暖补贴11月发放） of 1500 户 by October', gte('1500', '0（冬季供暖补贴11月发放）', '户', 10), 'red', 0],
    ['供暖季未开始，暂无数据 under 500 万元', gte('500', '供暖季未开始，暂无数据', '万元', 8), 'none'],
    ['未到供暖期 under 供暖达标率', gte('95', '未到供暖期', '%', 8, '供暖达标率'), 'none'],
    ['冬季供暖期间无安全事故, 未到供暖期', qual('冬季供暖期间无安全事故', '未到供暖期', 8), 'none'],
    ['汛期前已开展防汛演练2次 of 3 次 by May', gte('3', '汛期前已开展防汛演练2次', '次', 5), 'blue', 160],
    ['春季防火期累计巡护18次 of 24 次 by May', gte('24', '春季防火期累计巡护18次', '次', 5), 'blue', 180],
  ]],
  ['县融媒体中心: the value restates the target', [
    ['≥95% as the value of ≥95%', gte('95', '≥95%', '%', 5), 'green', 100],
    ['≥12次 as the value of 12 次 by August (12 done)', gte('12', '≥12次', '次', 8), 'blue', 150],
    ['≤5件 as the value of ≤5 件', { comparator: '<=', target: '5', actual: '≤5件', unit: '件', month: 10 }, 'green'],
    ['有效提升 as the value of 有效提升', qual('有效提升', '有效提升', 8), 'green'],
    ['=0 as the value of =0 起', { comparator: '=', target: '0', actual: '=0', unit: '起', month: 8 }, 'green'],
    ['不低于90% as the value of ≥90%', gte('90', '不低于90%', '%', 10), 'green', 100],
    ['≥1000人次 as the value of 1000 人次 by May', gte('1000', '≥1000人次', '人次', 5), 'blue', 240],
    ['≥95%（预计） is a forecast', gte('95', '≥95%（预计）', '%', 8), 'none'],
    ['达到98% of ≥98%', gte('98', '达到98%', '%', 10), 'green', 100],
    ['按时足额发放 as the value of 按时足额发放', qual('按时足额发放', '按时足额发放', 10), 'green'],
  ]],
];
// Limits, recorded (it.fails: each passes once the reading is fixed, and then should move into the tables above).
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
