import { describe, expect, it } from 'vitest';
import { foldRadicals } from './fold-radicals';

describe('foldRadicals', () => {
  it.each([
    ['项⽬名称', '项目名称'],
    ['⼀级指标', '一级指标'],
    ['主管部⻔', '主管部门'],
    ['⾦额（万元）', '金额（万元）'],
    ['⻓效机制', '长效机制'],
    ['受益⼈次≥1.2万⼈次', '受益人次≥1.2万人次'],
    // A compatibility ideograph (U+F90A) is the unified 金.
    ['\uf90a额', '金额'],
    // Text without radicals, list marks and full-width forms stay as they are.
    ['①培训人次', '①培训人次'],
    ['≥９５％', '≥９５％'],
    ['', ''],
  ])('%s → %s', (input, want) => {
    expect(foldRadicals(input)).toBe(want);
  });
});
