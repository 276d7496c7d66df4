import type { Indicator } from '@jixiao/core';
import { deriveTarget, foldWidth, parseAmount, parseNature, parseValue, trimText } from '@jixiao/core';
import type { AlignedRow } from './align-row';
import type { ColumnRole } from './header-map';
import { cellValue, isDash, stripEnumerator } from './normalize-label';
import { isSealText } from '../text/seal-text';
import { revisedValue } from './revised-value';
import { fractionPercentActual, fractionPercentTarget, isSheetError, serialDateValue } from './sheet-values';
import { withoutValueNotes } from './value-notes';
import { percentReadAs96 } from './ocr-artefacts';
import { foldLevels, foldUnderLevel1, levelCell, levelPair } from './level-cells';

const FOOTNOTE_MARK = /(?<=[\u4e00-\u9fa5）)])(?:[①-⑳]|[*＊※]{1,3}|[[［]\d{1,2}[\]］]|[（(]?注\s*\d{1,2}[）)]?)$/;

export interface LevelState {
  level1: string | null;
  level2: string | null;
  /** The level 1 the last name folding its levels in (产出-数量（…）) wrote, in a table with no level columns. */
  folded1?: string | null;
}

export interface RowNotes {
  /** Codes of uncertain decisions for this row, turned into warnings by the caller. */
  codes: Array<'level_carried_over_merge' | 'level_folded' | 'row_realigned' | 'value_missing' | 'weight_missing' | 'cells_dropped'>;
  dropped: string[];
}

const NAME_WEIGHT = /[\s\u3000]*[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]\s*$/;
/** One indicator from an aligned row; `levels` carries merged level cells down the table. */
export function buildIndicator(row: AlignedRow, roles: Array<ColumnRole | null>, levels: LevelState, hasValueColumn: boolean): { indicator: Indicator; notes: RowNotes } | null {
  const paired = roles.indexOf('value_actual');
  const get = (role: ColumnRole): string | null => {
    const i = roles.indexOf(role);
    if (i < 0 && paired >= 0 && (role === 'value' || role === 'actual')) {
      const text = cellValue(row.values[paired] ?? null);
      const pair = text == null ? null : splitValueActual(text);
      return pair ? pair[role === 'value' ? 0 : 1] || null : role === 'value' ? text : null;
    }
    const raw = i < 0 ? null : cellValue(row.values[i] ?? null);
    // #N/A, #DIV/0! (a formula's error, or its result pasted as values): the sheet holds no figure there.
    const text = isSheetError(raw) ? null : raw;
    // 批复指标值 written 同申报 / 同左: the approved value is the declared one beside it.
    if (role === 'value' && text != null && SAME_AS_DECLARED.test(text.replace(/[\s\u3000]+/g, '')) && roles.includes('value_declared')) {
      return cellValue(row.values[roles.indexOf('value_declared')] ?? null) ?? text;
    }
    // An adjusted or approved cell left blank beside a declared value: the value was not changed.
    if (role === 'value' && text == null && roles.includes('value_declared')) return cellValue(row.values[roles.indexOf('value_declared')] ?? null);
    return text;
  };
  const notes: RowNotes = { codes: [], dropped: row.dropped };
  const written = get('name');
  if (written == null) return null;
  // A seal printed over the table (已审核 / （盖章）) puts its words on a line of their own in a scan's text layer: no row.
  if (row.values.every((v) => { const t = cellValue(v ?? null); return t == null || isSealText(t); })) return null;
  // 1. / （1） / ① in front of a name numbers the list, like the levels' 一、/（一）.
  // A footnote mark after a name (…达标率①, …普及率*, …长度注1) points to a note under the table.
  const name = stripEnumerator(written).trim().replace(FOOTNOTE_MARK, '').trim() || written;
  // Built literally (same fields and defaults as core's emptyIndicator): this runs per row.
  const ind: Indicator = {
    level1: null, level2: null, name, description: null, weight: null, unit: null, comparator: null,
    target: '', basis: null, method: null, actual: null, score: null, reason: null,
  };

  const i1 = roles.indexOf('level1');
  const i2 = roles.indexOf('level2');
  // 指标类型 can head a column of 定量/定性: that is the row's nature, not its level.
  const natureInLevel = !roles.includes('nature') && isNatureWord(get('level1'));
  // 一、产出指标（50分） / （一）数量指标 in the level cells: neither the numbering nor the weight is the level.
  const own1 = natureInLevel ? null : levelCell(get('level1'));
  const own2 = levelCell(get('level2'));
  // 产出指标—数量指标 in the one level column (指标类别): both levels in one cell.
  const pair = i1 >= 0 && own1 != null && own2 == null ? levelPair(own1) : null;
  if (i1 >= 0) {
    if (pair) { levels.level1 = pair[0]; levels.level2 = pair[1]; }
    else if (own1 != null) { levels.level1 = own1; levels.level2 = null; }
  }
  if (i2 >= 0) {
    if (own2 != null) levels.level2 = own2;
    // With the level-1 column gone too, the row left out its merged level cells (a converter
    // that omits vertically merged cells): the levels above carry on.
    else if (row.mergedAway[i2] && !row.collapsed && !(i1 >= 0 && i1 < i2 && row.mergedAway[i1])) {
      // The name's cell spans the level-2 column: this row has no level 2 of its own. Worth a look only under a
      // 一级 carried from the rows above, whose siblings have one; a row opening its own 一级 (满意度指标 in the 2020
      // framework, as this system prints it too) says plainly that this 一级 has none.
      ind.level1 = levels.level1;
      ind.level2 = null;
      if (own1 == null) notes.codes.push('level_carried_over_merge');
      return isUnfilledTemplateRow(written, row, roles) ? null : finish(ind, row, roles, get, notes, hasValueColumn);
    } else if (own1 != null && !pair) levels.level2 = null;
  }
  ind.level1 = levels.level1;
  ind.level2 = levels.level2;
  if (i1 < 0 && i2 < 0) {
    const folded = foldLevels(name);
    const under = folded?.level2 == null ? foldUnderLevel1(name, levels.folded1) : null;
    if (under) {
      ind.level1 = levels.folded1!;
      ind.level2 = under.level2;
      ind.name = under.name;
      notes.codes.push('level_folded');
    } else if (folded) {
      ind.level1 = folded.level1;
      ind.level2 = folded.level2;
      ind.name = folded.name;
      levels.folded1 = folded.level1;
      notes.codes.push('level_folded');
    }
  }
  // The levels above are set first: a later row may carry this row's merged level cells on.
  if (isUnfilledTemplateRow(written, row, roles)) return null;
  return finish(ind, row, roles, get, notes, hasValueColumn);
}

// 指标1： / 指标2 / …… — the blank lines a template (财预〔2015〕88号 and its provincial copies) prints under every
// level for the filer to replace; left as printed they name no indicator.
const TEMPLATE_NAME = /^(?:指标\s*[0-9０-９一二三四五六七八九十]{1,2}\s*[：:]?|[…⋯.．。·]{2,}|…)$/;

/** A template's placeholder line left unfilled: its name is the template's, and every cell but the levels is empty. */
export function isUnfilledTemplateRow(name: string, row: AlignedRow, roles: Array<ColumnRole | null>): boolean {
  if (!TEMPLATE_NAME.test(trimText(name))) return false;
  const nameAt = roles.indexOf('name');
  return row.values.every((v, i) => i === nameAt || roles[i] === 'level1' || roles[i] === 'level2' || roles[i] === 'section' || row.mergedFromAbove[i] || cellValue(v ?? null) == null);
}

const SCORE_IN_ACTUAL = /^(.*?)[\s\u3000,，;；]*[（(]?(?:自评)?得分[:：]\s*(\d+(?:\.\d+)?)\s*分?[）)]?[。；;]?$/;

function finish(
  ind: Indicator,
  row: AlignedRow,
  roles: Array<ColumnRole | null>,
  get: (role: ColumnRole) => string | null,
  notes: RowNotes,
  hasValueColumn: boolean,
): { indicator: Indicator; notes: RowNotes } {
  // 预算执行率（10分）: the points a score sheet gives the indicator, printed after its name.
  const named = NAME_WEIGHT.exec(ind.name);
  if (named && named.index > 0) ind.name = trimText(ind.name.slice(0, named.index));
  ind.description = get('description');
  ind.basis = get('basis');
  ind.method = get('method');
  // Full-width digits and signs read the same as ASCII ones; the key stores the ASCII spelling.
  // A revised draft's result cell may carry the figure it replaced or a reviewer's remark: the result is the new figure.
  ind.actual = joinSpacedDigits(foldCell(revisedValue(get('actual'))));
  ind.reason = get('reason');
  const weightText = get('weight');
  ind.weight = weightText == null ? null : parseAmount(weightText);
  if (ind.weight == null && named && named.index > 0) ind.weight = Number(named[1]);
  const scoreText = get('score');
  ind.score = scoreText == null ? null : parseAmount(scoreText);
  // 分值 10 | 得分 `-`: the dash in a column of figures is no points (Excel's accounting zero copied as text).
  if (ind.score == null && ind.weight != null && isDash(row.values[roles.indexOf('score')])) ind.score = 0;
  // 实际完成值 `38处 得分：20` (a sheet with no 得分 column writes the points after the result).
  const inActual = ind.score == null && ind.actual != null ? SCORE_IN_ACTUAL.exec(ind.actual) : null;
  if (inActual && trimText(inActual[1]!) !== '') {
    ind.actual = trimText(inActual[1]!);
    ind.score = Number(inActual[2]);
  }
  // 标准分 | 扣分 with no 得分 column: the score is what is left of the weight.
  if (scoreText == null && !roles.includes('score') && roles.includes('deduction')) ind.score = deductedScore(ind.weight, get('deduction'));
  if (hasValueColumn) {
    const nature = get('nature') ?? (isNatureWord(get('level1')) ? get('level1') : null);
    let value = get('value');
    // 乡村医生岗位补助发放人数⏎≥286人 beside an empty 指标值: the clerk typed the target into the name's cell.
    const typedIn = value == null ? targetLineOfName(ind.name) : null;
    if (typedIn) { ind.name = typedIn.name; value = typedIn.value; }
    const sheetValue = serialDateValue(value, get('unit'), ind.level2, ind.name) ?? fractionPercentTarget(value, get('unit'), nature, ind.name);
    const target = deriveTarget({ nature, value: sheetValue ?? joinSpacedDigits(withoutValueNotes(revisedValue(value))), unit: get('unit') });
    ind.comparator = target.comparator;
    ind.target = foldWidth(target.target);
    ind.unit = foldCell(target.unit);
    const measure = ind.unit == null ? nameMeasure(ind.target, ind.comparator, ind.name) : null;
    if (measure) { ind.target = measure.target; ind.unit = measure.unit; }
    const percent = ind.target == null ? null : percentReadAs96(ind.target, ind.comparator, ind.unit, ind.name);
    if (percent) { ind.target = percent.target; ind.unit = percent.unit; }
    if (target.comparator == null) notes.codes.push('value_missing');
  } else {
    ind.unit = foldCell(get('unit'));
    // No value column: a name cell `体检人数：≥5.6万人` holds the indicator and its value.
    const pair = namedValue(ind.name);
    if (pair) {
      const target = deriveTarget({ nature: null, value: joinSpacedDigits(pair.value), unit: ind.unit });
      if (target.comparator != null) {
        ind.name = pair.name;
        ind.comparator = target.comparator;
        ind.target = foldWidth(target.target);
        ind.unit = foldCell(target.unit);
      }
    }
  }
  ind.actual = fractionPercentActual(ind.actual, ind.unit, ind.target, ind.name) ?? ind.actual;
  if (roles.includes('weight') && ind.weight == null) notes.codes.push('weight_missing');
  if (row.realigned) notes.codes.push('row_realigned');
  if (row.dropped.length > 0) notes.codes.push('cells_dropped');
  return { indicator: ind, notes };
}

// A figure with a word after it the unit vocabulary does not know (12000剂次).
const FIGURE_WORD = /^(\d+(?:\.\d+)?)\s*([\u4e00-\u9fa5]{1,3})$/;

/**
 * `接种剂次 ≥12000剂次`: a word after the figure that the indicator's name ends with is what the name
 * counts, the unit, also where the unit vocabulary does not know it.
 */
function nameMeasure(target: string, comparator: string | null, name: string): { target: string; unit: string } | null {
  if (comparator == null || comparator === 'qualitative') return null;
  const m = FIGURE_WORD.exec(target);
  return m && name.endsWith(m[2]!) && name.length > m[2]!.length ? { target: m[1]!, unit: m[2]! } : null;
}

// A line that can only be a target: a comparison sign first, or a figure with at most a short unit after it.
const SIGNED_LINE = /^(?:[≥≤≧≦＞＜><=＝]|大于等于|小于等于|不低于|不少于|不高于|不超过)\s*\S/;
const FIGURE_LINE = /^[+-]?\d+(?:\.\d+)?\s*[%‰％a-zA-Z\u4e00-\u9fa5/／·]{0,6}$/;

/**
 * A name cell whose last line (a paragraph or after a soft break) is the row's target, typed there while the
 * value cell stays empty: the lines above are the name. A name merely wrapped (泊位信息接入平⏎台率) or a
 * second line of words keeps its text.
 */
export function targetLineOfName(name: string): { name: string; value: string } | null {
  const lines = name.split('\n').map((l) => trimText(l)).filter((l) => l !== '');
  if (lines.length < 2) return null;
  const last = foldWidth(lines[lines.length - 1]!);
  if (!SIGNED_LINE.test(last) && !FIGURE_LINE.test(last)) return null;
  const head = lines.slice(0, -1).join('');
  // The line above must be a name, not a figure of its own (two values one a line, or a year over a date).
  if (!/[\u4e00-\u9fa5]{2}/.test(head) || FIGURE_LINE.test(foldWidth(head))) return null;
  return { name: head, value: lines[lines.length - 1]! };
}

const NAMED_VALUE = /^([^：:]{2,40}?)\s*[：:]\s*(\S.*)$/;

/** `名称：值` in one cell, or null. */
function namedValue(text: string): { name: string; value: string } | null {
  const m = NAMED_VALUE.exec(trimText(text));
  return m ? { name: trimText(m[1]!), value: trimText(m[2]!) } : null;
}

/**
 * A value whose digits a scan's OCR layer (or a PDF reader) set apart (`10 0`, `≥ 1 26`, `≥ 8 5 %`): a number
 * in a value cell is never two numbers, so when the cell read without its spaces is one number (with its sign
 * and unit), that is the value. Anything else (a date, words with numbers) stays as written.
 */
export function joinSpacedDigits(value: string | null): string | null {
  if (value == null || !/\d[\s\u3000]+\d/.test(value)) return value;
  const joined = value.replace(/[\s\u3000]+/g, '');
  return parseValue(joined).kind === 'number' ? joined : value;
}

/** The weight less the points taken off (a blank deduction takes none), or null without a weight. */
export function deductedScore(weight: number | null, deduction: string | null): number | null {
  if (weight == null) return null;
  const off = deduction == null ? 0 : parseAmount(deduction);
  if (off == null) return null;
  return Math.round((weight - off) * 10000) / 10000;
}

// 删除 / 取消 in the adjusted column: the indicator is no longer part of the adjusted form.
const DELETED_BY_STAGE = /^(删除|删去|取消|撤销|删减|取消该指标|删除该指标|该指标删除|该指标取消|不再设置|已删除|已取消)$/;

/** A row of a 调整表 whose adjusted value says the indicator was deleted (删除, 取消): no row of the form. */
export function deletedByAdjustment(values: Array<string | null | undefined>, roles: Array<ColumnRole | null>): boolean {
  const at = roles.indexOf('value');
  if (at < 0 || !roles.includes('value_declared')) return false;
  const text = cellValue(values[at] ?? null);
  return text != null && DELETED_BY_STAGE.test(text.replace(/[\s\u3000]+/g, ''));
}

const SAME_AS_DECLARED = /^(同左|同申报|同申报值|同申报数|与申报一致|同调整前|同原值|未调整|无调整|不变)$/;

const VALUE_START = /^[\s\u3000]*[\d０-９≥≤><=＝≧≦＞＜+\-.]/;

/**
 * `≥95%/98%` under 年度指标值/实际完成值: the target and the result. Units hold slashes too
 * (`≤12万元/公里/11.4万元/公里`): the split is the slash that starts a number, else the one
 * leaving two halves closest in length; null without a slash.
 */
/** Whether a slash inside the line (not at its ends) starts a number: the slash between a target and its result. */
function separates(line: string): boolean {
  for (const m of line.matchAll(/[/／]/g)) if (m.index > 0 && m.index < line.length - 1 && VALUE_START.test(line.slice(m.index + 1))) return true;
  return false;
}

export function splitValueActual(text: string): [string, string] | null {
  // `≥95%⏎98.2%`: under stacked captions each line is its caption's (a unit's slash stays inside).
  const lines = text.split(/\n/).map((l) => trimText(l)).filter((l) => l !== '');
  // A cell merely wrapped (2025年12月底⏎前/2025年11月, ≥95%/98%⏎（抽样调查）) has its separating slash inside one line only.
  if (lines.length === 2 && separates(lines[0]!) === separates(lines[1]!)) {
    return [trimText(lines[0]!.replace(/[/／]$/, '')), trimText(lines[1]!.replace(/^[/／]/, ''))];
  }
  if (lines.length === 2) text = lines.join('');
  const at = [...text.matchAll(/[/／]/g)].map((m) => m.index!);
  if (at.length === 0) return null;
  const numeric = at.filter((i) => VALUE_START.test(text.slice(i + 1)));
  const pick = at.length === 1 ? at[0]! : numeric.length === 1 ? numeric[0]! : [...at].sort((a, b) => Math.abs(2 * a - text.length) - Math.abs(2 * b - text.length))[0]!;
  const value = trimText(text.slice(0, pick));
  const actual = trimText(text.slice(pick + 1));
  return value === '' && actual === '' ? null : [value, actual];
}

const foldCell = (text: string | null): string | null => (text == null ? null : foldWidth(text));

function isNatureWord(text: string | null): boolean {
  return text != null && text.length <= 4 && parseNature(text) != null;
}
