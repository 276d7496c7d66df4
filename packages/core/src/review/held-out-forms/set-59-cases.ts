import type { MonitoringFormCase } from './monitoring-case-types';
import { SET59_BIKE_AUTISM_CASES } from './set-59-bike-autism-monitoring-forms';
import { SET59_MINORS_CASES } from './set-59-minor-protection-monitoring-forms';
import { SET59_TERMITE_PLACE_CASES } from './set-59-termite-placename-monitoring-forms';

/**
 * Held-out set 59F (session 26): mid-year 绩效运行监控表 (rules.md §4) as units fill them, whole tables, of areas no earlier set
 * used — 公共自行车系统运营维护 (P, 2025 1–6月, 680万元), 孤独症儿童康复救助 (W, 2025 1–7月, 156万元), 白蚁防治 (T, 2026 1–6月 and
 * 1–8月, a seasonal service paid after 验收), 地名标志设置维护 (G, 2025 1–8月, 248万元) and 区未成年人救助保护中心 部门整体 (D, 2026
 * 1–7月, amounts printed in 元). 54 tables (P01–P12, W01–W11, T01–T10, G01–G11, D01–D10; 25 fine), each labelled with the
 * findings and the lights (budget, each row, project, 重点监控) a careful reviewer gives, written from rules.md and the report's
 * schema before the review was given a monitoring path.
 *
 * Readings (rules.md §4 lights, §2 codes):
 * - Lights as §4 states them: budget (执行数/预算) ÷ (m/12), no blue; a count (辆, 次, 人, 户, 块, 万平方米, 课时, 场) by
 *   A ÷ (T × m/12) with blue at 120; a rate in % by A ÷ T (74% of ≥95% is yellow, not a blue 156 of half a year's 95); `<=` green
 *   while A ≤ T (48 of ≤48 hours green); qualitative by 达成/部分达成/未达成; a row measured at year end (年底测评) unlit; the
 *   project the worst, blue as green; 重点监控 for a red project or a budget ≥ 200 万元 below 60 (a policy of 50/70 turns 71.4 green).
 *   An average per day (日均骑行量 ≥3.5万人次) is a level, judged A ÷ T like a rate.
 * - budget_arithmetic: a 执行率 that 执行数 ÷ 预算 does not give within the digits written (57.85 for 51.85; 6.06 for 60.56; 54 for
 *   54.007 is fine) on execution_rate; 执行数 above 预算 on executed_wan. 元 amounts (1,563,800 元) read as 万元 are fine.
 * - self_evaluation (the unit's own judgement of its table): a red or yellow light (budget or row) without a 偏差原因 (「无」 is
 *   none) on deviation_reason, with a cause but no 纠偏措施 (「/」 is none) on measures; a seasonal project spending 19.6% by June
 *   with its cause and plan is fine (red, listed for finance, but nothing to correct on the table). 是否能完成 (达成) beside a
 *   全年预计 that misses the target (1000 of ≥1200 辆; 80% of ≥85%) and 部分达成/未达成 on a count whose 1至当月 already passed the
 *   year's target (25,100 of 24,000 次) are expected_completion; a rate above target marked 部分达成 is not (a rate can fall).
 *
 * First measured (as written; the review then had no monitoring path, so it raised nothing): budget_arithmetic 0/0/7,
 * self_evaluation 0/0/22 (tp/fp/fn; recall 0%); lights 514 of 519 (P02's 日均骑行量 read as a running total, blue; W06/W07 two
 * letters of the label put on the wrong row, re-read and corrected). After (check-monitoring.ts; monitoring-lights.ts LEVEL_NAME):
 * budget_arithmetic 7/0/0, self_evaluation 22/0/0, lights 519 of 519. The check was built for this set, so the after figures are
 * not blind: the guards in review-audit-cases-f59.test.ts (区政务服务热线, 区河道保洁) are what it was held to beyond it.
 */
export const SET59_CASES: MonitoringFormCase[] = [...SET59_BIKE_AUTISM_CASES, ...SET59_TERMITE_PLACE_CASES, ...SET59_MINORS_CASES];
