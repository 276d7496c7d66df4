import { displayWidth } from './read-grid-table';

/**
 * Rows typed in an editor or a Word paragraph with default tab stops: the typist presses TAB
 * until the text reaches the column, so one TAB or several set two cells apart and a blank
 * cell is just more TABs. Read as TSV the cells land in the wrong columns. When, at one common
 * tab width, every cell of every row starts exactly where a header caption starts (and the
 * rows' TAB counts disagree, which a real TSV export never does), the rows are re-cut at the
 * header's columns. Returns null when the rows are not such a layout.
 */
export function realignTabStopRows(rows: string[][]): string[][] | null {
  if (rows.length < 3) return null;
  const counts = new Set(rows.map((r) => trimEnd(r).length));
  if (counts.size < 2) return null;
  // The header is the table's first row of three captions or more; it must show the gaps.
  const headerAt = rows.findIndex((r) => r.filter((f) => f.trim() !== '').length >= 3);
  if (headerAt < 0 || rows.length - headerAt < 3 || !hasInnerGap(rows[headerAt]!)) return null;
  for (const [tab, wideAmbiguous] of LAYOUTS) {
    const starts = cellStarts(rows[headerAt]!, tab, wideAmbiguous).map((c) => c.start);
    if (starts.length < 3) continue;
    const fitted = rows.slice(headerAt).map((r) => cellStarts(r, tab, wideAmbiguous));
    if (!fitted.every((cells) => cells.every((c) => starts.includes(c.start)))) continue;
    const out = fitted.map((cells) => starts.map((s) => cells.find((c) => c.start === s)?.text ?? ''));
    return [...rows.slice(0, headerAt), ...out];
  }
  return null;
}

// Tab width and whether signs like ≥ ≤ × “ take two columns, as they do in a CJK editor's font.
const LAYOUTS: Array<[number, boolean]> = [[8, true], [8, false], [4, true], [4, false]];
const AMBIGUOUS = /[\u00a7\u00b0\u00b1\u00d7\u00f7\u2010-\u2642\u2460-\u27ff]/gu;

function trimEnd(fields: string[]): string[] {
  let n = fields.length;
  while (n > 0 && fields[n - 1]!.trim() === '') n--;
  return fields.slice(0, n);
}

/** A header with a blank field between two captions: TABs used to align, not to separate. */
function hasInnerGap(fields: string[]): boolean {
  const t = trimEnd(fields);
  const first = t.findIndex((f) => f.trim() !== '');
  return first >= 0 && t.filter((f) => f.trim() !== '').length >= 3 && t.slice(first).some((f) => f.trim() === '');
}

/** Where each non-blank field starts, in display columns, with TABs advancing to the next stop. */
function cellStarts(fields: string[], tab: number, wideAmbiguous: boolean): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let pos = 0;
  fields.forEach((f, k) => {
    if (k > 0) pos = (Math.floor(pos / tab) + 1) * tab;
    if (f.trim() !== '') out.push({ start: pos, text: f });
    pos += displayWidth(f) + (wideAmbiguous ? (f.match(AMBIGUOUS)?.length ?? 0) : 0);
  });
  return out;
}
