import { describe, expect, it } from 'vitest';
import type { PdfTextItem } from './pdf-text-lines';
import { joinVerticalStacks } from './pdf-vertical-text';

// An item of 9-point text at x, its top at y.
const at = (str: string, x: number, y: number): PdfTextItem => ({ str, x0: x, x1: x + 9 * str.length, top: y, bottom: y + 9, size: 9 });
const read = (items: PdfTextItem[]) => joinVerticalStacks(items).map((i) => [i.str, i.x0, Math.round(i.top * 10) / 10]).sort((a, b) => Number(a[2]) - Number(b[2]) || Number(a[1]) - Number(b[1]));

describe('joinVerticalStacks', () => {
  it.each([
    ['a level written one character a line, beside rows and wraps: one word at the middle',
      [at('质量指标', 106, 459.7), at('产', 45, 466.2), at('部分山区', 480, 472.7), at('出', 45, 479.2), at('指', 45, 492.3), at('标', 45, 505.3)],
      [['质量指标', 106, 459.7], ['部分山区', 480, 472.7], ['产出指标', 45, 485.8]]],
    ['a caption whose first character shares the header line',
      [at('一', 45, 310), at('二级指标', 106, 310), at('级', 45, 323), at('改进措施', 480, 323), at('指', 45, 336), at('标', 45, 349)],
      [['二级指标', 106, 310], ['改进措施', 480, 323], ['一级指标', 45, 329.5]]],
    ['a column of one-character units in a tight table: every one on its row\'s line, no stack',
      [at('人数', 106, 100), at('人', 200, 100), at('户数', 106, 113), at('户', 200, 113), at('台数', 106, 126), at('台', 200, 126)],
      [['人数', 106, 100], ['人', 200, 100], ['户数', 106, 113], ['户', 200, 113], ['台数', 106, 126], ['台', 200, 126]]],
    ['characters too far apart are rows of their own',
      [at('是', 45, 100), at('否', 45, 140), at('是', 45, 180)],
      [['是', 45, 100], ['否', 45, 140], ['是', 45, 180]]],
    ['text in the column between them ends the stack',
      [at('甲', 45, 100), at('乙', 45, 113), at('说明文字', 40, 120), at('丙', 45, 126)],
      [['甲乙', 45, 106.5], ['说明文字', 40, 120], ['丙', 45, 126]]],
  ])('%s', (_what, items, want) => {
    expect(read(items)).toEqual(want);
  });
});
