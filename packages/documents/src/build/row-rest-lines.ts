import { displayWidth } from '../text/read-grid-table';
import { isCategoryText } from './level-cells';
import { isBareLabel, isLabelLine, type TextItem } from './line-cell-labels';
import { isPageFurniture } from './normalize-label';

/**
 * A PDF viewer's copy that joins the words of one printed line by single spaces prints a table row as one
 * line and the rests of its wrapped cells on the line under it, several cells' rests joined the same way
 * (`城乡居民基本养老保 ≥95% 10 参保人数占应参保人数` ⏎ `险参保率 的比例`). Each rest goes back onto the word it
 * continues: a level cut short (`服务对象满意` ⏎ `度指标`), else a word as wide as the widest of its column,
 * where a cell is cut (a CJK character's width short at most, where a half-width digit left the gap). A
 * label's sentence cut where the page ends (`年度绩效目标 完成全县…生命防` ⏎ `护工程42公里，…`) goes on the same way.
 * Returns each line's words, rests joined (an empty list for a line that was only rests), and the words
 * completed so: whole cells, no further line goes on them.
 */
export function joinRowRests(lines: TextItem[]): { words: string[][]; whole: Set<string>[] } {
  const words = lines.map(wordsOf);
  const whole = lines.map(() => new Set<string>());
  // Each word's last printed line: a rest narrower than its column ended the cell.
  const lastPiece = words.map((row) => row.slice());
  const widths = slotWidths(words);
  // The line the rests go back to: the last one still holding words (a sentence may go on over several lines).
  let row = 0;
  for (let k = 1; k < lines.length; k++) {
    // A level's first part (可持续影响 ⏎ 指标 under it) is no rest: the line under it completes it.
    const cutLevel = (w: string) => !isCategoryText(w) && isCategoryText(w + (wordsOf(lines[k + 1] ?? lines[k]!)[0] ?? '')) && lines[k + 1] != null;
    if (follows(lines[k - 1]!, lines[k]!) && isRestLine(lines[k]!.text) && !words[k]!.some(cutLevel)) {
      const joined = restsJoined(words[row]!, lastPiece[row]!, words[k]!, widths) ?? sentenceRest(words[row]!, words[k]!);
      if (joined) {
        joined.forEach((w, i) => {
          if (w === words[row]![i]) return;
          whole[row]!.add(w);
          lastPiece[row]![i] = w.slice(words[row]![i]!.length);
        });
        words[row] = joined;
        words[k] = [];
        continue;
      }
    }
    row = k;
  }
  return { words, whole };
}

function wordsOf(l: TextItem): string[] {
  return l.text.trim().split(/[ \u3000\u00a0]+/).filter((w) => w !== '');
}

function follows(above: TextItem, line: TextItem): boolean {
  return above.line == null || line.line == null || line.line === above.line + 1;
}

// A figure or a signed value: a cell of its own, never the rest of a wrapped one.
const FIGURE = /^([≥≤<>=＞＜≧≦＝+\-−]|\d[\d,，.]*(%|‰)?$)/;

// A line of rests: a few words, no figure, no label, no caption of its own.
function isRestLine(text: string): boolean {
  const w = text.trim().split(/[ \u3000\u00a0]+/);
  if (w.length > 3 || /[：:]/.test(text) || isPageFurniture(text) || isLabelLine(text) || isBareLabel(text)) return false;
  return w.every((x) => !FIGURE.test(x) && !isCategoryText(x));
}

/** A word's column counted from the row's figures: -1 the word just before the first, +1 the one right after the last. */
function slotOf(row: string[], i: number): number | null {
  const first = row.findIndex((w) => FIGURE.test(w));
  if (first < 0) return null;
  let last = first;
  row.forEach((w, k) => { if (FIGURE.test(w)) last = k; });
  if (i < first) return i - first;
  if (i > last) return i - last;
  return null;
}

function slotWidths(rows: string[][]): Map<number, number> {
  const out = new Map<number, number>();
  for (const row of rows) {
    if (row.length < 3) continue;
    row.forEach((w, i) => {
      const slot = slotOf(row, i);
      if (slot != null) out.set(slot, Math.max(out.get(slot) ?? 0, displayWidth(w)));
    });
  }
  return out;
}

const OPEN = /[《（(“「【]/g;
const CLOSE = /[》）)”」】]/g;
const unbalanced = (w: string) => (w.match(OPEN)?.length ?? 0) > (w.match(CLOSE)?.length ?? 0);

/**
 * The row's words with the rests joined, or null when the line is no set of rests of this row: every rest
 * must find its word, and a rest no word clearly takes (two cells as wide as their columns, one rest) leaves
 * the line alone.
 */
function restsJoined(row: string[], lastPiece: string[], rests: string[], widths: Map<number, number>): string[] | null {
  if (row.length < 3 || !row.some((w) => FIGURE.test(w))) return null;
  const out = row.slice();
  let from = 0;
  for (let r = 0; r < rests.length; r++) {
    const rest = rests[r]!;
    const open = [...out.keys()].filter((i) => i >= from && slotOf(row, i) != null);
    // (A level is a few characters: a long name ending in one, 群众出行…可持续影响, is no level cut short.)
    const level = open.find((i) => !isCategoryText(row[i]!) && (row[i]! + rest).length <= 12 && isCategoryText(row[i]! + rest));
    const bracket = /^[》）)”」】]/.test(rest) ? open.filter((i) => unbalanced(row[i]!)) : [];
    const full = open.filter((i) => !isCategoryText(row[i]!) && displayWidth(lastPiece[i]!) >= (widths.get(slotOf(row, i)!) ?? Infinity) - 1 && displayWidth(rest) <= displayWidth(lastPiece[i]!));
    const left = rests.length - r;
    const pick = level ?? (bracket.length === 1 ? bracket[0] : full.length === left ? full[0] : undefined);
    if (pick == null) return null;
    out[pick] = out[pick]! + rest;
    from = pick + 1;
  }
  return out;
}

/**
 * A label row whose last word is a sentence the page cut (no closing 。 or ；) and a line of one word under
 * it that is no label: the sentence's rest.
 */
function sentenceRest(row: string[], rests: string[]): string[] | null {
  if (row.length < 2 || rests.length !== 1) return null;
  const last = row[row.length - 1]!;
  if (FIGURE.test(last) || last.length < 12 || /[。；;！？]$/.test(last) || !/[\u4e00-\u9fff]/.test(last)) return null;
  if (!isLabelLine(row[0]!) && !isBareLabel(row[0]!)) return null;
  return [...row.slice(0, -1), last + rests[0]!];
}
