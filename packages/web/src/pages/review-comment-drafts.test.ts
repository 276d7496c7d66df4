import { describe, expect, it } from 'vitest';
import { unsentDrafts, unsentDraftsNote, withDraft, type DraftKey } from './review-comment-drafts';

describe('review comment drafts', () => {
  it('keeps each box\'s text apart: a note begun on another row or the whole form leaves the first one', () => {
    let drafts = withDraft(new Map(), 'form', '请整体核对指标');
    drafts = withDraft(drafts, 3, '满意度目标请提高到90%');
    drafts = withDraft(drafts, 0, '数量');
    expect(drafts.get('form')).toBe('请整体核对指标');
    expect(unsentDrafts(drafts)).toEqual([0, 3, 'form']);
    // Added (or cleared): that box alone is empty again.
    drafts = withDraft(drafts, 3, '');
    expect(unsentDrafts(drafts)).toEqual([0, 'form']);
  });

  it('guard: blank text is not an unsent comment, and nothing typed says nothing', () => {
    const drafts = withDraft(withDraft(new Map(), 2, '   '), 'form', '\n');
    expect(unsentDrafts(drafts)).toEqual([]);
    expect(unsentDraftsNote([], 'return')).toBeNull();
  });

  it('names the boxes and what the decision does without them', () => {
    const keys: DraftKey[] = [3, 'form'];
    expect(unsentDraftsNote(keys, 'return')).toBe('第 4 行批注、整表意见已填写但还没有点「添加」，不会随退回发给单位；如需保留，请先取消，添加后再退回。');
    expect(unsentDraftsNote([0], 'approve')).toBe('第 1 行批注已填写但还没有点「添加」，不会保存；如需保留，请先取消，添加后再审核通过。');
  });
});
