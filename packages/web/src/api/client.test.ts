import { describe, expect, it } from 'vitest';
import { ApiError, asSentence, errorMessage } from './client';

describe('asSentence', () => {
  it.each([
    ['a server message without its stop', '用户 nobody 不存在或不是第三方评价人员', '用户 nobody 不存在或不是第三方评价人员。'],
    ['already closed', '请填写退回意见。', '请填写退回意见。'],
    ['a question', '是否继续？', '是否继续？'],
    ['ending in a bracket', '监控表已被他人修改（当前版本 3）', '监控表已被他人修改（当前版本 3）'],
    ['ending in a quote', '用户名「abc」', '用户名「abc」'],
    ['trailing spaces', '保存失败  ', '保存失败。'],
    ['empty', '', ''],
  ] as const)('%s', (_name, text, expected) => {
    expect(asSentence(text)).toBe(expected);
  });
});

describe('errorMessage', () => {
  it('closes a server message so the caller can go on after it', () => {
    expect(`保存失败：${errorMessage(new ApiError(400, 'validation_failed', '用户 nobody 不存在'))}修改仍保留在本页。`).toBe('保存失败：用户 nobody 不存在。修改仍保留在本页。');
  });
  it('says something Chinese for a foreign error', () => {
    expect(errorMessage(new Error('Failed to fetch'))).toBe('操作失败，请稍后重试。');
  });
});
