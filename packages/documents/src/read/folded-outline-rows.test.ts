import { describe, expect, it } from 'vitest';
import { importFile } from '../import/import-file';
import { gridToXlsx, parseGridSource } from '../import/testing/grid-binaries';
import { type OutlineRow, foldedOutlineRows } from './folded-outline-rows';

// Round 88 (docs 755–757): budget-system workbooks fold each 一级指标's indicators into an outline group
// under (or over) a summary row; the folded rows are hidden but are the form's rows.

const rows = (spec: Array<[number, number, 'h' | '' | 'c' | 'hc']>): OutlineRow[] =>
  spec.map(([row, level, flags]) => ({ row, level, hidden: flags.includes('h'), collapsed: flags.includes('c') }));

describe('foldedOutlineRows', () => {
  it('reads the rows of a group folded under a collapsed summary row above it', () => {
    const sheet = rows([[9, 0, 'c'], [10, 1, 'h'], [11, 1, 'h'], [12, 0, ''], [13, 1, '']]);
    expect([...foldedOutlineRows(sheet, false)]).toEqual([10, 11]);
  });

  it('takes the summary row below the group by default (Excel, POI), where the collapsed flag then sits', () => {
    const sheet = rows([[14, 1, 'h'], [15, 1, 'h'], [16, 0, 'c'], [17, 1, ''], [18, 0, '']]);
    expect([...foldedOutlineRows(sheet, true)].sort()).toEqual([14, 15]);
  });

  it('reads rows folded away by an outer group, the inner group left open', () => {
    const sheet = rows([[23, 0, 'c'], [24, 1, 'h'], [25, 2, 'h'], [26, 2, 'h'], [27, 1, 'h'], [28, 2, 'h']]);
    expect([...foldedOutlineRows(sheet, false)].sort()).toEqual([24, 25, 26, 27, 28]);
  });

  it('reads a group hidden through and through though no row carries the collapsed flag (LibreOffice .xls)', () => {
    const sheet = rows([[10, 1, 'h'], [11, 1, 'h'], [13, 1, '']]);
    expect([...foldedOutlineRows(sheet, true)].sort()).toEqual([10, 11]);
  });

  it('leaves out a row hidden by hand inside an open group, and hidden rows in no group', () => {
    const sheet = rows([[12, 1, ''], [13, 2, ''], [14, 2, ''], [15, 2, 'h'], [16, 1, '']]);
    expect(foldedOutlineRows(sheet, false).size).toBe(0);
    expect(foldedOutlineRows(rows([[5, 0, 'h'], [6, 0, 'h']]), false).size).toBe(0);
  });

  it('does not let a collapsed row past a gap of unlisted (level 0) rows claim a group', () => {
    const sheet = rows([[3, 0, 'c'], [6, 1, 'h'], [7, 1, '']]);
    expect(foldedOutlineRows(sheet, false).size).toBe(0);
  });
});

describe('an .xlsx with folded outline groups and a row hidden by hand', () => {
  const grid = [
    '=== summary-above',
    ['项目名称', '道路照明运维', '', ''].join('\t'),
    ['一级指标', '二级指标', '三级指标', '指标值'].join('\t'),
    ['产出指标', '', '', ''].join('\t'),
    ['', '数量指标', '维护路灯数量', '≥4.2万盏'].join('\t'),
    ['', '质量指标', '亮灯率', '≥98%'].join('\t'),
    ['满意度指标', '', '', ''].join('\t'),
    ['', '服务对象满意度指标', '市民满意度', '≥90%'].join('\t'),
    ['', '服务对象满意度指标', '旧指标（已停用）', '≥80%'].join('\t'),
    '=== outline: 4-5 1 collapsed',
    '=== outline: 7-8 1',
    '=== hidden-row: 8',
  ].join('\n');

  it('reads the folded rows under their level and leaves the hand-hidden one out', async () => {
    const result = await importFile(await gridToXlsx(parseGridSource(grid)), '表.xlsx');
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    const form = result.document.forms[0]!;
    expect(form.indicators.map((r) => [r.level1, r.name, r.target])).toEqual([
      ['产出指标', '维护路灯数量', '4.2'],
      ['产出指标', '亮灯率', '98'],
      ['满意度指标', '市民满意度', '90'],
    ]);
  });
});
