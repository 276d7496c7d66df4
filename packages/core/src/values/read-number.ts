// The figure at the start of a value and its one spelling, kept apart from parseValue (which reads what surrounds it).

// Thousands separated by commas (1,200), by the full-width comma a Chinese keyboard types (1，200) or by spaces
// (1 200, as SI and some templates print them); a group of other than three digits ends the number there.
// A comma may be followed by one space where a PDF or Word line wrap fell after it (1,\n200, read as `1, 200`).
const NUMBER = /^([+-]?(?:\d{1,3}(?:, ?\d{3})+(?!\d)|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[,，] ?\d{3})+(?!\d)|\d{1,3}(?: \d{3})+(?!\d)|\d+)(?:\.\d+)?|[+-]?\.\d+)/;
const GROUP_SEPARATORS = /[,， ]/g;

/** Reads the number at the start of a string: `1,055.4万元` → 1055.4 and `万元`. */
export function readNumber(input: string): { number: number; rest: string } | null {
  const m = NUMBER.exec(input);
  if (!m) return null;
  const n = Number(m[1]!.replace(GROUP_SEPARATORS, ''));
  if (!Number.isFinite(n)) return null;
  return { number: n, rest: input.slice(m[0].length) };
}

/** `100.00` → `100`, `1,055.40` → `1055.4`: one spelling per number. */
export function canonicalNumber(n: number): string {
  if (Object.is(n, -0)) return '0';
  const rounded = Math.round(n * 1e10) / 1e10;
  return String(rounded);
}
