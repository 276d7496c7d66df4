import type { PdfTextItem } from './pdf-text-lines';

const ONE_HANZI = /^[\u4e00-\u9fa5]$/;

/**
 * Text set vertically in a narrow cell (竖排: 产⏎出⏎指⏎标 in a merged level cell, 一⏎级⏎指⏎标 in its
 * caption) prints one character a line, each its own text item at the same left edge. Without
 * borders nothing says they are one cell: read line by line they fall on the rows beside them (产 on
 * one row, 出指 on the next). Such a stack is one word, printed as a label centred on the cell would
 * be: one item at the middle of the stack. A stack is single characters a line pitch apart with
 * nothing else in their column between them, at least one of them on a line of its own (a column of
 * one-character cells, 个 | 人 | 户 in a table set with no cell margins, shares every line with its row).
 */
export function joinVerticalStacks(items: PdfTextItem[]): PdfTextItem[] {
  const singles = items.filter((i) => ONE_HANZI.test(i.str.trim())).sort((a, b) => a.top - b.top);
  if (singles.length < 2) return items;
  const used = new Set<PdfTextItem>();
  const joined: PdfTextItem[] = [];
  for (const first of singles) {
    if (used.has(first)) continue;
    const stack = [first];
    for (const next of singles) {
      const last = stack[stack.length - 1]!;
      if (next.top <= last.top || used.has(next) || Math.abs(next.x0 - first.x0) > 0.3 * first.size || Math.abs(next.size - first.size) > 0.5) continue;
      const pitch = next.top - last.top;
      if (pitch > 1.7 * first.size) break;
      if (pitch < 0.9 * first.size) continue;
      if (items.some((o) => o !== last && o !== next && o.x0 < last.x1 && last.x0 < o.x1 && o.top > last.top && o.top < next.top)) break;
      stack.push(next);
    }
    if (stack.length < 2 || !stack.slice(1).some((s) => aloneOnLine(s, items))) continue;
    for (const s of stack) used.add(s);
    const middle = (stack[0]!.top + stack[stack.length - 1]!.bottom) / 2;
    const half = (first.bottom - first.top) / 2;
    joined.push({ ...first, str: stack.map((s) => s.str.trim()).join(''), top: middle - half, bottom: middle + half, x1: Math.max(...stack.map((s) => s.x1)) });
  }
  return used.size === 0 ? items : [...items.filter((i) => !used.has(i)), ...joined];
}

function aloneOnLine(item: PdfTextItem, items: PdfTextItem[]): boolean {
  const tolerance = Math.max(1.5, 0.4 * item.size);
  return !items.some((o) => o !== item && Math.abs(o.bottom - item.bottom) <= tolerance);
}
