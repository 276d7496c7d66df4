import { describe, expect, it } from 'vitest';
import { importYearText, type PreviewYearSource } from './import-year-text';

describe('importYearText', () => {
  it.each<[PreviewYearSource | undefined, string, boolean]>([
    ['stated', '预算年度 2024（文件注明）', false],
    ['kind', '预算年度 2024（按表种推定，请核对）', true],
    ['chosen', '预算年度 2024（上传时选定）', false],
    // An older server answers without a source.
    [undefined, '预算年度 2024', false],
  ])('%s', (source, text, guessed) => {
    expect(importYearText(2024, source)).toEqual({ text, guessed });
  });
});
