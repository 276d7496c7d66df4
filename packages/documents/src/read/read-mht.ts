import { decodeText } from './decode-text';

/**
 * Budget systems often export "Word" or "Excel" files that are really a single-file web page
 * (MHT: MIME multipart/related, the page's HTML quoted-printable or base64 inside, often under a
 * .doc or .xls name); Word itself saves one as "单个文件网页". A saved e-mail (.eml) is the same MIME:
 * a multipart/alternative message holds the text twice (plain and HTML), a multipart/mixed one its
 * body and attachments, a forwarded mail a message/rfc822 part. This returns the HTML parts decoded
 * (one after the other; of alternatives the HTML one only), a mail's plain text when it has no HTML,
 * or null when the bytes are no MIME document.
 */
export function mhtToHtml(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 4096));
  if (!/^MIME-Version:/im.test(head)) return null;
  const top = entity(latin1(bytes));
  if (!top || !/^(multipart\/|text\/(html|plain)\b)/i.test(contentType(top.headers))) return null;
  const { html, plain } = pagesOf(top, 0);
  if (html.length > 0) return html.join('\n');
  return plain.length > 0 && !/^multipart\/related/i.test(contentType(top.headers)) ? plain.join('\n') : null;
}

export interface MailAttachment {
  /** The file name the mail gives (RFC 2231 `filename*=` or an RFC 2047 encoded word decoded), or '' when none. */
  name: string;
  bytes: Uint8Array;
}

/**
 * The files a saved e-mail (or MHT) carries as attachments, in the message's order: parts marked
 * `Content-Disposition: attachment`, or non-text parts that name a file. Units send their forms this
 * way (the .docx/.xlsx/.pdf attached, the body a greeting or a pasted copy). Empty for no MIME document.
 */
export function mailAttachments(bytes: Uint8Array): MailAttachment[] {
  const head = latin1(bytes.subarray(0, 4096));
  if (!/^MIME-Version:/im.test(head)) return [];
  const top = entity(latin1(bytes));
  if (!top || !/^multipart\//i.test(contentType(top.headers))) return [];
  const out: MailAttachment[] = [];
  collectAttachments(top, 0, out);
  return out;
}

function collectAttachments(part: MimeEntity, depth: number, out: MailAttachment[]): void {
  if (depth > 8) return;
  const type = contentType(part.headers);
  if (type.startsWith('multipart/')) {
    for (const child of childrenOf(part)) collectAttachments(child, depth + 1, out);
    return;
  }
  const attached = /^Content-Disposition:\s*attachment/im.test(part.headers);
  const name = fileNameOf(part.headers);
  // A forwarded mail inline is the message's text (pagesOf); a page's images (Content-ID, no name) are the page's.
  if (type === 'message/rfc822' && !attached) return;
  if (!attached && (!name || type.startsWith('text/') || /^Content-ID:/im.test(part.headers))) return;
  out.push({ name, bytes: decodeBody(part) });
}

function fileNameOf(headers: string): string {
  // RFC 2231: filename*=UTF-8''%E9%99%84… (possibly split as filename*0*=, filename*1*=).
  const extended = [...headers.matchAll(/\b(?:file)?name\*(\d+)?\*?=\s*"?([^";\r\n]+)"?/gi)];
  if (extended.length > 0) {
    const first = /^([\w-]+)'[^']*'(.*)$/.exec(extended[0]![2]!);
    const charset = first ? first[1]!.toLowerCase() : 'utf-8';
    const joined = (first ? first[2]! : extended[0]![2]!) + extended.slice(1).filter((m) => m[1] != null).map((m) => m[2]!).join('');
    const raw = bytesOf(joined.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    return decodePart(raw, charset).trim();
  }
  const plain = /\bfilename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(headers) ?? /\bname\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(headers);
  return plain ? encodedWords(plain[1] ?? plain[2]!).trim() : '';
}

/** RFC 2047 words (`=?GB2312?B?…?=`, `=?utf-8?Q?…?=`) decoded; other text as it is (clients also write raw GBK). */
function encodedWords(value: string): string {
  if (!/=\?[^?]+\?[BbQq]\?/.test(value)) return decodePart(bytesOf(value), undefined);
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, enc: string, text: string) =>
    decodePart(enc.toUpperCase() === 'B' ? base64(text) : quotedPrintable(text.replace(/_/g, ' ')), charset.toLowerCase()));
}

function decodeBody(part: MimeEntity): Uint8Array {
  const encoding = /^Content-Transfer-Encoding:\s*([\w-]+)/im.exec(part.headers)?.[1]?.toLowerCase() ?? '7bit';
  return encoding === 'quoted-printable' ? quotedPrintable(part.body) : encoding === 'base64' ? base64(part.body) : bytesOf(part.body);
}

function childrenOf(part: MimeEntity): MimeEntity[] {
  const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(part.headers);
  const mark = boundary ? (boundary[1] ?? boundary[2])! : null;
  if (!mark) return [];
  return part.body.split(`--${mark}`).slice(1)
    .filter((p) => !p.startsWith('--'))
    // The line break before the next boundary belongs to the boundary.
    .map((p) => entity(p.replace(/^\r?\n/, '').replace(/\r?\n$/, '')))
    .filter((e): e is MimeEntity => e != null);
}

interface MimeEntity {
  /** Header lines unfolded (a continuation line joined to the one it continues). */
  headers: string;
  body: string;
}

function entity(text: string): MimeEntity | null {
  const split = /\r?\n\r?\n/.exec(text);
  if (!split) return null;
  return { headers: text.slice(0, split.index).replace(/\r?\n[ \t]+/g, ' '), body: text.slice(split.index + split[0].length) };
}

function contentType(headers: string): string {
  return /^Content-Type:\s*([^;\s]+)/im.exec(headers)?.[1]?.toLowerCase() ?? 'text/plain';
}

function pagesOf(part: MimeEntity, depth: number): { html: string[]; plain: string[] } {
  const type = contentType(part.headers);
  const none = { html: [], plain: [] };
  if (depth > 8) return none;
  if (type === 'message/rfc822') {
    const inner = entity(part.body);
    return inner ? pagesOf(inner, depth + 1) : none;
  }
  if (type.startsWith('multipart/')) {
    const children = childrenOf(part).map((e) => pagesOf(e, depth + 1));
    // Alternatives say the same thing twice: the richest one (HTML) is the message.
    if (type === 'multipart/alternative') {
      const rich = children.filter((c) => c.html.length > 0).pop();
      return rich ?? children.filter((c) => c.plain.length > 0).pop() ?? none;
    }
    // Excel's web archive of a workbook holds a tab page and then one HTML part per sheet: all of them, in order.
    return { html: children.flatMap((c) => c.html), plain: children.flatMap((c) => c.plain) };
  }
  if (type !== 'text/html' && type !== 'text/plain') return none;
  // An attachment's text is not the message's (a mail's attached file is a document of its own).
  if (/^Content-Disposition:\s*attachment/im.test(part.headers)) return none;
  const raw = decodeBody(part);
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(part.headers)?.[1]?.toLowerCase();
  const text = decodePart(raw, charset);
  return type === 'text/html' ? { html: [text], plain: [] } : { html: [], plain: [text] };
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
