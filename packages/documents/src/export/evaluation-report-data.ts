import { z } from 'zod';
import { departmentSelfEvaluationSchema, projectSelfEvaluationSchema } from '@jixiao/core';

const text = z.string().max(20000);
const paragraphs = z.array(text).max(200).default([]);
const amount = z.number().finite().nullable().default(null);

/** One scored item of the 部门整体评价 template (or of the department's self-evaluation). */
export const evaluationItemSchema = z.strictObject({
  level1: text.nullable().default(null),
  level2: text.nullable().default(null),
  name: text,
  weight: z.number().finite().nullable().default(null),
  score: z.number().finite().nullable().default(null),
  note: text.nullable().default(null),
  /** 扣分项: points taken off, listed apart from the section its name suggests. */
  deduction: z.boolean().default(false),
});
export type EvaluationItem = z.infer<typeof evaluationItemSchema>;

/**
 * Everything the 部门预算绩效评价报告 prints. The report writes figures only from here
 * (sums, shares and rates are computed from these numbers, never filled in).
 */
export const evaluationReportDataSchema = z.strictObject({
  title: text.nullable().default(null),
  fiscal_year: z.number().int().min(1900).max(2200),
  department: z.strictObject({
    name: text,
    code: text.nullable().default(null),
    /** 部门概况: 职能、机构、人员 as paragraphs. */
    overview: paragraphs,
    /** 年度绩效目标. */
    goal: text.nullable().default(null),
  }),
  funds: z.strictObject({
    income: z.array(z.strictObject({ label: text, amount_wan: amount })).max(100).default([]),
    expenditure: z.array(z.strictObject({ label: text, budget_wan: amount, executed_wan: amount })).max(100).default([]),
    notes: paragraphs,
  }),
  evaluation: z.strictObject({
    items: z.array(evaluationItemSchema).max(1000).default([]),
    total_score: z.number().finite().nullable().default(null),
    /** 等级 as decided; when absent it follows from the total and the policy's grade cut-offs. */
    grade: text.nullable().default(null),
    /** Scorable items still without a score: while any is left the evaluation is 未完成 and gets no grade. */
    unscored: z.number().int().min(0).default(0),
    /**
     * Groups (二级, else 一级) whose printed 分值 differs from their rows' maxima added up: the report prints both, as
     * the page does, and rates the group against its rows.
     */
    groups: z.array(z.strictObject({ name: text, weight: z.number().finite(), rows_weight: z.number().finite() })).max(500).default([]),
    /** How the evaluation was organised (评价组织实施). */
    process: paragraphs,
  }),
  analysis: z.strictObject({
    duty: paragraphs,
    budget: paragraphs,
    finance: paragraphs,
    assets: paragraphs,
    procurement: paragraphs,
    projects: paragraphs,
  }).default({ duty: [], budget: [], finance: [], assets: [], procurement: [], projects: [] }),
  department_self_evaluation: departmentSelfEvaluationSchema.nullable().default(null),
  projects: z.array(projectSelfEvaluationSchema).max(1000).default([]),
  result_use: paragraphs,
  conclusion: paragraphs,
  problems: paragraphs,
  suggestions: paragraphs,
  prepared_by: text.nullable().default(null),
  prepared_on: text.nullable().default(null),
});
export type EvaluationReportData = z.input<typeof evaluationReportDataSchema>;
export type EvaluationReport = z.infer<typeof evaluationReportDataSchema>;
