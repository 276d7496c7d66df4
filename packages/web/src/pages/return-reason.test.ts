import { describe, expect, it } from 'vitest';
import { decisionHint } from './return-reason';

describe('decisionHint', () => {
  it.each([
    ['return, empty', 'return', '', '请填写退回意见'],
    ['return, spaces and newlines only', 'return', '  \n　', '请填写退回意见'],
    ['return, reason typed', 'return', '请补充第2行依据', null],
    ['approve needs no comment', 'approve', '', null],
    ['publish needs no comment', 'publish', '', null],
    ['no modal open', null, '', null],
  ] as const)('%s', (_, action, comment, want) => expect(decisionHint(action, comment)).toBe(want));
});
