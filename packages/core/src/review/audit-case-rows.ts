import { formSchema, type Indicator } from '../forms/forms-schema';
import type { Finding, FindingCode } from './finding';
import { reviewForms } from './review-forms';

/**
 * What the held-out audit-case tests share (review-audit-cases-b33…): a row case is appended to four clean rows of a
 * 2024 project target and is the row checked.
 */
export interface AuditCase { id: string; code: FindingCode; expect: 'flag' | 'no_flag'; row: Partial<Indicator>; why: string }

export const O = '产出指标';
export const B = '效益指标';
export const S = '满意度指标';
export const C = '成本指标';

const BASE: Array<Partial<Indicator>> = [
  { level1: O, level2: '数量指标', name: '组织培训班次', unit: '次', comparator: '>=', target: '2' },
  { level1: O, level2: '质量指标', name: '培训合格率', unit: '%', comparator: '>=', target: '95' },
  { level1: B, level2: '社会效益指标', name: '参训人员业务能力', unit: null, comparator: 'qualitative', target: '明显提升' },
  { level1: S, level2: '服务对象满意度指标', name: '受训学员满意度', unit: '%', comparator: '>=', target: '90' },
];

export const row = (level1: string, level2: string, name: string, comparator: Indicator['comparator'], target: string, unit: string | null): Partial<Indicator> =>
  ({ level1, level2, name, comparator, target, unit });

/** The findings on the appended row. */
export function findingsOn(r: Partial<Indicator>): Finding[] {
  const form = formSchema.parse({ kind: 'project_target', fiscal_year: 2024, project_name: '测试项目', indicators: [...BASE, r] });
  return reviewForms([form], { frameworkFromYear: true, publishing: true }).filter((f) => f.row === BASE.length);
}

/** Whether the review raises the case's code on its row. */
export function raises(c: AuditCase): boolean {
  return findingsOn(c.row).some((f) => f.code === c.code);
}

/** The cases as it.each rows, named by id and what is expected. */
export function caseTable(cases: readonly AuditCase[]): Array<readonly [string, AuditCase]> {
  return cases.map((c) => [`${c.id} (${c.expect})`, c] as const);
}
