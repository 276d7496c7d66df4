/**
 * Folds the full-width forms people type in Chinese office software (０-９, ＞＝, ％, ．,
 * ideographic space) into ASCII, and the rarer sign glyphs (≧ ≦) into ≥ ≤ and the minus sign
 * (−, U+2212, which formula editors and Word's autoformat type) into -, so every later rule sees one spelling.
 */
export function foldWidth(input: string): string {
  let out = '';
  for (const ch of input) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) {
      // Full-width ASCII block, except the Chinese brackets/comma people mean as text.
      if (ch === '（' || ch === '）' || ch === '，' || ch === '：' || ch === '；') out += ch;
      else out += String.fromCodePoint(code - 0xfee0);
    } else if (code === 0x3000) out += ' ';
    else if (ch === '≧') out += '≥';
    else if (ch === '≦') out += '≤';
    else if (ch === '﹪') out += '%';
    else if (ch === '\u2212') out += '-';
    else out += ch;
  }
  return out;
}

/** Trims ASCII and ideographic spaces (and NBSP) at both ends, keeping the inner text. */
export function trimText(input: string): string {
  return input.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, '');
}

/** Trimmed text, or null when nothing but blanks (and placeholder dashes) is left. */
export function cleanCell(input: string | null | undefined): string | null {
  if (input == null) return null;
  const t = trimText(input);
  return t === '' ? null : t;
}
