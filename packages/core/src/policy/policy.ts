import { z } from 'zod';

/**
 * Policy (政策参数): the settings that differ between regions and fiscal years. One place
 * defines them with the defaults of rules.md; every review, scoring and monitoring rule
 * reads them from here, and the server stores one per region and fiscal year.
 */
export const policySchema = z.strictObject({
  /** Indicator framework: 2020 (成本 under 产出) or 2021 (成本 its own 一级). */
  framework: z.enum(['2020', '2021']).default('2021'),
  /** Weight each form kind's indicators must total. Project targets leave 10 to budget execution. */
  weightTotals: z
    .strictObject({
      project_target: z.number().default(90),
      department_target: z.number().default(100),
      project_self_evaluation: z.number().default(90),
      department_self_evaluation: z.number().default(100),
    })
    .default({ project_target: 90, department_target: 100, project_self_evaluation: 90, department_self_evaluation: 100 }),
  /**
   * 一级指标 shares of a self-evaluation's indicator points when the approved target gave its rows no 分值 and the unit
   * sets them (按常规分配分值; the national 自评表 template: 产出 50 / 效益 30 / 满意度 10 of the 90). The shares are
   * ratios: scaled to the kind's weightTotals, and to the levels a sheet has (a sheet without 满意度 rows shares the 90
   * between 产出 and 效益 as 50 : 30). `cost` null: 成本指标 rows of the 2021 framework take part of 产出's share with it
   * (成本 was 产出's 二级 until 2021); a number gives 成本 its own share. null as a whole: every row the same share.
   */
  levelShares: z
    .strictObject({
      output: z.number().min(0).default(50),
      benefit: z.number().min(0).default(30),
      satisfaction: z.number().min(0).default(10),
      cost: z.number().min(0).nullable().default(null),
    })
    .nullable()
    .default({ output: 50, benefit: 30, satisfaction: 10, cost: null }),
  /** Minimum 满意度 target, in percent. */
  minSatisfaction: z.number().min(0).max(100).default(90),
  /** Budget execution's share of a project self-evaluation. */
  budgetExecutionWeight: z.number().min(0).max(100).default(10),
  /** Budget execution rate (%) below which a self-evaluation must say why the budget was not spent. */
  budgetReasonBelowRate: z.number().min(0).max(100).default(90),
  /** 超额完成 rule: none = full marks and no more; explain = A ≥ threshold×T needs a reason; deduct = score falls beyond it. */
  overAchievement: z.enum(['none', 'explain', 'deduct']).default('none'),
  overAchievementThreshold: z.number().min(1).default(1.3),
  /** Grade cut-offs (等级): 优 ≥ excellent, 良 ≥ good, 中 ≥ pass, else 差. */
  grades: z
    .strictObject({ excellent: z.number().default(90), good: z.number().default(80), pass: z.number().default(60) })
    .default({ excellent: 90, good: 80, pass: 60 }),
  /** Qualitative bands (达成 / 部分达成 / 未达成) as fractions of the weight, and the defaults picked. */
  qualitativeBands: z
    .strictObject({
      achievedMin: z.number().default(0.8),
      partialMin: z.number().default(0.6),
      achievedDefault: z.number().default(1),
      partialDefault: z.number().default(0.7),
      notAchievedDefault: z.number().default(0.3),
    })
    .default({ achievedMin: 0.8, partialMin: 0.6, achievedDefault: 1, partialDefault: 0.7, notAchievedDefault: 0.3 }),
  /** Monitoring lights (双监控): progress below red is red, below yellow is yellow; at or above blue is ahead of plan. */
  monitoring: z
    .strictObject({
      red: z.number().default(60),
      yellow: z.number().default(80),
      blue: z.number().default(120),
      /** Projects with at least this budget (万元) and execution progress below keyProgress go on the 重点监控 list. */
      keyBudgetWan: z.number().default(200),
      keyProgress: z.number().default(60),
      periods: z.array(z.number().int().min(1).max(12)).default([6, 7, 8]),
    })
    .default({ red: 60, yellow: 80, blue: 120, keyBudgetWan: 200, keyProgress: 60, periods: [6, 7, 8] }),
  /** Tolerance for budget arithmetic, 万元. */
  amountTolerance: z.number().min(0).default(0.01),
});

export type Policy = z.infer<typeof policySchema>;

export const DEFAULT_POLICY: Policy = policySchema.parse({});

/** A policy from stored or user-given settings, defaults filled in. */
export function makePolicy(overrides: unknown = {}): Policy {
  return policySchema.parse(overrides);
}
