import { createHash } from 'node:crypto';
import { attachmentContentType, attachmentProblem, type AttachmentList } from '@jixiao/core';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import type { LoadedForm } from './form-store';
import { editableForm, readableForm } from './forms';
import { mayEditNow } from './may-edit-now';

/**
 * 附件 of a form (立项依据, 测算依据, a self-evaluation's 佐证材料): whoever may read the form lists and downloads them; its
 * editors add and remove them while they may edit the form (a draft or returned form of an open year), so the files a
 * reviewer decided on stay as they were. Never on the public pages: attachments are working papers.
 */
export async function listAttachments(ctx: Ctx, formId: number): Promise<Result<AttachmentList>> {
  const loaded = await readableForm(ctx, formId);
  if (!loaded.ok) return loaded;
  return ok(await assemble(ctx, loaded.value));
}

export async function addAttachment(ctx: Ctx, formId: number, input: { fileName: string; bytes: Uint8Array; note?: string | null | undefined }): Promise<Result<AttachmentList>> {
  const loaded = await editableForm(ctx, formId);
  if (!loaded.ok) return loaded;
  const fileName = input.fileName.trim().replace(/^.*[\\/]/, '');
  const count = await ctx.db.selectFrom('attachments').select((eb) => eb.fn.countAll<string>().as('n')).where('form_id', '=', formId).executeTakeFirst();
  const problem = attachmentProblem({ name: fileName, size: input.bytes.byteLength }, Number(count?.n ?? 0));
  if (problem) return fail('validation_failed', problem);
  const note = input.note?.trim() || null;
  if (note !== null && note.length > 500) return fail('validation_failed', '附件说明不超过 500 个字');
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('attachments').values({
      form_id: formId, file_name: fileName, content_type: attachmentContentType(fileName), size: input.bytes.byteLength, sha256,
      bytes: input.bytes, note, uploaded_by: ctx.actor?.userId ?? null, uploaded_at: ctx.clock.now(),
    }).returning('id').executeTakeFirstOrThrow();
    // The audit trail records what was attached (name, size, digest), not the file itself.
    await recordAudit(trx, ctx, { action: 'form.attachment.add', entity: 'form', entityId: formId, after: { attachment: row.id, file_name: fileName, size: input.bytes.byteLength, sha256, note } });
  });
  return ok(await assemble(ctx, loaded.value));
}

export async function removeAttachment(ctx: Ctx, formId: number, attachmentId: number): Promise<Result<AttachmentList>> {
  const loaded = await editableForm(ctx, formId);
  if (!loaded.ok) return loaded;
  const row = await ctx.db.selectFrom('attachments').select(['id', 'file_name', 'size', 'sha256', 'note'])
    .where('form_id', '=', formId).where('id', '=', attachmentId).executeTakeFirst();
  if (!row) return fail('not_found', `附件 ${attachmentId} 不存在或已删除；请刷新页面`);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('attachments').where('id', '=', attachmentId).execute();
    await recordAudit(trx, ctx, { action: 'form.attachment.remove', entity: 'form', entityId: formId, before: { attachment: row.id, file_name: row.file_name, size: row.size, sha256: row.sha256, note: row.note } });
  });
  return ok(await assemble(ctx, loaded.value));
}

export async function downloadAttachment(ctx: Ctx, formId: number, attachmentId: number): Promise<Result<{ bytes: Uint8Array; contentType: string; fileName: string }>> {
  const loaded = await readableForm(ctx, formId);
  if (!loaded.ok) return loaded;
  const row = await ctx.db.selectFrom('attachments').select(['file_name', 'content_type', 'bytes'])
    .where('form_id', '=', formId).where('id', '=', attachmentId).executeTakeFirst();
  if (!row) return fail('not_found', `附件 ${attachmentId} 不存在或已删除；请刷新页面`);
  return ok({ bytes: new Uint8Array(row.bytes), contentType: row.content_type, fileName: row.file_name });
}

async function assemble(ctx: Ctx, loaded: LoadedForm): Promise<AttachmentList> {
  const rows = await ctx.db.selectFrom('attachments as a').leftJoin('users as u', 'u.id', 'a.uploaded_by')
    .select(['a.id', 'a.file_name', 'a.content_type', 'a.size', 'a.sha256', 'a.note', 'a.uploaded_at', 'u.username'])
    .where('a.form_id', '=', loaded.row.id).orderBy('a.id').execute();
  return {
    form_id: loaded.row.id,
    editable: await mayEditNow(ctx, loaded),
    items: rows.map(({ username, uploaded_at, ...r }) => ({ ...r, uploaded_by: username, uploaded_at: new Date(uploaded_at).toISOString() })),
  };
}
