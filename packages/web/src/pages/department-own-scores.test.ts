import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY, emptyForm, emptyIndicator, groupSubtotals, scoreDepartmentSelfEvaluation,
  type DepartmentSelfEvaluation, type Indicator,
} from '@jixiao/core';
import { departmentOwnTotal, departmentSheetToSave, followDepartmentRuleScores, ownBudgetLine } from './department-own-scores';

const sheet = (rows: Partial<Indicator>[], total: number | null = null): DepartmentSelfEvaluation =>
  ({ ...emptyForm('department_self_evaluation'), total_score: total, indicators: rows.map((r) => ({ ...emptyIndicator('指标'), ...r })) }) as DepartmentSelfEvaluation;

const rate = (o: Partial<Indicator>): Partial<Indicator> => ({ level1: '产出指标', weight: 10, comparator: '>=', target: '100', unit: '%', ...o });

describe('a 部门整体 sheet\'s own scores on the self-evaluation page', () => {
  it.each([
    { label: 'rows without a score take the rules\' score as a prefill', rows: [rate({ actual: '90%' }), rate({ actual: '100%' })], budgetLine: null, total: 19 },
    { label: 'a score the unit gave stands, even where the rules differ', rows: [rate({ actual: '90%', score: 10 }), rate({ actual: '100%' })], budgetLine: null, total: 20 },
    { label: 'a 扣分项 takes off, however the sheet signs it', rows: [rate({ actual: '100%' }), { level1: '扣分项', name: '违规使用资金', score: 2 }], budgetLine: null, total: 8 },
    { label: 'a 合计 row is not added', rows: [rate({ actual: '100%' }), { name: '合计', weight: 10, score: 10 }], budgetLine: null, total: 10 },
    { label: 'the budget line held outside the rows is added', rows: [rate({ actual: '100%' })], budgetLine: 9.5, total: 19.5 },
  ])('$label', ({ rows, budgetLine, total }) => {
    const form = sheet(rows);
    const scores = scoreDepartmentSelfEvaluation(form).indicators;
    expect(departmentOwnTotal(form, scores, groupSubtotals(form), budgetLine)).toBe(total);
    expect(departmentSheetToSave(form, scores, groupSubtotals(form), budgetLine).total_score).toBe(total);
  });

  it('writes the prefills into the saved rows, and a reloaded sheet follows the rules again where it agreed with them', () => {
    const form = sheet([rate({ actual: '90%' }), rate({ actual: '100%', score: 8 })]);
    const scores = scoreDepartmentSelfEvaluation(form).indicators;
    const saved = departmentSheetToSave(form, scores, null, null);
    expect(saved.indicators.map((i) => i.score)).toEqual([9, 8]);
    const reloaded = followDepartmentRuleScores(saved, scoreDepartmentSelfEvaluation(saved).indicators, null);
    expect(reloaded.indicators.map((i) => i.score)).toEqual([null, 8]);
  });

  it.each([
    { label: 'a sheet whose rows weigh the whole 100 has no budget line outside them', weights: [50, 50], total: 95, want: null },
    { label: '产出/效益/满意度 rows of 90 with a total 9.5 above their scores', weights: [45, 45], total: 99.5, want: 9.5 },
    { label: 'a total more than the budget weight above the rows holds no budget line', weights: [45, 45], total: 120, want: null },
  ])('ownBudgetLine: $label', ({ weights, total, want }) => {
    const form = sheet(weights.map((w) => rate({ weight: w, actual: '100%', score: w })), total);
    expect(ownBudgetLine(form, null, DEFAULT_POLICY)).toBe(want);
  });
});
