import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, passwordProblems, verifyPassword } from './password';

describe('passwordProblems', () => {
  it.each([
    ['abc12', 'zhang', ['密码至少需要 10 个字符']],
    ['abcdefghijk', 'zhang', ['密码必须包含数字']],
    ['12345678901', 'zhang', ['密码必须包含字母']],
    ['zhang123456', 'zhang', ['密码不能包含用户名']],
    ['ZHANG123456', 'zhang', ['密码不能包含用户名']],
    ['绩效管理系统abc123', 'zhang', []],
    ['Correct-horse-9', 'zhang', []],
  ])('%s (user %s)', (password, username, expected) => {
    expect(passwordProblems(password, username)).toEqual(expected);
  });

  it('generates passwords that pass the policy', () => {
    for (let i = 0; i < 50; i += 1) expect(passwordProblems(generatePassword(), 'admin')).toEqual([]);
  });
});

describe('hashPassword / verifyPassword', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('Passw0rd-test');
    const b = await hashPassword('Passw0rd-test');
    expect(a).not.toBe(b);
    expect(await verifyPassword('Passw0rd-test', a)).toBe(true);
    expect(await verifyPassword('Passw0rd-tesT', a)).toBe(false);
    expect(await verifyPassword('Passw0rd-test', 'plain-text')).toBe(false);
  });
});
