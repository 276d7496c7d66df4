import { describe, expect, it } from 'vitest';
import { type PlacedRow, recenterMergedLevels } from './pdf-centered-levels';

// Rows 20 pt apart, text 9 pt high; a label's y is where Word centres it over its rows.
const LINE = 9;
function at(y: number, texts: string[], labelY: Array<number | null> = []): PlacedRow {
  return {
    cells: texts.map((text) => ({ text })),
    top: y,
    bottom: y + LINE,
    spans: texts.map((t, i) => { const c = labelY[i] ?? y + LINE / 2; return t ? [c - LINE / 2, c + LINE / 2] as [number, number] : null; }),
  };
}
const texts = (rows: ReturnType<typeof recenterMergedLevels>) => rows.map((r) => r.cells.map((c) => (c.mergedFromAbove ? '^' : c.text)));

describe('recenterMergedLevels', () => {
  it.each([
    {
      name: 'a level 1 centred on the second of four rows, a level 2 on a line of its own',
      rows: [
        at(0, ['一级指标', '二级指标', '三级指标', '指标值']),
        at(20, ['', '数量指标', '甲', '1'], [null, 34.5]),
        at(40, ['产出指标', '', '乙', '2'], [54.5]),
        at(60, ['', '质量指标', '丙', '3']),
        at(80, ['', '时效指标', '丁', '4']),
        at(100, ['', '', '戊', '5']),
        at(110, ['效益指标', '社会效益指标', '', '']),
        at(120, ['', '', '己', '6']),
      ],
      want: [
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '甲', '1'],
        ['^', '^', '乙', '2'],
        ['^', '质量指标', '丙', '3'],
        ['^', '时效指标', '丁', '4'],
        ['效益指标', '社会效益指标', '戊', '5'],
        ['^', '^', '己', '6'],
      ],
    },
    {
      name: 'a centred label wrapped onto two rows (产出指 | 标) is one label over both',
      rows: [
        at(0, ['一级指标', '三级指标', '指标值']),
        at(20, ['产出指', '甲', '1'], [31]),
        at(33, ['标', '乙', '2'], [37.5]),
        at(60, ['效益指标', '丙', '3']),
      ],
      want: [
        ['一级指标', '三级指标', '指标值'],
        ['产出指标', '甲', '1'],
        ['^', '乙', '2'],
        ['效益指标', '丙', '3'],
      ],
    },
    {
      name: 'labels on the first row of their group (top-aligned) are left alone',
      rows: [
        at(0, ['一级指标', '二级指标', '三级指标', '指标值']),
        at(20, ['产出指标', '数量指标', '甲', '1']),
        at(40, ['', '', '乙', '2']),
        at(60, ['效益指标', '社会效益指标', '丙', '3']),
      ],
      want: [
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '甲', '1'],
        ['', '', '乙', '2'],
        ['效益指标', '社会效益指标', '丙', '3'],
      ],
    },
  ])('$name', ({ rows, want }) => {
    expect(texts(recenterMergedLevels(rows))).toEqual(want);
  });
});
