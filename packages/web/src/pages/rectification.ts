/**
 * 问题整改 on a target form (server GET/PUT /api/forms/{id}/rectification): last year's problems from the project's or
 * unit's self-evaluation and published 部门评价, and the unit's answer to each.
 */
import type { Rectification, RectificationItem, RectificationSource, RectificationStatus } from '@jixiao/core';

export const RECTIFICATION_STATUS_COLORS: Record<RectificationStatus, string> = {
  done: 'green',
  in_progress: 'gold',
  not_applicable: 'default',
};

export const ITEM_KIND_LABELS: Record<RectificationItem['kind'], string> = {
  problem: '存在问题',
  shortfall: '未达目标',
  deduction: '评价失分',
};

/**
 * The line a submit confirmation adds while problems are unanswered, or while an answer is typed in the panel but not
 * saved (each item saves on its own button, so submitting would leave it behind); null when neither.
 */
export function openProblemsWarning(r: Pick<Rectification, 'open' | 'items'> | null | undefined, unsaved = 0): string | null {
  const open = r?.open ?? 0;
  const notSaved = unsaved > 0 ? `有 ${unsaved} 条整改说明已填写但未保存，提交时不会带上，请先点该条下的「保存」` : null;
  if (open === 0) return notSaved ? `${notSaved}（见「上年问题整改」）。` : null;
  return `还有 ${open} 条上年问题未说明整改情况（见「上年问题整改」），审核人会看到；${notSaved ? `${notSaved}。` : '可以先说明再提交。'}`;
}

/** Items grouped under their source, in the sources' order. */
export function itemsBySource(r: Rectification): Array<{ source: RectificationSource; items: RectificationItem[] }> {
  return r.sources.map((source) => ({ source, items: r.items.filter((i) => i.source === source.id && sameKind(i, source)) }));
}

function sameKind(item: RectificationItem, source: RectificationSource): boolean {
  return (item.kind === 'deduction') === (source.kind === 'evaluation');
}

/** What the panel says above the problems: where they come from, and what is asked of whom. */
export function rectificationIntro(r: Pick<Rectification, 'sources' | 'editable'>): string {
  const years = [...new Set(r.sources.map((s) => s.fiscal_year))].sort().join('、');
  const kinds = [
    r.sources.some((s) => s.kind === 'self_evaluation') ? '绩效自评' : null,
    r.sources.some((s) => s.kind === 'evaluation') ? '已公开的部门整体评价' : null,
  ].filter((k) => k !== null).join('和');
  const found = `以下是 ${years} 年度${kinds}发现的问题。`;
  return r.editable
    ? `${found}请逐条说明整改情况（已整改 / 整改中 / 不适用），审核时一并查看；「整改中」须写明措施和预计完成时间，「不适用」须写明理由。`
    : `${found}下面是填报单位对每条问题的整改说明。`;
}

/**
 * The panel's one-line heading, 「上年问题 N 项：M 条待答复」 (or 已全部答复), and whether it opens unfolded: only for the
 * unit while it still has problems to answer. The reviewer's main work is the indicators below, so for them (and once
 * all are answered) it stays one line that unfolds on a click instead of pushing the indicator table below the fold.
 */
export function rectificationSummary(r: Pick<Rectification, 'items' | 'open' | 'editable'>): { text: string; unfolded: boolean } {
  const text = r.open > 0 ? `上年问题 ${r.items.length} 项：${r.open} 条待答复` : `上年问题 ${r.items.length} 项，已全部答复`;
  return { text, unfolded: r.editable && r.open > 0 };
}

/**
 * What an approval says while the unit left some of last year's problems unanswered: the panel is folded on the review
 * page, so the reviewer is told at the decision, where they can still return the form instead. null when none are open.
 */
export function approveOpenProblemsNote(open: number | undefined): string | null {
  if (!open) return null;
  return `单位还有 ${open} 条上年问题未说明整改情况（见「上年问题整改」）；如需单位说明，请改为退回，或在审核意见中写明。`;
}
