import { type FormCase, outcomeLeft } from './form-case-types';
import { SET19_DEPARTMENT_TARGET_CASES } from './set-19-department-target-forms';
import { SET19_DEPARTMENT_SELF_EVALUATION_CASES, SET19_PROJECT_SELF_EVALUATION_CASES } from './set-19-evaluation-forms';
import { SET19_PROJECT_TARGET_CASES } from './set-19-project-target-forms';

/**
 * Held-out set 19 (issue 3): 92 whole forms at review time, mostly TARGET forms — 54 项目支出绩效目标表, 20 部门整体绩效目标表,
 * 13 项目自评表, 5 部门整体自评表 (80% targets); 15 with an expected score; 6–9 rows each. Sectors no earlier set touched:
 * 全民健身/体育, 城市照明, 学生资助, 精神卫生, 公租房, 垃圾分类, 河道保洁, 人防, 殡葬, 图书馆, 应急广播, 红十字, 电梯安全,
 * 两癌筛查, 社区矫正/司法, 创业担保贷款, 科技, 托育, 地震, 妇联, 机关事务, 供销社. Aimed at what a finance reviewer checks
 * before publishing targets (rules.md §2). Written before reading any code under review/ or scoring/ (only the harness,
 * the case format, set 15's target file and the headers of sets 8/11/15). Every case is reviewed as a form that will be
 * published (measure-forms.ts).
 *
 * Readings of genuine ambiguities:
 * - A goal that states the project's 实施期 / 中长期 aim beside the year's (实施期目标：…；年度目标：…, 中长期目标：到2027年…,
 *   “围绕到2026年累计建成30个的目标，2025年新建10个”) holds only the year's quantities to the rows: the multi-year ones
 *   are the year's context, carried by next years' forms.
 * - A department goal that opens with its 职能 (主要职能：负责全区11个街镇…) states scope, not a target; its 重点工作 are
 *   held to the rows. 年度主要任务 (tasks[].content) are the year's work as well: a quantity there needs a row.
 * - A quantity is carried by a row in another unit of the same kind (5.2公里 by 5200米, 180000吨 by 18万吨, 15亿元 by
 *   150000万元, 16000人 by 1.6万人, 800000人次 by 80万人次); the same number in another kind of unit is not (健身步道12公里
 *   against 12条). A goal quantity a row states differently (带动就业4000人 against ≥3600人) is not carried.
 * - 「不让一个学生…失学」 is an idiom for the zero row; 24小时城市书房, 120急救, “9·18”, “八五”普法, 一河一策, 里氏3.0级
 *   以上, 35—64岁, 每千人口 are names, slogans, thresholds, ages and bases, not quantities. 5分钟内 and 200TB are; 每月不少于8小时
 *   was read as one too at first (revised below).
 * - Personal data: a person named beside a role word (受助学生, 患者家属, 承租户, 已故人员, 救护员, 受检妇女 listed with 、,
 *   矫正对象, 借款人, 信访人, 单亲母亲, 患儿, 驿站管理员, 高三学生), an ID number, a mobile. forms.md gives no form kind a
 *   填报人/联系电话 field, so a 填报人 named in a text field is published with it: flagged (first reading; withdrawn below). Not: 黄某, 邱某某, 个别学生, a
 *   unit's office line or 热线 (023-…, 12348, 12338), 文号, 统一社会信用代码, 合同编号, a unit's address.
 * - Weights: project targets on 90, department targets on 100 (policy); a 合计 row repeats the total and is no indicator
 *   (set 11), so it needs no 一级; a table without a weight column has no weight to check.
 * - Levels: on the 2020 framework 成本 is a 二级 of 产出 and 效果 is 效益; on the 2021 framework (the default) 成本 under
 *   产出 is a levels error. A 满意度 row whose 一级 is blank is a levels error on that row, but the form has 满意度
 *   (its 二级 says so): no coverage finding.
 * - Budgets: 财政拨款 typed in 元 (8000000 beside a total of 1008 万元) is budget_arithmetic like any other sum that misses.
 *   A 实施期 total in 概况 (总投资1800万元) beside the year's 600 is no error.
 * - A 部门整体 score sheet without targets is not held to its goal (set 8); a date after a deadline with a full score is
 *   out of band (set 15); a score above the row's 分值 is a self_evaluation error.
 *
 * As first measured (before reading or changing any code):
 *   code                        tp  fp  fn  precision recall
 *   budget_arithmetic            5   0   0  100%     100%
 *   coverage                     2   0   0  100%     100%
 *   goal_vs_indicators          12  12   5   50%      71%
 *   levels                       2   1   0   67%     100%
 *   names                        1   0   0  100%     100%
 *   private_data                11   0   3  100%      79%
 *   self_evaluation              5   0   1  100%      83%
 *   weights                      2   0   0  100%     100%
 *   scoring: 15 of 15 totals and grades as expected. No field differed.
 *   goal_vs_indicators false alarms: 实施期/中长期 quantities (P01, P03, P05, P06), 5.2公里 against 5200米 (P07, P09,
 *   P10), 职能 scope 11个街镇 (D01, D03), the goal of a score sheet without targets (G03–G05). Misses: 200TB (P30),
 *   5分钟内 (P33), 每月不少于8小时 (P43), 研发投入强度2.5% (P48), a task's 50名 (D10).
 *   private_data misses: 受检妇女冉秀英、向红梅 (P40), 填报人：龚丽 (D13), 患儿唐梓萱 (D17).
 *   levels false alarm: the 合计 row (P54). self_evaluation miss: full score for a date after the deadline (E12).
 * Two expectations were then revised to readings earlier sets and tests already fix:
 *   P43 (每月不少于8小时): set 8 reads 每季度一次 / 每月2次 as a frequency, not a quantity to carry; so is 每月…8小时.
 *   D13 (填报人：龚丽 with the unit's office line): check-private-data.test.ts and review-precision.test.ts keep
 *   「法定代表人：李建国；联系人：王老师」 unflagged — signatories are named on purpose; this set's first reading is withdrawn.
 * Reading the code also showed a harness defect: an optional expectation on the same code and row replaced a required
 * one (S15-B02 listed both), so four earlier cases had in effect been optional since they were written (PSE07, S6-E02,
 * S8-E09, S15-A12: a budget score of 10 for 9.5–9.76 on a whole-number sheet, which review-precision.test.ts reads as
 * rounding). measure-forms.ts now lets the required one win; those four are marked optional, as they were measured.
 * After the fixes (goal parts that are not the year's — 实施期/中长期 labels beside a 年度 label, clauses reaching a later
 * year, a department's 职能 — in context-spans.ts; 公里↔米 and 吨↔公斤; time limits closed by 内 in 分钟/小时/天/工作日;
 * 强度/比重/占比 percentages; units TB, 千瓦时, 盏, 台次, 车次; a department target's 年度主要任务 and 分项绩效目标 held to
 * the rows; a 部门整体 score sheet whose rows state no 指标值 not held to its goal; role words for patients, the dead,
 * borrowers, tenants, petitioners and kin, and 及其 after a name; no levels finding on a 合计 row; full marks for a date
 * after its deadline out of band):
 *   code                        tp  fp  fn  precision recall
 *   budget_arithmetic            5   0   0  100%     100%
 *   coverage                     2   0   0  100%     100%
 *   goal_vs_indicators          16   0   0  100%     100%
 *   levels                       2   0   0  100%     100%
 *   names                        1   0   0  100%     100%
 *   private_data                13   0   0  100%     100%
 *   self_evaluation              6   0   0  100%     100%
 *   weights                      2   0   0  100%     100%
 *   scoring: 15 of 15. Every earlier set unchanged (bar the four optional expectations above).
 */
// Row 完成值 changed, 全年实际完成情况 left at the base form's (set 26 reading, form-case-types.ts outcomeLeft).
export const SET19_CASES: FormCase[] = outcomeLeft([
  ...SET19_PROJECT_TARGET_CASES, ...SET19_DEPARTMENT_TARGET_CASES, ...SET19_PROJECT_SELF_EVALUATION_CASES, ...SET19_DEPARTMENT_SELF_EVALUATION_CASES,
], ['S19-E03']);
