/** A key's value as the corpus tests compare it: spacing inside text is layout, amounts compare to four decimals. */
export function comparable(v: unknown): unknown {
  if (typeof v === 'string') return v.replace(/[\s\u3000]+/g, '');
  if (typeof v === 'number') return Math.round(v * 10000) / 10000;
  if (Array.isArray(v)) return v.map(comparable);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, comparable(x)]));
  return v;
}
