import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it.each([
    ['Guanli-pass-2024x', 'admin', []],
    ['short1', 'admin', ['密码至少需要 10 个字符']],
    ['0123456789', 'admin', ['密码必须包含字母']],
    ['abcdefghijk', 'admin', ['密码必须包含数字']],
    ['xTianbao2024', 'tianbao', ['密码不能包含用户名']],
    ['', 'u', ['密码至少需要 10 个字符', '密码必须包含字母', '密码必须包含数字']],
  ])('%s for %s', (password, username, expected) => {
    expect(passwordProblems(password, username)).toEqual(expected);
  });
});
