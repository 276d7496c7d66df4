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

/** Where carried problems come from: the latest earlier settled self-evaluation, or a published 部门评价. */
export interface RectificationSource {
  kind: 'self_evaluation' | 'evaluation';
  id: number;
  fiscal_year: number;
  /** 「2025 年度项目支出绩效自评表「…」」 or 「2025 年度部门整体评价（模板名）」. */
  title: string;
  /** 自评总分 86.5，良 — what the source concluded, when it says. */
  summary: string | null;
  /** The 改进措施 the source itself promised, shown beside its problems. */
  improvements: string | null;
}

/** One problem to answer: a point of 存在问题, a row below its 分值, or an evaluation row that lost points. */
export interface RectificationSourceItem {
  /** Stable: se:{sheet}:p:{n}, se:{sheet}:r:{row} or ev:{evaluation}:{item}. */
  key: string;
  source: number;
  kind: 'problem' | 'shortfall' | 'deduction';
  text: string;
  detail: string | null;
}

export interface RectificationItem extends RectificationSourceItem {
  status: RectificationStatus | null;
  note: string | null;
  updated_by: string | null;
  updated_at: string | null;
}

/** GET /api/forms/{id}/rectification. */
export interface Rectification {
  form_id: number;
  /** Whether the caller may answer now (an editor of a draft or returned form of an open year). */
  editable: boolean;
  sources: RectificationSource[];
  items: RectificationItem[];
  /** Items not answered yet. */
  open: number;
}
