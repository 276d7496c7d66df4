import type { FormKind } from '@jixiao/core';
import { trimText } from '@jixiao/core';
import { matchLabel } from './field-labels';
import type { GridCell, Item } from './flatten-source';
import { headerRole, type ColumnRole } from './header-map';
import { stripLevelWeight } from './indicator-rows';

type TextItem = Extract<Item, { type: 'text' }>;

/**
 * Web text whose every cell sits on a line of its own between blank lines, with nothing
 * marking where a row ends: the lines read as paragraphs. When a run of such lines holds an
 * indicator table's header (一级指标 / 二级指标 / 三级指标 / 指标值 on consecutive lines), the
 * table's rows are rebuilt from the header's columns: a row starts at its level or name cell
 * and ends when its last column is filled (merged level cells are simply not repeated). The
 * label lines above the table (项目名称 / 某项目 / 主管部门 / …) become one row per label.
 */
export function rebuildLineCellTables(items: Item[]): Item[] {
  let out: Item[] | null = null;
  let tableIndex = 1_000_000;
  let floor = 0;
  for (let i = 0; i < items.length; i++) {
    const header = headerAt(items, i);
    if (!header) continue;
    const rows = readRows(items, i + header.length, header);
    if (rows.rows.length === 0) continue;
    out ??= items.slice();
    tableIndex++;
    const labelStart = Math.max(floor, labelRunStart(items, i));
    const labelRows = labelStart < i ? labelRowsOf(items.slice(labelStart, i) as TextItem[], tableIndex) : [];
    const at = (cells: string[], line: number | null): Item => ({ type: 'row', cells: cells.map((text, k) => ({ text, start: k, span: 1, merged: false })), line, tableIndex });
    const headerItems = items.slice(i, i + header.length) as TextItem[];
    const rebuilt: Item[] = [
      ...(labelRows ?? items.slice(labelStart, i)),
      at(headerItems.map((t) => t.text), headerItems[0]!.line),
      ...rows.rows.map((r) => at(r.cells, r.line)),
    ];
    // Positions shift once a run is replaced: rebuild from the original list, run by run.
    const offset = out.length - items.length;
    out.splice(labelStart + offset, rows.end - labelStart, ...rebuilt);
    i = rows.end - 1;
    floor = rows.end;
  }
  return out ?? items;
}

interface LineHeader { roles: ColumnRole[]; length: number }

// Short caption lines only: a header cell is a few words.
function headerAt(items: Item[], i: number): LineHeader | null {
  const roles: ColumnRole[] = [];
  for (let k = i; k < items.length; k++) {
    const item = items[k]!;
    if (item.type !== 'text' || item.heading != null || item.text.length > 12) break;
    const role = headerRole(item.text);
    if (role == null || role === 'section' || roles.includes(role)) break;
    roles.push(role);
  }
  if (roles.length < 3 || !roles.includes('name')) return null;
  if (!roles.some((r) => r === 'value' || r === 'actual' || r === 'score' || r === 'weight')) return null;
  return { roles, length: roles.length };
}

const LEVEL1 = /^(产出|效益|效果|满意度|成本|投入|管理|过程|决策)(指标)?$/;
const LEVEL2 = /^(数量|质量|时效|成本|经济成本|社会成本|生态环境成本|社会效益|经济效益|生态效益|可持续影响|服务对象满意度|社会公众满意度|预算执行|资产管理|财务管理|预算编制|目标设定)(指标)?$/;
const TOTAL = /^(合计|总计|总分)$/;
const NUMBER = /^[\d.]+\s*分?$/;

function levelWord(text: string, pattern: RegExp): boolean {
  const t = stripLevelWeight(trimText(text));
  return t != null && pattern.test(t.replace(/\s+/g, ''));
}

function readRows(items: Item[], from: number, header: LineHeader): { rows: Array<{ cells: string[]; line: number | null }>; end: number } {
  const width = header.roles.length;
  const l1 = header.roles.indexOf('level1');
  const l2 = header.roles.indexOf('level2');
  const nameCol = header.roles.indexOf('name');
  const rows: Array<{ cells: string[]; line: number | null }> = [];
  let k = from;
  while (k < items.length) {
    const item = items[k]!;
    if (item.type !== 'text' || item.heading != null) break;
    const text = (i: number): string | null => {
      const it = items[i];
      return it && it.type === 'text' && it.heading == null ? it.text : null;
    };
    if (TOTAL.test(trimText(item.text))) {
      const cells = [item.text];
      let j = k + 1;
      while (cells.length < width && text(j) != null && NUMBER.test(trimText(text(j)!))) cells.push(text(j++)!);
      rows.push({ cells, line: item.line });
      k = j;
      continue;
    }
    const cells = new Array<string>(width).fill('');
    let col = 0;
    let j = k;
    if (l1 >= 0 && levelWord(item.text, LEVEL1) && !(l2 >= 0 && levelWord(item.text, LEVEL2) && !levelWord(text(j + 1) ?? '', LEVEL2))) {
      cells[l1] = item.text;
      col = l1 + 1;
      j++;
    }
    if (l2 >= 0 && col <= l2 && text(j) != null && levelWord(text(j)!, LEVEL2)) {
      cells[l2] = text(j)!;
      col = l2 + 1;
      j++;
    }
    // A row opens at its level or name cell; anything else ends the table.
    if (col === 0 && nameCol < 0) break;
    col = Math.max(col, nameCol);
    while (col < width && text(j) != null) {
      // An empty trailing cell (no 偏差原因) has no line: the next row's level cell shows it.
      if (col > nameCol + 1 && (levelWord(text(j)!, LEVEL1) || levelWord(text(j)!, LEVEL2) || TOTAL.test(trimText(text(j)!)))) break;
      cells[col++] = text(j++)!;
    }
    if (col < width) {
      // The lines ran out mid-row: not a table row after all (unless only trailing cells are missing).
      if (col <= nameCol + 1) break;
    }
    rows.push({ cells, line: item.line });
    k = j;
  }
  return { rows, end: k };
}

const KINDS: FormKind[] = ['project_target', 'project_self_evaluation', 'department_target', 'department_self_evaluation'];

function isLabel(text: string): boolean {
  return KINDS.some((kind) => {
    const m = matchLabel(text, kind);
    return m != null && m.value == null;
  });
}

// The text lines right above the table header, back to the form's title.
function labelRunStart(items: Item[], headerAt: number): number {
  let k = headerAt;
  while (k > 0) {
    const prev = items[k - 1]!;
    if (prev.type !== 'text' || prev.heading != null) break;
    k--;
  }
  return k;
}

// One row per label line with the value lines under it; null when the run does not start with a label.
function labelRowsOf(lines: TextItem[], tableIndex: number): Item[] | null {
  const start = lines.findIndex((l) => isLabel(l.text));
  if (start < 0) return null;
  const out: Item[] = lines.slice(0, start);
  let row: GridCell[] | null = null;
  let line: number | null = null;
  const flush = (): void => {
    if (row) out.push({ type: 'row', cells: row, line, tableIndex });
    row = null;
  };
  for (const l of lines.slice(start)) {
    if (isLabel(l.text) || row == null) {
      flush();
      row = [];
      line = l.line;
    }
    row.push({ text: l.text, start: row.length, span: 1, merged: false });
  }
  flush();
  return out;
}
