/**
 * Characters Word inserts from a symbol font (插入→符号 with Symbol or Wingdings) are saved as
 * `w:sym w:font="Symbol" w:char="F0B3"`: a code in that font's own encoding, not Unicode. The
 * code's low byte read as Latin-1 would turn ≥ into ³ and ≤ into £, so each font's table maps
 * it to the character the page shows.
 */

// Adobe Symbol encoding, where it differs from ASCII/Latin-1 (Greek letters and math signs).
const SYMBOL: Record<number, string> = {
  0x22: '∀', 0x24: '∃', 0x27: '∋', 0x2a: '∗', 0x2d: '−', 0x40: '≅', 0x5c: '∴', 0x5e: '⊥', 0x60: '‾', 0x7e: '∼',
  0xa1: 'ϒ', 0xa2: '′', 0xa3: '≤', 0xa4: '⁄', 0xa5: '∞', 0xa6: 'ƒ', 0xa7: '♣', 0xa8: '♦', 0xa9: '♥', 0xaa: '♠',
  0xab: '↔', 0xac: '←', 0xad: '↑', 0xae: '→', 0xaf: '↓', 0xb0: '°', 0xb1: '±', 0xb2: '″', 0xb3: '≥', 0xb4: '×',
  0xb5: '∝', 0xb6: '∂', 0xb7: '•', 0xb8: '÷', 0xb9: '≠', 0xba: '≡', 0xbb: '≈', 0xbc: '…', 0xc4: '⊗', 0xc5: '⊕',
  0xc6: '∅', 0xc7: '∩', 0xc8: '∪', 0xc9: '⊃', 0xca: '⊇', 0xcb: '⊄', 0xcc: '⊂', 0xcd: '⊆', 0xce: '∈', 0xcf: '∉',
  0xd0: '∠', 0xd1: '∇', 0xd5: '∏', 0xd6: '√', 0xd7: '⋅', 0xd8: '¬', 0xd9: '∧', 0xda: '∨', 0xdb: '⇔', 0xdc: '⇐',
  0xdd: '⇑', 0xde: '⇒', 0xdf: '⇓', 0xe0: '◊', 0xe1: '〈', 0xe5: '∑', 0xf1: '〉', 0xf2: '∫',
};
const GREEK_UPPER = 'ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ';
const GREEK_LOWER = 'αβχδεφγηιϕκλμνοπθρστυϖωξψζ';

// The Wingdings marks forms use in tick boxes (☑ 是 □ 否).
const WINGDINGS: Record<number, string> = { 0x6f: '□', 0x71: '❑', 0xa1: '○', 0xa4: '◉', 0xa8: '◻', 0x9f: '•', 0xfb: '✗', 0xfc: '✓', 0xfd: '☒', 0xfe: '☑' };
const WINGDINGS_2: Record<number, string> = { 0x4f: '✗', 0x50: '✓', 0x52: '☑', 0x53: '☒', 0x54: '☒', 0xa3: '□', 0x97: '•' };

/** The character a `w:sym` shows: `font` is its w:font, `code` its w:char (F0xx private-use or a plain code). */
export function symbolFontChar(font: string | undefined, code: number): string {
  if (!Number.isFinite(code)) return '';
  const c = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  const name = (font ?? '').trim().toLowerCase();
  if (c < 0x100 && name === 'symbol') {
    if (SYMBOL[c]) return SYMBOL[c];
    if (c >= 0x41 && c <= 0x5a) return GREEK_UPPER[c - 0x41]!;
    if (c >= 0x61 && c <= 0x7a) return GREEK_LOWER[c - 0x61]!;
  }
  const marks = name === 'wingdings' ? WINGDINGS : name === 'wingdings 2' ? WINGDINGS_2 : undefined;
  if (c < 0x100 && marks?.[c]) return marks[c];
  return c >= 0x20 ? String.fromCodePoint(c) : '';
}
