import { displayWidth } from './read-grid-table';

/**
 * Tables drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘, also the heavy and double sets), as
 * text-mode reports, plain-text mails and chat answers print them. Each table becomes the TSV rows it
 * stands for, so the TSV reader reads it: a cell's wrapped lines joined (quoted, as Excel quotes a cell
 * holding a line break), a cell merged across columns followed by empty cells, and a cell merged down
 * (no rule under it) given once, in its top row. The lines the table took are kept as blank lines, so
 * the line numbers after it still match the file.
 */
export function unboxTables(src: string): string {
  if (!BOX_VERTICAL.test(src)) return src;
  const lines = src.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && isBoxLine(lines[j]!)) j++;
    if (j - i >= 3) {
      const rows = readBoxTable(lines.slice(i, j));
      if (rows) {
        const tsv = rows.map((cells) => cells.map(quoteField).join('\t')).join('\n').split('\n');
        out.push(...tsv, ...Array.from({ length: Math.max(0, j - i - tsv.length) }, () => ''));
        i = j;
        continue;
      }
    }
    out.push(...lines.slice(i, Math.max(j, i + 1)));
    i = Math.max(j, i + 1);
  }
  return out.join('\n');
}

const VERTICAL = '│┃║';
const HORIZONTAL = '─━═';
const JUNCTION = '┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫┍┑┕┙┝┥┯┷┿┎┒┖┚┠┨┰┸╂';
const BOX_VERTICAL = /[│┃║]/;
const LEFT_EDGE = new RegExp(`^[${VERTICAL}${JUNCTION}]`);
const RIGHT_EDGE = new RegExp(`[${VERTICAL}${JUNCTION}]$`);
const RULE = new RegExp(`^[${VERTICAL}${JUNCTION}${HORIZONTAL} \\u3000]+$`);
const SPLIT = new RegExp(`[${VERTICAL}${JUNCTION}]`);

function isBoxLine(line: string): boolean {
  const t = line.trim();
  return t.length >= 3 && LEFT_EDGE.test(t) && RIGHT_EDGE.test(t);
}

function isRule(line: string): boolean {
  return RULE.test(line.trim()) && new RegExp(`[${HORIZONTAL}]`).test(line);
}

/** The vertical bars' positions in a content line, in display columns. */
function barPositions(line: string): number[] {
  const at: number[] = [];
  let col = 0;
  for (const ch of line) {
    if (VERTICAL.includes(ch)) at.push(col);
    col += displayWidth(ch);
  }
  return at;
}

/** The rows of one drawn table (cells per column), or null when the block is no table. */
function readBoxTable(block: string[]): string[][] | null {
  const groups: Array<{ rule: string | null; lines: string[] }> = [];
  let rule: string | null = null;
  for (const line of block) {
    if (isRule(line)) { rule = line.trim(); continue; }
    const last = groups.at(-1);
    if (last && rule == null) last.lines.push(line);
    else groups.push({ rule, lines: [line] });
    rule = null;
  }
  if (groups.length < 2) return null;
  // The columns: where the bars of the line with the most of them stand.
  const anchors = groups.flatMap((g) => g.lines.map(barPositions)).reduce((a, b) => (b.length > a.length ? b : a), [] as number[]);
  const width = anchors.length - 1;
  if (width < 2) return null;
  const column = (pos: number) => anchors.reduce((best, a, k) => (Math.abs(a - pos) < Math.abs(anchors[best]! - pos) ? k : best), 0);
  const rows: string[][] = [];
  const top: number[] = anchors.slice(0, -1).map(() => -1);
  for (const group of groups) {
    const cells: string[][] = anchors.slice(0, -1).map(() => []);
    const spans: number[] = anchors.slice(0, -1).map(() => 0);
    for (const line of group.lines) {
      const bars = barPositions(line);
      const texts = line.trim().slice(1, -1).split(new RegExp(`[${VERTICAL}]`));
      texts.forEach((text, k) => {
        const from = column(bars[k]!);
        const to = column(bars[k + 1] ?? anchors.at(-1)!);
        if (from >= width) return;
        spans[from] = Math.max(spans[from]!, to - from);
        const t = text.replace(/^[ \u3000]+|[ \u3000]+$/g, '');
        if (t !== '') cells[from]!.push(t);
      });
    }
    // A rule with no line under a column: that column's cell goes on from the row above.
    const open = ruleGaps(group.rule, width);
    const row: string[] = anchors.slice(0, -1).map(() => '');
    for (let k = 0; k < width; k++) {
      const text = cells[k]!.join('\n');
      if (open[k] && top[k]! >= 0) {
        if (text !== '') rows[top[k]!]![k] = rows[top[k]!]![k] === '' ? text : `${rows[top[k]!]![k]}\n${text}`;
        continue;
      }
      row[k] = text;
      top[k] = spans[k]! > 0 ? rows.length : -1;
    }
    rows.push(row);
  }
  return rows;
}

/** Per column, whether the rule above a row leaves it open (blank, not drawn): a cell merged down. */
function ruleGaps(rule: string | null, width: number): boolean[] {
  if (rule == null) return Array.from({ length: width }, () => false);
  const segments = rule.slice(1, -1).split(SPLIT);
  if (segments.length !== width) return Array.from({ length: width }, () => false);
  return segments.map((s) => s.trim() === '');
}

function quoteField(text: string): string {
  return /[\n\t"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
