import { memo } from 'react';
import { Alert, List, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { optionalGet } from '../api/queries';
import { formatDateTime } from '../lib/format-date-time';
import { commentPlace } from '../editor/comment-anchor';

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

/** Reviewers' comments on a form, shown to the editor above the grid, each at its indicator in the rows as edited. */
export const CommentsList = memo(function CommentsList({ formId, indicators }: { formId: string; indicators: ReadonlyArray<{ name: string }> }) {
  const comments = useComments(formId);
  const items = comments.data ?? [];
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
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {c.author_name ?? c.author ?? ''} {c.created_at ? formatDateTime(c.created_at) : ''}
              </Typography.Text>
            </List.Item>
          )}
        />
      }
    />
  );
});
