import { describe, expect, it } from 'vitest';
import { formSchema } from '../forms/forms-schema';
import { reviewForm } from './review-forms';

const project = (goal: string) => formSchema.parse({
  kind: 'project_target', fiscal_year: 2026, project_name: '困难残疾人生活补贴和重度残疾人护理补贴', budget_total_wan: 1860,
  budget_fiscal_wan: 1800, budget_other_wan: 60, goal,
});
const department = (goal: string) => formSchema.parse({
  kind: 'department_target', fiscal_year: 2026, budget_total_wan: 420, fund_sources: { government_wan: 400, special_account_wan: null, unit_wan: 20 },
  structure: { basic_wan: 260, project_wan: 160 }, goal,
});
const goalBudget = (form: ReturnType<typeof project>) =>
  reviewForm(form).filter((f) => f.code === 'budget_arithmetic' && f.field === 'goal').length > 0;

describe('budget_arithmetic on the goal: the whole budget restated otherwise (held-out set 50F)', () => {
  it.each([
    ['全年安排补贴资金1960万元，发放补贴5200人。', true],
    ['本项目申请资金0.2亿元。', true],
    ['2026年安排项目资金1900万元。', true],
    // Quiet: the budget restated (also rounded, in 亿元), a part, a use, a source, money drawn in, a period's total, an approximation.
    ['全年安排补贴资金1860万元（其中其他资金60万元）。', false],
    ['全年安排项目资金0.186亿元。', false],
    ['全年安排补贴资金1800万元。', false],
    ['其中安排设备购置资金200万元。', false],
    ['安排设备购置资金200万元。', false],
    ['区级财政安排资金700万元。', false],
    ['带动社会投入资金5000万元。', false],
    ['2026—2028年累计安排资金5600万元。', false],
    ['2025年安排资金1700万元，惠及5000人。', false],
    ['全年安排资金约1900万元。', false],
  ] as const)('project: %s', (goal, want) => expect(goalBudget(project(goal))).toBe(want));

  it.each([
    ['2026年部门预算450万元。', true],
    ['部门预算总额为0.045亿元。', true],
    ['2026年部门预算420万元，其中项目支出160万元。', false],
    ['部门预算总额420.00万元。', false],
    ['部门预算总额420.3万元。', true],
    ['安排人防工程建设资金1200万元。', false],
    ['部门预算执行率95%以上。', false],
  ] as const)('department: %s', (goal, want) => expect(goalBudget(department(goal))).toBe(want));

  it('lets a goal round the budget to the precision it writes (1860 for 1859.6, not 1859 for 1859.6)', () => {
    const rounded = (goal: string) => goalBudget({ ...project(goal), budget_total_wan: 1859.6, budget_fiscal_wan: 1799.6 } as ReturnType<typeof project>);
    expect(rounded('全年安排补贴资金1860万元。')).toBe(false);
    expect(rounded('全年安排补贴资金1859万元。')).toBe(true);
  });
});
