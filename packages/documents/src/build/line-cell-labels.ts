import { parseAmount, type FormKind } from '@jixiao/core';
import { matchLabel } from './field-labels';
import type { GridCell, Item } from './flatten-source';
import { budgetKeyOf } from './budget-captions';
import { taskColumnOf } from './task-columns';
import { displayWidth } from '../text/read-grid-table';

// The label lines above a table copied one cell a line (项目名称 / 某项目 / 主管部门 / …), put back as rows.

export type TextItem = Extract<Item, { type: 'text' }>;

/** Lines with no blank line between them joined into one (a label's value wrapped onto the next line). */
export function joinWrapped(lines: TextItem[]): TextItem[] {
  const out: TextItem[] = [];
  let last: number | null = null;
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && last != null && l.line === last + 1 && !isLabel(l.text)) out[out.length - 1] = { ...prev, text: `${prev.text}\n${l.text}` };
    else out.push(l);
    last = l.line;
  }
  return out;
}

/**
 * A label：value line as wide as the page, its value going on in the next line (a PDF viewer's copy
 * breaks a long 年度绩效目标：… where the page ends): the next line, when it holds no label, is the
 * value's rest. So with the label on a line of its own and its value as wide as the page under it.
 * A caption's unit note on a line of its own (项目资金 ⏎ （万元）) finishes the caption, and the
 * text cells under a row of captions (预期目标 | 实际完成情况 ⏎ two sentences, each wrapped in its
 * column) are cut where a line falls short of the one above it: a wrapped cell's lines fill its
 * column but the last.
 */
export function joinPageWraps(lines: TextItem[]): TextItem[] {
  const out: TextItem[] = [];
  // Per item of `out`: the number and the text of the last input line it took.
  const lastNo: Array<number | null> = [];
  const lastText: string[] = [];
  const join = (l: TextItem, text: string) => {
    out[out.length - 1] = { ...out[out.length - 1]!, text };
    lastNo[out.length - 1] = l.line;
    lastText[out.length - 1] = l.text;
  };
  let wrapWidth = 0;
  let cellEnded = false;
  for (const l of lines) {
    const prev = out[out.length - 1];
    const lastLine = lastText[out.length - 1] ?? '';
    const prevNo = lastNo[out.length - 1];
    const next = prev != null && prevNo != null && l.line != null && l.line === prevNo + 1;
    if (next && UNIT_NOTE.test(l.text.trim()) && prev.text.length <= 12 && !prev.text.includes('\n')) {
      join(l, prev.text + l.text.trim());
      continue;
    }
    // The caption on a line of its own (年度目标 ⏎ long text ⏎ its rest) wraps the same way.
    const labelled = /^[^：:]{2,16}[：:]\S/.test(prev?.text ?? '') || (out.length >= 2 && isLabel(out[out.length - 2]!.text) && !isLabel(prev!.text));
    // Under a run of captions (预期目标 ⏎ 实际完成情况) each text line is a caption's cell: one that ends
    // its sentence ends that cell, the next sentence is the next caption's.
    const underCaptions = out.length >= 3 && isLabel(out[out.length - 2]!.text) && isLabel(out[out.length - 3]!.text);
    const sentenceEnded = underCaptions && /[。；;！？]$/.test(lastLine.trim());
    if (next && labelled && !sentenceEnded && lastLine.length >= 24 && !/[：:]/.test(l.text) && !isLabel(l.text)) {
      join(l, `${prev.text}\n${l.text}`);
      continue;
    }
    // A text cell wrapped in its column: its lines as wide as its first (give or take a character), the last one shorter.
    const width = displayWidth(l.text.trim());
    if (next && wrapWidth > 0 && !isLabel(l.text) && !/^[^，。；]{1,12}[：:]/.test(l.text) && parseAmount(l.text) == null) {
      const lastWidth = displayWidth(lastLine.trim());
      // (A line that ends its sentence ends its cell: 预期目标 and 实际完成情况 one line each are two cells.)
      if (lastWidth >= wrapWidth - 4 && !/[。；;！？]$/.test(lastLine.trim())) {
        // Cut by the column's edge, not broken by the writer: the lines join with nothing between.
        join(l, `${prev.text}${l.text}`);
        if (width < wrapWidth - 4) { wrapWidth = 0; cellEnded = true; }
        continue;
      }
    }
    // The first line of a text cell: under a caption, after a wrapped cell, or after a short cell of a
    // sub-table (任务名称 ⏎ 主要内容 wrapped in its column).
    const opens = prev != null && (isLabel(prev.text) || cellEnded || displayWidth(prev.text.trim()) < 24);
    wrapWidth = !isLabel(l.text) && width >= 24 && /[，。；、]/.test(l.text) && opens ? width : 0;
    cellEnded = false;
    out.push(l);
    lastNo.push(l.line);
    lastText.push(l.text);
  }
  return out;
}

// 项目资金 ⏎ （万元）: the unit note of the caption above.
const UNIT_NOTE = /^[（(](?:万元|元|千元|亿元|%|％)[)）]$/;

const KINDS: FormKind[] = ['project_target', 'project_self_evaluation', 'department_target', 'department_self_evaluation'];

/** A label line (主管部门, 年度绩效目标) or a label：value line (项目名称：某项目): never the rest of a wrapped cell. */
export function isLabelLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 80) return false;
  return KINDS.some((kind) => {
    const m = matchLabel(t, kind);
    return m != null && (m.value == null || /^[^：:]{2,16}[：:]/.test(t));
  });
}

/** A label with no value of its own (主管部门, 年度绩效目标, 其中：财政资金): its value is the next cell. */
export function isBareLabel(text: string): boolean {
  return text.trim().length <= 40 && isLabel(text.trim());
}

function isLabel(text: string): boolean {
  return KINDS.some((kind) => {
    const m = matchLabel(text, kind);
    return m != null && m.value == null;
  });
}

/**
 * How many caption lines open a captions row at `at`: two or more label lines with no value in a row,
 * then at least two text lines (no label, no amount) but no more than the captions, and a label or
 * the end after them; 0 when the lines are not so.
 */
function captionRunAt(lines: TextItem[], at: number): number {
  let k = at;
  while (k < lines.length && isLabel(lines[k]!.text) && budgetKeyOf(lines[k]!.text) == null && taskColumnOf(lines[k]!.text) == null) k++;
  const captions = k - at;
  if (captions < 2) return 0;
  let v = k;
  // (No more text cells than captions: the scan stops there, so a long paragraph run costs nothing.)
  while (v < lines.length && v - k <= captions && !isLabel(lines[v]!.text)) {
    if (parseAmount(lines[v]!.text) != null || /^[^，。；]{1,12}[：:]/.test(lines[v]!.text)) return 0;
    v++;
  }
  const values = v - k;
  return values >= 2 && values <= captions ? captions : 0;
}

// One row per label line with the value lines under it; null when the run does not start with a label.
export function labelRowsOf(lines: TextItem[], tableIndex: number): Item[] | null {
  const start = lines.findIndex((l) => isLabel(l.text));
  if (start < 0) return null;
  const out: Item[] = lines.slice(0, start);
  let row: GridCell[] | null = null;
  let line: number | null = null;
  const flush = (): void => {
    if (row) out.push({ type: 'row', cells: row, line, tableIndex });
    row = null;
  };
  let taskWidth = 0;
  const rest = lines.slice(start);
  for (let li = 0; li < rest.length; li++) {
    const l = rest[li]!;
    // Captions one a line (年度总体目标 / 预期目标 / 实际完成情况) over as many text cells or fewer: a row of
    // captions over a row of their texts, as in the table.
    const captions = captionRunAt(rest, li);
    if (captions > 0) {
      flush();
      const values = rest.slice(li + captions).findIndex((x) => isLabel(x.text));
      const count = values < 0 ? rest.length - li - captions : values;
      out.push({ type: 'row', cells: rest.slice(li, li + captions).map((x, k) => ({ text: x.text, start: k, span: 1, merged: false })), line: l.line, tableIndex });
      const texts = rest.slice(li + captions, li + captions + count);
      out.push({ type: 'row', cells: texts.map((x, k) => ({ text: x.text, start: captions - count + k, span: 1, merged: false })), line: texts[0]!.line, tableIndex });
      li += captions + count - 1;
      continue;
    }
    // 任务名称 / 主要内容 / 预算金额 one line each: a task sub-table, its rows as wide as its captions.
    if (taskWidth > 0 && !isLabel(l.text)) {
      if (row == null || row.length >= taskWidth) { flush(); row = []; line = l.line; }
      row.push({ text: l.text, start: row.length, span: 1, merged: false });
      continue;
    }
    taskWidth = 0;
    if (taskColumnOf(l.text) === 'name' || (row != null && row.length > 0 && row.every((c) => taskColumnOf(c.text) != null) && taskColumnOf(l.text) != null)) {
      if (taskColumnOf(l.text) === 'name') { flush(); row = []; line = l.line; }
      row!.push({ text: l.text, start: row!.length, span: 1, merged: false });
      continue;
    }
    if (row != null && row.length >= 2 && row.every((c) => taskColumnOf(c.text) != null) && row.some((c) => taskColumnOf(c.text) === 'name')) {
      taskWidth = row.length;
      flush();
      row = [{ text: l.text, start: 0, span: 1, merged: false }];
      line = l.line;
      continue;
    }
    // 年初预算数 / 全年预算数 / 全年执行数 / … one line each: the captions of one budget row.
    // The block's caption on the line above them (项目资金（万元）) heads the same row, as in the table.
    const budgetCaptions = row != null && budgetKeyOf(l.text) != null
      && (row.length === 1 || row.slice(1).every((c) => budgetKeyOf(c.text) != null));
    // The first figure under those captions with no row label before it (the block's caption merged
    // down, left out of the copy): the figures make the next row. A row of captions is one whose cells
    // after its first are all budget captions, one of them an amount's (年初预算数 / 全年预算数 / 全年执行数):
    // a row label alone (年度资金总额) or with a 分值 beside it takes the figure as its value.
    const figuresUnder = row != null && isFigure(l.text) && isBudgetCaptionRow(row);
    if ((isLabel(l.text) && !budgetCaptions) || row == null || figuresUnder) {
      flush();
      row = [];
      line = l.line;
    }
    row.push({ text: l.text, start: row.length, span: 1, merged: false });
  }
  flush();
  return out;
}

const AMOUNT_CAPTIONS = new Set(['initial_wan', 'adjusted_wan', 'executed_wan']);

/** Budget captions after the row's first cell (its block caption), at least one of them an amount's. */
export function isBudgetCaptionRow(row: readonly GridCell[]): boolean {
  const keys = row.slice(1).map((c) => budgetKeyOf(c.text));
  return keys.length > 0 && keys.every((k) => k != null) && keys.some((k) => AMOUNT_CAPTIONS.has(k!));
}

/** An amount or a rate alone (`520.00`, `97.80%`). */
function isFigure(text: string): boolean {
  const t = text.trim();
  return parseAmount(t) != null || /^[+-]?\d+(?:\.\d+)?\s*[%％]$/.test(t);
}
