import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../model/source-document';
import { readSource } from './read-source';
import { xlsxWithSheets } from './testing/ooxml-fixtures';
import { buildXlsx, planSeedBlocks, plannedGrid, sourceGrid } from './testing/seed-fixtures';

const SEED_002 = '/work/shared/seeds/002_c249137699a6a217.txt';

async function read(bytes: Uint8Array, name = '测试.xlsx') {
  const result = await readSource(bytes, name);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  expect(result.source.format).toBe('xlsx');
  return result.source;
}

const tables = (blocks: SourceBlock[]) => blocks.filter((b): b is Extract<SourceBlock, { kind: 'table' }> => b.kind === 'table');

describe('readXlsx on a workbook built from the seed 002 tables', () => {
  const planned = planSeedBlocks(readFileSync(SEED_002, 'utf8'));
  // Each sheet holds the texts before its table as merged rows, then the table.
  const expectedGrids: string[][][] = [];
  let titles: string[] = [];
  for (const b of planned) {
    if (b.kind === 'text') titles.push(b.text);
    else {
      expectedGrids.push([...titles.map((t) => new Array<string>(b.width).fill(t)), ...plannedGrid(b.rows)]);
      titles = [];
    }
  }

  it('reads one table per sheet, in order, with the same logical grid', async () => {
    const source = await read(await buildXlsx(planned));
    const got = tables(source.blocks);
    expect(got).toHaveLength(expectedGrids.length);
    got.forEach((t, i) => expect(sourceGrid(t.rows)).toEqual(expectedGrids[i]));
    // Each table is preceded by its sheet name.
    source.blocks.forEach((b, i) => {
      if (b.kind === 'table') expect(source.blocks[i - 1]).toMatchObject({ kind: 'text', heading: 2 });
    });
  });

  it('represents merges like .docx: top-left spans, mergedFromAbove below, covered cells to the right omitted', async () => {
    const source = await read(await buildXlsx(planned));
    const t = tables(source.blocks)[1]!;
    const top = t.rows.findIndex((r) => r.cells[0]?.text === '项目编码');
    expect(t.rows[top - 1]!.cells).toEqual([{ text: '单位：万元', colSpan: 6 }]);
    expect(t.rows[top]!.cells.map((c) => [c.text, c.colSpan ?? 1])).toEqual([
      ['项目编码', 1],
      ['318-1301-JBN-RKLW', 2],
      ['项目名称', 1],
      ['财税征收经费', 2],
    ]);
    const header = t.rows.findIndex((r) => r.cells[0]?.text === '一级指标');
    expect(t.rows[header + 1]!.cells[0]).toEqual({ text: '产出指标', rowSpan: 4 });
    expect(t.rows[header + 2]!.cells[0]).toEqual({ text: '', mergedFromAbove: true });
  });
});

describe('readXlsx cell values', () => {
  it('formats numbers as Excel shows them: no float noise, percent, fixed decimals, dates', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('数值');
    ws.getCell('A1').value = 0.1 + 0.2;
    ws.getCell('B1').value = 0.95;
    ws.getCell('B1').numFmt = '0%';
    ws.getCell('C1').value = 0.955;
    ws.getCell('C1').numFmt = '0.0%';
    ws.getCell('D1').value = 300;
    ws.getCell('D1').numFmt = '#,##0.00';
    ws.getCell('E1').value = new Date(Date.UTC(2024, 11, 31));
    ws.getCell('E1').numFmt = 'yyyy-mm-dd';
    ws.getCell('F1').value = 1055.4;
    ws.getCell('G1').value = true;
    ws.getCell('H1').value = { formula: 'D1*2', result: 600 };
    ws.getCell('I1').value = { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] };
    const source = await read(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(tables(source.blocks)[0]!.rows[0]!.cells.map((c) => c.text)).toEqual(['0.3', '95%', '95.5%', '300.00', '2024-12-31', '1055.4', 'TRUE', '600', '富文本']);
  });

  it('works out formulas saved without a result (systems leave that to Excel), in the cell\'s format', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评表');
    ws.getCell('A1').value = 1620;
    ws.getCell('B1').value = 1538.6;
    ws.getCell('C1').value = 10;
    ws.getCell('D1').value = { formula: 'B1/A1' } as ExcelJS.CellValue;
    ws.getCell('D1').numFmt = '0.00%';
    // A formula on another formula without a result, rounded as the sheet asks.
    ws.getCell('E1').value = { formula: 'ROUND(D1*C1,2)' } as ExcelJS.CellValue;
    ws.getCell('F1').value = { formula: 'SUM(A1:C1)' } as ExcelJS.CellValue;
    // What Excel saved stays; what cannot be worked out stays empty.
    ws.getCell('G1').value = { formula: 'A1*2', result: 7 };
    ws.getCell('H1').value = { formula: "'汇总'!B4" } as ExcelJS.CellValue;
    ws.getCell('I1').value = '完';
    const source = await read(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(tables(source.blocks)[0]!.rows[0]!.cells.map((c) => c.text)).toEqual(['1620', '1538.6', '10', '94.98%', '9.5', '3168.6', '7', '', '完']);
  });

  it('recalculates what a workbook marked fullCalcOnLoad saved as 0, keeping what cannot be worked out', async () => {
    const wb = new ExcelJS.Workbook();
    wb.calcProperties.fullCalcOnLoad = true;
    const ws = wb.addWorksheet('自评表');
    ws.getCell('A1').value = 1620;
    ws.getCell('B1').value = 1538.6;
    ws.getCell('C1').value = { formula: 'B1/A1', result: 0 };
    ws.getCell('C1').numFmt = '0.00%';
    ws.getCell('D1').value = { formula: 'IF(C1>0.9,"达标","未达标")', result: '达标' };
    const source = await read(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(tables(source.blocks)[0]!.rows[0]!.cells.map((c) => c.text)).toEqual(['1620', '1538.6', '94.98%', '达标']);
  });

  it('reads the text boxes drawn on a sheet: above the table before it, below it after, one rendering of each', async () => {
    const anchor = (row: number, shape: string) =>
      `<xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:row>${row}</xdr:row></xdr:from><xdr:to><xdr:col>5</xdr:col><xdr:row>${row + 1}</xdr:row></xdr:to>${shape}<xdr:clientData/></xdr:twoCellAnchor>`;
    const sp = (text: string) => `<xdr:sp><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>${text}</a:t></a:r></a:p></xdr:txBody></xdr:sp>`;
    const bytes = xlsxWithSheets([{ name: '目标表', xml: '<sheetData><row r="2"><c r="A2" t="inlineStr"><is><t>项目名称</t></is></c></row></sheetData><drawing r:id="rId9"/>' }], {
      'xl/worksheets/_rels/sheet1.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
      'xl/drawings/drawing1.xml':
        '<?xml version="1.0"?><xdr:wsDr xmlns:xdr="x" xmlns:a="a" xmlns:mc="m">' +
        anchor(5, sp('填表说明：金额单位万元')) +
        anchor(0, `<mc:AlternateContent><mc:Choice Requires="a14">${sp('2025年项目支出绩效目标表')}</mc:Choice><mc:Fallback>${sp('2025年项目支出绩效目标表')}</mc:Fallback></mc:AlternateContent>`) +
        anchor(0, '<xdr:pic><xdr:blipFill/></xdr:pic>') +
        '</xdr:wsDr>',
    });
    const source = await read(bytes);
    expect(source.blocks.map((b) => (b.kind === 'text' ? b.text : 'table'))).toEqual(['目标表', '2025年项目支出绩效目标表', 'table', '填表说明：金额单位万元']);
  });

  it('reads inline strings, skips hidden sheets with a note, drops trailing empty rows and columns', async () => {
    const bytes = xlsxWithSheets([
      {
        name: '表一',
        xml:
          '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>指标</t></is></c><c r="B1" t="inlineStr"><is><r><t>指标</t></r><r><t>值</t></r></is></c><c r="E1" s="0"/></row>' +
          '<row r="3"><c r="A3" t="inlineStr"><is><t>满意度</t></is></c><c r="B3"><v>95</v></c><c r="C3" t="str"><v></v></c></row><row r="9"><c r="A9"/></row></sheetData>',
      },
      { name: '隐藏', xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>', hidden: true },
      { name: '空表', xml: '<sheetData/>' },
    ]);
    const source = await read(bytes);
    expect(source.blocks).toEqual([
      { kind: 'text', text: '表一', heading: 2 },
      {
        kind: 'table',
        rows: [
          { cells: [{ text: '指标' }, { text: '指标值' }], line: 1 },
          { cells: [{ text: '满意度' }, { text: '95' }], line: 3 },
        ],
      },
      { kind: 'text', text: '空表', heading: 2 },
    ]);
    expect(source.notes).toEqual(['已跳过隐藏的工作表“隐藏”。', '工作表“空表”是空的。']);
  });

  it('reads a shared string run set in the Symbol font as the signs it shows (³ is ≥, £ is ≤)', async () => {
    const strings =
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<si><r><rPr><rFont val="Symbol"/><family val="1"/></rPr><t>³</t></r><r><rPr><rFont val="宋体"/></rPr><t>95%</t></r></si>' +
      '<si><r><rPr><rFont val="Symbol"/></rPr><t>£</t></r><r><t>3天</t></r></si>' +
      '<si><t>³不变</t></si></sst>';
    const bytes = xlsxWithSheets(
      [{ name: 'S', xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row></sheetData>' }],
      { 'xl/sharedStrings.xml': strings },
    );
    const source = await read(bytes);
    expect(tables(source.blocks)[0]!.rows[0]!.cells).toEqual([{ text: '≥95%' }, { text: '≤3天' }, { text: '³不变' }]);
  });

  it('leaves out struck text: rich-text runs in a strike font and cells whose style strikes them (a revised draft)', async () => {
    const strings =
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<si><r><rPr><strike/><rFont val="宋体"/></rPr><t>96.2%</t></r><r><rPr><rFont val="宋体"/></rPr><t>95.8%</t></r></si>' +
      '<si><r><rPr><strike val="0"/></rPr><t>不删</t></r><r><t>除</t></r></si>' +
      '<si><t>家庭医生签约人数</t></si></sst>';
    const styles =
      '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<fonts count="2"><font><sz val="11"/></font><font><strike/><sz val="11"/></font></fonts>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1" applyFont="1"/></cellXfs></styleSheet>';
    const bytes = xlsxWithSheets(
      [{
        name: 'S',
        xml:
          '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><rPr><strike/></rPr><t>380元</t></r><r><t>375元</t></r></is></c></row>' +
          '<row r="2"><c r="A2" t="s" s="1"><v>2</v></c><c r="B2" s="1"><v>5</v></c><c r="C2" s="0"><v>15</v></c></row></sheetData>',
      }],
      { 'xl/sharedStrings.xml': strings, 'xl/styles.xml': styles },
    );
    const source = await read(bytes);
    expect(tables(source.blocks)[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['95.8%', '不删除', '375元'], ['', '', '15']]);
  });

  it.each([
    ['a CR LF saved as _x000D_', '<si><t>1.诊断6万例；_x000D_\n2.及时率98%。</t></si>', '1.诊断6万例；\n2.及时率98%。'],
    ['a trailing _x000D_ and line end', '<si><t xml:space="preserve">某某县人民医院_x000D_\n</t></si>', '某某县人民医院'],
    ['an escaped underscore keeps the code as typed', '<si><t>_x005F_x000D_</t></si>', '_x000D_'],
    ['a lowercase code', '<si><t>社会效益_x000d_\n指标</t></si>', '社会效益\n指标'],
  ])('decodes a shared string\'s _xHHHH_ escapes: %s', async (_what, si, want) => {
    const strings = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${si}</sst>`;
    const bytes = xlsxWithSheets([{ name: 'S', xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row></sheetData>' }], { 'xl/sharedStrings.xml': strings });
    expect(tables((await read(bytes)).blocks)[0]!.rows[0]!.cells[0]).toEqual({ text: want });
  });

  it('shows no text for a WPS picture in a cell (DISPIMG), whatever its saved result', async () => {
    const img = (cell: string, id: string) => `<c r="${cell}" t="str"><f>_xlfn.DISPIMG(&quot;${id}&quot;,1)</f><v>=DISPIMG(&quot;${id}&quot;,1)</v></c>`;
    const bytes = xlsxWithSheets([{
      name: 'S',
      xml: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>偏差原因</t></is></c><c r="B1" t="inlineStr"><is><t>佐证材料</t></is></c><c r="C1" t="inlineStr"><is><t>=DISPIMG("x",1)说明</t></is></c></row>` +
        `<row r="2">${img('A2', 'ID_7F3D0B6A1E9C42D5')}${img('B2', 'ID_B16E4C8A2D7F4093')}<c r="C2" t="str"><v>见附件</v></c></row></sheetData>`,
    }]);
    const rows = tables((await read(bytes)).blocks)[0]!.rows;
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([['偏差原因', '佐证材料', '=DISPIMG("x",1)说明'], ['', '', '见附件']]);
  });

  it('ignores merges beyond the data and keeps a merge that starts on an empty cell', async () => {
    const bytes = xlsxWithSheets([
      {
        name: 'S',
        xml:
          '<sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>b</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2" t="inlineStr"><is><t>c</t></is></c></row></sheetData>' +
          '<mergeCells count="2"><mergeCell ref="A1:A2"/><mergeCell ref="D5:F9"/></mergeCells>',
      },
    ]);
    const source = await read(bytes);
    expect(tables(source.blocks)[0]!.rows).toEqual([
      { cells: [{ text: '', rowSpan: 2 }, { text: 'b' }], line: 1 },
      { cells: [{ text: '', mergedFromAbove: true }, { text: 'c' }], line: 2 },
    ]);
  });

  it('leaves hidden and zero-width columns out, as Excel shows the sheet: later columns move left, merges shrink', async () => {
    const cell = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
    const bytes = xlsxWithSheets([
      {
        name: 'S',
        xml:
          // Column 2 flagged hidden; column 4 narrowed to nothing with no flag, as POI/NPOI exports hide helper columns.
          '<cols><col min="2" max="2" width="9" hidden="1"/><col min="4" max="4" width="0" customWidth="1"/></cols>' +
          `<sheetData><row r="1">${cell('A1', '标题')}</row>` +
          `<row r="2">${cell('A2', '三级指标')}${cell('B2', '上年指标值')}${cell('C2', '指标值')}${cell('D2', 'id')}${cell('E2', '备注')}</row>` +
          `<row r="3">${cell('A3', '检查次数')}${cell('B3', '≥3次')}${cell('C3', '≥4次')}${cell('D3', '7')}</row>` +
          `<row r="4">${cell('B4', '藏')}</row></sheetData>` +
          '<mergeCells count="2"><mergeCell ref="A1:E1"/><mergeCell ref="B4:C4"/></mergeCells>',
      },
    ]);
    const source = await read(bytes);
    expect(tables(source.blocks)[0]!.rows.map((r) => r.cells)).toEqual([
      [{ text: '标题', colSpan: 3 }],
      [{ text: '三级指标' }, { text: '指标值' }, { text: '备注' }],
      [{ text: '检查次数' }, { text: '≥4次' }, { text: '' }],
      [{ text: '' }, { text: '藏' }, { text: '' }],
    ]);
  });

  it('leaves hidden rows out, as Excel shows the sheet: a merge starting on one keeps its text', async () => {
    const cell = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
    const bytes = xlsxWithSheets([
      {
        name: 'S',
        xml:
          `<sheetData><row r="1">${cell('A1', '一级指标')}${cell('B1', '三级指标')}</row>` +
          `<row r="2" hidden="1">${cell('A2', '产出指标')}${cell('B2', '已取消的指标')}</row>` +
          `<row r="3">${cell('B3', '检查次数')}</row>` +
          `<row r="4" ht="0" customHeight="1">${cell('B4', '零行高')}</row>` +
          `<row r="5">${cell('B5', '覆盖率')}</row></sheetData>` +
          '<mergeCells count="1"><mergeCell ref="A2:A5"/></mergeCells>',
      },
    ]);
    const source = await read(bytes);
    const rows = tables(source.blocks)[0]!.rows;
    expect(rows.map((r) => r.cells)).toEqual([
      [{ text: '一级指标' }, { text: '三级指标' }],
      [{ text: '产出指标', rowSpan: 2 }, { text: '检查次数' }],
      [{ text: '', mergedFromAbove: true }, { text: '覆盖率' }],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 3, 5]);
  });

  it('refuses a sheet beyond the row limit with a message naming the sheet', async () => {
    const bytes = xlsxWithSheets([{ name: '大表', xml: '<sheetData><row r="200000"><c r="A200000"><v>1</v></c></row></sheetData>' }]);
    const result = await readSource(bytes, '大.xlsx');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'sheet-too-large' }] });
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/大\.xlsx.*大表.*超过 100000 行/);
  });
});
