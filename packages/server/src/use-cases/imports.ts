import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { defaultImportYear, formSchema, type Form, type FormsDocument, type ImportWarning, type ImportYearSource, type Policy } from '@jixiao/core';
import { inScope, requireRole } from '../access';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import type { Database } from '../db/schema';
import { fail, ok, type Result } from '../errors';
import { port, review, type Finding } from '../ports';
import { changesSiblingConvention, refreshSiblingCounts, siblingAtPolicyTotal } from './sibling-targets';
import { reviewScope, storedReviewData } from './stored-review';
import { findingsSummary, headerColumns, jsonb, policyFor, replaceIndicators } from './form-store';
import { documentHeaderDiff, recordHeader, withRecordHeader } from './record-header';
import { refuseClosedYear } from './year-closed';
import { POLICY_MOVED, readPolicy, untilPolicySettles, writeUnderPolicy } from './form-save-policy';

const IMPORT_ROLES = ['unit_editor', 'finance_reviewer'] as const;
/** A preview nobody committed within a day is abandoned; its stored document is dropped. */
export const PREVIEW_TTL_MS = 24 * 60 * 60 * 1000;

/** Deletes uncommitted previews older than PREVIEW_TTL_MS; returns how many went. */
export async function purgeStalePreviews(db: Ctx['db'], now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - PREVIEW_TTL_MS);
  const r = await db.deleteFrom('import_jobs').where('status', '=', 'preview').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export interface ImportPreview {
  id: string;
  file_name: string;
  forms: Form[];
  findings: Finding[];
  warnings: ImportWarning[];
  /** Forms the unit already has of the same kind, year and project as a form of the preview (by that form's index). */
  existing: ExistingForm[];
  /** The year the file is read and would be stored under, and where it came from (chosen on upload, or by default). */
  fiscal_year: number;
  year_source: ImportYearSource | 'chosen';
}

export interface ExistingForm {
  form: number;
  id: number;
  kind: string;
  status: string;
  project_name: string | null;
}

/** Reads an uploaded document into a preview stored in the database; no form is written yet. */
export async function previewImport(ctx: Ctx, input: { bytes: Uint8Array; fileName: string; org: string; fiscal_year?: number | undefined }): Promise<Result<ImportPreview>> {
  const who = requireRole(ctx.actor, IMPORT_ROLES);
  if (!who.ok) return who;
  const org = await ctx.db.selectFrom('orgs').selectAll().where('code', '=', input.org).executeTakeFirst();
  if (!org || !inScope(who.actor, org.path)) return fail('not_found', `单位编码 ${input.org} 不存在或不在您的管辖范围内`);
  const outcome = await port.importFile(input.bytes, input.fileName);
  // The importer's own messages name the file, what is wrong with it and how to fix it.
  if (!outcome.ok) return fail('import_failed', outcome.issues.map((i) => i.message).join('；') || `无法读取文件「${input.fileName}」，请导入 Word（.docx）、Excel（.xlsx）、PDF、CSV 或文本文件`, { issues: outcome.issues });
  // Unless the clerk chose a year, the file is read under the year it states, else the year its kind is filed for
  // today (a target in November is next year's): the same default for every file, shown with where it came from.
  const year = input.fiscal_year != null ? { year: input.fiscal_year, source: 'chosen' as const } : defaultImportYear(outcome.document.forms, ctx.clock.now());
  await purgeStalePreviews(ctx.db, ctx.clock.now());
  if (!year || outcome.document.forms.length === 0) return noFormsFound(input.fileName, outcome.document.warnings);
  const fiscalYear = year.year;
  const closed = await refuseClosedYear(ctx.db, { region_id: org.region_id, fiscal_year: fiscalYear });
  if (closed) return closed;
  // A document that names no year is filed under the year it is read under: the form carries it too, so its
  // review (framework by year) and every later export agree with where it is filed.
  const document = { ...outcome.document, forms: outcome.document.forms.map((f) => withYear(f, fiscalYear)) };
  const policy = await policyFor(ctx.db, org.region_id, fiscalYear);
  // Reviewed as they will be stored (under the chosen unit and year); the preview and the job keep the document's own header.
  const header = await recordHeader(ctx.db, org.id, fiscalYear);
  const stored = document.forms.map((f) => withRecordHeader(f, header));
  const findings = review(stored, policy, await storedReviewData(ctx.db, { orgId: org.id, regionId: org.region_id, fiscalYear }, stored.flatMap((f) => f.indicators)));
  const id = randomUUID();
  await ctx.db
    .insertInto('import_jobs')
    .values({
      id,
      org_id: org.id,
      fiscal_year: fiscalYear,
      file_name: input.fileName,
      status: 'preview',
      document: jsonb(document),
      findings: jsonb(findings),
      created_by: who.actor.userId,
      created_at: ctx.clock.now(),
      committed_at: null,
    })
    .execute();
  const existing = await sameForms(ctx.db, org.id, document.forms, fiscalYear);
  return ok({ id, file_name: input.fileName, forms: document.forms, findings, warnings: document.warnings, existing, fiscal_year: fiscalYear, year_source: year.source });
}

/**
 * The unit's stored forms that a preview's forms would duplicate: same kind and year, and for a project the same
 * name (blanks and case aside). A second import of one file is the usual cause; the clerk is told before confirming.
 */
async function sameForms(db: Ctx['db'], orgId: number, forms: Form[], fiscalYear: number): Promise<ExistingForm[]> {
  // Every form is stored under the chosen year, whatever year the document names.
  const kinds = [...new Set(forms.map((f) => f.kind))];
  const stored = await db.selectFrom('forms').select(['id', 'kind', 'status', 'fiscal_year', 'project_name'])
    .where('org_id', '=', orgId).where('deleted_at', 'is', null).where('fiscal_year', '=', fiscalYear).where('kind', 'in', kinds)
    .orderBy('id').execute();
  const key = (name: string | null | undefined) => (name ?? '').replace(/\s+/g, '').toLowerCase();
  const out: ExistingForm[] = [];
  forms.forEach((f, i) => {
    const project = 'project_name' in f ? key(f.project_name) : '';
    for (const r of stored) {
      if (r.kind !== f.kind || key(r.project_name) !== project) continue;
      out.push({ form: i, id: r.id, kind: r.kind, status: r.status, project_name: r.project_name });
    }
  });
  return out;
}

/** Writes a stored preview as draft forms; any server process can do it (the job is in the database). */
export async function commitImport(ctx: Ctx, input: { id: string; forms?: number[] | undefined }): Promise<Result<{ id: string; forms: { id: number; kind: string; project_name: string | null }[] }>> {
  const who = requireRole(ctx.actor, IMPORT_ROLES);
  if (!who.ok) return who;
  const job = await ctx.db
    .selectFrom('import_jobs as j')
    .innerJoin('orgs as o', 'o.id', 'j.org_id')
    .select(['j.id', 'j.status', 'j.created_at', 'j.document', 'j.fiscal_year', 'j.created_by', 'o.id as org_id', 'o.region_id', 'o.path'])
    .where('j.id', '=', input.id)
    .executeTakeFirst();
  if (!job || !inScope(who.actor, job.path)) return fail('not_found', `导入任务 ${input.id} 不存在`);
  if (job.status !== 'preview') return fail('invalid_transition', '该导入已确认过，不能重复导入');
  const closed = await refuseClosedYear(ctx.db, job);
  if (closed) return closed;
  if (ctx.clock.now().getTime() - new Date(job.created_at).getTime() > PREVIEW_TTL_MS) return fail('not_found', `导入预览 ${input.id} 已超过 24 小时失效，请重新上传文件`);
  const document = job.document as FormsDocument;
  // The clerk may tick only some forms of a multi-form file (by their index in the preview); the rest are not stored.
  const picked = input.forms ? [...new Set(input.forms)].sort((a, b) => a - b) : null;
  const outside = picked?.find((i) => i >= document.forms.length);
  if (outside !== undefined) return fail('validation_failed', `导入预览只有 ${document.forms.length} 张表，没有第 ${outside + 1} 张`);
  const chosen = picked ? picked.map((i) => document.forms[i]!) : document.forms;
  return untilPolicySettles(async () => {
    // The forms are reviewed and scored under this policy as they are written: a policy change under way is waited for.
    const read = await readPolicy(ctx.db, job.region_id, job.fiscal_year);
    const forms = await writeUnderPolicy(ctx.db, read, async (trx) => {
      // Claim the job first so two concurrent commits cannot both write the forms.
      const claimed = await trx.updateTable('import_jobs').set({ status: 'committed', committed_at: ctx.clock.now() }).where('id', '=', input.id).where('status', '=', 'preview').executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return null;
      return writeForms(trx, ctx, { orgId: job.org_id, regionId: job.region_id, fiscalYear: job.fiscal_year, forms: chosen, status: 'draft', importJobId: input.id, policy: read.policy });
    });
    if (forms === POLICY_MOVED) return forms;
    if (!forms) return fail('invalid_transition', '该导入已确认过，不能重复导入');
    return ok({ id: input.id, forms });
  });
}

function withYear(form: Form, fiscalYear: number): Form {
  return form.fiscal_year == null ? { ...form, fiscal_year: fiscalYear } : form;
}

export async function writeForms(
  trx: Transaction<Database>,
  ctx: Ctx,
  /** policy: the region's for the year, read under writeUnderPolicy's check (or where nothing else writes, as at bootstrap). */
  input: { orgId: number; regionId: number | null; fiscalYear: number; forms: Form[]; status: string; importJobId: string | null; policy: Policy },
): Promise<{ id: number; kind: string; project_name: string | null }[]> {
  const now = ctx.clock.now();
  const { policy } = input;
  const out: { id: number; kind: string; project_name: string | null }[] = [];
  const written: Array<{ id: number; form: Form }> = [];
  const header = await recordHeader(trx, input.orgId, input.fiscalYear);
  for (const raw of input.forms) {
    const parsed = formSchema.parse(raw);
    const form = withRecordHeader(parsed, header);
    const document = documentHeaderDiff(parsed, header);
    const cols = headerColumns(form);
    const scored = port.storedSheetScore(form, { policy });
    let projectId: number | null = null;
    if (cols.project_name) {
      const project = await trx
        .insertInto('projects')
        .values({ region_id: input.regionId, org_id: input.orgId, fiscal_year: input.fiscalYear, code: cols.project_code, name: cols.project_name })
        .returning('id')
        .executeTakeFirstOrThrow();
      projectId = project.id;
    }
    const row = await trx
      .insertInto('forms')
      .values({
        kind: form.kind,
        region_id: input.regionId,
        org_id: input.orgId,
        fiscal_year: input.fiscalYear,
        status: input.status,
        project_id: projectId,
        project_code: cols.project_code,
        project_name: cols.project_name,
        budget_total_wan: cols.budget_total_wan,
        total_score: scored?.total ?? null,
        grade: scored ? scored.grade : null,
        header: jsonb(cols.header),
        findings: jsonb(findingsSummary([])),
        import_job_id: input.importJobId,
        created_by: ctx.actor?.userId ?? null,
        created_at: now,
        updated_at: now,
        published_at: input.status === 'published' ? now : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceIndicators(trx, row.id, form.indicators);
    await recordAudit(trx, ctx, { action: 'form.import', entity: 'form', entityId: row.id, after: { kind: form.kind, project_name: cols.project_name, status: input.status, import_job: input.importJobId, ...(document ? { document_header: document } : {}) } });
    out.push({ id: row.id, kind: form.kind, project_name: cols.project_name });
    written.push({ id: row.id, form });
  }
  // The stored counts (the queue's 审核发现) are what opening the form shows. That review sees the stored
  // history and peers and the unit's other project targets, which include the document's later forms, so
  // it runs once the whole document is written.
  for (const { id, form } of written) {
    const row = { id, org_id: input.orgId, region_id: input.regionId, fiscal_year: input.fiscalYear };
    const stored = await storedReviewData(trx, reviewScope(row), form.indicators);
    const findings = review([form], policy, stored, await siblingAtPolicyTotal(trx, row, form, policy));
    await trx.updateTable('forms').set({ findings: jsonb(findingsSummary(findings)) }).where('id', '=', id).execute();
  }
  // A 90-point target brought in flags the unit's 100-point targets already stored: their counts follow.
  const reaching = written.find(({ form }) => changesSiblingConvention(null, form, policy));
  if (reaching) await refreshSiblingCounts(trx, { id: reaching.id, org_id: input.orgId, fiscal_year: input.fiscalYear }, policy);
  return out;
}

/**
 * A document with no form: the reader's own reason (没有文字层, 工作表是空的) comes first, once; the generic hint only
 * when there is no such reason. Row notes stay as details; the importer's own "no forms" line is this message.
 */
function noFormsFound(fileName: string, warnings: ImportWarning[]) {
  const reasons = [...new Set(warnings.filter((w) => w.form === null && w.row === null && w.code !== 'no_forms').map((w) => w.message.replace(/[。；;\s]+$/, '')))];
  const rest = warnings.filter((w) => w.code !== 'no_forms' && !(w.form === null && w.row === null));
  const why = reasons.length > 0
    ? `${reasons.slice(0, 3).join('；')}`
    : '请确认文件里有绩效目标表或自评表（带“一级指标、二级指标、三级指标、指标值”等表头），而不只是说明文字';
  return fail('import_failed', `文件「${fileName}」中没有识别到绩效表单：${why}`, { warnings: rest });
}
