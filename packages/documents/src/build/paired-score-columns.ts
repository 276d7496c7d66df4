import type { GridCell, Item } from './flatten-source';
import { headerRole } from './header-map';
import { budgetKeyOf } from './budget-captions';

// 10/9.5, 10分／9.5分: a weight and a score written in one cell.
const FIGURE_PAIR = /^\s*(\d+(?:\.\d+)?)\s*分?\s*[/／]\s*(\d+(?:\.\d+)?)\s*分?\s*$/;

/** `分值/得分` (or 权重／自评得分): one caption naming the weight and the score, in that order. */
function captionPair(text: string): [string, string] | null {
  const parts = text.replace(/[\s\u3000]+/g, '').split(/[/／]/);
  if (parts.length !== 2 || parts.some((p) => p === '')) return null;
  const [weight, score] = parts as [string, string];
  const isWeight = headerRole(weight) === 'weight' || budgetKeyOf(weight) === 'weight';
  const isScore = headerRole(score) === 'score' || budgetKeyOf(score) === 'score';
  return isWeight && isScore ? [weight, score] : null;
}

/**
 * A form that writes each row's points as `分值/得分` in one column (`10/9.5` under that caption, in the
 * budget block, the indicator rows and the 总分 row alike) reads as if the two had columns of their own:
 * under such a caption, the column is split in two, a `weight/score` cell into its two figures, and
 * any other cell over it (a placeholder, a merged text) widened over both.
 */
export function splitPairedScoreColumns(items: Item[]): Item[] {
  if (!items.some((i) => i.type === 'row' && i.cells.some((c) => c.text.length <= 16 && /[/／]/.test(c.text) && captionPair(c.text) != null))) return items;
  let table = -1;
  // Columns (as the source numbers them) of the pair caption the rows below stand under.
  let active: number[] = [];
  return items.map((item) => {
    if (item.type !== 'row') return item;
    if (item.tableIndex !== table) { table = item.tableIndex; active = []; }
    const captions = item.cells.filter((c) => c.span === 1 && captionPair(c.text) != null).map((c) => c.start);
    const isCaptionRow = captions.length > 0;
    if (isCaptionRow) active = captions;
    if (active.length === 0) return item;
    let cells = item.cells;
    for (const col of [...active].sort((a, b) => b - a)) cells = splitAt(cells, col, isCaptionRow);
    return { ...item, cells };
  });
}

function splitAt(cells: GridCell[], col: number, caption: boolean): GridCell[] {
  const out: GridCell[] = [];
  for (const c of cells) {
    if (c.start > col) { out.push({ ...c, start: c.start + 1 }); continue; }
    if (c.start + c.span <= col) { out.push(c); continue; }
    const pair = c.start === col && c.span === 1 ? (caption ? captionPair(c.text) : figurePair(c.text)) : null;
    if (pair) out.push({ ...c, text: pair[0] }, { ...c, text: pair[1], start: col + 1 });
    else out.push({ ...c, span: c.span + 1 });
  }
  return out;
}

function figurePair(text: string): [string, string] | null {
  const m = FIGURE_PAIR.exec(text);
  return m ? [m[1]!, m[2]!] : null;
}
