import { type FormCase, outcomeLeft } from './form-case-types';
import { SET23_A_CASES } from './set-23-evaluation-forms-a';
import { SET23_B_CASES } from './set-23-evaluation-forms-b';

/**
 * Held-out set 23 (issue 3): 52 whole 项目支出绩效自评表 (a short round, 6 rows on 90 + 预算执行 10 each; 50 with an
 * expected score) in sectors no earlier set used: 地质灾害防治, 农村改厕, 残疾儿童康复救助, 长江增殖放流, 电子商务进农村,
 * 基层中医药. Laid out as provinces print them: budget block (年初预算数/全年预算数/全年执行数/执行率/分值/得分), rows with
 * 年度指标值/实际完成值/分值/得分/偏差原因, 总分, 自评等级 inside 评价结论, 年度总体目标 against 全年实际完成情况. Written
 * before reading any code under review/ or scoring/ (only the harness header, form-case-types.ts, measure-forms.ts,
 * set 15's project-evaluation file and the headers of sets 8/11/15/19/21/22). Every case is reviewed as a form that will
 * be published (measure-forms.ts).
 *
 * Readings of genuine ambiguities:
 * - forms.md gives the sheet no field for 自评等级: sheets print it in 评价结论 (「项目自评得分99.8分，自评等级为优。」). A
 *   等级 there that the printed total does not earn under the policy grades is a self_evaluation error on conclusion.
 * - A score above the row's 分值 is an error on the row's score; the total then exceeding 100 is an optional consequence.
 * - A full score on a missed target (91.5% against ≥95%, 1650元 against ≤1500, a date after the deadline) is an error on
 *   the row's score; its missing reason and the unchanged total are optional consequences.
 * - A goal quantity that the row states differently (目标150处 against 120处, 45座 against a 指标值 of 40 whose 完成值 is 45)
 *   is not carried: 完成值 is no target. 0—6岁, 第十个“放鱼日”, 300万元 spent, 9月30日前 are no quantities.
 * - Personal data: a person named beside a role word (群测群防员, 农户 with two names, 患儿 with an ID, 家长, 负责人, 老中医)
 *   or with a mobile. Quiet: 王某等80户, 个别家长, a unit's 联系电话 023-…, 李时珍/张仲景 as figures to honour.
 * - Execution: 执行率 is 全年执行数 / 全年预算数 (the adjusted budget); one computed on 年初预算数 is budget_arithmetic and
 *   its score a self_evaluation error. Below 90% it needs a reason (set 15).
 *
 * As first measured (before reading or changing any code):
 *   code                        tp  fp  fn  precision recall
 *   budget_arithmetic            1   0   0  100%     100%
 *   goal_vs_indicators           2   0   1  100%      67%
 *   private_data                 4   0   3  100%      57%
 *   self_evaluation             18   0   3  100%      86%
 *   (every other code 0/0/0; scoring 50 of 50 as expected; no field differed.)
 *   self_evaluation misses: a 自评等级 in 评价结论 the total does not earn (A09 优→良, C06 87.82 written 优, F06 「评价等级：良」).
 *   private_data misses: 家长陈建华 (C03), 企业负责人孙丽娟 (E04; 负责人赵永强 with a mobile was hit, D04), 老中医周世昌 (F02).
 *   goal_vs_indicators miss: 目标1500万尾 against a row of 1200万尾 whose 完成值 is 1260万尾 (D07).
 * After the fixes (check-self-evaluation.ts: statedGrade reads 自评等级/评价等级/评价结论 为|是|： 优(秀)/良(好)/中(等)/合格/
 * 不合格/(较)差 in 评价结论, a grade word that must end there, and flags one the printed total does not earn under the policy
 * grades; check-private-data.ts: 家长, 老中医, 学徒, 徒弟 as role words, and a 负责人/法定代表人/经理/老板/厂长 named with a
 * private circumstance (因病, 患病, 病故, 去世, 住院…), which the signatory exemption does not cover; goal-quantities.ts:
 * 尾, 羽, 匹, 枚, 剂(次), 粒 and their 万 forms as counting units, 剂/剂次 one family):
 *   code                        tp  fp  fn  precision recall
 *   budget_arithmetic            1   0   0  100%     100%
 *   goal_vs_indicators           3   0   0  100%     100%
 *   private_data                 7   0   0  100%     100%
 *   self_evaluation             21   0   0  100%     100%
 *   scoring 50 of 50. Every earlier set unchanged (all codes 100/100); no new finding of the changed checks on the seeds'
 *   3334 lines (findPrivateData, goalQuantities, statedGrade) nor on the 22 forms of the answer keys.
 */
// Row 完成值 changed, 全年实际完成情况 left at the base form's (set 26 reading, form-case-types.ts outcomeLeft). E03/E04
// (零售额 1.5亿元 beside an outcome of 1.96亿元) were added in set 28, once money a row measures was held to the outcome.
export const SET23_CASES: FormCase[] = outcomeLeft([...SET23_A_CASES, ...SET23_B_CASES], ['S23-A03', 'S23-A04', 'S23-A05', 'S23-A06', 'S23-A10', 'S23-A11', 'S23-B05', 'S23-B06', 'S23-B08', 'S23-B09', 'S23-C02', 'S23-C05', 'S23-C06', 'S23-C07', 'S23-D04', 'S23-D05', 'S23-E03', 'S23-E04', 'S23-E06', 'S23-E07']);
