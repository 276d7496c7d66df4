import { headerRole } from '../build/header-map';
import { BLANK } from './repair-copied-lines';
import { splitSpacedRow } from './spaced-rows';

// Space-aligned tables a converter printed over pages (pdftotext -layout, form feeds between pages) and with
// cells centred vertically: where such a table goes on past blank lines and lone lines.

// An indented short line with no label：value on it: a cell's line of a space-aligned table.
export function isLoneWrapLine(line: string): boolean {
  return /^(?: {2,}|\u3000+)\S/.test(line) && line.trim().length <= 40 && !/\s{2,}|[：:]|^\s*(注|说明|备注)/.test(line.trim());
}

/**
 * Whether the blank lines from `i` on hold a converter's page break and the first line after them goes on a
 * space-aligned table: indented, a row of the table or a wrapped line over one, and no header typed again
 * (a repeated header opens a table of its own, joined later as the table's next page).
 */
export function goesOnOverPage(lines: string[], lineNos: number[], firstLine: number, i: number, pageBreaks: Set<number>): boolean {
  if (pageBreaks.size === 0) return false;
  let j = i;
  while (j < lines.length && BLANK.test(lines[j]!)) j++;
  if (j >= lines.length || j - i > 16) return false;
  let b = i;
  while (b > 0 && BLANK.test(lines[b - 1]!)) b--;
  let paged = false;
  for (let k = b; k <= j; k++) if (pageBreaks.has(firstLine + lineNos[k]!)) paged = true;
  if (!paged || !/^(?: {2,}|\u3000+)\S/.test(lines[j]!)) return false;
  const row = [lines[j]!, lines[j + 1] ?? '', lines[j + 2] ?? ''].map((l) => splitSpacedRow(l));
  if (row.some((parts) => parts != null && parts.filter((p) => headerRole(p.text) != null).length >= 2)) return false;
  return row.some((parts) => parts != null && parts.length >= 3);
}
