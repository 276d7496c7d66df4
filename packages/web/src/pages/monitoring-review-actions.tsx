import { useState } from 'react';
import { App, Button, Input, Modal, Select, Space, Tooltip, Typography } from 'antd';
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { FUNDING_DECISIONS } from '@jixiao/core';
import { api, errorMessage } from '../api/client';
import { offerReload, reviewConflict, type ReviewAction } from './monitoring-conflict';

interface Props {
  reportId: number;
  /** The version the reviewer is reading: what they answer, so a table changed since is refused, not answered unseen. */
  version: number;
  projectName: string;
  /** Problems the unit left in the table (monitoringGaps), shown to the reviewer as the reasons to return it. */
  gaps: string[];
  /** The table was answered, or found changed by someone else: read it and the lists again. */
  onChanged: () => unknown;
  /** Set when the table's year is closed: the buttons are disabled and say why (the server would refuse them). */
  closedReason?: string | undefined;
}

/**
 * 验收 / 退回 of a submitted monitoring table, for the reviewer reading it: a return needs a comment
 * the unit will read; an acceptance may record a funding decision. It answers the version on screen: when the
 * table changed since (409), the reviewer is told and offered to reload, and what they typed stays for the retry.
 */
export function MonitoringReviewActions({ reportId, version, projectName, gaps, onChanged, closedReason }: Props) {
  const { message, modal } = App.useApp();
  const [action, setAction] = useState<ReviewAction | null>(null);
  // Each action's comment as typed, kept when the modal closes or the table is reloaded after a conflict.
  const [comments, setComments] = useState<Partial<Record<ReviewAction, string>>>({});
  const [decision, setDecision] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const comment = action ? (comments[action] ?? '') : '';
  const setComment = (text: string) => action && setComments((c) => ({ ...c, [action]: text }));
  // A return is answered only with a reason the unit can act on: the button waits for one rather than the server refusing.
  const missingReason = action === 'return' && !comment.trim();

  const open = (next: ReviewAction) => {
    setAction(next);
    setDecision(undefined);
    setComments((c) => (c[next] !== undefined ? c : { ...c, [next]: next === 'return' && gaps.length > 0 ? gaps.join('\n') : '' }));
  };

  const run = async () => {
    if (!action) return;
    if (missingReason) return;
    setBusy(true);
    try {
      await api.post(`/api/monitoring/${reportId}/${action}`, { version, ...(comment.trim() ? { comment: comment.trim() } : {}), ...(decision ? { decision } : {}) });
      message.success(action === 'return' ? '已退回，单位修改后可重新提交' : `已验收${decision ? `，并记录「${decision}」` : ''}`);
      setAction(null);
      setComments({});
      onChanged();
    } catch (error) {
      const conflict = reviewConflict(error, action, comment.trim() !== '');
      if (conflict) {
        setAction(null);
        offerReload(modal, conflict, onChanged);
      } else message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Tooltip title={closedReason}><Button type="primary" icon={<CheckOutlined />} disabled={!!closedReason} onClick={() => open('accept')}>验收</Button></Tooltip>
      <Tooltip title={closedReason}><Button danger icon={<RollbackOutlined />} disabled={!!closedReason} onClick={() => open('return')}>退回</Button></Tooltip>
      <Modal
        title={action === 'return' ? `退回「${projectName}」的监控表` : `验收「${projectName}」的监控表`}
        open={action !== null}
        okText={action === 'return' ? '退回' : '验收'}
        okButtonProps={{ danger: action === 'return', loading: busy, disabled: missingReason }}
        cancelText="取消"
        onOk={() => void run()}
        onCancel={() => setAction(null)}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          {action === 'accept' && (
            <>
              <Typography.Text type="secondary">验收后监控表归档，单位不能再修改。如需记录拨款决定，请在下方选择（选填；验收后也可在「重点监控」清单中记录或修改）。</Typography.Text>
              <Select aria-label="拨款决定" allowClear placeholder="拨款决定（选填）" style={{ width: '100%' }} value={decision} onChange={setDecision} options={FUNDING_DECISIONS.map((d) => ({ value: d, label: d }))} />
            </>
          )}
          {action === 'return' && <Typography.Text type="secondary">退回意见会显示在单位的监控表上方，请写明需要补充或修改的内容。</Typography.Text>}
          <Input.TextArea
            aria-label={action === 'return' ? '退回意见' : '验收意见'}
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={5000}
            placeholder={action === 'return' ? '退回意见（必填）' : '验收意见（选填）'}
            status={missingReason ? 'warning' : undefined}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          {missingReason && <Typography.Text type="warning">请填写退回意见</Typography.Text>}
        </Space>
      </Modal>
    </>
  );
}
