import { formSchema, type Form, type Indicator } from '../forms/forms-schema';
import type { Finding } from './finding';

/** A well-formed project target (total weight 90, all categories, goal carried by an indicator), for tests to vary. */
export const CLEAN_ROWS: Array<Partial<Indicator>> = [
  { level1: '产出指标', level2: '数量指标', name: '组织培训班次', weight: 30, unit: '次', comparator: '>=', target: '2' },
  { level1: '产出指标', level2: '质量指标', name: '培训合格率', weight: 20, unit: '%', comparator: '>=', target: '95' },
  { level1: '产出指标', level2: '时效指标', name: '资金支付及时率', weight: 10, unit: '%', comparator: '=', target: '100' },
  { level1: '效益指标', level2: '社会效益指标', name: '参训人员业务能力', weight: 20, unit: null, comparator: 'qualitative', target: '明显提升' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '受训学员满意度', weight: 10, unit: '%', comparator: '>=', target: '90' },
];

export function projectForm(rows: Array<Partial<Indicator>> = CLEAN_ROWS, extra: Record<string, unknown> = {}): Form {
  return formSchema.parse({ kind: 'project_target', fiscal_year: 2024, project_name: '培训经费', goal: '组织2次培训', indicators: rows.map((r) => ({ name: '指标', ...r })), ...extra });
}

/** CLEAN_ROWS with row i replaced (fields merged). */
export function withRow(i: number, patch: Partial<Indicator>): Array<Partial<Indicator>> {
  return CLEAN_ROWS.map((r, k) => (k === i ? { ...r, ...patch } : r));
}

export function form(kind: Form['kind'], rows: Array<Partial<Indicator>>, extra: Record<string, unknown> = {}): Form {
  return formSchema.parse({ kind, indicators: rows.map((r) => ({ name: '指标', ...r })), ...extra });
}

/** `code@row` for each finding, for compact expectations. */
export function tags(findings: Finding[]): string[] {
  return findings.map((f) => `${f.code}@${f.row ?? '-'}`);
}
