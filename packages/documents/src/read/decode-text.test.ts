import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from './decode-text';
import { detectFormat, readSource } from './read-source';
import { docxWithBody, xlsxWithSheets } from './testing/ooxml-fixtures';

const SAMPLE = '一级指标\t二级指标\n产出指标\t数量指标\t≥95%\n';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = bigEndian ? 0xfe : 0xff;
  out[1] = bigEndian ? 0xff : 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

// GB18030/GBK bytes of "绩效目标" (no encoder in Node, so written out).
const GBK_JIXIAO_MUBIAO = new Uint8Array([0xbc, 0xa8, 0xd0, 0xa7, 0xc4, 0xbf, 0xb1, 0xea]);

describe('decodeText', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(SAMPLE), SAMPLE, 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]), SAMPLE, 'utf-8'],
    ['UTF-16LE with BOM', utf16(SAMPLE, false), SAMPLE, 'utf-16le'],
    ['UTF-16BE with BOM', utf16(SAMPLE, true), SAMPLE, 'utf-16be'],
    ['GB18030 without BOM', GBK_JIXIAO_MUBIAO, '绩效目标', 'gb18030'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it('tells binary from text', () => {
    expect(looksBinary(new TextEncoder().encode(SAMPLE))).toBe(false);
    expect(looksBinary(new Uint8Array([0x41, 0x00, 0x42]))).toBe(true);
  });
});

describe('detectFormat looks at content, not the name', () => {
  it.each([
    ['docx', docxWithBody('<w:p/>'), 'zip'],
    ['xlsx', xlsxWithSheets([]), 'zip'],
    ['pdf', new TextEncoder().encode('%PDF-1.7\n...'), 'pdf'],
    ['html', new TextEncoder().encode('<html><table><tr><td>一级指标</td></tr></table></html>'), 'text'],
    ['rtf', new TextEncoder().encode('{\\rtf1\\ansi 绩效}'), 'rtf'],
    ['ole2', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'ole2'],
    ['jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image'],
    ['empty', new Uint8Array(0), 'empty'],
  ])('%s', (_name, bytes, format) => {
    expect(detectFormat(bytes)).toBe(format);
  });

  it('reads a .docx uploaded under a .txt name as Word, and GB18030 text under any name as text', async () => {
    const docx = await readSource(docxWithBody('<w:p><w:r><w:t>正文</w:t></w:r></w:p>'), '改过扩展名.txt');
    expect(docx.ok && docx.source.format).toBe('docx');
    const text = await readSource(GBK_JIXIAO_MUBIAO, '旧系统导出.dat');
    expect(text.ok && text.source.blocks.some((b) => b.kind === 'text' && b.text.includes('绩效目标'))).toBe(true);
  });

  it('refuses text content named .pdf or .docx as a damaged file', async () => {
    const result = await readSource(new TextEncoder().encode('这不是 PDF'), '报告.pdf');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'extension-mismatch' }] });
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/报告\.pdf.*扩展名是 \.pdf/);
  });
});
