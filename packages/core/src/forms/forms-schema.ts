import { z } from 'zod';

/**
 * The `jixiao.forms/v1` interchange model (../shared/spec/forms.md): what the importer
 * emits, what exports read, and what the REST API speaks for one form.
 *
 * Glossary: 一级/二级/三级指标 = level1/level2/name; 指标权重/指标分值 = weight;
 * 计量单位 = unit; 指标性质 = comparator; 指标值 = target; 指标值确定依据 = basis;
 * 评分说明 = method; 完成值 = actual; 得分 = score; 未完成原因 = reason; 万元 = wan (10,000 CNY).
 */
export const FORMS_FORMAT = 'jixiao.forms/v1' as const;

export const COMPARATORS = ['>=', '<=', '=', '>', '<', 'qualitative'] as const;
export const comparatorSchema = z.enum(COMPARATORS);
export type Comparator = z.infer<typeof comparatorSchema>;

const text = z.string().max(20000);
const nullableText = text.nullable();
const money = z.number().finite().nullable();

export const indicatorSchema = z.strictObject({
  level1: nullableText.default(null),
  level2: nullableText.default(null),
  name: z.string().max(2000),
  description: nullableText.default(null),
  weight: z.number().finite().nullable().default(null),
  unit: z.string().max(200).nullable().default(null),
  comparator: comparatorSchema.nullable().default(null),
  target: text.default(''),
  basis: nullableText.default(null),
  method: nullableText.default(null),
  actual: nullableText.default(null),
  score: z.number().finite().nullable().default(null),
  reason: nullableText.default(null),
});
export type Indicator = z.infer<typeof indicatorSchema>;

const common = {
  fiscal_year: z.number().int().min(1900).max(2200).nullable().default(null),
  org: nullableText.default(null),
  org_code: z.string().max(100).nullable().default(null),
  department: nullableText.default(null),
  indicators: z.array(indicatorSchema).max(5000).default([]),
};

export const taskSchema = z.strictObject({
  name: text,
  content: nullableText.default(null),
  budget_wan: money.default(null),
});
export const titledTextSchema = z.strictObject({ title: text, text: text });

export const departmentTargetSchema = z.strictObject({
  kind: z.literal('department_target'),
  ...common,
  budget_total_wan: money.default(null),
  fund_sources: z
    .strictObject({ government_wan: money.default(null), special_account_wan: money.default(null), unit_wan: money.default(null) })
    .nullable()
    .default(null),
  structure: z.strictObject({ basic_wan: money.default(null), project_wan: money.default(null) }).nullable().default(null),
  goal: nullableText.default(null),
  tasks: z.array(taskSchema).max(1000).default([]),
  sub_goals: z.array(titledTextSchema).max(1000).default([]),
  measures: z.array(titledTextSchema).max(1000).default([]),
});

export const spendingPlanSchema = z.strictObject({
  mar: money.default(null),
  jun: money.default(null),
  oct: money.default(null),
  dec: money.default(null),
});
export type SpendingPlan = z.infer<typeof spendingPlanSchema>;

export const projectTargetSchema = z.strictObject({
  kind: z.literal('project_target'),
  ...common,
  project_code: z.string().max(200).nullable().default(null),
  project_name: nullableText.default(null),
  budget_total_wan: money.default(null),
  budget_fiscal_wan: money.default(null),
  budget_other_wan: money.default(null),
  budget_district_wan: money.default(null),
  budget_subsidy_towns_wan: money.default(null),
  overview: nullableText.default(null),
  basis: nullableText.default(null),
  goal: nullableText.default(null),
  spending_plan: spendingPlanSchema.nullable().default(null),
});

export const selfEvaluationBudgetSchema = z.strictObject({
  initial_wan: money.default(null),
  adjusted_wan: money.default(null),
  executed_wan: money.default(null),
  execution_rate: money.default(null),
  weight: money.default(null),
  score: money.default(null),
  reason: nullableText.default(null),
});
export type SelfEvaluationBudget = z.infer<typeof selfEvaluationBudgetSchema>;

export const projectSelfEvaluationSchema = z.strictObject({
  kind: z.literal('project_self_evaluation'),
  ...common,
  project_code: z.string().max(200).nullable().default(null),
  project_name: nullableText.default(null),
  goal: nullableText.default(null),
  goal_outcome: nullableText.default(null),
  budget: selfEvaluationBudgetSchema.nullable().default(null),
  total_score: money.default(null),
  conclusion: nullableText.default(null),
  problems: nullableText.default(null),
  improvements: nullableText.default(null),
});

export const departmentSelfEvaluationSchema = z.strictObject({
  kind: z.literal('department_self_evaluation'),
  ...common,
  total_score: money.default(null),
  goal: nullableText.default(null),
});

export const formSchema = z.discriminatedUnion('kind', [
  departmentTargetSchema,
  projectTargetSchema,
  projectSelfEvaluationSchema,
  departmentSelfEvaluationSchema,
]);
export type Form = z.infer<typeof formSchema>;
export type FormKind = Form['kind'];
export type DepartmentTarget = z.infer<typeof departmentTargetSchema>;
export type ProjectTarget = z.infer<typeof projectTargetSchema>;
export type ProjectSelfEvaluation = z.infer<typeof projectSelfEvaluationSchema>;
export type DepartmentSelfEvaluation = z.infer<typeof departmentSelfEvaluationSchema>;
export const FORM_KINDS = ['department_target', 'project_target', 'project_self_evaluation', 'department_self_evaluation'] as const;

/** Chinese names of the form kinds, for UI and reports. */
export const FORM_KIND_LABELS: Record<FormKind, string> = {
  department_target: '部门（单位）整体绩效目标表',
  project_target: '项目支出绩效目标表',
  project_self_evaluation: '项目支出绩效自评表',
  department_self_evaluation: '部门整体支出绩效自评表',
};

export const importWarningSchema = z.strictObject({
  form: z.number().int().min(0).nullable(),
  row: z.number().int().min(0).nullable(),
  code: z.string().max(100),
  message: z.string().max(2000),
});
export type ImportWarning = z.infer<typeof importWarningSchema>;

export const formsDocumentSchema = z.strictObject({
  format: z.literal(FORMS_FORMAT),
  source: z.string().max(1000).nullable().default(null),
  forms: z.array(formSchema).max(10000),
  warnings: z.array(importWarningSchema).default([]),
});
export type FormsDocument = z.infer<typeof formsDocumentSchema>;

/** A form with every default filled in: the shape importers and editors start from. */
export function emptyForm<K extends FormKind>(kind: K): Extract<Form, { kind: K }> {
  return formSchema.parse({ kind }) as Extract<Form, { kind: K }>;
}

export function emptyIndicator(name = ''): Indicator {
  return indicatorSchema.parse({ name });
}
