/**
 * How a typed score reads in its box: at most two decimals, no trailing zeros (28, 18.9, 18.89), as 分值 and 系统核算
 * beside it read. antd's precision={2} showed every score as 28.00 beside a 系统核算 of 28. While the clerk types, the
 * box shows what was typed (an 18. on the way to 18.5 keeps its point).
 */
export function scoreInputText(value: string | number | undefined, info?: { userTyping: boolean; input: string }): string {
  if (info?.userTyping) return info.input;
  if (value === undefined || value === '') return '';
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  return String(roundScoreInput(n));
}

/** A typed score kept to two decimals, as precision={2} kept it. */
export function roundScoreInput(value: number): number {
  return Math.round(value * 100) / 100;
}
