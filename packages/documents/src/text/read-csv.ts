import { readDecimalCommaCells } from './decimal-comma-cells';
import type { SourceBlock, SourceDocument, SourceRow } from '../model/source-document';

/**
 * Reads a CSV export (Excel's 另存为 CSV, budget systems' 导出): RFC 4180 fields, quoted when
 * they hold the separator, a quote or a line break (`""` is a quote inside). The sheet's rows
 * are one table, as an .xlsx sheet is; a row of empty fields (Excel writes `,,,,`) ends it,
 * as a blank line ends a TSV table.
 */
export function readCsv(raw: string, given?: string): SourceDocument {
  // `sep=;` on the first line is Excel's own hint for the separator (some exports write it).
  const hint = /^\uFEFF?sep=(.)[ \t]*\r?\n/i.exec(raw);
  const text = hint ? raw.slice(hint[0].length) : raw;
  const separator = given ?? hint?.[1] ?? sniffSeparator(text);
  const blocks: SourceBlock[] = [];
  let table: SourceRow[] = [];
  const close = () => {
    if (table.length > 0) blocks.push({ kind: 'table', rows: table });
    table = [];
  };
  const records = parseRecords(text.replace(/^\uFEFF/, ''), separator);
  // Only a `;` file comes from a locale whose decimal mark is the comma (it took the comma's place).
  const texts = records.map((r) => r.fields.map((f) => withoutTextPrefix(unwrapFormula(f))));
  const read = separator === ';' ? readDecimalCommaCells(texts) : texts;
  records.forEach(({ fields, line }, i) => {
    if (fields.every((f) => f.trim() === '')) { close(); return; }
    table.push({ cells: read[i]!.map((f) => ({ text: f })), line });
  });
  close();
  return { format: 'tsv', blocks, notes: [] };
}

/** `="0012"` is how exports keep a code's leading zeros and digits from Excel: the text inside. */
function unwrapFormula(field: string): string {
  const m = /^="((?:[^"]|"")*)"$/.exec(field.trim());
  return m ? m[1]!.replace(/""/g, '"') : field;
}

// `'510922…`, `'120`, `'1,280.00`, `'-5`: Excel's text prefix (the green-triangle apostrophe) that a system export
// writes in front of figures and codes so Excel keeps them as typed. It is no part of the value; an apostrophe
// that quotes words (`'十四五'规划`) has a partner and stays.
const TEXT_PREFIX = /^\s*'(?=[\d.+\-−])([^']*)$/;

/** A field's text without Excel's leading text prefix on a figure or code. */
export function withoutTextPrefix(field: string): string {
  const m = TEXT_PREFIX.exec(field);
  return m ? m[1]! : field;
}

/**
 * The separator of a CSV: the candidate (comma, semicolon, tab) found outside quotes on most
 * lines, the same number of times. Excel writes every row to the sheet's full width, so the
 * count repeats from line to line.
 */
export function sniffSeparator(text: string): string {
  let best = ',';
  let bestScore = -1;
  for (const sep of [',', '\t', ';']) {
    const counts = new Map<number, number>();
    for (const { fields } of parseRecords(text.slice(0, 64 * 1024), sep, 50)) {
      if (fields.length > 1) counts.set(fields.length, (counts.get(fields.length) ?? 0) + 1);
    }
    const score = Math.max(0, ...counts.values());
    if (score > bestScore) { best = sep; bestScore = score; }
  }
  return best;
}

/**
 * Whether text with no file name to go by is a comma-separated sheet: at least five lines, most
 * of them with the same number (three or more) of fields outside quotes, and no tabs (a TSV whose
 * cells hold amounts like 1,000.00 has commas too).
 */
export function looksLikeCsv(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  if (head.includes('\t')) return false;
  const records = parseRecords(head, ',', 200);
  const filled = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (filled.length < 5) return false;
  const counts = new Map<number, number>();
  for (const r of filled) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
  const [width, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return width >= 3 && count / filled.length >= 0.8;
}

interface CsvRecord {
  fields: string[];
  /** 1-based line the record starts on. */
  line: number;
}

function parseRecords(text: string, sep: string, limit = Infinity): CsvRecord[] {
  const src = text.replace(/\r\n?/g, '\n');
  const out: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let i = 0;
  // A field is quoted only when its first character is a quote; elsewhere a quote is text (`规划"十四五"`).
  let atFieldStart = true;
  while (i < src.length && out.length < limit) {
    const ch = src[i]!;
    if (atFieldStart && ch === '"') {
      const close = closingQuote(src, i + 1);
      const after = src[close + 1];
      // Text after the closing quote (`"十四五"规划`) means the quotes were the text's own.
      if (close >= 0 && (after === undefined || after === sep || after === '\n')) {
        const body = src.slice(i + 1, close);
        field += body.replace(/""/g, '"');
        line += countNewlines(body);
        i = close + 1;
        atFieldStart = false;
        continue;
      }
    }
    atFieldStart = false;
    if (ch === sep) {
      fields.push(field);
      field = '';
      atFieldStart = true;
    } else if (ch === '\n') {
      fields.push(field);
      out.push({ fields, line: start });
      fields = [];
      field = '';
      line++;
      start = line;
      atFieldStart = true;
    } else {
      field += ch;
    }
    i++;
  }
  if ((field !== '' || fields.length > 0) && out.length < limit) {
    fields.push(field);
    out.push({ fields, line: start });
  }
  return out;
}

/** The index of the quote that closes a quoted field opened before `from`, or -1 if none does. */
function closingQuote(src: string, from: number): number {
  for (let j = src.indexOf('"', from); j >= 0; j = src.indexOf('"', j + 2)) {
    if (src[j + 1] !== '"') return j;
  }
  return -1;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let k = s.indexOf('\n'); k >= 0; k = s.indexOf('\n', k + 1)) n++;
  return n;
}
