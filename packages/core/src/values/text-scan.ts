/**
 * Char-scan helpers for the per-row loops of review and scoring. Most cells have no surrounding blanks, and
 * String.prototype.trim or a regex test costs several times a look at the first and last char.
 * "Blank" is exactly what JavaScript's trim and the regex class \s remove.
 */
export function isBlankCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  // Chinese text is mostly above U+3000, where only U+FEFF is blank: one comparison instead of the list.
  if (c > 0x3000) return c === 0xfeff;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** s.trim(), without the call when neither end is blank. */
export function trimmed(s: string): string {
  const n = s.length;
  return n === 0 || (!isBlankCode(s.charCodeAt(0)) && !isBlankCode(s.charCodeAt(n - 1))) ? s : s.trim();
}

/** !(s && s.trim()): null, empty or blanks only. */
export function isBlank(s: string | null | undefined): boolean {
  if (s == null || s.length === 0) return true;
  return isBlankCode(s.charCodeAt(0)) && s.trim() === '';
}

/** Whether s has any blank (the regex /[\s\u3000]/). */
export function hasBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isBlankCode(s.charCodeAt(i))) return true;
  return false;
}

/** Whether foldWidth would change s: a full-width form it folds (not the Chinese （），：；), an ideographic space, ≧ ≦, ﹪ or −. */
export function hasFoldable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x2266) {
      if (c === 0x2212) return true;
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e) {
      if (c !== 0xff08 && c !== 0xff09 && c !== 0xff0c && c !== 0xff1a && c !== 0xff1b) return true;
    } else if (c === 0x3000 || c === 0x2266 || c === 0x2267 || c === 0xfe6a) return true;
  }
  return false;
}
