import type { Item } from './flatten-source';
import { stripEnumerator } from './normalize-label';
import { resultSentenceItem, type ResultFields } from './result-sentences';

type TextItem = Extract<Item, { type: 'text' }>;

// A list mark in front of an outline line (● ○ ◆ ▪ ■ □ ► ▶ ➢ • · - *).
const MARK = /^[\s\u3000]*(?:[●○◆◇▪■□►▶➢➤•·∙‣⁃◦*]|-(?!\d))[\s\u3000]*/u;
const MARK_ONLY = /^[●○◆◇▪■□►▶➢➤•·∙‣⁃◦*-]+/u;
const LEVEL1 = /^(产出|效益|效果|成本|满意度|投入|过程|管理|决策|履职)(指标)?(?:[（(]\d+(?:\.\d+)?分[)）])?$/;
// A level 2 caption: a short word ending in 指标 that names a kind of indicator.
const LEVEL2 = /^[\u4e00-\u9fff]{0,8}(?:数量|质量|时效|成本|效益|影响|满意度|管理|执行|保障|监督)指标(?:[（(]\d+(?:\.\d+)?分[)）])?$/;
// Where a value starts in `名称≥120场` when no colon sets it apart.
const VALUE_START = /(?:[≥≤＞＜>＝=<≧≦]|不低于|不少于|不高于|不超过|不多于|不大于|不小于|达到)/;

// List numbering in front of a line, by its style: （一） / 一、 are one style, 1. / 1、 another, （1） a third.
const NUMBER_STYLES: Array<[RegExp, string]> = [
  [/^[\s\u3000]*(?:[（(][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．])/, 'cn'],
  [/^[\s\u3000]*\d{1,3}[.、．)）](?!\d)/, 'arabic'],
  [/^[\s\u3000]*[（(]\d{1,3}[)）]/, 'paren'],
  [/^[\s\u3000]*[\u2460-\u2473]/, 'circled'],
];

/** A cells row of 一级指标 | 二级指标 | 三级指标 | 指标值, with what a result sentence adds (实际完成值, 分值, 得分). */
export interface OutlineRow { cells: string[]; line: number | null; result?: ResultFields }

function numberStyle(text: string): string {
  return NUMBER_STYLES.find(([re]) => re.test(text))?.[1] ?? '';
}

/**
 * Indicators written as an outline instead of a table (a page that lists its 绩效指标 as bullets):
 * `● 产出指标：` lines, `○ 数量指标：名称≥120场；名称：2025年12月31日前` lines under them, or the
 * whole level on one line (`产出指标：数量指标：…；质量指标：…`). Each item (`名称` followed by a
 * comparator, or `名称：指标值`) is a row of 一级指标 | 二级指标 | 三级指标 | 指标值. A run needs a
 * level 1 and two items at least; an item with no value it can set apart makes no row.
 */
export function outlineRun(items: Item[], start: number): { rows: OutlineRow[]; end: number } | null {
  const rows: OutlineRow[] = [];
  let level1: string | null = null;
  let level2: string | null = null;
  let level1Mark = '';
  let itemStyle = '';
  let end = start;
  for (; end < items.length && items[end]!.type === 'text'; end++) {
    const line = items[end]!.line;
    const raw = (items[end] as TextItem).text;
    // A bullet or a numbering style tells the outline's depth: `（一）产出指标` over `4.成本指标：…`
    // holds a level 2 as much as `● 产出指标` over `○ 成本指标` does.
    const mark = (MARK.exec(raw)?.[0] ?? '').replace(/[\s\u3000]+$/, '') + numberStyle(raw);
    const text = raw.replace(MARK, '').trim();
    // A paragraph of prose opens with its level and a full stop (`（一）产出指标。1.数量指标：…`).
    const head = /^([^：:；;。]{2,16})(?:[：:。]\s*(.*))?$/.exec(text);
    const word = head ? stripEnumerator(head[1]!.trim()).trim() : '';
    // An item on a line of its own under its level 2 (a nested list: `- 名称：≥18家` under `- 数量指标`).
    if (level2 != null && mark !== '' && !LEVEL1.test(word) && !LEVEL2.test(word)) {
      // A bullet holding one item alone may type its value with no sign (`报告及时率100%`, `水平稳步提升`).
      const items = outlineItems(text);
      const glued = items.length === 0 ? gluedItem(text) : null;
      if (items.length === 0 && !glued) break;
      for (const it of glued ? [glued] : items) rows.push(outlineRow(level1!, level2, it, line));
      continue;
    }
    // A numbered item right under a level 1 that names no level 2 (`1. 名称：计划…，实际…，得分10分`).
    const style = numberStyle(raw);
    if (level1 != null && style !== '' && style !== level1Mark.replace(MARK_ONLY, '') && !(head && (LEVEL1.test(word) || LEVEL2.test(word)))) {
      const item = numberedItem(stripEnumerator(text).trim());
      if (item) {
        rows.push(outlineRow(level1, level2 ?? '', item, line));
        itemStyle = style;
        continue;
      }
      // A numbered sentence among the items that states no value (`5. 行政执法监督：全年开展…，…进一步提升。`)
      // is prose: no row, and the list goes on after it.
      if (style === itemStyle) continue;
      break;
    }
    if (!head) break;
    const rest = (head[2] ?? '').trim();
    // 成本指标 is a level 1 in one template and a level 2 in another: under a level 1, a line
    // marked or indented otherwise than the level 1's is a level 2, and so is one with items
    // right under it rather than level 2 captions (a level 1 成本指标 has 经济成本指标 … under it).
    const underLevel1 = level1 != null && LEVEL2.test(word)
      && (mark !== level1Mark || (level2 != null && rest === '' && itemsFollow(items, end + 1)));
    if (LEVEL1.test(word) && !underLevel1) {
      level1 = word;
      level1Mark = mark;
      level2 = null;
    } else if (LEVEL2.test(word) && level1 != null) {
      level2 = word;
    } else break;
    for (const piece of rest.split(/[；;]/)) {
      let t = piece.replace(/[。.]$/, '').trim();
      if (t === '') continue;
      const sub = /^([^：:]{2,16})[：:]\s*(.*)$/.exec(t);
      const subWord = sub ? stripEnumerator(sub[1]!.trim()).trim() : '';
      if (sub && LEVEL2.test(subWord)) {
        level2 = subWord;
        t = sub[2]!.trim();
        if (t === '') continue;
      }
      for (const it of outlineItems(t)) rows.push(outlineRow(level1, level2 ?? '', it, line));
    }
  }
  return level1 != null && rows.length >= 2 ? { rows, end } : null;
}

/** Whether the line at `at` is an indicator item, not a level caption. */
function itemsFollow(items: Item[], at: number): boolean {
  const next = items[at];
  if (next?.type !== 'text') return false;
  if (!MARK.test(next.text)) return false;
  const text = next.text.replace(MARK, '').trim();
  const word = stripEnumerator((/^([^：:；;。]{2,16})/.exec(text)?.[1] ?? '').trim()).trim();
  return !LEVEL1.test(word) && !LEVEL2.test(word) && outlineItems(text).length > 0;
}

/**
 * The items of one piece: prose sets several apart by commas (`举办培训班不少于24期，培训农民不少于1200人次`) —
 * split there only when every part is an item with a comparator of its own, so a value going on after a comma
 * (`≥95%，较上年提高`) stays whole.
 */
function outlineItems(text: string): OutlineItem[] {
  // A result sentence's clauses (`…（目标值≥280人次）`, `得分10分`) are one item's.
  const result = resultSentenceItem(text);
  if (result) return [{ cells: [result.name, result.target], result }];
  const parts = text.split(/[，,]/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length > 1) {
    const items = parts.map((p) => (/[：:]/.test(p) ? null : outlineItem(p)));
    if (items.every((x) => x != null)) return items as OutlineItem[];
  }
  const one = outlineItem(text);
  return one ? [one] : [];
}

interface OutlineItem { cells: [string, string]; result?: ResultFields }

// A value typed straight after its name with no sign: a figure and a short unit closing the item
// (`报告及时率100%`, `接种剂次2.4万剂次`), or a trend word (`健康素养水平稳步提升`). The name must not end in a digit.
const GLUED_END = /(?<=[^\d.\s])(?:\d+(?:\.\d+)?\s*(?:[%‰]|[\u4e00-\u9fff/a-zA-Z]{0,4})|(?:稳步|逐步|持续|明显|有效|进一步)(?:提升|提高|改善|增强|加强|下降|降低|减少|保障))$/u;

// A name is one phrase: text with a comma or a full stop before the value is a report's sentence
// (`全年完成培训3150人次，年度目标≥3000人次`), not an indicator.
const NOT_A_NAME = /[，,。]/;

function outlineItem(text: string): OutlineItem | null {
  const result = resultSentenceItem(text);
  if (result) return { cells: [result.name, result.target], result };
  const colon = /^([^：:]{2,40})[：:]\s*(\S.*)$/.exec(text);
  if (colon) return NOT_A_NAME.test(colon[1]!) ? null : { cells: [colon[1]!.trim(), colon[2]!.trim()] };
  return splitAt(text, VALUE_START.exec(text));
}

function splitAt(text: string, m: RegExpExecArray | null): OutlineItem | null {
  if (!m || m.index < 2 || NOT_A_NAME.test(text.slice(0, m.index))) return null;
  return { cells: [text.slice(0, m.index).trim(), text.slice(m.index).trim()] };
}

/** An item whose value closes it with no sign before it; only a bullet of its own is read so (prose has figures). */
function gluedItem(text: string): OutlineItem | null {
  const t = text.replace(/[。；;]$/, '');
  return splitAt(t, GLUED_END.exec(t));
}

// `（1）一级指标：产出指标；三级指标：…` is a line of labels (indicator-lines.ts), not an item named 一级指标.
const FIELD_LABEL_NAME = /^(?:[一二三]级指标|指标名称|指标值|年度指标值|目标值|指标内容)$/;

/**
 * A numbered line right under a level 1 is an item when it is a result sentence or a `名称：值` whose value is one
 * phrase; a value running on over clauses is a sentence of prose.
 */

function numberedItem(text: string): OutlineItem | null {
  const item = outlineItem(text);
  if (!item || FIELD_LABEL_NAME.test(item.cells[0])) return null;
  return item.result || !/[，,。；;：:]/.test(item.cells[1]) ? item : null;
}

function outlineRow(level1: string, level2: string, item: OutlineItem, line: number | null): OutlineRow {
  return { cells: [level1, level2, item.cells[0], item.cells[1]], line, ...(item.result ? { result: item.result } : {}) };
}
