import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary, plausibleGb18030 } from './decode-text';
import { encodeText } from '../import/testing/encode-text';
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
    ['GB18030 behind a UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...GBK_JIXIAO_MUBIAO]), '绩效目标', 'gb18030'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it.each([
    ['no-break spaces from a Western tool (byte A0)', '项目名称\t某某项目{{0xA0}}{{0xA0}}\n主管部门\t某某局\n一级指标\t二级指标\t三级指标\n', '项目名称\t某某项目\u00a0\u00a0\n', 2],
    ['a degree sign and a middle dot (B0, B7)', '平均气温不低于18{{0xB0}}C，设备·器材·场地{{0xB7}}满足绩效目标表要求\n', '平均气温不低于18°C', 2],
  ])('reads UTF-8 with stray single bytes as UTF-8: %s', (_name, source, start, stray) => {
    const decoded = decodeText(encodeText(source, 'utf-8'));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.startsWith(start)).toBe(true);
    expect(decoded.damaged).toBe(stray);
  });

  it('reads UTF-16 saved without a byte-order mark', () => {
    const le = utf16(SAMPLE, false).subarray(2);
    expect(decodeText(le)).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(detectFormat(le)).toBe('text');
  });

  it.each([
    ['GBK with characters outside GB2312 (镕 堃 喆)', encodeText('某某县镕堃喆社区项目支出绩效目标表：一级指标、二级指标、三级指标、指标值、产出指标', 'gbk'), true],
    ['UTF-8 read as GB18030', new TextEncoder().encode('项目支出绩效目标表：一级指标、二级指标、三级指标、指标值、产出指标、数量指标'), false],
    // 項目支出績效目標表 / 項目名稱 … in Big5 (Traditional Chinese, Taiwan and Hong Kong systems).
    ['Big5', new Uint8Array(Buffer.from('b6b5a5d8a4e4a558c15aaec4a5d8bcd0aaed09b6b5a5d8a657bad909ac59ac59bfa4b941a7f8b6bca4f4a677a5febe64a954b4a3a4c9a475b57b0a', 'hex')), false],
  ])('trusts GB18030 only for ordinary Chinese: %s', (_name, bytes, plausible) => {
    expect(plausibleGb18030(bytes)).toBe(plausible);
  });

  it('reads back any GBK or UTF-16 text of everyday characters, and UTF-8 with a stray byte as UTF-8', () => {
    const ch = fc.constantFrom(...'项目支出绩效目标表一级指标二级三级产出效益满意度数量质量时效成本社会经济生态可持续影响服务对象年度资金总额其中财政其他实际完成值分得原因偏差'.split(''), '\t', '\n', '1', '%', '≥', '，');
    fc.assert(
      fc.property(fc.string({ unit: ch, minLength: 12, maxLength: 60 }), (text) => {
        fc.pre([...text].filter((c) => c.charCodeAt(0) > 0x4e00).length >= 10);
        expect(decodeText(encodeText(text, 'gbk')).text).toBe(text);
        expect(decodeText(encodeText(text, 'utf-16le')).text).toBe(text);
        const stray = decodeText(encodeText(`${text}{{0xA0}}${text}`, 'utf-8'));
        expect([stray.encoding, stray.text]).toEqual(['utf-8', `${text}\u00a0${text}`]);
      }),
    );
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

  it('refuses Big5 text with a message to re-save as UTF-8 instead of building forms of mojibake', async () => {
    const big5 = new Uint8Array(Buffer.from('b6b5a5d8a4e4a558c15aaec4a5d8bcd0aaed09b6b5a5d8a657bad909ac59ac59bfa4b941a7f8b6bca4f4a677a5febe64a954b4a3a4c9a475b57b0a', 'hex'));
    const result = await readSource(big5, '绩效目标.txt');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'undecodable-text' }] });
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/绩效目标\.txt.*另存为 UTF-8/);
  });

  it('notes stray bytes read from an otherwise UTF-8 file', async () => {
    const result = await readSource(encodeText('项目名称\t某某项目{{0xA0}}\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人次\t≥100人次\n', 'utf-8'), 'a.tsv');
    expect(result.ok && result.source.notes.join('')).toMatch(/1 个字节不是有效的 UTF-8/);
  });

  it('refuses text content named .pdf or .docx as a damaged file', async () => {
    const result = await readSource(new TextEncoder().encode('这不是 PDF'), '报告.pdf');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'extension-mismatch' }] });
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/报告\.pdf.*扩展名是 \.pdf/);
  });
});
