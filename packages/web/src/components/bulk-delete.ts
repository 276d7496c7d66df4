/** One form of a bulk delete: what the request needs and what the clerk reads. */
export interface BulkItem {
  id: string | number;
  version: number;
  label: string;
}

export interface BulkOutcome {
  done: BulkItem[];
  failed: Array<BulkItem & { reason: string }>;
}

type ReadonlyOutcome = { readonly done: readonly BulkItem[]; readonly failed: ReadonlyArray<BulkItem & { reason: string }> };

/**
 * Applies `act` to each form in turn (the per-form delete or restore, with its own checks and audit) and keeps
 * every form's result: one refused form (submitted meanwhile, changed by someone else) does not stop the rest.
 */
export async function eachForm(items: readonly BulkItem[], act: (item: BulkItem) => Promise<void>, reasonOf: (error: unknown) => string): Promise<BulkOutcome> {
  const out: BulkOutcome = { done: [], failed: [] };
  for (const item of items) {
    try {
      await act(item);
      out.done.push(item);
    } catch (error) {
      out.failed.push({ ...item, reason: reasonOf(error) });
    }
  }
  return out;
}

/** The confirmation of deleting several forms: how many, and which (the first few by name). */
export function bulkDeleteQuestion(items: readonly BulkItem[], shown = 8): { title: string; lines: string[]; more: number } {
  return { title: `删除选中的 ${items.length} 张表？`, lines: items.slice(0, shown).map((i) => i.label), more: Math.max(0, items.length - shown) };
}

/** What the clerk is told after a bulk action: the count done and each form refused, with the server's reason. */
export function bulkOutcomeText(outcome: ReadonlyOutcome, verb: '删除' | '恢复'): { ok: boolean; text: string; failures: string[] } {
  const failures = outcome.failed.map((f) => `${f.label}：${f.reason}`);
  const text = outcome.failed.length === 0
    ? `已${verb} ${outcome.done.length} 张表`
    : `已${verb} ${outcome.done.length} 张表，${outcome.failed.length} 张未能${verb}`;
  return { ok: outcome.failed.length === 0, text, failures };
}
