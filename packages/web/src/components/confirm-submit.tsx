import type { ReactNode } from 'react';
import type { App } from 'antd';
import { ResubmitNoteFields } from './resubmit-note-fields';
import { commentsToAnswer, type ResubmitBody } from '../pages/comment-replies';
import type { FormComment } from './comments-list';

type Modal = ReturnType<typeof App.useApp>['modal'];

/**
 * The 提交审核 confirmation of a form page. A returned form's (a resubmission) also takes the unit's 修改说明: an answer
 * to each reviewer comment not answered before and a note on the whole form; `onOk` gets them as request fields.
 */
export function confirmSubmit(modal: Modal, options: {
  title: string;
  content: ReactNode;
  /** The form's comments, when it is returned; null otherwise. */
  comments: readonly FormComment[] | null;
  indicators: ReadonlyArray<{ name: string }>;
  onOk: (note: ResubmitBody) => Promise<void>;
}) {
  let note: { ok: true; body: ResubmitBody } | { ok: false; reason: string } = { ok: true, body: {} };
  const resubmit = options.comments !== null;
  const dialog = modal.confirm({
    title: options.title,
    width: resubmit ? 640 : undefined,
    content: (
      <>
        {options.content}
        {resubmit && (
          <ResubmitNoteFields
            comments={commentsToAnswer(options.comments ?? [])}
            indicators={options.indicators}
            onChange={(next) => {
              note = next;
              dialog.update({ okButtonProps: { disabled: !next.ok, title: next.ok ? undefined : next.reason } });
            }}
          />
        )}
      </>
    ),
    okText: '提交',
    cancelText: '取消',
    onOk: () => (note.ok ? options.onOk(note.body) : undefined),
  });
}
