import { FINDING_CODE_LABELS, FORM_KIND_LABELS, SEVERITY_LABELS, type FindingCode, type FormKind } from '@jixiao/core';
import type { FindingsTableRow } from '@jixiao/documents';
import { sql } from 'kysely';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import { port } from '../ports';
import { AT_DEPARTMENT } from './awaiting';
import { filteredForms, type FormFilters } from './form-list';
import { formOrder, orderedBy } from './form-sort';
import type { ExportFile } from './public';
import { reviewMany, type ReviewedForm } from './review-many';

/** How many forms one findings export reviews: a county's season is a few hundred; beyond this the filter must narrow. */
export const FINDINGS_EXPORT_MAX_FORMS = 2000;

/** One form's findings as the table's rows. */
function findingRows({ row, form, findings }: ReviewedForm): FindingsTableRow[] {
  const kind = FORM_KIND_LABELS[row.kind as FormKind] ?? row.kind;
  return findings.map((f) => ({
    org: row.org_name,
    project: row.project_name || kind,
    form: kind,
    row: f.row === null ? null : f.row + 1,
    indicator: f.row === null ? '' : (form.indicators[f.row]?.name ?? ''),
    type: FINDING_CODE_LABELS[f.code as FindingCode] ?? f.code,
    severity: SEVERITY_LABELS[f.severity],
    message: f.message,
  }));
}

export interface QueueCount {
  status: string;
  /** A submitted target of a unit under a 主管部门 (its next decision is the department's): awaiting.ts. */
  at_department: boolean;
  n: number;
}

/**
 * The number of forms per status (submitted ones split by whose decision they wait for) under the list's filters
 * other than status and awaiting, so every queue tab can show its count from one query.
 */
export async function queueCounts(ctx: Ctx, filters: Omit<FormFilters, 'status' | 'awaiting' | 'sort' | 'order' | 'limit' | 'offset'>): Promise<Result<{ counts: QueueCount[] }>> {
  const filtered = await filteredForms(ctx, filters);
  if (!filtered.ok) return filtered;
  const rows = await filtered.value
    .select(['f.status', AT_DEPARTMENT.as('at_department'), (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(['f.status', sql`2`])
    .execute();
  return ok({ counts: rows.map((r) => ({ status: r.status, at_department: r.at_department === true, n: Number(r.n) })) });
}

/**
 * The findings of every form in the filtered list, in the list's order, as an .xlsx table (单位, 项目, 表, 行, 指标,
 * 问题类型, 严重程度, 说明). Each form is reviewed as its page reviews it (the live review under its policy, with the
 * stored data its history and peer checks compare against), so the file says what the reviewer sees now: the review is
 * not stored per form, since a peer's or last year's save changes it without touching the form.
 */
export async function exportFindings(ctx: Ctx, filters: FormFilters): Promise<Result<ExportFile>> {
  const order = formOrder(filters);
  if (!order.ok) return order;
  const filtered = await filteredForms(ctx, { ...filters, limit: undefined, offset: undefined });
  if (!filtered.ok) return filtered;
  const ids = await orderedBy(filtered.value.select('f.id'), order.value).limit(FINDINGS_EXPORT_MAX_FORMS + 1).execute();
  if (ids.length > FINDINGS_EXPORT_MAX_FORMS) {
    return fail('validation_failed', `筛选结果超过 ${FINDINGS_EXPORT_MAX_FORMS} 张表，请按单位、表类型、年度或问题类型缩小范围后再导出`);
  }
  // Reviewed live in a few set-wide reads (reviewMany), then put back in the list's order.
  const reviewed = await reviewMany(ctx.db, ids.map(({ id }) => id));
  const rows: FindingsTableRow[] = [];
  for (const { id } of ids) {
    const one = reviewed.get(id);
    if (one) rows.push(...findingRows(one));
  }
  const day = ctx.clock.now().toISOString().slice(0, 10);
  const bytes = await port.findingsTableXlsx(rows, `审核发现清单（${ids.length} 张表）`);
  return ok({ bytes, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: `审核发现清单-${day}.xlsx` });
}
