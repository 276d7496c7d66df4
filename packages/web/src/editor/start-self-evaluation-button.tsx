import { useState } from 'react';
import { App, Button } from 'antd';
import { FileDoneOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { Role } from '../api/types';
import { api, errorMessage } from '../api/client';
import { afterStart, startConfirmation, type StartedSelfEvaluation } from './start-self-evaluation';

interface Props {
  targetId: string;
  role: Role | undefined;
  projectName: string | null;
  fiscalYear: number | null;
}

/** 「开始年终自评」 on a settled project target: after a confirmation, makes (or finds) the project's self-evaluation and opens it. */
export function StartSelfEvaluationButton({ targetId, role, projectName, fiscalYear }: Props) {
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const start = async (futureYear: boolean) => {
    setBusy(true);
    try {
      const started = await api.post<StartedSelfEvaluation>(`/api/forms/${encodeURIComponent(targetId)}/self-evaluation`, futureYear ? { confirm_future_year: true } : {});
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
  const confirm = () => {
    const text = startConfirmation({ role, projectName, fiscalYear });
    modal.confirm({ title: text.title, width: text.futureYear ? 520 : undefined, content: <div style={{ whiteSpace: 'pre-line' }}>{text.content}</div>, okText: text.futureYear ? '仍然开始' : '开始自评', cancelText: '取消', onOk: () => start(text.futureYear) });
  };
  return (
    <Button type="primary" icon={<FileDoneOutlined />} loading={busy} onClick={confirm}>
      开始年终自评
    </Button>
  );
}
