import { describe, expect, it } from 'vitest';
import { importFile } from '../import/import-file';

const CELLS = [
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '培训人次', '≥200人次'],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥95%'],
];

/** Two-byte GBK codes of the characters we draw, found by decoding the whole GBK code space once. */
function gbkCodes(): Map<string, number> {
  const decoder = new TextDecoder('gbk');
  const codes = new Map<string, number>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && !codes.has(ch)) codes.set(ch, (hi << 8) | lo);
    }
  }
  return codes;
}

type Encoding = 'UniGB-UCS2-H' | 'GBK-EUC-H';

function hexOf(text: string, encoding: Encoding, gbk: Map<string, number>): string {
  let hex = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (encoding === 'UniGB-UCS2-H') hex += code.toString(16).padStart(4, '0');
    else if (code < 0x80) hex += code.toString(16).padStart(2, '0');
    else hex += gbk.get(ch)!.toString(16).padStart(4, '0');
  }
  return hex.toUpperCase();
}

/**
 * A bordered table drawn in a non-embedded 宋体 (STSong-Light) through one of Adobe's predefined
 * CMaps, with no ToUnicode table: how many Chinese PDF producers write text.
 */
function cMapPdf(encoding: Encoding): Uint8Array {
  const gbk = gbkCodes();
  const x = [50, 150, 260, 400, 520];
  const top = 700;
  const h = 24;
  let content = '0.5 w\n';
  for (let r = 0; r <= CELLS.length; r++) content += `${x[0]} ${top - r * h} m ${x[4]} ${top - r * h} l S\n`;
  for (const xx of x) content += `${xx} ${top} m ${xx} ${top - CELLS.length * h} l S\n`;
  CELLS.forEach((row, r) => row.forEach((t, c) => {
    content += `BT /F1 10 Tf ${x[c]! + 4} ${top - r * h - 16} Td <${hexOf(t, encoding, gbk)}> Tj ET\n`;
  }));
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}endstream`,
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /${encoding} /DescendantFonts [6 0 R] >>`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

describe('readPdf with predefined CJK CMaps and no ToUnicode', () => {
  it.each<Encoding>(['UniGB-UCS2-H', 'GBK-EUC-H'])('reads the table drawn through %s', async (encoding) => {
    const result = await importFile(cMapPdf(encoding), `cmap-${encoding}.pdf`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rows = result.document.forms.flatMap((f) => f.indicators);
    expect(rows.map((r) => [r.level1, r.level2, r.name, r.comparator, r.target, r.unit])).toEqual([
      ['产出指标', '数量指标', '培训人次', '>=', '200', '人次'],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '>=', '95', '%'],
    ]);
  });
});
