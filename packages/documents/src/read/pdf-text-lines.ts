/** A positioned run of text; coordinates in points from the page's top-left corner. */
export interface PdfTextItem {
  str: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
}

/** Positions closer than the tolerance to the running mean of a group are one position. */
export function clusterPositions(values: number[], tolerance = 2): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0;
  let count = 0;
  for (const v of sorted) {
    if (count > 0 && v - sum / count > tolerance) {
      out.push(sum / count);
      sum = 0;
      count = 0;
    }
    sum += v;
    count++;
  }
  if (count > 0) out.push(sum / count);
  return out;
}

export interface Line {
  items: PdfTextItem[];
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  size: number;
}

export function groupLines(items: PdfTextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => a.bottom - b.bottom || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(item.bottom - last.bottom) <= Math.max(1.5, 0.4 * Math.min(item.size, last.size))) {
      last.items.push(item);
      last.top = Math.min(last.top, item.top);
      last.x0 = Math.min(last.x0, item.x0);
      last.x1 = Math.max(last.x1, item.x1);
      last.size = Math.max(last.size, item.size);
    } else {
      lines.push({ items: [item], top: item.top, bottom: item.bottom, x0: item.x0, x1: item.x1, size: item.size });
    }
  }
  for (const line of lines) line.items.sort((a, b) => a.x0 - b.x0);
  return lines;
}

export function joinPieces(a: string, b: string, gap: boolean): string {
  if (!a) return b;
  const asciiJoin = /[A-Za-z0-9.,;:%)]$/.test(a) && /^[A-Za-z0-9(]/.test(b);
  return a + (gap && asciiJoin ? ' ' : '') + b;
}

export function lineText(line: Line): string {
  let text = '';
  let prev: PdfTextItem | undefined;
  for (const item of line.items) {
    // A visible gap between runs on one line is a space (PDF writers drop the space glyph).
    const gap = prev ? item.x0 - prev.x1 > 0.25 * item.size : false;
    text = gap && text ? `${text} ${item.str}` : text + item.str;
    prev = item;
  }
  return unspread(text.replace(/\s+/g, ' ').trim());
}

// A line of single characters each set apart: 分散对齐 spreads a cell's characters evenly over its width, and the
// gaps read as spaces (pdf.js puts them into a run, or they fall between one-character runs). Chinese has no spaces
// between words, so three or more such characters, or two Chinese ones, are one word.
const SPREAD = /^\S(?: \S){2,}$/u;
const SPREAD_CJK = /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef] [\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]$/u;

/** The line's characters joined when the line is spread text (see SPREAD). */
export function unspread(text: string): string {
  return SPREAD.test(text) || SPREAD_CJK.test(text) ? text.replace(/ /g, '') : text;
}

/**
 * Text of one table cell. Wrapped lines are joined; a line is taken to end in a hard break
 * when the next line's first word would still have fitted before the cell's right border.
 */
export function cellText(items: PdfTextItem[], right: number): string {
  const lines = groupLines(items);
  let text = '';
  lines.forEach((line, i) => {
    const t = lineText(line);
    if (i === 0) text = t;
    else {
      const prev = lines[i - 1]!;
      const hardBreak = right - prev.x1 > firstWordWidth(line) + 1.5 * prev.size;
      text = hardBreak ? `${text}\n${t}` : joinPieces(text, t, true);
    }
  });
  return text.trim();
}

function firstWordWidth(line: Line): number {
  const item = line.items[0]!;
  const str = item.str.trimStart();
  // Closing punctuation may not start a line, so it travels with the word before it.
  const word = /^([A-Za-z0-9.,%\-+_/:()×÷±≥≤=<>~～]+|.)[，。、；：！？）」』”,.;:!?)]*/u.exec(str)?.[0] ?? '';
  return str.length > 0 ? ((item.x1 - item.x0) * word.length) / str.length : item.size;
}
