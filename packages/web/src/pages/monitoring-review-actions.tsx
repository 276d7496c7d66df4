import { useState } from 'react';
import { App, Button, Input, Modal, Select, Space, Typography } from 'antd';
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { FUNDING_DECISIONS } from '@jixiao/core';
import { api, errorMessage } from '../api/client';

interface Props {
  reportId: number;
  projectName: string;
  /** Problems the unit left in the table (monitoringGaps), shown to the reviewer as the reasons to return it. */
  gaps: string[];
  onDone: () => void;
}

type Action = 'accept' | 'return';

/**
 * 验收 / 退回 of a submitted monitoring table, for the reviewer reading it: a return needs a comment
 * the unit will read; an acceptance may record a funding decision. The version is read just before
 * acting, so a table the unit has just resubmitted is not answered stale.
 */
export function MonitoringReviewActions({ reportId, projectName, gaps, onDone }: Props) {
  const { message } = App.useApp();
  const [action, setAction] = useState<Action | null>(null);
  const [comment, setComment] = useState('');
  const [decision, setDecision] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const open = (next: Action) => {
    setAction(next);
    setDecision(undefined);
    setComment(next === 'return' && gaps.length > 0 ? gaps.join('\n') : '');
  };

  const run = async () => {
    if (!action) return;
    if (action === 'return' && !comment.trim()) {
      message.warning('请填写退回意见，说明单位需要补充或修改的内容');
      return;
    }
    setBusy(true);
    try {
      const current = await api.get<{ version: number }>(`/api/monitoring/${reportId}`);
      await api.post(`/api/monitoring/${reportId}/${action}`, { version: current.version, ...(comment.trim() ? { comment: comment.trim() } : {}), ...(decision ? { decision } : {}) });
      message.success(action === 'return' ? '已退回，单位修改后可重新提交' : `已验收${decision ? `，并记录「${decision}」` : ''}`);
      setAction(null);
      onDone();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button type="primary" icon={<CheckOutlined />} onClick={() => open('accept')}>验收</Button>
      <Button danger icon={<RollbackOutlined />} onClick={() => open('return')}>退回</Button>
      <Modal
        title={action === 'return' ? `退回「${projectName}」的监控表` : `验收「${projectName}」的监控表`}
        open={action !== null}
        okText={action === 'return' ? '退回' : '验收'}
        okButtonProps={{ danger: action === 'return', loading: busy }}
        cancelText="取消"
        onOk={() => void run()}
        onCancel={() => setAction(null)}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          {action === 'accept' && (
            <>
              <Typography.Text type="secondary">验收后监控表归档，单位不能再修改。如需记录拨款决定，请在下方选择（选填）。</Typography.Text>
              <Select aria-label="拨款决定" allowClear placeholder="拨款决定（选填）" style={{ width: '100%' }} value={decision} onChange={setDecision} options={FUNDING_DECISIONS.map((d) => ({ value: d, label: d }))} />
            </>
          )}
          {action === 'return' && <Typography.Text type="secondary">退回意见会显示在单位的监控表上方，请写明需要补充或修改的内容。</Typography.Text>}
          <Input.TextArea
            aria-label={action === 'return' ? '退回意见' : '验收意见'}
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={5000}
            placeholder={action === 'return' ? '退回意见（必填）' : '验收意见（选填）'}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </Space>
      </Modal>
    </>
  );
}
