import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { reviewConflict } from './monitoring-conflict';

describe('reviewConflict', () => {
  it.each([
    ['a version since replaced, on 验收', new ApiError(409, 'stale_version', '监控表已被他人修改（当前版本 4），请刷新后再操作'), 'accept', false, /本次验收未执行.*已被修改、重新提交/s],
    ['a version since replaced, on 退回 with a comment typed', new ApiError(409, 'stale_version', '监控表已被他人修改'), 'return', true, /本次退回未执行.*您填写的意见仍保留/s],
    ['a table no longer waiting', new ApiError(409, 'invalid_transition', '只有已提交的监控表可以验收或退回'), 'accept', false, /已不在待验收状态/],
    ['a duplicate is another failure', new ApiError(409, 'duplicate', '已存在'), 'accept', false, null],
    ['a refused right is another failure', new ApiError(403, 'forbidden', '只有审核人员可以验收或退回监控表'), 'accept', false, null],
    ['a network failure', new ApiError(0, 'network', '无法连接服务器'), 'return', true, null],
    ['not an ApiError', new Error('boom'), 'accept', false, null],
  ] as const)('%s', (_name, error, action, kept, expected) => {
    const conflict = reviewConflict(error, action, kept);
    if (expected === null) expect(conflict).toBeNull();
    else expect(`${conflict?.title}\n${conflict?.content}`).toMatch(expected);
  });

  it('says nothing is kept when nothing was typed', () => {
    expect(reviewConflict(new ApiError(409, 'stale_version', ''), 'accept', false)?.content).not.toMatch(/保留/);
  });
});
