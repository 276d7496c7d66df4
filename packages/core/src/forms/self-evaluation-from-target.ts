import { emptyForm, type Indicator, type ProjectSelfEvaluation, type ProjectTarget, type SelfEvaluationBudget } from './forms-schema';
import { DEFAULT_POLICY, type Policy } from '../policy/policy';

/**
 * The year-end 项目支出绩效自评表 a unit fills in for a project whose target was approved or published
 * (the yearly loop's stage 5): what the target fixed — project, unit, annual goal, every indicator with
 * its weight and target value, the budget — is carried over; what only the year's end can say (actual
 * values, scores, reasons, executed budget, conclusion) is left empty for the unit.
 */
export function selfEvaluationFromTarget(target: ProjectTarget, policy: Policy = DEFAULT_POLICY): ProjectSelfEvaluation {
  const budget = targetBudgetWan(target);
  const block: SelfEvaluationBudget = {
    initial_wan: budget,
    // Until the unit records an adjustment, the budget to execute is the one the target was approved with.
    adjusted_wan: budget,
    executed_wan: null,
    execution_rate: null,
    weight: policy.budgetExecutionWeight,
    score: null,
    reason: null,
  };
  return {
    ...emptyForm('project_self_evaluation'),
    fiscal_year: target.fiscal_year,
    org: target.org,
    org_code: target.org_code,
    department: target.department,
    project_code: target.project_code,
    project_name: target.project_name,
    // The target's 当年绩效目标 is what the self-evaluation measures against (项目年度目标 / 预期目标).
    goal: target.goal,
    budget: block,
    indicators: target.indicators.map(plannedIndicator),
  };
}

function plannedIndicator(ind: Indicator): Indicator {
  return {
    level1: ind.level1,
    level2: ind.level2,
    name: ind.name,
    description: ind.description,
    weight: ind.weight,
    unit: ind.unit,
    comparator: ind.comparator,
    target: ind.target,
    basis: ind.basis,
    method: ind.method,
    actual: null,
    score: null,
    reason: null,
  };
}

/**
 * The project's budget (万元): the stated total, else the sum of two parts that together make it up
 * (财政资金 + 其他资金, or 区级支出 + 补助街镇); one part alone is not the total.
 */
function targetBudgetWan(target: ProjectTarget): number | null {
  if (target.budget_total_wan != null) return target.budget_total_wan;
  const pairs: Array<[number | null, number | null]> = [
    [target.budget_fiscal_wan, target.budget_other_wan],
    [target.budget_district_wan, target.budget_subsidy_towns_wan],
  ];
  for (const [a, b] of pairs) {
    // Rounded to a millionth of 万元 (0.01 元) so a binary-float sum does not show as 12.300000000000001.
    if (a != null && b != null) return Math.round((a + b) * 1e6) / 1e6;
  }
  return null;
}
