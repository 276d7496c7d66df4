/**
 * The width a table needs for its columns: the fixed widths plus `flexMin` for each column left to stretch. Given as
 * the table's scroll.x, a narrow window scrolls the table sideways instead of squeezing the stretching column (a name)
 * to a few characters a line.
 */
export function columnsWidth(columns: readonly { width?: number | string }[], flexMin: number): number {
  return columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : flexMin), 0);
}
