import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Writes text in the legacy encodings Chinese Windows tools save in (GBK/GB18030, Excel's
 * "Unicode text" UTF-16LE), for the layout corpus's non-UTF-8 documents. Node has decoders
 * for them but no encoders: the GB18030 table is read back from the decoder itself.
 */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gbk' | 'gb18030' | 'utf-16le' | 'utf-16le-nobom';

let gbTable: Map<string, number[]> | undefined;

/** Every two- and four-byte GB18030 sequence of the BMP, keyed by the character it decodes to. */
function gb18030Table(): Map<string, number[]> {
  if (gbTable) return gbTable;
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const add = (bytes: number[]) => {
    try {
      const ch = decoder.decode(new Uint8Array(bytes));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, bytes);
    } catch {
      // Not a character: a hole in the code space.
    }
  };
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  }
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
    }
  }
  gbTable = table;
  return table;
}

/**
 * The bytes of `text` in `encoding`. `gbk` refuses what only GB18030's four-byte sequences can
 * hold (as a GBK save would lose it); `{{0xNN}}` writes a raw byte, for files with a stray byte.
 */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  const out: number[] = [];
  const parts = text.split(/\{\{0x([0-9a-fA-F]{2})\}\}/);
  parts.forEach((part, i) => {
    if (i % 2 === 1) { out.push(parseInt(part, 16)); return; }
    if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
      if (i === 0 && encoding === 'utf-8-bom') out.push(0xef, 0xbb, 0xbf);
      out.push(...new TextEncoder().encode(part));
      return;
    }
    if (encoding === 'utf-16le' || encoding === 'utf-16le-nobom') {
      // Some system exports write UTF-16LE without a byte-order mark.
      if (i === 0 && encoding === 'utf-16le') out.push(0xff, 0xfe);
      for (let k = 0; k < part.length; k++) {
        const c = part.charCodeAt(k);
        out.push(c & 0xff, c >> 8);
      }
      return;
    }
    for (const ch of part) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x80) { out.push(cp); continue; }
      const bytes = cp > 0xffff ? supplementary(cp) : gb18030Table().get(ch);
      if (!bytes || (encoding === 'gbk' && bytes.length > 2)) throw new Error(`“${ch}”（U+${cp.toString(16).toUpperCase()}）无法用 ${encoding.toUpperCase()} 编码`);
      out.push(...bytes);
    }
  });
  return new Uint8Array(out);
}

/** GB18030 maps the supplementary planes linearly onto four-byte sequences from 90 30 81 30. */
function supplementary(cp: number): number[] {
  let n = cp - 0x10000;
  const b4 = 0x30 + (n % 10); n = Math.floor(n / 10);
  const b3 = 0x81 + (n % 126); n = Math.floor(n / 126);
  const b2 = 0x30 + (n % 10); n = Math.floor(n / 10);
  return [0x90 + n, b2, b3, b4];
}

/**
 * A single-file web page (MHT) around an HTML page's bytes, as Word's 单个文件网页 and budget
 * systems' "Word" exports write it: MIME multipart/related, the page quoted-printable.
 */
export function wrapMht(html: Uint8Array, charset: string): Uint8Array {
  const boundary = '----=_NextPart_01DB3C5A.6E2F1B40';
  const qp = quotedPrintable(html);
  const text = [
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; boundary="${boundary}"`,
    '',
    '此文档为“单个文件网页”，也称为“Web 档案”文件。',
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/A1B2C3D4/file.htm',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Type: text/html; charset="${charset}"`,
    '',
    qp,
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/A1B2C3D4/file_files/filelist.xml',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Type: text/xml; charset="utf-8"',
    '',
    '<xml xmlns:o=3D"urn:schemas-microsoft-com:office:office">',
    ' <o:MainFile HRef=3D"../file.htm"/>',
    '</xml>',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return encodeText(text, 'gbk');
}

/** Quoted-printable lines of at most 76 characters; soft breaks fall where they fall, also inside a character's bytes. */
function quotedPrintable(bytes: Uint8Array): string {
  let qp = '';
  let line = '';
  for (const b of bytes) {
    const piece = b === 0x0a ? '\n' : b === 0x0d ? '' : b >= 0x21 && b <= 0x7e && b !== 0x3d ? String.fromCharCode(b) : b === 0x20 ? ' ' : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (piece === '\n') { qp += `${line}\r\n`; line = ''; continue; }
    if (line.length + piece.length > 75) { qp += `${line}=\r\n`; line = ''; }
    line += piece;
  }
  return qp + line;
}

const ATTACHMENT_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  png: 'image/png',
  p7s: 'application/pkcs7-signature',
};

/**
 * A saved e-mail (.eml) as a mail client writes one: the source's header lines (non-ASCII values as
 * RFC 2047 `=?charset?B?…?=` words), then `=== part: text/plain` and `=== part: text/html` bodies as one
 * multipart/alternative message — the plain text in base64, the page quoted-printable, both in `encoding`;
 * with `=== attachment:` lines that message and the files in base64 under one multipart/mixed.
 */
export function wrapEml(source: string, encoding: TextEncoding, readFile?: (path: string) => Uint8Array): Uint8Array {
  const charset = encoding === 'gbk' ? 'gb2312' : encoding;
  const boundary = '----=_NextPart_6784A21B_0F3C9E58_2D7E1A44';
  // `=== attachment: utf8|word | shown name | path`: a file attached under its name, written as RFC 2231
  // (`filename*=UTF-8''…`) or as an encoded word in the mail's charset (`=?gb2312?B?…?=`), as clients do.
  const attached = [...source.matchAll(/^=== attachment: (utf8|word) \| (.+?) \| (.+)\n/gm)].map((m) => ({ style: m[1]!, name: m[2]!, path: m[3]!.trim() }));
  const [head, ...parts] = source.replace(/^=== attachment: .*\n/gm, '').split(/^=== part: (\S+)\n/m);
  const word = (v: string) => (/^[\x20-\x7e]*$/.test(v) ? v : `=?${charset}?B?${btoa(String.fromCharCode(...encodeText(v, encoding)))}?=`);
  const headers = head!.trim().split('\n').map((line) => {
    const [, name, value] = /^([\w-]+):\s*(.*)$/.exec(line)!;
    // A display name before an address is encoded alone, as clients write `=?…?= <a@b>`.
    const addr = /^(.*?)\s*(<[^>]+>)$/.exec(value!);
    return `${name}: ${addr ? `${word(addr[1]!)} ${addr[2]}` : word(value!)}`;
  });
  const bodies: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const type = parts[i]!;
    const bytes = encodeText(parts[i + 1]!.replace(/\n/g, '\r\n'), encoding);
    const b64 = btoa(String.fromCharCode(...bytes)).replace(/.{76}/g, '$&\r\n');
    bodies.push(`--${boundary}`, `Content-Type: ${type};\r\n\tcharset="${charset}"`,
      `Content-Transfer-Encoding: ${type === 'text/plain' ? 'base64' : 'quoted-printable'}`, '',
      type === 'text/plain' ? b64 : quotedPrintable(bytes), '');
  }
  if (attached.length === 0) {
    const text = [...headers, 'MIME-Version: 1.0', `Content-Type: multipart/alternative;\r\n\tboundary="${boundary}"`, '',
      'This is a multi-part message in MIME format.', '', ...bodies, `--${boundary}--`, ''].join('\r\n');
    return strToU8(text);
  }
  const mixed = '----=_NextPart_6784A21B_0F3C9E58_MIXED';
  const files = attached.flatMap(({ style, name, path }) => {
    const data = readFile!(path);
    const type = ATTACHMENT_TYPES[/\.(\w+)$/.exec(name)?.[1]?.toLowerCase() ?? ''] ?? 'application/octet-stream';
    const pct = [...new TextEncoder().encode(name)].map((b) => (/[\w.-]/.test(String.fromCharCode(b)) && b < 0x80 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
    const shown = style === 'utf8' ? `name*=UTF-8''${pct}` : `name="${word(name)}"`;
    const disposition = style === 'utf8' ? `filename*=UTF-8''${pct}` : `filename="${word(name)}"`;
    return [`--${mixed}`, `Content-Type: ${type};\r\n\t${shown}`, 'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment;\r\n\t${disposition}`, '', Buffer.from(data).toString('base64').replace(/.{76}/g, '$&\r\n'), ''];
  });
  const text = [...headers, 'MIME-Version: 1.0', `Content-Type: multipart/mixed;\r\n\tboundary="${mixed}"`, '',
    'This is a multi-part message in MIME format.', '', `--${mixed}`, `Content-Type: multipart/alternative;\r\n\tboundary="${boundary}"`, '',
    ...bodies, `--${boundary}--`, '', ...files, `--${mixed}--`, ''].join('\r\n');
  return strToU8(text);
}

/**
 * A .docx whose body is one w:altChunk holding an HTML page, as systems that build "Word" exports
 * from HTML write it (Word renders the page in place of the chunk).
 */
export function wrapAltChunkDocx(html: Uint8Array): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="htm" ContentType="application/xhtml+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:altChunk r:id="htmlChunk"/><w:sectPr/></w:body></w:document>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="htmlChunk" Type="${R}/aFChunk" Target="afchunk.htm"/></Relationships>`),
    'word/afchunk.htm': html,
  });
}

/**
 * A .docx as Word's flat XML (Word 2007 XML, `pkg:package`: every part inline), as Word's
 * 另存为 "Word XML 文档" and template-based exports write it.
 */
export function docxToFlatOpc(docx: Uint8Array): Uint8Array {
  const parts = Object.entries(unzipSync(docx)).map(([name, bytes]) => {
    const xml = /\.(xml|rels)$/.test(name);
    const body = xml
      ? `<pkg:xmlData>${strFromU8(bytes).replace(/^<\?xml[^>]*\?>\s*/, '')}</pkg:xmlData>`
      : `<pkg:binaryData>${btoa(String.fromCharCode(...bytes))}</pkg:binaryData>`;
    return `<pkg:part pkg:name="/${name}">${body}</pkg:part>`;
  });
  return strToU8(`<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${parts.join('')}</pkg:package>\n`);
}
