import { z } from 'zod';

/** Review check codes (rules.md §2), grouped by the severity each one carries. */
export const ERROR_CODES = [
  'levels', 'comparator_missing', 'not_numeric', 'unit_missing', 'weights', 'names', 'spending_plan', 'budget_arithmetic', 'self_evaluation',
] as const;
export const WARNING_CODES = [
  'coverage', 'satisfaction', 'unit_vs_name', 'implausible_target', 'direction', 'qualitative_vs_quantitative', 'level_vs_name',
  'goal_vs_indicators', 'private_data',
] as const;
export const INFO_CODES = ['basis_missing', 'history', 'peer_outlier'] as const;
export const FINDING_CODES = [...ERROR_CODES, ...WARNING_CODES, ...INFO_CODES] as const;

export const findingCodeSchema = z.enum(FINDING_CODES);
export type FindingCode = z.infer<typeof findingCodeSchema>;
export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

export const findingSchema = z.strictObject({
  code: findingCodeSchema,
  severity: severitySchema,
  /** 0-based index into the reviewed forms. */
  form: z.number().int().min(0),
  /** 0-based index into the form's indicators; null for a form-level finding. */
  row: z.number().int().min(0).nullable(),
  field: z.string().nullable(),
  message: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;

export const FINDINGS_FORMAT = 'jixiao.findings/v1' as const;
export const findingsDocumentSchema = z.strictObject({
  format: z.literal(FINDINGS_FORMAT),
  findings: z.array(findingSchema),
});
export type FindingsDocument = z.infer<typeof findingsDocumentSchema>;

const SEVERITY_OF: Record<FindingCode, Severity> = Object.fromEntries([
  ...ERROR_CODES.map((c) => [c, 'error']),
  ...WARNING_CODES.map((c) => [c, 'warning']),
  ...INFO_CODES.map((c) => [c, 'info']),
]) as Record<FindingCode, Severity>;

export function severityOf(code: FindingCode): Severity {
  return SEVERITY_OF[code];
}

/** Chinese names of the checks, for reports and the editor's legend. */
export const FINDING_CODE_LABELS: Record<FindingCode, string> = {
  levels: '指标层级',
  comparator_missing: '缺少指标性质',
  not_numeric: '指标值非数值',
  unit_missing: '缺少计量单位',
  weights: '权重',
  names: '指标名称',
  spending_plan: '资金支出计划',
  budget_arithmetic: '预算金额勾稽',
  self_evaluation: '自评得分',
  coverage: '指标覆盖',
  satisfaction: '满意度指标',
  unit_vs_name: '单位与名称不符',
  implausible_target: '指标值不合理',
  direction: '指标方向',
  qualitative_vs_quantitative: '定性定量矛盾',
  level_vs_name: '名称与二级指标不符',
  goal_vs_indicators: '目标与指标不对应',
  private_data: '个人信息',
  basis_missing: '缺少取值依据',
  history: '历史对比',
  peer_outlier: '同类对比',
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
