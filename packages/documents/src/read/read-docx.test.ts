import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceBlock, SourceRow } from '../model/source-document';
import { readSource } from './read-source';
import { docxWithBody } from './testing/ooxml-fixtures';
import { type SeedBlock, buildDocx, planSeedBlocks, plannedGrid, sourceGrid } from './testing/seed-fixtures';

const SEED_002 = '/work/shared/seeds/002_c249137699a6a217.txt';

async function read(bytes: Uint8Array, name = '测试.docx') {
  const result = await readSource(bytes, name);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  expect(result.source.format).toBe('docx');
  return result.source;
}

const tables = (blocks: SourceBlock[]) => blocks.filter((b): b is Extract<SourceBlock, { kind: 'table' }> => b.kind === 'table');

describe('readDocx on a Word file built from the seed 002 tables', () => {
  const planned = planSeedBlocks(readFileSync(SEED_002, 'utf8'));
  const plannedTables = planned.filter((b): b is Extract<SeedBlock, { kind: 'table' }> => b.kind === 'table');

  it('reads every table with the same logical grid', async () => {
    const source = await read(await buildDocx(planned));
    const got = tables(source.blocks);
    expect(got).toHaveLength(plannedTables.length);
    expect(plannedTables.length).toBeGreaterThanOrEqual(5);
    got.forEach((t, i) => expect(sourceGrid(t.rows)).toEqual(plannedGrid(plannedTables[i]!.rows)));
  });

  it('keeps vertical merges of the level columns as rowSpan + mergedFromAbove, and header gridSpans', async () => {
    const source = await read(await buildDocx(planned));
    const first = tables(source.blocks)[1]!;
    const header = first.rows.findIndex((r) => r.cells[0]?.text === '一级指标');
    expect(header).toBeGreaterThan(0);
    expect(first.rows[header]!.cells.every((c) => c.bold)).toBe(true);
    const body = first.rows.slice(header + 1);
    // 产出指标 covers its 数量/质量/时效/成本 rows.
    expect(body[0]!.cells[0]).toEqual({ text: '产出指标', rowSpan: 4 });
    for (const r of body.slice(1, 4)) expect(r.cells[0]).toEqual({ text: '', mergedFromAbove: true });
    expect(body[4]!.cells[0]).toMatchObject({ text: '效果指标', rowSpan: 2 });
    // The project header row spans: 项目编码 | code (2 columns) | 项目名称 | name (2 columns).
    const top = first.rows[0]!.cells;
    expect(top.map((c) => [c.text, c.colSpan ?? 1])).toEqual([
      ['项目编码', 1],
      ['318-1301-JBN-RKLW', 2],
      ['项目名称', 1],
      ['财税征收经费', 2],
    ]);
    expect(top[0]!.bold).toBe(true);
    expect(top[1]!.bold).toBeUndefined();
  });

  it('keeps body paragraphs in order with heading levels from the Heading styles', async () => {
    const source = await read(await buildDocx(planned));
    const texts = source.blocks.filter((b) => b.kind === 'text');
    const plannedTexts = planned.filter((b) => b.kind === 'text');
    expect(texts.map((t) => t.text)).toEqual(plannedTexts.map((t) => t.text));
    expect(texts.map((t) => t.heading)).toEqual(plannedTexts.map((t) => t.heading));
    // Blocks interleave in document order: the table follows its title paragraph.
    const firstTable = source.blocks.findIndex((b) => b.kind === 'table');
    expect(source.blocks[firstTable - 1]).toMatchObject({ kind: 'text' });
  });
});

const p = (text: string, rPr = '') => `<w:p><w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (inner: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${inner}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

describe('readDocx details (hand-written WordprocessingML)', () => {
  const cases: { name: string; body: string; expected: SourceBlock[] }[] = [
    {
      name: 'tabs, breaks, deleted and inserted revisions, field codes, bookmarks',
      body:
        '<w:p><w:bookmarkStart w:id="0" w:name="_Toc1"/><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r>' +
        '<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:ins><w:r><w:t>新增的</w:t></w:r></w:ins>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        '<w:bookmarkEnd w:id="0"/></w:p>',
      expected: [{ kind: 'text', text: '甲\t乙\n丙新增的3', line: 1 }],
    },
    {
      name: 'a table row deleted with track changes (w:trPr/w:del) is left out, as the document reads once accepted',
      body: `<w:tbl>${tr(tc(p('一级')), tc(p('三级')))}<w:tr><w:trPr><w:del w:id="7" w:author="审核人"/></w:trPr>${tc('<w:p><w:del><w:r><w:delText>产出</w:delText></w:r></w:del></w:p>')}${tc('<w:p><w:del><w:r><w:delText>旧指标</w:delText></w:r></w:del></w:p>')}</w:tr>${tr(tc(p('产出')), tc(p('新指标')))}</w:tbl>`,
      expected: [{ kind: 'table', rows: [{ cells: [{ text: '一级' }, { text: '三级' }], line: 1 }, { cells: [{ text: '产出' }, { text: '新指标' }], line: 3 }] }],
    },
    {
      name: 'hidden text (w:vanish) is left out; w:vanish w:val="0" is shown',
      body: '<w:p><w:r><w:t>新建农田2.5万亩</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（填写示例）</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>；</w:t></w:r></w:p>',
      expected: [{ kind: 'text', text: '新建农田2.5万亩；', line: 1 }],
    },
    {
      name: 'struck (w:strike) and double-struck (w:dstrike) runs are a revised draft\'s deleted words; w:strike w:val="0" is shown',
      body: '<w:p><w:r><w:t>≥</w:t></w:r><w:r><w:rPr><w:strike/></w:rPr><w:t>1.5</w:t></w:r><w:r><w:rPr><w:dstrike w:val="true"/></w:rPr><w:t>1.4</w:t></w:r><w:r><w:t>1.35</w:t></w:r><w:r><w:rPr><w:strike w:val="0"/></w:rPr><w:t>万亩</w:t></w:r></w:p>',
      expected: [{ kind: 'text', text: '≥1.35万亩', line: 1 }],
    },
    {
      name: 'a content control showing its placeholder holds nothing; a filled one holds its text',
      body:
        `<w:tbl>${tr(tc('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>单击或点击此处输入文字。</w:t></w:r></w:p></w:sdtContent></w:sdt>'), tc('<w:p><w:sdt><w:sdtPr><w:dropDownList/></w:sdtPr><w:sdtContent><w:r><w:t>≥</w:t></w:r></w:sdtContent></w:sdt><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>选择一项。</w:t></w:r></w:sdtContent></w:sdt></w:p>'))}</w:tbl>`,
      expected: [{ kind: 'table', rows: [{ cells: [{ text: '' }, { text: '≥' }], line: 1 }] }],
    },
    {
      name: 'entities and character references decode, nothing else expands',
      body: p('&lt;b&gt; &amp; &#8805;95&#x25; &unknown;'),
      expected: [{ kind: 'text', text: '<b> & ≥95% &unknown;', line: 1 }],
    },
    {
      name: 'bold runs; w:b w:val="0" is not bold; cell bold only when all its text is',
      body: `<w:tbl>${tr(tc(p('指标', '<w:b/>')), tc(p('值', '<w:b w:val="0"/>')))}${tr(tc(p('甲', '<w:b/>') + p('乙')), tc(p('1')))}</w:tbl>`,
      expected: [
        {
          kind: 'table',
          rows: [
            { cells: [{ text: '指标', bold: true }, { text: '值' }], line: 1 },
            { cells: [{ text: '甲\n乙' }, { text: '1' }], line: 3 },
          ],
        },
      ],
    },
    {
      name: 'gridSpan and vMerge restart/continue with a span',
      body: `<w:tbl>${tr(tc(p('表头'), '<w:gridSpan w:val="3"/>'))}${tr(tc(p('产出'), '<w:vMerge w:val="restart"/>'), tc(p('数量'), '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'))}${tr(tc(p(''), '<w:vMerge/>'), tc(p(''), '<w:gridSpan w:val="2"/><w:vMerge/>'))}${tr(tc(p(''), '<w:vMerge w:val="continue"/>'), tc(p('质量')), tc(p('x')))}</w:tbl>`,
      expected: [
        {
          kind: 'table',
          rows: [
            { cells: [{ text: '表头', colSpan: 3 }], line: 1 },
            { cells: [{ text: '产出', rowSpan: 3 }, { text: '数量', colSpan: 2, rowSpan: 2 }], line: 2 },
            { cells: [{ text: '', mergedFromAbove: true }, { text: '', colSpan: 2, mergedFromAbove: true }], line: 4 },
            { cells: [{ text: '', mergedFromAbove: true }, { text: '质量' }, { text: 'x' }], line: 6 },
          ],
        },
      ],
    },
    {
      name: 'a nested table is flattened into its cell, one line per row',
      body: `<w:tbl>${tr(tc(p('说明')), tc(p('见下表') + `<w:tbl>${tr(tc(p('a')), tc(p('b')))}${tr(tc(p('c')), tc(p('d')))}</w:tbl>`))}</w:tbl>`,
      expected: [{ kind: 'table', rows: [{ cells: [{ text: '说明' }, { text: '见下表\na\tb\nc\td' }], line: 1 }] }],
    },
    {
      name: 'a one-cell frame table is unwrapped into its content',
      body: `<w:tbl>${tr(tc(p('标题') + `<w:tbl>${tr(tc(p('a')), tc(p('b')))}${tr(tc(p('c')), tc(p('d')))}</w:tbl>`))}</w:tbl>`,
      expected: [
        { kind: 'text', text: '标题', line: 1 },
        {
          kind: 'table',
          rows: [
            { cells: [{ text: 'a' }, { text: 'b' }], line: 2 },
            { cells: [{ text: 'c' }, { text: 'd' }], line: 4 },
          ],
        },
      ],
    },
    {
      name: 'content controls and text boxes: sdt content kept, a text box read before its paragraph',
      body:
        `<w:sdt><w:sdtPr/><w:sdtContent>${p('控件里的段落')}</w:sdtContent></w:sdt>` +
        '<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:drawing><wp:inline><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r></w:p>',
      expected: [
        { kind: 'text', text: '控件里的段落', line: 1 },
        { kind: 'text', text: '文本框', line: 2 },
        { kind: 'text', text: '正文', line: 3 },
      ],
    },
    {
      // Word 2010+ saves a text box twice: DrawingML for itself, VML for older readers.
      name: 'a text box saved as mc:AlternateContent is read once (the Choice, not the Fallback)',
      body:
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wps:txbx><w:txbxContent><w:p><w:r><w:t>2025年度项目支出绩效目标表</w:t></w:r></w:p></w:txbxContent></wps:txbx></wp:anchor></w:drawing></mc:Choice>' +
        '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>2025年度项目支出绩效目标表</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>' +
        p('填报单位：某某局'),
      expected: [
        { kind: 'text', text: '2025年度项目支出绩效目标表', line: 1 },
        { kind: 'text', text: '填报单位：某某局', line: 3 },
      ],
    },
    {
      name: 'gridBefore keeps vertical merges aligned to grid columns',
      body: `<w:tbl>${tr(tc(p('a')), tc(p('b'), '<w:vMerge w:val="restart"/>'))}<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p(''), '<w:vMerge/>')}</w:tr></w:tbl>`,
      expected: [
        {
          kind: 'table',
          rows: [
            { cells: [{ text: 'a' }, { text: 'b', rowSpan: 2 }], line: 1 },
            { cells: [{ text: '', mergedFromAbove: true }], line: 3 },
          ],
        },
      ],
    },
  ];

  it.each(cases)('$name', async ({ body, expected }) => {
    const source = await read(docxWithBody(body));
    expect(source.blocks).toEqual(expected);
  });

  it('takes heading levels from styles.xml names (标题 1) and outline levels', async () => {
    const styles =
      '<?xml version="1.0"?><w:styles xmlns:w="x"><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="标题 2"/></w:style><w:style w:type="paragraph" w:styleId="zdy"><w:name w:val="自定义"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style></w:styles>';
    const para = (id: string, t: string) => `<w:p><w:pPr><w:pStyle w:val="${id}"/></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const source = await read(docxWithBody(para('1', '第一部分') + para('a5', '一、目标') + para('zdy', '（一）任务') + para('other', '正文'), { 'word/styles.xml': styles }));
    expect(source.blocks.map((b) => (b.kind === 'text' ? [b.text, b.heading] : null))).toEqual([
      ['第一部分', 1],
      ['一、目标', 2],
      ['（一）任务', 3],
      ['正文', undefined],
    ]);
  });

  it('writes automatic list labels from numbering.xml (一、 （一） 1.), also for numbered heading styles', async () => {
    const numbering =
      '<?xml version="1.0"?><w:numbering xmlns:w="x"><w:abstractNum w:abstractNumId="7">' +
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>' +
      '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>' +
      '<w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>';
    const styles = '<?xml version="1.0"?><w:styles xmlns:w="x"><w:style w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style></w:styles>';
    const item = (ilvl: number, t: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const body =
      `<w:p><w:pPr><w:pStyle w:val="2"/></w:pPr><w:r><w:t>总体绩效目标</w:t></w:r></w:p>` +
      item(1, '绩效目标：拟订财税发展规划') + item(1, '绩效目标：强化制度保障') + item(0, '分项绩效目标') + item(1, '甲') + item(2, '乙') + item(3, '丙');
    const source = await read(docxWithBody(body, { 'word/numbering.xml': numbering, 'word/styles.xml': styles }));
    expect(source.blocks.map((b) => (b.kind === 'text' ? b.text : ''))).toEqual([
      '一、总体绩效目标',
      '（一）绩效目标：拟订财税发展规划',
      '（二）绩效目标：强化制度保障',
      '二、分项绩效目标',
      '（一）甲',
      '1.乙',
      '丙',
    ]);
    expect(source.blocks[0]).toMatchObject({ heading: 2 });
  });

  it('reads a table of 5000 rows quickly', async () => {
    const rows: string[] = [];
    for (let i = 0; i < 5000; i++) rows.push(tr(tc(p(`指标${i}`)), tc(p('≥95%'))));
    const started = Date.now();
    const source = await read(docxWithBody(`<w:tbl>${rows.join('')}</w:tbl>`));
    expect(Date.now() - started).toBeLessThan(3000);
    const t = tables(source.blocks)[0]!;
    expect(t.rows).toHaveLength(5000);
    expect((t.rows[4999] as SourceRow).cells[0]!.text).toBe('指标4999');
  });
});
