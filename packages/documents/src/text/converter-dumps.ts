import { pandasFramesToHtml } from './pandas-frame-text';
import { pythonRowsToHtml } from './python-literal-rows';

/**
 * Tables a script printed from a Word or Excel file (python-docx / openpyxl / xlrd rows, pandas
 * frames) as the HTML tables they stand for; any other text is returned as it is.
 */
export function converterDumpsToHtml(text: string): string {
  const lf = text.replace(/\r\n?/g, '\n');
  const html = pythonRowsToHtml(pandasFramesToHtml(lf));
  return html === lf ? text : html;
}
