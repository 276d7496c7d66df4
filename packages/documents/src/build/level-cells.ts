import { trimText } from '@jixiao/core';
import type { AlignedRow } from './align-row';
import type { ColumnRole } from './header-map';
import { isBlank, stripEnumerator } from './normalize-label';
import type { GridCell } from './flatten-source';

// The level cells of indicator rows (一级/二级 as written, folded into a name, in prose or as a category row) and ditto
// marks: read by buildIndicator (indicator-rows.ts) and by the readers that find where a level starts.

const LEVEL_WEIGHT = /[\s\u3000]*[（(]\s*[\d.]+\s*分?\s*[）)]\s*$/;

/** A level as written, without the weight printed after it: 总体绩效（65分） → 总体绩效. */
export function stripLevelWeight(text: string | null): string | null {
  if (text == null) return null;
  const s = trimText(text.replace(/\n/g, '').replace(LEVEL_WEIGHT, ''));
  return s === '' ? null : s;
}

// 〃 / 同上 typed in a level cell: the level above goes on, as under a merged cell.
const DITTO = /^[\s\u3000]*(〃|″|"|''|”|同上|仝上)[\s\u3000]*$/;

// Columns whose ditto mark does not copy the cell above: the name is never repeated, and a
// level's ditto mark is read as a merged level (levelCell).
const NO_DITTO: ReadonlySet<ColumnRole | null> = new Set<ColumnRole | null>(['name', 'level1', 'level2', 'section', null]);

/**
 * 〃 / 同上 typed in any other cell (a unit, a 指标性质, a weight, a note) of a table whose merged
 * cells were typed out as ditto marks: the cell says what the same column of the row above says.
 */
export function fillDittoCells(row: AlignedRow, roles: Array<ColumnRole | null>, above: Array<string | null> | null): AlignedRow {
  if (above == null || !row.values.some((v, i) => v != null && DITTO.test(v) && !NO_DITTO.has(roles[i] ?? null))) return row;
  const values = row.values.map((v, i) => (v != null && DITTO.test(v) && !NO_DITTO.has(roles[i] ?? null) && above[i] != null ? above[i]! : v));
  return { ...row, values };
}

/** A level cell as the level: list numbering and the weight after it taken off; null for a ditto mark. */
export function levelCell(text: string | null): string | null {
  return text == null || DITTO.test(text) ? null : stripLevelWeight(stripEnumerator(text));
}

const FOLD_LEVEL1 = /^(产出|效益|效果|满意度|成本|投入|管理|过程|决策|社会效益|经济效益|生态效益|可持续影响|服务对象满意度)(指标)?$/;

/**
 * Levels folded into a name: 产出指标-数量指标（办公设备政府采购金额）, 产出-数量（发放次数）,
 * 满意度指标（群众满意度）. Only splits when the prefix is a known level word, so a name
 * with a note in brackets (政府预决算公开率（除涉密信息外）) stays whole.
 */
export function foldLevels(name: string): { level1: string; level2: string | null; name: string } | null {
  const m = /^([^（(\-－—]+?)(?:[-－—]([^（(\-－—]+?))?[（(](.+)[）)]$/s.exec(trimText(name));
  if (!m) return null;
  const l1 = trimText(m[1]!);
  if (!FOLD_LEVEL1.test(l1)) return null;
  const inner = trimText(m[3]!);
  if (inner === '') return null;
  return { level1: l1, level2: m[2] ? trimText(m[2]) : null, name: inner };
}

// A level 2 folded in with its level 1 left out, and the level 1 it belongs under.
const FOLD_LEVEL2: Array<[RegExp, RegExp]> = [
  [/^(数量|质量|时效)(指标)?$/, /^产出/],
  [/^(社会效益|经济效益|生态效益|可持续影响)(指标)?$/, /^(效益|效果)/],
];

/**
 * 时效指标（民生诉求办结及时率） / 数量（助餐服务人次） under a row that folded 产出-数量（…）: the writer
 * wrote the level 1 once and left it out of the names after it. Only under a folded level 1 the level 2
 * belongs to, so a name in brackets (数量（台）) or a level 1 of its own stays as it was.
 */
export function foldUnderLevel1(name: string, level1: string | null | undefined): { level2: string; name: string } | null {
  if (level1 == null) return null;
  const m = /^([^（(\-－—]+?)[（(](.+)[）)]$/s.exec(trimText(name));
  if (!m) return null;
  const prefix = trimText(m[1]!);
  const inner = trimText(m[2]!);
  const fits = FOLD_LEVEL2.some(([word, parent]) => word.test(prefix) && parent.test(level1));
  return fits && inner !== '' ? { level2: prefix, name: inner } : null;
}

const LEVEL_WORD = /^(产出|效益|效果|满意度|成本|投入|管理|过程|决策|社会效益|经济效益|生态效益|可持续影响|服务对象满意度|数量|质量|时效|社会|经济|生态|可持续)[\u4e00-\u9fa5]{0,8}指标$/;
const TOP_LEVEL = /^(产出|效益|效果|满意度|成本|投入|管理|过程|决策)指标$/;

/**
 * A row that only names a level, spanning the table (一、产出指标 / （一）数量指标): tables
 * without level columns group their rows under such captions. Returns the level it opens.
 */
/**
 * A level named on a line of its own in running text ((一)产出指标 / 1.数量指标), by its word
 * alone: prose numbers levels in any style.
 */
export function proseLevel(line: string): { depth: 1 | 2; text: string } | null {
  const raw = trimText(line);
  if (raw.length > 24) return null;
  const text = stripLevelWeight(stripEnumerator(raw));
  if (text == null || !LEVEL_WORD.test(text)) return null;
  return { depth: TOP_LEVEL.test(text) ? 1 : 2, text };
}

// 指标1：年度开放天数，指标值：≥300天。 — an indicator written as a sentence.
const PROSE_INDICATOR = /^(?:指标\s*[\d一二三四五六七八九十]+\s*[：:]|\d+\s*[、.．]|[（(]\d+[)）])?\s*([^，,；;：:]{2,40}?)\s*[，,；;]\s*(?:指标值|目标值)\s*(?:[：:]|为)\s*(.+?)\s*[。；;]?$/;

/** The name and value of an indicator written as a sentence, or null. */
export function proseIndicator(line: string): { name: string; value: string } | null {
  const m = PROSE_INDICATOR.exec(trimText(line));
  return m ? { name: m[1]!.trim(), value: m[2]!.trim() } : null;
}

/** 产出指标—数量指标 / 产出-数量: a level 1 and its level 2 written in one cell, or null. */
export function levelPair(text: string): [string, string] | null {
  const m = /^(.+?)\s*[-－—–~～/／]+\s*(.+)$/.exec(trimText(text));
  if (!m) return null;
  const [a, b] = [trimText(m[1]!), trimText(m[2]!)];
  const full = (t: string): string => (t.endsWith('指标') ? t : `${t}指标`);
  return TOP_LEVEL.test(full(a)) && LEVEL_WORD.test(full(b)) ? [a, b] : null;
}

const TREE_TOGGLE = /^[▾▸▴▼▶►▹▿▷▽⊞⊟⊕⊖][\s\u3000]*/u;

export function categoryLevel(cells: GridCell[]): { depth: 1 | 2; text: string } | null {
  const filled = cells.filter((c) => !isBlank(c.text));
  if (filled.length !== 1) return null;
  // ▾ 产出指标: a tree grid's expand toggle in front of a node's name is no part of it.
  const raw = trimText(filled[0]!.text.replace(/\n/g, '')).replace(TREE_TOGGLE, '');
  if (raw.length > 24) return null;
  // 一级指标：产出指标 / 二级指标：数量指标 — a system export's caption row says its depth in words.
  const labelled = /^([一二])级指标\s*[：:]\s*(.+)$/.exec(raw);
  if (labelled) {
    const named = stripLevelWeight(stripEnumerator(trimText(labelled[2]!)));
    return named != null && LEVEL_WORD.test(named) ? { depth: labelled[1] === '一' ? 1 : 2, text: named } : null;
  }
  const text = stripLevelWeight(stripEnumerator(raw));
  if (text == null || !LEVEL_WORD.test(text)) return null;
  if (/^[一二三四五六七八九十]+\s*[、.．]/.test(raw)) return { depth: 1, text };
  if (/^([（(][一二三四五六七八九十\d]+[)）]|\d+\s*[、.．])/.test(raw)) return { depth: 2, text };
  return { depth: TOP_LEVEL.test(text) ? 1 : 2, text };
}

/**
 * 一、产出指标 | | | 50 — a caption row naming a level whose points stand in the weight (or score) column:
 * still a caption (the level's points are no indicator's), as 产出指标（50分） in one cell is.
 */
export function weightedCategoryLevel(row: AlignedRow, roles: Array<ColumnRole | null>): { depth: 1 | 2; text: string } | null {
  let level: { depth: 1 | 2; text: string } | null = null;
  let points = 0;
  for (const [i, v] of row.values.entries()) {
    if (v == null || isBlank(v)) continue;
    if ((roles[i] === 'weight' || roles[i] === 'score') && /^\d+(?:\.\d+)?\s*分?$/.test(v.trim())) { points++; continue; }
    // A system's tree export numbers every node (1 / 1.1 / 1.1.1) in a code column no caption names.
    if (roles[i] == null && /^\d{1,2}(?:\.\d{1,2}){0,3}$/.test(v.trim())) continue;
    if (level != null) return null;
    level = categoryLevel([{ text: v, start: i, span: 1, merged: false }]);
    if (level == null) return null;
  }
  return points > 0 ? level : null;
}

/** A text alone naming a level (产出指标, 一、效益指标), as a caption row's one cell would. */
export function isCategoryText(text: string): boolean {
  return categoryLevel([{ text, start: 0, span: 1, merged: false }]) != null;
}
