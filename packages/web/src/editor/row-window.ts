export interface RowWindow {
  /** First rendered row (inclusive). */
  start: number;
  /** Last rendered row (exclusive). */
  end: number;
  /** Height of the empty space standing in for the rows above and below. */
  padTop: number;
  padBottom: number;
}

/**
 * The rows to render for a scroll position: those in view plus `overscan` on each side, so
 * Tab and the arrow keys usually land on a row that already exists.
 */
export function rowWindow(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan: number): RowWindow {
  const height = Math.max(1, rowHeight);
  const first = Math.floor(Math.max(0, scrollTop) / height);
  const visible = Math.ceil(Math.max(0, viewport) / height) + 1;
  const start = Math.max(0, Math.min(first - overscan, count - visible - overscan));
  const end = Math.min(count, first + visible + overscan);
  const clampedStart = Math.min(start, end);
  return { start: clampedStart, end, padTop: clampedStart * height, padBottom: (count - end) * height };
}
