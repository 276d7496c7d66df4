import type { FormCase } from './form-case-types';
import { SET41_SCHOOL_CLINIC_CASES } from './set-41-school-clinic-target-forms';
import { SET41_TOWNSHIP_CASES } from './set-41-township-target-forms';

/**
 * Held-out set 41F (session 19): 项目支出绩效目标表 as 乡镇、中小学 and 卫生院 fill them — 村级公益事业一事一议财政奖补 (镇人民政府,
 * 48 万元 = 财政奖补 40 + 村民筹资 8, goal as a numbered list; T), 集镇环境综合整治 (镇人民政府, a template with no weight column,
 * goal as one long sentence; J), 校园安全技防设施建设 (县第二中学校, 实施期 three years, 总体目标 beside 年度目标, the county's
 * template on 100 points; X) and 乡村医生补助 (镇卫生院, 21.6 万元, 8 rows on 90; V), 2021 tree, 资金来源 上级补助/本级 stated in
 * 概况. The first 48 (T01–T13, J01–J12, X01–X11, V01–V12; 22 fine) were written before reading any code under review/.
 *
 * Readings (as earlier sets recorded them unless said):
 * - goal_vs_indicators: a quantity the year's goal states and no row carries (新建村文化广场2个, 垃圾分类投放亭15个, 应急疏散演练
 *   4次, 业务培训2期) or that a row states differently (4公里/3.2, 50处/40, 20名/18). Quiet: 总体目标 over 2025—2027 beside a
 *   年度目标 (18个, 10公里, 180个: the 实施期's, as 实施期目标 since set 19), slogans with numbers (“一事一议”“两不愁三保障”
 *   “门前三包”“五乱”“一村一室一医”), a list number straight before a year (3.2025年10月底前), 3200米 for 3.2公里, 六十个,
 *   120000平方米 for 12万平方米, 12345热线, 公安110, 60岁以下 (who is eligible).
 * - budget_arithmetic: 财政 + 其他 ≠ 预算数 (40 + 10 / 48, 50 + 20 / 80, 30 + 0 / 36 with both cells filled, 14.4 + 6.2 / 21.6),
 *   and 资金来源 listed in 概况 that do not add up to 预算数 (上级补助50 + 镇本级20 / 80, J12: the split is written there, not in
 *   cells, and a reviewer reads it as the cells). Quiet: 14.4 + 7.2 = 21.6, 40.36 + 8 = 48.36, a 概况 list of the 财政 parts
 *   only equal to 财政资金 (T15), a list with 其中 (J14).
 * - weights: 95 on 90; 90 on the county's 100-point template (policy weightTotals.project_target 100); a row weighted 0. A
 *   template with no weight column is quiet. coverage: no 满意度, no 效益. names: 硬化村组道路 / 硬化村组道路长度 in 公里,
 *   补助乡村医生 / 补助乡村医生人数 in 人, the same row twice (on the later row).
 * - private_data: a 联系人's mobile in 概况 and in the 编制单位 cell, a student's and a 乡村医生's ID number in 指标解释, a
 *   parent named with a mobile. Quiet: 学籍系统, 学校标识码, 校园/院办 landlines, 18- and 20-digit 项目编码 (one with a letter),
 *   统一社会信用代码, a 联系人 with an office landline (S24-P07).
 *
 * As first measured (48 forms, 22 fine; before reading any review code):
 *   code                        tp  fp  fn  precision recall
 *   budget_arithmetic            4   0   1  100%      80%
 *   coverage                     3   0   0  100%     100%
 *   goal_vs_indicators           7   1   0   88%     100%
 *   names                        1   0   2  100%      33%
 *   private_data                 5   0   0  100%     100%
 *   weights                      3   0   0  100%     100%
 *   Forms with a false alarm: T02 (总体目标：2025—2027年…18个…10公里 beside 年度目标: only 实施期/中长期 labels were read as the
 *   period's aim). Misses: names on T11 and V09 (a trailing 长度 / 人数 made the names differ), budget_arithmetic on J12 (资金来源
 *   in 概况 was never read). No field differed.
 * Fixed by meaning: context-spans.ts reads 总体目标 as the 实施期's aim when a 年度目标 label follows it (not 年度总体目标 or
 * 2025年总体目标, and not a 总体目标 standing alone, which is the year's); check-form.ts identity drops a trailing word that
 * names only what the unit measures (人数 in 人, 户数 in 户, 面积 in an area, 长度/里程 in a length, 数量/个数 in items, 次数 in 次)
 * where four characters remain, read from unitFacts (cached per unit); stated-fund-sources.ts reads a flat list of sources
 * in 万元 after 资金来源 in 概况 (once per form; not a list with 其中/合计/总投资/实施期/a year, an open part, or amounts in 元)
 * and check-form.ts holds its sum to 预算数 or to 财政资金.
 * Re-read after the fixes: T12 was written with 预算数 48.36 and 财政资金 40.36 but kept the base 概况 (上级补助30 + 本级10 + 村民
 * 筹资8 = 48): the form contradicted itself, so the new check rightly objected; the case now states 上级补助30.36 (intended:
 * two-decimal cells that add up). Added after the fixes, to hold them and keep half the set fine: T14 (筹资限额 in 概况), T15
 * (财政 parts only), J13 (120000平方米), J14 (其中), X12 (信用代码, 20-digit 项目编码); on HEAD's code these 53 give the first
 * figures above.
 * After: 53 forms, 27 fine — budget_arithmetic 5/0/0, coverage 3/0/0, goal_vs_indicators 7/0/0, names 3/0/0, private_data
 * 5/0/0, weights 3/0/0 (precision and recall 100%); every earlier set unchanged.
 * Limits (not fixed): 资金来源 in 概况 is read only as a flat list in 万元 in one sentence after the words 资金来源; a list over
 * the 实施期 or in 元 is left to the reviewer. A one-year project whose 总体目标 states a quantity its 年度目标 drops is not held
 * to the rows (the 年度目标 is). A measure word of another kind than the unit (培训人数 in 次) keeps the rows apart.
 */
export const SET41_CASES: FormCase[] = [...SET41_TOWNSHIP_CASES, ...SET41_SCHOOL_CLINIC_CASES];
