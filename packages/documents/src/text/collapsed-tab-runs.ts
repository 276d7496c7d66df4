// A run of spaces between two cells (not at the line's end).
const INNER_RUN = /(?<=\S) {2,}(?=\S)/g;
const LEADING_RUN = /^ {2,}(?=\S)/;
// A web form or chat client renders a TAB as two to four spaces: a run stands for as few TABs as its length allows.
const SPACES_PER_TAB = 4;

/**
 * Text whose TABs a web form, mail client or chat tool turned into short runs of spaces (2–4 each, no tab
 * stops kept): the cells still come one run apart, but the runs no longer line the columns up, so a
 * space-aligned reading puts cells under the wrong captions. Such a text has no TAB left, its blocks of
 * lines with runs between cells hold three rows or more of several cells, and the runs are short and uneven
 * (see shortUnevenRuns). Each block is written back as
 * TAB rows: a leading run is an empty first cell, a run between cells one TAB per four spaces or part of it
 * (two empty cells in a row left a longer run), trailing spaces dropped. Line count is kept.
 */
export function tabsFromCollapsedRuns(src: string): string {
  if (src.includes('\t') || !/\S {2,}\S/.test(src)) return src;
  const lines = src.split('\n');
  const blocks: Array<[number, number]> = [];
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]!.trim() === '') continue;
    let end = k;
    while (end + 1 < lines.length && lines[end + 1]!.trim() !== '') end++;
    const rows = lines.slice(k, end + 1).filter((l) => (l.trim().match(INNER_RUN) ?? []).length >= 2).length;
    if (rows >= 3) blocks.push([k, end]);
    k = end;
  }
  const tabular = blocks.flatMap(([a, b]) => lines.slice(a, b + 1));
  if (blocks.length === 0 || !shortUnevenRuns(tabular)) return src;
  const out = lines.slice();
  for (const [a, b] of blocks) {
    for (let k = a; k <= b; k++) {
      out[k] = out[k]!.trimEnd()
        .replace(LEADING_RUN, '\t')
        .replace(INNER_RUN, (run) => '\t'.repeat(Math.ceil(run.length / SPACES_PER_TAB)));
    }
  }
  return out.join('\n');
}

/**
 * The runs between cells are short and uneven: most (≥ 85%) two to four spaces, no two cells more than three
 * TABs apart, and not one length throughout (one fixed separator is read as such by the spaced reader). A
 * converter pads cells to line columns up and leaves long runs; pipe rows are another notation.
 */
function shortUnevenRuns(lines: string[]): boolean {
  if (lines.some((l) => /[|｜]/.test(l))) return false;
  const runs = lines.flatMap((l) => (l.trim().match(INNER_RUN) ?? []).map((r) => r.length));
  if (runs.length < 6 || new Set(runs).size < 2) return false;
  const short = runs.filter((r) => r <= SPACES_PER_TAB).length;
  return short / runs.length >= 0.85 && Math.max(...runs) <= 3 * SPACES_PER_TAB;
}
