import type { Transaction } from 'kysely';
import type { Actor, Ctx } from '../context';
import type { Database } from '../db/schema';
import { fail, type AppError } from '../errors';

/**
 * 修改说明: what a unit says when it resubmits a returned form. Units write no review comments (addComment), so this is
 * where they answer them: per reviewer comment 已修改, or 未修改 with the reason, and one note for the whole form. The
 * answers are comments of the submit step (review_id), so a later 退回, which closes only open comments, keeps them.
 */
export interface ResubmitReply {
  /** The reviewer's comment answered (its id in GET /api/forms/{id}/comments). */
  comment: number;
  changed: boolean;
  /** Optional after 已修改; the reason, required, after 未修改. */
  body?: string | undefined;
}

export interface ResubmitNote {
  replies?: ResubmitReply[] | undefined;
  /** The unit's note on the whole form. */
  note?: string | undefined;
}

interface Answered {
  id: number;
  indicator_ordinal: number | null;
  indicator_name: string | null;
}

const NOT_RETURNED = '只有退回后重新提交时才能填写修改说明';

/**
 * Checks a submit's 修改说明 against the form: only the form's own unit writes one, only on a resubmission after 退回,
 * each answer to a reviewer's comment on this form, once, and a 未修改 with its reason. Returns the comments answered.
 */
export async function checkResubmitNote(
  db: Ctx['db'],
  actor: Actor,
  form: { id: number; status: string; org_id: number },
  input: ResubmitNote,
): Promise<{ ok: true; answered: Map<number, Answered> } | { ok: false; error: AppError }> {
  const answered = new Map<number, Answered>();
  const replies = input.replies ?? [];
  if (replies.length === 0 && !input.note) return { ok: true, answered };
  if (actor.role !== 'unit_editor' || actor.orgId !== form.org_id) return fail('forbidden', '修改说明只能由本表的填报单位在重新提交时填写');
  if (form.status !== 'returned') return fail('validation_failed', NOT_RETURNED);
  const ids = replies.map((r) => r.comment);
  if (new Set(ids).size !== ids.length) return fail('validation_failed', '同一条审核意见只能答复一次');
  const rows = ids.length === 0 ? [] : await db.selectFrom('comments as c').innerJoin('users as u', 'u.id', 'c.author_id')
    .select(['c.id', 'c.indicator_ordinal', 'c.indicator_name'])
    .where('c.form_id', '=', form.id).where('c.id', 'in', ids).where('c.reply', 'is', null)
    .where('u.role', 'in', ['finance_reviewer', 'department_reviewer'])
    .execute();
  for (const r of rows) answered.set(r.id, r);
  for (const r of replies) {
    if (!answered.has(r.comment)) return fail('validation_failed', `审核意见 ${r.comment} 不存在或不是本表的审核意见，无法答复`);
    if (!r.changed && !r.body) return fail('validation_failed', '未修改的审核意见须说明理由');
  }
  return { ok: true, answered };
}

/** Stores a checked 修改说明 with the submit step it went with. */
export async function addResubmitNote(
  trx: Transaction<Database>,
  formId: number,
  authorId: number,
  reviewId: number,
  now: Date,
  input: ResubmitNote,
  answered: Map<number, Answered>,
): Promise<void> {
  const rows = [
    ...(input.replies ?? []).map((r) => {
      const c = answered.get(r.comment)!;
      return {
        form_id: formId, indicator_ordinal: c.indicator_ordinal, indicator_name: c.indicator_name, review_id: reviewId, author_id: authorId,
        body: r.body ?? '已修改', created_at: now, reply_to: r.comment, reply: r.changed ? 'changed' as const : 'kept' as const,
      };
    }),
    ...(input.note ? [{ form_id: formId, indicator_ordinal: null, indicator_name: null, review_id: reviewId, author_id: authorId, body: input.note, created_at: now, reply_to: null, reply: 'note' as const }] : []),
  ];
  if (rows.length > 0) await trx.insertInto('comments').values(rows).execute();
}
