import { useState } from 'react';
import { Input, Radio, Typography } from 'antd';
import { commentPlace } from '../editor/comment-anchor';
import { commentText, type FormComment } from './comments-list';
import { resubmitBody, type AnswerDraft } from '../pages/comment-replies';

/**
 * 修改说明 in the resubmit dialog: beside each reviewer comment 已修改 or 未修改 with the reason, and one note for the
 * whole form, all optional. The reviewer reads them beside the comments they answer. `onChange` gets the request
 * fields, or why they cannot go yet (a 未修改 without its reason).
 */
export function ResubmitNoteFields({ comments, indicators, onChange }: {
  comments: readonly FormComment[];
  indicators: ReadonlyArray<{ name: string }>;
  onChange: (next: ReturnType<typeof resubmitBody>) => void;
}) {
  const [answers, setAnswers] = useState<Record<number, AnswerDraft>>({});
  const [note, setNote] = useState('');
  const update = (nextAnswers: Record<number, AnswerDraft>, nextNote: string) => {
    setAnswers(nextAnswers);
    setNote(nextNote);
    onChange(resubmitBody(nextAnswers, nextNote));
  };
  const answer = (id: number, patch: Partial<AnswerDraft>) => update({ ...answers, [id]: { changed: null, body: '', ...answers[id], ...patch } }, note);
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text strong>修改说明（选填，审核人员将在审核页面看到）</Typography.Text>
      {comments.map((c) => {
        const id = Number(c.id);
        const a = answers[id];
        const kept = a?.changed === false;
        return (
          <div key={id} style={{ marginTop: 8, padding: 8, background: '#fafafa', borderRadius: 4 }}>
            <div><Typography.Text type="secondary">{commentPlace(c, indicators)}：</Typography.Text>{commentText(c)}</div>
            <Radio.Group
              aria-label={`对「${commentText(c)}」的答复`}
              size="small"
              style={{ marginTop: 4 }}
              value={a?.changed ?? undefined}
              onChange={(e) => answer(id, { changed: e.target.value as boolean })}
              options={[{ value: true, label: '已修改' }, { value: false, label: '未修改' }]}
            />
            {a?.changed != null && (
              <Input
                size="small"
                style={{ marginTop: 4 }}
                aria-label={`对「${commentText(c)}」的${kept ? '未修改理由' : '修改说明'}`}
                status={kept && !a.body.trim() ? 'error' : undefined}
                placeholder={kept ? '未修改的理由（必填）' : '改了什么（选填）'}
                value={a.body}
                onChange={(e) => answer(id, { body: e.target.value })}
              />
            )}
          </div>
        );
      })}
      <Input.TextArea
        aria-label="整表修改说明"
        rows={2}
        style={{ marginTop: 8 }}
        placeholder="对整表的修改说明（选填）"
        value={note}
        onChange={(e) => update(answers, e.target.value)}
      />
    </div>
  );
}
