import type { FormCase } from './form-case-types';
import { SET48_TARGET_CASES } from './set-48-target-forms';
import { SET48_TREE_CASES } from './set-48-tree-forms';

/**
 * Held-out set 48F (session 22): 部门（单位）整体支出绩效自评表 for 2025 (year-end self-evaluation) of 区县 departments no
 * earlier set used — 区科技局 (K, a score sheet on the 2024 tree 履职效能 / 管理效率 / 社会效应 with 指标解释, 评分标准 and a
 * 预算执行率 line whose 完成值 is the year's rate, 年初预算/全年预算/全年执行 in its 指标解释; 小计 lines on some), 区人防办 (P,
 * targets on the 2024 tree with 满意度 as its own 一级, 部门预算执行率 under 管理效率) and 区乡村振兴局 (R, the project framework
 * 产出 / 成本 / 效益 / 满意度 and a 年度预算执行 line). The first 56 (K01–K21, P01–P17, R01–R18; 28 fine) were written before
 * reading any check code (only earlier sets' data files and recorded readings).
 *
 * Readings (as earlier sets recorded them unless said):
 * - self_evaluation: a row or a 小计 line above its 分值 or not its rows' sum (16 of 15, 小计 20 over 19.8, a 加分项 3 of 2); a
 *   总分 other than the parts; a shortfall without a reason where the sheet has the column; a budget score the rate does not
 *   earn — 10 for 86.4% on the score sheet (rules.md §3 min(rate, 1) × 分值), full marks on a ≥95% row at 88.6% or an =100% row
 *   at 82.3%; a budget line below 90% (budgetReasonBelowRate) without a reason. Quiet: 99.99% at 10; 98.6% at 9.86 and 98.03%
 *   at 9.8 without a reason (S15-H01); 小计 lines above or after their groups, on some groups only, named as the 一级 or
 *   「…小计」; a 扣分项 within its limit; a 加分项 line (its 分值 is a ceiling above the 100, like a 扣分项's); a total printed
 *   with one decimal over two-decimal parts (97.5 for 97.47, 98.6 for 98.59, 99.9 for 99.86); a stricter stated standard.
 * - weights: 105 on 100, 95 on 100, a 分值 of 0 (on the total and on its row, S43-G10). coverage: no 满意度 row (S45-T14).
 *   names: the same row twice (on the later row). private_data: a mobile, an ID number in 偏差原因. goal_vs_indicators: a goal
 *   quantity no row carries (疏散基地2处, 培训1200人次); a score sheet owes no goal numbers (S45-T15).
 * - Scoring: the core's total and grade, also under a policy of 优 ≥ 95 (93.3 良) and at 88.86 (良).
 *
 * As first measured (56 forms, 28 fine, 48 with an expected score; before reading any check code):
 *   code                        tp  fp  fn  precision recall
 *   coverage                     3   0   0  100%     100%
 *   goal_vs_indicators           2   0   0  100%     100%
 *   names                        2   0   0  100%     100%
 *   private_data                 3   0   0  100%     100%
 *   self_evaluation             13   3   2   81%      87%
 *   weights                      3   2   0   60%     100%
 *   Forms with a false alarm: 5 (K08, K15, P07, R10, R15); misses K09, P05; scoring 47 of 48 (K09: 97.5 for 96.14).
 * Labels re-read after reading check-self-evaluation.ts: P05 (93% at 9.79, no reason) — set 15 recorded that only a budget
 * execution below 90% owes a reason and S15-H01 / my R01 are quiet at 97.5% / 98.6%; I had labelled P05 against that: quiet.
 * R15 (分值 0) — S43-G10 reports a weight of 0 on its row too: added weights@7.
 * General causes, fixed by meaning:
 * - K08, P07, R10: a 总分 printed with one decimal was held to the hundredth — check-self-evaluation.ts lets a department
 *   total with exactly one decimal stand within 0.05 of its parts' sum (not a whole-point total, not where a budget line
 *   outside the rows makes up the gap).
 * - K15: a 加分项 line's 分值 counted in the 100 — scoring/sheet-rows.ts isBonusRow (a level cell beginning 加分), read once
 *   per level cell in row-readings.ts; weights and budgetLineOutsideRows skip it as they skip a 扣分项, and a bonus line
 *   below its 分值 owes no 偏差原因. Its score still adds to the total, and above its 分值 is still an error.
 * - K09: a score sheet's 预算执行率 row (no 指标值) with the rate in 完成值 was hand-scored at whatever it said —
 *   scoring/budget-row.ts sheetBudgetRowScore scores it min(rate, 1) × 分值 in a department sheet (as a budget block is), and
 *   the review reports a score that is not that (rounding to the sheet's decimals and a stated stricter standard stand) and
 *   asks a reason only below budgetReasonBelowRate, as it already did of target rows.
 * Added after reading the code, to hold the fixes: K22 (98.03% at 9.8 without a reason: quiet — HEAD asked one), K23 (加分项
 * 1 of 2, no reason: quiet), K24 (加分项 3 of 2: error), K25 (95.2% at 5 by 「每低1个百分点扣1分」: quiet, hand-scored as
 * S42-D16). On HEAD's code the 60 give self_evaluation 14/5/1 and weights 4/3/0 (K22–K24 false alarms).
 * After (60 forms, 32 fine, 50 with an expected score): every code 0 fp / 0 fn, scoring 50 of 50; every earlier set unchanged.
 * rules-diff (20,000 indicators, 2,000 fuzzed forms): 16 differences, one fuzzed 部门整体 sheet × 4 policies × 4 views (总分
 * 96.8 over parts 96.79, no longer reported — the one-decimal reading); corpus and synthetic 0.
 * Limits (recorded, not changed): forms.md gives a 部门整体自评 no 自评等级/评价结论 and no budget block, so a grade that
 * contradicts the total, and 年初预算/全年预算/全年执行 contradicting the printed 执行率 (they live in 指标解释 text), cannot be
 * checked. By choice a whole-point 总分 over two-decimal parts (99 for 99.33) is still reported.
 */
export const SET48_CASES: FormCase[] = [...SET48_TREE_CASES, ...SET48_TARGET_CASES];
