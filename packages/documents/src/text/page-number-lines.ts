// A page number a text converter prints on a line of its own (pdftotext's footer `— 3 —`, `- 3 -`,
// a viewer's `第 3 页 共 16 页`), and the form feed it puts between pages. Always decorated: a bare
// `3` on a line may be a cell of a one-cell-a-line table, so it is left alone.
const PAGE_NUMBER_LINE = /^[\s\u3000]*(?:[-—–－]{1,2}[\s\u3000]*\d{1,4}[\s\u3000]*[-—–－]{1,2}|第[\s\u3000]*\d{1,4}[\s\u3000]*页(?:[\s\u3000]*[，,/／]?[\s\u3000]*共[\s\u3000]*\d{1,4}[\s\u3000]*页)?)[\s\u3000]*$/;

/**
 * The text with its page furniture blanked: a page number line between two rows of a table is the page's,
 * not a row (nor the rest of the name above it). Lines stay where they were, so line numbers still hold.
 */
export function blankPageNumberLines(src: string): string {
  if (!src.includes('\f') && !/页|[-—–－][\s\u3000]*\d/.test(src)) return src;
  return src.replace(/\f/g, '').split('\n').map((l) => (PAGE_NUMBER_LINE.test(l) ? '' : l)).join('\n');
}
