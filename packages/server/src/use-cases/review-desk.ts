import { FINDING_CODE_LABELS, FORM_KIND_LABELS, SEVERITY_LABELS, type FindingCode, type FormKind } from '@jixiao/core';
import type { FindingsTableRow } from '@jixiao/documents';
import { sql } from 'kysely';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import { port, review } from '../ports';
import { AT_DEPARTMENT } from './awaiting';
import { filteredForms, type FormFilters } from './form-list';
import { formOrder, orderedBy } from './form-sort';
import { findingsForOne, formPolicy, loadForm } from './form-store';
import type { ExportFile } from './public';
import { siblingAtPolicyTotal } from './sibling-targets';

/** How many forms one findings export reviews: a county's season is a few hundred; beyond this the filter must narrow. */
export const FINDINGS_EXPORT_MAX_FORMS = 2000;

const EXPORT_READS_AT_ONCE = 4;

/** One form's findings as the table's rows: reviewed as its page reviews it. */
async function formFindingRows(ctx: Ctx, id: number): Promise<FindingsTableRow[]> {
  const loaded = await loadForm(ctx.db, id, {});
  if (!loaded) return [];
  const { row, form } = loaded;
  const policy = formPolicy(row);
  const findings = findingsForOne(review([form], policy, loaded.review, await siblingAtPolicyTotal(ctx.db, row, form, policy)));
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
 * 问题类型, 严重程度, 说明). Each form is reviewed as its page reviews it (the live review under its region's policy,
 * with the stored data its history and peer checks compare against), so the file says what the reviewer sees.
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
  // A few forms at a time: on PostgreSQL their reads overlap on the pool; the embedded database takes them in turn.
  const rows: FindingsTableRow[] = [];
  for (let i = 0; i < ids.length; i += EXPORT_READS_AT_ONCE) {
    const batch = await Promise.all(ids.slice(i, i + EXPORT_READS_AT_ONCE).map(({ id }) => formFindingRows(ctx, id)));
    for (const part of batch) rows.push(...part);
  }
  const day = ctx.clock.now().toISOString().slice(0, 10);
  const bytes = await port.findingsTableXlsx(rows, `审核发现清单（${ids.length} 张表）`);
  return ok({ bytes, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: `审核发现清单-${day}.xlsx` });
}
