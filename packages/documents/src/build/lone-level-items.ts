import type { Item } from './flatten-source';
import { isCategoryText } from './level-cells';
import { isBlank } from './normalize-label';

// A level's words alone: two to twelve ideographs, no figure, no punctuation.
const LEVEL_WORDS = /^[\u4e00-\u9fff]{2,12}$/;

/**
 * An indicator table broken by a page often prints the merged level cell of the rows after the break on a line
 * of its own, between the two tables (`绩效管理` over `| | 绩效自评完成率 | 100% | …`): that word is the level of
 * the rows after it, which leave their level cells blank. It goes into the blank level cell nearest the name of
 * the first row after it (the rows below take it down as blank level cells do); a level 1 word (产出指标) is left
 * to the category rules. Only between two tables of the same width whose next row leaves two level cells blank.
 */
export function foldLoneLevelItems(items: Item[]): Item[] {
  let out: Item[] | null = null;
  for (let k = 1; k + 1 < items.length; k++) {
    const word = loneWord(items[k]!);
    const before = items[k - 1]!;
    const after = items[k + 1]!;
    if (word == null || before.type !== 'row' || after.type !== 'row' || before.tableIndex === after.tableIndex) continue;
    if (before.cells.length < 4 || after.cells.length !== before.cells.length) continue;
    const blanks = after.cells.findIndex((c) => !isBlank(c.text));
    if (blanks < 2) continue;
    out ??= items.slice();
    const cells = after.cells.map((c, i) => (i === blanks - 1 ? { ...c, text: word, merged: false } : c));
    out[k + 1] = { ...after, cells };
    out[k] = { type: 'text', text: '', heading: null, line: items[k]!.line };
  }
  return out ? out.filter((it) => it.type !== 'text' || it.text !== '') : items;
}

/** The level word a text line or a one-cell row holds alone, or null. */
function loneWord(item: Item): string | null {
  let text: string | null = null;
  if (item.type === 'text' && item.heading == null) text = item.text;
  if (item.type === 'row' && item.cells.length === 1) text = item.cells[0]!.text;
  const t = text?.replace(/[\s\u3000]+/g, '') ?? '';
  return LEVEL_WORDS.test(t) && !isCategoryText(t) ? t : null;
}
