/**
 * 问题整改 (结果应用): how a unit answers a problem carried from an earlier year's self-evaluation or 部门评价 into its
 * next target — the same vocabulary and the same rule for the server that stores the answer and the page that asks it.
 */
export const RECTIFICATION_STATUSES = ['done', 'in_progress', 'not_applicable'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, string> = {
  done: '已整改',
  in_progress: '整改中',
  not_applicable: '不适用',
};

/** Why an answer cannot stand (整改中 says how and when, 不适用 says why; 已整改 may stand alone), else null. */
export function rectificationAnswerBlocker(status: RectificationStatus | null, note: string | null | undefined): string | null {
  if (status === null) return '请选择整改情况（已整改、整改中或不适用）';
  if ((note ?? '').trim() !== '') return null;
  if (status === 'in_progress') return '选择「整改中」时请说明整改措施和预计完成时间';
  if (status === 'not_applicable') return '选择「不适用」时请说明理由';
  return null;
}
