import { symbolFontChar } from '../read/symbol-font';

/**
 * Word's web page of a document keeps a character inserted from the Symbol font (插入→符号) as
 * that font's byte in a span set in Symbol: `<span style='mso-symbol-font-family:Symbol'>³</span>`
 * (or `&#179;`) shows ≥, `£` shows ≤. A browser draws it in the Symbol font; read as text it would
 * be ³ — so the span's characters are mapped to what the page shows.
 */
const SYMBOL_SPAN = /<(span|font)\b([^>]*)>([^<]*)<\/\1\s*>/gi;
const SYMBOL_FONT = /font-family\s*:\s*["']?symbol\b|mso-symbol-font-family\s*:\s*["']?symbol\b|\bface\s*=\s*["']?symbol\b/i;
const NAMED: Record<string, number> = { sup3: 0xb3, pound: 0xa3, sup1: 0xb9, sup2: 0xb2, acute: 0xb4, cedil: 0xb8, plusmn: 0xb1, deg: 0xb0, raquo: 0xbb, micro: 0xb5, middot: 0xb7 };

export function mapSymbolFontHtml(src: string): string {
  if (!/symbol/i.test(src)) return src;
  return src.replace(SYMBOL_SPAN, (whole, tag: string, attrs: string, body: string) => {
    if (!SYMBOL_FONT.test(attrs)) return whole;
    const text = body.replace(/&#(x[0-9a-f]+|\d+);|&([a-z0-9]+);/gi, (entity, num: string | undefined, name: string | undefined) => {
      const code = num ? (num[0] === 'x' || num[0] === 'X' ? parseInt(num.slice(1), 16) : Number(num)) : NAMED[name!.toLowerCase()];
      return code === undefined ? entity : String.fromCodePoint(code);
    });
    // Only the font's own byte range is re-read; spaces, line breaks and other text stay as written.
    const shown = [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      return code > 0x20 && code <= 0xff ? symbolFontChar('Symbol', code) : ch;
    }).join('');
    return `<${tag}${attrs}>${shown}</${tag}>`;
  });
}
