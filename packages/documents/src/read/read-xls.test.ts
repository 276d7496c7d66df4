import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../model/source-document';
import { decodeRk } from './biff-records';
import { DEFAULT_READ_LIMITS } from './read-limits';
import { readSource } from './read-source';
import { readXls } from './read-xls';
import { BOF_SHEET, cell, chars, f64, oleFile, record, u16, u32, workbookStream, xlString } from './testing/biff-fixtures';
import { xlsxWithSheets } from './testing/ooxml-fixtures';

const SST = 0x00fc;
const CONTINUE = 0x003c;

/** An XF record (BIFF8, 20 bytes) using number format `ifmt`. */
const xf = (ifmt: number) => record(0x00e0, u16(0), u16(ifmt), u16(0x0001), new Array(14).fill(0));
const format = (id: number, code: string) => record(0x041e, u16(id), xlString(code));
/** XF 0 General, 1 0.00%, 2 #,##0.00, 3 #,##0.00"万元". */
const STYLES = [format(164, '0.00%'), format(165, '#,##0.00"万元"'), xf(0), xf(164), xf(4), xf(165)];

async function readXlsBytes(stream: Uint8Array, name = '表.xls') {
  const result = await readSource(oleFile({ Workbook: stream }), name);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.source;
}

const texts = (blocks: SourceBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : [[`#${b.text}`]]));

describe('BIFF8 shared strings across CONTINUE records', () => {
  // Strings split the way Excel and LibreOffice split them: mid-characters with a new option byte
  // (8-bit before, UTF-16 after), inside a rich-text run block, inside a phonetic block, and
  // right after a string's header.
  const sst = [
    record(SST, u32(6), u32(6), xlString('项目名称'), u16(5), [0x00], chars('ABC', false)),
    record(CONTINUE, [0x01], chars('绩效', true), u16(2), [0x09], u16(2), chars('得分', true), [1, 0, 2]),
    record(CONTINUE, [0, 3, 0, 4, 0], u16(2), [0x05], u32(6), chars('备注', true), [9, 9, 9]),
    record(CONTINUE, [9, 9, 9], u16(2), [0x00]),
    record(CONTINUE, [0x00], chars('OK', false), u16(3), [0x01], chars('年', true)),
    record(CONTINUE, [0x00], chars('ab', false)),
  ];
  const stream = workbookStream([...STYLES, ...sst], [{ name: '字符串', records: [0, 1, 2, 3, 4, 5].map((i) => cell.sst(0, i, i)) }]);

  it('re-reads the option byte at each split and skips rich-text and phonetic runs', async () => {
    const source = await readXlsBytes(stream);
    expect(texts(source.blocks)).toEqual([['#字符串'], ['项目名称', 'ABC绩效', '得分', '备注', 'OK', '年ab']]);
  });

  it('refuses a shared-string table over the limit', () => {
    expect(() => readXls(stream, '表.xls', { ...DEFAULT_READ_LIMITS, maxSharedStrings: 3 })).toThrow(/共享字符串表过大/);
  });
});

describe('BIFF8 numbers', () => {
  it('decodes RK values: integers, hundredths, and the high bits of a double', () => {
    expect(decodeRk((1234 << 2) | 2)).toBe(1234);
    expect(decodeRk((123456 << 2) | 3)).toBe(1234.56);
    expect(decodeRk((-3 << 2) | 2)).toBe(-3);
    expect(decodeRk(0x3fe00000)).toBe(0.5);
    expect(decodeRk(0x405ec000 | 1)).toBe(1.23);
  });

  it('shows NUMBER, RK and MULRK cells in their number formats, as the .xlsx reader does', async () => {
    const records = [
      cell.number(0, 0, 0.955, 1),
      cell.rk(0, 1, (1234 << 2) | 2, 2),
      cell.rk(0, 2, (185000 << 2) | 3, 3),
      // MULRK: row 1, columns 0–2, each an XF and an RK, then the last column.
      record(0x00bd, u16(1), u16(0), u16(0), u32((7 << 2) | 2), u16(0), u32(0x3fe00000), u16(1), u32((-3 << 2) | 3), u16(2)),
    ];
    const source = await readXlsBytes(workbookStream(STYLES, [{ name: '数字', records }]));
    const xlsx = await readSource(
      xlsxWithSheets([{ name: '数字', xml: '<sheetData><row r="1"><c r="A1" s="1"><v>0.955</v></c><c r="B1" s="2"><v>1234</v></c><c r="C1" s="3"><v>1850</v></c></row><row r="2"><c r="A2"><v>7</v></c><c r="B2"><v>0.5</v></c><c r="C2" s="1"><v>-0.03</v></c></row></sheetData>' }], {
        'xl/styles.xml': '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.00%"/><numFmt numFmtId="165" formatCode="#,##0.00&quot;万元&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="4"/><xf numFmtId="165"/></cellXfs></styleSheet>',
      }),
      '表.xlsx',
    );
    expect(texts(source.blocks)).toEqual([['#数字'], ['95.50%', '1234.00', '1850.00万元'], ['7', '0.5', '-3.00%']]);
    expect(xlsx.ok && xlsx.source.blocks).toEqual(source.blocks);
  });

  it('reads formula results: a number, text from the STRING record after it, a boolean, an error', async () => {
    const formula = (r: number, c: number, result: number[]) => record(0x0006, u16(r), u16(c), u16(0), result, u16(0), u32(0), u16(0));
    const records = [
      formula(0, 0, f64(42.5)),
      formula(0, 1, [0x00, 0, 0, 0, 0, 0, 0xff, 0xff]),
      record(0x0207, xlString('合计')),
      formula(0, 2, [0x01, 0, 0x01, 0, 0, 0, 0xff, 0xff]),
      formula(0, 3, [0x02, 0, 0x07, 0, 0, 0, 0xff, 0xff]),
      record(0x0205, u16(0), u16(4), u16(0), [0, 0]),
      cell.label(0, 5, '  文本\r\n第二行 '),
    ];
    const source = await readXlsBytes(workbookStream(STYLES, [{ name: '公式', records }]));
    expect(texts(source.blocks)).toEqual([['#公式'], ['42.5', '合计', 'TRUE', '#DIV/0!', 'FALSE', '文本\n第二行']]);
  });
});

describe('BIFF8 sheets', () => {
  it('keeps merged cells and leaves out hidden rows, columns and sheets, as the .xlsx reader does', async () => {
    const records = [
      // Column C (index 2) hidden; row 3 (index 2) hidden.
      record(0x007d, u16(2), u16(2), u16(2000), u16(15), u16(0x0001), u16(0)),
      record(0x0208, u16(2), u16(0), u16(4), u16(300), u16(0), u16(0), u32(0x20 | 0x100)),
      cell.label(0, 0, '一级指标'), cell.label(0, 1, '数量指标'), cell.label(0, 2, '隐藏列'), cell.label(0, 3, '10'),
      cell.label(1, 1, '质量指标'), cell.label(1, 3, '20'),
      cell.label(2, 1, '已取消'), cell.label(2, 3, '0'),
      cell.label(3, 1, '时效指标'), cell.label(3, 3, '30'),
      // A1:A4 merged down, B5:D5 merged across.
      record(0x00e5, u16(2), u16(0), u16(3), u16(0), u16(0), u16(4), u16(4), u16(1), u16(3)),
      cell.label(4, 1, '合计'),
    ];
    const source = await readXlsBytes(workbookStream([], [{ name: '隐藏', state: 1, records: [cell.label(0, 0, '不读')] }, { name: '指标', records }]));
    const xlsx = await readSource(
      xlsxWithSheets([
        { name: '隐藏', hidden: true, xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>不读</t></is></c></row></sheetData>' },
        {
          name: '指标',
          xml: `<cols><col min="3" max="3" hidden="1"/></cols><sheetData>${[
            ['一级指标', '数量指标', '隐藏列', '10'], ['', '质量指标', '', '20'], ['', '已取消', '', '0'], ['', '时效指标', '', '30'], ['', '合计', '', ''],
          ].map((row, r) => `<row r="${r + 1}"${r === 2 ? ' hidden="1"' : ''}>${row.map((t, c) => (t ? `<c r="${'ABCD'[c]}${r + 1}" t="inlineStr"><is><t>${t}</t></is></c>` : '')).join('')}</row>`).join('')}</sheetData><mergeCells><mergeCell ref="A1:A4"/><mergeCell ref="B5:D5"/></mergeCells>`,
        },
      ]),
      '表.xlsx',
    );
    expect(xlsx.ok).toBe(true);
    if (!xlsx.ok) return;
    expect(source.blocks).toEqual(xlsx.source.blocks);
    expect(source.notes).toEqual(xlsx.source.notes);
    expect(texts(source.blocks)).toEqual([['#指标'], ['一级指标', '数量指标', '10'], ['', '质量指标', '20'], ['', '时效指标', '30'], ['', '合计']]);
  });

  it('reads an Excel 5.0/95 (BIFF5) workbook whose strings are GBK by its CODEPAGE record', async () => {
    const gbk = (text: string): number[] => {
      // The few characters used here, in GBK.
      const table: Record<string, number[]> = { 项: [0xcf, 0xee], 目: [0xc4, 0xbf], 名: [0xc3, 0xfb], 称: [0xb3, 0xc6], 表: [0xb1, 0xed] };
      return [...text].flatMap((ch) => table[ch] ?? [ch.charCodeAt(0)]);
    };
    const label5 = (r: number, c: number, text: string) => record(0x0204, u16(r), u16(c), u16(0), u16(gbk(text).length), gbk(text));
    const stream = workbookStream([record(0x0042, u16(936))], [{ name: '表1', records: [label5(0, 0, '项目名称'), cell.number(0, 1, 12)] }], { biff5: true, encodeName: gbk });
    const source = await readXlsBytes(stream);
    expect(texts(source.blocks)).toEqual([['#表1'], ['项目名称', '12']]);
  });

  it('keeps going past a damaged sheet, and refuses a sheet over the row limit', async () => {
    const broken = workbookStream([], [{ name: '坏表', records: [] }, { name: '好表', records: [cell.label(0, 0, '项目名称'), cell.label(0, 1, '某项目')] }]);
    // The first sheet's EOF becomes a record that claims more bytes than the stream holds.
    const bad = broken.slice();
    const sheetBof = bad.findIndex((_, i) => i > 20 && bad[i] === 0x09 && bad[i + 1] === 0x08 && bad[i + 4] === 0x00 && bad[i + 6] === 0x10);
    bad.set([0x99, 0x00, 0xff, 0xff], sheetBof + BOF_SHEET().length);
    const source = await readXlsBytes(bad);
    expect(source.notes.join()).toMatch(/坏表.*已损坏/);
    const tall = workbookStream([], [{ name: '长表', records: [cell.label(5000, 0, '太远')] }]);
    expect(() => readXls(tall, '表.xls', { ...DEFAULT_READ_LIMITS, maxRows: 1000 })).toThrow(/长表.*超过 1000 行/);
  });

  it('refuses a workbook with an open password (FILEPASS) with a message asking to remove it', async () => {
    const stream = workbookStream([record(0x002f, u16(1), new Array(52).fill(0))], [{ name: '表', records: [] }]);
    const result = await readSource(oleFile({ Workbook: stream }), '加密.xls');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]!.code).toBe('encrypted');
    expect(result.issues[0]!.message).toMatch(/加密.xls.*密码.*取消密码/);
  });
});
