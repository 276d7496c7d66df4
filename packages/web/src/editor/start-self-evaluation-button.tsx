import { useState } from 'react';
import { App, Button } from 'antd';
import { FileDoneOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api, errorMessage } from '../api/client';
import { afterStart, type StartedSelfEvaluation } from './start-self-evaluation';

/** 「开始年终自评」 on a settled project target: makes (or finds) the project's self-evaluation and opens it. */
export function StartSelfEvaluationButton({ targetId }: { targetId: string }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      const started = await api.post<StartedSelfEvaluation>(`/api/forms/${encodeURIComponent(targetId)}/self-evaluation`);
      const next = afterStart(started);
      if (!started.existing) void queryClient.invalidateQueries({ queryKey: ['forms'] });
      if (started.existing) message.info(next.message);
      else message.success(next.message);
      navigate(next.path);
    } catch (error) {
      message.error(`无法开始年终自评：${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button type="primary" icon={<FileDoneOutlined />} loading={busy} onClick={() => void start()}>
      开始年终自评
    </Button>
  );
}
