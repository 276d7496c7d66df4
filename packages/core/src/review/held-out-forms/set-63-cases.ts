import type { MonitoringFormCase } from './monitoring-case-types';
import { SET63_PIPE_CHILDCARE_CASES } from './set-63-pipe-childcare-monitoring-forms';
import { SET63_TOURISM_WASTE_DRAIN_CASES } from './set-63-tourism-waste-drain-monitoring-forms';

/**
 * Held-out set 63F (session 27): 运行监控表 again, now that every row carries 全年预计完成值 and 是否能完成, as other provinces'
 * templates print them (1—9月 and 1—10月 目标执行监控表: 完成目标可能性 确定能/有可能/完全不可能 stored 达成/部分达成/未达成,
 * 偏差原因分析 by 经费保障/制度保障/人员保障/硬件条件/其他, 纠偏措施), over projects of several kinds: 城区老旧供水管网改造（二期）
 * (A, a 跨年 project whose part of 2025 ends in 9月, 1—9月, 860 万元), 社区嵌入式托育点建设运营补助 (B, begun in 5月, 2026
 * 1—10月, 300 万元), 全域旅游宣传推介 (C, 2025 1—9月 and 1—10月, 年初 500 万元 调减 to 350), 城市生活垃圾分类处理 (D, 2026
 * 1—9月, 2400 万元, a 重点监控 project) and 城区易涝积水点改造 (E, 2026 1—9月, to start in 11月). 42 tables (A01–A08, B01–B09,
 * C01–C09, D01–D11, E01–E05; 20 fine), labelled with findings and lights before the review was run on them.
 *
 * Readings (rules.md §4 lights under the default policy, §2 codes):
 * - Lights: the time share is of the project's own months (a 跨年 part ending in 9月 is wholly due by 9月; one begun in 5月 has
 *   run 6 of 8 months by 10月; one starting in 11月 has nothing due by 9月, so budget, rows and project are unlit, none); counts
 *   (公里, 个, 场, 期, 万吨, 亿元, 处) by A ÷ (T × share), rates by A ÷ T, `<=` green while within; a 补助标准 in 万元/个 is a level;
 *   qualitative rows by 确定能/有可能/完全不可能; the project the worst; 重点监控 for a red project or a budget ≥ 200 万元 below 60.
 * - budget_arithmetic: 执行数 above the 全年预算数 on executed_wan (also on a project not begun); a 执行率 the figures do not give on
 *   execution_rate — one written against the 年初预算 before it was 调减 (238 ÷ 500 = 47.6 for 68), or the 执行进度 written as the
 *   rate (93.33 for 70).
 * - self_evaluation: a red/yellow light without a 偏差原因 on deviation_reason — blank, or only the 偏差原因分析 category ticked or
 *   named (「经费保障」, 「其他」, 「人员保障」, 「其他：」, 「☑经费保障 □制度保障 …」 with no words after it); a category followed by
 *   the unit's own words is a cause. With a cause but 「无」 or 「/」 for 纠偏措施, on measures. 确定能 beside a 全年预计 that misses
 *   the target (3100 of ≥3200 个; 12.5% of ≤12%; 42 of ≥45 亿元; 8 of ≥12 处 on a project not yet begun), 完全不可能 beside one
 *   that meets it (41% of ≥40%), and 有可能 on a count whose 1至当月 already passed the year's target (330 of ≥320 个), on
 *   expected_completion. Quiet: a slow row or budget explained with measures, forecasts meeting targets marked 确定能, a forecast
 *   below the target marked 有可能/完全不可能 honestly, a rate above target marked 有可能 (a rate can fall), a project not begun.
 *
 * First measured (as written, with the review of sets 59F and the 能/不能 round): budget_arithmetic 5/0/0 (precision and recall
 * 100%); self_evaluation 14/0/3 (precision 100%, recall 82.4%; 13 on the cell — D08's 「其他：」 passed as a cause and the finding
 * fell on measures): a 偏差原因 of headings only (A05 「经费保障」, C08 the ticked 勾选框 row, D05 「人员保障」, D08 「其他：」) read as a
 * cause; lights 369 of 379: a count of a project whose own months begin after the period (E01–E05, 0 of 12 处 by 9月 with 11月
 * start) was green (its plan, 0, read as a target of 0 met) and so the project green, where §4 has nothing due and no light.
 * After: budget_arithmetic 5/0/0; self_evaluation 17/0/0, all on the cell; lights 379 of 379 (review/gives-no-cause.ts: the
 * template's headings, ticked or named, with nothing of the unit's own are no cause; monitoring-lights.ts: a count before its
 * project's own months begin is unlit). Guards beyond the set in review-audit-cases-f63.test.ts (区老年助餐服务补贴, 农村公路养护).
 */
export const SET63_CASES: MonitoringFormCase[] = [...SET63_PIPE_CHILDCARE_CASES, ...SET63_TOURISM_WASTE_DRAIN_CASES];
