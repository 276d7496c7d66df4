import type { GridCell, Item } from './flatten-source';
import { readHeaderRow } from './header-map';
import { outlineRun } from './indicator-outline';
import { captionCardRun } from './caption-cards';
import { indicatorSentencePairs } from './indicator-sentences';
import { repeatedSummaryTable, runNames } from './summary-table';

type TextItem = Extract<Item, { type: 'text' }>;

const RESULT_COLUMNS: Array<['actual' | 'weight' | 'score', string]> = [['actual', '实际完成值'], ['weight', '分值'], ['score', '得分']];

// A level 1 as it opens a folded indicator line (产出指标-数量指标-培训人次：≥300人次).
const LEVEL1 = /^(产出|效益|效果|成本|满意度|投入|过程|管理|决策|履职)(指标)?(?:[（(]\d+(?:\.\d+)?分[)）])?$/;
const LEVEL_SEPARATOR = /\s*[-—－–]+\s*/;
// Before a colon the value is set apart already, so a slash may join the levels too (产出指标/数量指标/名称：值);
// after no colon a slash may be the value's unit (次/年), so there only dashes join.
const FOLDED_SEPARATOR = /\s*(?:[-—－–]+|[/／])\s*/;
// List numbering in front of a line (1. / （1） / ①), as chat messages number their items.
const LINE_NUMBER = /^(?:\d{1,3}[.、．)）]|[（(]\d{1,3}[)）]|[\u2460-\u2473])\s*/;

// Labels of one indicator written as text (指标名称：… 指标值：… 计量单位：…), longest first so
// 指标值确定依据 is not read as 指标值.
const FIELD_LABELS = [
  '指标值确定依据', '指标值设定依据', '绩效指标值设定依据及指标值数据来源', '指标值说明', '一级指标', '二级指标', '三级指标',
  '指标名称', '指标性质', '年度指标值', '实际完成值', '指标值', '目标值', '计量单位', '度量单位', '指标解释', '指标权重', '权重', '分值', '得分', '偏差原因',
].sort((a, b) => b.length - a.length);
// A unit in brackets may follow the label (权重（%）：10, 分值（分）：15).
const LABEL_AT = new RegExp(`(?:^|[\\s\\u3000;；，,])(${FIELD_LABELS.join('|')})(?:[（(][^（()）：:]{1,6}[)）])?\\s*[：:]`, 'g');
const NAME_LABELS = new Set(['指标名称', '三级指标']);
const LEVEL_LABELS = new Set(['一级指标', '二级指标']);

/**
 * Indicators written as lines of text instead of a table, as chat messages and plain Word
 * documents carry them, become the table they stand for:
 * - folded lines `产出指标-数量指标-培训人次：≥300人次` (level 1, level 2 and name joined by
 *   dashes, the value after the colon), one per indicator;
 * - label blocks `指标名称：… 指标值：… 计量单位：…` (one label a line or several on a line),
 *   one block per indicator, with `一级指标：` / `二级指标：` lines holding for the blocks below,
 *   or a report's sentences standing for such blocks (see indicator-sentences.ts) under level 1
 *   headings (`（一）产出指标`).
 * A run needs two indicators at least, so a lone label line stays a form field. Other items
 * pass through unchanged.
 */
export function rebuildIndicatorLines(items: Item[]): Item[] {
  const out: Item[] = [];
  let tableIndex = 2_000_000;
  for (let i = 0; i < items.length; i++) {
    const folded = foldedRun(items, i);
    if (folded) {
      tableIndex++;
      out.push(row(['一级指标', '二级指标', '三级指标', '指标值'], lineOf(items[i]!), tableIndex));
      for (const r of folded.rows) out.push(row(r.cells, r.line, tableIndex));
      i = folded.end - 1;
      continue;
    }
    const cards = captionCardRun(items, i);
    if (cards) {
      tableIndex++;
      out.push(row(cards.header, lineOf(items[i]!), tableIndex));
      for (const r of cards.rows) out.push(row(r.cells, r.line, tableIndex));
      i = cards.end - 1;
      continue;
    }
    const outline = outlineRun(items, i);
    if (outline) {
      tableIndex++;
      // Result sentences add the columns they state (实际完成值, 分值, 得分), blank in rows that state none.
      const extra = RESULT_COLUMNS.filter(([field]) => outline.rows.some((r) => r.result?.[field] != null));
      out.push(row(['一级指标', '二级指标', '三级指标', '指标值', ...extra.map(([, caption]) => caption)], lineOf(items[i]!), tableIndex));
      for (const r of outline.rows) out.push(row([...r.cells, ...extra.map(([field]) => r.result?.[field] ?? '')], r.line, tableIndex));
      i = skipSummaryTable(items, outline.end, runNames(outline.rows, 2), out) - 1;
      continue;
    }
    const block = labelRun(items, i);
    if (block) {
      tableIndex++;
      out.push(row(block.header, lineOf(items[i]!), tableIndex));
      for (const r of block.rows) out.push(row(r.cells, r.line, tableIndex));
      i = skipSummaryTable(items, block.end, runNames(block.rows, block.header.indexOf('指标名称')), out) - 1;
      continue;
    }
    out.push(items[i]!);
  }
  return out;
}

/** Past a short table after a run that only repeats the run's indicators (the text before it kept): where to go on. */
function skipSummaryTable(items: Item[], at: number, names: ReadonlySet<string>, out: Item[]): number {
  const table = repeatedSummaryTable(items, at, names);
  if (!table) return at;
  out.push(...items.slice(at, table.start));
  return table.end;
}

function lineOf(item: Item): number | null {
  return item.line;
}

function row(cells: string[], line: number | null, tableIndex: number): Item {
  const grid: GridCell[] = cells.map((text, k) => ({ text, start: k, span: 1, merged: false }));
  return { type: 'row', cells: grid, line, tableIndex };
}

/** The cells of a folded indicator line, or null. */
export function foldedIndicatorLine(text: string): string[] | null {
  const line = text.replace(LINE_NUMBER, '').trim();
  const m = /^([^：:]{4,80})[：:]\s*(\S.*)$/.exec(line);
  if (!m) return gluedIndicatorLine(line);
  const parts = m[1]!.split(FOLDED_SEPARATOR).map((p) => p.trim());
  if (parts.length !== 3 || parts.some((p) => p === '') || !LEVEL1.test(parts[0]!)) return null;
  return [...parts, m[2]!.trim()];
}

// Where a value typed straight after its name begins: a sign, a comparator word, or a date (2025年10月底前).
const GLUED_VALUE = /(?:[≥≤≧≦＞＜>=<＝]|不低于|不少于|不高于|不超过|不大于|不小于|大于等于|小于等于|20\d{2}\s*年)/;

/**
 * `产出指标——数量指标——培训人数≥200人次`: a chat line with no colon, the value typed straight after the name.
 * The value starts at its sign (or comparator word, or the date of a deadline); a name left empty is no line.
 */
function gluedIndicatorLine(line: string): string[] | null {
  const parts = line.split(LEVEL_SEPARATOR).map((p) => p.trim());
  if (parts.length !== 3 || parts.some((p) => p === '') || !LEVEL1.test(parts[0]!) || parts[2]!.length > 80) return null;
  const at = GLUED_VALUE.exec(parts[2]!)?.index ?? -1;
  if (at < 2) return null;
  return [parts[0]!, parts[1]!, parts[2]!.slice(0, at).trim(), parts[2]!.slice(at).trim()];
}

function foldedRun(items: Item[], start: number): { rows: Array<{ cells: string[]; line: number | null }>; end: number } | null {
  const rows: Array<{ cells: string[]; line: number | null }> = [];
  let end = start;
  while (end < items.length && items[end]!.type === 'text') {
    const cells = foldedIndicatorLine((items[end] as TextItem).text);
    if (!cells) break;
    rows.push({ cells, line: items[end]!.line });
    end++;
  }
  return rows.length >= 2 ? { rows, end } : null;
}

/** The label：value pairs of a line when it is made of indicator labels only, else null. */
export function indicatorLabelPairs(text: string): Array<[string, string]> | null {
  const t = text.replace(LINE_NUMBER, '').trim();
  const hits = [...t.matchAll(LABEL_AT)];
  if (hits.length === 0 || t.slice(0, hits[0]!.index).trim() !== '') return null;
  return hits.map((h, k) => {
    const from = h.index + h[0].length;
    const to = k + 1 < hits.length ? hits[k + 1]!.index : t.length;
    return [h[1]!, t.slice(from, to).replace(/^[\s\u3000]+|[\s\u3000;；，,。]+$/g, '')];
  });
}

// A sentence's levels before its labels: `产出指标——数量指标：指标名称：…` or `质量指标：指标名称：…`.
const LEVEL_PREFIX = /^(?:([^：:，,。；;]{2,10}?)\s*(?:——|—|－|-)+\s*)?([^：:，,。；;—－-]{2,12}指标)[：:]\s*(.+)$/;

/**
 * A paragraph naming its indicators by labels, each sentence opened by its levels (a mail or a notice with no
 * table: `产出指标——数量指标：指标名称：…，指标值：≥420公里；指标名称：…。质量指标：指标名称：…。`): the
 * label pairs the paragraph stands for, the levels as 一级指标 / 二级指标 pairs before each sentence's labels;
 * null unless every sentence is such labels and one at least names its levels.
 */
export function levelledLabelPairs(text: string): Array<[string, string]> | null {
  const pairs: Array<[string, string]> = [];
  let levelled = false;
  let paragraphLevel1 = false;
  for (const sentence of text.replace(LINE_NUMBER, '').split('。').map((x) => x.trim()).filter((x) => x !== '')) {
    const m = LEVEL_PREFIX.exec(sentence);
    const level1 = m?.[1] != null ? m[1].trim() : null;
    if (m && (level1 == null || LEVEL1.test(level1)) && indicatorLabelPairs(m[3]!)?.some(([l]) => NAME_LABELS.has(l))) {
      const word = m[2]!.trim();
      // After `产出指标——数量指标：` the paragraph is that level 1's: `成本指标：` later in it is a level 2.
      if (level1 != null) pairs.push(['一级指标', level1], ['二级指标', word]);
      else pairs.push([LEVEL1.test(word) && !paragraphLevel1 ? '一级指标' : '二级指标', word]);
      paragraphLevel1 ||= level1 != null;
      pairs.push(...indicatorLabelPairs(m[3]!)!);
      levelled = true;
      continue;
    }
    const plain = indicatorLabelPairs(sentence);
    if (!plain) return null;
    pairs.push(...plain);
  }
  return levelled ? pairs : null;
}

function labelRun(items: Item[], start: number): { header: string[]; rows: Array<{ cells: string[]; line: number | null }>; end: number } | null {
  const records: Array<{ fields: Map<string, string>; line: number | null }> = [];
  const carried = new Map<string, string>();
  let current: { fields: Map<string, string>; line: number | null } | null = null;
  let end = start;
  // Where the last label line ends: a level heading after it opens no block and stays text.
  let used = start;
  for (; end < items.length && items[end]!.type === 'text'; end++) {
    const text = (items[end] as TextItem).text;
    // A numbered level heading between the blocks (2.效益指标, 二、满意度指标) heads the blocks below it.
    const heading = text.replace(LINE_NUMBER, '').replace(/^(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[)）])\s*/, '').trim();
    if (heading !== text.trim() && LEVEL1.test(heading)) {
      if (current?.fields.has('指标名称')) current = null;
      carried.set('一级指标', heading);
      carried.delete('二级指标');
      continue;
    }
    const pairs = indicatorLabelPairs(text) ?? indicatorSentencePairs(text) ?? levelledLabelPairs(text);
    if (!pairs) break;
    used = end + 1;
    for (const [label, value] of pairs) {
      const key = NAME_LABELS.has(label) ? '指标名称' : label;
      if (LEVEL_LABELS.has(label)) {
        if (current?.fields.has('指标名称')) current = null;
        carried.set(label, value);
        if (label === '一级指标') carried.delete('二级指标');
        continue;
      }
      if (!current || current.fields.has(key)) {
        current = { fields: new Map(), line: items[end]!.line };
        records.push(current);
      }
      current.fields.set(key, value);
      for (const [l, v] of carried) if (!current.fields.has(l)) current.fields.set(l, v);
    }
  }
  const named = records.filter((r) => r.fields.has('指标名称'));
  if (named.length < 2) return null;
  const labels: string[] = ['一级指标', '二级指标', '指标名称'];
  for (const r of named) for (const l of r.fields.keys()) if (!labels.includes(l)) labels.push(l);
  const header = labels.filter((l) => named.some((r) => r.fields.has(l)));
  const cells = header.map((text, k) => ({ text, start: k, span: 1, merged: false }));
  if (!readHeaderRow(cells)?.roles.includes('name')) return null;
  return { header, rows: named.map((r) => ({ cells: header.map((l) => r.fields.get(l) ?? ''), line: r.line })), end: used };
}
