import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { COST, NOT_HAND, q, QUALITY, SATISFACTION, type sheetForms, swapped, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';

/**
 * The trees scoring sets 14 and 15 share: one project tree of eight rows on 90 (15 + 10 + 10 + 10 + 10 + 10 + 10 + 15)
 * and one department tree (20 + 20 + 10 + 20 + 30), with a maker per project row that takes the 完成值 as written and the
 * score the sheet prints. Each set keeps its own base rows (the cells it writes differ).
 */
export const P_FULL = [15, 10, 10, 10, 10, 10, 10, 15];
export const pExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(P_FULL, swaps);
export const homes = (actual: string, score: number | null): Indicator => q('补贴发放户数', '>=', '2000', '户', 15, actual, score);
export const money = (actual: string, score: number | null): Indicator => q('补贴资金发放金额', '>=', '350', '万元', 10, actual, score);
export const trained = (actual: string, score: number | null): Indicator => q('技能培训人次', '>=', '1200', '人次', 10, actual, score);
export const passed = (actual: string, score: number | null): Indicator => q('工程验收合格率', '>=', '95', '%', 10, actual, score, QUALITY);
export const issues = (actual: string, score: number | null): Indicator => q('政策宣传期数', '=', '12', '期', 10, actual, score);
export const limit = (actual: string, score: number | null): Indicator => q('审批办结时限', '<=', '30', '天', 10, actual, score, TIME);
export const cost = (actual: string, score: number | null): Indicator => q('道路建设单位成本', '<=', '8.5', '万元/公里', 10, actual, score, COST);
export const liking = (actual: string, score: number | null): Indicator => q('群众满意度', '>=', '90', '%', 15, actual, score, SATISFACTION);
/** A row stored as the cell was copied or exported (no comparator: forms.md's order applies), under 产出/质量. */
export const typed = (name: string, target: string, unit: string | null, weight: number, actual: string, score: number | null): Indicator =>
  q(name, null, target, unit, weight, actual, score, QUALITY);
export const met = { total: 100, budgetScore: 10, rows: P_FULL, grade: '优' as const, mismatch: false };
export const RULED = [...NOT_HAND, 'score_mismatch'] as const;

/**
 * Sheets that change one project row (sets 15–17): row i replaced by r, everything else met. `one`: the rules score the
 * row `score`; `byHand`: it goes to a person and the sheet keeps `kept`, reported as actual_not_numeric unless `issue` is false;
 * `edge` (sets 18–19): several rows lose points so that the total, under budget `b`, lands on a grade cut-off.
 */
export function oneRowSheets(project: ReturnType<typeof sheetForms>['project'], full: () => SelfEvaluationBudget, rows: () => Indicator[]) {
  const r2 = (n: number): number => Math.round(n * 100) / 100;
  const withRow = (i: number, r: Indicator): Indicator[] => swapped(rows(), { [i]: r });
  return {
    one: (id: string, i: number, r: Indicator, score: number, note: string): HeldOutSheet3 => ({
      id, form: project(full(), withRow(i, r), r2(100 - P_FULL[i]! + score)),
      expected: { ...met, total: r2(100 - P_FULL[i]! + score), rows: pExp({ [i]: score }), noIssues: [...RULED] }, note,
    }),
    byHand: (id: string, i: number, r: Indicator, kept: number, note: string, issue = true): HeldOutSheet3 => ({
      id, form: project(full(), withRow(i, r), 100 - P_FULL[i]! + kept),
      expected: { ...met, total: 100 - P_FULL[i]! + kept, rows: pExp({ [i]: kept }), hand: [i], ...(issue ? { issues: ['actual_not_numeric' as const] } : {}) }, note,
    }),
    edge: (id: string, b: SelfEvaluationBudget, swaps: Record<number, Indicator>, scores: Record<number, number>, total: number,
      grade: '优' | '良' | '中' | '差', note: string): HeldOutSheet3 => ({
      id, form: project(b, swapped(rows(), swaps), total),
      expected: { ...met, total, budgetScore: b.score, rows: pExp(scores), grade, noIssues: [...RULED] }, note,
    }),
  };
}

export const D_FULL = [20, 20, 10, 20, 30];
export const dExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(D_FULL, swaps);
export const dMet = { total: 100, budgetScore: null, rows: D_FULL, grade: '优' as const, mismatch: false };
