import type { FormCase } from './form-case-types';
import { SET43_CADRE_OVERSEAS_CASES } from './set-43-cadre-overseas-target-forms';
import { SET43_DATA_COMMERCE_CASES } from './set-43-data-commerce-target-forms';

/**
 * Held-out set 43F (session 20): 2027年部门整体支出绩效目标表 as 区县 departments fill them in late 2026 — 区数据局 (D, 2400 万元,
 * tasks as a table 任务名称 | 主要内容 | 预算金额), 区工商业联合会 (G, 680), 区委老干部局 (L, 1500, all 财政拨款) and 区归国华侨联合会
 * (Q, 320, 年度主要任务 one numbered paragraph); 2021 tree on 100 points with 部门预算执行率 under 管理效率; 财政拨款 read as
 * government_wan and 其他资金 as unit_wan. The first 46 (D01–D12, G01–G11, L01–L11, Q01–Q12; 23 fine) were written before
 * reading any code under review/.
 *
 * Readings (as earlier sets recorded them unless said):
 * - budget_arithmetic: 基本支出 + 项目支出 ≠ 资金总额 (600 + 1900 / 2400, 1100 + 500 / 1500), 财政拨款 + 其他资金 ≠ 资金总额
 *   (650 + 80 / 680; 300 + 20 and 230 + 90 beside 330: one finding), task budgets above the total (1500 + 700 + 400 / 2400,
 *   150 + 1200 + 300 / 1500). Quiet: a 小计 or 合计 row closing the task table, 其中 rows under a task (parts of a part, whether
 *   or not they add up to it), a task row for 基本支出 beside its 其中 离退休费, two-decimal cells that add up, 财政拨款 +
 *   财政专户 + 其他 = total, the department's budget restated in 元 (6,800,000元 beside 680 万元).
 * - goal_vs_indicators: a quantity in 年度总体目标 or in a task's 主要内容 that no row measures (数据共享交换节点3个, “四好”商会示范
 *   点5个, 参观学习8次, 侨胞之家3个, 入会率60%) or that a row states differently (30场次 / 20). Quiet: slogans with numbers
 *   (“1361”, “十五五”, “两项待遇”, “五进”), duties restated, a numbered goal, 5000000次 for 500万次, money and dates in the goal.
 * - weights: 105, 95 and 110 on 100; a row weighted 0 — on the row, and the total 90 on the form (G10: the label first named
 *   only the total; rules.md §2 names “a weight ≤ 0” on its own, so the row finding is expected too). coverage: no 满意度.
 *   names: the same row twice (on the later row), a blank name, 走访慰问离退休干部和遗属 / …人次 in 人次.
 * - private_data: a named 科员's, 联系人's, 困难归侨's mobile (one written with spaces), a 百岁老干部's ID number, a 侨胞's
 *   passport number. Quiet: 统一社会信用代码 (with letters, all digits, ending in X then a digit), 组织机构代码, office
 *   landlines with and without 区号, 传真, 邮编, an 18-digit 项目编码, a 联系人 that is an office.
 *
 * As first measured (46 forms, 23 fine; before reading any review code):
 *   code                        tp  fp  fn  precision recall
 *   budget_arithmetic            6   1   0   86%     100%
 *   coverage                     2   0   0  100%     100%
 *   goal_vs_indicators           5   0   0  100%     100%
 *   names                        2   0   0  100%     100%
 *   private_data                 4   0   0  100%     100%
 *   weights                      4   1   0   80%     100%
 *   Forms with a false alarm: L04 (a 其中：离退休费 row under the 基本支出 task was added to the task total: 2300 > 1500) and
 *   G10 (weights on the 0-weighted row: a label error, see above). No miss, no field differed.
 * Re-read: D04 (a 小计 row) was quiet on HEAD only because the base tasks happened to read 900 = 500 + 400, which the
 * heading-and-parts test took for a heading; with 1000 / 450 / 350 it alarmed, as did L11 (a 合计 row after a 基本支出 task).
 * Fixed by meaning: check-task-budgets.ts (moved out of check-form.ts) leaves out of the task total a row named as a part of
 * the row above (its name begins 其中) or as a total of the rows around it (the whole name 小计/合计/总计/共计, perhaps with
 * its unit in brackets; a task such as 合计划生育服务 counts). Added after the fix, to hold it and keep half the set fine:
 * D13 (小计 over tasks that do exceed), D14 (one 其中 row that is not the whole of its task), L12 (tasks beside a 其中 row
 * that still exceed), and, still before reading the goal and private-data code, D15, G12–G14, L13–L15, Q13–Q14; on HEAD's
 * code these 58 give budget_arithmetic 8/4/0 (D04, D14, L04, L11) and every other code as after.
 * After: 58 forms, 29 fine — budget_arithmetic 8/0/0, coverage 2/0/0, goal_vs_indicators 6/0/0, names 3/0/0, private_data
 * 6/0/0, weights 5/0/0 (precision and recall 100%); every earlier set unchanged.
 * Limits (not fixed): a subtotal row with no 小计/合计 label after its parts is added like a task (a heading before its parts is
 * recognised by the sum); task amounts in 元 beside a total in 万元 are reported, not converted.
 */
export const SET43_CASES: FormCase[] = [...SET43_DATA_COMMERCE_CASES, ...SET43_CADRE_OVERSEAS_CASES];
