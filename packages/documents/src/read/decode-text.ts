/**
 * Chinese government documents arrive as UTF-8, UTF-16 (Windows "Unicode" save) or GBK/GB18030
 * (older Windows tools, Excel's CSV on a Chinese system). A BOM decides; otherwise strict UTF-8
 * is tried first because valid GB18030 byte runs are almost never valid UTF-8, while the reverse
 * is common. Text that is UTF-8 but for a few stray bytes stays UTF-8 (`damaged` counts them),
 * and GB18030 is trusted only when its characters are the common ones (`plausible`): anything
 * else (Big5, Shift-JIS …) would decode to a page of rare characters, and the caller refuses it
 * rather than build forms of mojibake.
 */
export interface DecodedText {
  text: string;
  encoding: string;
  /** Bytes that were no UTF-8 in an otherwise UTF-8 file (each read as a Windows-1252 character). */
  damaged?: number;
  /** False when no encoding we know reads the bytes as plausible Chinese text. */
  plausible?: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // A BOM in front of bytes that are no UTF-8 (a tool that adds one to any text) decides nothing.
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)), encoding: 'utf-8' };
    } catch {
      return decodeText(bytes.subarray(3));
    }
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const mixed = utf8WithStrayBytes(bytes);
    if (mixed) return { text: mixed.text, encoding: 'utf-8', damaged: mixed.stray };
    const text = new TextDecoder('gb18030').decode(bytes);
    return plausibleGb18030(bytes) ? { text, encoding: 'gb18030' } : { text, encoding: 'gb18030', plausible: false };
  }
}

/**
 * UTF-8 with a few bytes that are no UTF-8 (a line pasted from a Western tool: its no-break
 * space is the single byte A0), or null when the file is not UTF-8 at all: GBK read as UTF-8
 * breaks on nearly every character. The stray bytes read as Windows-1252, their likely source.
 */
function utf8WithStrayBytes(bytes: Uint8Array): { text: string; stray: number } | null {
  const latin = new TextDecoder('windows-1252');
  let text = '';
  let stray = 0;
  let wide = 0;
  let from = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = utf8SequenceLength(bytes, i);
    if (n > 0) {
      if (n > 1) wide++;
      i += n;
      continue;
    }
    text += new TextDecoder('utf-8').decode(bytes.subarray(from, i)) + latin.decode(bytes.subarray(i, i + 1));
    stray++;
    from = ++i;
  }
  text += new TextDecoder('utf-8').decode(bytes.subarray(from));
  return stray * 10 <= wide ? { text, stray } : null;
}

/** The length of the valid UTF-8 sequence at `i`, or 0 when the byte there starts none. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => (b[i + k] ?? 0) >= lo && (b[i + k] ?? 0) <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const ok1 = c === 0xe0 ? cont(1, 0xa0) : c === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return ok1 && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const ok1 = c === 0xf0 ? cont(1, 0x90) : c === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return ok1 && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Whether GB18030 bytes hold ordinary Chinese: GB2312's punctuation rows (A1–A3) and its 3,755
 * first-level characters (B0–D7) make up nearly all of any real document. Other encodings read
 * as GB18030 land mostly elsewhere (GBK's extension areas, four-byte sequences).
 */
export function plausibleGb18030(bytes: Uint8Array): boolean {
  let common = 0;
  let total = 0;
  for (let i = 0; i < bytes.length && total < 20_000; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) { i++; continue; }
    const trail = bytes[i + 1] ?? 0;
    total++;
    if (trail >= 0x30 && trail <= 0x39) { i += 4; continue; }
    if (trail >= 0xa1 && ((lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xb0 && lead <= 0xd7))) common++;
    i += 2;
  }
  return total < 10 || common / total >= 0.7;
}

/**
 * UTF-16 saved without a byte-order mark: ASCII characters (tabs, digits, line ends) put a
 * zero byte beside them, always on the same side, while no text in any 8-bit encoding has NULs.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // A character like 一 (U+4E00) has a zero byte too, but on the other side and rarely.
  if (oddZero >= pairs * 0.1 && evenZero * 5 < oddZero) return 'utf-16le';
  if (evenZero >= pairs * 0.1 && oddZero * 5 < evenZero) return 'utf-16be';
  return null;
}

/** Whether the bytes are UTF-16 text saved without a byte-order mark (their NULs are no binary). */
export function looksUtf16(bytes: Uint8Array): boolean {
  return utf16WithoutBom(bytes) !== null;
}

/**
 * True when the bytes look like a binary blob rather than text: NUL bytes (outside UTF-16)
 * or many control characters. Decides "not a document" for files with no known magic.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n > 0.02;
}

/** Decoded text that is mostly replacement characters did not decode: it is not text. */
export function looksUndecodable(text: string): boolean {
  const n = Math.min(text.length, 64 * 1024);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return bad / n > 0.05;
}
