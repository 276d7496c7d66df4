import type { FormCase } from './form-case-types';
import { SET8_DEPARTMENT_SELF_EVALUATION_CASES, SET8_PROJECT_SELF_EVALUATION_CASES } from './set-8-evaluation-forms';
import { SET8_DEPARTMENT_TARGET_CASES, SET8_PROJECT_TARGET_CASES } from './set-8-target-forms';

/**
 * Held-out set 8 (issue 3): 72 whole forms (21 项目目标表, 13 部门整体目标表, 26 项目自评表, 12 部门整体自评表; 4–26
 * rows; 36 with an expected score), aimed at goal_vs_indicators and private_data, 部门整体 trees and weight
 * conventions, and self-evaluation totals, bands, over-achievement and budget lines. Written before reading any
 * code under review/ or scoring/. Every case is reviewed as a form that will be published (measure-forms.ts).
 *
 * Readings of genuine ambiguities:
 * - Money (预算资金350万元), dates (2025年6月30日前), ages (65岁以上) and policy names (二十大, 十四五, 1+3, 第二十条)
 *   in a goal are no quantities to carry. A total split over rows (3000户 = 2000 + 1000) is carried, and so is a
 *   range by either bound (60至80名 by ≥60人). Numerals in Chinese count like digits (三所, 一千二百户次).
 * - A 部门整体 tree's 履职效能 is its 产出, 社会效应 › 社会效益 and 可持续发展 its 效益, 服务对象满意度 its 满意度.
 * - A goal on a score sheet without targets (部门整体自评 评分表) is not held to its rows.
 * - 张某某 / 刘某某 are the redaction itself (the check's own advice is to write 张某): quiet. The brief lists 张某某
 *   among names to flag; read here as a placeholder for a real name. 王老师 (surname + form of address) is flagged.
 * - A unit's office line (023-65318000), 12315/12345, its 统一社会信用代码 and 开户账号 are published on purpose; a
 *   person's mobile, ID number, bank card, 住院号 and a home address down to the door (3栋2单元502室) are not.
 * - Over-achievement under `deduct`: A = 1.5T with threshold 1.3 scores w × (1 − 0.2).
 *
 * As first measured (before any fix; private_data then ran only when the caller passed publishing, which this
 * harness did not):
 *   code                        tp  fp  fn  precision recall
 *   budget_arithmetic            1   0   0  100%     100%
 *   coverage                     2   2   0   50%     100%
 *   goal_vs_indicators           5   3   2   63%      71%
 *   level_vs_name                0   2   0    0%       -
 *   private_data                 0   0  12    -         0%
 *   self_evaluation              8   0   0  100%     100%
 *   weights                      2   0   1  100%      67%
 *   scoring: 36 of 36 totals and grades as expected.
 * Four expectations were then revised, each against a reading the code documents and that a reviewer shares:
 * S8-P12 and S8-F05 (张某某, 刘某某: redacted), S8-P21 (a lone project target on 100 points is a 百分制 template
 * unless a sibling form uses 90), S8-D07/S8-D09 (投诉举报按时办结率 under 质量: 按时 makes it 时效, level_vs_name).
 * After the fixes (harness reviews as published; Chinese numerals to 千, ranges, totals split over rows, units
 * 门/种/头/只, house addresses in goals; persons by form of address, role words before a bracket or 名单, a person's
 * card, account and record numbers, home addresses; 履职效能 and tree-level 效益/满意度 in coverage):
 *   budget_arithmetic            1   0   0  100%     100%
 *   coverage                     2   0   0  100%     100%
 *   goal_vs_indicators           7   0   0  100%     100%
 *   level_vs_name                2   0   0  100%     100%
 *   private_data                10   0   0  100%     100%
 *   self_evaluation              8   0   0  100%     100%
 *   weights                      2   0   0  100%     100%
 *   scoring: 36 of 36. Every earlier set unchanged.
 */
export const SET8_CASES: FormCase[] = [
  ...SET8_PROJECT_TARGET_CASES, ...SET8_DEPARTMENT_TARGET_CASES, ...SET8_PROJECT_SELF_EVALUATION_CASES, ...SET8_DEPARTMENT_SELF_EVALUATION_CASES,
];
