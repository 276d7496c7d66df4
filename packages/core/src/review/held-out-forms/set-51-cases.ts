import type { FormCase } from './form-case-types';
import { SET51_CHARGING_CASES } from './set-51-charging-evaluation-forms';
import { SET51_HIGHWAY_CASES, SET51_HIGHWAY_LIMIT_CASES } from './set-51-highway-department-forms';
import { SET51_VECTOR_CASES } from './set-51-vector-evaluation-forms';

/**
 * Held-out set 51F (session 23): 2025 自评表 as units file them in early 2026 — 项目支出绩效自评表 of 老旧小区电动自行车集中充电设施
 * (E, 区住建委, 调减 budget, 定性 完工时间 and 运维机制 rows), 病媒生物防制 (P, 区卫健委, ≤ rows, an =0 row, a 定性 row) and the
 * 部门整体支出绩效自评表 of 区公路事务中心 (D, 2021 tree, 100 points, 部门预算执行率 and “三公”经费控制率 rows). The first 60
 * (E01–E23, P01–P19, D01–D18) were written before reading any code under review/ or scoring/ (only earlier sets' data files).
 *
 * Readings:
 * - self_evaluation: a score above the row's 分值 on over-achievement (12 of 10, 11 of 10, 16.3 of 15); full marks on a missed
 *   ≤ row (15起 of ≤12起, 2150元 of ≤1800元, 3.6% of ≤3%, 30小时 of ≤24小时, 108% of ≤100%); full marks on a missed ≥ row
 *   (91% 预算执行率 of ≥95%, 88.6% 满意度 of ≥90%); =0 with 2 cases at full (all or nothing: 0); a 定性 row at full marks with
 *   the actual 未完成 (未达成's band is below 0.6w); a budget score of 10 beside 91.5% execution; a 总分 other than the parts; a
 *   conclusion's 等级 off the computed total (良 at 99.7, 优 at 89.8); a row below full marks without 偏差原因 or with a
 *   boilerplate one (未完成年度目标, /, 其他原因, 未完成); explain: 149% without a reason.
 *   Quiet: 部分完成 / 部分达成 scored inside its band (3.5 of 5, 9 of 15, 3 of 5), a dated 完工 actual scored 7 of 10 as 部分达成
 *   with a reason, 达成 at 4.5 of 5 (inside [0.8w, w]) with a reason, 14.3 for 14.25 and 9.2 for 9.17 (one decimal, the total
 *   the sum of the written parts), 96.99% written 97%, reasons on full-mark rows, exactly 72小时 of ≤72, explain 149% with a reason.
 * - budget_arithmetic: 执行率 computed on 年初预算 (795.4/860 = 92.5% where 全年预算 is 820) or on the budget before a 追加
 *   (98% of 268 where 全年预算 is 280: 93.8%).
 * - goal_vs_indicators (goal_outcome): 全年实际完成情况 stating 4500个 / 22次 against rows of 4380 / 26, and 全年未发生火灾 against a
 *   row of 7起. Quiet: 2023年以来累计1.1万个, 较上年下降0.8个百分点, 连续3年. (goal): a 部门 goal's 整治隧道病害3处 no row carries.
 * - private_data: a contractor's manager with a mobile, a resident's name with an ID number, in 偏差原因. Quiet: a company's name,
 *   a post without a name (养护科科长).
 * - Scoring: the core's total and grade per §3 (null where a 定性 score falls outside every band).
 *
 * As first measured (60 forms, 25 fine, 57 with an expected score; before reading any check code):
 *   code                        tp  fp  fn  precision recall
 *   budget_arithmetic            2   0   0  100%     100%
 *   goal_vs_indicators           2   0   2  100%      50%
 *   private_data                 3   0   0  100%     100%
 *   self_evaluation             21   0   5  100%      81%
 *   No false alarm on any form; scoring 57 of 57; no field differed. Misses: E04 (未完成年度目标), P09 (其他原因), E20 (全年未发生
 *   电动自行车火灾 beside 7起), D14 (整治隧道病害3处), D04, D16, D18 (full marks on a missed row of a whole-point sheet).
 * Labels re-read after reading the code — my errors against the house's recorded reading:
 * - D04, D16, D18: every score of the 区公路事务中心 sheet is a whole point, and the house reads a whole-point sheet's full marks for
 *   9.58 / 4.6 / 14.77 as its rounding (S22-G09, S30-V04, S39-T10; refusing that rounding was tried in set 30 and reverted). Made
 *   optional; D19 holds the error where the sheet rounds finer elsewhere (9.17) and is reported.
 * General causes, fixed by meaning:
 * - A 偏差原因 that names a cause in name only (其他原因, 客观因素, 多种原因) or says the shortfall again (未完成年度目标, 未能完成全年
 *   目标任务, 目标值未达到) explains nothing (scoring/band-words.ts explainsNothing); with the cause written after it (其他原因：30家
 *   企业停产, 客观因素：汛期积水点多) it is a reason.
 * - 全年实际完成情况 saying an event never happened (未发生/没有出现…) beside a row whose name contains that whole event and counts it
 *   above 0 contradicts the sheet (check-outcome.ts); a narrower event (未发生重大电动自行车火灾 beside 火灾起数) and a rate row are quiet.
 * - A department self-evaluation whose 一级 are the department target tree's 履职效能/管理效率/社会效应 holds its goal to its rows
 *   (check-goal.ts onFramework), as one whose 二级 names a 一级 already did (this set's sheet was held through its 服务对象满意度 二级).
 * Added after reading the code, to hold the fixes: E24 (未发生重大…: quiet), E25 (客观原因: reported), E26 (未完成年度目标：3个小区业主
 * 反对: quiet), P20 (未发生本地登革热病例 beside 2例: reported), P21 (未发生登革热聚集性疫情: quiet), P22 (客观因素：…: quiet), D19, D20
 * (整治隧道病害5处: reported). On HEAD's code the 67 give self_evaluation 22/0/3 (E04, E25, P09), goal_vs_indicators 3/0/2 (E20, P20).
 * After (67 forms, 32 fine, 64 with an expected score): every code 0 fp / 0 fn, scoring 64 of 64; every earlier set unchanged.
 * Limit (recorded and asserted in review-held-out-forms.test.ts, not changed): D14 — 整治隧道病害3处 in the goal reads as carried by
 * the ≤3起 交通事故 row, since 处 and 起 are one family of measure words and no row name is asked for; separating 起 (events) from
 * the counters of things is a wider change to goal-quantities.ts than this set measures.
 */
export const SET51_CASES: FormCase[] = [...SET51_CHARGING_CASES, ...SET51_VECTOR_CASES, ...SET51_HIGHWAY_CASES];
export const SET51_LIMIT_CASES: FormCase[] = SET51_HIGHWAY_LIMIT_CASES;
