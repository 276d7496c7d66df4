import { describe, expect, it } from 'vitest';
import { emptyIndicator } from '@jixiao/core';
import type { WrittenLevels } from './centred-levels';
import { regroupLaggingLevels } from './lagging-levels';
import { importText } from '../import/import-file';

const w = (at: number, level1: string | null, level2: string | null, inMerge = false): WrittenLevels => ({ at, level1, level2, inMerge });

// Rows as a top-aligned table leaves them: each with the levels it wrote or carried from above.
function rowsOf(written: WrittenLevels[], names?: string[]) {
  let level1: string | null = null, level2: string | null = null;
  return written.filter((x) => Number.isInteger(x.at)).map((x, i) => {
    if (x.level1 != null) { level1 = x.level1; level2 = null; }
    if (x.level2 != null) level2 = x.level2;
    return { ...emptyIndicator(), name: names?.[i] ?? `指标${i}`, level1, level2 };
  });
}

describe('regroupLaggingLevels', () => {
  it('gives short rows (their level-2 cell left out) the level 2 printed on the row below', () => {
    const written = [w(0, '产出指标', '数量指标'), w(1, null, null), w(2, null, null), w(3, null, null), w(4, null, '质量指标'), w(5, null, '时效指标')];
    const rows = rowsOf(written);
    rows[2]!.level2 = null; rows[3]!.level2 = null; // as buildIndicator leaves a row whose name spans the level-2 column
    const moved = regroupLaggingLevels(rows, written, new Set([2, 3]));
    expect(rows.map((r) => r.level2)).toEqual(['数量指标', '数量指标', '质量指标', '质量指标', '质量指标', '时效指标']);
    expect(moved).toEqual({ level2: [2, 3], level1: [] });
  });

  it('moves a row whose level 2 is of the next level 1 family under it', () => {
    const written = [w(0, '产出指标', '数量指标'), w(1, null, '时效指标'), w(2, null, '社会效益指标'), w(2.5, '效益指标', null), w(3, null, '生态效益指标'), w(4, '满意度指标', '服务对象满意度指标')];
    const rows = rowsOf(written);
    rows[3]!.level1 = '效益指标'; // the line between the rows opened the rows below it
    regroupLaggingLevels(rows, written, new Set());
    expect(rows.map((r) => r.level1)).toEqual(['产出指标', '产出指标', '效益指标', '效益指标', '满意度指标']);
  });

  it.each([
    {
      what: 'a level-1 cell a grid merges with the one above (the merge says the row is in that group)',
      written: [w(0, '产出指标', '数量指标'), w(1, null, '经济效益指标', true), w(2, '效益指标', '社会效益指标')],
      spanning: [],
    },
    {
      what: 'a level 2 of no family (成本指标 is both a level 1 and a level 2)',
      written: [w(0, '产出指标', '数量指标'), w(1, null, '成本指标'), w(2, '成本指标', '经济成本指标')],
      spanning: [],
    },
    {
      what: 'a level 2 under the next level 1 of ANOTHER family',
      written: [w(0, '产出指标', '数量指标'), w(1, null, '社会效益指标'), w(2, '满意度指标', '服务对象满意度指标')],
      spanning: [],
    },
    {
      what: 'a short row above a row opening its own level 1 (its name spans the level-2 column on purpose)',
      written: [w(0, '效益指标', '社会效益指标'), w(1, null, null), w(2, '满意度指标', '服务对象满意度指标')],
      spanning: [1],
    },
    {
      what: 'a short row naming a 满意度 (the template spans it over 二级+三级)',
      written: [w(0, '满意度指标', '服务对象满意度指标'), w(1, null, null), w(2, null, '服务对象满意度指标')],
      spanning: [1],
      names: ['群众满意度', '社会公众满意度', '游客满意度'],
    },
    {
      what: 'a short row whose name is a level word',
      written: [w(0, '效益指标', '社会效益指标'), w(1, null, null), w(2, null, '生态效益指标')],
      spanning: [1],
      names: ['就业人数', '可持续影响指标', '森林覆盖率'],
    },
  ])('leaves alone: $what', ({ written, spanning, names }) => {
    const rows = rowsOf(written, names);
    for (const k of spanning) rows[k]!.level2 = null;
    const before = rows.map((r) => [r.level1, r.level2]);
    expect(regroupLaggingLevels(rows, written, new Set(spanning))).toEqual({ level2: [], level1: [] });
    expect(rows.map((r) => [r.level1, r.level2])).toEqual(before);
  });
});

describe('a TAB-row text whose merged level cells were printed lower than their first row', () => {
  // Word's text of a PDF-converted 自评表: cells joined by TABs, a merged cell's text on the row it was set on.
  const table = (middle: string[]) => [
    '项目名称：林业生态保护恢复资金',
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'].join('\t'),
    ['产出指标', '数量指标', '公益林补偿面积', '≥12.6万亩', '12.6万亩', '20', '20'].join('\t'),
    ...middle,
    ['满意度指标', '服务对象满意度指标', '林农满意度', '≥90%', '93%', '10', '10'].join('\t'),
  ].join('\n');
  const levelsOf = (text: string) => importText(text, 'a.txt').forms[0]!.indicators.map((r) => [r.name, r.level1, r.level2]);

  it('a level 1 on a line of its own between the rows heads the rows below, and a row of its family above', () => {
    const text = table([
      ['', '社会效益指标', '林区火灾受害率', '≤0.9‰', '0.3‰', '10', '10'].join('\t'),
      '', '效益指标', '',
      ['', '生态效益指标', '森林覆盖率', '≥68%', '67.6%', '10', '8'].join('\t'),
    ]);
    expect(levelsOf(text)).toEqual([
      ['公益林补偿面积', '产出指标', '数量指标'],
      ['林区火灾受害率', '效益指标', '社会效益指标'],
      ['森林覆盖率', '效益指标', '生态效益指标'],
      ['林农满意度', '满意度指标', '服务对象满意度指标'],
    ]);
  });

  it('a row one cell short (its level-2 cell left out) takes the level 2 printed on the row below', () => {
    const text = table([
      ['', '公益林管护合格率', '≥95%', '96.3%', '10', '10'].join('\t'),
      ['', '质量指标', '有害生物成灾率', '≤3‰', '1.2‰', '10', '10'].join('\t'),
    ]);
    expect(levelsOf(text).slice(1, 3)).toEqual([['公益林管护合格率', '产出指标', '质量指标'], ['有害生物成灾率', '产出指标', '质量指标']]);
  });

  it('leaves a row a grid merges into the level 1 above under that level 1, whatever its level 2', () => {
    const html = ['<p>项目名称：农技推广</p><table>',
      '<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>',
      '<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>培训人次</td><td>≥300人次</td></tr>',
      '<tr><td>经济效益指标</td><td>亩均增收</td><td>≥200元/亩</td></tr>',
      '<tr><td>效益指标</td><td>社会效益指标</td><td>技术到位率</td><td>≥90%</td></tr></table>'].join('');
    expect(importText(html, 'a.html').forms[0]!.indicators.map((r) => r.level1)).toEqual(['产出指标', '产出指标', '效益指标']);
  });
});
