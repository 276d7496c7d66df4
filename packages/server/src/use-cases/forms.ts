import { formSchema, emptyForm, selfEvaluationNotStartedRefusal, selfEvaluationYearNotice, type Form, type FormKind, type Indicator, type Policy, type SheetScore } from '@jixiao/core';
import { sql, type Transaction } from 'kysely';
import { inScope, requireActor, requireRole } from '../access';
import { AUDIT_PARAMETERS, auditParameters, auditPlaceholders, auditStepsOf, auditValues, recordAudit } from '../audit/audit-log';
import { queryTemplate } from '../db/query-template';
import type { Db } from '../db/open-database';
import type { Database } from '../db/schema';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import { port, review, reviewAssumptions, type Finding } from '../ports';
import { reviewDataForClient, reviewScope, storedReviewData, type StoredReviewData } from './stored-review';
import { changesSiblingConvention, refreshSiblingCounts, siblingAtPolicyTotal } from './sibling-targets';
import { missingForm } from './form-deletion';
import { evaluatesOrg } from './evaluated-orgs';
import { recordHeader, withRecordHeader } from './record-header';
import {
  findingsForOne,
  findingsSummary,
  headerColumns,
  jsonb,
  loadForm,
  formPolicy,
  regionPolicy,
  type LoadedForm,
  replaceIndicators,
  upsertIndicatorFrom,
  INDICATOR_FIELDS,
  indicatorValues,
} from './form-store';
import { isYearClosed, refuseClosedYear } from './year-closed';
import { POLICY_MOVED, policyUnchanged, untilPolicySettles, writeUnderPolicy } from './form-save-policy';
import { fixedRowWeightChange, fixedWeightChange, storedUnitWeightRows } from './unit-weights';

export const EDITABLE_STATUSES = new Set(['draft', 'returned']);
/** Who may create and edit forms (each within its subtree). */
export const EDITOR_ROLES = ['unit_editor', 'finance_reviewer'] as const;

export interface FormView {
  id: number;
  kind: string;
  org: string;
  org_name: string;
  fiscal_year: number;
  status: string;
  version: number;
  form: Form;
  findings: Finding[];
  /**
   * A self-evaluation's score by the rules (rules.md §3), project or 部门整体: the computed total and grade, each row's
   * computed score with its derivation, the sheet's own total and whether the two differ; null for a target.
   */
  score: SheetScore | null;
  /** What the server's review assumed beyond the form, so a client's live review can match it. */
  review_options: { framework_from_layout: boolean; project_target_at_policy_total: boolean; publishing: boolean };
  /** For a self-evaluation of a year not begun yet, a warning (core periods/period-timing.ts); null otherwise. */
  period_notice: string | null;
  /**
   * What the server's history and peer checks compared the form with (reviewDataForClient), so the editor's live review
   * raises the same 历史/同类 warnings while the clerk types; null for a reader outside the form's org tree.
   */
  review_data: StoredReviewData | null;
  /**
   * The policy the findings and the score above were made under (the region's for the form's year, else the defaults):
   * a page scoring the form as it is typed needs it before its first render, not one request later.
   */
  policy: Policy;
  /** The form's fiscal year is closed (year-closed.ts): the form is read-only for everyone until the year is reopened. */
  year_closed: boolean;
  /**
   * A published self-evaluation scored under the policy it was published under (按旧政策计算) while the region's policy
   * now gives it another total or grade: those, so the page says what 撤回公开 would re-score it to; null otherwise.
   */
  region_policy_score: { total: number; grade: string } | null;
  /**
   * A self-evaluation started from an approved target that gave these rows (ordinals) no 分值: the unit sets them (按常规分配分值
   * or by hand); every other weight is the target's and read-only. Empty for any other form.
   */
  unit_weight_rows: number[];
}

const reviewOptionsView = (a: ReturnType<typeof reviewAssumptions>): FormView['review_options'] => ({
  framework_from_layout: a.frameworkFromYear,
  project_target_at_policy_total: a.projectTargetAtPolicyTotal,
  publishing: a.publishing,
});

function view(loaded: LoadedForm & { review: StoredReviewData }, siblingAtPolicy: boolean, now: Date, withReviewData: boolean, yearClosed: boolean): FormView {
  const { row, form } = loaded;
  const policy = formPolicy(row);
  return {
    id: row.id,
    kind: row.kind,
    org: row.org_code,
    org_name: row.org_name,
    fiscal_year: row.fiscal_year,
    status: row.status,
    version: row.version,
    form,
    findings: findingsForOne(review([form], policy, loaded.review, siblingAtPolicy)),
    review_options: reviewOptionsView(reviewAssumptions(policy, siblingAtPolicy)),
    score: port.scoreFormSheet(form, { policy }),
    period_notice: SELF_EVALUATION_KINDS.has(row.kind) ? selfEvaluationYearNotice(row.fiscal_year, now) : null,
    review_data: withReviewData ? reviewDataForClient(loaded.review, form.org) : null,
    policy,
    year_closed: yearClosed,
    region_policy_score: publishedScoreMoved(row, form),
    unit_weight_rows: storedUnitWeightRows(row),
  };
}

/** The region's score of a published sheet when it differs from the published one (see FormView.region_policy_score). */
function publishedScoreMoved(row: LoadedForm['row'], form: Form): FormView['region_policy_score'] {
  if (row.status !== 'published' || !SELF_EVALUATION_KINDS.has(row.kind)) return null;
  const kept = port.storedSheetScore(form, { policy: formPolicy(row) });
  const now = port.storedSheetScore(form, { policy: regionPolicy(row) });
  if (!now || (kept && kept.grade === now.grade && Math.abs(kept.total - now.total) < 1e-9)) return null;
  return { total: now.total, grade: now.grade };
}

const SELF_EVALUATION_KINDS = new Set(['project_self_evaluation', 'department_self_evaluation']);

/** Whether the actor may read a loaded form: in its subtree, or published under a department the evaluator evaluates. */
async function readable<T extends LoadedForm>(ctx: Ctx, id: number, loaded: T | null): Promise<Result<T>> {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  if (!loaded) return missingForm(ctx, id);
  const visible = who.actor.scopePath === null ? loaded.row.status === 'published' && (await evaluatesOrg(ctx.db, who.actor.userId, loaded.row.org_path)) : inScope(who.actor, loaded.row.org_path);
  if (!visible) return fail('not_found', `表单 ${id} 不存在或无权查看`);
  return ok(loaded);
}

/** Loads a form the actor may read: in its subtree, or published under a department the evaluator evaluates. */
export async function readableForm(ctx: Ctx, id: number): Promise<Result<LoadedForm>> {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  return readable(ctx, id, await loadForm(ctx.db, id));
}

export async function getForm(ctx: Ctx, id: number): Promise<Result<FormView>> {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  // The form and the review's stored data in one query; rights are checked on the loaded row.
  const loaded = await readable(ctx, id, await loadForm(ctx.db, id, {}));
  if (!loaded.ok) return loaded;
  const { row, form } = loaded.value;
  // An evaluator reading a published form (no org tree of its own) edits nothing and gets no stored data.
  return ok(view(loaded.value, await siblingAtPolicyTotal(ctx.db, row, form, formPolicy(row)), ctx.clock.now(), who.actor.scopePath !== null, await isYearClosed(ctx.db, row)));
}

/**
 * A self-evaluation of a year that has not begun (2027 on 2026-11-24) is most likely a wrong year: it is made only when
 * the clerk confirms it (`confirm_future_year`), the page having asked first. Next year's targets are the norm.
 */
export async function createForm(ctx: Ctx, input: { kind: FormKind; org: string; fiscal_year: number; confirm_future_year?: boolean | undefined }): Promise<Result<FormView>> {
  const who = requireRole(ctx.actor, EDITOR_ROLES);
  if (!who.ok) return who;
  const org = await ctx.db.selectFrom('orgs').selectAll().where('code', '=', input.org).executeTakeFirst();
  if (!org || !inScope(who.actor, org.path)) return fail('not_found', `单位编码 ${input.org} 不存在或不在您的管辖范围内`);
  const closed = await refuseClosedYear(ctx.db, { region_id: org.region_id, fiscal_year: input.fiscal_year });
  if (closed) return closed;
  const notStarted = SELF_EVALUATION_KINDS.has(input.kind) ? selfEvaluationNotStartedRefusal(input.fiscal_year, ctx.clock.now()) : null;
  if (notStarted && !input.confirm_future_year) return fail('validation_failed', notStarted, { period: 'not_started' });
  const form = { ...emptyForm(input.kind), fiscal_year: input.fiscal_year, org: org.name, org_code: org.code } as Form;
  const id = await ctx.db.transaction().execute((trx) => insertDraftForm(trx, ctx, { orgId: org.id, regionId: org.region_id, fiscalYear: input.fiscal_year, form }));
  return getForm(ctx, id);
}

/**
 * Inserts a new draft with its indicators and the form.create audit event: the path every form made in
 * the system (not imported) takes. Review counts and a self-evaluation's score are stored when given,
 * as a save would store them.
 */
export async function insertDraftForm(
  trx: Transaction<Database>,
  ctx: Ctx,
  input: { orgId: number; regionId: number | null; fiscalYear: number; form: Form; findings?: Finding[]; scored?: { total: number; grade: string } | null; unitWeightRows?: number[] },
): Promise<number> {
  // Whatever the form was made from (a blank, a target of an earlier header), it prints the record's unit and year.
  const form = withRecordHeader(input.form, await recordHeader(trx, input.orgId, input.fiscalYear));
  const cols = headerColumns(form);
  const now = ctx.clock.now();
  const created = await trx
    .insertInto('forms')
    .values({
      kind: form.kind,
      region_id: input.regionId,
      org_id: input.orgId,
      fiscal_year: input.fiscalYear,
      status: 'draft',
      project_code: cols.project_code,
      project_name: cols.project_name,
      budget_total_wan: cols.budget_total_wan,
      total_score: input.scored?.total ?? null,
      grade: input.scored ? input.scored.grade : null,
      header: jsonb(cols.header),
      ...(input.findings ? { findings: jsonb(findingsSummary(input.findings)) } : {}),
      ...(input.unitWeightRows ? { unit_weight_rows: jsonb(input.unitWeightRows) } : {}),
      created_by: ctx.actor?.userId ?? null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (form.indicators.length > 0) await replaceIndicators(trx, created.id, form.indicators);
  await recordAudit(trx, ctx, { action: 'form.create', entity: 'form', entityId: created.id, after: form });
  return created.id;
}

/** The loaded form, when the actor may edit it now. */
export async function editableForm(ctx: Ctx, id: number): Promise<Result<LoadedForm>>;
export async function editableForm(ctx: Ctx, id: number, review: { replace: { ordinal: number; indicator: Indicator } }): Promise<Result<LoadedForm & { review: StoredReviewData }>>;
export async function editableForm(ctx: Ctx, id: number, review?: { replace: { ordinal: number; indicator: Indicator } }): Promise<Result<LoadedForm & { review?: StoredReviewData }>> {
  const who = requireRole(ctx.actor, EDITOR_ROLES);
  if (!who.ok) return who;
  const loaded = review ? await loadForm(ctx.db, id, review) : await loadForm(ctx.db, id);
  if (!loaded) return missingForm(ctx, id);
  if (!inScope(who.actor, loaded.row.org_path)) return fail('not_found', `表单 ${id} 不存在或无权查看`);
  const closed = await refuseClosedYear(ctx.db, loaded.row);
  if (closed) return closed;
  if (!EDITABLE_STATUSES.has(loaded.row.status)) return fail('invalid_transition', `表单当前状态为「${statusLabel(loaded.row.status)}」，只有草稿或被退回的表单可以修改`);
  return ok(loaded);
}

function stale(current: { row: { version: number }; form: Form }, rejected: unknown) {
  return fail('stale_version', `表单已被他人修改（当前版本 ${current.row.version}），本次修改未保存；请先核对他人的修改再保存，您提交的内容附在错误详情中，未丢失`, {
    current_version: current.row.version,
    current: current.form,
    rejected,
  });
}

export async function saveForm(ctx: Ctx, input: { id: number; version: number; form: Form }): Promise<Result<FormView>> {
  return untilPolicySettles(() => saveFormOnce(ctx, input));
}

async function saveFormOnce(ctx: Ctx, input: { id: number; version: number; form: Form }): Promise<Result<FormView> | typeof POLICY_MOVED> {
  const loaded = await editableForm(ctx, input.id);
  if (!loaded.ok) return loaded;
  const { row } = loaded.value;
  if (input.version !== row.version) return stale(loaded.value, input.form);
  if (input.form.kind !== row.kind) return fail('validation_failed', `表单类型不能修改（原为 ${row.kind}）`);
  const fixed = fixedWeightChange(row, loaded.value.form, input.form);
  if (fixed) return fixed;
  const form = input.form;
  const policy = formPolicy(row);
  const findings = review([form], policy, await storedReviewData(ctx.db, reviewScope(row), form.indicators), await siblingAtPolicyTotal(ctx.db, row, form, policy));
  const cols = headerColumns(form);
  const scored = port.storedSheetScore(form, { policy });
  const result = await writeUnderPolicy(ctx.db, row, async (trx) => {
    const updated = await trx
      .updateTable('forms')
      .set((eb) => ({
        version: eb('version', '+', 1),
        project_code: cols.project_code,
        project_name: cols.project_name,
        budget_total_wan: cols.budget_total_wan,
        total_score: scored?.total ?? null,
        grade: scored ? scored.grade : null,
        header: jsonb(cols.header),
        findings: jsonb(findingsSummary(findings)),
        updated_at: ctx.clock.now(),
      }))
      .where('id', '=', input.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return false;
    await replaceIndicators(trx, input.id, form.indicators);
    await recordAudit(trx, ctx, { action: 'form.save', entity: 'form', entityId: input.id, before: loaded.value.form, after: form });
    return true;
  });
  if (result === POLICY_MOVED) return result;
  if (!result) {
    const current = await loadForm(ctx.db, input.id);
    return current ? stale(current, input.form) : missingForm(ctx, input.id);
  }
  if (changesSiblingConvention(loaded.value.form, form, policy)) await refreshSiblingCounts(ctx.db, row, policy);
  return getForm(ctx, input.id);
}

/** Saves one indicator row: the editor's autosave, cheaper than a whole form. */

/**
 * A row save in one statement, committed on its own: the versioned update, the row, and the audit
 * event (only if the update matched). No transaction round trips, and the audit chain's head is
 * locked only from this statement's audit step to its commit. Compiled once (see query-template.ts).
 */
const saveIndicatorQuery = queryTemplate(
  [...INDICATOR_FIELDS, 'id', 'version', 'ordinal', 'findings', 'total_score', 'grade', 'updated_at', 'region_id', 'policy_version', ...AUDIT_PARAMETERS],
  (db: Db, p) => {
    const update = db
      .updateTable('forms')
      .set((eb) => ({
        version: eb('version', '+', 1),
        findings: sql<unknown>`cast(${p<string>('findings')} as text)::jsonb`,
        // A self-evaluation's row changes its system total as a whole save would (storedSheetScore); a target has none.
        total_score: sql<number | null>`cast(${p<number | null>('total_score')} as double precision)`,
        grade: sql<string | null>`cast(${p<string | null>('grade')} as text)`,
        updated_at: p<Date>('updated_at'),
      }))
      .where('id', '=', p<number>('id'))
      .where('version', '=', p<number>('version'))
      .where(policyUnchanged(p<number | null>('region_id'), p<number | null>('policy_version')))
      .returning('id');
    const row = Object.fromEntries(INDICATOR_FIELDS.map((f) => [f, p(f)])) as Indicator;
    const audit = auditPlaceholders(p);
    return sql<{ n: number }>`with updated as (${update}),
    saved_row as (${upsertIndicatorFrom(sql`updated`, p<number>('ordinal'), row)}),
    ${auditStepsOf(audit, sql<boolean>`exists (select 1 from updated)`)}
    select cast(count(*) as integer) as n from updated`;
  },
);

type SavedRow = { id: number; version: number; ordinal: number; findings: Finding[] };

export async function saveIndicator(ctx: Ctx, input: { id: number; ordinal: number; version: number; indicator: Indicator }): Promise<Result<SavedRow>> {
  return untilPolicySettles(() => saveIndicatorOnce(ctx, input));
}

async function saveIndicatorOnce(ctx: Ctx, input: { id: number; ordinal: number; version: number; indicator: Indicator }): Promise<Result<SavedRow> | typeof POLICY_MOVED> {
  // The review's stored data comes with the form, for the rows as this save leaves them.
  const loaded = await editableForm(ctx, input.id, { replace: { ordinal: input.ordinal, indicator: input.indicator } });
  if (!loaded.ok) return loaded;
  const { row, form } = loaded.value;
  if (input.version !== row.version) return stale(loaded.value, { ordinal: input.ordinal, indicator: input.indicator });
  if (input.ordinal > form.indicators.length) return fail('validation_failed', `指标序号 ${input.ordinal} 超出范围（共 ${form.indicators.length} 行，新增行请用 ${form.indicators.length}）`);
  const before = form.indicators[input.ordinal] ?? null;
  const fixed = fixedRowWeightChange(row, form, input.ordinal, input.indicator);
  if (fixed) return fixed;
  const next = { ...form, indicators: [...form.indicators] } as Form;
  next.indicators[input.ordinal] = input.indicator;
  const policy = formPolicy(row);
  const findings = review([next], policy, loaded.value.review, await siblingAtPolicyTotal(ctx.db, row, next, policy));
  const scored = port.storedSheetScore(next, { policy });
  const audit = auditValues(ctx, { action: 'indicator.save', entity: 'form', entityId: input.id, before: { ordinal: input.ordinal, indicator: before }, after: { ordinal: input.ordinal, indicator: input.indicator } });
  const saved = await ctx.db.executeQuery(
    saveIndicatorQuery(ctx.db, {
      ...indicatorValues(input.indicator),
      id: input.id,
      version: input.version,
      ordinal: input.ordinal,
      findings: JSON.stringify(findingsSummary(findings)),
      total_score: scored?.total ?? null,
      grade: scored?.grade ?? null,
      updated_at: ctx.clock.now(),
      region_id: row.region_id,
      policy_version: row.policy_version,
      ...auditParameters(audit),
    }),
  );
  const done = saved.rows[0]?.n === 1;
  if (!done) {
    const current = await loadForm(ctx.db, input.id);
    // The version still the one saved over: what stopped the write was the region's policy (policyUnchanged).
    if (current && current.row.version === input.version && current.row.policy_version !== row.policy_version) return POLICY_MOVED;
    return current ? stale(current, { ordinal: input.ordinal, indicator: input.indicator }) : missingForm(ctx, input.id);
  }
  if (changesSiblingConvention(form, next, policy)) await refreshSiblingCounts(ctx.db, row, policy);
  return ok({ id: input.id, version: input.version + 1, ordinal: input.ordinal, findings: findingsForOne(findings) });
}

const STATUS_LABELS: Record<string, string> = {
  draft: '草稿',
  submitted: '已提交',
  department_approved: '主管部门已审核',
  returned: '已退回',
  approved: '审核通过',
  published: '已公开',
  accepted: '已验收',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

export { formSchema };

/** A self-evaluation's score (project or 部门整体) as core's rules compute it, with each part's derivation. */
export async function scoreForm(ctx: Ctx, input: { id: number; choices?: Record<string, '达成' | '部分达成' | '未达成'> | undefined }): Promise<Result<SheetScore>> {
  const loaded = await readableForm(ctx, input.id);
  if (!loaded.ok) return loaded;
  const { row, form } = loaded.value;
  const choices = Object.fromEntries(Object.entries(input.choices ?? {}).map(([k, v]) => [Number(k), v]));
  const scored = port.scoreFormSheet(form, { policy: formPolicy(row), choices });
  return scored ? ok(scored) : fail('validation_failed', '只有项目支出或部门整体支出绩效自评表可以计分');
}
