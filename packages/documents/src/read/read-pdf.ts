import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import type { SourceDocument } from '../model/source-document';
import { type PageContent, type PdfSegment, type PdfTextItem, layoutPdfPages } from './pdf-layout';
import { type ReadLimits, ReadFailure, tooManyPages } from './read-limits';
import { foldRadicals } from './fold-radicals';
import { type Matrix, type RawText, multiply, withoutSeal } from './pdf-seal';
import { deskewRuns, evenBaselines, isScannedPage, splitTwoUp, withoutSealReadings } from './pdf-scan-layer';

const PDF_TIMEOUT_MS = 60_000;

/**
 * Many Chinese PDFs use a non-embedded font (宋体 as STSong-Light) addressed through one of
 * Adobe's predefined CMaps (UniGB-UCS2-H, GBK-EUC-H …) with no ToUnicode table; pdf.js needs
 * the CMap files to turn those codes into text, or the page reads as empty. pdfjs-dist ships
 * them; it is a dependency for that data only.
 */
function cMapDirectory(): string | null {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
  } catch {
    return null;
  }
}
const CMAP_URL = cMapDirectory();

/**
 * pdf.js 5 builds path data with ArrayBuffer.prototype.transferToFixedLength (Node ≥ 21); on
 * Node 20 every page's operator list fails without it and no table border is seen. A copying
 * stand-in is enough: pdf.js only uses it to trim buffers it owns.
 */
function ensureTransferToFixedLength(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: unknown };
  if (typeof proto.transferToFixedLength === 'function') return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length?: number): ArrayBuffer {
      const n = length ?? this.byteLength;
      const out = new ArrayBuffer(n);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(n, this.byteLength)));
      return out;
    },
  });
}

/**
 * Reads a text-layer PDF: text items with positions and the ruling lines drawn on each page
 * (table borders), then lays them out into text and table blocks (see pdf-layout).
 * Scanned PDFs have no text layer and are refused with a message, not OCR'd.
 */
export async function readPdf(bytes: Uint8Array, fileName: string, limits: ReadLimits): Promise<SourceDocument> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ReadFailure('pdf-timeout', `读取 PDF 文件“${fileName}”超时（超过 ${PDF_TIMEOUT_MS / 1000} 秒），文件可能已损坏或过于复杂。请另存为 .docx 后再导入。`)),
      PDF_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([extract(bytes, fileName, limits), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function extract(bytes: Uint8Array, fileName: string, limits: ReadLimits): Promise<SourceDocument> {
  ensureTransferToFixedLength();
  const pdfjs = await getResolvedPDFJS();
  let doc;
  try {
    // pdf.js transfers (detaches) the buffer it is given; hand it a copy.
    doc = await getDocumentProxy(new Uint8Array(bytes), {
      isEvalSupported: false,
      stopAtErrors: false,
      verbosity: 0,
      ...(CMAP_URL ? { cMapUrl: CMAP_URL, cMapPacked: true } : {}),
    });
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      throw new ReadFailure('encrypted', `PDF 文件“${fileName}”设置了打开密码，无法读取。请取消密码后再导入。`);
    }
    throw new ReadFailure('pdf-corrupt', `PDF 文件“${fileName}”已损坏或不完整，无法打开。请重新导出或下载完整文件后再导入。`);
  }
  try {
    if (doc.numPages > limits.maxPdfPages) {
      throw tooManyPages(fileName, doc.numPages, limits);
    }
    const OPS = pdfjs.OPS as Record<string, number>;
    const pages: PageContent[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      // The page as it is shown: a page saved sideways with /Rotate 90 (a landscape form on a portrait
      // media box, as printers and scanners write it) reads in the turned coordinates, y growing downward.
      const viewport = page.getViewport({ scale: 1 });
      const shown = viewport.transform as Matrix;
      const content = await page.getTextContent();
      const raws: RawText[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || !raw.str) continue;
        raws.push({ str: raw.str, width: raw.width, height: raw.height, t: multiply(raw.transform as Matrix, shown) });
      }
      const ops = await page.getOperatorList();
      // A scan made searchable: the recogniser's invisible text, turned with the paper and read off a seal too.
      const scanned = isScannedPage(ops.fnArray, ops.argsArray, OPS);
      const runs = scanned ? evenBaselines(withoutSealReadings(deskewRuns(raws, viewport.width, viewport.height))) : raws;
      const items: PdfTextItem[] = [];
      for (const raw of withoutSeal(runs)) {
        const t = raw.t;
        // Slanted text (a watermark such as 内部资料 stamped across the page) is no part of any line or cell.
        if (isSlanted(t)) continue;
        const size = Math.hypot(t[2], t[3]) || raw.height || 10;
        // Whitespace runs are kept: they are the only trace of a space between two runs.
        const x = t[4];
        const baseline = t[5];
        // A font's ToUnicode map may name radicals for common characters (⽬ for 目): fold them first.
        items.push({ str: foldRadicals(raw.str), x0: x, x1: x + (raw.width || size * raw.str.length * 0.5), top: baseline - size * 0.85, bottom: baseline + size * 0.15, size });
      }
      const segments = collectSegments(ops.fnArray, ops.argsArray, OPS, shown);
      const shownPage: PageContent = { width: viewport.width, height: viewport.height, items, segments };
      pages.push(...(scanned ? splitTwoUp(shownPage) : [shownPage]));
      page.cleanup();
    }
    const source = layoutPdfPages(pages);
    if (pages.every((p) => p.items.every((i) => !i.str.trim()))) {
      source.notes.push(`PDF 文件“${fileName}”没有文字层（可能是扫描件或图片），读取不到任何文字。请导入原始的 Word/Excel 文件。`);
    }
    return source;
  } finally {
    await doc.destroy();
  }
}


/** Whether a text run's baseline runs neither across nor down the page (more than 5° off both). */
export function isSlanted(t: number[]): boolean {
  const angle = Math.abs((Math.atan2(t[1] ?? 0, t[0] ?? 1) * 180) / Math.PI) % 90;
  return angle > 5 && angle < 85;
}

/** Axis-aligned ruling lines in page coordinates (y growing downward), from stroked paths and thin filled rectangles. */
function collectSegments(fnArray: number[], argsArray: unknown[], OPS: Record<string, number>, shown: Matrix): PdfSegment[] {
  const out: PdfSegment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const strokeOps = new Set([OPS['stroke'], OPS['closeStroke'], OPS['fillStroke'], OPS['eoFillStroke'], OPS['closeFillStroke'], OPS['closeEOFillStroke']]);
  const fillOps = new Set([OPS['fill'], OPS['eoFill']]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS['save']) stack.push(ctm);
    else if (fn === OPS['restore']) ctm = stack.pop() ?? ctm;
    else if (fn === OPS['transform'] && args) ctm = multiply(args as Matrix, ctm);
    else if (fn === OPS['constructPath'] && args) {
      const paintOp = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      const stroke = strokeOps.has(paintOp);
      const fill = fillOps.has(paintOp);
      if (!stroke && !fill) continue;
      const pts: [number, number][] = [];
      const flush = () => {
        if (pts.length >= 2) {
          if (stroke) for (let k = 1; k < pts.length; k++) pushSegment(out, pts[k - 1]!, pts[k]!);
          else pushThinBox(out, pts);
        }
        pts.length = 0;
      };
      const at = (x: number, y: number): [number, number] => {
        const px = ctm[0] * x + ctm[2] * y + ctm[4];
        const py = ctm[1] * x + ctm[3] * y + ctm[5];
        return [shown[0] * px + shown[2] * py + shown[4], shown[1] * px + shown[3] * py + shown[5]];
      };
      let k = 0;
      while (k < data.length) {
        const op = data[k]!;
        if (op === 0) {
          flush();
          pts.push(at(data[k + 1]!, data[k + 2]!));
          k += 3;
        } else if (op === 1) {
          pts.push(at(data[k + 1]!, data[k + 2]!));
          k += 3;
        } else if (op === 2) {
          flush();
          pts.push(at(data[k + 5]!, data[k + 6]!));
          k += 7;
        } else if (op === 3) {
          flush();
          pts.push(at(data[k + 3]!, data[k + 4]!));
          k += 5;
        } else if (op === 4) {
          if (pts.length >= 2) pts.push(pts[0]!);
          flush();
          k += 1;
        } else break;
      }
      flush();
    }
  }
  return out;
}

function pushSegment(out: PdfSegment[], a: [number, number], b: [number, number]): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy < 0.8 && dx >= 2) out.push({ x0: Math.min(a[0], b[0]), x1: Math.max(a[0], b[0]), y0: (a[1] + b[1]) / 2, y1: (a[1] + b[1]) / 2 });
  else if (dx < 0.8 && dy >= 2) out.push({ x0: (a[0] + b[0]) / 2, x1: (a[0] + b[0]) / 2, y0: Math.min(a[1], b[1]), y1: Math.max(a[1], b[1]) });
}

/** A filled rectangle drawn as a border line (≤ 2pt thick) counts as that line. */
function pushThinBox(out: PdfSegment[], pts: [number, number][]): void {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  if (y1 - y0 <= 2 && x1 - x0 >= 2) out.push({ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
  else if (x1 - x0 <= 2 && y1 - y0 >= 2) out.push({ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 });
}
