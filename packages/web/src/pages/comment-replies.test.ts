import { describe, expect, it } from 'vitest';
import { commentLinesByRow, commentsToAnswer, replyText, resubmitBody, resubmitNotesByVersion, reviewerCommentCount } from './comment-replies';
import { commentRow, type FormComment } from '../components/comments-list';

const c = (patch: FormComment): FormComment => ({ author: 'fin1', created_at: null, review_id: 7, reply: null, reply_to: null, ...patch });

// A 退回 with a whole-form comment (1) and a row comment (2), then a resubmission answering both with a note.
const round = [
  c({ id: 1, indicator: null, body: '请补充依据' }),
  c({ id: 2, indicator: 3, indicator_name: '满意度', body: '目标偏低' }),
  c({ id: 3, indicator: null, body: '已修改', reply: 'changed', reply_to: 1, author: 'unit1', review_id: 8 }),
  c({ id: 4, indicator: 3, body: '省定标准', reply: 'kept', reply_to: 2, author: 'unit1', review_id: 8 }),
  c({ id: 5, indicator: null, body: '见附件', reply: 'note', author: 'unit1', review_id: 8 }),
];

describe('replyText', () => {
  it.each([
    ['已修改 without words', c({ body: '已修改', reply: 'changed' }), '已修改'],
    ['已修改 with what changed', c({ body: '改为 98%', reply: 'changed' }), '已修改：改为 98%'],
    ['未修改 with its reason', c({ body: '省定标准', reply: 'kept' }), '未修改，理由：省定标准'],
    ['the note on the whole form', c({ body: '见附件', reply: 'note' }), '修改说明：见附件'],
  ] as const)('%s', (_name, comment, text) => {
    expect(replyText(comment)).toBe(text);
  });
});

describe('commentLinesByRow', () => {
  it('puts each answer under the comment it answers, and the note on the whole form', () => {
    const lines = commentLinesByRow(round, commentRow);
    expect(lines.get(null)).toEqual([
      { text: '请补充依据（fin1）', answer: false },
      { text: '↳ 单位答复：已修改（unit1）', answer: true },
      { text: '单位修改说明：见附件（unit1）', answer: true },
    ]);
    expect(lines.get(3)).toEqual([{ text: '目标偏低（fin1）', answer: false }, { text: '↳ 单位答复：未修改，理由：省定标准（unit1）', answer: true }]);
  });
});

describe('reviewerCommentCount: a row button counts the reviewers’ comments, never the unit’s answers', () => {
  it.each([
    ['a comment and its answer', round.slice(0, 4), 3, 1],
    ['the whole form: a comment, its answer and the unit’s note', round, null, 1],
    ['a second round: two comments, one answer', [...round, c({ id: 6, indicator: 3, body: '理由不充分', review_id: 9 })], 3, 2],
    ['no comments', [], 3, 0],
  ] as const)('%s', (_name, items, row, count) => {
    expect(reviewerCommentCount(commentLinesByRow(items, commentRow).get(row) ?? [])).toBe(count);
  });
});

describe('commentsToAnswer', () => {
  it.each([
    ['after the first 退回: both comments', round.slice(0, 2), [1, 2]],
    ['after a resubmission answered them and a second 退回: only the new one', [...round, c({ id: 6, indicator: null, body: '理由不充分', review_id: 9 })], [6]],
    ['an answer left out is asked again', [...round.slice(0, 3)], [2]],
  ] as const)('%s', (_name, items, ids) => {
    expect(commentsToAnswer(items).map((x) => x.id)).toEqual(ids);
  });
});

describe('resubmitBody', () => {
  it.each([
    ['nothing filled in', {}, '', { ok: true, body: {} }],
    ['a comment left unanswered is left out', { 1: { changed: null, body: '' } }, '', { ok: true, body: {} }],
    ['已修改 and a note', { 1: { changed: true, body: ' ' } }, ' 见附件 ', { ok: true, body: { replies: [{ comment: 1, changed: true }], note: '见附件' } }],
    ['未修改 with its reason', { 2: { changed: false, body: '省定标准' } }, '', { ok: true, body: { replies: [{ comment: 2, changed: false, body: '省定标准' }] } }],
    ['未修改 without a reason cannot go', { 2: { changed: false, body: '' } }, '', { ok: false, reason: '选择「未修改」的意见须填写理由' }],
  ] as const)('%s', (_name, answers, note, expected) => {
    expect(resubmitBody(answers, note)).toEqual(expected);
  });
});

describe('resubmitNotesByVersion: the 修改说明 beside the submitted version it came with', () => {
  const versions = [{ version: 3, review_id: 6 }, { version: 6, review_id: 8 }, { version: 7, review_id: null }];
  it.each([
    ['the resubmission’s answers and note', round, new Map([[6, ['「请补充依据」→ 已修改', '满意度：「目标偏低」→ 未修改，理由：省定标准', '整表修改说明：见附件']]])],
    ['a first submission says nothing', round.slice(0, 2), new Map()],
  ] as const)('%s', (_name, items, expected) => {
    const roundWithNames = items.map((x) => (x.id === 4 ? { ...x, indicator_name: '满意度' } : x));
    expect(resubmitNotesByVersion(versions, roundWithNames)).toEqual(expected);
  });
});
