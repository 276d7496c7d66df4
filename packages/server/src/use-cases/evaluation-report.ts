import { buildEvaluationReport, type EvaluationItem, type EvaluationReportData } from '@jixiao/documents';
import { departmentSelfEvaluationSchema, evaluationTemplateSchema, projectSelfEvaluationSchema, type DepartmentTarget, type Policy, type TemplateItem } from '@jixiao/core';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import { assembleForm, formPolicy, policyFor } from './form-store';
import { getEvaluation, type EvaluationView } from './evaluations';

// A report lists at most this many project self-evaluations (the documents schema's own cap).
const MAX_PROJECTS = 1000;
// States a unit has handed in (past the blocking review); drafts and returned forms are not printed.
const REVIEWED = ['submitted', 'department_approved', 'approved', 'published', 'accepted'];

export interface ReportFile {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
}

/**
 * The 部门预算绩效评价报告 of one evaluation, built from stored records only: the template and
 * its item scores, the department's target and self-evaluation forms, and the budget figures of
 * the project self-evaluations in the department's subtree for the same year.
 */
export async function evaluationReport(ctx: Ctx, id: number): Promise<Result<ReportFile>> {
  const seen = await getEvaluation(ctx, id);
  if (!seen.ok) return seen;
  return reportOfEvaluation(ctx, seen.value);
}

/** The report of an evaluation the caller may see (checked by the caller: signed-in access, or published). */
/**
 * The report of one evaluation. The public copy (audience 'public') names no person: the third-party evaluator's account
 * is personal data the public site does not show.
 */
export async function reportOfEvaluation(ctx: Ctx, view: EvaluationView, audience: 'internal' | 'public' = 'internal'): Promise<Result<ReportFile>> {
  const id = view.id;
  const row = await ctx.db
    .selectFrom('evaluations as e')
    .innerJoin('evaluation_templates as t', 't.id', 'e.template_id')
    .innerJoin('orgs as o', 'o.id', 'e.org_id')
    .select(['t.template', 'o.id as org_id', 'o.path as org_path', 'e.region_id', 'e.updated_at'])
    .where('e.id', '=', id)
    .executeTakeFirstOrThrow();
  const template = evaluationTemplateSchema.parse(row.template);
  const scored = new Map(view.result.items.map((i) => [i.id, i]));
  const items: EvaluationItem[] = [];
  const walk = (list: readonly TemplateItem[], path: string[]) => {
    for (const item of list) {
      if (item.children && item.children.length > 0) {
        walk(item.children, [...path, item.name]);
        continue;
      }
      const result = scored.get(item.id);
      items.push({
        level1: path[0] ?? null,
        level2: path[1] ?? null,
        name: item.name,
        weight: item.deduction ? null : item.maxScore,
        score: result?.score ?? null,
        note: result && result.issues.length > 0 ? joinSentences(result.issues) : null,
        deduction: item.deduction === true || path[0] === deductionRoot(template.items, path),
      });
    }
  };
  walk(template.items, []);
  // Groups whose printed 分值 differs from their rows' maxima: printed as the page prints them (21（下级合计31）).
  const groups = view.result.items
    .filter((i) => i.rowsMax != null && i.maxScore != null && i.level <= 2)
    .map((i) => ({ name: i.name, weight: i.maxScore!, rows_weight: i.rowsMax! }));

  // Each embedded self-evaluation is laid out under the policy its own page uses (formPolicy): the one it was published
  // under while 已公开, else its region's of now.
  const own = await ctx.db
    .selectFrom('forms as f')
    .leftJoin('policies as p', (j) => j.onRef('p.region_id', '=', 'f.region_id').onRef('p.fiscal_year', '=', 'f.fiscal_year'))
    .select(['f.id', 'f.kind', 'f.header', 'f.status', 'f.published_policy', 'p.policy as stored_policy'])
    .where('f.org_id', '=', row.org_id)
    .where('f.deleted_at', 'is', null)
    .where('f.fiscal_year', '=', view.fiscal_year)
    .where('f.kind', 'in', ['department_target', 'department_self_evaluation'])
    .orderBy('f.id', 'desc')
    .limit(50)
    .execute();
  const latest = (kind: string) => own.find((f) => f.kind === kind);
  const target = latest('department_target');
  const targetHeader = (target?.header ?? null) as Partial<DepartmentTarget> | null;
  const selfRow = latest('department_self_evaluation');
  const selfEvaluation = selfRow ? departmentSelfEvaluationSchema.safeParse(assembleForm(selfRow, await indicatorsOf(ctx, selfRow.id))) : null;

  const projectRows = await ctx.db
    .selectFrom('forms as f')
    .innerJoin('orgs as o', 'o.id', 'f.org_id')
    .leftJoin('policies as p', (j) => j.onRef('p.region_id', '=', 'f.region_id').onRef('p.fiscal_year', '=', 'f.fiscal_year'))
    .select(['f.id', 'f.header', 'f.status', 'f.published_policy', 'p.policy as stored_policy'])
    .where('f.kind', '=', 'project_self_evaluation')
    .where('f.fiscal_year', '=', view.fiscal_year)
    .where('o.path', 'like', `${row.org_path}%`)
    .where('f.status', 'in', REVIEWED)
    .where('f.deleted_at', 'is', null)
    .orderBy('f.id')
    .limit(MAX_PROJECTS)
    .execute();
  const projects = [];
  const projectPolicies: Policy[] = [];
  for (const p of projectRows) {
    const parsed = projectSelfEvaluationSchema.safeParse(assembleForm(p, await indicatorsOf(ctx, p.id)));
    if (!parsed.success) continue;
    projects.push(parsed.data);
    projectPolicies.push(formPolicy(p));
  }

  const sources = targetHeader?.fund_sources ?? null;
  const income = sources
    ? [
        { label: '财政拨款', amount_wan: sources.government_wan ?? null },
        { label: '财政专户管理资金', amount_wan: sources.special_account_wan ?? null },
        { label: '单位资金', amount_wan: sources.unit_wan ?? null },
      ].filter((i) => i.amount_wan !== null)
    : [];
  const expenditure = projects
    .filter((p) => p.budget && (p.budget.adjusted_wan !== null || p.budget.executed_wan !== null))
    .map((p) => ({ label: p.project_name ?? '未命名项目', budget_wan: p.budget?.adjusted_wan ?? p.budget?.initial_wan ?? null, executed_wan: p.budget?.executed_wan ?? null }));

  const data: EvaluationReportData = {
    fiscal_year: view.fiscal_year,
    department: {
      name: view.org_name,
      code: view.org,
      overview: (targetHeader?.tasks ?? []).map((t) => (t.content ? `${t.name}：${t.content}` : t.name)),
      goal: targetHeader?.goal ?? null,
    },
    funds: { income, expenditure },
    evaluation: {
      items,
      total_score: view.result.total,
      grade: view.grade,
      unscored: view.result.unscored,
      groups,
      process: [`本次评价采用“${template.name}”，${view.evaluator ? (audience === 'public' ? '由第三方评价人员打分' : `由第三方评价人员 ${view.evaluator} 打分`) : '由财政部门组织打分'}，评价状态：${view.status === 'submitted' ? '已提交' : '草稿'}。`],
    },
    department_self_evaluation: selfEvaluation?.success ? selfEvaluation.data : null,
    projects,
    prepared_on: new Date(row.updated_at).toISOString().slice(0, 10),
  };
  let bytes: Uint8Array;
  try {
    const formPolicies = { department_self_evaluation: selfRow && selfEvaluation?.success ? formPolicy(selfRow) : undefined, projects: projectPolicies };
    bytes = await buildEvaluationReport(data, await policyFor(ctx.db, row.region_id, view.fiscal_year), formPolicies);
  } catch (error) {
    return fail('export_failed', `评价报告生成失败：${error instanceof Error ? error.message : String(error)}，请检查评价数据后重试`);
  }
  return ok({
    bytes,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    fileName: `${view.org_name}${view.fiscal_year}年度部门预算绩效评价报告.docx`,
  });
}

/** Messages each ending in 。 joined into one 说明 without 「。；」. */
function joinSentences(list: readonly string[]): string {
  return `${list.map((m) => m.trim().replace(/[。；;.，,\s]+$/u, '')).filter(Boolean).join('；')}。`;
}

/** The name of the top-level 扣分项 the path starts under, so its 二级 rows count as deductions too. */
function deductionRoot(items: readonly TemplateItem[], path: readonly string[]): string | null {
  const top = items.find((i) => i.name === path[0]);
  return top?.deduction ? top.name : null;
}

async function indicatorsOf(ctx: Ctx, formId: number) {
  return ctx.db.selectFrom('indicators').selectAll().where('form_id', '=', formId).orderBy('ordinal').execute();
}
