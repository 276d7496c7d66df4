import { formatNumber, groupSubtotals, isDeductionRow, isSubtotalAt, isTotalsRow, problemPoints, type Form, type Indicator, type RectificationSource, type RectificationSourceItem, type TemplateItem } from '@jixiao/core';
import type { Ctx } from '../context';
import { loadEvaluation } from './evaluations';
import { loadForm, type Executor, type LoadedForm } from './form-store';

/**
 * Where a target's 问题整改 items come from (yearly loop stage 7, 结果应用): the latest earlier year's self-evaluation of
 * the same project (a project target) or of the unit (a department target), and for a department target the latest
 * earlier published 部门评价 of the unit. Only settled sources count: a self-evaluation still being drafted or reworked
 * has not said its problems yet, and an unpublished evaluation is not the unit's to read.
 */
export type SourceKind = 'self_evaluation' | 'evaluation';

const SETTLED = ['submitted', 'department_approved', 'approved', 'published', 'accepted'];

const SYMBOL: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' };
const HALF_CENT = 0.005;

/** The sources and their items for a target form; none for other kinds. */
export async function rectificationSources(ctx: Ctx, target: LoadedForm): Promise<{ sources: RectificationSource[]; items: RectificationSourceItem[] }> {
  const { row, form } = target;
  const sources: RectificationSource[] = [];
  const items: RectificationSourceItem[] = [];
  if (form.kind !== 'project_target' && form.kind !== 'department_target') return { sources, items };
  const sheetId = await latestSelfEvaluation(ctx.db, row.org_id, row.fiscal_year, form);
  const sheet = sheetId === null ? null : await loadForm(ctx.db, sheetId);
  if (sheet) {
    sources.push(sheetSource(sheet));
    items.push(...sheetItems(sheet));
  }
  if (form.kind === 'department_target') {
    const evaluation = await latestPublishedEvaluation(ctx.db, row.org_id, row.fiscal_year);
    const loaded = evaluation === null ? null : await loadEvaluation(ctx, evaluation);
    if (loaded) {
      const { view } = loaded;
      sources.push({
        kind: 'evaluation',
        id: view.id,
        fiscal_year: view.fiscal_year,
        title: `${view.fiscal_year} 年度部门整体评价「${view.template.name}」`, // 「」: template names often carry brackets of their own (…（简表）)
        summary: `评价得分 ${formatNumber(view.result.total)}${view.grade ? `，${view.grade}` : ''}`,
        improvements: null,
      });
      items.push(...evaluationItems(view.id, loaded.row.template as { items?: TemplateItem[] }, view.result.items));
    }
  }
  return { sources, items };
}

/** The project's (or, for a department target, the unit's) self-evaluation of the latest earlier year. */
async function latestSelfEvaluation(db: Executor, orgId: number, year: number, form: Form): Promise<number | null> {
  const kind = form.kind === 'project_target' ? 'project_self_evaluation' : 'department_self_evaluation';
  let q = db.selectFrom('forms').select(['id', 'project_code', 'project_name'])
    .where('kind', '=', kind).where('org_id', '=', orgId).where('fiscal_year', '<', year)
    .where('deleted_at', 'is', null).where('status', 'in', SETTLED)
    .orderBy('fiscal_year', 'desc').orderBy('id', 'desc');
  if (form.kind === 'project_target') {
    const code = form.project_code?.trim() || null;
    const name = form.project_name?.trim() || null;
    if (code === null && name === null) return null;
    // Codes decide when both have one (two projects may share a name, never a code); else the names must agree.
    q = q.where((eb) => {
      const byName = name === null ? eb.val(false) : eb('project_name', '=', name);
      return code === null ? byName : eb.or([eb('project_code', '=', code), eb.and([eb('project_code', 'is', null), byName])]);
    });
  }
  const found = await q.executeTakeFirst();
  return found?.id ?? null;
}

async function latestPublishedEvaluation(db: Executor, orgId: number, year: number): Promise<number | null> {
  const found = await db.selectFrom('evaluations').select('id')
    .where('org_id', '=', orgId).where('fiscal_year', '<', year).where('published_at', 'is not', null)
    .orderBy('fiscal_year', 'desc').orderBy('id', 'desc').executeTakeFirst();
  return found?.id ?? null;
}

function sheetSource({ row, form }: LoadedForm): RectificationSource {
  const what = form.kind === 'project_self_evaluation' ? `项目支出绩效自评表${form.project_name ? `「${form.project_name}」` : ''}` : '部门整体支出绩效自评表';
  // Only a project sheet has 存在问题 / 改进措施 fields (forms.md); a department sheet speaks through its rows.
  const texts = form.kind === 'project_self_evaluation' ? form : null;
  const total = row.total_score;
  return {
    kind: 'self_evaluation',
    id: row.id,
    fiscal_year: row.fiscal_year,
    title: `${row.fiscal_year} 年度${what}`,
    summary: total == null ? null : `自评总分 ${formatNumber(total)}${row.grade ? `，${row.grade}` : ''}`,
    improvements: texts?.improvements?.trim() || null,
  };
}

/** The sheet's 存在问题 (a project sheet's), point by point, and each indicator that fell short of its 分值, with the reason it gave. */
export function sheetItems({ row, form }: LoadedForm): RectificationSourceItem[] {
  if (form.kind !== 'project_self_evaluation' && form.kind !== 'department_self_evaluation') return [];
  const problems = form.kind === 'project_self_evaluation' ? form.problems : null;
  const out: RectificationSourceItem[] = problemPoints(problems).map((text, n) => ({ key: `se:${row.id}:p:${n}`, source: row.id, kind: 'problem', text, detail: null }));
  // A score tree's group lines (履职效能 30 above its rows) repeat their rows' sums: the rows fell short, not the line.
  const subtotals = groupSubtotals(form);
  form.indicators.forEach((ind, ordinal) => {
    if (ind.weight == null || ind.score == null || !(ind.score < ind.weight - HALF_CENT)) return;
    if (isTotalsRow(ind) || isDeductionRow(ind) || isSubtotalAt(subtotals, ordinal)) return;
    out.push({ key: `se:${row.id}:r:${ordinal}`, source: row.id, kind: 'shortfall', text: shortfallText(ind), detail: ind.reason?.trim() || null });
  });
  return out;
}

function shortfallText(ind: Indicator): string {
  const target = ind.target ? `指标值 ${ind.comparator ? (SYMBOL[ind.comparator] ?? '') : ''}${ind.target}${ind.unit && ind.comparator !== 'qualitative' ? ind.unit : ''}，` : '';
  const actual = ind.actual?.trim() ? `完成值 ${ind.actual.trim()}，` : '未填完成值，';
  return `「${ind.name}」未得满分：${target}${actual}得分 ${formatNumber(ind.score!)}/${formatNumber(ind.weight!)}`;
}

/** Scored rows of a published evaluation that lost points, and deductions taken. */
function evaluationItems(id: number, template: { items?: TemplateItem[] }, evaluated: ReadonlyArray<{ id: string; name: string; maxScore: number | null; score: number | null; source: string }>): RectificationSourceItem[] {
  const leaves = new Map<string, TemplateItem>();
  const walk = (list: readonly TemplateItem[]) => {
    for (const item of list) {
      if (item.children?.length) walk(item.children);
      else leaves.set(item.id, item);
    }
  };
  walk(template.items ?? []);
  const out: RectificationSourceItem[] = [];
  for (const e of evaluated) {
    const item = leaves.get(e.id);
    if (!item || e.score == null) continue;
    const lost = item.deduction ? e.score < -HALF_CENT : e.maxScore != null && e.score < e.maxScore - HALF_CENT;
    if (!lost) continue;
    out.push({
      key: `ev:${id}:${e.id}`,
      source: id,
      kind: 'deduction',
      text: item.deduction ? `「${e.name}」扣 ${formatNumber(-e.score)} 分` : `「${e.name}」得分 ${formatNumber(e.score)}/${formatNumber(e.maxScore!)}`,
      detail: item.scoringText?.trim() || item.explanation?.trim() || null,
    });
  }
  return out;
}
