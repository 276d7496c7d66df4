// Shared by the readers of tables a script printed (python-docx / openpyxl rows, pandas frames):
// their cells become an HTML table, which the layout reader already reads with spans and line breaks.

/** What a dump prints for an empty cell: pandas' NaN / NaT / <NA>, Python's None. */
const EMPTY_MARKERS = new Set(['nan', 'NaN', 'NaT', '<NA>', 'None']);

/**
 * A dump's cell as the sheet showed it: empty markers are empty, a datetime at midnight is its date
 * (a date cell read without its format prints as `2025-12-31 00:00:00`), and a float that is a whole
 * number (`95.0`, from a float column or xlrd) is that number.
 */
export function dumpCellText(raw: string): string {
  const text = raw.trim();
  if (EMPTY_MARKERS.has(text)) return '';
  const midnight = /^(\d{4}-\d{2}-\d{2})[ T]00:00(?::00)?$/.exec(text);
  if (midnight) return midnight[1]!;
  const whole = /^(-?\d+)\.0+$/.exec(text);
  if (whole) return whole[1]!;
  return raw;
}

/** A number a script printed at full float precision (`99.55999999999999`) as the sheet showed it. */
export function dumpNumberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  return String(Number(value.toPrecision(12)));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Rows as an HTML table. With `spanRepeats`, a run of three or more equal non-empty cells is one
 * merged cell: python-docx repeats a merged cell's text in every grid column it spans. Two equal
 * cells side by side stay two (a 年度指标值 and its 实际完成值 are often the same text).
 */
export function rowsToHtmlTable(rows: string[][], spanRepeats: boolean): string {
  const out = ['<table>'];
  for (const row of rows) {
    const cells: string[] = [];
    for (let i = 0; i < row.length; ) {
      let end = i + 1;
      while (spanRepeats && row[i]!.trim() !== '' && end < row.length && row[end] === row[i]) end++;
      const span = end - i >= 3 ? end - i : 1;
      const text = escapeHtml(row[i]!.trim()).replace(/\n/g, '<br>');
      cells.push(span > 1 ? `<td colspan="${span}">${text}</td>` : `<td>${text}</td>`);
      i += span;
    }
    out.push(`<tr>${cells.join('')}</tr>`);
  }
  out.push('</table>');
  return out.join('\n');
}
