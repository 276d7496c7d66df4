import { detectFormTitle, unitNameLine } from '../build/form-titles';

// A page number a text converter prints on a line of its own (pdftotext's footer `— 3 —`, `- 3 -`,
// a viewer's `第 3 页 共 16 页`), and the form feed it puts between pages. Always decorated: a bare
// `3` on a line may be a cell of a one-cell-a-line table, so it is left alone.
const PAGE_NUMBER_LINE = /^[\s\u3000]*(?:[-—–－]{1,2}[\s\u3000]*\d{1,4}[\s\u3000]*[-—–－]{1,2}|第[\s\u3000]*\d{1,4}[\s\u3000]*页(?:[\s\u3000]*[，,/／]?[\s\u3000]*共[\s\u3000]*\d{1,4}[\s\u3000]*页)?)[\s\u3000]*$/;
// The same mark inside a line (a running head with its page number beside it: `某某局2024年决算公开    — 17 —`).
const PAGE_NUMBER_MARK = /(?:[-—–－]{1,2}[\s\u3000]*\d{1,4}[\s\u3000]*[-—–－]{1,2}|第[\s\u3000]*\d{1,4}[\s\u3000]*页(?:[\s\u3000]*[，,/／]?[\s\u3000]*共[\s\u3000]*\d{1,4}[\s\u3000]*页)?)/g;

/**
 * The text with its page furniture blanked: a page number line between two rows of a table is the page's,
 * not a row (nor the rest of the name above it). Lines stay where they were, so line numbers still hold.
 */
export function blankPageNumberLines(src: string): string {
  if (!src.includes('\f') && !/页|[-—–－][\s\u3000]*\d/.test(src)) return src;
  const heads = src.includes('\f') ? runningHeads(src) : new Set<number>();
  const lines = src.replace(/\f/g, '').split('\n');
  const furniture = new Set(lines.flatMap((l, k) => (PAGE_NUMBER_LINE.test(l) || heads.has(k) ? [k] : [])));
  for (const k of pageLinesInCellTable(lines, furniture)) furniture.add(k);
  const blanked = lines.map((l, k) => (furniture.has(k) ? '' : l));
  return rejoinRowsCutByPage(blanked, lines, furniture).join('\n');
}

const TAB_CELL = /^\t/;
const isBlank = (l: string | undefined) => l == null || /^[\s\u3000]*$/.test(l);

/**
 * Word's text of a table one cell a line (each line opened by its TAB) keeps the page's running header and
 * footer where the page broke (`某某区城市管理局` ⏎ `第 13 页 共 15 页`): lines with no TAB of their own, next to
 * the page number, inside the table. Such a line is the page's when it stands beside the page number at two
 * breaks or more, or names a unit; a caption, title or sentence (colon, comma) is left alone. Returns their indexes.
 */
function pageLinesInCellTable(lines: string[], pageLines: Set<number>): number[] {
  const candidates: Array<{ k: number; key: string }> = [];
  for (const p of pageLines) {
    if (!PAGE_NUMBER_LINE.test(lines[p]!)) continue;
    for (const k of [p - 1, p + 1]) {
      const l = lines[k];
      if (isBlank(l) || TAB_CELL.test(l!) || pageLines.has(k)) continue;
      const key = l!.replace(/[\s\u3000]+/g, '');
      if (key.length > 40 || /[：:，,。；;]/.test(key) || detectFormTitle(key, false) != null) continue;
      if (!insideCellTable(lines, Math.min(k, p), Math.max(k, p))) continue;
      candidates.push({ k, key });
    }
  }
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  return candidates.filter((c) => (counts.get(c.key) ?? 0) >= 2 || unitNameLine(c.key) != null).map((c) => c.k);
}

// The nearest written lines above and below the break are both TAB-opened cells.
function insideCellTable(lines: string[], from: number, to: number): boolean {
  let a = from - 1;
  while (a >= 0 && isBlank(lines[a])) a--;
  let b = to + 1;
  while (b < lines.length && isBlank(lines[b])) b++;
  return a >= 0 && b < lines.length && TAB_CELL.test(lines[a]!) && TAB_CELL.test(lines[b]!);
}

/**
 * A page that broke inside a row (a cell line straight above the page's lines and one straight below, no
 * blank line between) would read as two rows once those lines are blanked, a blank line ending a row there:
 * the row's remaining cells are moved up before the blanked lines, so the row comes whole.
 */
function rejoinRowsCutByPage(blanked: string[], original: string[], furniture: Set<number>): string[] {
  const out = blanked.slice();
  for (let k = 0; k < original.length; k++) {
    if (!furniture.has(k) || furniture.has(k - 1) || !TAB_CELL.test(original[k - 1] ?? '')) continue;
    let end = k;
    while (furniture.has(end + 1)) end++;
    if (!TAB_CELL.test(original[end + 1] ?? '')) continue;
    let rowEnd = end + 1;
    while (rowEnd + 1 < original.length && TAB_CELL.test(original[rowEnd + 1]!)) rowEnd++;
    const rest = out.slice(end + 1, rowEnd + 1);
    const gap = out.slice(k, end + 1);
    out.splice(k, rowEnd + 1 - k, ...rest, ...gap);
    k = rowEnd;
  }
  return out;
}

/**
 * A converter's pages (form feeds between them) each open with the volume's running head: the same line
 * atop two pages or more, a page number beside it or not (`某某县医疗保障局2024年度部门决算公开`). It is the
 * page's, not the first row of a table going on from the page before. A form's title atop every page (one
 * form a page) opens a form and stays. Returns the indexes of such lines.
 */
function runningHeads(src: string): Set<number> {
  const lines = src.split('\n');
  const firsts: Array<{ k: number; key: string }> = [];
  let pageStart = true;
  lines.forEach((line, k) => {
    if (line.includes('\f')) pageStart = true;
    const key = line.replace(/\f/g, '').replace(PAGE_NUMBER_MARK, '').replace(/[\s\u3000]+/g, '');
    if (!pageStart || key === '') return;
    pageStart = false;
    if (!PAGE_NUMBER_LINE.test(line.replace(/\f/g, ''))) firsts.push({ k, key });
    // A page number line above the head (a footer drawn first): the head is the next line.
    else pageStart = true;
  });
  const counts = new Map<string, number>();
  for (const f of firsts) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
  const out = new Set<number>();
  for (const f of firsts) {
    if ((counts.get(f.key) ?? 0) < 2 || f.key.length > 40 || /[：:，。；]/.test(f.key) || detectFormTitle(f.key, false) != null) continue;
    out.add(f.k);
  }
  return out;
}
