import type { ModalFuncProps } from 'antd';
import { ApiError } from '../api/client';

export type ReviewAction = 'accept' | 'return';

interface Confirm {
  confirm: (props: ModalFuncProps) => unknown;
}

export interface ReviewConflict {
  title: string;
  content: string;
}

/**
 * A 验收 or 退回 the server refused because the table is no longer the one the reviewer read: its version moved on
 * (the unit saved or resubmitted it, or another reviewer answered it) or it left 待验收. Null for any other failure,
 * which is shown as the server's message. `kept` says what the reviewer typed stays on the page.
 */
export function reviewConflict(error: unknown, action: ReviewAction, kept: boolean): ReviewConflict | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  if (error.code !== 'stale_version' && error.code !== 'invalid_transition') return null;
  const verb = action === 'accept' ? '验收' : '退回';
  const changed = error.code === 'stale_version' ? '已被修改、重新提交或由其他审核人员处理' : '已不在待验收状态（可能已由其他审核人员验收或退回）';
  return {
    title: `本次${verb}未执行：监控表在您打开后已有变动`,
    content: `这张监控表在您打开后${changed}，为免${verb}您没有看到的内容，本次未${verb}。请重新载入，核对最新内容后再操作${kept ? '；您填写的意见仍保留在本页' : ''}。`,
  };
}

/** Tells the reviewer the table changed and offers to read it again; nothing is answered until they look. */
export function offerReload(modal: Confirm, conflict: ReviewConflict, reload: () => unknown): void {
  modal.confirm({ title: conflict.title, content: conflict.content, okText: '重新载入', cancelText: '稍后', onOk: async () => { await reload(); } });
}
