import { describe, expect, it } from 'vitest';
import { emptyIndicator } from '@jixiao/core';
import { recentreLevels, type WrittenLevels } from './centred-levels';

const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => ({ ...emptyIndicator(), name: `指标${i}` }));
const w = (at: number, level1: string | null, level2: string | null): WrittenLevels => ({ at, level1, level2 });

describe('recentreLevels', () => {
  it.each([
    {
      name: 'labels in the middle of their rows (pdftotext of merged cells)',
      written: [w(0, null, null), w(1, null, '数量'), w(2, '产出', null), w(3, null, '质量'), w(4, null, '时效'), w(5, null, null), w(6, '效益', '社会效益'), w(7, null, null), w(8, '满意度', '服务对象满意度')],
      want: [['产出', '数量'], ['产出', '数量'], ['产出', '数量'], ['产出', '质量'], ['产出', '时效'], ['效益', '社会效益'], ['效益', '社会效益'], ['效益', '社会效益'], ['满意度', '服务对象满意度']],
    },
    {
      name: 'a label on a line of its own between two rows',
      written: [w(0, null, '数量'), w(0.5, '产出', null), w(1, null, '质量'), w(2, '效益', '社会效益')],
      want: [['产出', '数量'], ['产出', '质量'], ['效益', '社会效益']],
    },
    {
      name: 'even groups print their label on the upper middle row (a PDF of merged cells)',
      written: [w(0, null, null), w(1, null, '数量'), w(2, '产出', null), w(3, null, '质量'), w(4, null, null), w(5, null, '时效'),
        w(6, '成本', '经济成本'), w(7, null, '社会效益'), w(8, '效益', null), w(9, null, '可持续影响')],
      want: [['产出', '数量'], ['产出', '数量'], ['产出', '数量'], ['产出', '质量'], ['产出', '质量'], ['产出', '时效'],
        ['成本', '经济成本'], ['效益', '社会效益'], ['效益', '社会效益'], ['效益', '可持续影响']],
    },
  ])('$name', ({ written, want }) => {
    // As the rows come from the table: each with the level 2 it wrote itself.
    const rows = rowsOf(want.length).map((r, i) => ({ ...r, level2: written.find((x) => x.at === i)?.level2 ?? null }));
    expect(recentreLevels(rows, written)).toBe(true);
    expect(rows.map((r) => [r.level1, r.level2])).toEqual(want);
  });

  it.each([
    { name: 'top-aligned labels (the first row has its level 1)', written: [w(0, '产出', '数量'), w(1, null, null), w(2, '效益', '社会效益')] },
    { name: 'a caption row of levels above the first indicator', written: [w(-0.5, '产出', '数量'), w(0, null, null), w(1, null, null)] },
    { name: 'no level 1 anywhere', written: [w(0, null, '数量'), w(1, null, null)] },
  ])('leaves alone: $name', ({ written }) => {
    const rows = rowsOf(3);
    expect(recentreLevels(rows, written)).toBe(false);
    expect(rows.every((r) => r.level1 == null)).toBe(true);
  });
});
