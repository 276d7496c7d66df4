import type { Finding } from '../api/types';
import { flashRow } from '../lib/flash-row';

const BUDGET_LABELS: Record<string, string> = {
  'budget.initial_wan': '年初预算数',
  'budget.adjusted_wan': '全年预算数',
  'budget.executed_wan': '全年执行数',
  'budget.execution_rate': '全年执行数',
  'budget.score': '全年执行数',
  'budget.reason': '预算执行偏差原因',
};

// Form-level text the page edits (self-evaluation-texts.tsx): a finding on it focuses its box.
const TEXT_LABELS: Record<string, string> = {
  goal_outcome: '全年实际完成情况',
  conclusion: '评价结论',
  problems: '存在问题',
  improvements: '改进措施',
};

/**
 * The aria-labels of the self-evaluation inputs a finding points at, best first: a row's reason,
 * score or completion (a select for a qualitative row, a text box otherwise), or a budget line.
 */
export function selfEvaluationTargets(f: Pick<Finding, 'row' | 'field'>): string[] {
  if (f.row !== null) {
    const row = `第 ${f.row + 1} 行`;
    const completion = [`${row}实际完成值`, `${row}完成情况`];
    if (f.field === 'reason') return [`${row}偏差原因`, ...completion];
    if (f.field === 'score') return [`${row}自评分`, ...completion];
    return completion;
  }
  const label = f.field ? BUDGET_LABELS[f.field] ?? TEXT_LABELS[f.field] : undefined;
  return label ? [label] : [];
}

/** Scrolls to and focuses the input a finding is about; false when the page shows none. */
export function focusSelfEvaluationFinding(f: Pick<Finding, 'row' | 'field'>): boolean {
  for (const label of selfEvaluationTargets(f)) {
    const el = document.querySelector<HTMLElement>(`[aria-label="${label}"]`);
    if (!el) continue;
    el.scrollIntoView({ block: 'center' });
    el.focus();
    return true;
  }
  return false;
}

/** 定位 from a reviewer's comment: the row's input focused where the page edits it, and the row flashed either way. */
export function locateSelfEvaluationRow(at: { row: number; field: string | null }): void {
  focusSelfEvaluationFinding(at);
  flashRow(`.self-evaluation-sheet tr[data-row-key="${at.row}"]`);
}
