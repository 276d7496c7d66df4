import type { FormCase } from './form-case-types';
import { SET40_CIVIL_DEFENCE_CASES } from './set-40-civil-defence-target-forms';
import { SET40_EARTHQUAKE_CASES } from './set-40-earthquake-target-forms';
import { SET40_SOCIAL_SCIENCE_CASES } from './set-40-social-science-evaluation-forms';

/**
 * Held-out set 40F (session 19): 部门整体 forms aimed at the form-level checks a finance reviewer reads — 部门整体绩效目标表 of
 * 县地震局 (2021 framework, 产出/成本/效益/满意度, 100 points; E) and 市人民防空办公室 (部门整体 tree, 部门预算执行率 under 管理效率;
 * A), each with 部门职责-style 年度目标, 年度主要任务 with budgets, 预算总额 by 财政拨款/其他资金 and 基本/项目支出; and 部门整体
 * 支出绩效自评表 of 县社会科学界联合会 (targets on the 产出 tree, 100 points; S). The first 48 (E01–E19, A01–A13, S01–S16) were
 * written before reading any code under review/ or scoring/ (only earlier sets' files, their recorded readings and the harness).
 *
 * Readings (as earlier sets recorded them unless said):
 * - goal_vs_indicators: a goal or task quantity no row carries (应急演练8场, a task's 宣传活动40场次, 学术年会2次) or that a row
 *   states differently (96%/95%, 95%/90%); a row removed with its 效益 level leaves the goal's 1.2平方米 uncarried (set 25 P51).
 *   Carried or no quantity: 600秒内 by ≤10 分钟, 十二个, 四十场次, 15000人次 for 1.5万人次, 35000平方米 for 3.5万平方米, M3.0级以上,
 *   人防法第二十二条, 7×24小时, 每季度1次 (a frequency), 部门预算总额860万元 and 安排资金1200万元 (money spent), a background year
 *   (在2024年已建成…60个的基础上), a cost ceiling 8万元以内 by a ≤8 万元 row, 86台 split over 城区60 + 郊县26, “9·18”, 文号.
 *   S08 was first written quiet (资助课题25项（其中重点课题5项、一般课题20项） beside a row of 25 项) and re-read: a part after 其中
 *   is a promise of its own (S25-D11 其中混改3户, S21-P34), so no row for 重点课题 leaves it uncarried; relabelled flagged.
 * - budget_arithmetic: tasks above the total (620 + 260 > 860), sources above it (800 + 80 > 860), all three sources filled
 *   and short (800 + 0 + 40: a 财政专户 typed 0 is known, not blank; as S37-A21), 基本 + 项目 ≠ 总额. Quiet: 其他资金 blank
 *   with 财政拨款 short (S11-D03), two-decimal amounts that add up, tasks with 机关运行 equal to the total, a task without budget.
 * - coverage: no 满意度 (2021 framework; a score sheet with targets), no 效益 (部门整体 tree). weights: 95, 105, 90 without the
 *   部门预算执行率 row; 12.5 + 12.5 for 15 + 10 is quiet.
 * - names: the same indicator with and without a verb of doing (开展防震减灾科普宣传活动 / 防震减灾科普宣传活动场次, 开展社科普及
 *   活动 / 社科普及活动场次, same unit), on the later row (set 35: 接待游客 / 接待游客人次). Quiet: 城区/郊县 rows.
 * - private_data: a 联系人's mobile (set 35), a 观测员 named with a +86 mobile, an ID after 身份证号, a 户主's bank card with the
 *   word 账户 after the number, persons in a 偏差原因 with a phone or an ID, a 联系人 and mobile in the goal. Quiet: 文号,
 *   20-digit 项目编码, 统一社会信用代码, 12345, office lines (023-…, 0831-…, 02367451234 without a dash), a 400 line, a 非税收入
 *   专户's 账号.
 *
 * As first measured (48 forms, 24 written fine; before reading any review code):
 *   code                        tp  fp  fn  precision recall
 *   budget_arithmetic            4   0   0  100%     100%
 *   coverage                     3   0   0  100%     100%
 *   goal_vs_indicators           6   1   0   86%     100%
 *   names                        0   0   2    -        0%
 *   private_data                 6   0   1  100%      86%
 *   weights                      3   0   0  100%     100%
 *   Scoring 16 of 16; no field differed. False alarm: S08 (re-read above; after relabelling 7/0/0). Misses: names on E13 and
 *   S09 (a leading 开展 made the names differ), private_data on A10 (户主赵德明6217 0031 2000 1234 567账户: the account word came
 *   after the number, where only a label before it was read, and the typed number fails the Luhn check an unlabelled card needs).
 * Fixed by meaning: check-form.ts restatedName also compares the names without a leading verb of doing (开展, 举办, 组织, 进行,
 * 实施, 完成; not 新建/新增, which count other things), where four characters remain, beside the old comparison; both on small
 * forms (pairs) and large ones (a keyed map). check-private-data.ts reads a number of 12–23 digits that 账户/账号/银行卡/卡号/存折
 * follows as a person's account when a person's word (户主, 申请人, 本人…) stands in the 12 characters before it and no unit's
 * (单位, 财政, 专户…) or code's word does.
 * Added after the fixes, to hold them: E20 (活动场次 / 活动参与人次 in another unit: quiet), A14 (a 镇财政所's 账户: quiet), A15
 * (申请人本人…银行卡: flagged), S17 (活动 / 活动覆盖乡镇 in 个: quiet). On HEAD's code these 52 give names 0/0/2, private_data
 * 6/0/2, the rest as above.
 * After: 52 forms, 26 fine — budget_arithmetic 4/0/0, coverage 3/0/0, goal_vs_indicators 7/0/0, names 2/0/0, private_data 8/0/0,
 * weights 3/0/0 (precision and recall 100%); scoring 17 of 17.
 * Limits (not fixed): a name followed straight by digits (户主赵德明6217…) is still not read as a name (马铃薯3000亩 would be);
 * the account is found by its label. A verb that changes what is counted is left to the reviewer unless it is one of the
 * verbs of doing above.
 */
export const SET40_CASES: FormCase[] = [...SET40_EARTHQUAKE_CASES, ...SET40_CIVIL_DEFENCE_CASES, ...SET40_SOCIAL_SCIENCE_CASES];
