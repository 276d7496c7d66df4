import { evaluateFormula } from './evaluate-formula';

/** One key per cell position (a sheet has at most 16,384 columns). */
export const cellKey = (r: number, c: number): number => r * 100_000 + c;

/**
 * Formulas saved with no result (systems write them and leave the calculating to Excel): the
 * sheet shows what Excel works out on opening, so the arithmetic ones get their value here, in
 * the cell's number format (also those a workbook marked for recalculation saved with a placeholder
 * result: that stays where the arithmetic cannot be worked out). A formula on another waits for it
 * (cycles give nothing).
 */
export function fillUncachedFormulas(
  values: Map<number, Map<number, string>>,
  numbers: Map<number, number>,
  uncached: Array<{ r: number; c: number; style: number; formula: string }>,
  format: (value: number, style: number) => string,
): void {
  const pending = new Map(uncached.map((u) => [cellKey(u.r, u.c), u]));
  const working = new Set<number>();
  const lookup = (r: number, c: number): number | null | undefined => {
    const key = cellKey(r, c);
    const formula = pending.get(key);
    if (formula) return solve(formula) ?? numbers.get(key);
    if (numbers.has(key)) return numbers.get(key)!;
    const text = values.get(r)?.get(c);
    if (text === undefined) return null;
    // Excel reads digits stored as text as a number in arithmetic; other text is an error.
    return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : undefined;
  };
  const solve = (u: { r: number; c: number; style: number; formula: string }): number | undefined => {
    const key = cellKey(u.r, u.c);
    if (working.has(key)) return undefined;
    working.add(key);
    const value = evaluateFormula(u.formula, lookup);
    pending.delete(key);
    working.delete(key);
    if (value == null) return undefined;
    numbers.set(key, value);
    let row = values.get(u.r);
    if (!row) values.set(u.r, (row = new Map()));
    row.set(u.c, format(value, u.style));
    return value;
  };
  for (const u of uncached) if (pending.has(cellKey(u.r, u.c))) solve(u);
}
