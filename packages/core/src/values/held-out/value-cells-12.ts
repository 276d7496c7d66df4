/**
 * Held-out value cells (set 12, session 19): tolerances and bands, durations and times of day, and cells that mix
 * languages or keyboards, keyed by hand from rules.md §1, forms.md (Indicator: comparator, target, unit), the README's
 * "Decisions" and the readings of sets 1–11 BEFORE the value parser's or the scorer's code was read. Wordings sets 1–11
 * did not use (each cell checked against those files): a tolerance written with ± or as 误差 / 偏差 + a bound, bands with
 * 之间 / 介于 / 区间, spans of minutes and hours with 内 / 以内 / 以下, T+N settlement terms, opening hours, the English
 * `percent` / `min` / `h` beside Chinese words, ASCII and full-width signs with blanks inside (`> = 95%`, `≥ 95 %`),
 * `（含）` before 以上, a bracketed standard (`100％（省定标准）`), dates written with dots and slashes (`2026.10`,
 * `2026/10/31前`), quarters, amounts with 万 alone, with thousands commas in 元 and per head or per area. The parser is
 * never tuned to a row of this file: a miss is fixed by its general cause or left as a miss. A data table, so longer
 * than the house limit on purpose. Harness: values-held-out.test.ts (VALUES_REPORT=1 prints the table).
 *
 * Readings set 12 had to choose (each row that leans on one says so):
 * - a tolerance written with ± (`95%±2%`, `误差±2%`, `95%（±2%）`) states two bounds: text, as set 4 keys `±5%` and
 *   `5±1天` and the README keys a range. A bracketed ± is no remark to leave out: like （左右） it unfixes the value.
 * - 误差 / 偏差 (and …率, 相对 / 绝对 / 执行…) before a one-sided bound (`误差≤2%`, `偏差不超过5%`) names the quantity the
 *   bound is on, as 全年 does in set 10's `全年≥1200人次`: the bound is the target (`<=` 2 %). No change and no base is
 *   left unstated: the 完成值 is the error itself.
 * - a span with 内 / 以内 followed by a verb (`2个工作日内办结`, `24小时内响应`) is a sentence, text, as set 6 keys
 *   `3个工作日以内办结`; without the verb it is `<=` (README). 半小时 is 0.5 小时.
 * - `T+1日`, `T+1` and opening hours (`每周一至周五`, `8:30-17:30`, `7×24小时`) state no figure a score can use: text.
 *   `每天8小时` is a count per period (set 1 每月1次): 8 `小时/天`.
 * - `percent` (any case, with or without a blank) written after a figure is `%`, as `﹪` is (set 11) and 百分之 is
 *   (set 1). `min` and `h` stay as written (set 11 keeps `h`, `km`); `> =`, `= >` typed with a blank are the sign.
 * - a date written with dots or slashes (`2026.10`, `2026.10.31前`, `10/31前`) is a date, text, never the decimal
 *   2026.1; after a sign it keeps the sign and the date as written (set 11 `≤2026年11月`).
 * - `≤50万` with no column is 50 `万` (set 1 `1.2万`); under 元 the magnitude stays (`50` `万元`); `≤500,000元` under a
 *   万元 column is 50 万元 (set 5 converts into the column's magnitude). `¥` before a figure is 元.
 *
 * Actual cells are read as sets 3–11 read them (readActualInUnit with a digit, else actualInWords or a share in words).
 *
 * First measured (before the values or scoring code was read, 2026-11-24 07:50 UTC; 204 targets + 60 actuals), exact
 * match per category: tolerances 10/32 · bands 16/16 · durations 34/38 · schedules 15/15 · mixed 24/33 · inclusive 15/15 ·
 *   dates 18/22 · amounts 19/23 · text 10/10 · actual-durations 14/16 · actual-deadlines 8/9 · actual-results 5/6 ·
 *   actual-tolerances 1/7 · actual-mixed 6/9 · actual-amounts 12/13 · all 207/264 (78.4%).
 * Every miss was the reader's (no label contradicted rules.md, forms.md or an earlier set; set 2's `2025.12` with no
 *   unit, left as a miss in session 9, is keyed the same way as `2026.10` here and now reads so): 误差 / 偏差 / 平均 before
 *   a bound (the 差 of 误差 also read as a shortfall in actuals), a bracketed ± left out as a remark, `percent`, `半小时`,
 *   `min` before 内, `cm` unknown as a unit, `2026.10` read 2026.1, a slash date after a sign taken for a unit, `¥`
 *   giving no unit, ㎡ not known as 平方米 under the column, `T+1日` read 1, and a result after 均为 behind a sample count.
 * After the fix (general causes; cases in tolerance-slips.test.ts): value-leads.ts (误差 / 偏差 / 平均 leads, 半 before a
 *   unit of time, ¥ → 元, year.month with a dot), normalize-text.ts withPercentWord, parse-value.ts (± in a remark, min /
 *   h before 内), sentence-after-sign.ts (a slash is no unit), plausible-unit.ts (cm, mm), derive-target.ts (a symbol
 *   and its name are one unit; year.month under an amount column is the amount); scoring/read-actual-in-unit.ts (min / h /
 *   s convert, 误差 is no negation, T+N, year.month under a calendar row, a result after 为 in the row's unit) and
 *   read-number-fast.ts. Every category 100% · all 264/264; sets 1–11 unchanged but set 2's `2025.12` (now a hit).
 */

import type { TargetCase } from './value-cells-1';
import type { ActualInUnitCase } from './value-cells-3';

const Q = 'qualitative';

export const TARGET_CASES_12: readonly TargetCase[] = [
  // ── tolerances ────────────────────────────────────────────────────────────────────────────────────
  ['tolerances', null, '95%±2%', null, Q, '95%±2%', null, 'reading: ± states two bounds (set 4 ±5%)'],
  ['tolerances', null, '95%±2%', '%', Q, '95%±2%', '%'],
  ['tolerances', null, '95±2%', null, Q, '95±2%', null],
  ['tolerances', null, '100±5', '个', Q, '100±5', '个'],
  ['tolerances', null, '98%（±1%）', null, Q, '98%（±1%）', null, 'reading: a bracketed ± unfixes the value like （左右）'],
  ['tolerances', null, '误差≤2%', null, '<=', '2', '%', 'reading: 误差 names what the bound is on'],
  ['tolerances', null, '误差≤2%', '%', '<=', '2', '%'],
  ['tolerances', null, '误差≤0.5%', null, '<=', '0.5', '%'],
  ['tolerances', null, '误差率≤1%', null, '<=', '1', '%'],
  ['tolerances', null, '误差不超过3%', null, '<=', '3', '%'],
  ['tolerances', null, '误差小于1%', null, '<', '1', '%'],
  ['tolerances', null, '误差不大于0.1mm', null, '<=', '0.1', 'mm'],
  ['tolerances', null, '相对误差≤5%', null, '<=', '5', '%'],
  ['tolerances', null, '绝对误差≤0.5℃', null, '<=', '0.5', '℃'],
  ['tolerances', null, '偏差不超过5%', null, '<=', '5', '%'],
  ['tolerances', null, '偏差≤10%', null, '<=', '10', '%'],
  ['tolerances', null, '偏差率不超过5%', '%', '<=', '5', '%'],
  ['tolerances', null, '偏差率≤8%', null, '<=', '8', '%'],
  ['tolerances', null, '执行偏差≤10%', null, '<=', '10', '%'],
  ['tolerances', null, '偏差控制在5%以内', null, '<=', '5', '%'],
  ['tolerances', null, '误差≤±2%', null, Q, '误差≤±2%', null, 'reading: ± inside a bound is still two bounds'],
  ['tolerances', null, '误差±2%', null, Q, '误差±2%', null],
  ['tolerances', null, '允许误差±3%', null, Q, '允许误差±3%', null],
  ['tolerances', null, '偏差在±5%以内', null, Q, '偏差在±5%以内', null],
  ['tolerances', null, '±0.5℃', null, Q, '±0.5℃', null],
  ['tolerances', null, '≥95%（误差±1%）', null, Q, '≥95%（误差±1%）', null],
  ['tolerances', null, '测量误差≤1%', null, '<=', '1', '%'],
  ['tolerances', null, '误差≤2‰', null, '<=', '2', '‰'],
  ['tolerances', null, '误差≤5cm', '厘米', '<=', '5', '厘米'],
  ['tolerances', null, '误差≤1分钟', null, '<=', '1', '分钟'],
  ['tolerances', null, '偏差小于等于3%', null, '<=', '3', '%'],
  ['tolerances', null, '误差较上年下降', null, Q, '误差较上年下降', null],

  // ── bands ─────────────────────────────────────────────────────────────────────────────────────────
  ['bands', null, '90%-95%之间', null, Q, '90%-95%之间', null, 'README: a range is text'],
  ['bands', null, '90%～95%之间', '%', Q, '90%～95%之间', '%'],
  ['bands', null, '介于3至5天', null, Q, '介于3至5天', null],
  ['bands', null, '介于3-5个工作日', null, Q, '介于3-5个工作日', null],
  ['bands', null, '在3至5天之间', null, Q, '在3至5天之间', null],
  ['bands', null, '85%至95%区间', null, Q, '85%至95%区间', null],
  ['bands', null, '区间[90%,95%]', null, Q, '区间[90%,95%]', null],
  ['bands', null, '[90%, 95%]', null, Q, '[90%, 95%]', null],
  ['bands', null, '90%≤X≤95%', null, Q, '90%≤X≤95%', null],
  ['bands', null, '≥92%且≤96%', null, Q, '≥92%且≤96%', null, 'set 10: a second sign makes text'],
  ['bands', null, '60~90分钟', null, Q, '60~90分钟', null],
  ['bands', null, '1-2小时', '小时', Q, '1-2小时', '小时'],
  ['bands', null, '40万-50万元', null, Q, '40万-50万元', null],
  ['bands', null, '3‰-5‰', null, Q, '3‰-5‰', null],
  ['bands', null, '95%—98%（含）', null, Q, '95%—98%（含）', null],
  ['bands', null, '不低于92%且不超过96%', null, Q, '不低于92%且不超过96%', null],

  // ── durations and spans ───────────────────────────────────────────────────────────────────────────
  ['durations', null, '≤1.5小时', null, '<=', '1.5', '小时'],
  ['durations', null, '≤1.5小时', '小时', '<=', '1.5', '小时'],
  ['durations', null, '≤1.5h', null, '<=', '1.5', 'h'],
  ['durations', null, '≤90分钟', null, '<=', '90', '分钟'],
  ['durations', null, '≤0.5天', null, '<=', '0.5', '天'],
  ['durations', null, '1.5小时内', null, '<=', '1.5', '小时', 'README: a span then 内'],
  ['durations', null, '45分钟内', null, '<=', '45', '分钟'],
  ['durations', null, '15分钟以内', null, '<=', '15', '分钟'],
  ['durations', null, '20分钟之内', '分钟', '<=', '20', '分钟'],
  ['durations', null, '1.5小时以内', null, '<=', '1.5', '小时'],
  ['durations', null, '半小时内', null, '<=', '0.5', '小时', 'reading: 半小时 is 0.5 小时'],
  ['durations', null, '60小时内', '个小时', '<=', '60', '个小时'],
  ['durations', null, '5个工作日内', '天', '<=', '5', '天', 'the column wins'],
  ['durations', null, '不超过1.5小时', null, '<=', '1.5', '小时'],
  ['durations', null, '不超过45分钟', null, '<=', '45', '分钟'],
  ['durations', null, '控制在45分钟以内', null, '<=', '45', '分钟'],
  ['durations', null, '少于20分钟', null, '<', '20', '分钟'],
  ['durations', null, '≤30min', null, '<=', '30', 'min', 'reading: min as written (set 11 h)'],
  ['durations', null, '≤ 30 min', null, '<=', '30', 'min'],
  ['durations', null, '30min内', null, '<=', '30', 'min'],
  ['durations', null, '≤2h', '小时', '<=', '2', '小时'],
  ['durations', null, '≤1.5个工作日', null, '<=', '1.5', '个工作日'],
  ['durations', null, '2个工作日内办结', null, Q, '2个工作日内办结', null, 'set 6: 3个工作日以内办结, a sentence'],
  ['durations', null, '24小时内响应', null, Q, '24小时内响应', null],
  ['durations', null, '30分钟内到达现场', null, Q, '30分钟内到达现场', null],
  ['durations', null, '1小时内到场', null, Q, '1小时内到场', null],
  ['durations', null, '接报后15分钟内', null, Q, '接报后15分钟内', null, 'README: a clause before it keeps it text'],
  ['durations', null, '≤2小时/次', null, '<=', '2', '小时/次'],
  ['durations', null, '2.5小时', null, '=', '2.5', '小时'],
  ['durations', null, '90分钟', '分钟', '=', '90', '分钟'],
  ['durations', null, '≤48h', null, '<=', '48', 'h'],
  ['durations', null, '≤72小时（含节假日）', null, '<=', '72', '小时'],
  ['durations', null, '≤1.5小时（自然时）', null, '<=', '1.5', '小时'],
  ['durations', null, '≤25分钟/件', null, '<=', '25', '分钟/件'],
  ['durations', null, '不超过半小时', null, '<=', '0.5', '小时'],
  ['durations', null, '平均≤20分钟', null, '<=', '20', '分钟', 'reading: 平均 names what the bound is on (set 10 全年≥)'],
  ['durations', null, '3—5个工作日内', null, Q, '3—5个工作日内', null, 'a range'],
  ['durations', null, '10分钟内接通', null, Q, '10分钟内接通', null],

  // ── times of day, schedules, settlement terms ─────────────────────────────────────────────────────
  ['schedules', null, 'T+1日', null, Q, 'T+1日', null, 'reading: a settlement term, no figure'],
  ['schedules', null, 'T+1', null, Q, 'T+1', null],
  ['schedules', null, 'T+3个工作日', null, Q, 'T+3个工作日', null],
  ['schedules', null, 'T+1日', '日', Q, 'T+1日', '日'],
  ['schedules', null, '每周一至周五', null, Q, '每周一至周五', null],
  ['schedules', null, '每周一至周五8:30-17:30', null, Q, '每周一至周五8:30-17:30', null],
  ['schedules', null, '工作日9:00-17:00', null, Q, '工作日9:00-17:00', null],
  ['schedules', null, '7×24小时', null, Q, '7×24小时', null],
  ['schedules', null, '7*24小时', null, Q, '7*24小时', null],
  ['schedules', null, '全天24小时', null, Q, '全天24小时', null],
  ['schedules', null, '每天8小时', null, '=', '8', '小时/天', 'set 1: a count per period'],
  ['schedules', null, '每周5天', null, '=', '5', '天/周'],
  ['schedules', null, '8:30前', null, Q, '8:30前', null],
  ['schedules', null, '次日办结', null, Q, '次日办结', null],
  ['schedules', null, '当日响应', null, Q, '当日响应', null],

  // ── signs and words across languages and keyboards ────────────────────────────────────────────────
  ['mixed', null, '≥95 percent', null, '>=', '95', '%', 'reading: percent is %'],
  ['mixed', null, '≥95percent', null, '>=', '95', '%'],
  ['mixed', null, '≥95 Percent', null, '>=', '95', '%'],
  ['mixed', null, '95 percent', null, '=', '95', '%'],
  ['mixed', null, '不低于95 percent', null, '>=', '95', '%'],
  ['mixed', null, '≥95 percent', '%', '>=', '95', '%'],
  ['mixed', null, '>=95%', null, '>=', '95', '%'],
  ['mixed', null, '>= 95%', null, '>=', '95', '%'],
  ['mixed', null, '> = 95%', null, '>=', '95', '%', 'reading: a blank inside the typed sign'],
  ['mixed', null, '>=95 %', '%', '>=', '95', '%'],
  ['mixed', null, '<=5%', null, '<=', '5', '%'],
  ['mixed', null, '< = 5%', null, '<=', '5', '%'],
  ['mixed', null, '=<3', null, '<=', '3', null],
  ['mixed', null, '=< 3', '天', '<=', '3', '天'],
  ['mixed', null, '=> 95 %', null, '>=', '95', '%'],
  ['mixed', null, '≥ 97.5 %', null, '>=', '97.5', '%'],
  ['mixed', null, '≥ 97.5 %', '%', '>=', '97.5', '%'],
  ['mixed', null, '≧ 95 %', null, '>=', '95', '%'],
  ['mixed', null, '≧95%', '%', '>=', '95', '%'],
  ['mixed', null, '＞92%', '%', '>', '92', '%'],
  ['mixed', null, '＞ 90 %', null, '>', '90', '%'],
  ['mixed', null, '＜ 5 %', null, '<', '5', '%'],
  ['mixed', null, '≤2.8‰', '‰（千分比）', '<=', '2.8', '‰（千分比）'],
  ['mixed', null, '≤ 3 ‰', null, '<=', '3', '‰'],
  ['mixed', null, '＜3‰', null, '<', '3', '‰'],
  ['mixed', null, '≥95%（inclusive）', null, '>=', '95', '%', 'README: a bracketed remark is left out'],
  ['mixed', null, '≥95% (incl.)', null, '>=', '95', '%'],
  ['mixed', null, '≥30 km', '公里', '>=', '30', '公里'],
  ['mixed', null, '≥ 1,050 人', null, '>=', '1050', '人'],
  ['mixed', null, '≤ 2 h', null, '<=', '2', 'h'],
  ['mixed', null, '≥95 percent（含）', null, '>=', '95', '%'],
  ['mixed', null, '≥ 98 percent', '%', '>=', '98', '%'],
  ['mixed', null, '95 percent以上', null, '>=', '95', '%'],

  // ── 以上 / 以下 with （含）, standards in brackets ───────────────────────────────────────────────────
  ['inclusive', null, '90%（含）以上', null, '>=', '90', '%', 'set 7: 95%（含）以上'],
  ['inclusive', null, '98%(含)以上', null, '>=', '98', '%'],
  ['inclusive', null, '5%（含）以下', null, '<=', '5', '%'],
  ['inclusive', null, '3个工作日（含）以内', null, '<=', '3', '个工作日'],
  ['inclusive', null, '30分钟（含）以内', null, '<=', '30', '分钟'],
  ['inclusive', null, '不低于98%（含98%）', null, '>=', '98', '%'],
  ['inclusive', null, '不低于90%（含90%）', '%', '>=', '90', '%'],
  ['inclusive', null, '不超过2小时（含2小时）', null, '<=', '2', '小时'],
  ['inclusive', null, '1.5小时（含）以内', null, '<=', '1.5', '小时'],
  ['inclusive', null, '100％（省定标准）', null, '=', '100', '%', 'README: a bracketed remark is left out'],
  ['inclusive', null, '100%（国家标准）', '%', '=', '100', '%'],
  ['inclusive', null, '≥95％（国标）', null, '>=', '95', '%'],
  ['inclusive', null, '≤3‰（省定标准）', null, '<=', '3', '‰'],
  ['inclusive', null, '≥98%（市考核标准）', null, '>=', '98', '%'],
  ['inclusive', null, '达到省定标准（100%）', null, '>=', '省定标准', null, 'set 10: a reference drops its bracketed remark'],

  // ── dates with dots, slashes and quarters ─────────────────────────────────────────────────────────
  ['dates', null, '2026.10', null, Q, '2026.10', null, 'reading: year.month, never the decimal 2026.1'],
  ['dates', null, '2026.10', '月', Q, '2026.10', '月'],
  ['dates', null, '2026.10前', null, Q, '2026.10前', null],
  ['dates', null, '2026.10.31前', null, Q, '2026.10.31前', null],
  ['dates', null, '2026/10/31前', null, Q, '2026/10/31前', null],
  ['dates', null, '2026/10/31前完成', null, Q, '2026/10/31前完成', null],
  ['dates', null, '2026-10-31前', null, Q, '2026-10-31前', null],
  ['dates', null, '10/31前', null, Q, '10/31前', null],
  ['dates', null, '10.31前完成', null, Q, '10.31前完成', null],
  ['dates', null, '10月底前', null, Q, '10月底前', null],
  ['dates', null, '10月底前完成', '月', Q, '10月底前完成', '月'],
  ['dates', null, 'Q3前完成', null, Q, 'Q3前完成', null, 'README: a quarter is a period'],
  ['dates', null, '2026Q3前完成', null, Q, '2026Q3前完成', null],
  ['dates', null, '三季度末完成', null, Q, '三季度末完成', null],
  ['dates', null, '第三季度末前', null, Q, '第三季度末前', null],
  ['dates', null, '年内全部完成', '项', Q, '年内全部完成', '项'],
  ['dates', null, '10月底前全部完工', null, Q, '10月底前全部完工', null],
  ['dates', null, '≤2026.10', null, '<=', '2026.10', null, 'set 11: a sign before a date keeps the sign'],
  ['dates', null, '≤2026/10/31', null, '<=', '2026/10/31', null],
  ['dates', null, '2026年10月31日前', null, Q, '2026年10月31日前', null],
  ['dates', null, '11月15日前', null, Q, '11月15日前', null],
  ['dates', null, '2026.10.31', null, Q, '2026.10.31', null],

  // ── amounts ──────────────────────────────────────────────────────────────────────────────────────
  ['amounts', null, '≤50万', null, '<=', '50', '万', 'set 1: 1.2万'],
  ['amounts', null, '≤50万', '万元', '<=', '50', '万元', 'set 5: ≤1200万 under 万元'],
  ['amounts', null, '≤50万', '元', '<=', '50', '万元', 'README: the magnitude stays'],
  ['amounts', null, '≤500,000元', null, '<=', '500000', '元'],
  ['amounts', null, '≤500,000元', '元', '<=', '500000', '元'],
  ['amounts', null, '≤500,000元', '万元', '<=', '50', '万元', 'set 5: converted into the column\'s magnitude'],
  ['amounts', null, '≤500,000', '元', '<=', '500000', '元'],
  ['amounts', null, '≤¥500,000', null, '<=', '500000', '元', 'reading: ¥ is 元'],
  ['amounts', null, '¥500,000以内', null, '<=', '500000', '元'],
  ['amounts', null, '≤0.8万元/人', null, '<=', '0.8', '万元/人'],
  ['amounts', null, '0.5万元/人以内', null, '<=', '0.5', '万元/人'],
  ['amounts', null, '≤5,000元/人', '万元/人', '<=', '0.5', '万元/人'],
  ['amounts', null, '≥1.2万㎡', null, '>=', '1.2', '万㎡', 'set 11: ≥1.5万㎡'],
  ['amounts', null, '≥1.2万㎡', '平方米', '>=', '1.2', '万平方米', 'README: the magnitude stays'],
  ['amounts', null, '≥1.2万㎡', '万平方米', '>=', '1.2', '万平方米'],
  ['amounts', null, '≥12,000㎡', '万平方米', '>=', '1.2', '万平方米'],
  ['amounts', null, '不少于1.2万㎡', null, '>=', '1.2', '万㎡'],
  ['amounts', null, '≤50万元（含）', null, '<=', '50', '万元'],
  ['amounts', null, '50万元以内', null, '<=', '50', '万元'],
  ['amounts', null, '控制在500,000元以内', null, '<=', '500000', '元'],
  ['amounts', null, '≤5.0万元', null, '<=', '5', '万元'],
  ['amounts', null, '≥1,200元/㎡', null, '>=', '1200', '元/㎡'],
  ['amounts', null, '约50万', null, Q, '约50万', null, 'README: an estimate'],

  // ── not a number ────────────────────────────────────────────────────────────────────────────────
  ['text', null, '按省定标准执行', null, Q, '按省定标准执行', null],
  ['text', null, '符合国标', '%', Q, '符合国标', '%'],
  ['text', null, '视天气情况确定', null, Q, '视天气情况确定', null],
  ['text', null, '随报随办', null, Q, '随报随办', null],
  ['text', null, '即时响应', null, Q, '即时响应', null],
  ['text', null, '见实施方案', null, Q, '见实施方案', null],
  ['text', null, 'AAA级', null, Q, 'AAA级', null],
  ['text', null, 'ISO9001认证', null, Q, 'ISO9001认证', null],
  ['text', null, '达到国标', '%', '>=', '国标', '%', 'rules.md §1: 达到 then a reference'],
  ['text', null, '全部合格', '次', Q, '全部合格', '次'],
];

export const ACTUAL_CASES_12: readonly ActualInUnitCase[] = [
  ['actual-durations', '1.5h', '小时', 1.5, 'README: units of one kind convert'],
  ['actual-durations', '1.5h', 'h', 1.5],
  ['actual-durations', '28分钟', '分钟', 28],
  ['actual-durations', '90分钟', '小时', 1.5],
  ['actual-durations', '0.5小时', '分钟', 30],
  ['actual-durations', '平均28分钟', '分钟', 28, 'README: a short lead'],
  ['actual-durations', '28min', '分钟', 28, 'reading: min is 分钟'],
  ['actual-durations', '28 min', 'min', 28],
  ['actual-durations', '1.2个工作日', '个工作日', 1.2],
  ['actual-durations', '平均响应时长25分钟', '分钟', 25],
  ['actual-durations', '1.5 小时', 'h', 1.5],
  ['actual-durations', '2天', '小时', 48],
  ['actual-durations', '半小时', '小时', 0.5, 'reading: 半小时 is 0.5 小时'],
  ['actual-durations', 'T+1日', '日', null, 'reading: a settlement term'],
  ['actual-durations', '次日办结', '日', null],
  ['actual-durations', '当日响应', '小时', null],
  ['actual-deadlines', '按期完成（10月20日）', null, null],
  ['actual-deadlines', '按期完成（10月20日）', '月', null, 'a date in the bracket, no figure of the row'],
  ['actual-deadlines', '未超期', null, null],
  ['actual-deadlines', '未超期', '天', null],
  ['actual-deadlines', '2026.10.20完成', null, null],
  ['actual-deadlines', '2026/10/20已完成', null, null],
  ['actual-deadlines', '2026Q3完成', null, null],
  ['actual-deadlines', '10月底前已完成', '%', null],
  ['actual-deadlines', '2026.10', '月', null, 'reading: year.month'],
  ['actual-results', '合格（3次抽检均合格）', null, null],
  ['actual-results', '合格（3次抽检均合格）', '%', null],
  ['actual-results', '达标（省定标准）', '%', null],
  ['actual-results', '100％（省定标准）', '%', 100],
  ['actual-results', '抽检合格率100%（3次）', '%', 100],
  ['actual-results', '3次抽检合格率均为100%', '%', 100],
  ['actual-tolerances', '误差1.2%', '%', 1.2, 'reading: the error itself'],
  ['actual-tolerances', '误差为0.8%', '%', 0.8],
  ['actual-tolerances', '偏差1.5%', '%', 1.5],
  ['actual-tolerances', '偏差率4.6%', '%', 4.6],
  ['actual-tolerances', '绝对误差0.3℃', '℃', 0.3],
  ['actual-tolerances', '误差0.05mm', 'mm', 0.05],
  ['actual-tolerances', '93.5%（在90%-95%之间）', '%', 93.5],
  ['actual-mixed', '96 percent', '%', 96, 'reading: percent is %'],
  ['actual-mixed', '96percent', '%', 96],
  ['actual-mixed', '97.2 %', '%', 97.2],
  ['actual-mixed', '>=96%', '%', 96, 'rules.md §1: ≥12 as an actual means 12'],
  ['actual-mixed', '=<3', '天', 3],
  ['actual-mixed', '＞ 90 %', '%', 90],
  ['actual-mixed', '≧ 96 %', '%', 96],
  ['actual-mixed', '2.6‰', '‰', 2.6],
  ['actual-mixed', '96 Percent', '%', 96],
  ['actual-amounts', '48万', '万元', 48],
  ['actual-amounts', '480,000元', '万元', 48],
  ['actual-amounts', '480,000', '元', 480000],
  ['actual-amounts', '¥480,000', '元', 480000, 'reading: ¥ is 元'],
  ['actual-amounts', '¥480,000', '万元', 48],
  ['actual-amounts', '0.45万元/人', '万元/人', 0.45],
  ['actual-amounts', '4,500元/人', '万元/人', 0.45],
  ['actual-amounts', '1.25万㎡', '㎡', 12500],
  ['actual-amounts', '1.25万㎡', '万平方米', 1.25],
  ['actual-amounts', '12,500㎡', '万㎡', 1.25],
  ['actual-amounts', '1.25万平方米', '平方米', 12500],
  ['actual-amounts', '约48万元', '万元', null, 'README: an estimate'],
  ['actual-amounts', '48万元（含税）', '万元', 48],
];
