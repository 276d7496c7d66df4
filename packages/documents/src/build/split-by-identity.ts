import type { FormKind } from '@jixiao/core';
import { trimText } from '@jixiao/core';
import type { GridCell, Item } from './flatten-source';
import { isBudgetHeader } from './budget-captions';
import { readHeaderRow } from './header-map';
import type { FieldKey } from './field-labels';
import { matchLabel, splitLabelPairs } from './field-labels';
import { isBlank } from './normalize-label';
import { unitNameLine } from './form-titles';
import { totalOf } from './total-row';

// Several forms under one title: where one project's rows end and the next one's begin.

export const IDENTITY: Record<FormKind, FieldKey[]> = {
  project_target: ['project_name', 'project_code'],
  project_self_evaluation: ['project_name', 'project_code'],
  department_target: ['org'],
  department_self_evaluation: ['org'],
};

/**
 * One title over several tables (年度重点项目绩效目标表 followed by one table per project):
 * a row naming the form's identity (项目名称, 部门名称) after an indicator table has been
 * read starts the next form. The text lines just before it (（二）某某项目) go with it.
 */
export function splitByIdentity(kind: FormKind, items: Item[]): Item[][] {
  const parts: Item[][] = [];
  let current: Item[] = [];
  let sawIdentity = false;
  let sawIndicators = false;
  // A new source table that opens with the header block (主管部门, 预算) after an indicator table
  // is the next form's, even when no 项目名称 row names it (（二）某某项目 as a heading above).
  let lastTable = -1;
  let sawHeader = false;
  let lastHeader: Extract<Item, { type: 'row' }> | null = null;
  let inherit: Extract<Item, { type: 'row' }> | null = null;
  let rowsSinceIdentity = 0;
  // Rows read under an indicator header since the last form began.
  let sawIndicatorRows = false;
  // The last row read was a total row (合计 | 100 | 98.67): the table above has ended.
  let totalClosed = false;
  const identityLine = (text: string) => text.length <= 120 && splitLabelPairs(text).some((p) => {
    const m = matchLabel(p, kind);
    return m != null && m.value != null && IDENTITY[kind].includes(m.key);
  });
  for (const original of items) {
    // A row of one cell spanning the table (项目名称：某某项目, 实施单位：…) between the rows of a
    // table that lists several projects under one header is the next project's name line.
    const only = original.type === 'row' ? original.cells.filter((c) => !isBlank(c.text)) : [];
    const item: Item = only.length === 1 && lastHeader != null && identityLine(trimText(only[0]!.text))
      ? { type: 'text', text: trimText(only[0]!.text), heading: null, line: original.line }
      : original;
    // 项目名称：某某项目    主管部门：… as a line above the table names the form as well as a row does.
    const identity = item.type === 'row'
      ? item.cells.some((c) => {
        const m = c.text.length <= 40 ? matchLabel(c.text, kind) : null;
        return m != null && IDENTITY[kind].includes(m.key);
      })
      : item.type === 'text' && identityLine(item.text);
    const isHeader = item.type === 'row' && readHeaderRow(item.cells) != null;
    // The rows since the last name line ran under a header printed above that line: the next
    // project starts here too.
    if (item.type === 'text' && identity && sawIdentity && (sawIndicators || (lastHeader != null && rowsSinceIdentity > 0))) {
      parts.push(current);
      current = [];
      sawIndicators = false;
      inherit = lastHeader;
    }
    if (item.type === 'text' && identity) { sawIdentity = true; rowsSinceIdentity = 0; }
    if (item.type === 'row' && inherit) {
      // 项目名称：… lines between the projects and the indicator header printed once, over the
      // first: the next project's rows go on under the same header.
      if (isHeader) inherit = null;
      else if (continuesHeader(item.cells, inherit.cells, kind)) {
        current.push({ ...inherit, tableIndex: item.tableIndex });
        lastTable = item.tableIndex;
        sawHeader = true;
        sawIndicators = true;
        inherit = null;
      }
    }
    if (item.type === 'row') {
      // A unit's indicator table after another unit's, under a line naming the unit alone (a page
      // listing several departments' targets or self-evaluations): that unit's form starts here.
      const previous = current[current.length - 1];
      const unitTable = (kind === 'department_target' || kind === 'department_self_evaluation') && sawIndicatorRows
        && previous?.type === 'text' && unitNameLine(previous.text) != null && isHeader;
      // A project's indicator table after another's that ended in its total row, under a line of the
      // project's name alone (small self-evaluations one after another, a bold name between them):
      // that project starts here. (Without the total, the line is a page's furniture or a cut row.)
      const nameTable = (kind === 'project_target' || kind === 'project_self_evaluation') && sawIndicatorRows
        && totalClosed && previous?.type === 'text' && isHeader && projectNameLine(previous.text, kind);
      const opening = item.tableIndex !== lastTable && sawHeader && (opensForm(item.cells, kind) || unitTable || nameTable);
      lastTable = item.tableIndex;
      // A name row (项目名称：… | 主管部门：… | 年度预算：…) after rows that ran under a header printed
      // above the first name row: the projects share that header, and the next one starts here.
      const sharedHeader = identity && sawIdentity && !sawIndicators && lastHeader != null && rowsSinceIdentity > 0;
      // The first name row right under that header: the header goes on over its indicator rows, below
      // the name row and the goal row, as it does for the projects after it.
      if (identity && !sawIdentity && lastHeader != null && current[current.length - 1] === lastHeader) {
        current.pop();
        inherit = lastHeader;
      }
      if ((identity && sawIdentity && sawIndicators) || sharedHeader || opening) {
        let cut = current.length;
        while (cut > 0 && current[cut - 1]!.type === 'text') cut--;
        parts.push(current.slice(0, cut));
        current = current.slice(cut);
        sawIndicators = false;
        sawHeader = false;
        // The next project's rows go on under the same header unless it prints its own.
        if (identity) inherit = lastHeader;
      }
      totalClosed = totalOf(item.cells) != null;
      if (opening) sawIndicatorRows = false;
      else if (sawHeader && !isHeader) sawIndicatorRows = true;
      if (identity) rowsSinceIdentity = 0;
      if (identity) sawIdentity = true;
      else if ((!sawHeader || (sawIdentity && !sawIndicators)) && isHeader) {
        sawHeader = true;
        lastHeader = item;
        if (sawIdentity) sawIndicators = true;
      } else if (sawIdentity && lastHeader != null && !isHeader) rowsSinceIdentity++;
    }
    current.push(item);
  }
  parts.push(current);
  // A signature block naming the unit again (填报单位：…) under the table opens no new form:
  // a part without an indicator table of its own stays with the form above.
  const merged: Item[][] = [];
  for (const part of parts) {
    const hasTable = part.some((it) => it.type === 'row' && readHeaderRow(it.cells) != null);
    if (merged.length > 0 && !hasTable) merged[merged.length - 1]!.push(...part);
    else merged.push(part);
  }
  return merged;
}

/** The unit (org, org_code) named by the label rows and lines above the first project's name. */
export function unitLabelsBeforeIdentity(kind: FormKind, items: Item[]): Set<FieldKey> {
  const out = new Set<FieldKey>();
  for (const it of items) {
    const texts = it.type === 'row' ? it.cells.map((c) => trimText(c.text)) : it.type === 'text' ? splitLabelPairs(trimText(it.text)) : [];
    const labels = texts.filter((t) => t.length <= 80).map((t) => matchLabel(t, kind)).filter((m) => m != null);
    if (labels.some((m) => IDENTITY[kind].includes(m.key))) break;
    for (const m of labels) if ((m.key === 'org' || m.key === 'org_code') && m.value != null && m.value !== '') out.add(m.key);
  }
  return out;
}

/** A row of indicator cells under an earlier header: no label in it, and no wider than the header. */
function continuesHeader(cells: GridCell[], header: GridCell[], kind: FormKind): boolean {
  const filled = cells.filter((c) => c.text.trim() !== '');
  // 年初预算数 | 全年预算数 | 全年执行数: the next form's budget block, above its own indicator header.
  if (filled.length < 2 || isBudgetHeader(cells)) return false;
  const last = header[header.length - 1]!;
  const end = filled[filled.length - 1]!;
  if (end.start + end.span > last.start + last.span) return false;
  return !filled.some((c) => c.text.length <= 40 && matchLabel(c.text, kind) != null);
}

const OPENING_FIELDS: FieldKey[] = ['department', 'org', 'project_code', 'budget_total_wan'];

/** A row that starts a form's header block: its first cell names the unit, the department or the budget. */
function opensForm(cells: GridCell[], kind: FormKind): boolean {
  const first = cells.find((c) => c.text.trim() !== '');
  if (!first || first.text.length > 40) return false;
  const m = matchLabel(first.text, kind);
  return m != null && OPENING_FIELDS.includes(m.key) && readHeaderRow(cells) == null;
}

// Words of a caption or section line over a table (年度绩效指标, 续表, 注), never of a project's name.
const NOT_A_NAME = /(绩效|目标|情况|概况|说明|预算|指标|附件|附表|表$|续|注|单位|填报)/;

/** A line holding only a project's name (no label, no sentence, no caption words). */
function projectNameLine(raw: string, kind: FormKind): boolean {
  const t = trimText(raw);
  if (t.length < 4 || t.length > 40 || /[，。；：:,;、！？!?]/.test(t) || /\s/.test(t)) return false;
  if (NOT_A_NAME.test(t) || unitNameLine(t) != null) return false;
  return matchLabel(t, kind) == null;
}
