/**
 * Why the target editor's 提交审核 is not offered yet, or null when it may be submitted. `blocker` is core's
 * submitBlocker (no project name, no indicator), which the server refuses with; it comes first because an empty
 * form has no findings to count, so the error count alone would let it through to the refusal.
 */
export function targetSubmitBlockReason(p: { blocker: string | null; errors: number }): string | null {
  if (p.blocker) return p.blocker;
  if (p.errors > 0) return `还有 ${p.errors} 个错误，修正后才能提交`;
  return null;
}
