/**
 * The lexical level of RTF: groups, control words with their numeric parameter, control symbols,
 * `\'hh` bytes and runs of plain text bytes. `\binN` data is stepped over here (its bytes may hold
 * braces), and a group can be stepped over whole without building anything, so a hostile file costs
 * one pass over its bytes whatever it nests or claims.
 */
export type RtfToken =
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'word'; name: string; param: number | undefined }
  | { kind: 'symbol'; ch: string }
  | { kind: 'byte'; value: number }
  | { kind: 'text'; bytes: Uint8Array }
  | { kind: 'end' };

const OPEN = 0x7b;
const CLOSE = 0x7d;
const BACKSLASH = 0x5c;
const CR = 0x0d;
const LF = 0x0a;

export class RtfTokens {
  private pos = 0;

  constructor(private readonly bytes: Uint8Array) {}

  next(): RtfToken {
    const b = this.bytes;
    while (this.pos < b.length && (b[this.pos] === CR || b[this.pos] === LF)) this.pos++;
    if (this.pos >= b.length) return { kind: 'end' };
    const c = b[this.pos]!;
    if (c === OPEN) {
      this.pos++;
      return { kind: 'open' };
    }
    if (c === CLOSE) {
      this.pos++;
      return { kind: 'close' };
    }
    if (c === BACKSLASH) return this.control();
    const start = this.pos;
    while (this.pos < b.length) {
      const d = b[this.pos]!;
      if (d === OPEN || d === CLOSE || d === BACKSLASH || d === CR || d === LF) break;
      this.pos++;
    }
    return { kind: 'text', bytes: b.subarray(start, this.pos) };
  }

  /** Steps over the rest of the group just opened, nested groups and all; false when the file ends first. */
  skipGroup(): boolean {
    const b = this.bytes;
    let depth = 1;
    while (this.pos < b.length) {
      const c = b[this.pos]!;
      if (c === BACKSLASH) {
        // \binN, escaped braces and backslashes: read as tokens, so their bytes are not counted as braces.
        this.control();
        continue;
      }
      this.pos++;
      if (c === OPEN) depth++;
      else if (c === CLOSE && --depth === 0) return true;
    }
    return false;
  }

  private control(): RtfToken {
    const b = this.bytes;
    this.pos++;
    if (this.pos >= b.length) return { kind: 'end' };
    const c = b[this.pos]!;
    if (!isLetter(c)) {
      this.pos++;
      if (c === 0x27) {
        const hex = String.fromCharCode(b[this.pos] ?? 0, b[this.pos + 1] ?? 0);
        const value = /^[0-9a-fA-F]{2}$/.test(hex) ? parseInt(hex, 16) : NaN;
        if (Number.isNaN(value)) return { kind: 'symbol', ch: '' };
        this.pos += 2;
        return { kind: 'byte', value };
      }
      // A backslash before a line end is a paragraph mark.
      if (c === CR || c === LF) return { kind: 'word', name: 'par', param: undefined };
      return { kind: 'symbol', ch: String.fromCharCode(c) };
    }
    const start = this.pos;
    while (this.pos < b.length && this.pos - start < 32 && isLetter(b[this.pos]!)) this.pos++;
    const name = latin1(b, start, this.pos);
    let param: number | undefined;
    const numberStart = this.pos;
    if (b[this.pos] === 0x2d) this.pos++;
    const digitsStart = this.pos;
    while (this.pos < b.length && this.pos - digitsStart < 10 && isDigit(b[this.pos]!)) this.pos++;
    if (this.pos > digitsStart) param = Number(latin1(b, numberStart, this.pos));
    else this.pos = numberStart;
    if (b[this.pos] === 0x20) this.pos++;
    if (name === 'bin') {
      // Raw data of the stated length: stepped over, never copied; a length past the end ends the file.
      this.pos = Math.min(b.length, this.pos + Math.max(0, param ?? 0));
      return { kind: 'word', name: 'bin', param };
    }
    return { kind: 'word', name, param };
  }
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function latin1(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(b[i]!);
  return s;
}
