import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_SIZE, poolSizeFromEnv } from './open-database';

describe('poolSizeFromEnv', () => {
  it.each([
    [undefined, DEFAULT_POOL_SIZE],
    ['', DEFAULT_POOL_SIZE],
    ['  ', DEFAULT_POOL_SIZE],
    ['1', 1],
    ['20', 20],
    ['1000', 1000],
  ])('reads %j as %i connections', (value, size) => {
    expect(poolSizeFromEnv(value)).toEqual({ ok: true, size });
  });

  it.each(['0', '-3', '2.5', 'ten', '1001', '1e9'])('refuses %j and says what is allowed', (value) => {
    const result = poolSizeFromEnv(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(value);
      expect(result.message).toContain('1–1000');
    }
  });
});
