/**
 * Inline clean-up shared by the text layouts: HTML entities, tags inside cells, markdown
 * bold, and the bookmark markers some docx-to-text converters leave behind.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: ' ', emsp: '\u3000', thinsp: ' ',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·',
  times: '×', divide: '÷', ge: '≥', le: '≤', ne: '≠', plusmn: '±', permil: '‰', yen: '¥', deg: '°', copy: '©', reg: '®',
};

export function decodeEntities(input: string): string {
  if (!input.includes('&')) return input;
  return input.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// `[bookmark: _Toc3813]` markers come from Word bookmarks; they are never content.
const BOOKMARK = /\[bookmark:[^\]]*\]/g;

export function stripBookmarks(input: string): string {
  return input.includes('[bookmark:') ? input.replace(BOOKMARK, '') : input;
}

/** A line break inside a table cell written on one text line (`<br>` in a pipe row). */
export const CELL_BREAK = '\u2028';

const MARKUP = /[<*&[\u2028]/;

/** Cell text with tags removed; `bold` when the whole cell was wrapped in <b>/<strong>/**. */
export function cleanInlineCell(raw: string): { text: string; bold: boolean } {
  // Most cells carry no markup at all.
  if (!MARKUP.test(raw)) return { text: raw, bold: false };
  let s = stripBookmarks(raw);
  let bold = false;
  const trimmed = s.trim();
  if (/^(<(b|strong)\b[^>]*>)[\s\S]*<\/(b|strong)>$/i.test(trimmed) || /^\*\*[\s\S]+\*\*$/.test(trimmed)) bold = true;
  if (s.includes('<')) s = s.replace(/<br\s*\/?>/gi, '\n').replace(/<\/?[a-z][^>]*>/gi, '');
  if (s.includes('**')) s = s.replace(/\*\*([^*]+)\*\*/g, '$1');
  if (s.includes(CELL_BREAK)) s = s.replaceAll(CELL_BREAK, '\n');
  return { text: decodeEntities(s), bold };
}
