import { decodeText } from './decode-text';

/**
 * Budget systems often export "Word" or "Excel" files that are really a single-file web page
 * (MHT: MIME multipart/related, the page's HTML quoted-printable or base64 inside, often under a
 * .doc or .xls name); Word itself saves one as "单个文件网页". This finds the HTML parts and
 * returns them decoded (one after the other), or null when the bytes are no MHT.
 */
export function mhtToHtml(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 4096));
  if (!/^MIME-Version:/im.test(head) || !/Content-Type:\s*multipart\/related/i.test(head)) return null;
  const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(head);
  const mark = boundary ? (boundary[1] ?? boundary[2])! : null;
  if (!mark) return null;
  const all = latin1(bytes);
  // Excel's web archive of a workbook holds a tab page and then one HTML part per sheet: all of them, in order.
  const pages: string[] = [];
  for (const part of all.split(`--${mark}`).slice(1)) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/Content-Type:\s*text\/html/i.test(headers)) continue;
    // The line break before the next boundary belongs to the boundary.
    const body = part.slice(split.index + split[0].length).replace(/\r?\n$/, '');
    const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase() ?? '7bit';
    const raw = encoding === 'quoted-printable' ? quotedPrintable(body) : encoding === 'base64' ? base64(body) : bytesOf(body);
    const charset = /charset\s*=\s*"?([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    pages.push(decodePart(raw, charset));
  }
  return pages.length > 0 ? pages.join('\n') : null;
}

function decodePart(raw: Uint8Array, charset: string | undefined): string {
  // The declared charset wins when it decodes cleanly; otherwise the bytes decide, as for any text.
  if (charset && charset !== 'us-ascii') {
    try {
      return new TextDecoder(charset, { fatal: true }).decode(raw);
    } catch {
      // An unknown label or bytes that do not fit it.
    }
  }
  return decodeText(raw).text;
}

function quotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return new Uint8Array(out);
}

function base64(body: string): Uint8Array {
  let clean = body.replace(/[^A-Za-z0-9+/]/g, '');
  // One character over a multiple of four is no base64 at all; two or three are bytes without padding.
  if (clean.length % 4 === 1) clean = clean.slice(0, -1);
  let binary: string;
  try {
    binary = atob(clean);
  } catch {
    return new Uint8Array(0);
  }
  return bytesOf(binary);
}

function bytesOf(body: string): Uint8Array {
  const out = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i++) out[i] = body.charCodeAt(i) & 0xff;
  return out;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}
