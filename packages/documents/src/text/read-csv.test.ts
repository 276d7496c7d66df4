import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../model/source-document';
import { looksLikeCsv, readCsv, sniffSeparator } from './read-csv';

function tables(doc: SourceDocument): string[][][] {
  return doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.rows.map((r) => r.cells.map((c) => c.text))] : []));
}

describe('readCsv', () => {
  it.each([
    {
      name: 'quoted fields hold commas, quotes and line breaks; CRLF line ends',
      input: '名称,指标值,说明\r\n"水质检测合格率（出厂水,末梢水）",≥95%,"按""双随机""抽检\r\n结果计"\r\n',
      want: [[['名称', '指标值', '说明'], ['水质检测合格率（出厂水,末梢水）', '≥95%', '按"双随机"抽检\n结果计']]],
    },
    {
      name: 'a code written as a text formula (="…", to keep its digits from Excel) is the text',
      input: '项目编码,项目名称\n="36072325T000000001201",某项目\n"=""0012""",乙\n',
      want: [[['项目编码', '项目名称'], ['36072325T000000001201', '某项目'], ['0012', '乙']]],
    },
    {
      name: 'a row of empty fields ends the table, as a blank line ends a TSV table',
      input: '标题,,\n,,\na,b,c\n1,2,3\n',
      want: [[['标题', '', '']], [['a', 'b', 'c'], ['1', '2', '3']]],
    },
    {
      name: 'a quote inside a field is text; a quote that never closes is text',
      input: '"十四五"规划,b\n"未闭合,c\n',
      want: [[['"十四五"规划', 'b'], ['"未闭合', 'c']]],
    },
    {
      name: 'every field quoted, empty ones too (budget systems\' exports), no final line end',
      input: '"一级指标","二级指标","指标值"\n"产出指标","","1,200"',
      want: [[['一级指标', '二级指标', '指标值'], ['产出指标', '', '1,200']]],
    },
  ])('$name', ({ input, want }) => {
    expect(tables(readCsv(input))).toEqual(want);
  });

  it('takes the separator from Excel\'s `sep=` hint line, which is no row', () => {
    expect(tables(readCsv('sep=;\r\n名称;指标值\r\n人数,人次;1,200\r\n'))).toEqual([[['名称', '指标值'], ['人数,人次', '1,200']]]);
  });

  it('gives back any sheet written as RFC 4180 CSV (quoted where needed), whatever its cells hold', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '指', '标', ',', '"', '\n', ' ', '1', '%', '=') , maxLength: 8 });
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }).chain((w) => fc.array(fc.array(field, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 })), (sheet) => {
        // A row of empty fields ends a table, and a field that is all text formula is unwrapped: keep both out.
        const rows = sheet.filter((r) => r.some((f) => f.trim() !== '')).map((r) => r.map((f) => (/^=".*"$/s.test(f.trim()) ? `${f}x` : f)));
        const quote = (f: string) => (/[",\n]/.test(f) || f.startsWith('=') ? `"${f.replace(/"/g, '""')}"` : f);
        const csv = rows.map((r) => r.map(quote).join(',')).join('\r\n');
        const got = tables(readCsv(csv, ',')).flat();
        expect(got).toEqual(rows);
      }),
    );
  });

  it('keeps the line each row starts on, past quoted line breaks', () => {
    const doc = readCsv('a,b\n"x\ny",z\nc,d\n');
    const rows = doc.blocks[0]!.kind === 'table' ? doc.blocks[0]!.rows : [];
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it.each([
    ['commas', 'a,b,c\n1,2,3\n', ','],
    ['semicolons with commas inside numbers', 'a;b;c\n1,5;2;3\n4;5,5;6\n', ';'],
    ['tabs', 'a\tb\tc\n"1,2"\t2\t3\n', '\t'],
  ])('finds the separator: %s', (_name, input, sep) => {
    expect(sniffSeparator(input)).toBe(sep);
  });

  it.each([
    ['an Excel CSV sheet', '标题,,,\n项目名称,某项目,,\n一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,人数,≥5\n,,次数,3\n', true],
    ['prose with a few commas', '一、基本情况\n本单位共有3个科室, 其中:\n办公室负责综合, 财务\n二、项目\n说明文字\n', false],
    ['TSV whose amounts carry thousands separators', 'a\tb\t1,000\nc\td\t2,000\ne\tf\t3,000\ng\th\t4,000\ni\tj\t5,000\n', false],
  ])('tells a CSV sheet from other text: %s', (_name, input, want) => {
    expect(looksLikeCsv(input)).toBe(want);
  });
});
