import { describe, expect, it } from 'vitest';
import { orgNameTail } from './org-name-tail';

describe('orgNameTail', () => {
  it.each([
    ['区教委', 20, '区教委'],
    ['重庆市沙坪坝区人民政府童家桥街道办事处', 19, '重庆市沙坪坝区人民政府童家桥街道办事处'],
    ['重庆市沙坪坝区人民政府童家桥街道办事处', 10, '…府童家桥街道办事处'],
    ['重庆市沙坪坝区人民政府井口街道办事处', 10, '…政府井口街道办事处'],
  ])('%s within %i', (name, max, want) => {
    const got = orgNameTail(name, max);
    expect(got).toBe(want);
    expect(Array.from(got).length).toBeLessThanOrEqual(max);
  });
});
