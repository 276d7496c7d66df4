import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../model/source-document';
import { formatIsoDateCell } from './format-cell-number';
import { sheetHeading } from './numbers-export';
import { readSource } from './read-source';
import { docxWithBody, xlsxWithSheets, zipParts } from './testing/ooxml-fixtures';

// OOXML variants of corpus documents 778–781: Excel's and Word's Strict Open XML save, macro-enabled and
// template packages, Apple Numbers' export (a sheet per table, table-name rows, an export summary) and .xlsb.

const STRICT_SML = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const STYLES = `<styleSheet xmlns="${STRICT_SML}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
  '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="176" applyNumberFormat="1"/><xf numFmtId="10" applyNumberFormat="1"/></cellXfs></styleSheet>';

function strictXlsx(cells: string): Uint8Array {
  return zipParts({
    'xl/workbook.xml': `<workbook xmlns="${STRICT_SML}" xmlns:r="${STRICT_REL}" conformance="strict"><sheets><sheet name="自评表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${STRICT_REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${STRICT_REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${STRICT_SML}"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`,
  });
}

async function cellsOf(bytes: Uint8Array, name: string): Promise<string[][]> {
  const result = await readSource(bytes, name);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.source.blocks.filter((b): b is Extract<SourceBlock, { kind: 'table' }> => b.kind === 'table').flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
}

async function blocksOf(bytes: Uint8Array): Promise<SourceBlock[]> {
  const result = await readSource(bytes, '导出.xlsx');
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.source.blocks;
}

describe('Strict Open XML date cells (t="d")', () => {
  it('shows an ISO 8601 date through the cell’s date format, as the serial would show', async () => {
    const rows = await cellsOf(strictXlsx('<c r="A1" t="inlineStr"><is><t>完工时间</t></is></c><c r="B1" s="1" t="d"><v>2025-10-31T00:00:00</v></c><c r="C1" t="n"><v>0.9604</v></c><c r="D1" s="2"><v>0.9604</v></c>'), '自评表.xlsx');
    expect(rows).toEqual([['完工时间', '2025年10月31日', '0.9604', '96.04%']]);
  });

  it('shows a date cell without a date format as an ISO date, with its time when it has one', () => {
    expect(formatIsoDateCell('2025-06-30T00:00:00', undefined)).toBe('2025-06-30');
    expect(formatIsoDateCell('2025-06-30T14:30:00', 'General')).toBe('2025-06-30 14:30');
    expect(formatIsoDateCell('2025-06-30', 'yyyy/m/d')).toBe('2025/6/30');
  });

  it('keeps a date cell’s text that is no ISO date as written', () => {
    expect(formatIsoDateCell(' 2025年6月底前 ', 'yyyy/m/d')).toBe('2025年6月底前');
    expect(formatIsoDateCell('2025-13-45', undefined)).toBe('2025-13-45');
  });
});

describe('Word Strict Open XML and macro-enabled / template packages', () => {
  const table = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>基层医疗卫生机构能力提升</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';

  it('reads a Strict document (purl namespaces) as a transitional one', async () => {
    const transitional = docxWithBody(table);
    const bytes = zipParts({
      'word/document.xml': `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main" w:conformance="strict"><w:body>${table}</w:body></w:document>`,
    });
    expect(await cellsOf(bytes, '申报表.docm')).toEqual(await cellsOf(transitional, '申报表.docx'));
  });

  it.each(['目标表.xlsm', '目标表.xltx'])('reads %s by its parts, whatever the name', async (name) => {
    const bytes = xlsxWithSheets([{ name: '目标表', xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c></row></sheetData>' }], { 'xl/vbaProject.bin': 'x' });
    expect(await cellsOf(bytes, name)).toEqual([['项目名称']]);
  });
});

describe('an Excel binary workbook (.xlsb)', () => {
  it('is refused in Chinese, naming 另存为 .xlsx', async () => {
    const result = await readSource(zipParts({ 'xl/workbook.bin': 'binary', '[Content_Types].xml': '<Types/>' }), '自评表.xlsb');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'unsupported-format', message: expect.stringMatching(/\.xlsb.*另存为.*\.xlsx/) }] });
  });

  it('does not refuse a workbook that has its XML part beside a binary one', async () => {
    const bytes = xlsxWithSheets([{ name: '表', xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>指标</t></is></c></row></sheetData>' }], { 'xl/workbook.bin': 'x' });
    expect(await cellsOf(bytes, '表.xlsx')).toEqual([['指标']]);
  });
});

describe('Apple Numbers’ export to Excel', () => {
  const text = (t: string, r: number) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${t}</t></is></c></row>`;
  const summary = { name: '导出摘要', xml: `<sheetData>${text('此文稿已从 Numbers 导出。每个表格均已转换为 Excel 工作表。', 1)}${text('Numbers 工作表名称', 2)}</sheetData>` };

  it('skips the export summary, drops default table names and takes a named table’s name as heading', async () => {
    const blocks = await blocksOf(xlsxWithSheets([
      summary,
      { name: '整体绩效目标 - 2026年度部门整体绩效目标表', xml: `<sheetData>${text('部门（单位）名称', 1)}</sheetData>` },
      { name: '整体绩效目标 - 表格 2', xml: `<sheetData>${text('表格 2', 1)}${text('年度主要任务', 2)}</sheetData>` },
    ]));
    expect(blocks.map((b) => (b.kind === 'text' ? `# ${b.text}` : b.rows.map((r) => r.cells[0]!.text).join('|')))).toEqual([
      '# 2026年度部门整体绩效目标表', '部门（单位）名称', '年度主要任务',
    ]);
  });

  it('keeps a sheet named with a dash, and a first row that says more than a table name', async () => {
    const blocks = await blocksOf(xlsxWithSheets([{ name: '2025 - 项目自评', xml: `<sheetData>${text('表格 2 说明', 1)}${text('指标', 2)}</sheetData>` }]));
    expect(blocks[0]).toMatchObject({ kind: 'text', text: '2025 - 项目自评' });
    expect(blocks[1]).toMatchObject({ kind: 'table', rows: [{ cells: [{ text: '表格 2 说明' }] }, { cells: [{ text: '指标' }] }] });
  });

  it.each([
    ['整体绩效目标 - 表格 3', false, null],
    ['Sheet 1 - Table 1', true, null],
    ['项目 - 自评表', false, '项目 - 自评表'],
    ['项目 - 自评表', true, '自评表'],
    ['自评表', true, '自评表'],
  ])('%s (from Numbers: %s) gives the heading %s', (name, numbers, heading) => {
    expect(sheetHeading(name, numbers)).toBe(heading);
  });
});
