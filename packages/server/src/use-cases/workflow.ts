import { submissionErrors, submitBlocker, type Form } from '@jixiao/core';
import type { Transaction } from 'kysely';
import { inScope, requireActor } from '../access';
import { canonicalJson } from '../audit/canonical-json';
import { recordAudit } from '../audit/audit-log';
import type { Actor, Ctx } from '../context';
import type { Database } from '../db/schema';
import { fail, ok, type AppError, type Result } from '../errors';
import { review, type Finding } from '../ports';
import { departmentAbove, findingsForOne, formPolicy, jsonb, loadForm, TARGET_KINDS } from './form-store';
import { statusLabel } from './forms';
import { reviewScope, storedReviewData } from './stored-review';
import { siblingAtPolicyTotal } from './sibling-targets';
import { missingForm } from './form-deletion';
import { addResubmitNote, checkResubmitNote, type ResubmitNote } from './resubmit-note';
import { refuseClosedYear } from './year-closed';
import { refigureUnderRegionPolicy, regionPolicyNow } from './published-policy';
import { holdRegionPolicy } from './form-save-policy';
import { storedUnitWeightRows } from './unit-weights';

export type Transition = 'submit' | 'return' | 'approve' | 'publish' | 'unpublish';

export interface TransitionInput {
  id: number;
  version: number;
  comment?: string | undefined;
  /** Comments on single indicator rows (0-based ordinal), given with a return. */
  indicator_comments?: { ordinal: number; body: string }[] | undefined;
  /** 修改说明 with a resubmission: answers to the reviewers' comments (see resubmit-note.ts). */
  replies?: ResubmitNote['replies'];
  /** 修改说明 with a resubmission: the unit's note on the whole form. */
  note?: string | undefined;
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadForm>>>;

interface Step {
  to: string;
  freeze: boolean;
}

/** Decides a transition from the form's state and the actor's role; null plus an error when not allowed. */
async function plan(ctx: Ctx, actor: Actor, action: Transition, loaded: Loaded): Promise<{ ok: true; step: Step } | { ok: false; error: AppError }> {
  const { row } = loaded;
  const status = row.status;
  const target = TARGET_KINDS.has(row.kind);
  const deny = (message: string) => fail('forbidden', message);
  const wrong = () => fail('invalid_transition', `表单当前状态为「${statusLabel(status)}」，不能执行「${ACTION_LABELS[action]}」`);
  switch (action) {
    case 'submit':
      if (actor.role !== 'unit_editor' && actor.role !== 'finance_reviewer') return deny('只有单位填报人员可以提交表单');
      if (status !== 'draft' && status !== 'returned') return wrong();
      return { ok: true, step: { to: 'submitted', freeze: true } };
    case 'return':
    case 'approve': {
      const department = target ? await departmentAbove(ctx.db, row.org_path) : null;
      const atDepartment = target && department !== null && status === 'submitted';
      if (atDepartment) {
        if (actor.role !== 'department_reviewer' && actor.role !== 'finance_reviewer') return deny('该表单待主管部门审核');
        if (actor.role === 'finance_reviewer' && action === 'approve') return fail('invalid_transition', '该单位有主管部门，须先经主管部门审核通过，财政才能审核');
        return { ok: true, step: { to: action === 'return' ? 'returned' : 'department_approved', freeze: action === 'approve' } };
      }
      if (status !== 'submitted' && status !== 'department_approved') return wrong();
      if (!target) {
        if (actor.role !== 'finance_reviewer' && actor.role !== 'department_reviewer') return deny('只有审核人员可以验收自评表');
        return { ok: true, step: { to: action === 'return' ? 'returned' : 'accepted', freeze: action === 'approve' } };
      }
      if (actor.role !== 'finance_reviewer') return deny('只有财政审核人员可以进行财政审核');
      return { ok: true, step: { to: action === 'return' ? 'returned' : 'approved', freeze: action === 'approve' } };
    }
    case 'publish':
      if (actor.role !== 'finance_reviewer') return deny('只有财政审核人员可以公开表单');
      if (status !== 'approved' && status !== 'accepted') return wrong();
      return { ok: true, step: { to: 'published', freeze: false } };
    case 'unpublish':
      if (actor.role !== 'finance_reviewer') return deny('只有财政审核人员可以撤回公开');
      if (status !== 'published') return wrong();
      // Back to the state it was published from (审核通过 or 已验收), so it can be published again from there.
      return { ok: true, step: { to: await publishedFrom(ctx.db, row.id, target), freeze: false } };
  }
}

/** The status a published form was published from: the last 公开's starting point, else what its kind is published from. */
async function publishedFrom(db: Ctx['db'], formId: number, target: boolean): Promise<string> {
  const last = await db.selectFrom('reviews').select('from_status').where('form_id', '=', formId).where('action', '=', 'publish').orderBy('id', 'desc').executeTakeFirst();
  return last?.from_status ?? (target ? 'approved' : 'accepted');
}

const ACTION_LABELS: Record<Transition, string> = { submit: '提交', return: '退回', approve: '审核通过', publish: '公开', unpublish: '撤回公开' };

export async function transitionForm(
  ctx: Ctx,
  action: Transition,
  input: TransitionInput,
): Promise<Result<{ id: number; status: string; version: number; findings: Finding[] }>> {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const loaded = await loadForm(ctx.db, input.id);
  if (!loaded) return missingForm(ctx, input.id);
  if (!inScope(who.actor, loaded.row.org_path)) return fail('not_found', `表单 ${input.id} 不存在或无权查看`);
  const closed = await refuseClosedYear(ctx.db, loaded.row);
  if (closed) return closed;
  const decided = await plan(ctx, who.actor, action, loaded);
  if (!decided.ok) return decided;
  if (input.version !== loaded.row.version) {
    return fail('stale_version', `表单已被他人修改（当前版本 ${loaded.row.version}），请刷新后再操作`, { current_version: loaded.row.version, current: loaded.form, rejected: input });
  }
  // The reviewer's 批注 on rows, written while reading the submitted form, are the reasons of a 退回 as much as a typed one.
  if (action === 'return' && !input.comment && !(input.indicator_comments?.length) && (await openComments(ctx.db, input.id)) === 0) {
    return fail('validation_failed', '退回时请填写退回意见（对表单或对具体指标）');
  }
  for (const c of input.indicator_comments ?? []) {
    if (c.ordinal >= loaded.form.indicators.length) return fail('validation_failed', `第 ${c.ordinal + 1} 行指标不存在，无法添加意见`);
  }
  if (action !== 'submit' && (input.replies?.length || input.note)) return fail('validation_failed', '修改说明只能在提交时填写');
  const note = await checkResubmitNote(ctx.db, who.actor, loaded.row, input);
  if (!note.ok) return note;
  if (action === 'submit') {
    const blocker = submitBlocker(loaded.form, storedUnitWeightRows(loaded.row));
    if (blocker) return fail('validation_failed', blocker);
  }
  const policy = formPolicy(loaded.row);
  const findings = findingsForOne(review([loaded.form], policy, await storedReviewData(ctx.db, reviewScope(loaded.row), loaded.form.indicators), await siblingAtPolicyTotal(ctx.db, loaded.row, loaded.form, policy)));
  if (action === 'submit') {
    // The 分值 the unit sets are its own: a total off the policy's holds the sheet back like any error it can fix.
    const errors = submissionErrors(loaded.form.kind, findings, storedUnitWeightRows(loaded.row));
    if (errors.length > 0) return fail('review_errors', `审核发现 ${errors.length} 个错误，请修改后再提交`, { findings });
  }
  const now = ctx.clock.now();
  const step = decided.step;
  const done = await ctx.db.transaction().execute(async (trx) => {
    // 公开 stores the region's policy beside figures made under it: the region's row is held first, as a withdrawal
    // holds it (refigureUnderRegionPolicy), so a policy change in flight has committed, and is what both read, or waits.
    if (step.to === 'published') await holdRegionPolicy(trx, loaded.row.region_id);
    const updated = await trx
      .updateTable('forms')
      .set((eb) => ({
        status: step.to,
        version: eb('version', '+', 1),
        updated_at: now,
        // Published under the region's policy of now, which it keeps while published (published-policy.ts).
        ...(step.to === 'published' ? { published_at: now, published_policy: regionPolicyNow(loaded.row) } : action === 'unpublish' ? { published_at: null, published_policy: null } : {}),
      }))
      .where('id', '=', input.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return null;
    const next = input.version + 1;
    const reviewRow = await trx
      .insertInto('reviews')
      .values({ form_id: input.id, actor_id: who.actor.userId, action, from_status: loaded.row.status, to_status: step.to, comment: input.comment ?? null, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Withdrawn, it is held to the region's policy again: a change made while it was published applies from now.
    // Published, its figures are made under the policy it keeps, read after the hold like the one stored with it.
    const refigured = action === 'unpublish' || step.to === 'published' ? await refigureUnderRegionPolicy(trx, loaded.row, loaded.form) : null;
    await addComments(trx, input, loaded.form, who.actor.userId, reviewRow.id, now);
    await addResubmitNote(trx, input.id, who.actor.userId, reviewRow.id, now, input, note.answered);
    // Every step closes a round: the comments written since the last one belong to it (a 退回's are its reasons).
    await trx.updateTable('comments').set({ review_id: reviewRow.id }).where('form_id', '=', input.id).where('review_id', 'is', null).execute();
    if (step.freeze) {
      await trx
        .insertInto('versions')
        .values({ form_id: input.id, version: next, status: step.to, reason: action, snapshot: jsonb(loaded.form), created_by: who.actor.userId, created_at: now })
        .execute();
    }
    await recordAudit(trx, ctx, { action: `form.${action}`, entity: 'form', entityId: input.id, before: { status: loaded.row.status }, after: { status: step.to, comment: input.comment ?? null, indicator_comments: input.indicator_comments ?? [], ...(input.replies?.length || input.note ? { replies: input.replies ?? [], note: input.note ?? null } : {}), ...(refigured ? { refigured: { before: refigured.before, after: refigured.after } } : {}) } });
    return { next, findings: refigured?.findings ?? findings };
  });
  if (done === null) return fail('stale_version', '表单已被他人修改，请刷新后再操作', { rejected: input });
  return ok({ id: input.id, status: step.to, version: done.next, findings: done.findings });
}

/** Reviewers' comments on the form written since its last workflow step (submit, 退回…), not yet part of one. */
async function openComments(db: Ctx['db'], formId: number): Promise<number> {
  const row = await db.selectFrom('comments as c').innerJoin('users as u', 'u.id', 'c.author_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('c.form_id', '=', formId).where('c.review_id', 'is', null).where('c.reply', 'is', null)
    .where('u.role', 'in', ['finance_reviewer', 'department_reviewer']).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The name a row comment keeps of its indicator (see migration 10), or null for an unnamed row. */
const rowName = (form: Form, ordinal: number | null | undefined): string | null => (ordinal == null ? null : form.indicators[ordinal]?.name.trim() || null);

async function addComments(trx: Transaction<Database>, input: TransitionInput, form: Form, authorId: number, reviewId: number, now: Date) {
  const rows = [
    ...(input.comment ? [{ form_id: input.id, indicator_ordinal: null, indicator_name: null, review_id: reviewId, author_id: authorId, body: input.comment, created_at: now }] : []),
    ...(input.indicator_comments ?? []).map((c) => ({ form_id: input.id, indicator_ordinal: c.ordinal, indicator_name: rowName(form, c.ordinal), review_id: reviewId, author_id: authorId, body: c.body, created_at: now })),
  ];
  if (rows.length > 0) await trx.insertInto('comments').values(rows).execute();
}

export async function listComments(ctx: Ctx, formId: number) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const loaded = await loadForm(ctx.db, formId);
  if (!loaded) return missingForm(ctx, formId);
  if (!inScope(who.actor, loaded.row.org_path)) return fail('not_found', `表单 ${formId} 不存在或无权查看`);
  const rows = await ctx.db
    .selectFrom('comments as c')
    .leftJoin('users as u', 'u.id', 'c.author_id')
    .select(['c.id', 'c.indicator_ordinal as indicator', 'c.indicator_name', 'c.body', 'c.review_id', 'c.reply_to', 'c.reply', 'u.username as author', 'c.created_at'])
    .where('c.form_id', '=', formId)
    .orderBy('c.id')
    .execute();
  return ok({ items: rows.map((r) => ({ ...r, created_at: new Date(r.created_at).toISOString() })) });
}

/** The roles that review forms, and only they, write review comments. */
export const COMMENT_ROLES: ReadonlySet<string> = new Set(['department_reviewer', 'finance_reviewer']);

export async function addComment(ctx: Ctx, input: { id: number; body: string; indicator?: number | null | undefined }) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  // Review comments are the reviewer's reasons (a 退回 carries them); a unit answers in its resubmission, not here.
  if (!COMMENT_ROLES.has(who.actor.role)) {
    return fail('forbidden', who.actor.role === 'unit_editor' ? '审核意见只能由主管部门或财政审核人员填写；单位如需说明，请在修改后重新提交时填写修改说明' : '当前角色不能填写审核意见（需要：主管部门审核、财政审核）');
  }
  const loaded = await loadForm(ctx.db, input.id);
  if (!loaded) return missingForm(ctx, input.id);
  if (!inScope(who.actor, loaded.row.org_path)) return fail('not_found', `表单 ${input.id} 不存在或无权查看`);
  const closed = await refuseClosedYear(ctx.db, loaded.row);
  if (closed) return closed;
  if (input.indicator != null && input.indicator >= loaded.form.indicators.length) return fail('validation_failed', `第 ${input.indicator + 1} 行指标不存在`);
  const now = ctx.clock.now();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('comments')
      .values({ form_id: input.id, indicator_ordinal: input.indicator ?? null, indicator_name: rowName(loaded.form, input.indicator), review_id: null, author_id: who.actor.userId, body: input.body, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'comment.add', entity: 'form', entityId: input.id, after: { comment: row.id, indicator: input.indicator ?? null, body: input.body } });
    return row.id;
  });
  return ok({ id, indicator: input.indicator ?? null, indicator_name: rowName(loaded.form, input.indicator), body: input.body });
}

export async function listVersions(ctx: Ctx, formId: number) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const loaded = await loadForm(ctx.db, formId);
  if (!loaded) return missingForm(ctx, formId);
  if (!inScope(who.actor, loaded.row.org_path)) return fail('not_found', `表单 ${formId} 不存在或无权查看`);
  const rows = await ctx.db.selectFrom('versions').select(['version', 'status', 'reason', 'created_at']).where('form_id', '=', formId).orderBy('id').execute();
  const steps = await ctx.db.selectFrom('reviews').select(['id', 'action']).where('form_id', '=', formId).orderBy('id').execute();
  const stepOf = frozenBy(steps);
  return ok({ current_version: loaded.row.version, items: rows.map((r) => ({ ...r, created_at: new Date(r.created_at).toISOString(), review_id: stepOf(r.reason) })) });
}

/**
 * The workflow step (reviews.id) each frozen version came with, so a page finds what was said with it (a resubmission's
 * 修改说明 are comments of its submit step). A freezing step writes its review and its version in one transaction, so
 * the n-th version frozen by an action is the n-th review of that action; asked in version order.
 */
function frozenBy(steps: ReadonlyArray<{ id: number; action: string }>): (action: string) => number | null {
  const seen = new Map<string, number>();
  return (action) => {
    const n = seen.get(action) ?? 0;
    seen.set(action, n + 1);
    return steps.filter((s) => s.action === action)[n]?.id ?? null;
  };
}

export interface FormDiff {
  from: number;
  to: number | 'current';
  header: { field: string; before: unknown; after: unknown }[];
  indicators: {
    added: { ordinal: number; indicator: unknown }[];
    removed: { ordinal: number; indicator: unknown }[];
    changed: { ordinal: number; name: string; fields: { field: string; before: unknown; after: unknown }[] }[];
  };
}

/** Compares two frozen versions (or a version and the current form). */
export async function diffVersions(ctx: Ctx, input: { id: number; from: number; to?: number | undefined }): Promise<Result<FormDiff>> {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const loaded = await loadForm(ctx.db, input.id);
  if (!loaded) return missingForm(ctx, input.id);
  if (!inScope(who.actor, loaded.row.org_path)) return fail('not_found', `表单 ${input.id} 不存在或无权查看`);
  const snapshot = async (v: number) =>
    (await ctx.db.selectFrom('versions').select('snapshot').where('form_id', '=', input.id).where('version', '=', v).executeTakeFirst())?.snapshot as Form | undefined;
  const before = await snapshot(input.from);
  if (!before) return fail('not_found', `版本 ${input.from} 不存在（只有提交和审核通过时才冻结版本）`);
  const after = input.to === undefined ? loaded.form : await snapshot(input.to);
  if (!after) return fail('not_found', `版本 ${input.to} 不存在`);
  return ok({ from: input.from, to: input.to ?? 'current', ...compareForms(before, after) });
}

export function compareForms(before: Form, after: Form): Omit<FormDiff, 'from' | 'to'> {
  const header: FormDiff['header'] = [];
  const { indicators: bi, ...bh } = before as Form & Record<string, unknown>;
  const { indicators: ai, ...ah } = after as Form & Record<string, unknown>;
  const keys = new Set([...Object.keys(bh), ...Object.keys(ah)]);
  for (const k of keys) {
    const b = (bh as Record<string, unknown>)[k] ?? null;
    const a = (ah as Record<string, unknown>)[k] ?? null;
    if (canonicalJson(b) !== canonicalJson(a)) header.push({ field: k, before: b, after: a });
  }
  // Rows match by their level path and name, so a row inserted in the middle does not show every later row as changed.
  const keyOf = (i: { level1: string | null; level2: string | null; name: string }) => `${i.level1 ?? ''}\u0000${i.level2 ?? ''}\u0000${i.name}`;
  const remaining = new Map<string, number[]>();
  bi.forEach((ind, n) => remaining.set(keyOf(ind), [...(remaining.get(keyOf(ind)) ?? []), n]));
  const indicators: FormDiff['indicators'] = { added: [], removed: [], changed: [] };
  ai.forEach((ind, n) => {
    const slots = remaining.get(keyOf(ind));
    const match = slots?.shift();
    if (match === undefined) {
      indicators.added.push({ ordinal: n, indicator: ind });
      return;
    }
    const old = bi[match] as Record<string, unknown>;
    const fields = Object.keys(ind)
      .filter((f) => canonicalJson(old[f] ?? null) !== canonicalJson((ind as Record<string, unknown>)[f] ?? null))
      .map((f) => ({ field: f, before: old[f] ?? null, after: (ind as Record<string, unknown>)[f] ?? null }));
    if (fields.length > 0) indicators.changed.push({ ordinal: n, name: ind.name, fields });
  });
  for (const slots of remaining.values()) for (const n of slots) indicators.removed.push({ ordinal: n, indicator: bi[n] });
  indicators.removed.sort((a, b) => a.ordinal - b.ordinal);
  return { header, indicators };
}
