import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../model/source-document';
import { readSource } from './read-source';

const W2003 = 'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint"';
const W2006 = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const cell = (text: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

function shape(blocks: SourceBlock[]) {
  return blocks.map((b) => (b.kind === 'text' ? b.text : b.rows.map((r) => r.cells.map((c) => `${c.text}${c.rowSpan ? `↓${c.rowSpan}` : ''}${c.mergedFromAbove ? '^' : ''}${c.colSpan ? `→${c.colSpan}` : ''}`))));
}

describe('Word documents saved as one XML file (exported as .doc)', () => {
  it.each([
    [
      'Word 2003 XML: sections, w:vmerge, w:gridSpan',
      `<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument ${W2003}><w:body><wx:sect><w:p><w:r><w:t>绩效目标表</w:t></w:r></w:p>` +
        `<w:tbl><w:tr>${cell('一级指标', '<w:vmerge w:val="restart"/>')}${cell('培训', '<w:gridSpan w:val="2"/>')}</w:tr><w:tr>${cell('', '<w:vmerge/>')}${cell('a')}${cell('b')}</w:tr></w:tbl></wx:sect></w:body></w:wordDocument>`,
    ],
    [
      'flat XML (pkg:package) with the document part inline',
      `<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/_rels/.rels"><pkg:xmlData><Relationships/></pkg:xmlData></pkg:part><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document ${W2006}><w:body><w:p><w:r><w:t>绩效目标表</w:t></w:r></w:p>` +
        `<w:tbl><w:tr>${cell('一级指标', '<w:vMerge w:val="restart"/>')}${cell('培训', '<w:gridSpan w:val="2"/>')}</w:tr><w:tr>${cell('', '<w:vMerge/>')}${cell('a')}${cell('b')}</w:tr></w:tbl></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`,
    ],
  ])('%s', async (_name, xml) => {
    const result = await readSource(new TextEncoder().encode(xml), '导出.doc');
    if (!result.ok) throw new Error(result.issues[0]!.message);
    expect(result.source.format).toBe('docx');
    expect(shape(result.source.blocks)).toEqual(['绩效目标表', [['一级指标↓2', '培训→2'], ['^', 'a', 'b']]]);
  });
});
