import type { SourceBlock, SourceCell, SourceDocument, SourceRow } from '../model/source-document';
import { matchLabel } from './field-labels';
import { stripEnumerator } from './normalize-label';

/**
 * A bureau's page listing several projects' targets in ONE table: the indicator header once at the top,
 * then for each project a row spanning every column that names it (`项目一：某某项目（项目资金168万元）`),
 * its label rows (年度目标) and its indicator rows. Each project is a form of its own: the table is cut at
 * those rows into one named table per project, its label rows first, then the header over its indicators,
 * as a page printing the projects one table each would show them.
 */
export function splitProjectDividerRows(source: SourceDocument): SourceDocument {
  if (!source?.blocks?.some((b) => b.kind === 'table')) return source;
  let changed = false;
  const blocks = source.blocks.flatMap((block): SourceBlock[] => {
    if (block.kind !== 'table') return [block];
    const split = splitTable(block.rows);
    if (!split) return [block];
    changed = true;
    return split;
  });
  return changed ? { ...source, blocks } : source;
}

// `项目一：`, `项目2、`: a project's number before its name; `一、` / `（二）` / `1.` are stripEnumerator's.
const PROJECT_NUMBER = /^项目\s*[一二三四五六七八九十\d]{1,3}\s*[：:、.．]\s*/;
// The project's money in a bracket after its name: `（项目资金95.60万元，其中财政资金80.00万元…）`.
const MONEY_BRACKET = /[（(]([^（）()]*?(?:资金|预算|金额)[^（）()]*?\d[^（）()]*)[）)]\s*$/;

function filled(row: SourceRow): SourceCell[] {
  return row.cells.filter((c) => c.text.trim() !== '');
}

function width(row: SourceRow): number {
  return row.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0);
}

/** The project a row spanning the table names, or null when the row is anything else. */
function dividerName(row: SourceRow, tableWidth: number): { name: string; money: string | null } | null {
  const cells = filled(row);
  if (cells.length !== 1 || row.cells.some((c) => c.mergedFromAbove)) return null;
  const only = cells[0]!;
  // Spanning every column: one cell over the grid (colspan), or the only cell of a text row.
  if (row.cells.length > 1 || ((only.colSpan ?? 1) < tableWidth && row.cells.length !== 1) || tableWidth < 3) return null;
  const text = only.text.replace(/\s+/g, ' ').trim();
  const numbered = PROJECT_NUMBER.test(text) || stripEnumerator(text) !== text;
  if (!numbered || text.length > 120) return null;
  const bare = text.replace(PROJECT_NUMBER, '');
  const body = stripEnumerator(bare).trim();
  const money = MONEY_BRACKET.exec(body);
  const name = (money ? body.slice(0, money.index) : body).trim();
  // A caption row of a level (`一、产出指标（40分）`, `（二）质量指标`) is the indicators' grouping, not a project.
  if (name.length < 2 || /[，。；,;]|指标/.test(name) || matchLabel(name, 'project_target') != null) return null;
  return { name, money: money ? money[1]!.trim() : null };
}

const MONEY_PIECE = /^(其中[：:]?)?\s*([^\d：:]+?)\s*[：:]?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)$/;

function moneyRows(text: string): Array<[string, string]> {
  const pieces = text.split(/[，,、；;]\s*/).map((p) => p.trim()).filter(Boolean);
  const rows: Array<[string, string]> = [];
  for (const piece of pieces) {
    const m = MONEY_PIECE.exec(piece);
    if (!m) return [];
    rows.push([`${m[1] ? '其中：' : ''}${m[2]}（${m[4]}）`, m[3]!]);
  }
  return rows;
}

function textCell(text: string, colSpan: number): SourceCell {
  return colSpan > 1 ? { text, colSpan } : { text };
}

function splitTable(rows: SourceRow[]): SourceBlock[] | null {
  const tableWidth = Math.max(...rows.map(width));
  const marks = rows.map((row, i) => (i === 0 ? null : dividerName(row, tableWidth)));
  const at = marks.flatMap((m, i) => (m ? [i] : []));
  // One such row is a caption inside a form; a list of projects shows two at least.
  if (at.length < 2) return null;
  const header = rows.slice(0, at[0]);
  if (header.length === 0 || header.length > 3) return null;
  // A 项目名称 column under the header names each row's project: rows across the table group the
  // projects (一、某某市教育局, a department's), they name none.
  if (header.some((r) => r.cells.some((c) => c.text.length <= 20 && matchLabel(c.text.trim(), 'project_target')?.key === 'project_name' && matchLabel(c.text.trim(), 'project_target')?.value == null))) return null;
  const out: SourceBlock[] = [];
  at.forEach((start, k) => {
    const mark = marks[start]!;
    const section = rows.slice(start + 1, at[k + 1] ?? rows.length);
    // The project's own label rows (年度目标 …) stand before its first indicator row.
    let labels = 0;
    while (labels < section.length && matchLabel(filled(section[labels]!)[0]?.text.trim() ?? '', 'project_target') != null) labels++;
    const rest = tableWidth - 1;
    const named: SourceRow[] = [{ cells: [{ text: '项目名称' }, textCell(mark.name, rest)], line: rows[start]!.line }];
    // `项目资金168.00万元，其中财政资金168.00万元、其他资金0万元`: the form's 项目资金 rows, one amount a row.
    if (mark.money) for (const [label, amount] of moneyRows(mark.money)) named.push({ cells: [{ text: label }, textCell(amount, rest)], line: rows[start]!.line });
    out.push({ kind: 'table', rows: [...named, ...section.slice(0, labels)] });
    out.push({ kind: 'table', rows: [...header, ...section.slice(labels)] });
  });
  return out;
}
