import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { snapToCaptions } from './caption-zones';
import type { GridCell } from './flatten-source';

// Layouts of corpus documents 716–719: forms a report engine (帆软, 润乾) exports on a fine grid, where
// a caption covers several narrow columns and the body's merges under it start a column early or late.

const cell = (text: string, start: number, span: number, merged = false): GridCell => ({ text, start, span, merged });
const captions = (at: Record<number, string>, width: number) => Array.from({ length: width }, (_v, i) => at[i] ?? '');

describe('snapToCaptions', () => {
  const header = captions({ 1: '一级指标', 4: '二级指标', 7: '三级指标', 10: '指标值', 13: '计量单位' }, 15);

  it('puts each cell under the caption whose columns it overlaps most', () => {
    const row = [cell('', 0, 1), cell('产出指标', 1, 2), cell('数量指标', 3, 4), cell('检查户次', 7, 4), cell('≥450', 11, 2), cell('户', 13, 2)];
    expect(snapToCaptions(row, header).map((c) => [c.text, c.start])).toEqual([['', 0], ['产出指标', 1], ['数量指标', 4], ['检查户次', 7], ['≥450', 10], ['户', 13]]);
  });

  it('takes the columns of HTML rowspan cells as one merge', () => {
    const row = [cell('', 0, 1), cell('', 1, 1, true), cell('', 2, 1, true), cell('', 3, 1, true), cell('', 4, 1, true), cell('', 5, 1, true), cell('检查户次', 6, 4), cell('≥450', 10, 3), cell('户', 13, 2)];
    const out = snapToCaptions(row, header);
    expect(out.map((c) => [c.text, c.start, c.merged])).toEqual([['', 0, false], ['', 1, true], ['', 4, true], ['检查户次', 7, false], ['≥450', 10, false], ['户', 13, false]]);
  });

  it('lets a value merged over the unit caption keep both columns', () => {
    const row = [cell('', 0, 1), cell('效益指标', 1, 3), cell('社会效益指标', 4, 3), cell('负担减轻', 7, 2), cell('有效减轻', 9, 6)];
    const out = snapToCaptions(row, header);
    expect(out.at(-1)).toEqual(cell('有效减轻', 10, 5));
  });

  it('leaves rows alone that already sit on the captions, or that it cannot tell apart', () => {
    const aligned = [cell('', 0, 1), cell('产出指标', 1, 3), cell('数量指标', 4, 3), cell('检查户次', 7, 3), cell('≥450', 10, 3), cell('户', 13, 2)];
    expect(snapToCaptions(aligned, header)).toBe(aligned);
    const twoInOne = [cell('产出指标', 1, 3), cell('数量指标', 4, 3), cell('检查户次', 7, 3), cell('≥450', 10, 1), cell('≥400', 11, 1), cell('户', 13, 2)];
    expect(snapToCaptions(twoInOne, header)).toBe(twoInOne);
    const plain = captions({ 0: '一级指标', 1: '二级指标', 2: '三级指标', 3: '指标值' }, 4);
    const spanned = [cell('满意度指标', 0, 2), cell('群众满意度', 2, 1), cell('≥90%', 3, 1)];
    expect(snapToCaptions(spanned, plain)).toBe(spanned);
  });
});

describe('a report engine HTML export on a fine grid', () => {
  const td = (text: string, span: number, rows = 1) => `<td${span > 1 ? ` colspan="${span}"` : ''}${rows > 1 ? ` rowspan="${rows}"` : ''}>${text}</td>`;
  const spacer = '<td style="width:4px"></td>';
  const html = [
    '<p>某某市生态环境局2026年部门整体绩效目标表</p><table>',
    `<tr>${spacer}${td('一级指标', 2)}${td('二级指标', 3)}${td('三级指标', 3)}${td('指标值', 6)}${td('计量单位', 4)}${spacer}</tr>`,
    `<tr>${spacer}${td('产出指标', 2, 2)}${td('数量指标', 3, 2)}${td('执行检查户次', 4)}${td('≥450', 5)}${td('户次', 4)}${spacer}</tr>`,
    `<tr>${spacer}${td('水质监测断面数量', 4)}${td('28', 5)}${td('个', 4)}${spacer}</tr>`,
    '</table>',
  ].join('\n');

  it('reads values whose cells start a column after their caption, under merged levels too', () => {
    const form = importText(html, 'a.html').forms[0]!;
    expect(form.indicators.map((r) => [r.level2, r.name, r.comparator, r.target, r.unit])).toEqual([
      ['数量指标', '执行检查户次', '>=', '450', '户次'],
      ['数量指标', '水质监测断面数量', '=', '28', '个'],
    ]);
  });

  it('reads the same table laid out on its captions unchanged', () => {
    const plain = html.replace(`${td('执行检查户次', 4)}${td('≥450', 5)}`, `${td('执行检查户次', 3)}${td('≥450', 6)}`).replace(`${td('水质监测断面数量', 4)}${td('28', 5)}`, `${td('水质监测断面数量', 3)}${td('28', 6)}`);
    const form = importText(plain, 'a.html').forms[0]!;
    expect(form.indicators.map((r) => [r.name, r.target, r.unit])).toEqual([['执行检查户次', '450', '户次'], ['水质监测断面数量', '28', '个']]);
  });
});
