import { describe, expect, it } from 'vitest';
import { decisionHint, openCommentsBy } from './return-reason';

describe('decisionHint', () => {
  it.each([
    ['return, empty', 'return', '', 0, '请填写退回意见，或先在指标行上添加批注'],
    ['return, spaces and newlines only', 'return', '  \n　', 0, '请填写退回意见，或先在指标行上添加批注'],
    ['return, reason typed', 'return', '请补充第2行依据', 0, null],
    ['return, empty but 2 row 批注 written this round', 'return', '', 2, null],
    ['approve needs no comment', 'approve', '', 0, null],
    ['publish needs no comment', 'publish', '', 0, null],
    ['no modal open', null, '', 0, null],
  ] as const)('%s', (_, action, comment, open, want) => expect(decisionHint(action, comment, open)).toBe(want));
});

describe('openCommentsBy', () => {
  const comments = [
    { author: 'caizheng', review_id: null },
    { author: 'caizheng', review_id: 7 },
    { author: 'tianbao', review_id: null },
    { author: 'caizheng' },
  ];
  it.each([
    ['the reviewer: open ones only (sent ones and others\' excluded)', 'caizheng', 2],
    ['another user', 'tianbao', 1],
    ['nobody logged in', undefined, 0],
    ['a user with none', 'admin', 0],
  ] as const)('%s', (_, user, want) => expect(openCommentsBy(comments, user)).toBe(want));
});
