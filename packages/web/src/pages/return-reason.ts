/**
 * Why the decision modal's confirm button is held back, or null. A 退回 needs its reason in the modal's own box:
 * the server counts only comments sent with the return itself, not 批注 added to rows beforehand, and refuses
 * an empty one, so the button waits for text rather than letting the refusal arrive as a toast.
 */
export function decisionHint(action: 'return' | 'approve' | 'publish' | null, comment: string): string | null {
  return action === 'return' && !comment.trim() ? '请填写退回意见' : null;
}
