import { Tooltip } from 'antd';

/**
 * The mark of a row a reviewer commented on (退回 批注), in the unit's editor and self-evaluation table: 批 and how many
 * comments, each shown on hover, click or keyboard focus, so the clerk finds every row to answer without the list.
 */
export function CommentBadge({ row, texts }: { row: number; texts: readonly string[] | undefined }) {
  if (!texts || texts.length === 0) return null;
  const label = `第 ${row + 1} 行有 ${texts.length} 条审核意见：${texts.join('；')}`;
  return (
    <Tooltip
      title={<ol className="row-comment-list">{texts.map((t, k) => <li key={k}>{t}</li>)}</ol>}
      trigger={['hover', 'click', 'focus']}
    >
      <span className="row-comment-badge" role="note" tabIndex={0} aria-label={label}>批{texts.length > 1 ? texts.length : ''}</span>
    </Tooltip>
  );
}
