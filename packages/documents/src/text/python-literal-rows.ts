import { dumpCellText, dumpNumberText, rowsToHtmlTable } from './dump-table-html';

// Table rows a Python script printed: python-docx's `print([c.text for c in row.cells])` (lists of
// strings, a merged cell's text repeated in every cell it spans), openpyxl's `print(row)` from
// `iter_rows(values_only=True)` (tuples of None, ints, floats, `datetime.datetime(…)`), xlrd's
// `row_values` (floats, '' for empty). Each run of such lines becomes one HTML table.

type Literal = string | number | null | Literal[];

/** Parses one line of Python literals (a list, a tuple, or several separated by commas). Null when it is not one. */
export function parsePythonRow(line: string): Literal[] | null {
  const p = new LiteralParser(line.trim());
  const items: Literal[] = [];
  while (!p.done()) {
    const value = p.value();
    if (value === undefined) return null;
    items.push(value);
    p.skipSpaces();
    if (p.done()) break;
    if (!p.eat(',')) return null;
    p.skipSpaces();
  }
  return items;
}

class LiteralParser {
  private i = 0;
  constructor(private readonly s: string) {}
  done(): boolean { return this.i >= this.s.length; }
  skipSpaces(): void { while (this.s[this.i] === ' ') this.i++; }
  eat(ch: string): boolean {
    if (this.s[this.i] !== ch) return false;
    this.i++;
    return true;
  }

  value(): Literal | undefined {
    this.skipSpaces();
    const ch = this.s[this.i];
    if (ch === '[' || ch === '(') return this.sequence(ch === '[' ? ']' : ')');
    if (ch === "'" || ch === '"') return this.string(ch);
    const number = /^-?(?:\d+\.?\d*(?:e[+-]?\d+)?|inf|nan)/i.exec(this.s.slice(this.i));
    if (number) {
      this.i += number[0].length;
      return /nan|inf/i.test(number[0]) ? null : Number(number[0]);
    }
    const word = /^[A-Za-z_][\w.]*/.exec(this.s.slice(this.i));
    if (!word) return undefined;
    this.i += word[0].length;
    if (word[0] === 'None' || word[0] === 'NaT' || word[0] === 'NaN') return null;
    if (word[0] === 'True' || word[0] === 'False') return word[0];
    if (this.s[this.i] !== '(') return undefined;
    // A constructor: datetime.datetime(2025, 11, 20, 0, 0) is its date; Decimal('1.5') / np.float64(1.5) their value.
    const args = this.sequence(')');
    if (args === undefined) return undefined;
    if (/(^|\.)(datetime|date)$/.test(word[0]) && args.length >= 3 && args.slice(0, 3).every((a) => typeof a === 'number')) {
      const [y, m, d, hh = 0, mm = 0] = args as number[];
      const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      return hh || mm ? `${date} ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}` : date;
    }
    return args.length === 1 ? args[0]! : undefined;
  }

  private sequence(close: string): Literal[] | undefined {
    this.i++;
    const items: Literal[] = [];
    for (;;) {
      this.skipSpaces();
      if (this.eat(close)) return items;
      const v = this.value();
      if (v === undefined) return undefined;
      items.push(v);
      this.skipSpaces();
      if (this.eat(',')) continue;
      if (this.eat(close)) return items;
      return undefined;
    }
  }

  private string(quote: string): string | undefined {
    let out = '';
    for (this.i++; this.i < this.s.length; this.i++) {
      const ch = this.s[this.i]!;
      if (ch === quote) {
        this.i++;
        return out;
      }
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      const next = this.s[++this.i];
      const hex = (n: number) => {
        const code = /^[0-9a-fA-F]+$/.test(this.s.slice(this.i + 1, this.i + 1 + n)) ? parseInt(this.s.slice(this.i + 1, this.i + 1 + n), 16) : NaN;
        this.i += n;
        return Number.isNaN(code) ? '' : String.fromCodePoint(code);
      };
      if (next === 'n') out += '\n';
      else if (next === 't') out += '\t';
      else if (next === 'r') out += '\r';
      else if (next === 'x') out += hex(2);
      else if (next === 'u') out += hex(4);
      else if (next === 'U') out += hex(8);
      else out += next ?? '';
    }
    return undefined;
  }
}

/** The cells of a printed row; a line printing a whole table (`[['a', 'b'], ['c', 'd']]`) gives its rows. */
function rowsOfLine(line: string): string[][] | null {
  const trimmed = line.trim();
  if (!/^[[(]/.test(trimmed) || !/[\])],?$/.test(trimmed)) return null;
  // A pretty-printed table's lines: `[['a', 'b'],` … ` ['c', 'd']]` — the outer brackets are the table's.
  const inner = trimmed.replace(/,$/, '');
  const items = parsePythonRow(inner) ?? parsePythonRow(inner.replace(/^\[(?=[[(])/, '').replace(/(?<=[\])])\]$/, ''));
  if (!items || items.length === 0) return null;
  const sequences = items.length === 1 && Array.isArray(items[0]) ? (items[0].every(Array.isArray) ? items[0] : [items[0]]) : items.every(Array.isArray) ? items : [items];
  const rows: string[][] = [];
  for (const seq of sequences) {
    if (!Array.isArray(seq) || seq.length < 2 || seq.some(Array.isArray)) return null;
    rows.push(seq.map((v) => (v == null ? '' : typeof v === 'number' ? dumpNumberText(v) : dumpCellText(v))));
  }
  return rows;
}

// The REPL's prompts around a pasted session (`>>> for row in ws.iter_rows(values_only=True):`).
const PROMPT = /^(?:>>>|\.\.\.)(?: |\t|$)/;

/**
 * Lines that are printed Python rows become HTML tables, one per run of such lines (blank lines and
 * REPL prompt lines between rows do not end a run). Needs three rows with text in them, so a line of
 * prose that happens to be bracketed is left alone.
 */
export function pythonRowsToHtml(text: string): string {
  if (!/^\s*[[(]/m.test(text)) return text;
  const lines = text.split('\n');
  const parsed = lines.map(rowsOfLine);
  const rowLines = parsed.filter((r) => r && r.some((row) => row.some((c) => /\p{Script=Han}/u.test(c)))).length;
  if (rowLines < 3) return text;
  const repeats = parsed.some((rows) => rows?.some(hasRepeatRun));
  const out: string[] = [];
  let run: string[][] = [];
  const flush = () => {
    if (run.length > 0) out.push(rowsToHtmlTable(run, repeats));
    run = [];
  };
  lines.forEach((line, i) => {
    const rows = parsed[i];
    if (rows) run.push(...rows);
    else if (PROMPT.test(line)) return;
    else if (line.trim() === '' && run.length > 0 && parsed[nextTextLine(lines, i)] != null) return;
    else {
      flush();
      out.push(line);
    }
  });
  flush();
  return out.join('\n');
}

function nextTextLine(lines: string[], i: number): number {
  let j = i + 1;
  while (j < lines.length && lines[j]!.trim() === '') j++;
  return j;
}

/** Three equal non-empty cells in a row: a dumper that repeats merged cells (python-docx). */
function hasRepeatRun(row: string[]): boolean {
  return row.some((c, i) => c.trim() !== '' && row[i + 1] === c && row[i + 2] === c);
}
