import { describe, expect, it } from 'vitest';
import { sameEvaluation, twinConfirmText } from './evaluation-twin';

const kept = [
  { id: 1, org: '001', org_name: '示范区教育局', fiscal_year: 2026, template_name: '部门整体支出绩效自评表（2024）', total_score: 0, unscored: 19 },
  { id: 2, org: '001', org_name: '示范区教育局', fiscal_year: 2026, template_name: '财政重点评价（2026）', total_score: 88.5, unscored: 0 },
  { id: 3, org: '002', org_name: '示范区卫健委', fiscal_year: 2025, template_name: '部门整体支出绩效自评表（2024）', total_score: 91, unscored: 0 },
];

describe('sameEvaluation', () => {
  it('finds the evaluation of the same department, year and template', () => {
    expect(sameEvaluation(kept, { org: '001', fiscal_year: 2026, template_name: '部门整体支出绩效自评表（2024）' })?.id).toBe(1);
    expect(sameEvaluation(kept, { org: '001', fiscal_year: 2026, template_name: '财政重点评价（2026）' })?.id).toBe(2);
  });

  it.each([
    ['another template of the same department and year', { org: '001', fiscal_year: 2026, template_name: '另一模板' }],
    ['the same template for another year', { org: '002', fiscal_year: 2026, template_name: '部门整体支出绩效自评表（2024）' }],
    ['the same template for another department', { org: '003', fiscal_year: 2025, template_name: '部门整体支出绩效自评表（2024）' }],
  ])('is no twin: %s', (_l, wanted) => {
    expect(sameEvaluation(kept, wanted)).toBeNull();
  });

  it('names the kept one and how far it is scored', () => {
    expect(twinConfirmText(kept[0]!).content).toContain('示范区教育局 2026 年度已有一份按「部门整体支出绩效自评表（2024）」的评价（还有 19 项未评分）');
    expect(twinConfirmText(kept[1]!).content).toContain('（总分 88.5）');
    expect(twinConfirmText({ ...kept[1]!, total_score: null, unscored: null }).content).toContain('（尚未评分）');
  });
});
