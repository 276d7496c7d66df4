import { memo } from 'react';
import { Alert, Button, List, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { optionalGet } from '../api/queries';
import { formatDateTime } from '../lib/format-date-time';
import { commentAnchor, commentPlace } from '../editor/comment-anchor';
import { isReviewComment, replyText } from '../pages/comment-replies';

export interface FormComment {
  id?: number | string;
  indicator?: number | null;
  row?: number | null;
  /** The row's 三级指标 when the comment was written (null on older comments). */
  indicator_name?: string | null;
  field?: string | null;
  text?: string;
  body?: string;
  author?: string | null;
  author_name?: string | null;
  created_at?: string | null;
  resolved?: boolean;
  /** The workflow step (submit, 退回…) the comment went with; null while its round is still open. */
  review_id?: number | null;
  /** A unit's 修改说明 (server migration 12): 'changed' 已修改 / 'kept' 未修改 answer reply_to; 'note' is on the whole form. */
  reply?: 'changed' | 'kept' | 'note' | null;
  reply_to?: number | null;
}

export function commentText(c: FormComment): string {
  return c.body ?? c.text ?? '';
}

export function commentRow(c: FormComment): number | null {
  return c.indicator ?? c.row ?? null;
}

export function useComments(formId: string) {
  return useQuery({
    queryKey: ['comments', formId],
    queryFn: async ({ signal }) => (await optionalGet<{ items: FormComment[] }>(`/api/forms/${encodeURIComponent(formId)}/comments`, undefined, signal))?.items ?? [],
  });
}

/**
 * Reviewers' comments on a form, shown to the editor above the grid, each at its indicator in the rows as edited, with
 * the unit's answer to it (修改说明) when it resubmitted.
 */
export const CommentsList = memo(function CommentsList({ formId, indicators, onLocate }: {
  formId: string;
  indicators: ReadonlyArray<{ name: string }>;
  /** Takes the editor to the cell a comment is on (a 定位 link beside each comment on a row); absent where nothing is edited. */
  onLocate?: (at: { row: number; field: string | null }) => void;
}) {
  const comments = useComments(formId);
  const all = comments.data ?? [];
  const items = all.filter(isReviewComment);
  if (items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 8 }}
      title={`审核意见（${items.length} 条）`}
      description={
        <List
          size="small"
          dataSource={items}
          renderItem={(c) => (
            <List.Item>
              <Typography.Text strong>{commentPlace(c, indicators)}</Typography.Text>
              ：{commentText(c)}
              <LocateLink comment={c} indicators={indicators} onLocate={onLocate} />
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {c.author_name ?? c.author ?? ''} {c.created_at ? formatDateTime(c.created_at) : ''}
              </Typography.Text>
              {all.filter((a) => a.reply_to != null && a.reply_to === c.id).map((a) => (
                <Typography.Text key={String(a.id)} type="secondary" style={{ display: 'block' }}>↳ 本单位答复：{replyText(a)}</Typography.Text>
              ))}
            </List.Item>
          )}
        />
      }
    />
  );
});

/** 定位 beside a comment on a row still in the form (followed by its name): takes the editor to that row's cell. */
function LocateLink({ comment, indicators, onLocate }: {
  comment: FormComment;
  indicators: ReadonlyArray<{ name: string }>;
  onLocate: ((at: { row: number; field: string | null }) => void) | undefined;
}) {
  const { row, lost } = commentAnchor(comment, indicators);
  if (!onLocate || row === null || lost) return null;
  return (
    <Button type="link" size="small" style={{ paddingInline: 4 }} aria-label={`定位到第 ${row + 1} 行`} onClick={() => onLocate({ row, field: comment.field ?? null })}>
      定位
    </Button>
  );
}
