import { useEffect } from 'react';
import { Button, Space, Tooltip, Typography } from 'antd';
import { LeftOutlined, RightOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { FORM_KIND_LABELS, type FormKind } from '@jixiao/core';
import { api } from '../api/client';
import { useAuth } from '../api/auth-context';
import type { FormSummary, ListResponse } from '../api/types';
import { readListQuery } from '../lib/list-query';
import { listPageOf, neighbours, queueFilters, reviewLink } from './review-desk';
import { queuesFor } from './review-queue-page';

/** Keys typed into a field, or with a modifier (the browser's Alt+← is 后退), are not the stepper's. */
function isStepKey(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return false;
  // A dialog open over the form (退回, 审核通过) keeps its keys.
  return document.querySelector('.ant-modal-wrap:not([style*="display: none"])') === null;
}

/**
 * 上一张 / 下一张 within the filtered list the form was opened from (the list's address and the form's place ride in the
 * form's address), with ← and → as keys, and 返回列表 to the page it came from. Shows nothing for a form opened otherwise.
 */
export function ReviewQueueStepper({ id }: { id: string }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { user } = useAuth();
  const atParam = params.get('at');
  const at = atParam !== null && /^\d+$/.test(atParam) ? Number(atParam) : null;
  const list = readListQuery(params, 20);
  const queues = queuesFor(user?.role);
  const queue = queues.find((x) => x.key === list.queue) ?? queues[0]!;
  const kind = list.kind && list.kind in FORM_KIND_LABELS ? (list.kind as FormKind) : undefined;
  const filters = queueFilters(list, queue, kind);
  const offset = at === null ? 0 : Math.max(0, at - 1);
  // The form's place and one on each side: three rows whatever the list's length.
  const around = useQuery({
    queryKey: ['forms', 'around', filters, offset],
    enabled: at !== null,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => api.get<ListResponse<FormSummary>>('/api/forms', { ...filters, limit: 3, offset }, signal),
  });
  const listParams = new URLSearchParams(params);
  listParams.delete('at');
  const found = at !== null && around.data ? neighbours(around.data.items, offset, at, id) : null;
  const go = (to: { item: FormSummary; at: number } | null | undefined) => {
    if (to) navigate(reviewLink(to.item.id, listParams, to.at));
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!found || !isStepKey(event)) return;
      if (event.key === 'ArrowLeft' && found.prev) go(found.prev);
      else if (event.key === 'ArrowRight' && found.next) go(found.next);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  if (at === null) return null;
  const back = new URLSearchParams(listParams);
  const page = listPageOf(found?.at ?? at, list.size);
  if (page > 1) back.set('page', String(page));
  else back.delete('page');
  const label = (f: FormSummary) => f.project_name || FORM_KIND_LABELS[f.kind];
  return (
    <Space className="no-print review-stepper" wrap>
      <Link to={`/review${back.toString() ? `?${back.toString()}` : ''}`}>
        <Button icon={<UnorderedListOutlined />}>返回列表</Button>
      </Link>
      <Tooltip title={found?.prev ? `${label(found.prev.item)}（快捷键 ←）` : '已是列表中的第一张'}>
        <Button icon={<LeftOutlined />} disabled={!found?.prev} onClick={() => go(found?.prev)}>上一张</Button>
      </Tooltip>
      <Tooltip title={found?.next ? `${label(found.next.item)}（快捷键 →）` : '已是列表中的最后一张'}>
        <Button disabled={!found?.next} onClick={() => go(found?.next)}>
          下一张 <RightOutlined />
        </Button>
      </Tooltip>
      <Typography.Text type="secondary">
        {found?.at !== null && found?.at !== undefined ? `第 ${found.at + 1} / ${around.data?.total ?? '…'} 张` : around.data ? `本表已不在此列表中（共 ${around.data.total} 张）` : ''}
      </Typography.Text>
    </Space>
  );
}
