import type { Indicator } from '../../forms/forms-schema';
import { deriveTarget } from '../../values/derive-target';
import type { FindingCode } from '../finding';

/** The shapes of the unseen-wording cases (review-unseen-wording.test.ts) and the shorthands the sets share. */
export type Expect = FindingCode | null;
/** sector, 一级, 二级, 三级 name, comparator, target, unit, expected code, other codes accepted beside it. */
export type RowCase = readonly [string, string | null, string, string, Indicator['comparator'], string, string | null, Expect, FindingCode[]?];

export const Q = 'qualitative' as const;
export const QVQ = 'qualitative_vs_quantitative' as const;
// The codes a row case expects, spelled short as the sets' rows name them.
export const DIR = 'direction' as const;
export const UVN = 'unit_vs_name' as const;
export const UM = 'unit_missing' as const;
export const NN = 'not_numeric' as const;
export const IMP = 'implausible_target' as const;
export const LVN = 'level_vs_name' as const;
export const SATF = 'satisfaction' as const;
export const LEV = 'levels' as const;
export const SEV = 'self_evaluation' as const;
export const O = '产出指标';
export const C = '成本指标';
export const B = '效益指标';
export const S = '满意度指标';
export const SAT = '服务对象满意度指标';

// 二级 and department-tree labels the sets file rows under.
export const QTY = '数量指标';
export const QUAL = '质量指标';
export const TIME = '时效指标';
export const OCOST = '成本指标';
export const ECON = '经济效益指标';
export const SOC = '社会效益指标';
export const ECO = '生态效益指标';
export const SUST = '可持续影响指标';
export const ECOST = '经济成本指标';
export const SCOST = '社会成本指标';
export const ENVCOST = '生态环境成本指标';
export const DUTY = '履职效能';
export const SOCIAL = '社会效应';
export const SUSTAIN = '可持续发展';
export const CLIENT = '服务对象满意度';

/** A goal (绩效目标) and the rows that should carry its counted quantities. */
export interface GoalCase { sector: string; goal: string; rows: Array<readonly [string, Indicator['comparator'], string, string]>; expect: boolean }
export const G = (sector: string, goal: string, rows: GoalCase['rows'], expect: boolean): GoalCase => ({ sector, goal, rows, expect });

/** A target form named only by its rows' levels and names, and whether a reviewer marks it for coverage (no 产出, 效益 or 满意度). */
export interface CoverageCase { sector: string; kind: 'project_target' | 'project_self_evaluation' | 'department_target'; rows: ReadonlyArray<readonly [string | null, string, string]>; expect: boolean }

/** Text a published form carries, in a form field or a row field, and whether it holds personal data. */
export interface PrivateCase { sector: string; field: 'overview' | 'goal' | 'name' | 'description' | 'reason' | 'target'; text: string; expect: boolean }
export const P = (sector: string, field: PrivateCase['field'], text: string, expect: boolean): PrivateCase => ({ sector, field, text, expect });


/** A row as an import reads its cells: 指标性质, 指标值 and 计量单位 through deriveTarget. */
export const X = (sector: string, level1: string | null, level2: string, name: string, nature: string | null, value: string, unit: string | null, expect: Expect, also?: FindingCode[]): RowCase => {
  const d = deriveTarget({ nature, value, unit });
  return [sector, level1, level2, name, d.comparator, d.target, d.unit, expect, also];
};
