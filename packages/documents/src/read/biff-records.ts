/**
 * The record layer of an Excel 97–2003 (BIFF8) or Excel 5.0/95 (BIFF5/7) workbook stream:
 * records, their CONTINUE records, and the string structures that may be split across them.
 * Everything is read from a byte array with bounds checked, so a damaged stream ends the read
 * with a BiffError instead of an exception from deep inside.
 */

export const BIFF = {
  FORMULA: 0x0006,
  EOF: 0x000a,
  DATEMODE: 0x0022,
  EXTERNSHEET: 0x0017,
  FILEPASS: 0x002f,
  CONTINUE: 0x003c,
  CODEPAGE: 0x0042,
  COLINFO: 0x007d,
  WSBOOL: 0x0081,
  BOUNDSHEET: 0x0085,
  MULRK: 0x00bd,
  MULBLANK: 0x00be,
  RSTRING: 0x00d6,
  XF: 0x00e0,
  MERGEDCELLS: 0x00e5,
  SST: 0x00fc,
  LABELSST: 0x00fd,
  NUMBER: 0x0203,
  LABEL: 0x0204,
  BOOLERR: 0x0205,
  STRING: 0x0207,
  ROW: 0x0208,
  RK: 0x027e,
  SUPBOOK: 0x01ae,
  FORMAT: 0x041e,
  BOF: 0x0809,
} as const;

/** BOF versions: BIFF8 (Excel 97–2003) and BIFF5/7 (Excel 5.0/95, WPS's old saves). */
export const BIFF8 = 0x0600;

export class BiffError extends Error {}

export interface BiffRecord {
  type: number;
  /** Offset of the record's data in the stream. */
  start: number;
  length: number;
}

/**
 * The record at `offset`, or null at the stream's end. A length running past the stream is
 * damage: the reader stops there rather than guess.
 */
export function recordAt(stream: Uint8Array, offset: number): BiffRecord | null {
  if (offset + 4 > stream.length) return null;
  const type = stream[offset]! | (stream[offset + 1]! << 8);
  const length = stream[offset + 2]! | (stream[offset + 3]! << 8);
  if (offset + 4 + length > stream.length) throw new BiffError(`record 0x${type.toString(16)} at ${offset} runs past the stream`);
  return { type, start: offset + 4, length };
}

/** A record's data and the data of the CONTINUE records after it; `next` is the offset past them. */
export function withContinues(stream: Uint8Array, record: BiffRecord): { segments: Array<{ start: number; length: number }>; next: number } {
  const segments = [{ start: record.start, length: record.length }];
  let next = record.start + record.length;
  for (let rec = recordAt(stream, next); rec && rec.type === BIFF.CONTINUE; rec = recordAt(stream, next)) {
    segments.push({ start: rec.start, length: rec.length });
    next = rec.start + rec.length;
  }
  return { segments, next };
}

/** Reads little-endian values from one record's data, refusing reads past its end. */
export class RecordData {
  constructor(
    readonly bytes: Uint8Array,
    readonly start: number,
    readonly length: number,
  ) {}

  static of(stream: Uint8Array, record: BiffRecord): RecordData {
    return new RecordData(stream, record.start, record.length);
  }

  private at(offset: number, size: number): number {
    if (offset < 0 || offset + size > this.length) throw new BiffError(`read of ${size} bytes at ${offset} past a ${this.length}-byte record`);
    return this.start + offset;
  }

  u8(offset: number): number {
    return this.bytes[this.at(offset, 1)]!;
  }

  u16(offset: number): number {
    const i = this.at(offset, 2);
    return this.bytes[i]! | (this.bytes[i + 1]! << 8);
  }

  u32(offset: number): number {
    const i = this.at(offset, 4);
    return (this.bytes[i]! | (this.bytes[i + 1]! << 8) | (this.bytes[i + 2]! << 16)) + this.bytes[i + 3]! * 0x1000000;
  }

  f64(offset: number): number {
    const i = this.at(offset, 8);
    return new DataView(this.bytes.buffer, this.bytes.byteOffset + i, 8).getFloat64(0, true);
  }

  slice(offset: number, size: number): Uint8Array {
    const i = this.at(offset, size);
    return this.bytes.subarray(i, i + size);
  }
}

/** An RK number: a 30-bit integer or the high 30 bits of a double, optionally divided by 100. */
export function decodeRk(rk: number): number {
  const div100 = (rk & 1) !== 0;
  let value: number;
  if ((rk & 2) !== 0) value = (rk | 0) >> 2;
  else {
    const buf = new DataView(new ArrayBuffer(8));
    buf.setUint32(4, (rk & 0xfffffffc) >>> 0, true);
    value = buf.getFloat64(0, true);
  }
  return div100 ? value / 100 : value;
}

/** Turns an 8-bit string's bytes into text: the workbook's code page in BIFF5, Latin-1 in BIFF8. */
export type ByteDecoder = (bytes: Uint8Array) => string;

export const latin1: ByteDecoder = (bytes) => {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
};

export function utf16le(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i]! | (bytes[i + 1]! << 8));
  return s;
}

/** A decoder for a CODEPAGE record's value (936 GBK in Chinese Excel 95 files). */
export function codePageDecoder(codePage: number): ByteDecoder {
  const label = CODE_PAGES[codePage];
  if (!label) return latin1;
  try {
    const decoder = new TextDecoder(label);
    return (bytes) => decoder.decode(bytes);
  } catch {
    return latin1;
  }
}

const CODE_PAGES: Record<number, string> = {
  936: 'gbk', 950: 'big5', 932: 'shift_jis', 949: 'euc-kr', 1250: 'windows-1250', 1251: 'windows-1251', 1252: 'windows-1252',
  1200: 'utf-16le', 65001: 'utf-8', 54936: 'gb18030', 0x8000: 'macintosh',
};

/**
 * Unicode strings (XLUnicodeString / XLUnicodeRichExtendedString) in BIFF8, read from one record or across
 * a record and its CONTINUE records. The classic trap: where a string's characters break at a
 * CONTINUE, the new record begins with a fresh option byte telling whether the rest is 8-bit
 * (compressed) or UTF-16, which may differ from the string's start.
 */
export class BiffStringReader {
  private segment = 0;
  private pos: number;

  /** `segments`: the record's data and each CONTINUE's data, in order. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly segments: Array<{ start: number; length: number }>,
  ) {
    this.pos = segments[0]?.start ?? 0;
  }

  private end(): number {
    const s = this.segments[this.segment];
    return s ? s.start + s.length : 0;
  }

  /** Moves on to the next segment when this one is used up; false at the last one's end. */
  private advance(): boolean {
    while (this.pos >= this.end()) {
      if (this.segment + 1 >= this.segments.length) return false;
      this.segment++;
      this.pos = this.segments[this.segment]!.start;
    }
    return true;
  }

  atEnd(): boolean {
    return !this.advance();
  }

  u8(): number {
    if (!this.advance()) throw new BiffError('string data ends early');
    return this.bytes[this.pos++]!;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  /** Skips bytes that are not characters (rich-text runs, phonetic blocks): no option byte at a break. */
  skip(count: number): void {
    let left = count;
    while (left > 0) {
      if (!this.advance()) throw new BiffError('string data ends early');
      const step = Math.min(left, this.end() - this.pos);
      this.pos += step;
      left -= step;
    }
  }

  /**
   * An XLUnicodeRichExtendedString (the SST's strings), or with `rich: false` an XLUnicodeString
   * (LABEL, FORMAT, STRING). Rich-text runs and the phonetic block are skipped.
   */
  string(cchBytes: 1 | 2, rich = true): string {
    const cch = cchBytes === 1 ? this.u8() : this.u16();
    let flags = this.u8();
    const runs = rich && (flags & 0x08) !== 0 ? this.u16() : 0;
    const ext = rich && (flags & 0x04) !== 0 ? this.u32() : 0;
    let out = '';
    let left = cch;
    let segment = this.segment;
    while (left > 0) {
      if (!this.advance()) throw new BiffError('string characters end early');
      if (this.segment !== segment) {
        // A CONTINUE met before the characters are all read: its first byte is the option byte for the rest.
        segment = this.segment;
        flags = this.bytes[this.pos++]!;
        if (!this.advance() || this.segment !== segment) throw new BiffError('string characters end early');
      }
      const wide = (flags & 0x01) !== 0;
      const available = Math.floor((this.end() - this.pos) / (wide ? 2 : 1));
      if (available === 0) throw new BiffError('a UTF-16 character split across records');
      const take = Math.min(left, available);
      const chunk = this.bytes.subarray(this.pos, this.pos + take * (wide ? 2 : 1));
      out += wide ? utf16le(chunk) : latin1(chunk);
      this.pos += chunk.length;
      left -= take;
    }
    this.skip(runs * 4);
    this.skip(ext);
    return out;
  }
}

/** A BIFF5/7 string: a length (1 or 2 bytes) and that many bytes in the workbook's code page. */
export function byteString(data: RecordData, offset: number, cchBytes: 1 | 2, decode: ByteDecoder): string {
  const cch = cchBytes === 1 ? data.u8(offset) : data.u16(offset);
  return decode(data.slice(offset + cchBytes, Math.min(cch, data.length - offset - cchBytes)));
}

/** A string held in one record (LABEL, FORMAT, BOUNDSHEET names) at `offset`, in the stream's BIFF version. */
export function recordString(data: RecordData, offset: number, cchBytes: 1 | 2, biff8: boolean, decode: ByteDecoder): string {
  if (!biff8) return byteString(data, offset, cchBytes, decode);
  if (offset >= data.length) throw new BiffError('string past the record');
  return new BiffStringReader(data.bytes, [{ start: data.start + offset, length: data.length - offset }]).string(cchBytes, false);
}
