import { formatDateTime } from '../lib/format-date-time';
import type { FormComment } from '../components/comments-list';

/*
 * 修改说明: the unit's answers to the reviewers' comments, given when it resubmits a returned form (server:
 * resubmit-note.ts). Comments and answers come in one list; these functions tell them apart and pair them up.
 */

/** A reviewer's comment, not a unit's answer or note. */
export const isReviewComment = (c: FormComment): boolean => c.reply == null;

/** One answer or note as the pages print it. */
export function replyText(c: FormComment): string {
  const body = c.body ?? c.text ?? '';
  if (c.reply === 'kept') return `未修改，理由：${body}`;
  if (c.reply === 'note') return `修改说明：${body}`;
  return body && body !== '已修改' ? `已修改：${body}` : '已修改';
}

const byWhom = (c: FormComment) => [c.author_name ?? c.author, c.created_at ? formatDateTime(c.created_at) : null].filter(Boolean).join(' ');
const line = (text: string, c: FormComment) => { const by = byWhom(c); return by ? `${text}（${by}）` : text; };

/** One line of the review page's comments: a reviewer's comment, or the unit's answer or note (修改说明). */
export interface CommentLine {
  text: string;
  answer: boolean;
}

/**
 * The review page's lines by row (null: the whole form): each reviewer comment, then the unit's answers to it (单位答复),
 * then, on the whole form, the unit's notes, oldest first.
 */
export function commentLinesByRow(items: readonly FormComment[], rowOf: (c: FormComment) => number | null): Map<number | null, CommentLine[]> {
  const answers = new Map<number | string, FormComment[]>();
  for (const c of items) if (c.reply_to != null) answers.set(c.reply_to, [...(answers.get(c.reply_to) ?? []), c]);
  const map = new Map<number | null, CommentLine[]>();
  const push = (row: number | null, text: string, answer: boolean) => map.set(row, [...(map.get(row) ?? []), { text, answer }]);
  for (const c of items) {
    if (!isReviewComment(c)) continue;
    const row = rowOf(c);
    push(row, line(c.body ?? c.text ?? '', c), false);
    for (const a of (c.id != null ? answers.get(c.id) : undefined) ?? []) push(row, line(`↳ 单位答复：${replyText(a)}`, a), true);
  }
  for (const c of items) if (c.reply === 'note') push(null, line(`单位${replyText(c)}`, c), true);
  return map;
}

/** What a row's 批注 button counts: the reviewers' comments, not the unit's answers to them. */
export const reviewerCommentCount = (lines: readonly CommentLine[]): number => lines.filter((l) => !l.answer).length;

/** The reviewers' comments a resubmission answers: those not answered at an earlier resubmission. */
export function commentsToAnswer(items: readonly FormComment[]): FormComment[] {
  const answered = new Set(items.filter((c) => c.reply_to != null).map((c) => c.reply_to));
  return items.filter((c) => isReviewComment(c) && c.id != null && !answered.has(Number(c.id)));
}

/** One comment's answer as the unit fills it in: 已修改 or 未修改, and its words (the reason, after 未修改). */
export interface AnswerDraft {
  changed: boolean | null;
  body: string;
}

export interface ResubmitBody {
  replies?: { comment: number; changed: boolean; body?: string }[];
  note?: string;
}

/**
 * What the submit request carries, or why it cannot go yet. Answers are optional (an unanswered comment is left out);
 * a 未修改 needs its reason, as the server requires.
 */
export function resubmitBody(answers: Readonly<Record<number, AnswerDraft>>, note: string): { ok: true; body: ResubmitBody } | { ok: false; reason: string } {
  const replies: NonNullable<ResubmitBody['replies']> = [];
  for (const [id, a] of Object.entries(answers)) {
    if (a.changed === null) continue;
    const body = a.body.trim();
    if (!a.changed && !body) return { ok: false, reason: '选择「未修改」的意见须填写理由' };
    replies.push({ comment: Number(id), changed: a.changed, ...(body ? { body } : {}) });
  }
  const text = note.trim();
  return { ok: true, body: { ...(replies.length > 0 ? { replies } : {}), ...(text ? { note: text } : {}) } };
}

/**
 * 版本对比: the 修改说明 each submitted version came with (its answers and note are comments of the submit step that
 * froze it, GET /api/forms/{id}/versions review_id), as lines: the comment answered, then the answer; the note last.
 */
export function resubmitNotesByVersion(versions: ReadonlyArray<{ version: number; review_id?: number | null }>, items: readonly FormComment[]): Map<number, string[]> {
  const byId = new Map(items.filter((c) => c.id != null).map((c) => [Number(c.id), c]));
  const map = new Map<number, string[]>();
  for (const v of versions) {
    if (v.review_id == null) continue;
    const said = items.filter((c) => c.review_id === v.review_id && c.reply != null);
    const lines = [
      ...said.filter((c) => c.reply !== 'note').map((a) => {
        const asked = a.reply_to != null ? byId.get(a.reply_to) : undefined;
        const where = a.indicator_name ? `${a.indicator_name}：` : '';
        return `${where}${asked ? `「${asked.body ?? asked.text ?? ''}」→ ` : ''}${replyText(a)}`;
      }),
      ...said.filter((c) => c.reply === 'note').map((c) => `整表${replyText(c)}`),
    ];
    if (lines.length > 0) map.set(v.version, lines);
  }
  return map;
}