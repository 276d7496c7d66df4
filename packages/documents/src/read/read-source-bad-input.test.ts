import { describe, expect, it } from 'vitest';
import { readPdf2HtmlPages } from './pdf2html-pages';
import { DEFAULT_READ_LIMITS } from './read-limits';
import { readSource } from './read-source';
import { odfPackage } from './testing/odf-fixtures';
import { docxWithBody, xlsxWithSheets, zeroBombZip, zipParts } from './testing/ooxml-fixtures';

const CHINESE = /[\u4e00-\u9fff]/;

function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const validDocx = docxWithBody('<w:tbl><w:tr><w:tc><w:p><w:r><w:t>一级指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>二级指标</w:t></w:r></w:p></w:tc></w:tr></w:tbl>');

const ole2 = (() => {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return b;
})();

const sharedStringsBomb = (() => {
  const n = 600_000;
  const parts: string[] = ['<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'];
  for (let i = 0; i < n; i++) parts.push('<si><t>字</t></si>');
  parts.push('</sst>');
  return xlsxWithSheets([{ name: '表1', xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }], { 'xl/sharedStrings.xml': parts.join('') });
})();

const billionLaughs = docxWithBody('', {
  'word/document.xml':
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>',
});

const MOJIBAKE = new TextDecoder('gb18030')
  .decode(new TextEncoder().encode('项目名称\t农村饮水安全巩固提升工程\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t集中供水工程改造处数\t≥12处\n效益指标\t社会效益指标\t农村集中供水率\t≥92%\n'))
  .replace(/\uFFFD/g, '');

const cases: { name: string; file: string; bytes: () => Uint8Array; code: string; says: RegExp }[] = [
  { name: 'empty file', file: '空.docx', bytes: () => new Uint8Array(0), code: 'empty', says: /空的/ },
  { name: 'whitespace only', file: '空白.txt', bytes: () => new TextEncoder().encode('  \n\t\n '), code: 'empty', says: /空白/ },
  // UTF-8 read as GBK and saved again (Excel opening a UTF-8 CSV, then 另存为): a page of rare characters.
  { name: 'mojibake text saved as UTF-8', file: '乱码.csv', bytes: () => new TextEncoder().encode(MOJIBAKE), code: 'mojibake', says: /乱码.*UTF-8/ },
  {
    name: 'mojibake kept in an .xlsx',
    file: '乱码.xlsx',
    bytes: () => xlsxWithSheets([{ name: 'Sheet1', xml: `<sheetData>${MOJIBAKE.split('\n').map((line, r) => `<row r="${r + 1}">${line.split('\t').map((t) => `<c t="inlineStr"><is><t>${t}</t></is></c>`).join('')}</row>`).join('')}</sheetData>` }]),
    code: 'mojibake',
    says: /生僻字/,
  },
  { name: 'random binary garbage', file: '乱码.bin', bytes: () => randomBytes(200_000, 7), code: 'not-a-document', says: /不是可识别的文档/ },
  { name: 'garbage named .docx', file: '乱码.docx', bytes: () => randomBytes(5000, 11), code: 'not-a-document', says: /扩展名 \.docx/ },
  { name: 'truncated docx', file: '截断.docx', bytes: () => validDocx.subarray(0, Math.floor(validDocx.length * 0.6)), code: 'zip-corrupt', says: /损坏或不完整/ },
  // An OLE2 header over nothing: the container cannot be opened (real .doc/.xls are read: read-ole.test.ts).
  { name: 'damaged old .doc (OLE2)', file: '旧文档.doc', bytes: () => ole2, code: 'ole-corrupt', says: /旧版 Word\/Excel 格式.*损坏.*另存为 \.docx\/\.xlsx/ },
  { name: 'PNG image', file: '截图.png', bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), code: 'image', says: /图片/ },
  {
    name: 'zip bomb, honest header',
    file: '炸弹.docx',
    bytes: () => zeroBombZip('word/document.xml', 70 * 1024 * 1024, 70 * 1024 * 1024),
    code: 'too-large-uncompressed',
    says: /解压后内容过大/,
  },
  {
    name: 'zip bomb, lying header',
    file: '炸弹2.docx',
    bytes: () => zeroBombZip('word/document.xml', 70 * 1024 * 1024, 1000),
    code: 'too-large-uncompressed',
    says: /解压后内容过大/,
  },
  {
    name: 'deeply nested XML in a docx',
    file: '嵌套.docx',
    bytes: () => docxWithBody(`${'<w:sdt><w:sdtContent>'.repeat(50_000)}${'</w:sdtContent></w:sdt>'.repeat(50_000)}`),
    code: 'xml-too-deep',
    says: /嵌套超过 256 层/,
  },
  {
    name: 'deeply nested RTF groups',
    file: '嵌套.rtf',
    bytes: () => new TextEncoder().encode(`{\\rtf1 ${'{'.repeat(200_000)}${'}'.repeat(200_000)}}`),
    code: 'rtf-corrupt',
    says: /RTF.*嵌套超过 256 层/,
  },
  { name: 'RTF with a huge \\bin and no text', file: '图片.rtf', bytes: () => new TextEncoder().encode('{\\rtf1{\\pict\\bin4000000000 {{{'), code: 'empty', says: /没有任何文字/ },
  { name: 'DTD / billion laughs', file: '实体.docx', bytes: () => billionLaughs, code: 'xml-dtd', says: /文档类型声明/ },
  { name: 'huge shared-strings table', file: '字符串.xlsx', bytes: () => sharedStringsBomb, code: 'shared-strings-too-large', says: /共享字符串表过大/ },
  {
    name: '50 MB text file',
    file: '超大.txt',
    bytes: () => new Uint8Array(50 * 1024 * 1024).fill(0x41).fill(0x0a, 1000, 1001),
    code: 'too-large',
    says: /超过文本导入上限 16 MB/,
  },
  { name: 'zip that is no Office document', file: '资料.zip', bytes: () => zipParts({ 'readme.txt': '说明' }), code: 'unsupported-format', says: /不是 Word/ },
  { name: 'PowerPoint file', file: '汇报.pptx', bytes: () => zipParts({ 'ppt/presentation.xml': '<p/>' }), code: 'unsupported-format', says: /PowerPoint/ },
  {
    name: 'unclosed XML',
    file: '坏.docx',
    bytes: () => docxWithBody('', { 'word/document.xml': '<w:document><w:body><w:p><w:r><w:t>abc' }),
    code: 'xml-corrupt',
    says: /word\/document\.xml）不完整/,
  },
  // OpenDocument: another kind than text or spreadsheet, a bomb behind the mimetype, repeats and nesting no form has.
  { name: 'OpenDocument presentation', file: '汇报.odp', bytes: () => odfPackage('presentation', '<draw:page/>'), code: 'unsupported-format', says: /演示文稿（\.odp）/ },
  { name: 'OpenDocument without content.xml', file: '残缺.odt', bytes: () => zipParts({ mimetype: 'application/vnd.oasis.opendocument.text', 'styles.xml': '<x/>' }), code: 'odf-corrupt', says: /缺少正文（content\.xml）/ },
  {
    name: 'zip bomb in an .ods content.xml',
    file: '炸弹.ods',
    bytes: () => zeroBombZip('content.xml', 70 * 1024 * 1024, 1000, { mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }),
    code: 'too-large-uncompressed',
    says: /解压后内容过大/,
  },
  {
    name: 'an .ods row with content repeated 1,048,576 times',
    file: '重复行.ods',
    bytes: () => odfPackage('spreadsheet', '<table:table table:name="表1"><table:table-row table:number-rows-repeated="1048576"><table:table-cell office:value-type="string"><text:p>同上</text:p></table:table-cell></table:table-row></table:table>'),
    code: 'sheet-too-large',
    says: /超过 100000 行/,
  },
  {
    name: 'an .ods cell with content repeated over 16,384 columns',
    file: '重复列.ods',
    bytes: () => odfPackage('spreadsheet', '<table:table table:name="表1"><table:table-row><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>√</text:p></table:table-cell></table:table-row></table:table>'),
    code: 'sheet-too-large',
    says: /超过 1000 列/,
  },
  {
    name: 'an .ods row spanning 50,000 rows, repeated 50,000 times',
    file: '合并.ods',
    bytes: () => odfPackage('spreadsheet', '<table:table table:name="表1"><table:table-row table:number-rows-repeated="50000"><table:table-cell table:number-rows-spanned="50000" office:value-type="string"><text:p>甲</text:p></table:table-cell></table:table-row></table:table>'),
    code: 'sheet-too-large',
    says: /合并单元格范围过大/,
  },
  {
    name: 'an .odt of space runs expanding past the text limit',
    file: '空格.odt',
    bytes: () => odfPackage('text', `<text:p>${'<text:s text:c="1000000"/>'.repeat(40_000)}</text:p>`),
    code: 'xml-too-large',
    says: /连续空格/,
  },
  {
    name: 'deeply nested lists in an .odt',
    file: '嵌套.odt',
    bytes: () => odfPackage('text', `${'<text:list><text:list-item>'.repeat(50_000)}${'</text:list-item></text:list>'.repeat(50_000)}`),
    code: 'xml-too-deep',
    says: /content\.xml）嵌套超过 256 层/,
  },
  {
    // 60 KB that stand for 2,000 M characters: the text a repeat copies counts, not only the cells.
    name: 'an .ods cell of 20,000 characters repeated over 1,000 columns and 100 rows',
    file: '重复文字.ods',
    bytes: () => odfPackage('spreadsheet', `<table:table table:name="表1"><table:table-row table:number-rows-repeated="100"><table:table-cell table:number-columns-repeated="1000" office:value-type="string"><text:p>${'绩效'.repeat(10_000)}</text:p></table:table-cell></table:table-row></table:table>`),
    code: 'sheet-too-large',
    says: /单元格文字.*超过 32M 字符/,
  },
  {
    name: 'an RTF of 17 M characters of body text',
    file: '长文.rtf',
    bytes: () => new TextEncoder().encode(`{\\rtf1\\ansi ${'a'.repeat(17 * 1024 * 1024)}}`),
    code: 'too-large',
    says: /RTF.*正文超过 16M 个字符/,
  },
  { name: 'text named .odt', file: '改名.odt', bytes: () => new TextEncoder().encode('项目名称\t某项目\n'), code: 'extension-mismatch', says: /扩展名是 \.odt/ },
];

describe('readSource refuses bad input with a Chinese message naming the file', () => {
  it.each(cases)('$name', async ({ file, bytes, code, says }) => {
    const started = Date.now();
    const result = await readSource(bytes(), file);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]!.code).toBe(code);
    expect(result.issues[0]!.message).toContain(file);
    expect(result.issues[0]!.message).toMatch(CHINESE);
    expect(result.issues[0]!.message).toMatch(says);
  });

  it.each([
    // Each `![` once made the picture pattern scan to the line's end; each space before a formula, the padding pattern.
    ['100,000 unclosed image marks on one line', `项目名称：测试 ${'!['.repeat(100_000)}`],
    ['a formula after 100,000 spaces', `项目名称：测试${' '.repeat(100_000)}b $\\geq$ 5`],
  ])('reads a markdown file of %s in well under a second', async (_what, text) => {
    const started = Date.now();
    const result = await readSource(new TextEncoder().encode(text), '转换.md');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.ok).toBe(true);
  });

  it.each([
    // Each unclosed one made a pattern scan to the page's end.
    ['unclosed text divs', `<div class="t m0">项目`.repeat(50_000)],
    ['div tags without their >', `<div class="t m0">项目</div>${'<div '.repeat(50_000)}`],
    ['unclosed style blocks', '<style>'.repeat(50_000)],
    ['@media with no rule block', `<style>${'@media'.repeat(50_000)}</style>`],
  ])('reads a pdf2htmlEX page of 50,000 %s in well under a second', (_what, body) => {
    const started = Date.now();
    readPdf2HtmlPages(`<html><head><meta name="generator" content="pdf2htmlEX"/></head><body><div class="pf">${body}`, 'bad.html', DEFAULT_READ_LIMITS);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('reads a document with no table and says so in the notes', async () => {
    const result = await readSource(docxWithBody('<w:p><w:r><w:t>只有正文，没有表格。</w:t></w:r></w:p>'), '正文.docx');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source.blocks).toEqual([{ kind: 'text', text: '只有正文，没有表格。', line: 1 }]);
    expect(result.source.notes.join()).toMatch(/正文\.docx.*没有表格/);
  });

  it('refuses an encrypted zip entry', async () => {
    const bytes = new Uint8Array(validDocx);
    const view = new DataView(bytes.buffer);
    // Set the "encrypted" flag on every central-directory record.
    for (let i = 0; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 8, 1, true);
    const result = await readSource(bytes, '加密.docx');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'encrypted' }] });
  });

  it('never throws on truncations of a valid docx at any length', async () => {
    for (let cut = 0; cut < validDocx.length; cut += 97) {
      const result = await readSource(validDocx.subarray(0, cut), '截断.docx');
      expect(result.ok).toBe(false);
    }
  });

  it('never throws on random byte flips of a valid docx', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const bytes = new Uint8Array(validDocx);
      const noise = randomBytes(16, seed);
      for (let k = 0; k < 8; k++) bytes[(noise[k]! * 131 + noise[k + 8]! * 7) % bytes.length] = noise[(k + 3) % 16]!;
      const result = await readSource(bytes, '损坏.docx');
      if (!result.ok) expect(result.issues[0]!.message).toContain('损坏.docx');
    }
  });
});
