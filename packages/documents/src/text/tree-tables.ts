import { cleanInlineCell } from './inline-markup';

interface RawCell { html: string; th: boolean }

// A tree's own caption row names its level columns (一级指标 | 二级指标 | 三级指标明细).
const LEVEL_CAPTION = /^(一级指标|二级指标|指标层级|一级|二级)/;
// The leaf table's caption row: an indicator's name beside a value, weight or result.
const NAME_CAPTION = /(三级指标|指标名称|绩效指标名称|具体指标)/;
const VALUE_CAPTION = /(指标值|目标值|完成值|分值|得分|权重)/;

/**
 * An indicator tree drawn as tables inside tables, as budget systems' view pages print it: under a
 * caption row (一级指标 | 二级指标 | 三级指标明细) each row holds a level cell beside one cell holding a
 * table, whose rows again hold a level beside a table, down to tables of indicator rows under their
 * own caption row (三级指标 | 指标性质 | 指标值 …). The tree becomes the one flat table it stands for:
 * each indicator row with its levels in front, under the levels' captions and the leaves' captions.
 * Tables of any other shape are left as they are.
 */
export function unfoldTreeTables(html: string): string {
  if (!/<table\b[\s\S]*<table\b[\s\S]*<table\b/i.test(html)) return html;
  let out = html;
  const open = /<table\b[^>]*>/gi;
  for (let m = open.exec(out); m; m = open.exec(out)) {
    const end = matchingClose(out, m.index + m[0].length);
    if (end < 0) break;
    const flat = treeTable(out.slice(m.index + m[0].length, end.valueOf()));
    if (!flat) continue;
    const close = out.indexOf('>', end) + 1;
    out = `${out.slice(0, m.index)}${flat}${out.slice(close)}`;
    open.lastIndex = m.index + flat.length;
  }
  return out;
}

/** Where the `</table>` closing the table whose content starts at `from` begins, or -1. */
function matchingClose(s: string, from: number): number {
  const tag = /<(\/?)table\b[^>]*>/gi;
  tag.lastIndex = from;
  let depth = 1;
  for (let m = tag.exec(s); m; m = tag.exec(s)) {
    depth += m[1] === '' ? 1 : -1;
    if (depth === 0) return m.index;
  }
  return -1;
}

/** The rows of a table's own level (not those of tables inside its cells), each a list of raw cells. */
function ownRows(inner: string): RawCell[][] {
  const rows: RawCell[][] = [];
  const tag = /<(\/?)(table|tr|td|th)\b[^>]*>/gi;
  let depth = 0;
  let cell: { start: number; th: boolean } | null = null;
  const closeCell = (at: number) => {
    if (cell && rows.length > 0) rows.at(-1)!.push({ html: inner.slice(cell.start, at), th: cell.th });
    cell = null;
  };
  for (let m = tag.exec(inner); m; m = tag.exec(inner)) {
    const name = m[2]!.toLowerCase();
    if (name === 'table') { depth += m[1] === '' ? 1 : -1; continue; }
    if (depth > 0) continue;
    if (name === 'tr') { closeCell(m.index); if (m[1] === '') rows.push([]); continue; }
    closeCell(m.index);
    if (m[1] === '') cell = { start: m.index + m[0].length, th: name === 'th' };
  }
  closeCell(inner.length);
  return rows.filter((r) => r.length > 0);
}

function textOf(html: string): string {
  return cleanInlineCell(html.replace(/<br\s*\/?>/gi, ' ')).text.replace(/\s+/g, ' ').trim();
}

/** The one table a cell holds with nothing else but blanks around it, as its content; else null. */
function soleTable(html: string): string | null {
  const start = /<table\b[^>]*>/i.exec(html);
  if (!start) return null;
  const end = matchingClose(html, start.index + start[0].length);
  if (end < 0) return null;
  const after = html.slice(html.indexOf('>', end) + 1);
  if (textOf(html.slice(0, start.index)) !== '' || textOf(after) !== '' || /<table\b/i.test(after)) return null;
  return html.slice(start.index + start[0].length, end);
}

interface Unfolded { levels: number; header: string[]; rows: string[][] }

/** A leaf table: its caption row names an indicator and a value, and no cell holds a table. */
function leaf(rows: RawCell[][]): Unfolded | null {
  if (rows.length < 2 || rows.some((r) => r.some((c) => /<table\b/i.test(c.html)))) return null;
  const header = rows[0]!.map((c) => textOf(c.html));
  if (!header.some((t) => NAME_CAPTION.test(t) && t.length <= 12) || !header.some((t) => VALUE_CAPTION.test(t) && t.length <= 12)) return null;
  return { levels: 0, header, rows: rows.slice(1).map((r) => r.map((c) => textOf(c.html))) };
}

/** A level of the tree: every row a short level cell (or several) beside one cell holding a table. */
function branch(rows: RawCell[][]): Unfolded | null {
  let levels = -1;
  let header: string[] | null = null;
  const out: string[][] = [];
  for (const r of rows) {
    const inner = soleTable(r.at(-1)!.html);
    const lead = r.slice(0, -1).map((c) => textOf(c.html));
    if (!inner || lead.length === 0 || r.slice(0, -1).some((c) => /<table\b/i.test(c.html)) || lead.some((t) => t === '' || t.length > 20)) return null;
    const sub = unfold(ownRows(inner));
    if (!sub || (levels >= 0 && levels !== lead.length + sub.levels)) return null;
    levels = lead.length + sub.levels;
    header ??= sub.header;
    for (const row of sub.rows) out.push([...lead, ...row]);
  }
  return levels < 0 || !header ? null : { levels, header, rows: out };
}

function unfold(rows: RawCell[][]): Unfolded | null {
  return leaf(rows) ?? branch(rows);
}

/** The flat table a tree's content stands for, as HTML; null when it is no tree under a level caption row. */
function treeTable(inner: string): string | null {
  if (!/<table\b/i.test(inner)) return null;
  const rows = ownRows(inner);
  if (rows.length < 2) return null;
  const captions = rows[0]!.map((c) => textOf(c.html));
  if (!captions.some((t) => LEVEL_CAPTION.test(t)) || rows[0]!.some((c) => /<table\b/i.test(c.html))) return null;
  const tree = branch(rows.slice(1));
  if (!tree || tree.levels === 0 || captions.length < tree.levels) return null;
  const header = [...captions.slice(0, tree.levels), ...tree.header];
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const line = (cells: string[], tag: string) => `<tr>${cells.map((t) => `<${tag}>${esc(t)}</${tag}>`).join('')}</tr>`;
  return `<table>${line(header, 'th')}${tree.rows.map((r) => line(r, 'td')).join('')}</table>`;
}
