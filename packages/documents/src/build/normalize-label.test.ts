import { describe, expect, it } from 'vitest';
import { isDash, stripEnumerator } from './normalize-label';

describe('stripEnumerator', () => {
  it.each([
    ['1.培训人次', '培训人次'],
    ['（1）培训人次', '培训人次'],
    ['1）培训人次', '培训人次'],
    ['2) 培训人次', '培训人次'],
    ['一、产出指标', '产出指标'],
    ['（一）数量指标', '数量指标'],
    ['①覆盖率', '覆盖率'],
    // Numbers that are the text's own, not list numbering.
    ['1.5万人次培训', '1.5万人次培训'],
    ['12345', '12345'],
    ['5G基站数', '5G基站数'],
  ])('%s → %s', (text, want) => {
    expect(stripEnumerator(text)).toBe(want);
  });
});

describe('isDash', () => {
  it.each([
    [' - ', true],
    ['—', true],
    ['－', true],
    ['\u3000–\u3000', true],
    ['——', true],
    ['/', false],
    ['--5', false],
    ['-5', false],
    ['0', false],
    ['', false],
  ])('%j → %s', (text, want) => {
    expect(isDash(text)).toBe(want);
  });
});
