import { describe, expect, it } from 'vitest';
import type { SourceBlock, SourceDocument } from '../model/source-document';
import { readSource } from './read-source';
import { flatOdf, odfPackage } from './testing/odf-fixtures';

const p = (text: string, style = '') => `<text:p${style ? ` text:style-name="${style}"` : ''}>${text}</text:p>`;
const cell = (inner: string, attrs = '') => `<table:table-cell${attrs ? ` ${attrs}` : ''} office:value-type="string">${inner}</table:table-cell>`;
const row = (cells: string, attrs = '') => `<table:table-row${attrs ? ` ${attrs}` : ''}>${cells}</table:table-row>`;
const table = (rows: string, columns = '', name = 'Table1') => `<table:table table:name="${name}">${columns}${rows}</table:table>`;

async function read(bytes: Uint8Array | string, name: string): Promise<SourceDocument> {
  const result = await readSource(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, name);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.source;
}

const tables = (doc: SourceDocument) => doc.blocks.filter((b): b is Extract<SourceBlock, { kind: 'table' }> => b.kind === 'table');
const grid = (doc: SourceDocument, k = 0) => tables(doc)[k]!.rows.map((r) => r.cells.map((c) => (c.mergedFromAbove ? '^' : c.text)));
const texts = (doc: SourceDocument) => doc.blocks.filter((b) => b.kind === 'text').map((b) => (b as { text: string }).text);

const LIST_STYLES =
  '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" loext:num-list-format="%1%、" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>' +
  '<text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="1"/></text:list-style>' +
  '<text:list-style style:name="B1"><text:list-level-style-bullet text:level="1" text:bullet-char="●"/></text:list-style>';
const TEXT_STYLES =
  '<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>' +
  '<style:style style:name="T2" style:family="text"><style:text-properties style:text-line-through-style="solid"/></style:style>' +
  '<style:style style:name="ta-hidden" style:family="table"><style:table-properties table:display="false"/></style:style>';

const writerCases: { name: string; body: string; check: (doc: SourceDocument) => void }[] = [
  {
    name: 'paragraphs, headings and tables in document order',
    body: `<text:h text:outline-level="2">一、基本情况</text:h>${p('说明文字')}${table(row(cell(p('项目名称')) + cell(p('某工程'))) + row(cell(p('主管部门')) + cell(p('某局'))))}${p('填报人：张三')}`,
    check: (doc) => {
      expect(doc.format).toBe('odt');
      expect(doc.blocks[0]).toMatchObject({ kind: 'text', text: '一、基本情况', heading: 2 });
      expect(doc.blocks.map((b) => b.kind)).toEqual(['text', 'text', 'table', 'text']);
      expect(grid(doc)).toEqual([['项目名称', '某工程'], ['主管部门', '某局']]);
    },
  },
  {
    name: 'column and row spans with covered cells',
    body: table(
      row(cell(p('项目资金'), 'table:number-rows-spanned="2"') + cell(p('总额'), 'table:number-columns-spanned="2"') + '<table:covered-table-cell/>') +
        row('<table:covered-table-cell/>' + cell(p('财政')) + cell(p('100'))),
    ),
    check: (doc) => {
      const rows = tables(doc)[0]!.rows;
      expect(rows[0]!.cells).toEqual([{ text: '项目资金', rowSpan: 2 }, { text: '总额', colSpan: 2 }]);
      expect(rows[1]!.cells).toEqual([{ text: '', mergedFromAbove: true }, { text: '财政' }, { text: '100' }]);
    },
  },
  {
    name: 'text:s runs of spaces, tabs, line breaks; other white space collapses',
    body: table(row(cell(p('A<text:s text:c="3"/>B<text:tab/>C<text:line-break/>D   \n  E')) + cell(p('x'))) + row(cell(p('y')) + cell(p('z')))),
    check: (doc) => expect(grid(doc)[0]![0]).toBe('A   B\tC\nD E'),
  },
  {
    name: 'tracked changes: the deleted text is not text, the inserted is',
    body: `<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>${p('旧值2,800')}</text:deletion></text:changed-region></text:tracked-changes>${table(
      row(cell(p('金额')) + cell(p('<text:change text:change-id="c1"/><text:change-start text:change-id="c2"/>3,150<text:change-end text:change-id="c2"/>'))) + row(cell(p('a')) + cell(p('b'))),
    )}`,
    check: (doc) => {
      expect(grid(doc)[0]).toEqual(['金额', '3,150']);
      expect(JSON.stringify(doc.blocks)).not.toContain('旧值');
    },
  },
  {
    name: 'hidden and struck-through spans are left out, notes and comments too',
    body: p('目标<text:span text:style-name="T1">（填写说明）</text:span>值<text:span text:style-name="T2">删去</text:span><text:note><text:note-citation>1</text:note-citation><text:note-body>' + p('脚注') + '</text:note-body></text:note><office:annotation>' + p('批注') + '</office:annotation>'),
    check: (doc) => expect(texts(doc)).toEqual(['目标值']),
  },
  {
    name: 'nested list labels from the list style, bullets unlabelled',
    body: `<text:list text:style-name="L1"><text:list-item>${p('公共文化')}<text:list><text:list-item>${p('书房')}</text:list-item><text:list-item>${p('活动')}</text:list-item></text:list></text:list-item><text:list-item>${p('市场监管')}<text:list><text:list-item>${p('检查')}</text:list-item></text:list></text:list-item></text:list><text:list text:style-name="B1"><text:list-item>${p('要点')}</text:list-item></text:list>`,
    check: (doc) => expect(texts(doc)).toEqual(['一、公共文化', '（1）书房', '（2）活动', '二、市场监管', '（1）检查', '要点']),
  },
  {
    name: 'a list that continues numbering, and one that restarts',
    body: `<text:list text:style-name="L1"><text:list-item>${p('甲')}</text:list-item></text:list>${p('插话')}<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item>${p('乙')}</text:list-item></text:list><text:list text:style-name="L1"><text:list-item>${p('丙')}</text:list-item></text:list>`,
    check: (doc) => expect(texts(doc)).toEqual(['一、甲', '插话', '二、乙', '一、丙']),
  },
  {
    name: 'a list inside a cell joins its items as lines',
    body: table(row(cell(p('年度目标')) + cell(`<text:list text:style-name="L1"><text:list-item>${p('完成A')}</text:list-item><text:list-item>${p('完成B')}</text:list-item></text:list>`)) + row(cell(p('x')) + cell(p('y')))),
    check: (doc) => expect(grid(doc)[0]![1]).toBe('一、完成A\n二、完成B'),
  },
  {
    name: 'a table split by a page break stays two tables; soft page breaks between rows are ignored',
    body: `${table(row(cell(p('一级')) + cell(p('二级'))) + '<text:soft-page-break/>' + row(cell(p('产出')) + cell(p('数量'))))}<text:p text:style-name="PB"/>${table(row(cell(p('效益')) + cell(p('社会'))) + row(cell(p('满意度')) + cell(p('服务对象'))), '', 'Table2')}`,
    check: (doc) => {
      expect(tables(doc)).toHaveLength(2);
      expect(grid(doc, 0)).toEqual([['一级', '二级'], ['产出', '数量']]);
    },
  },
  {
    name: 'a one-cell table is a frame: its content is read in place',
    body: table(row(cell(p('附件1') + p('绩效目标表')))),
    check: (doc) => expect(texts(doc)).toEqual(['附件1', '绩效目标表']),
  },
];

describe('readOdf: Writer documents (.odt)', () => {
  it.each(writerCases)('$name', async ({ body, check }) => {
    check(await read(odfPackage('text', body, { automaticStyles: TEXT_STYLES, styles: LIST_STYLES }), '表.odt'));
  });

  it('reads a flat .fodt the same way', async () => {
    const doc = await read(flatOdf('text', table(row(cell(p('一级指标')) + cell(p('二级指标'))) + row(cell(p('产出')) + cell(p('数量'))))), '表.fodt');
    expect(doc.format).toBe('odt');
    expect(grid(doc)).toEqual([['一级指标', '二级指标'], ['产出', '数量']]);
  });
});

const num = (value: string, shown: string, type = 'float', attrs = '') => `<table:table-cell office:value-type="${type}" office:value="${value}"${attrs ? ` ${attrs}` : ''}><text:p>${shown}</text:p></table:table-cell>`;
const empty = (n: number) => `<table:table-cell table:number-columns-repeated="${n}"/>`;

const calcCases: { name: string; body: string; check: (doc: SourceDocument) => void }[] = [
  {
    name: 'percentages and numbers show their displayed text, not the stored value',
    body: table(row(cell(p('执行率')) + num('0.9512', '95.12%', 'percentage') + num('1180.62', '1,180.62')) + row(cell(p('日期')) + `<table:table-cell office:value-type="date" office:date-value="2025-12-31"><text:p>2025年12月31日</text:p></table:table-cell>`), '', '自评表'),
    check: (doc) => {
      expect(doc.format).toBe('ods');
      expect(doc.blocks[0]).toEqual({ kind: 'text', text: '自评表', heading: 2 });
      expect(grid(doc)).toEqual([['执行率', '95.12%', '1,180.62'], ['日期', '2025年12月31日', '']]);
    },
  },
  {
    name: 'a value written without its text is shown from office:value',
    body: table(row(`<table:table-cell office:value-type="percentage" office:value="0.95"/>` + `<table:table-cell office:value-type="float" office:value="12.5"/>` + `<table:table-cell office:value-type="date" office:date-value="2025-06-30T00:00:00"/>`)),
    check: (doc) => expect(grid(doc)).toEqual([['95%', '12.5', '2025-06-30']]),
  },
  {
    name: 'Calc padding repeats (16,384 columns, 1,048,576 rows) only move the position',
    body: table(
      row(cell(p('一级指标')) + cell(p('指标值')) + empty(16382)) + row(cell(p('产出')) + num('5', '5') + empty(16382)) + `<table:table-row table:number-rows-repeated="1048574">${empty(16384)}</table:table-row>`,
      '<table:table-column table:number-columns-repeated="16384"/>',
    ),
    check: (doc) => expect(grid(doc)).toEqual([['一级指标', '指标值'], ['产出', '5']]),
  },
  {
    name: 'a repeated cell and row with content are copied',
    body: table(row(cell(p('√'), 'table:number-columns-repeated="3"')) + row(cell(p('同上')), 'table:number-rows-repeated="2"')),
    check: (doc) => expect(grid(doc)).toEqual([['√', '√', '√'], ['同上', '', ''], ['同上', '', '']]),
  },
  {
    name: 'hidden columns and hidden or filtered rows are left out, as in an .xlsx',
    body: table(
      row(cell(p('名称')) + cell(p('上年')) + cell(p('本年'))) + row(cell(p('隐藏行')) + cell(p('1')) + cell(p('2')), 'table:visibility="collapse"') + row(cell(p('筛掉')) + cell(p('1')) + cell(p('2')), 'table:visibility="filter"') + row(cell(p('留下')) + cell(p('3')) + cell(p('4'))),
      '<table:table-column/><table:table-column table:visibility="collapse"/><table:table-column table:number-columns-repeated="1022"/>',
    ),
    check: (doc) => expect(grid(doc)).toEqual([['名称', '本年'], ['留下', '4']]),
  },
  {
    name: 'rows a folded row group hides are read, as a reader unfolds them',
    body: table(row(cell(p('产出指标'))) + `<table:table-row-group table:display="false">${row(cell(p('数量指标')), 'table:visibility="collapse"')}</table:table-row-group>` + row(cell(p('效益指标')))),
    check: (doc) => expect(grid(doc)).toEqual([['产出指标'], ['数量指标'], ['效益指标']]),
  },
  {
    name: 'a merge whose first column is hidden keeps its text in the visible part',
    body: table(row(cell(p('得分'), 'table:number-columns-spanned="3"') + '<table:covered-table-cell table:number-columns-repeated="2"/>') + row(cell(p('a')) + cell(p('b')) + cell(p('c'))), '<table:table-column table:visibility="collapse"/><table:table-column table:number-columns-repeated="2"/>'),
    check: (doc) => expect(tables(doc)[0]!.rows[0]!.cells).toEqual([{ text: '得分', colSpan: 2 }]),
  },
  {
    name: 'several sheets in order; a hidden sheet is skipped with a note; comments are not values',
    body: `${table(row(cell(p('甲表') + '<office:annotation><text:p>批注</text:p></office:annotation>')), '', '甲')}<table:table table:name="说明" table:style-name="ta-hidden">${row(cell(p('填表说明')))}</table:table>${table(row(cell(p('乙表'))), '', '乙')}`,
    check: (doc) => {
      expect(texts(doc)).toEqual(['甲', '乙']);
      expect(grid(doc, 0)).toEqual([['甲表']]);
      expect(grid(doc, 1)).toEqual([['乙表']]);
      expect(doc.notes.join()).toContain('隐藏的工作表“说明”');
    },
  },
];

describe('readOdf: Calc workbooks (.ods)', () => {
  it.each(calcCases)('$name', async ({ body, check }) => {
    check(await read(odfPackage('spreadsheet', body, { automaticStyles: TEXT_STYLES }), '表.ods'));
  });

  it('reads a flat .fods the same way', async () => {
    const doc = await read(flatOdf('spreadsheet', table(row(cell(p('一级指标')) + num('0.9', '90%', 'percentage')), '', '表1')), '表.fods');
    expect(grid(doc)).toEqual([['一级指标', '90%']]);
  });

  it('knows an OpenDocument by its mimetype, whatever the file is named', async () => {
    const doc = await read(odfPackage('spreadsheet', table(row(cell(p('指标')))), {}), '下载文件');
    expect(doc.format).toBe('ods');
  });
});
