/**
 * The width a table needs for its columns: the fixed widths plus `flexMin` for each column left to stretch. Given as
 * the table's scroll.x, a narrow window scrolls the table sideways instead of squeezing the stretching column (a name)
 * to a few characters a line. Given the screens that match (Grid.useBreakpoint), a column hidden on this screen is not
 * counted, so the table does not scroll for room it does not use.
 */
export function columnsWidth(
  columns: readonly { width?: number | string; responsive?: readonly string[] }[],
  flexMin: number,
  screens?: Partial<Record<string, boolean>>,
): number {
  // A column shown only on some screens (responsive) counts where it is shown; without `screens`, always.
  const shown = (c: { responsive?: readonly string[] }) => !screens || !c.responsive || c.responsive.some((b) => screens[b]);
  return columns.filter(shown).reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : flexMin), 0);
}
