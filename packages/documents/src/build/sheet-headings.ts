import type { SourceBlock, SourceDocument, SourceRow } from '../model/source-document';

/**
 * A sheet printed or copied with its headings shown (页面布局→打印行号列标, a preview's copy) carries
 * Excel's column letters as a first row (`| A | B | C …`) and the row numbers as a first column.
 * Neither is the form's: the letters row goes and each row loses its number, so the sheet reads as
 * it would have without the headings.
 */
export function dropSheetHeadings(source: SourceDocument): SourceDocument {
  if (!source?.blocks?.some((b) => b.kind === 'table')) return source;
  let changed = false;
  const blocks = source.blocks.map((block): SourceBlock => {
    if (block.kind !== 'table') return block;
    const rows = withoutHeadings(block.rows);
    if (rows === block.rows) return block;
    changed = true;
    return { ...block, rows };
  });
  return changed ? { ...source, blocks } : source;
}

// Three letters at least: `A | B` alone is too little to tell a sheet's headings from two captions.
const MIN_LETTERS = 3;
const MIN_NUMBERED = 3;

function columnLetters(cells: string[]): boolean {
  const letters = cells.slice(cells[0] === '' ? 1 : 0);
  while (letters.length > 0 && letters[letters.length - 1] === '') letters.pop();
  if (letters.length < MIN_LETTERS) return false;
  // Consecutive letters from wherever the print area starts (a sheet scrolled right starts at C).
  return letters.every((l, i) => /^[A-Z]$/.test(l) && (i === 0 || l.charCodeAt(0) === letters[i - 1]!.charCodeAt(0) + 1));
}

function withoutHeadings(rows: SourceRow[]): SourceRow[] {
  if (rows.length < MIN_NUMBERED + 1) return rows;
  const head = rows[0]!.cells.map((c) => c.text.trim());
  if (!columnLetters(head)) return rows;
  const body = rows.slice(1);
  // Row numbers rise down the sheet; hidden rows leave gaps, never a step back.
  let last = 0;
  for (const row of body) {
    const first = row.cells[0]?.text.trim() ?? '';
    if (!/^\d{1,5}$/.test(first) || Number(first) <= last) return rows;
    last = Number(first);
  }
  return body.map((row) => ({ ...row, cells: row.cells.slice(1) }));
}
