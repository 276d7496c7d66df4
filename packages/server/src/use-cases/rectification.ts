import { rectificationAnswerBlocker, type Rectification, type RectificationItem, type RectificationStatus } from '@jixiao/core';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import type { LoadedForm } from './form-store';
import { editableForm, readableForm } from './forms';
import { mayEditNow } from './may-edit-now';
import { rectificationSources } from './rectification-sources';

/**
 * 问题整改 (yearly loop stage 7, 结果应用): the problems an earlier year's self-evaluation or published 部门评价 found,
 * carried into the next target of the same project or unit, where the unit says for each what it did — 已整改, 整改中
 * or 不适用 — so the reviewer reads last year's problems and the answers beside the new targets.
 */
export async function getRectification(ctx: Ctx, formId: number): Promise<Result<Rectification>> {
  const loaded = await readableForm(ctx, formId);
  if (!loaded.ok) return loaded;
  return ok(await assemble(ctx, loaded.value, await rectificationSources(ctx, loaded.value)));
}

export interface RectificationAnswer {
  key: string;
  status: RectificationStatus;
  note?: string | null | undefined;
}

/** Records (or replaces) the unit's answer to one carried problem. 整改中 and 不适用 need a note saying why or when. */
export async function answerRectification(ctx: Ctx, formId: number, input: RectificationAnswer): Promise<Result<Rectification>> {
  const loaded = await editableForm(ctx, formId);
  if (!loaded.ok) return loaded;
  const note = input.note?.trim() || null;
  const blocker = rectificationAnswerBlocker(input.status, note);
  if (blocker) return fail('validation_failed', blocker);
  const found = await rectificationSources(ctx, loaded.value);
  const { items } = found;
  const item = items.find((i) => i.key === input.key);
  if (!item) return fail('not_found', `整改事项 ${input.key} 不是本表需要说明的上年问题；请刷新页面后重试`);
  const before = await ctx.db.selectFrom('rectifications').select(['status', 'note']).where('form_id', '=', formId).where('item_key', '=', input.key).executeTakeFirst();
  const now = ctx.clock.now();
  const values = { item_text: item.text, status: input.status, note, updated_by: ctx.actor?.userId ?? null, updated_at: now };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('rectifications').values({ form_id: formId, item_key: input.key, ...values })
      .onConflict((oc) => oc.columns(['form_id', 'item_key']).doUpdateSet(values)).execute();
    await recordAudit(trx, ctx, {
      action: 'form.rectification',
      entity: 'form',
      entityId: formId,
      before: before ? { key: input.key, ...before } : null,
      after: { key: input.key, text: item.text, status: input.status, note },
    });
  });
  // The sources were read once to check the key; the answer is assembled from the same reading.
  return ok(await assemble(ctx, loaded.value, found));
}

async function assemble(ctx: Ctx, loaded: LoadedForm, { sources, items }: Awaited<ReturnType<typeof rectificationSources>>): Promise<Rectification> {
  const { row } = loaded;
  const answers = items.length === 0 ? [] : await ctx.db.selectFrom('rectifications as r').leftJoin('users as u', 'u.id', 'r.updated_by')
    .select(['r.item_key', 'r.status', 'r.note', 'r.updated_at', 'u.username'])
    .where('r.form_id', '=', row.id).execute();
  const byKey = new Map(answers.map((a) => [a.item_key, a]));
  const out: RectificationItem[] = items.map((item) => {
    const a = byKey.get(item.key);
    return { ...item, status: a?.status ?? null, note: a?.note ?? null, updated_by: a?.username ?? null, updated_at: a ? new Date(a.updated_at).toISOString() : null };
  });
  return {
    form_id: row.id,
    editable: await mayEditNow(ctx, loaded),
    sources,
    items: out,
    open: out.filter((i) => i.status === null).length,
  };
}
