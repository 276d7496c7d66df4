/**
 * Budget systems write their Excel exports with formulas and no saved results (Apache POI and
 * similar libraries leave the calculation to Excel, which does it on opening): 执行率 =E6/D6,
 * 得分 =ROUND(G6*F6,2), 总分 =SUM(H13:H20). The sheet a user sees shows the results, so the
 * importer works out the arithmetic such sheets use. Anything else (another sheet, text
 * functions, lookups, errors) gives null: the cell stays empty, as before.
 */

/** A cell's number: a number, null when the cell is empty, undefined when it holds text or cannot be worked out. */
export type CellLookup = (row: number, col: number) => number | null | undefined;

type Value = number | number[];

const MAX_LENGTH = 500;

export function evaluateFormula(formula: string, lookup: CellLookup): number | null {
  if (formula.length > MAX_LENGTH) return null;
  const tokens = tokenize(formula.replace(/^=/, ''));
  if (!tokens) return null;
  const parser = new Parser(tokens, lookup);
  try {
    const value = parser.expression();
    if (!parser.done() || typeof value !== 'number' || !Number.isFinite(value)) return null;
    return value;
  } catch {
    return null;
  }
}

type Token =
  | { t: 'num'; v: number }
  | { t: 'ref'; r: number; c: number }
  | { t: 'range'; r0: number; c0: number; r1: number; c1: number }
  | { t: 'fn'; name: string }
  | { t: 'op'; v: string };

const TOKEN = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|(\$?[A-Z]{1,3}\$?\d{1,7})(?::(\$?[A-Z]{1,3}\$?\d{1,7}))?(?![A-Z0-9_(])|([A-Z][A-Z0-9.]*)\s*(?=\()|([-+*/^%(),]))/y;

function tokenize(src: string): Token[] | null {
  const out: Token[] = [];
  const re = new RegExp(TOKEN.source, 'y');
  const text = src.toUpperCase();
  let at = 0;
  while (at < text.length) {
    if (/^\s+$/.test(text.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return null;
    at = re.lastIndex;
    if (m[1] !== undefined) out.push({ t: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) {
      const a = cellRef(m[2]);
      if (m[3] !== undefined) {
        const b = cellRef(m[3]);
        out.push({ t: 'range', r0: Math.min(a.r, b.r), c0: Math.min(a.c, b.c), r1: Math.max(a.r, b.r), c1: Math.max(a.c, b.c) });
      } else out.push({ t: 'ref', ...a });
    } else if (m[4] !== undefined) out.push({ t: 'fn', name: m[4] });
    else out.push({ t: 'op', v: m[5]! });
  }
  return out;
}

function cellRef(ref: string): { r: number; c: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref)!;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]), c };
}

// A range wider than any form's table is no arithmetic we need to work out.
const MAX_RANGE_CELLS = 10_000;

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[], private readonly lookup: CellLookup) {}

  done(): boolean {
    return this.at === this.tokens.length;
  }

  private peekOp(...ops: string[]): string | null {
    const t = this.tokens[this.at];
    return t && t.t === 'op' && ops.includes(t.v) ? t.v : null;
  }

  private expect(op: string): void {
    if (!this.peekOp(op)) throw new Error(`expected ${op}`);
    this.at++;
  }

  expression(): number {
    let v = this.term();
    for (let op = this.peekOp('+', '-'); op; op = this.peekOp('+', '-')) {
      this.at++;
      const w = this.term();
      v = op === '+' ? v + w : v - w;
    }
    return v;
  }

  private term(): number {
    let v = this.power();
    for (let op = this.peekOp('*', '/'); op; op = this.peekOp('*', '/')) {
      this.at++;
      const w = this.power();
      if (op === '/' && w === 0) throw new Error('#DIV/0!');
      v = op === '*' ? v * w : v / w;
    }
    return v;
  }

  private power(): number {
    let v = this.unary();
    while (this.peekOp('^')) {
      this.at++;
      v = v ** this.unary();
    }
    return v;
  }

  private unary(): number {
    const op = this.peekOp('-', '+');
    if (op) {
      this.at++;
      const v = this.unary();
      return op === '-' ? -v : v;
    }
    let v = this.primary();
    while (this.peekOp('%')) {
      this.at++;
      v /= 100;
    }
    return v;
  }

  private primary(): number {
    const t = this.tokens[this.at++];
    if (!t) throw new Error('unexpected end');
    if (t.t === 'num') return t.v;
    if (t.t === 'ref') return this.cell(t.r, t.c);
    if (t.t === 'op' && t.v === '(') {
      const v = this.expression();
      this.expect(')');
      return v;
    }
    if (t.t === 'fn') return this.call(t.name);
    throw new Error('unexpected token');
  }

  private cell(r: number, c: number): number {
    const v = this.lookup(r, c);
    if (v === undefined) throw new Error('#VALUE!');
    return v ?? 0;
  }

  /** The arguments of a call: a range gives its numbers (text and blanks left out, as SUM does). */
  private args(): Value[] {
    this.expect('(');
    const out: Value[] = [];
    if (this.peekOp(')')) { this.at++; return out; }
    for (;;) {
      const t = this.tokens[this.at];
      const next = this.tokens[this.at + 1];
      const alone = !next || (next.t === 'op' && (next.v === ',' || next.v === ')'));
      if (t?.t === 'range' && alone) {
        this.at++;
        if ((t.r1 - t.r0 + 1) * (t.c1 - t.c0 + 1) > MAX_RANGE_CELLS) throw new Error('range too large');
        const nums: number[] = [];
        for (let r = t.r0; r <= t.r1; r++) for (let c = t.c0; c <= t.c1; c++) {
          const v = this.lookup(r, c);
          if (typeof v === 'number') nums.push(v);
        }
        out.push(nums);
      } else out.push(this.expression());
      if (this.peekOp(',')) { this.at++; continue; }
      this.expect(')');
      return out;
    }
  }

  private call(name: string): number {
    const args = this.args();
    const flat = args.flatMap((a) => (Array.isArray(a) ? a : [a]));
    const scalar = (i: number): number => {
      const a = args[i];
      if (typeof a !== 'number') throw new Error('#VALUE!');
      return a;
    };
    switch (name) {
      case 'SUM':
        return flat.reduce((s, x) => s + x, 0);
      case 'AVERAGE':
        if (flat.length === 0) throw new Error('#DIV/0!');
        return flat.reduce((s, x) => s + x, 0) / flat.length;
      case 'MIN':
        return flat.length === 0 ? 0 : Math.min(...flat);
      case 'MAX':
        return flat.length === 0 ? 0 : Math.max(...flat);
      case 'ABS':
        return Math.abs(scalar(0));
      case 'ROUND':
      case 'ROUNDUP':
      case 'ROUNDDOWN': {
        const digits = args.length > 1 ? Math.trunc(scalar(1)) : 0;
        return roundTo(scalar(0), digits, name);
      }
      default:
        throw new Error(`unsupported ${name}`);
    }
  }
}

/** Excel's rounding: half away from zero, on the decimal value (1.005 rounds to 1.01). */
function roundTo(value: number, digits: number, mode: string): number {
  const f = 10 ** digits;
  const scaled = Number((Math.abs(value) * f).toPrecision(15));
  const whole = mode === 'ROUNDUP' ? Math.ceil(scaled) : mode === 'ROUNDDOWN' ? Math.floor(scaled) : Math.round(scaled);
  return (Math.sign(value) * whole) / f;
}
