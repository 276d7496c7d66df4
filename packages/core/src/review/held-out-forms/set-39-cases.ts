import type { FormCase } from './form-case-types';
import { SET39_OPERA_CASES } from './set-39-opera-evaluation-forms';
import { SET39_TOILET_CASES } from './set-39-toilet-evaluation-forms';

/**
 * Held-out set 39F (session 18): self-evaluations only, aimed at the form-level and scoring checks a finance reviewer reads on a
 * 项目支出绩效自评表 — 旅游厕所提升改造 (区文化和旅游局, T) and 戏曲进乡村惠民演出 (区文化馆, P), each a budget block (年初预算数 /
 * 全年预算数 / 全年执行数 / 执行率 / 得分) and 7 rows on 90 (2021 tree), 总分, 评价结论 with 等级. The first 45 (T01–T23, P01–P22)
 * were written before reading any code under review/ or scoring/ (only earlier sets' files and the harness for their layout).
 *
 * Readings (as earlier sets recorded them unless said):
 * - self_evaluation: a score other than rules.md §3 (19 for 36 of 40 座; full marks on ≤18万元 at 19.8, on =100% at 96%); a
 *   qualitative score outside the band of the word the sheet picks (部分达成 at 9 of 10, 未达成 at 7: scored by hand, scoring null);
 *   a shortfall without a cause (blank, 「无」), an explain-policy excess (140%) without one; a budget score other than
 *   min(rate, 1) × 10, 86% without a budget reason; a 总分 other than the parts, a 等级 or a total in 评价结论 that 总分 does not earn.
 * - Fine look-alikes: 19.69 for 88.6% of 90% (hundredths), 9.86 for 98.6%, 部分达成 at 7 / 基本达成 at 7 / 未达成 at 3 / 达成 at 8.5
 *   with a cause, 已完成 on a qualitative row, 60 of 40 座 under the default none policy, 125% under explain, 36万元 of ≤18 (2T) at 0,
 *   execution exactly 90% without a reason, 96.99% printed 97, 99.90 in 评价结论, 优秀 for 优, totals of exactly 90 (优) and 80 (良).
 * - weights: rows on 85, 95 or 100 beside the budget's 10 (policy 90); 7.5 + 12.5 keeping 90 is fine. coverage: no 满意度 row, no
 *   效益 row. satisfaction: a target of 85% or 80%, one in 分 (unit_vs_name optional there). budget_arithmetic: 执行率 95% for
 *   698.4/720, one on 年初预算 (91.89%), 执行数 above 全年预算数 (as PSE08).
 *
 * As first measured (45 forms, 23 fine; before reading any review or scoring code):
 *   code                        tp  fp  fn  precision recall
 *   budget_arithmetic            2   0   0  100%     100%
 *   coverage                     2   0   0  100%     100%
 *   satisfaction                 2   0   0  100%     100%
 *   self_evaluation             13   0   1  100%      93%
 *   weights                      2   0   0  100%     100%
 *   No form with a false alarm; scoring 43 of 43 (T07, P04 hand-scored); no field differed.
 * The one miss, S39-T10 (执行率97% with a budget score of 10), was my label against the house's recorded reading: every score on
 * that sheet is a whole point, and a whole-point sheet's 15 for 14.7 is its rounding, not a defect (S22-G09, S30-V04; a change that
 * refused rounding to the full weight was tried in set 30 and reverted). Relabelled quiet; S39-T23 holds the error where the
 * sheet rounds to hundredths elsewhere (19.69), and is flagged. After the relabel: every code 100% / 100%. No code change.
 * Added after reading check-self-evaluation.ts, to probe further (T24–T34, P23–P28; 17 forms, 10 fine): all as labelled —
 * final 62 forms, 33 fine: budget_arithmetic 3/0/0, coverage 2/0/0, satisfaction 3/0/0, self_evaluation 18/0/0, weights 3/0/0;
 * scoring 60 of 60.
 * Limit (recorded, not changed): a sheet whose rows are all full marks reads as a whole-point sheet, so a budget score rounded up
 * to its full 10 from 9.5–9.9 passes there; the only evidence of how finely such a sheet rounds is the score in question.
 */
export const SET39_CASES: FormCase[] = [...SET39_TOILET_CASES, ...SET39_OPERA_CASES];
