import { describe, expect, it } from 'vitest';
import { publicFormMissing } from './public-form-missing';

describe('publicFormMissing', () => {
  it.each([
    [{ withdrawn: true }, /^此表已撤回公开/],
    [undefined, /^此表不存在或尚未公开/],
    [{ withdrawn: 'yes' }, /^此表不存在或尚未公开/],
    [null, /^此表不存在或尚未公开/],
  ])('%j', (details, want) => expect(publicFormMissing(details)).toMatch(want));
});
