import { describe, expect, it } from 'vitest';
import { splitAtAnchors } from './split-at-anchors';

const anchors = [0, 12, 30, 62, 78, 93, 100];

describe('splitAtAnchors: a cell that filled its column, one space before the next', () => {
  it.each([
    [
      'a date result followed by its points one space on, at the 分值 column',
      ['时效指标', '完成时间', '2024年12月底前', '2024年12月20日 10', '10'],
      [12, 30, 62, 78, 100],
      ['时效指标', '完成时间', '2024年12月底前', '2024年12月20日', '10', '10'],
    ],
    [
      'a space inside a value that starts no column: kept',
      ['成本指标', '户均成本', '≤3.5万元', '3.3 万元', '10', '10'],
      [12, 30, 62, 78, 93, 100],
      ['成本指标', '户均成本', '≤3.5万元', '3.3 万元', '10', '10'],
    ],
    [
      'a row as wide as the header: kept',
      ['产出指标', '数量指标', '名称', '40个', '40个', '10', '10 0'],
      [0, 12, 30, 62, 78, 93, 100],
      ['产出指标', '数量指标', '名称', '40个', '40个', '10', '10 0'],
    ],
  ])('%s', (_label, texts, at, want) => {
    const out = splitAtAnchors(texts.map((text) => ({ text })), at, anchors);
    expect(out.cells.map((c) => c.text)).toEqual(want);
  });
});
