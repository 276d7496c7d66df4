import { isCategoryText } from '../build/level-cells';
import { isBareLabel } from '../build/line-cell-labels';
import { detectFormTitle, unitNameLine } from '../build/form-titles';
import { headerRole } from '../build/header-map';

/**
 * A browser copies a cell's empty paragraph (`<p>&nbsp;</p>`, which CMS editors leave before or after a cell's
 * text) as a piece holding only a no-break space, set apart from the cell's text by a line break. In a TSV copy
 * that break cuts the row: `名称` ⏎ `NBSP⇥≥12所⇥…`, `≥95%⇥NBSP` ⏎ `97.5%⇥10⇥…`, or a line of its own between a
 * cell's two paragraphs. Such pieces are no text and no cell: they are taken out and the row put back together,
 * so the readers after see the rows as the page showed them. Only U+00A0 marks them: a typed space or an empty
 * line keeps its meaning.
 */
const NBSP_ONLY = /^[ \u3000]*\u00a0[ \u00a0\u3000]*$/;
// A figure (≥95%, 97.5%, 12所, 6.53万元/所) never opens a table row: rows open with a level or a name.
const FIGURE = /^[≥≤＞＜><=＝]?\s*[+-]?\d+(?:\.\d+)?\s*(?:%|％|[\u4e00-\u9fa5]{1,3}(?:\/[\u4e00-\u9fa5]{1,2})?)?$/;

// 附件2 / 附表1-3 opens the next attachment's block.
const ATTACHMENT_NO = /^附[件表]\s*[\d一二三四五六七八九十]/;

const cellsOf = (l: string) => l.split('\t');
const written = (l: string) => cellsOf(l).filter((c) => c.trim() !== '').length;

function opensBlock(line: string): boolean {
  const t = line.trim();
  return ATTACHMENT_NO.test(t) || detectFormTitle(t, false) != null || unitNameLine(t) != null || isBareLabel(t.split('\t')[0]!.trim()) || isCategoryText(t);
}

/**
 * The same copy breaks a cell's text at a `<br>` or between two of its paragraphs (`农村学生素质教育` ⏎
 * `水平⇥有效提升⇥…`): the row comes in two TAB lines. A line of words only (no figure, no caption, no label)
 * cannot be a row of an indicator table, whose rows keep their right-hand cells (value, weight, score) even
 * when the browser leaves their merged level cells out; when the next line, holding figures and opening with
 * no level, makes the row no wider than the table's widest, the two are one row cut inside that cell.
 */
function cutInsideCell(a: string[], b: string[], width: number): boolean {
  if (a.length < 2 || a.length + b.length - 1 > width) return false;
  const last = a[a.length - 1]!.trim();
  const first = b[0]!.trim();
  if (last === '' || first === '' || NBSP_ONLY.test(first)) return false;
  if (a.some((c) => /\d/.test(c) || headerRole(c.trim(), true) != null) || isBareLabel(a[0]!.trim())) return false;
  return b.slice(1).some((c) => /\d/.test(c)) && !isCategoryText(first) && headerRole(first, true) == null && !FIGURE.test(first);
}

export function dropBlankParagraphs(input: { lines: string[]; lineNos: number[] }): { lines: string[]; lineNos: number[] } {
  const { lines: raw, lineNos: nos } = input;
  // Only a copy that kept the page's no-break spaces is read so; a typed text keeps its lines.
  if (!raw.some((l) => l.includes('\t')) || !raw.some((l) => l.includes('\u00a0'))) return input;
  // A TSV row holds two written cells or more; a cell-per-line copy (`⇥text` lines set apart by NBSP lines) is no such row.
  const tabbed = (k: number) => k >= 0 && k < raw.length && written(raw[k]!) >= 2;
  // The widest row of the TSV run around a line, to know when two pieces make one row.
  const widthNear = (k: number) => {
    let w = 0;
    for (let j = Math.max(0, k - 40); j < Math.min(raw.length, k + 40); j++) if (tabbed(j)) w = Math.max(w, cellsOf(raw[j]!).length);
    return w;
  };
  const lines: string[] = [];
  const lineNos: number[] = [];
  for (let k = 0; k < raw.length; k++) {
    const line = raw[k]!;
    const prev = lines.length > 0 ? lines[lines.length - 1]! : null;
    // A line of its own inside a cell: a TAB row (or a cell's first paragraph) before it, the cell's next paragraph after.
    if (NBSP_ONLY.test(line) && prev != null && k + 1 < raw.length && !NBSP_ONLY.test(raw[k + 1]!) && raw[k + 1]!.trim() !== ''
      && (written(prev) >= 2 || tabbed(k + 1)) && [1, 2, 3].some((d) => tabbed(k + d)) && !opensBlock(raw[k + 1]!)) {
      continue;
    }
    if (prev != null && written(prev) >= 2 && tabbed(k)) {
      const a = cellsOf(prev);
      const b = cellsOf(line);
      const width = widthNear(k);
      if (a.length + b.length - 1 <= width) {
        // `名称` ⏎ `NBSP⇥…`: the cell's empty last paragraph; the row goes on after it.
        if (NBSP_ONLY.test(b[0]!) && a[a.length - 1]!.trim() !== '' && !NBSP_ONLY.test(a[a.length - 1]!)) {
          lines[lines.length - 1] = [...a, ...b.slice(1)].join('\t');
          continue;
        }
        if (cutInsideCell(a, b, width)) {
          lines[lines.length - 1] = [...a.slice(0, -1), `${a[a.length - 1]!}\n${b[0]!}`, ...b.slice(1)].join('\t');
          continue;
        }
        // `≥95%⇥NBSP` ⏎ `97.5%⇥…`: the cell's empty first paragraph; its text is the figure opening the next line.
        if (NBSP_ONLY.test(a[a.length - 1]!) && FIGURE.test(b[0]!.trim())) {
          lines[lines.length - 1] = [...a.slice(0, -1), ...b].join('\t');
          continue;
        }
      }
    }
    lines.push(line);
    lineNos.push(nos[k]!);
  }
  return { lines, lineNos };
}
