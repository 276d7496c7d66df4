import { useState } from 'react';
import { App, Button, Input, Modal, Progress, Typography } from 'antd';
import { RollbackOutlined } from '@ant-design/icons';
import { api, errorMessage } from '../api/client';
import type { FormSummary } from '../api/types';
import { formLabel } from '../components/form-label';
import { bulkButtonText, decideEach } from './review-bulk';
import { bulkListStyle, showBulkOutcomes } from './review-bulk-outcomes';

/**
 * 批量退回 for the 待审核 list: one reason for every ticked form, a confirmation naming them, then each returned through
 * the same endpoint as a single 退回 (with the version the list showed), the progress shown, and each outcome listed.
 */
export function BulkReturnButton({ selected, onDone }: { selected: FormSummary[]; onDone: () => void }) {
  const { modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const run = async () => {
    const comment = reason.trim();
    setProgress({ done: 0, total: selected.length });
    try {
      const outcomes = await decideEach(
        selected.map((f) => ({ id: f.id, version: f.version, label: formLabel(f) })),
        (id, version) => api.post(`/api/forms/${id}/return`, { version, comment }),
        errorMessage,
        (done, total) => setProgress({ done, total }),
      );
      setOpen(false);
      setReason('');
      showBulkOutcomes(modal, outcomes, 'return');
    } finally {
      setProgress(null);
      onDone();
    }
  };
  return (
    <>
      <Button danger icon={<RollbackOutlined />} disabled={selected.length === 0} loading={progress !== null} onClick={() => setOpen(true)}>
        {bulkButtonText(selected.length, progress, 'return')}
      </Button>
      <Modal
        open={open}
        title={`确认批量退回这 ${selected.length} 张表？`}
        width={600}
        okText={progress ? bulkButtonText(selected.length, progress, 'return') : `退回 ${selected.length} 张`}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: progress !== null }}
        cancelText="取消"
        cancelButtonProps={{ disabled: progress !== null }}
        closable={progress === null}
        maskClosable={false}
        onCancel={() => setOpen(false)}
        onOk={() => void run()}
      >
        <Typography.Paragraph>逐张退回填报单位修改，每张表附同一条退回意见；期间被修改或状态已变的表不会退回，完成后列出每张表的结果。</Typography.Paragraph>
        <Input.TextArea aria-label="退回意见" rows={3} maxLength={5000} showCount placeholder="退回意见（必填，单位在表上可见）" value={reason} onChange={(e) => setReason(e.target.value)} disabled={progress !== null} />
        {progress && <Progress percent={Math.round((progress.done / progress.total) * 100)} format={() => `${progress.done}/${progress.total}`} />}
        <ol style={{ ...bulkListStyle, maxHeight: 240, marginTop: 12 }}>
          {selected.map((f) => <li key={f.id}>{formLabel(f)}</li>)}
        </ol>
      </Modal>
    </>
  );
}
