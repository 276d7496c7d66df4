import { useState } from 'react';
import { App, Button, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { api, errorMessage } from '../api/client';
import type { FormSummary } from '../api/types';
import { formLabel } from '../components/form-label';
import { decideEach, bulkButtonText } from './review-bulk';
import { bulkListStyle, showBulkOutcomes } from './review-bulk-outcomes';

/**
 * 批量通过 for the 待审核 list: a confirmation naming every selected form, then each approved through the same
 * endpoint as a single approval, and what happened to each shown afterwards.
 */
export function BulkApproveButton({ selected, department = false, onDone }: { selected: FormSummary[]; department?: boolean; onDone: () => void }) {
  const { modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  // How far a batch has got: each form is its own request, and dozens take a while.
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const run = async () => {
    setBusy(true);
    setProgress({ done: 0, total: selected.length });
    try {
      const outcomes = await decideEach(
        selected.map((f) => ({ id: f.id, version: f.version, label: formLabel(f) })),
        (id, version) => api.post(`/api/forms/${id}/approve`, { version }),
        errorMessage,
        (done, total) => setProgress({ done, total }),
      );
      showBulkOutcomes(modal, outcomes, 'approve');
    } finally {
      setBusy(false);
      setProgress(null);
      onDone();
    }
  };
  const confirm = () =>
    modal.confirm({
      title: `确认批量审核通过这 ${selected.length} 张表？`,
      width: 600,
      content: (
        <>
          <Typography.Paragraph>
            逐张审核通过并冻结当前版本{department ? '，绩效目标表随即转入财政审核（「主管部门已审」），财政仍可退回' : ''}；期间被修改或状态已变的表不会通过，完成后列出每张表的结果。
          </Typography.Paragraph>
          <ol style={bulkListStyle}>
            {selected.map((f) => <li key={f.id}>{formLabel(f)}</li>)}
          </ol>
        </>
      ),
      okText: `通过 ${selected.length} 张`,
      cancelText: '取消',
      onOk: run,
    });
  return (
    <Button type="primary" icon={<CheckOutlined />} disabled={selected.length === 0} loading={busy} onClick={confirm}>
      {bulkButtonText(selected.length, progress)}
    </Button>
  );
}
