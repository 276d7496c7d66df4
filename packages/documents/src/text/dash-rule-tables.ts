import type { SourceRow } from '../model/source-document';
import { cleanInlineCell } from './inline-markup';
import { GRID_BORDER, displayWidth } from './read-grid-table';
import { splitSpacedRow } from './spaced-rows';

/** A rule of dash runs set apart by single spaces: the column widths of a pandoc simple/multiline table. */
const SEGMENTED_RULE = /^[ \t]*-{2,}(?: -{2,})+[ \t]*$/;
/** One unbroken rule of dashes: the top of a multiline table with a header, or its bottom. */
const FULL_RULE = /^[ \t]*-{6,}[ \t]*$/;
// The most header lines a multiline table's header takes before its column rule.
const MAX_HEADER_LINES = 6;

/** Display columns where each dash run of a segmented rule starts. */
function columnStarts(rule: string): number[] {
  const starts: number[] = [];
  let col = 0;
  let prev = ' ';
  for (const ch of rule) {
    if (ch === '-' && prev !== '-') starts.push(col);
    col += displayWidth(ch);
    prev = ch;
  }
  return starts;
}

/** A line cut at the columns' starts: each character goes to the column it begins in. */
function sliceLine(line: string, starts: number[]): string[] {
  const out = starts.map(() => '');
  let col = 0;
  for (const ch of line) {
    let k = starts.length - 1;
    while (k > 0 && col < starts[k]!) k--;
    out[k] += ch;
    col += displayWidth(ch);
  }
  return out.map((s) => s.trim());
}

// Pieces of a wrapped cell join as written; only two Latin words the wrap parted get their space back.
function joinPieces(pieces: string[]): string {
  return pieces.filter((p) => p !== '').reduce((acc, p) => (acc && /[A-Za-z]$/.test(acc) && /^[A-Za-z]/.test(p) ? `${acc} ${p}` : acc + p), '');
}

function toRow(block: string[], starts: number[], line: number): SourceRow | null {
  const pieces = block.map((l) => sliceLine(l, starts));
  const cells = starts.map((_s, c) => joinPieces(pieces.map((p) => p[c]!)));
  if (cells.every((c) => c === '')) return null;
  return { cells: cells.map((raw) => { const { text, bold } = cleanInlineCell(raw); return bold ? { text, bold } : { text }; }), line };
}

/**
 * A table pandoc writes as plain text (`-t plain` / markdown without pipe tables): a rule of
 * dash runs gives the columns (`-------- ---------- ------`), a header (if any) stands between
 * an unbroken rule and that one, and rows are set apart by blank lines, each cell wrapped inside
 * its column's width over as many lines as it needs; a rule closes the table. Without a blank
 * line anywhere in its body it is a simple table: one line a row. Cells are cut at the columns
 * the rule gives, never at spaces, so blank cells (merged ones pandoc left empty) keep their place.
 * Returns null unless the table closes with a rule.
 */
export function readDashRuleTable(lines: string[], start: number, firstLine: number): { rows: SourceRow[]; next: number } | null {
  let ruleAt = start;
  const header: string[] = [];
  if (FULL_RULE.test(lines[start]!)) {
    let k = start + 1;
    while (k < lines.length && k - start <= MAX_HEADER_LINES && lines[k]!.trim() !== '' && !SEGMENTED_RULE.test(lines[k]!)) header.push(lines[k++]!);
    if (header.length === 0 || !SEGMENTED_RULE.test(lines[k] ?? '')) return null;
    ruleAt = k;
  } else if (!SEGMENTED_RULE.test(lines[start]!)) return null;
  const starts = columnStarts(lines[ruleAt]!);
  if (starts.length < 2) return null;
  let end = ruleAt + 1;
  while (end < lines.length && !SEGMENTED_RULE.test(lines[end]!) && !FULL_RULE.test(lines[end]!)) end++;
  if (end >= lines.length || end === ruleAt + 1) return null;
  const body = lines.slice(ruleAt + 1, end);
  const multiline = body.some((l) => l.trim() === '');
  const rows: SourceRow[] = [];
  if (header.length > 0) {
    const h = toRow(header, starts, firstLine + start + 1);
    if (h) rows.push(h);
  }
  let block: string[] = [];
  let blockLine = 0;
  const flush = () => {
    const r = block.length > 0 ? toRow(block, starts, firstLine + blockLine) : null;
    if (r) rows.push(r);
    block = [];
  };
  body.forEach((l, j) => {
    if (l.trim() === '') { flush(); return; }
    if (block.length === 0) blockLine = ruleAt + 1 + j;
    block.push(l);
    if (!multiline) flush();
  });
  flush();
  return rows.length >= 2 ? { rows, next: end + 1 } : null;
}

/**
 * A rule of dashes between a fixed-width table's rows (a form in a web page's <pre>, a text report) is
 * layout, as a grid's borders are: the rows on both sides are one table. Only a rule with spaced rows of
 * several cells on both sides goes; elsewhere (a heading's underline, a break between paragraphs) it stays, and
 * so does a rule of dash runs, which gives a pandoc table its columns (readDashRuleTable).
 */
export function dropRulesBetweenSpacedRows(read: { lines: string[]; lineNos: number[] }): { lines: string[]; lineNos: number[] } {
  const { lines, lineNos } = read;
  const isRule = (line: string | undefined) => line != null && HORIZONTAL_RULE.test(line) && !GRID_BORDER.test(line);
  const spacedCells = (line: string | undefined) => (line == null ? 0 : splitSpacedRow(line)?.length ?? 0);
  const keep = lines.map((line, i) => {
    if (!isRule(line) || SEGMENTED_RULE.test(line)) return true;
    let before = i - 1;
    while (isRule(lines[before])) before--;
    let after = i + 1;
    while (isRule(lines[after])) after++;
    return !(spacedCells(lines[before]) >= 3 && spacedCells(lines[after]) >= 3);
  });
  return { lines: lines.filter((_l, i) => keep[i]), lineNos: lineNos.filter((_n, i) => keep[i]) };
}

const HORIZONTAL_RULE = /^[ \t]*[-=_─━═]{6,}(?:[ \t]+[-=_─━═]{2,})*[ \t]*$/;
