import { useState } from 'react';
import { Alert, App, Input, Modal, Typography } from 'antd';
import { api, errorMessage } from '../api/client';
import { statusLabel } from '../lib/labels';
import { decisionHint } from './return-reason';
import { approveWording } from './review-step';
import { approveOpenProblemsNote } from './rectification';
import { unsentDraftsNote, type DraftKey } from './review-comment-drafts';

export type Action = 'return' | 'approve' | 'publish' | 'unpublish';

// 审核通过's wording depends on who approves (approveWording).
const ACTION_TEXT: Record<Exclude<Action, 'approve'>, { title: string; ok: string; done: string }> = {
  return: { title: '退回修改', ok: '退回', done: '已退回填报单位' },
  publish: { title: '公开', ok: '公开', done: '已公开，公众可在公开页面查看' },
  unpublish: { title: '撤回公开', ok: '撤回公开', done: '已撤回公开，公开页面不再显示此表' },
};

/** The review page's decision (退回, 审核通过, 公开, 撤回公开): what it does, the reviewer's comment, then the request. */
export function ReviewDecisionModal({ formId, action, version, errors, openComments, unsentComments = [], openProblems, selfEvaluation, forwardsToFinance = false, onClose, onDone }: {
  formId: string;
  action: Action | null;
  version: number;
  /** The form's open review errors, which an approval or publication names before it goes ahead. */
  errors: number;
  /** The reviewer's row comments not yet sent, which a 退回 takes as its reasons. */
  openComments: number;
  /** The comment boxes on the page holding text not yet added, which the decision names (they are not part of it). */
  unsentComments?: readonly DraftKey[];
  /** Last year's problems the unit left unanswered (问题整改), which an approval names. */
  openProblems?: number | undefined;
  selfEvaluation: boolean;
  /** A 主管部门's approval, which sends the form on to finance (reviewStep). */
  forwardsToFinance?: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  // One comment per decision: a 退回 reason typed and cancelled stays with 退回, never becomes an approval's comment.
  const [comments, setComments] = useState<Partial<Record<Action, string>>>({});
  const comment = action ? (comments[action] ?? '') : '';
  const setComment = (text: string) => action && setComments((c) => ({ ...c, [action]: text }));
  const unsent = action ? unsentDraftsNote(unsentComments, action) : null;
  const [busy, setBusy] = useState(false);
  const hint = decisionHint(action, comment, openComments);
  const approve = approveWording(forwardsToFinance, version);
  const text = action === 'approve' ? approve : action ? ACTION_TEXT[action] : null;

  const decide = async () => {
    if (!action) return;
    // The button is disabled meanwhile; Enter in the modal could still get here.
    if (hint) return;
    setBusy(true);
    try {
      await api.post(`/api/forms/${formId}/${action}`, { version, comment: comment.trim() || undefined });
      message.success(text?.done ?? '');
      onClose();
      setComment('');
      onDone();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={action !== null}
      title={text ? `确认${text.title}？` : ''}
      okText={text ? text.ok : '确定'}
      cancelText="取消"
      okButtonProps={{ danger: action === 'return' || action === 'unpublish', loading: busy, disabled: hint !== null }}
      onOk={decide}
      onCancel={onClose}
    >
      {action === 'publish' && <Typography.Paragraph>公开后任何人无需登录即可查看和下载此表，请确认已去除个人隐私信息。</Typography.Paragraph>}
      {action === 'unpublish' && (
        <Typography.Paragraph>撤回后此表立即从公开页面消失，公众打开原链接或下载时将看到「已撤回」；表单回到「{statusLabel(selfEvaluation ? 'accepted' : 'approved')}」状态，修正后可再次公开。</Typography.Paragraph>
      )}
      {action === 'approve' && <Typography.Paragraph>{approve.effect}</Typography.Paragraph>}
      {/* An approval or publication over open errors is the reviewer's call, but never an unnoticed one. */}
      {(action === 'approve' || action === 'publish') && errors > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`此表仍有 ${errors} 个审核错误（见右侧“自动审核”），确认仍要${text?.title ?? ''}？如需单位修改，请改为退回。`}
        />
      )}
      {unsent && <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={unsent} />}
      {action === 'approve' && approveOpenProblemsNote(openProblems) && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={approveOpenProblemsNote(openProblems)} />}
      <Input.TextArea
        aria-label="审核意见"
        rows={4}
        placeholder={action !== 'return' ? '审核意见（选填）' : openComments > 0 ? `退回意见（选填）：您在指标行上写的 ${openComments} 条批注将随退回发给单位，可在此补充整体意见` : '退回意见（必填）：说明需要修改的地方；也可先在指标行上添加批注'}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      {hint && <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>{hint}</Typography.Text>}
    </Modal>
  );
}
