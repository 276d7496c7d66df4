import { describe, expect, it } from 'vitest';
import { UPLOAD_LIMIT_BYTES, uploadSizeProblem } from './upload-size';

const MB = 1024 * 1024;

describe('uploadSizeProblem', () => {
  it.each([
    ['a small file', 300 * 1024, null],
    ['19 MB', 19 * MB, null],
    ['exactly 20 MB (no room left for the form fields)', 20 * MB, '文件「表.xlsx」为 20.0 MB，超过 20 MB 上限；请拆分或压缩后再导入'],
    ['a 35 MB scan', 35.26 * MB, '文件「表.xlsx」为 35.3 MB，超过 20 MB 上限；请拆分或压缩后再导入'],
  ])('%s', (_, size, want) => expect(uploadSizeProblem({ name: '表.xlsx', size })).toBe(want));

  it('follows the limit it is given', () => {
    expect(uploadSizeProblem({ name: 'a.pdf', size: 2 * MB }, MB)).toMatch(/超过 1 MB 上限/);
    expect(UPLOAD_LIMIT_BYTES).toBe(20 * MB);
  });
});
