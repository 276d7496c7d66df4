/**
 * The evaluation an evaluator (who may not create one) opens without being asked: the only one assigned to them, and
 * only while none is open and none was opened on this visit (so closing or switching is not undone). Finance, who may
 * start a new one, is never steered into an existing one.
 */
export function soleAssignedEvaluation(
  canCreate: boolean, items: ReadonlyArray<{ id: number }> | undefined, opened: boolean,
): number | null {
  if (canCreate || opened || !items || items.length !== 1) return null;
  return items[0]!.id;
}
