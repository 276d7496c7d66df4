import { attachmentProblem } from '@jixiao/core';
/** A file's size as a clerk reads it: 820 B, 12.5 KB, 3.2 MB. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${trim(bytes / 1024)} KB`;
  return `${trim(bytes / (1024 * 1024))} MB`;
}

function trim(n: number): string {
  return n >= 100 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}

/** What an empty 附件 / 佐证材料 list says: to its editor, where to add them; to a reader, that the unit added none. */
export function attachmentsEmptyText(title: string, editable: boolean): string {
  return editable ? `暂无${title}，请在下方上传` : `填报单位未上传${title}`;
}

/**
 * Several files picked at once: each checked as the server will check it, counting the ones before it in the batch
 * toward the per-form limit, so a refusal names the file and why before anything is sent, and the others still go.
 */
export function planAttachmentUploads<F extends { name: string; size: number }>(files: readonly F[], alreadyAttached: number): { accepted: F[]; refused: string[] } {
  const accepted: F[] = [];
  const refused: string[] = [];
  for (const file of files) {
    const problem = attachmentProblem(file, alreadyAttached + accepted.length);
    if (problem) refused.push(problem);
    else accepted.push(file);
  }
  return { accepted, refused };
}

/** What a batch upload says when done: how many went up, and which did not and why (one line each). */
export function attachmentBatchSummary(title: string, uploaded: readonly string[], failed: readonly string[]): { ok: string | null; failed: string | null } {
  const ok = uploaded.length === 0 ? null : uploaded.length === 1 ? `已上传${title}「${uploaded[0]}」` : `已上传 ${uploaded.length} 个${title}`;
  return { ok, failed: failed.length === 0 ? null : `${failed.length} 个文件未上传：${failed.join('；')}` };
}
