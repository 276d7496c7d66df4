import { Typography, type App } from 'antd';
import { bulkSummary, type BulkAction, type BulkOutcome } from './review-bulk';

export const bulkListStyle = { maxHeight: 320, overflowY: 'auto' as const, margin: 0, paddingLeft: 18 };

const OUTCOME_WORDS: Record<BulkAction, { done: string; failed: string }> = {
  approve: { done: '已通过', failed: '未通过' },
  return: { done: '已退回', failed: '未退回' },
};

/** After a 批量通过 or 批量退回: the one-line result, and what happened to each form (a failure with its reason). */
export function showBulkOutcomes(modal: ReturnType<typeof App.useApp>['modal'], outcomes: readonly BulkOutcome[], action: BulkAction): void {
  const words = OUTCOME_WORDS[action];
  const failed = outcomes.some((o) => o.error !== null);
  (failed ? modal.warning : modal.success)({
    title: bulkSummary(outcomes, action),
    width: 600,
    content: (
      <ul style={bulkListStyle}>
        {outcomes.map((o) => (
          <li key={o.id}>
            {o.label}：{o.error === null ? <Typography.Text type="success">{words.done}</Typography.Text> : <Typography.Text type="danger">{words.failed}，{o.error}</Typography.Text>}
          </li>
        ))}
      </ul>
    ),
  });
}
