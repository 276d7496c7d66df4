/**
 * How grid-pdf prints a "searchable PDF" made from a scan (扫描 + 可搜索 PDF: ABBYY FineReader, Acrobat 识别文本,
 * a copier's OCR): each page is one picture of the paper with the recogniser's text drawn over it invisibly
 * (text render mode 3). The rulings are only in the picture; the text layer holds the recognised words as
 * the engine placed them: short runs of characters, each run at its own x, its baseline off by a point or so,
 * the whole page turned by the scan's skew. Kept apart from grid-pdf.ts, which lays the table out.
 */
import { deflateSync } from 'node:zlib';
import type PDFDocument from 'pdfkit';

export interface ScanOptions {
  /** Degrees the paper lay turned on the scanner glass (positive: counter-clockwise). */
  skew: number;
}

/** A deterministic wobble (the same document builds byte for byte the same). */
export function scanNoise(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return (s >>> 8) / 0x1000000;
  };
}

/** A small grey-noise PNG standing for the scanned paper (its pixels are never read; it is the page's picture). */
function paperPng(): Buffer {
  const w = 64;
  const h = 90;
  const rnd = scanNoise(7);
  const raw = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w + 1)] = 0;
    for (let x = 0; x < w; x++) raw[y * (w + 1) + 1 + x] = 236 + Math.floor(rnd() * 18);
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(data: Buffer): number {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/**
 * Starts a scanned page: the paper's picture over the whole page, then every later text invisible (3 Tr) and
 * turned by the skew about the page's centre. Call once per page, right after the page is added.
 */
export function startScanPage(doc: PDFDocument, scan: ScanOptions, width: number, height: number): void {
  doc.image(paperPng(), 0, 0, { width, height });
  doc.addContent('3 Tr');
  if (scan.skew) doc.rotate(-scan.skew, { origin: [width / 2, height / 2] });
}

/**
 * One line of recognised text: runs of one to three characters, each placed by the engine on its own (a
 * gap a little off the font's advance, the baseline up or down by up to 1.2 pt). A space in the text is a
 * space the engine guessed: it stays as a wider gap.
 */
export function scanLine(doc: PDFDocument, line: string, x: number, y: number, rnd: () => number): void {
  const chars = [...line];
  let cx = x;
  let i = 0;
  while (i < chars.length) {
    const len = Math.min(chars.length - i, 1 + Math.floor(rnd() * 3));
    const run = chars.slice(i, i + len).join('');
    const dy = (rnd() - 0.5) * 2.4;
    if (run.trim()) doc.text(run, cx, y + dy, { lineBreak: false });
    cx += doc.widthOfString(run) + 0.3 + rnd() * 0.8;
    i += len;
  }
}
