/**
 * Why the decision modal's confirm button is held back, or null. A 退回 needs a reason: typed in the modal, or the
 * 批注 the reviewer wrote on rows since the form was submitted (the server counts those open comments and sends
 * them with the return). Without either the server refuses, so the button waits rather than letting the refusal
 * arrive as a toast.
 */
export function decisionHint(action: 'return' | 'approve' | 'publish' | 'unpublish' | null, comment: string, openComments = 0): string | null {
  return action === 'return' && !comment.trim() && openComments === 0 ? '请填写退回意见，或先在指标行上添加批注' : null;
}

/** The reviewer's own comments not yet sent with a workflow step: what a 退回 now would carry to the unit. */
export function openCommentsBy(comments: ReadonlyArray<{ review_id?: number | null; author?: string | null }>, username: string | undefined): number {
  if (!username) return 0;
  let n = 0;
  for (const c of comments) if (c.review_id == null && c.author === username) n++;
  return n;
}
