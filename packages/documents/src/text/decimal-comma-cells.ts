/**
 * Excel in a continental-European locale (a donated laptop set to German) saves CSV with `;` between
 * fields and writes the figures it shows with a decimal comma and dots between thousands
 * (`1.280,00`, `96,60%`, `137,4万元`). Such a file's figures are read as the numbers they stand for,
 * written the Chinese way (`1280.00`, `96.60%`, `137.4万元`); text typed into cells keeps its own
 * punctuation. Only a file whose figures show the decimal comma and none shows `1,280.00` is read so.
 */
export function readDecimalCommaCells(rows: string[][]): string[][] {
  const cells = rows.flat();
  const commaDecimal = cells.some((c) => DECIMAL_COMMA_EVIDENCE.test(c.trim()));
  const pointDecimal = cells.some((c) => POINT_DECIMAL_EVIDENCE.test(c.trim()));
  if (!commaDecimal || pointDecimal) return rows;
  return rows.map((row) => row.map(toPointDecimal));
}

// A figure cell: an optional sign, digits grouped by dots or plain, a decimal comma, an optional unit.
const FIGURE_CELL = /^([\s≥≤＞＜><=＝+-]*)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(\s*[^\d\s.,;:：，。；]{0,6})$/;
// 96,60% / 8,5 / 1.280,00: digits after the comma that are no group of three, or dot groups before it.
const DECIMAL_COMMA_EVIDENCE = /^[\s≥≤＞＜><=＝+-]*(?:\d+,(?:\d{1,2}|\d{4,})|\d{1,3}(?:\.\d{3})+,\d+)(?:\s*[^\d\s.,;:：，。；]{0,6})$/;
// 1,280.00: the Chinese (and English) way, in the same file, leaves the figures alone.
const POINT_DECIMAL_EVIDENCE = /^[\s≥≤＞＜><=＝+-]*\d{1,3}(?:,\d{3})+\.\d+/;

function toPointDecimal(cell: string): string {
  const m = FIGURE_CELL.exec(cell.trim());
  if (!m || (m[3] == null && !m[2]!.includes('.'))) return cell;
  return `${m[1]}${m[2]!.replace(/\./g, '')}${m[3] != null ? `.${m[3]}` : ''}${m[4]}`;
}
