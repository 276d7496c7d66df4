import type { FormCase } from './form-case-types';
import { SET54_SCHOOL_SEWER_CASES } from './set-54-school-sewer-target-forms';
import { SET54_SYSTEM_HOTLINE_AWARD_CASES } from './set-54-system-hotline-award-target-forms';

/**
 * Held-out set 54F (session 24): 2026年项目支出绩效目标表 of multi-year and capital projects, transfers to 乡镇 and bought
 * services, in seeds 000–002's keys (项目名称, 主管部门, 实施单位, 资金 总额 / 财政 / 其他 / 区级支出 / 补助街镇, 年度目标,
 * indicators): 区特殊教育学校扩建工程 (S, 2025—2026, year's money 2600 = 专项债券2200 + 自筹400), 乡镇污水管网完善工程补助 (W,
 * 区对镇专项转移支付 1500 = 区级支出100 + 补助镇街1400), 食品安全智慧监管系统建设及运维 (I, 680 = 建设520 + 运维160), 政府购买
 * 12345热线话务服务 (H, 420 = 10元/件 × 42万件), 农村生活垃圾分类示范村以奖代补 (J, 360 all 补助镇街 = 15万元/个 × 24). 2021
 * tree on 90. All 61 forms (27 fine) were written before reading any code under review/.
 *
 * Readings (written before measuring):
 * - goal_vs_indicators: a goal figure a row states otherwise (新增学位300 / 240, 管网40公里 / 32, 接入主体3500家 / 2800, 座席80个
 *   / 60, 示范村30个 / 24) or no row carries (室外运动场3200平方米, 污水提升泵站4座, 培训执法人员600人次, 话务员培训12期, 入户宣传
 *   5000户次). On a row: an indicator named for another year than the form's (2025年度投资计划完成率 and 2025年度系统年可用率 in a
 *   2026 form, 2027年示范村生活垃圾回收利用率), field name. Quiet: a goal in general words beside measured rows; a multi-year
 *   project's total investment and period (项目总投资4800万元，建设期两年); last year's work as the base (在2025年完成主体结构的
 *   基础上, 在2025年受理38.6万件的基础上); a breakdown by town adding to the row (8 + 6 + 18 = 32公里); the hotline's own number and
 *   service hours (12345, 7×24小时); a 以前年度结转 amount and what it pays (结转资金320万元 / 260万元 / 尾款85万元 / 45万元兑现上年
 *   度3个示范村) beside the year's money; a goal restating the budget (安排以奖代补资金360万元).
 * - budget_arithmetic: 财政 + 其他 ≠ 总额 (2200 + 400 ≠ 2700, 600 + 0 ≠ 680), 区级支出 + 补助镇街 ≠ 总额 (100 + 1300 ≠ 1500, 40 +
 *   360 ≠ 360); and on a row, a 成本指标 total in 万元 above the project's whole money (项目年度总成本2900 / 2600, 年度运维费用760 /
 *   680, 话务服务采购总价480 / 420, 奖补资金总额420 / 360), field target. Quiet: 成本 rows per unit (元/平方米, 万元/生 whose
 *   product with the count is the whole investment, 元/家, 元/人, 元/户, 元/件).
 * - private_data: a contractor's project manager or contact by name with a mobile (overview), a villager's name with an ID number
 *   or a mobile and a caller's name with a mobile (指标解释, on the row). Quiet: an office's landline (区教委基建科 023-…, 监督电话,
 *   咨询电话), 12345, a 400 service line.
 * - names: the same indicator (same name, comparator, target, unit) under two 二级 (新增特殊教育学位 under 数量 and 社会效益, 收集率
 *   under 生态效益 and 可持续影响, 系统年可用率 under 质量 and 可持续影响, 来电接通率 under 质量 and 社会效益), on the later row.
 * - weights: 95, 85, 80, 95 on 90.
 *
 * As first measured (60 forms, 26 fine; before reading any review code):
 *   code                        tp  fp  fn  precision recall
 *   budget_arithmetic            4   0   4  100%      50%
 *   goal_vs_indicators          10   2   3   83%      77%
 *   level_vs_name                0   1   0    0%       -
 *   names                        4   0   0  100%     100%
 *   private_data                 5   0   0  100%     100%
 *   weights                      4   0   0  100%     100%
 *   Misses: S07, I02, H04, J12 (a 成本 row's whole money above the 预算数: no check compared them), S13, I05, J10 (a row named
 *   for another year: only the goal's year was read). False alarms: W03 (其余5个镇18公里: the rest of an allocation read as 5个
 *   places delivered), J07 (兑现上年度验收合格的3个示范村: an earlier year named without its number), S12 (level_vs_name on the
 *   效益 row restating the output count: a reviewer may raise it beside names; relabelled optional after reading the code).
 * General causes, fixed by meaning:
 * - budget_arithmetic: check-cost-budget.ts — a 成本 row (一级 or 二级 成本) stating a whole amount (unit 万元/元/千元/亿元, no
 *   per part; not 人均/单…, not 总投资/概算/实施期/累计/N年) with ≤/</= above the target form's 预算数 / 预算总额 is reported on
 *   its target; a form whose goal or overview spends 结转/结余 money is left quiet.
 * - goal_vs_indicators: check-row-years.ts — a target form's row named for an earlier year (2025年度… on a 2026 form) unless
 *   the year is a base (较/比/与/自…), a date (年底, 年6月), a period's end or the name also names the form's year.
 * - goal_vs_indicators: context-spans.ts PRIOR_YEAR — a clause naming an earlier year without its number (上年度, 去年, 往年,
 *   以前年度, 前两年; not 以上年/线上年/网上年) is context unless it changes against it (较上年新增…).
 * - goal_vs_indicators: goal-quantities.ts — 其余/其他/剩余/另 N个 + a place noun (镇, 村, 街道…) names the places left in an
 *   allocation, not a count delivered.
 * After (59 registered, 26 fine): budget_arithmetic 8/0/0, goal_vs_indicators 12/0/0, names 4/0/0, private_data 5/0/0, weights
 * 4/0/0; every earlier set unchanged. Guards in review-audit-cases-f54.test.ts.
 * Limit (not fixed): J10 — a row named for a later year (2027年示范村生活垃圾回收利用率 on a 2026 form) is not read: a unit plans
 * next year's work in this year's form (review-unseen-wording.test.ts reviews 2025年度重点项目谋划储备 on a 2024 form), and the two
 * read alike. Kept written, not registered (SET54_LIMIT_IDS), asserted as still missed.
 */
export const SET54_LIMIT_IDS: readonly string[] = ['S54-J10'];
const ALL = [...SET54_SCHOOL_SEWER_CASES, ...SET54_SYSTEM_HOTLINE_AWARD_CASES];
export const SET54_CASES: FormCase[] = ALL.filter((c) => !SET54_LIMIT_IDS.includes(c.id));
/** The recorded limits, asserted as still missed (review-held-out-forms.test.ts). */
export const SET54_LIMIT_CASES: FormCase[] = ALL.filter((c) => SET54_LIMIT_IDS.includes(c.id));
