import * as CFB from 'cfb';
import { concat } from './ooxml-fixtures';

/** Little-endian bytes, for hand-built BIFF records and Word structures in tests. */
export const u16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff];
export const u32 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
export function f64(n: number): number[] {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, n, true);
  return [...new Uint8Array(b.buffer)];
}

/** One BIFF record: type, length, data. */
export function record(type: number, ...parts: ArrayLike<number>[]): Uint8Array {
  const data = parts.flatMap((p) => Array.from(p));
  return Uint8Array.from([...u16(type), ...u16(data.length), ...data]);
}

/** Characters of a BIFF8 string: 8-bit (compressed) or UTF-16LE. */
export function chars(text: string, wide: boolean): number[] {
  return [...text].flatMap((ch) => (wide ? u16(ch.charCodeAt(0)) : [ch.charCodeAt(0) & 0xff]));
}

/** A BIFF8 XLUnicodeString with a 1- or 2-byte length; wide when any character is beyond Latin-1. */
export function xlString(text: string, cchBytes: 1 | 2 = 2): number[] {
  const wide = [...text].some((ch) => ch.charCodeAt(0) > 0xff);
  return [...(cchBytes === 1 ? [text.length] : u16(text.length)), wide ? 1 : 0, ...chars(text, wide)];
}

export const BOF_GLOBALS = (biff5 = false) => record(0x0809, u16(biff5 ? 0x0500 : 0x0600), u16(0x0005), u16(0), u16(0), u32(0), u32(0));
export const BOF_SHEET = (biff5 = false) => record(0x0809, u16(biff5 ? 0x0500 : 0x0600), u16(0x0010), u16(0), u16(0), u32(0), u32(0));
export const EOF = () => record(0x000a);

export interface SheetSpec {
  name: string;
  /** 0 visible, 1 hidden, 2 very hidden. */
  state?: number;
  records: Uint8Array[];
}

/**
 * A workbook stream: globals (BOF, the given records, a BOUNDSHEET per sheet, EOF) then each
 * sheet's substream, with the BOUNDSHEET offsets pointing at the sheets' BOF records.
 */
export function workbookStream(globals: Uint8Array[], sheets: SheetSpec[], opts: { biff5?: boolean; encodeName?: (name: string) => number[] } = {}): Uint8Array {
  const name = (s: SheetSpec) => (opts.encodeName ? [opts.encodeName(s.name).length, ...opts.encodeName(s.name)] : xlString(s.name, 1));
  const boundsheet = (s: SheetSpec, offset: number) => record(0x0085, u32(offset), [s.state ?? 0, 0], name(s));
  const head = [BOF_GLOBALS(opts.biff5), ...globals];
  let offset = [...head, ...sheets.map((s) => boundsheet(s, 0)), EOF()].reduce((n, r) => n + r.length, 0);
  const bodies = sheets.map((s) => [BOF_SHEET(opts.biff5), ...s.records, EOF()]);
  const offsets = bodies.map((b) => {
    const at = offset;
    offset += b.reduce((n, r) => n + r.length, 0);
    return at;
  });
  return concat([...head, ...sheets.map((s, i) => boundsheet(s, offsets[i]!)), EOF(), ...bodies.flat()]);
}

/** An OLE2 compound file holding the given root streams. */
export function oleFile(streams: Record<string, Uint8Array>): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(cfb, `/${name}`, content);
  return new Uint8Array(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

/** Cell records: LABEL (in-record string), NUMBER, RK, LABELSST, with their XF index. */
export const cell = {
  label: (r: number, c: number, text: string, xf = 15) => record(0x0204, u16(r), u16(c), u16(xf), xlString(text)),
  number: (r: number, c: number, v: number, xf = 15) => record(0x0203, u16(r), u16(c), u16(xf), f64(v)),
  rk: (r: number, c: number, rk: number, xf = 15) => record(0x027e, u16(r), u16(c), u16(xf), u32(rk)),
  sst: (r: number, c: number, index: number, xf = 15) => record(0x00fd, u16(r), u16(c), u16(xf), u32(index)),
};
