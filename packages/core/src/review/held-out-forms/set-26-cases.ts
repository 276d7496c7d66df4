import { type FormCase, outcomeLeft } from './form-case-types';
import { SET26_DEPARTMENT_CASES } from './set-26-department-evaluation-forms';
import { SET26_A_CASES } from './set-26-project-evaluation-forms-a';
import { SET26_B_CASES } from './set-26-project-evaluation-forms-b';

/**
 * Held-out set 26 (issue 3): 72 whole self-evaluations at year end — 58 项目支出绩效自评表 (budget block + 6 rows on 90,
 * 全年实际完成情况, 评价结论 with 总分 and 等级, 存在问题, 改进措施) and 14 部门整体支出绩效自评表 on the 2021 tree (履职效能 /
 * 管理效率 / 社会效应 / 可持续发展; one with targets, one 财政部-style score sheet); every case with an expected score. Sectors
 * no earlier set used: 禁毒, 无偿献血, 农机购置补贴, 城市园林绿化, 职业病防治, 工会困难职工帮扶, 科普, 区总工会, 区城市管理局.
 * Written before reading any code under review/ or scoring/ (only the harness header, form-case-types.ts, measure-forms.ts,
 * set 23's part A and set 22's department file for their layout, and the headers of sets 8/11/15/19/21/22/23/24/25).
 * Every case is reviewed as a form that will be published (measure-forms.ts).
 *
 * Readings of genuine ambiguities:
 * - 全年实际完成情况 (goal_outcome) reports the year's actuals. It is not held to the targets (set 15), but where it states
 *   a row's own actual differently (136场 where the row's 完成值 is 126, 覆盖率45.2% against 43.2, 3.6万人 against 3.92万,
 *   「全年培训3200人次」 against a 完成值 of 3000) the published sheet contradicts itself: goal_vs_indicators on
 *   goal_outcome. Quiet: the same actual in another multiple (5.32万单位 for 53200, 39200人 for 3.92万人), a breakdown
 *   introduced by 其中 (其中农村学校48场, 其中因病致困412户), a quantity in a unit no row reports (5.2万人次 beside a 人 row,
 *   拖拉机860台 beside a 台 row only inside 其中), money spent (1392万元), growth (较上年增长6.3%), and a target quoted as
 *   such (「3000人次（计划3200人次）」).
 * - 评价结论 that prints a total other than 总分 (96.8分 beside 99.8) or a grade the total does not earn (评价等级为良好 for
 *   99.8) is a self_evaluation error on conclusion (set 23).
 * - 执行率 written wrong against 全年执行数 / 全年预算数 (89% for 274.4 / 280, 92.8% computed on 年初预算数) is
 *   budget_arithmetic; below 90% without a reason it is self_evaluation (set 15); with a reason, quiet.
 * - Personal data in 偏差原因, 评价结论, 存在问题, 改进措施 is flagged on that cell: a person named beside a role or a
 *   circumstance (社区康复人员 with an ID, 群众 with a mobile, 患儿 by illness, 尘肺病患者, 种粮大户 with an ID, 经销商 with a
 *   mobile in groups, 受助学生 and her father, 职工 by illness, 矽肺病劳动者 with a door, 志愿者 with an ID), an official
 *   named with a private mobile (中心副主任, 部长), a contractor's 负责人 with a mobile. Quiet: 张某/李某, counts of people
 *   (一名患儿, 10名学生, 3起争议, 1例疑似病例), 名单另报, 12345/12351 and office lines, 钟南山院士 as a public figure.
 * - A score above 分值 is an error on the row; the total then above 100 is an optional consequence. A score sheet without
 *   targets is not held to its goal (set 8). On the 2021 tree 预算执行 under 履职效能 and 服务对象满意度 under 管理效率
 *   are levels errors (set 22).
 *
 * As first measured (before reading or changing any code; 72 forms):
 *   code                        tp  fp  fn  precision recall
 *   budget_arithmetic            2   0   0  100%     100%
 *   goal_vs_indicators           3   1   6   75%      33%
 *   levels                       2   0   0  100%     100%
 *   private_data                11   0   3  100%      79%
 *   self_evaluation             13   0   3  100%      81%
 *   (every other code 0/0/0; scoring 71 of 72: I05 scored 102 for a score sheet whose row wrote 12 of 10; no field differed.)
 *   goal_vs_indicators misses: no check read 全年实际完成情况 (A02, B03, D02, E05, G02); 52000单位 (B07: 单位 was no unit).
 *   False alarm: 「“十四五”末累计建成100个」 (D08). private_data misses: 患儿黄梓涵急需 (B04), 患者马国强病情复杂 (E02),
 *   矽肺病劳动者刘明军 (E04). self_evaluation misses: 评价结论 printing 96.8分 beside a total of 99.8 (D06); B08 and I02,
 *   both revised below.
 * Two expectations were then revised to readings earlier sets fix: B08 (15 for 14.94 on a sheet of whole scores is
 * rounding: S15-H04, S22-G09) and I02 (a score sheet where no row fills 偏差原因 may print no such column: set 22).
 * Cases that change a row's 完成值 but leave 全年实际完成情况 at the base actual contradict themselves; the outcome finding
 * is optional there (form-case-types.ts outcomeLeft: 7 here, 23 in sets 15/19/21/23, each checked to pair the right row).
 * After the fixes (check-goal.ts: 全年实际完成情况 held to the rows' 完成值 — the row in the quantity's unit whose name the
 * clause shares most, skipping 其中/计划/较/平均 clauses, durations and units no row reports, a number rounded as written
 * agreeing; goal-quantities.ts: 单位/万单位; context-spans.ts: a plan period's end or total (“十四五”末, 十四五期间累计);
 * check-private-data.ts: 劳动者 as a role word, 急需/病情/确诊 ending a name; check-self-evaluation.ts: statedTotal, a
 * 评价结论 printing another 总分; scoring/score-indicator.ts: a hand-scored row outside [0, 分值] counted clamped, §3):
 *   budget_arithmetic            2   0   0  100%     100%
 *   goal_vs_indicators           9   0   0  100%     100%
 *   levels                       2   0   0  100%     100%
 *   private_data                14   0   0  100%     100%
 *   self_evaluation             14   0   0  100%     100%
 *   scoring 72 of 72. Every earlier set at 100/100; no new private_data name, 单位 quantity or plan-period span on the
 *   seeds' 3334 lines, and no goal_outcome or conclusion finding on the 21 forms of the answer keys.
 */
export const SET26_CASES: FormCase[] = outcomeLeft([...SET26_A_CASES, ...SET26_B_CASES, ...SET26_DEPARTMENT_CASES],
  ['S26-B08', 'S26-C02', 'S26-C03', 'S26-E06', 'S26-F02', 'S26-F03', 'S26-F07']);
