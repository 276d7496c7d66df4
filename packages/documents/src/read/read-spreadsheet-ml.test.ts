import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../model/source-document';
import { readSource } from './read-source';

const book = (sheets: string) =>
  `<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Styles><Style ss:ID="p"><NumberFormat ss:Format="Percent"/></Style></Styles>${sheets}</Workbook>`;
const cell = (text: string, attrs = '', type = 'String') => `<Cell${attrs}><Data ss:Type="${type}">${text}</Data></Cell>`;

function rows(blocks: SourceBlock[]) {
  return blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells) : []));
}

describe('readSpreadsheetMl (Excel 2003 XML, exported as .xls)', () => {
  it('lays merges, skipped cells, hidden rows and columns (also by zero width) out as an .xlsx sheet; a comment is no value', async () => {
    const xml = book(
      '<Worksheet ss:Name="表"><Table><Column ss:Hidden="1"/><Column ss:Index="5" ss:Width="0"/>' +
        `<Row>${cell('id')}${cell('一级指标')}${cell('三级指标')}${cell('指标值')}${cell('guid')}</Row>` +
        `<Row>${cell('1')}${cell('产出指标', ' ss:MergeDown="2"')}${cell('人数')}${cell('0.95', ' ss:StyleID="p"', 'Number')}</Row>` +
        `<Row ss:Hidden="1">${cell('2')}${cell('旧指标', ' ss:Index="3"')}</Row>` +
        `<Row>${cell('3')}<Cell ss:Index="3"><Data ss:Type="String">次数</Data><Comment><ss:Data>批注</ss:Data></Comment></Cell></Row>` +
        `<Row>${cell('合计', ' ss:Index="2" ss:MergeAcross="2"')}</Row>` +
        '</Table></Worksheet>' +
        '<Worksheet ss:Name="藏"><Table><Row>' + cell('x') + '</Row></Table><WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions></Worksheet>',
    );
    const result = await readSource(new TextEncoder().encode(xml), '导出.xls');
    if (!result.ok) throw new Error(result.issues[0]!.message);
    expect(rows(result.source.blocks)).toEqual([
      [{ text: '一级指标' }, { text: '三级指标' }, { text: '指标值' }],
      [{ text: '产出指标', rowSpan: 2 }, { text: '人数' }, { text: '95.00%' }],
      [{ text: '', mergedFromAbove: true }, { text: '次数' }, { text: '' }],
      [{ text: '合计', colSpan: 3 }],
    ]);
    expect(result.source.notes).toEqual(['已跳过隐藏的工作表“藏”。']);
  });
});
