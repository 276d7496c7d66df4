import { detectFormTitle } from '../build/form-titles';

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
  return src.replace(/\f/g, '').split('\n').map((l, k) => (PAGE_NUMBER_LINE.test(l) || heads.has(k) ? '' : l)).join('\n');
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
