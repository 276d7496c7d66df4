import type { Comparator, DepartmentSelfEvaluation, Indicator, ProjectSelfEvaluation, SelfEvaluationBudget } from '../../forms/forms-schema';

/** Builders the held-out scoring sheets (sets 3–8) write their rows and forms with. */

export type RowInput = Partial<Indicator> & { name: string };

/** A row with every field blank but those given. */
export function row(r: RowInput): Indicator {
  return {
    level1: null, level2: null, description: null, weight: null, unit: null, comparator: null, target: '',
    basis: null, method: null, actual: null, score: null, reason: null, ...r,
  };
}

export type Cmp = Exclude<Comparator, 'qualitative'> | null;

/** A quantitative row, filed under 产出/数量 unless extra says otherwise. */
export function q(name: string, cmp: Cmp, target: string, unit: string | null, weight: number | null, actual: string | null, score: number | null, extra: Partial<Indicator> = {}): Indicator {
  return row({ level1: '产出指标', level2: '数量指标', name, comparator: cmp, target, unit, weight, actual, score, ...extra });
}

/** A qualitative row, filed under 效益/社会效益 unless extra says otherwise. */
export function ql(name: string, target: string, weight: number | null, actual: string | null, score: number | null, extra: Partial<Indicator> = {}): Indicator {
  return row({ level1: '效益指标', level2: '社会效益指标', name, comparator: 'qualitative', target, unit: null, weight, actual, score, ...extra });
}

/** A budget block of weight 10, its execution rate worked out from the executed amount and the (adjusted) budget. */
export function budgetOf(initial: number | null, adjusted: number | null, executed: number | null, score: number | null): SelfEvaluationBudget {
  const base = adjusted ?? initial;
  const rate = executed !== null && base ? Math.round((executed / base) * 10000) / 100 : null;
  return { initial_wan: initial, adjusted_wan: adjusted, executed_wan: executed, execution_rate: rate, weight: 10, score, reason: null };
}

// Where a row is filed, as `extra` for q and ql.
export const QUALITY = { level2: '质量指标' };
export const TIME = { level2: '时效指标' };
export const COST = { level2: '成本指标' };
export const EFFECT = { level1: '效益指标', level2: '社会效益指标' };
export const SATISFACTION = { level1: '满意度指标', level2: '服务对象满意度指标' };
export const DL = (l1: string, l2: string): Partial<Indicator> => ({ level1: l1, level2: l2 });
/** The scorer's notes on a row scored by hand rather than by the rules. */
export const NOT_HAND = ['actual_not_numeric', 'manual_score'] as const;

/** A copy of base with the entries at the given indexes replaced: a sheet's rows, or its expected scores. */
export function swapped<T>(base: readonly T[], swaps: Record<number, T>): T[] {
  const out = [...base];
  for (const [i, v] of Object.entries(swaps)) out[Number(i)] = v;
  return out;
}

/** The project and department self-evaluation forms of one set: the project's org and name, and the department's org. */
export function sheetForms(org: string, projectName: string, departmentOrg = org) {
  return {
    project: (b: SelfEvaluationBudget | null, indicators: Indicator[], total: number | null): ProjectSelfEvaluation => ({
      kind: 'project_self_evaluation', fiscal_year: 2024, org, org_code: null, department: null, indicators,
      project_code: null, project_name: projectName, goal: null, goal_outcome: null, budget: b, total_score: total,
      conclusion: null, problems: null, improvements: null,
    }),
    department: (indicators: Indicator[], total: number | null): DepartmentSelfEvaluation =>
      ({ kind: 'department_self_evaluation', fiscal_year: 2024, org: departmentOrg, org_code: null, department: null, indicators, total_score: total, goal: null }),
  };
}
