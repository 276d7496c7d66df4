import { useState } from 'react';
import { App, Button, Tooltip } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, api, errorMessage } from '../api/client';
import { publishBlockReason, publishConfirm, type PublishSubject } from './evaluation-publishing';

export interface PublishedEvaluation {
  id: number;
  version: number;
  status: string;
  evaluator?: string | null;
  published_at?: string | null;
  grade?: string | null;
  policy_grade?: string | null;
  graded_under_old_policy?: boolean;
}

/** 公开评价报告 / 撤回公开 for finance, each behind a confirmation naming the department, year and score. */
export function EvaluationPublishButton({ evaluation, subject, onChanged }: { evaluation: PublishedEvaluation; subject: PublishSubject; onChanged: (view: PublishedEvaluation) => void }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const action = evaluation.published_at ? 'unpublish' : 'publish';
  const blocked = publishBlockReason(subject, action);
  const run = async () => {
    setBusy(true);
    try {
      const view = await api.post<PublishedEvaluation>(`/api/evaluations/${evaluation.id}/${action}`, { version: evaluation.version });
      onChanged(view);
      queryClient.invalidateQueries({ queryKey: ['evaluations'] });
      queryClient.invalidateQueries({ queryKey: ['public-evaluations'] });
      message.success(action === 'publish' ? '评价报告已公开' : '评价报告已撤回公开');
    } catch (error) {
      const stale = error instanceof ApiError && error.status === 409;
      message.error(stale ? `${errorMessage(error)}请重新打开此评价后再操作。` : errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const confirm = publishConfirm(action, subject);
  return (
    <Tooltip title={blocked ?? undefined}>
      <Button
        danger={action === 'unpublish'}
        loading={busy}
        disabled={!!blocked}
        onClick={() => modal.confirm({ ...confirm, okButtonProps: action === 'unpublish' ? { danger: true } : {}, cancelText: '取消', onOk: run })}
      >
        {action === 'publish' ? '公开评价报告' : '撤回公开'}
      </Button>
    </Tooltip>
  );
}
