import { describe, expect, it } from 'vitest';
import { type PlacedRow, joinCentredCaptions, recenterMergedLevels } from './pdf-centered-levels';

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
    {
      name: 'a centred label\'s line that also carries the rest of a unit wrapped in the row above (万平方 ⏎ 米)',
      rows: [
        at(0, ['一级指标', '二级指标', '三级指标', '指标值', '计量单位']),
        at(20, ['', '', '甲', '≥42', '条']),
        at(40, ['', '', '乙', '≥18.6', '万平方']),
        at(50, ['产出指标', '数量指标', '', '', '米'], [54.5, 54.5]),
        at(80, ['', '', '丙', '≥12.5', '公里']),
      ],
      want: [
        ['一级指标', '二级指标', '三级指标', '指标值', '计量单位'],
        ['产出指标', '数量指标', '甲', '≥42', '条'],
        ['^', '^', '乙', '≥18.6', '万平方米'],
        ['^', '^', '丙', '≥12.5', '公里'],
      ],
    },
    {
      // (Round 15.) No header on the page: the levels are found from its foot up; the first rows go on under the previous page's.
      name: 'the next page of a table whose levels were cut by the page break',
      rows: [
        at(0, ['', '', '甲', '1']),
        at(20, ['', '质量指标', '乙', '2'], [null, 34.5]),
        at(40, ['', '', '丙', '3']),
        at(60, ['', '', '丁', '4']),
        at(70, ['效益指标', '社会效益指标', '', '']),
        at(80, ['', '', '戊', '5']),
        at(100, ['', '', '己', '6']),
        at(110, ['满意度指标', '满意度指标', '', '']),
        at(120, ['', '', '庚', '7']),
      ],
      want: [
        ['', '', '甲', '1'],
        ['', '质量指标', '乙', '2'],
        ['', '^', '丙', '3'],
        ['效益指标', '社会效益指标', '丁', '4'],
        ['^', '^', '戊', '5'],
        ['满意度指标', '满意度指标', '己', '6'],
        ['^', '^', '庚', '7'],
      ],
    },
    {
      // (Round 25.) 时效指标 and 成本指标 are single rows of their own under 产出指标 going on from the page before.
      name: 'the next page of a table whose first rows give a level 2 of their own under a level 1 cut by the break',
      rows: [
        at(0, ['', '时效指标', '甲', '1']),
        at(20, ['', '成本指标', '乙', '2']),
        at(40, ['', '经济效益指标', '丙', '3']),
        at(60, ['效益指标', '社会效益指标', '丁', '4']),
        at(80, ['', '', '戊', '5']),
        at(100, ['满意度指标', '满意度指标', '己', '6']),
      ],
      want: [
        ['', '时效指标', '甲', '1'],
        ['', '成本指标', '乙', '2'],
        ['效益指标', '经济效益指标', '丙', '3'],
        ['^', '社会效益指标', '丁', '4'],
        ['^', '^', '戊', '5'],
        ['满意度指标', '满意度指标', '己', '6'],
      ],
    },
  ])('$name', ({ rows, want }) => {
    expect(texts(recenterMergedLevels(rows))).toEqual(want);
  });

  // A row whose text runs from y to bottom (a reason wrapped over several lines), labels as in `at`.
  const tall = (y: number, bottom: number, texts: string[], labelY: Array<number | null> = []): PlacedRow => ({ ...at(y, texts, labelY), bottom });
  it.each([
    {
      name: 'a header printed again atop the next page: the first rows go on under the page before\'s levels',
      rows: [
        at(0, ['一级指标', '二级指标', '三级指标', '指标值']),
        at(20, ['', '', '甲', '1']),
        at(40, ['', '质量指标', '乙', '2'], [null, 54.5]),
        at(60, ['', '', '丙', '3']),
        at(80, ['效益指标', '社会效益指标', '丁', '4']),
      ],
      want: [
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['^', '^', '甲', '1'],
        ['^', '质量指标', '乙', '2'],
        ['^', '^', '丙', '3'],
        ['效益指标', '社会效益指标', '丁', '4'],
      ],
    },
    {
      // 时效指标 is its own row's cell, printed at the top of a row five lines tall: not centred over two rows.
      name: 'a label alone on a tall row sits on its first line; a label centred over two rows stays theirs',
      rows: [
        at(0, ['一级指标', '二级指标', '三级指标', '指标值']),
        at(20, ['', '', '甲', '1']),
        tall(40, 100, ['', '质量指标', '乙', '2'], [null, 79.5]),
        at(110, ['', '', '丙', '3']),
        tall(130, 180, ['', '时效指标', '丁', '4'], [null, 134.5]),
        at(190, ['效益指标', '成本指标', '戊', '5']),
      ],
      want: [
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['^', '^', '甲', '1'],
        ['^', '质量指标', '乙', '2'],
        ['^', '^', '丙', '3'],
        ['^', '时效指标', '丁', '4'],
        ['效益指标', '成本指标', '戊', '5'],
      ],
    },
    {
      // 满意度 ⏎ 指标 centred on the last two rows falls level with the last row's first line: still theirs.
      name: 'a label wrapped over two lines, centred on two rows, level with the lower one\'s first line',
      rows: [
        at(0, ['一级指标', '三级指标', '指标值']),
        at(20, ['', '甲', '1']),
        at(40, ['', '乙', '2']),
        { ...tall(60, 100, ['满意度指标', '丙', '3']), spans: [[60, 78], [60, 69], [60, 69]] as Array<[number, number] | null> },
      ],
      want: [
        ['一级指标', '三级指标', '指标值'],
        ['^', '甲', '1'],
        ['满意度指标', '乙', '2'],
        ['^', '丙', '3'],
      ],
    },
  ])('after the page before: $name', ({ rows, want }) => {
    const previous = { cells: [{ text: '产出指标' }, { text: '数量指标' }, { text: '己' }, { text: '0' }] };
    expect(texts(recenterMergedLevels(rows, previous))).toEqual(want);
  });

  it.each([
    {
      name: 'a caption wrapped and centred over two rows (年度总 ⏎ 体目标) is one caption over both',
      rows: [at(0, ['', '预期目标', '实际完成情况']), at(13, ['年度总', '', '']), at(18, ['体目标', '甲', '乙'], [24.5])],
      want: [['年度总体目标', '预期目标', '实际完成情况'], ['^', '甲', '乙']],
    },
    {
      name: 'under a row with its own caption the halves join on the lower row',
      rows: [at(0, ['项目名称', '某项目', '']), at(13, ['年度总', '', '']), at(18, ['体目标', '甲', '乙'], [24.5])],
      want: [['项目名称', '某项目', ''], ['年度总体目标', '甲', '乙']],
    },
    {
      name: 'a caption a row gap away from the next row is a row of its own',
      rows: [at(0, ['', '预期目标', '实际完成情况']), at(20, ['年度目标', '', '']), at(40, ['说明', '甲', '乙'])],
      want: [['', '预期目标', '实际完成情况'], ['年度目标', '', ''], ['说明', '甲', '乙']],
    },
  ])('joinCentredCaptions: $name', ({ rows, want }) => {
    expect(joinCentredCaptions(rows).map((r) => r.cells.map((c) => (c.mergedFromAbove ? '^' : c.text)))).toEqual(want);
  });

  it.each([
    // The page before's last row printed again atop the page (its levels printed in it) is dropped; another row stays.
    [['产出指标', '数量指标', '丙', '3'], ['', '', '戊', '5']],
    [['', '', '丁', '4'], ['', '', '丁', '4']],
    [['', '', '丙', '9'], ['', '', '丙', '9']],
  ])('a page opening with %j after the row ｜ ｜丙｜3', (first, second) => {
    const previous = { cells: [{ text: '', mergedFromAbove: true }, { text: '', mergedFromAbove: true }, { text: '丙' }, { text: '3' }] };
    const rows = [at(0, first), at(20, ['', '', '戊', '5']), at(40, ['', '', '己', '6'])];
    expect(texts(recenterMergedLevels(rows, previous))[0]).toEqual(second);
  });
});
