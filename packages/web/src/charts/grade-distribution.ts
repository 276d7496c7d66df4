import { FORM_KIND_SHORT } from '../lib/labels';

export const GRADES = ['优', '良', '中', '差'] as const;

/** The self-evaluation kinds the 工作台's grade count splits by, in the order a legend lists them. */
const SHEET_KINDS = ['project_self_evaluation', 'department_self_evaluation'] as const;

export interface GradeSeries {
  kind: (typeof SHEET_KINDS)[number];
  /** Which sheets the series counts (a kind's short label), so a reader sees what is counted. */
  name: string;
  /** One count per GRADES entry. */
  values: number[];
}

/** The 自评等级分布 as the chart draws it: a series per kind of sheet that has any graded, and a line saying what each counts. */
export interface GradeDistribution {
  series: GradeSeries[];
  caption: string;
}

/**
 * Grade counts by kind (the server's score_distribution_by_kind: the system's grade of each sheet) as chart series, a
 * kind with no graded sheet left out. A grade the server names that is none of 优良中差 (a renamed policy's) is not
 * drawn, and not said as drawn.
 */
export function gradeDistribution(byKind: Record<string, Record<string, number>>): GradeDistribution {
  const series = SHEET_KINDS.map((kind) => ({ kind, name: FORM_KIND_SHORT[kind]!, values: GRADES.map((g) => Number(byKind[kind]?.[g] ?? 0)) }))
    .filter((s) => s.values.some((v) => v > 0));
  const parts = series.map((s) => `${s.name} ${s.values.reduce((a, b) => a + b, 0)} 张`);
  return { series, caption: parts.length === 0 ? '' : `按系统核算等级计：${parts.join('，')}` };
}

// The default policy's grade cut-offs (rules.md §3), kept here: the first page loads without the core package.
function defaultGrade(score: number): string {
  return score >= 90 ? '优' : score >= 80 ? '良' : score >= 60 ? '中' : '差';
}

/**
 * Grade counts by kind from a list of forms, for a server without the dashboard: the stored grade (the system's), else
 * the default cut-offs on the system's total; forms with neither (targets, empty sheets) are not counted.
 */
export function gradesByKindOf(forms: ReadonlyArray<{ kind: string; total_score?: number | null; grade?: string | null }>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const f of forms) {
    const grade = f.grade ?? (f.total_score != null ? defaultGrade(f.total_score) : null);
    if (grade === null) continue;
    const counts = (out[f.kind] ??= {});
    counts[grade] = (counts[grade] ?? 0) + 1;
  }
  return out;
}
