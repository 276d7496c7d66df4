/**
 * Held-out round 9 (session 20), continued: percentage-point targets (提高2个百分点 with 已提高1.5个百分点), targets met
 * early (已于6月全部完成), negative progress (较年初减少3户) and rates whose target is a ceiling (发生率≤0.5%, 完成值0.3%),
 * on 乡镇/街道 and 学校/医院 2026 sheets. Written before the monitoring code was read; labels as in
 * monitoring-held-out-9.test.ts.
 *
 * Labels: a 个百分点 target is not prorated (a rate's change, like a rate: A ÷ T); a change written from one level to
 * another (由85%提高到86.5%) is the difference; whole-task words under a count are the whole target (blue once ahead of
 * m/12), under a rate or a qualitative target green (round 7); a decrease under a target that asks for an increase is
 * red, under one whose name states the decrease (减少户数, 下降幅度) it is the figure (rules.md §4, round 3); a change
 * alone under a level target (较年初下降1.2个百分点 under ≥95%) states no level: none; ceilings are A ≤ T green, else red,
 * ‰ converted by its base, a running rate beside a month's rate wins.
 */
import { describe, it } from 'vitest';
import { type Row, check, gte, lt, lte, qual } from './held-out-light-cases';

const pp = '个百分点';

describe('percentage-point targets', () => {
  const rows: Row[] = [
    ['提高2个百分点, 已提高1.5个百分点', gte('2', '已提高1.5个百分点', pp, 9), 'yellow', 75],
    ['提高2个百分点, 提高2.3个百分点', gte('2', '提高2.3个百分点', pp, 10), 'green', 115],
    ['提高2个百分点, 较上年提高1个百分点', gte('2', '较上年提高1个百分点', pp, 6), 'red', 50],
    ['提高3个百分点, 已提高3.8个百分点', gte('3', '已提高3.8个百分点', pp, 9), 'blue', 126.67],
    ['提高1个百分点, 提升0.6个百分点', gte('1', '提升0.6个百分点', pp, 9), 'yellow', 60],
    ['提高1.5个百分点, 1.5个百分点', gte('1.5', '1.5个百分点', pp, 6), 'green', 100],
    ['提高2个百分点, 持平 is no rise', gte('2', '持平', pp, 9), 'red', 0],
    ['提高2个百分点, 下降0.5个百分点', gte('2', '下降0.5个百分点', pp, 9), 'red'],
    ['提高2个百分点, 由85%提高到86.5%', gte('2', '由85%提高到86.5%', pp, 9), 'yellow', 75],
    ['下降幅度≥1个百分点, 已下降0.8个百分点', gte('1', '已下降0.8个百分点', pp, 9, '贫困发生率下降幅度'), 'green', 80],
    ['提高2个百分点 in December, 全年提高2.1个百分点', gte('2', '全年提高2.1个百分点', pp, 12), 'green', 105],
    ['提高2个百分点, 截至9月底提高1.2个百分点', gte('2', '截至9月底提高1.2个百分点', pp, 9), 'yellow', 60],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('targets met early', () => {
  const rows: Row[] = [
    ['已于6月全部完成 of 4 次 in September', gte('4', '已于6月全部完成', '次', 9), 'blue', 133.33],
    ['已于6月全部完成 under ≥95%', gte('95', '已于6月全部完成', '%', 9), 'green'],
    ['已于6月全部完成 under 10月底前完成', qual('10月底前完成', '已于6月全部完成', 9), 'green'],
    ['已于6月完成全年任务12次 of 12', gte('12', '已于6月完成全年任务12次', '次', 9), 'blue', 133.33],
    ['年内完成改造, 已于8月提前完成', qual('年内完成改造', '已于8月提前完成', 10), 'green'],
    ['6月已全部完成（30户） of 30 in October', gte('30', '6月已全部完成（30户）', '户', 10), 'blue', 120],
    ['9月底前完成验收, 已于6月通过验收', qual('9月底前完成验收', '已于6月通过验收', 9), 'green'],
    ['已于6月全部完成 under 任务完成率 =100%', gte('100', '已于6月全部完成', '%', 10, '任务完成率'), 'green'],
    ['已提前完成全年目标 of 12 in June', gte('12', '已提前完成全年目标', '次', 6), 'blue', 200],
    ['已于5月全部建成 of 2 座', gte('2', '已于5月全部建成', '座', 9), 'blue', 133.33],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('negative progress', () => {
  const rows: Row[] = [
    ['新增 ≥50户, 较年初减少3户', gte('50', '较年初减少3户', '户', 9, '新增户数'), 'red'],
    ['减少户数 ≥5户, 较年初减少3户', gte('5', '较年初减少3户', '户', 9, '危房减少户数'), 'green', 80],
    ['减少户数 ≥20户, 减少3户 in June', gte('20', '减少3户', '户', 6, '危房减少户数'), 'red', 30],
    ['新增就业 ≥200人, 净减少12人', gte('200', '净减少12人', '人', 10, '新增就业人数'), 'red'],
    ['≥10户, -3', gte('10', '-3', '户', 9), 'red'],
    ['≥30个, 较上月减少2个，累计18个', gte('30', '较上月减少2个，累计18个', '个', 9), 'green', 80],
    ['参保率 ≥95%, 较年初下降1.2个百分点 (no level)', gte('95', '较年初下降1.2个百分点', '%', 9, '参保率'), 'none', null],
    ['≥100户, 负增长', gte('100', '负增长', '户', 9), ['red', 'none']],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('rates whose target is a ceiling', () => {
  const rows: Row[] = [
    ['院内感染发生率 ≤0.5%, 发生率0.3%', lte('0.5', '发生率0.3%', '%', 9), 'green'],
    ['≤0.5%, 完成值0.3%', lte('0.5', '完成值0.3%', '%', 12), 'green'],
    ['≤0.5%, 截至9月底发生率0.62%', lte('0.5', '截至9月底发生率0.62%', '%', 9), 'red'],
    ['≤0.5%, 0.5% on the line', lte('0.5', '0.5%', '%', 10), 'green'],
    ['≤1%, 前三季度事故发生率0.8‰', lte('1', '前三季度事故发生率0.8‰', '%', 9), 'green'],
    ['≤0.5%, 千分之三', lte('0.5', '千分之三', '%', 6), 'green'],
    ['≤3%, 1-10月平均2.6%', lte('3', '1-10月平均2.6%', '%', 10), 'green'],
    ['≤0.5%, 发生率为0', lte('0.5', '发生率为0', '%', 10), 'green'],
    ['≤2%, 9月当月3.1%，累计1.8%: the running rate', lte('2', '9月当月3.1%，累计1.8%', '%', 9), 'green'],
    ['<1%, 0.96%', lt('1', '0.96%', '%', 9), 'green'],
    ['≤0.5%, 未发生', lte('0.5', '未发生', '%', 9), 'green'],
    ['≤5%, 发生2例，发生率0.4%', lte('5', '发生2例，发生率0.4%', '%', 9), 'green'],
    ['≤10%, 12%（较上季度下降2个百分点）', lte('10', '12%（较上季度下降2个百分点）', '%', 9), 'red'],
    ['≤0.5%, 1-6月0.8%', lte('0.5', '1-6月0.8%', '%', 6), 'red'],
    ['≤1‰ 孕产妇死亡率 as ‰, 0.6‰', lte('1', '0.6‰', '‰', 10), 'green'],
  ];
  it.each(rows)('%s', (...row) => check(row));
});
