import { describe, expect, it } from 'vitest';
import { rowWindow } from './row-window';

describe('rowWindow', () => {
  it.each([
    // scrollTop, viewport, rowHeight, count, overscan → start, end
    [0, 300, 30, 200, 10, 0, 21],
    [3000, 300, 30, 200, 10, 90, 121],
    [5700, 300, 30, 200, 10, 179, 200],
    [99999, 300, 30, 200, 10, 179, 200],
    [0, 300, 30, 5, 10, 0, 5],
    [0, 300, 30, 0, 10, 0, 0],
    [-50, 300, 30, 200, 10, 0, 21],
  ])('scrollTop %d viewport %d row %d of %d (+%d)', (scrollTop, viewport, rowHeight, count, overscan, start, end) => {
    const w = rowWindow(scrollTop, viewport, rowHeight, count, overscan);
    expect([w.start, w.end]).toEqual([start, end]);
    expect(w.padTop + (w.end - w.start) * rowHeight + w.padBottom).toBe(count * rowHeight);
  });
});
