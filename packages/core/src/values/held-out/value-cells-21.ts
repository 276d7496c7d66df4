/**
 * Held-out value cells (set 21, session 26): cells of 2025 year-end self-evaluations of 应急管理 (森林防灭火, 应急物资储备, 安全生产
 * 执法, 应急演练) — an area no earlier set wrote — on the rows scoring set 22 scores under non-default policies: reverse (`<=` / `<`)
 * ceilings in ‰, 分钟, 万元 and 起, targets of zero under each comparator, signed targets and negative actuals (a 下降 rate written
 * −3%), deadlines (2025年11月底前 against 完成于2025年12月5日), range targets and actuals (85%-90%), 满意度 answered in ‰, as a
 * fraction, as questionnaire counts or on a five-point scale, 预算执行率 cells with the budget beside them, and 加分 / 扣分 lines.
 * Keyed by hand from rules.md §1, forms.md, the README's decisions and the readings of sets 1–20 BEFORE the value parser's or the
 * scorer's code was read this session. Each value string was checked against sets 1–20 (none repeats). A data table, longer than
 * the house limit on purpose. Harness: values-held-out.test.ts (VALUES_REPORT=1 prints the table).
 *
 * Readings set 21 had to choose (each follows an earlier set's or the README where one applies):
 * - A sign or sign word before a figure and a unit is that comparator (rules.md §1); `控制在…以内` is `<=`; a name before the sign
 *   (`到场时间不超过30分钟`, `满意度≥92%`, `预算执行率不低于90%`) is text (set 17); a field label before a colon is not (set 18).
 * - Zero targets: `0起` is `=` 0 起 (set 1), a sign before 0 keeps the sign; `零死亡` / `杜绝…` are text (set 1 零发生).
 * - A signed target keeps its sign (README: a target below zero is a signed change); `下降3%` alone is a change, text (set 10).
 * - A date after a sign keeps the sign and the date (sets 2, 11); a date with 前 / 之前 / 底前 is text (set 20).
 * - A range is text, with the unit column kept (set 20); `不低于85%且不高于90%` is a range (README).
 * - A bracketed remark after a value is left out (README `≥95%（含）`): `≥90%（问卷调查）` is `>=` 90 %.
 * - As an actual: ‰ under a % row converts (set 4 `3‰` under % is 0.3), a bare fraction under % is kept as written (sets 10/14
 *   `0.95`); counts of 份 under % state no rate (README: a unit the row cannot have), nor does 分 under % (README `10分`); units of
 *   time convert (README); a negative figure is read as written (the scorer applies the row's name, set 7 B14); a change alone
 *   (`下降3%`) states no level (README); a date states no count (set 20); a range reads at its low end under `>=` (README); 元 under
 *   万元 converts; a bracketed negative is a minus (set 14); points added (`加2分`) state no level as points taken off do (set 20),
 *   and a score with a bracketed 加分 note is the score.
 *
 * First measured (before the values or scoring code was read, 2026-11-25, session 26; 42 targets + 44 actuals), exact match per
 * category: reverse 12/12 · zero 8/8 · signed 4/4 · deadlines 5/5 · ranges 4/4 · satisfaction 5/5 · budget 4/4 · actual-reverse 8/8 ·
 *   actual-zero 3/5 · actual-negative 4/5 · actual-deadlines 4/4 · actual-ranges 3/3 · actual-survey 10/10 · actual-budget 5/5 ·
 *   actual-bonus 2/4 · all 81/86 (94.2%).
 * Three misses were labels against readings already settled, re-labelled (each cell says so): `未发生较大以上生产安全事故` and
 *   `零死亡` under 起 / 人 are no number for this reader (sets 16/18: the scorer's 0 needs the target; scoring set 22 N34 checks
 *   it), and `(1.8%)` with the % inside is a wrapped cell (set 14 `(3.5%)`), so 84/86 as keyed by the settled readings.
 * The reader's misses: points added read as a level (`加2分` under 分 as 2, which would score a ≥90分 row near zero) and the score
 *   beside them lost (`考核得分97分，加1分` tied 97 with 1). After the fix (points added — 加 / 加分 / 另加 / 奖励加分 before a figure
 *   in 分 or with no unit — state no level, as points taken off do, unless the row's name counts bonus points (加分); 加 inside a
 *   word before an amount (追加, 增加, 参加) untouched; cases in ../../scoring/deducted-points-actuals.test.ts): 86/86; sets 1–20
 *   unchanged (the same misses, cell for cell).
 */

import type { TargetCase } from './value-cells-1';
import type { ActualInUnitCase } from './value-cells-3';

const Q = 'qualitative';

export const TARGET_CASES_21: readonly TargetCase[] = [
  // ── reverse ceilings ──────────────────────────────────────────────────────────────────────────────────────────
  ['reverse', null, '不高于0.75‰', null, '<=', '0.75', '‰'],
  ['reverse', null, '控制在0.9‰以内', null, '<=', '0.9', '‰', 'rules.md §1 控制在…以内'],
  ['reverse', null, '低于1.2‰', '‰', '<', '1.2', '‰'],
  ['reverse', null, '不超过30分钟', null, '<=', '30', '分钟'],
  ['reverse', null, '＜1小时', null, '<', '1', '小时'],
  ['reverse', null, '≤45分钟', '分钟', '<=', '45', '分钟'],
  ['reverse', null, '不多于3起', null, '<=', '3', '起'],
  ['reverse', null, '小于2起', '起', '<', '2', '起'],
  ['reverse', null, '≤15万元', '万元', '<=', '15', '万元'],
  ['reverse', null, '不超过12.6万元', null, '<=', '12.6', '万元'],
  ['reverse', null, '到场时间不超过30分钟', null, Q, '到场时间不超过30分钟', null, 'set 17: a name before the sign'],
  ['reverse', null, '控制在2起以内', '起', '<=', '2', '起'],
  // ── targets of zero ───────────────────────────────────────────────────────────────────────────────────────────
  ['zero', null, '≤0起', null, '<=', '0', '起'],
  ['zero', null, '全年不超过0起', null, '<=', '0', '起', 'set 18: 全年 / 本年度 lead a bound'],
  ['zero', null, '0人', '人', '=', '0', '人', 'set 1 0起'],
  ['zero', null, '≥0处', null, '>=', '0', '处'],
  ['zero', null, '＝0', '起', '=', '0', '起'],
  ['zero', null, '零死亡', null, Q, '零死亡', null, 'set 1 零发生'],
  ['zero', null, '杜绝较大以上生产安全事故', null, Q, '杜绝较大以上生产安全事故', null],
  ['zero', null, '<0.01', '%', '<', '0.01', '%'],
  // ── signed targets and changes ────────────────────────────────────────────────────────────────────────────────
  ['signed', null, '≤-3.5%', null, '<=', '-3.5', '%', 'README: a signed change'],
  ['signed', null, '≥−2%', null, '>=', '-2', '%'],
  ['signed', null, '下降4.5%', null, Q, '下降4.5%', null, 'set 10 较上年下降8%: a change is text'],
  ['signed', null, '较上年下降5个百分点', '%', Q, '较上年下降5个百分点', '%'],
  // ── deadlines ────────────────────────────────────────────────────────────────────────────────────────────────
  ['deadlines', null, '2025年11月底以前', null, Q, '2025年11月底以前', null, 'set 20 2025年11月30日前'],
  ['deadlines', null, '11月底前完成采购', null, Q, '11月底前完成采购', null],
  ['deadlines', null, '2025年12月20日之前', null, Q, '2025年12月20日之前', null],
  ['deadlines', null, '≤2025年11月28日', null, '<=', '2025年11月28日', null, 'set 11: a date after a sign'],
  ['deadlines', null, '不晚于2025年10月31日', null, Q, '不晚于2025年10月31日', null, '不晚于 is no comparator word of §1'],
  // ── ranges ───────────────────────────────────────────────────────────────────────────────────────────────────
  ['ranges', null, '85.0%-90.0%', '%', Q, '85.0%-90.0%', '%', 'README: a range is text'],
  ['ranges', null, '0.6‰-1‰', null, Q, '0.6‰-1‰', null],
  ['ranges', null, '30-45分钟', null, Q, '30-45分钟', null],
  ['ranges', null, '不低于85%且不高于90%', null, Q, '不低于85%且不高于90%', null, 'README: two bounds'],
  // ── satisfaction ─────────────────────────────────────────────────────────────────────────────────────────────
  ['satisfaction', null, '≥90%（问卷调查）', null, '>=', '90', '%', 'README: a bracketed remark left out'],
  ['satisfaction', null, '满意度≥92%', null, Q, '满意度≥92%', null, 'set 17: a name before the sign'],
  ['satisfaction', null, '群众满意度：≥90%', null, '>=', '90', '%', 'set 18: a field label before a colon'],
  ['satisfaction', null, '≥4.6分（满分5分）', null, '>=', '4.6', '分', 'set 20 不低于90分（满分100分）'],
  ['satisfaction', null, '不低于900‰', null, '>=', '900', '‰'],
  // ── budget ───────────────────────────────────────────────────────────────────────────────────────────────────
  ['budget', null, '≤调整后预算', '万元', '<=', '调整后预算', '万元', 'set 1: a reference'],
  ['budget', null, '不超过调整后预算数', null, '<=', '调整后预算数', null],
  ['budget', null, '≥95%（预算执行率）', null, '>=', '95', '%'],
  ['budget', null, '预算执行率不低于90%', null, Q, '预算执行率不低于90%', null, 'set 20 部门预算执行率≥95%'],
];

export const ACTUAL_CASES_21: readonly ActualInUnitCase[] = [
  // ── reverse ceilings ─────────────────────────────────────────────────────────────────────────────────────────
  ['actual-reverse', '0.62‰', '‰', 0.62],
  ['actual-reverse', '受害率0.42‰', '‰', 0.42],
  ['actual-reverse', '平均到场时间28分钟', '分钟', 28],
  ['actual-reverse', '0.75小时', '分钟', 45, 'README: units of time convert'],
  ['actual-reverse', '1.2小时', '分钟', 72],
  ['actual-reverse', '三公经费支出14.2万元，较上年减少0.8万元', '万元', 14.2, 'set 13: a level before a change'],
  ['actual-reverse', '142,000元', '万元', 14.2],
  ['actual-reverse', '全年发生一般森林火灾2起', '起', 2],
  // ── zero ─────────────────────────────────────────────────────────────────────────────────────────────────────
  ['actual-zero', '未发生较大以上生产安全事故', '起', null, 'RE-LABELLED (was 0): sets 16/18 key 未发生… under 起 as no number for this reader (the scorer\'s 0 needs the target; scoring set 22 N34)'],
  ['actual-zero', '零死亡', '人', null, 'RE-LABELLED (was 0): as 未发生… above'],
  ['actual-zero', '发生1起', '起', 1],
  ['actual-zero', '0处', '处', 0],
  ['actual-zero', '全年0起', '起', 0],
  // ── negative actuals ────────────────────────────────────────────────────────────────────────────────────────
  ['actual-negative', '−3%', '%', -3, 'read as written; the scorer applies the row\'s name'],
  ['actual-negative', '-8.5%', '%', -8.5],
  ['actual-negative', '(1.8%)', '%', 1.8, 'RE-LABELLED (was -1.8): set 14 `(3.5%)` with the % inside is a wrapped cell, not an accounting negative'],
  ['actual-negative', '下降2.5%', '%', null, 'README: a change alone'],
  ['actual-negative', '同比下降2.6个百分点', '%', null],
  // ── deadlines ────────────────────────────────────────────────────────────────────────────────────────────────
  ['actual-deadlines', '完成于2025年12月5日', null, null, 'set 20: a date states no figure'],
  ['actual-deadlines', '2025年11月28日完成采购', '%', null],
  ['actual-deadlines', '12月5日完成，完成率100%', '%', 100],
  ['actual-deadlines', '已于11月25日前全部到位，共42类', '类', 42],
  // ── ranges ───────────────────────────────────────────────────────────────────────────────────────────────────
  ['actual-ranges', '86%-88%', '%', 86, 'README: the cautious end (low under >=)'],
  ['actual-ranges', '0.4‰-0.6‰', '‰', 0.4],
  ['actual-ranges', '28-35分钟', '分钟', 28],
  // ── satisfaction ─────────────────────────────────────────────────────────────────────────────────────────────
  ['actual-survey', '965‰', '%', 96.5, 'set 4: ‰ under % converts'],
  ['actual-survey', '满意率872‰', '%', 87.2],
  ['actual-survey', '0.935', '%', 0.935, 'sets 10/14: a bare fraction kept as written'],
  ['actual-survey', '93.5％（回收有效问卷412份）', '%', 93.5],
  ['actual-survey', '发放问卷1000份，满意935份', '%', null, 'README: a unit the row cannot have'],
  ['actual-survey', '412份问卷中满意389份', '%', null],
  ['actual-survey', '4.6分（满分5分）', '分', 4.6],
  ['actual-survey', '4.6分', '%', null, 'README: 10分 under %'],
  ['actual-survey', '百分之九十三点五', '%', 93.5],
  ['actual-survey', '群众安全感满意度94.2%', '%', 94.2],
  // ── budget ───────────────────────────────────────────────────────────────────────────────────────────────────
  ['actual-budget', '执行432万元，执行率90%', '%', 90],
  ['actual-budget', '调整后预算0万元', '%', null],
  ['actual-budget', '预算执行率96.3%（调整后预算480万元）', '%', 96.3],
  ['actual-budget', '已支付432万元', '万元', 432],
  ['actual-budget', '4,320,000元', '万元', 432],
  // ── 加分 / 扣分 ──────────────────────────────────────────────────────────────────────────────────────────────
  ['actual-bonus', '加2分', '分', null, 'points added state no level (set 20 扣1.5分)'],
  ['actual-bonus', '得分96分（含加分2分）', '分', 96, 'a bracket after the figure is a remark'],
  ['actual-bonus', '扣2分', '分', null, 'set 20'],
  ['actual-bonus', '考核得分97分，加1分', '分', 97, 'set 20 得分98.5，扣1.5分'],
];
