// `> ` / `>> ` in front of a line: a mail program's quote marks (a table forwarded in a reply).
const QUOTE_MARKS = /^(?:>+(?: |$))+/;

/**
 * A document forwarded or replied to by e-mail arrives with its lines quoted: the marks are the
 * mail program's, not the document's, and all quoted lines lose the same width, so columns
 * aligned by spaces stay aligned. Only when several lines carry them (a markdown quote is one).
 */
export function unquoteMail(src: string): string {
  const lines = src.split('\n');
  if (lines.filter((l) => QUOTE_MARKS.test(l)).length < 5) return src;
  return lines.map((l) => l.replace(QUOTE_MARKS, '')).join('\n');
}
