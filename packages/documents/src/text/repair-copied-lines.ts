import { isCategoryText } from '../build/level-cells';
import { isBareLabel } from '../build/line-cell-labels';
import { detectFormTitle, unitNameLine } from '../build/form-titles';
import { NOT_READ } from '../build/form-warnings';
import { headerRole } from '../build/header-map';
import { untangleInterleavedColumns } from './untangle-interleaved-columns';
import { dropBlankParagraphs } from './blank-paragraph-cells';

export const BLANK = /^[ \u3000\u00a0]*$/;

/**
 * The lines of a copied text put back the way its program meant them, before the layout is read:
 * Excel's quoted cells over several lines joined, TSV rows broken by paragraphs inside cells joined,
 * two side-by-side text columns copied line by line in turn put back as two labelled lines, and cells ended
 * by a TAB (not started by one) rewritten to the cell-per-line form. `lineNos` gives
 * each line's first line in the input, for warnings.
 */
export function repairCopiedLines(raw: string[]): { lines: string[]; lineNos: number[] } {
  const unwrapped = joinHardWrapped(unquoteChatQuotes(raw));
  const quoted = joinQuotedCells(unwrapped.lines);
  const untangled = untangleInterleavedColumns({ lines: quoted.lines, lineNos: quoted.lineNos.map((n) => unwrapped.lineNos[n]!) });
  const joined = joinBrokenTsvRows(joinBrokenHeaders(dropBlankParagraphs(untangled)));
  return { lines: tabAfterCells(joined.lines), lineNos: joined.lineNos };
}

/**
 * A chat client shows a quoted message as `「sender：message」`, the message running over several lines
 * when it had several: the corner brackets and the sender are the client's, the lines inside are the
 * message as typed (`「杨主任：项目名称：…` … `…年度目标：…。」`). A quote whose text is itself a
 * label：value line loses its sender too; a quote of plain words keeps them. Line count is kept.
 */
const QUOTE_OPEN = /^[ \u3000]*「([^「」：:\t]{1,16})[：:]\s*(?=[^「」：:\t]{1,20}[：:])/;
function unquoteChatQuotes(raw: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < raw.length; i++) {
    if (!QUOTE_OPEN.test(raw[i]!)) continue;
    // The quote ends on the line that closes the bracket, within a message's length.
    let end = -1;
    for (let j = i; j < Math.min(raw.length, i + 40); j++) {
      const body = j === i ? raw[j]!.replace(QUOTE_OPEN, '') : raw[j]!;
      if (body.includes('「')) break;
      if (body.includes('」')) { end = body.trimEnd().endsWith('」') ? j : -1; break; }
    }
    if (end < 0) continue;
    out ??= raw.slice();
    out[i] = out[i]!.replace(QUOTE_OPEN, '');
    out[end] = out[end]!.trimEnd().replace(/」$/, '');
    i = end;
  }
  return out ?? raw;
}

/**
 * Text that went through a program wrapping long lines at a fixed width (a plain-text mail, a fixed-width
 * text export of a printed table): every line cut there is exactly as long as the widest line, and the
 * next line goes on where it was cut, inside a word or a cell. Several different lines of exactly the
 * widest length, each followed by more text, show such a wrap; each is joined with the line after it.
 */
// A paragraph whose last line happens to fill the width ends on its sentence; a caption, label, title or unit line
// after it starts the next block (…持续改善。⏎一级指标), it does not go on.
const SENTENCE_END = /[。！？；：.!?;:]\s*$/;
function opensBlock(line: string): boolean {
  const t = line.trim();
  return t.length <= 30 && (detectFormTitle(t, false) != null || unitNameLine(t) != null
    || (t.length <= 12 && (isBareLabel(t) || headerRole(t, true) != null)));
}

function joinHardWrapped(raw: string[]): { lines: string[]; lineNos: number[] } {
  const same = { lines: raw, lineNos: raw.map((_l, i) => i) };
  let width = 0;
  for (const l of raw) if (l.length > width) width = l.length;
  if (width < 24) return same;
  // A row cut in two holds no more cells (TABs, pipes) than the widest row: two rows of a table are no cut one.
  const tabs = (l: string) => l.split(/[\t|｜]/).length - 1;
  let maxTabs = 0;
  for (const l of raw) maxTabs = Math.max(maxTabs, tabs(l));
  const goesOn = (i: number) => i + 1 < raw.length && raw[i]!.length === width && !BLANK.test(raw[i + 1]!) && tabs(raw[i]!) + tabs(raw[i + 1]!) <= maxTabs
    && !(SENTENCE_END.test(raw[i]!) && opensBlock(raw[i + 1]!));
  const cut = new Set<string>();
  for (let i = 0; i + 1 < raw.length; i++) if (goesOn(i)) cut.add(raw[i]!);
  // Wrapped text has many lines cut at that width among its long ones; a table or a page with a few
  // long lines that happen to be as long as each other has not.
  const long = raw.filter((l) => l.length * 2 >= width).length;
  if (cut.size < 3 || cut.size < long * 0.3) return same;
  const lines: string[] = [];
  const lineNos: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i]!;
    lineNos.push(i);
    while (goesOn(i) && tabs(line) + tabs(raw[i + 1]!) <= maxTabs) line += raw[++i]!;
    lines.push(line);
  }
  return { lines, lineNos };
}

/**
 * An indicator header whose captions the page breaks with `<br>` (一级<br>指标, 年度<br>指标值), copied as
 * TSV: the row comes in pieces, each break inside a caption. Lines that only together make a row of
 * known captions (each broken caption whole again, at least three, a name among them) are that row;
 * a header complete on its own line, and cells one a line (a TAB before or after each), are left as they are.
 */
function joinBrokenHeaders(input: { lines: string[]; lineNos: number[] }): { lines: string[]; lineNos: number[] } {
  const { lines: raw, lineNos: nos } = input;
  const captions = (line: string) => {
    const cells = line.split('\t').map((c) => c.trim()).filter((c) => c !== '');
    const roles = cells.map((c) => (NOT_READ.test(c) ? 'none' : headerRole(c, true)));
    // A group caption spanning the header's rows (绩效指标 over 一级…三级) may open it.
    return roles.every((r, k) => r != null && (r !== 'section' || k === 0)) && cells.length - (roles[0] === 'section' ? 1 : 0) >= 3 && roles.includes('name');
  };
  // Every cell but the last (which the next line may finish) already a caption: else no header here.
  const openCaptions = (line: string) => line.split('\t').slice(0, -1).every((c) => c.trim() === '' || NOT_READ.test(c.trim()) || headerRole(c.trim(), true) != null);
  const lines: string[] = [];
  const lineNos: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    let end = -1;
    if (!BLANK.test(raw[i]!) && raw[i]!.length <= 200 && openCaptions(raw[i]!) && !captions(raw[i]!)) {
      let joined = raw[i]!;
      for (let j = i + 1; j < raw.length && j <= i + 16 && !BLANK.test(raw[j]!) && openCaptions(joined); j++) {
        // Each break falls inside a caption: a line ending or starting with a TAB is a cell-per-line copy.
        if (/[\t\s]$/.test(raw[j - 1]!) || /^[\t\s]/.test(raw[j]!)) break;
        joined += raw[j]!;
        if (captions(joined)) end = j;
      }
    }
    if (end < 0) {
      lines.push(raw[i]!);
      lineNos.push(nos[i]!);
      continue;
    }
    lines.push(raw.slice(i, end + 1).join(''));
    lineNos.push(nos[i]!);
    i = end;
  }
  return { lines, lineNos };
}

/**
 * A page copied as TSV whose cells hold paragraphs (`<p>` in a cell) breaks a row at each paragraph,
 * with no quotes around the cell. In a table whose rows all have the same number of cells (merged
 * areas padded with empty cells), a line with fewer cells is such a broken row: it is joined with the
 * lines after it when together they make exactly one full row, each break inside a written cell. A
 * line with no TAB between two rows of the table is the rest of the last cell of the row above.
 */
function joinBrokenTsvRows(input: { lines: string[]; lineNos: number[] }): { lines: string[]; lineNos: number[] } {
  const { lines: raw, lineNos: nos } = input;
  const cellsOf = (l: string) => l.split('\t').length;
  const isRest = (k: number) => k > 0 && k + 1 < raw.length && !raw[k]!.includes('\t') && !BLANK.test(raw[k]!)
    && raw[k - 1]!.includes('\t') && raw[k + 1]!.includes('\t') && !/^[^，。；]{1,12}[：:]|^(注|说明|备注)/.test(raw[k]!.trim()) && detectFormTitle(raw[k]!.trim(), false) == null
    // A line naming a unit alone opens the next unit's table (a page listing several units' forms).
    && unitNameLine(raw[k]!) == null
    // Nor does a level on a line of its own (质量指标 between rows that leave their level cells out).
    && !isCategoryText(raw[k]!.trim());
  const lines: string[] = [];
  const lineNos: number[] = [];
  let i = 0;
  while (i < raw.length) {
    // The run of lines of one table: lines with a TAB and the rest-of-cell lines between them.
    let end = i;
    while (end < raw.length && (raw[end]!.includes('\t') || (end > i && isRest(end)))) end++;
    const tabbed = raw.slice(i, end).filter((l) => l.includes('\t'));
    const width = Math.max(0, ...tabbed.map(cellsOf));
    const full = tabbed.filter((l) => cellsOf(l) === width).length;
    if (end - i < 3 || width < 3 || full < tabbed.length * 0.75 || full === tabbed.length && tabbed.length === end - i) {
      // Every row of the indicator table broken at a `<br>` in one of its cells (年度指标值⏎实际完成值 over
      // `≥95%⏎98%`): few lines are full, but from the header down the lines pair up into full rows.
      const broken = joinFromHeader(raw, i, end);
      const stop = broken ? broken.header : Math.max(end, i + 1);
      // Rows of unequal width (a browser leaves merged cells out): a line with no TAB inside the table
      // goes with the line whose cell it finishes or starts, told by the cut sentence (…， ⏎ …).
      for (let k = i; k < stop; k++) {
        const line = raw[k]!;
        const prev = lines.length > 0 && k > i ? lines[lines.length - 1]! : null;
        if (!line.includes('\t') && prev != null && UNFINISHED.test(prev)) {
          lines[lines.length - 1] = `${prev}\n${line}`;
          continue;
        }
        if (!line.includes('\t') && k > i && k + 1 < stop && raw[k + 1]!.includes('\t') && UNFINISHED.test(line) && !/^\t/.test(raw[k + 1]!)) {
          lines.push(`${line}\n${raw[k + 1]!}`);
          lineNos.push(nos[k]!);
          k++;
          continue;
        }
        lines.push(line);
        lineNos.push(nos[k]!);
      }
      if (broken) {
        for (const row of broken.rows) { lines.push(row.text); lineNos.push(nos[row.from]!); }
        i = end;
        continue;
      }
      i = stop;
      continue;
    }
    for (let k = i; k < end;) {
      // 绩效目标⇥1、…；⇥⇥⇥ ⏎ 2、… ⏎ 一级指标⇥…: a line with no TAB after a full row closed by empty cells, before a
      // line that is a full row on its own, is the rest of the last written cell above (never the start of that row).
      if (k > i && lines.length > 0 && !raw[k]!.includes('\t') && (k + 1 >= end || cellsOf(raw[k + 1]!) === width) && goesOnInCell(lines[lines.length - 1]!, raw[k]!)) {
        lines[lines.length - 1] = appendToLastCell(lines[lines.length - 1]!, raw[k]!);
        k++;
        continue;
      }
      let row = raw[k]!;
      let count = raw[k]!.includes('\t') ? cellsOf(row) : 1;
      let j = k + 1;
      while (count < width && j < end) {
        const more = raw[j]!.includes('\t') ? cellsOf(raw[j]!) : 1;
        if (count + more - 1 > width || /\t$/.test(row) || /^\t/.test(raw[j]!)) break;
        // A line opening with a field's label (实施单位 ⇥ … under 项目名称 ⇥ … ⇥ 主管部门 ⇥ …) is a label row of its own,
        // narrower than the indicator table, never the rest of the row above.
        if (raw[j]!.includes('\t') && isBareLabel(raw[j]!.split('\t')[0]!)) break;
        row += `\n${raw[j]!}`;
        count += more - 1;
        j++;
      }
      if (count === width && j < end && !raw[j]!.includes('\t') && !/\t$/.test(row)) {
        // A full row whose last cell goes on in a line of its own.
        row += `\n${raw[j]!}`;
        j++;
      }
      if (count !== width) { row = raw[k]!; j = k + 1; }
      lines.push(row);
      lineNos.push(nos[k]!);
      k = j;
    }
    i = end;
  }
  return { lines, lineNos };
}

// 2、 / 2. / （二） / 二、 opening a line: the next item of a numbered text.
const ITEM_LEAD = /^\s*(?:\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;

/**
 * Whether a line with no TAB goes on with the last written cell of `row`: that cell is a text of some length
 * (not a label or a figure) whose sentence the cut left open (…； / …，), or a numbered text whose next item the line opens.
 * A label cut in two (项目 ⏎ 名称⇥…) starts the row below instead.
 */
function goesOnInCell(row: string, line: string): boolean {
  const cells = row.split('\t').map((c) => c.trim()).filter((c) => c !== '');
  const last = cells[cells.length - 1];
  if (cells.length < 2 || last == null || last.length < 10 || /^[\d.,%％\s-]+$/.test(last)) return false;
  return UNFINISHED.test(last) || (ITEM_LEAD.test(line) && ITEM_LEAD.test(last));
}

/** A row's text with `more` put after its last written cell, on a line of its own inside that cell. */
function appendToLastCell(row: string, more: string): string {
  const cells = row.split('\t');
  let at = cells.length - 1;
  while (at > 0 && cells[at]!.trim() === '') at--;
  cells[at] = `${cells[at]!}\n${more}`;
  return cells.join('\t');
}

/**
 * The lines from an indicator header to the end of a run, joined into rows as wide as the widest line
 * there, each break inside a cell (no line ending or starting with a TAB at the break): when most of
 * the rows come out full and at least two were broken. Null when the lines do not pair up so.
 */
function joinFromHeader(raw: string[], from: number, end: number): { header: number; rows: Array<{ text: string; from: number }> } | null {
  const cellsOf = (l: string) => l.split('\t').length;
  let header = -1;
  for (let k = from; k < end && header < 0; k++) {
    const cells = raw[k]!.split('\t').map((c) => c.trim()).filter((c) => c !== '');
    const roles = cells.map((c) => headerRole(c));
    if (cells.length >= 3 && roles.includes('name') && roles.filter((r) => r != null).length >= cells.length - 1) header = k;
  }
  if (header < 0) return null;
  let width = 0;
  for (let k = header; k < end; k++) if (raw[k]!.includes('\t')) width = Math.max(width, cellsOf(raw[k]!));
  const rows: Array<{ text: string; from: number }> = [];
  let full = 0;
  let joined = 0;
  for (let k = header; k < end;) {
    let text = raw[k]!;
    let count = text.includes('\t') ? cellsOf(text) : 1;
    let j = k + 1;
    while (count < width && j < end) {
      const more = raw[j]!.includes('\t') ? cellsOf(raw[j]!) : 1;
      // A break inside a cell leaves cells on both lines: a line with no TAB is a row or a line of its own.
      if (count + more - 1 > width || /\t$/.test(text) || /^\t/.test(raw[j]!) || !text.includes('\t') || !raw[j]!.includes('\t')) break;
      text += `\n${raw[j]!}`;
      count += more - 1;
      j++;
    }
    if (count !== width) { text = raw[k]!; j = k + 1; }
    else { full++; if (j - k > 1) joined++; }
    rows.push({ text, from: k });
    k = j;
  }
  // Most full rows made of broken lines: a column whose every cell holds a line break.
  return joined >= 2 && full >= rows.length * 0.75 && joined >= full * 0.5 ? { header, rows } : null;
}

// A cell cut where a paragraph inside it ended: a clause still open.
const UNFINISHED = /[，、；,;（(]$/;

// A cell ended by its TAB (`text⇥`): some pages copy every cell as its text, a TAB and a line break.
const TAB_AFTER = /^[^\t]*[^\t\s\u3000][^\t]*\t$/;

/**
 * Pages that copy each cell as its text followed by a TAB and a line break (rows ending in a blank
 * line) write the cell-per-line layout with the TAB at the other end: a cell runs from the line
 * after the last TAB to the next line that ends with one (a line break inside the cell comes
 * first). Rewritten to the leading-TAB form, the line count unchanged. Only when such lines make
 * up most of the lines with a TAB, so a TSV row whose last cell is empty changes nothing.
 */
function tabAfterCells(lines: string[]): string[] {
  let after = 0;
  let tabbed = 0;
  for (const l of lines) {
    if (!l.includes('\t')) continue;
    tabbed++;
    if (TAB_AFTER.test(l)) after++;
  }
  if (after < 6 || after < tabbed * 0.6) return lines;
  const out = lines.slice();
  let start = -1;
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!;
    if (BLANK.test(l)) { start = -1; continue; }
    if (start < 0) start = i;
    if (!/\t$/.test(l) || /\t./.test(l.replace(/\t$/, '\u0000'))) continue;
    out[i] = l.replace(/\t$/, '');
    out[start] = `\t${out[start]!.replace(/^\t/, '')}`;
    start = -1;
  }
  return out;
}

/** Whether a TSV line ends inside a quoted field (a field that starts with `"` and has not closed). */
function endsInQuote(line: string): boolean {
  let open = false;
  for (const field of line.split('\t')) {
    if (open) {
      // The field continues the quoted one across a tab: close when an odd run of quotes ends it.
      if (/(^|[^"])("")*"$/.test(field)) open = false;
      continue;
    }
    if (!field.startsWith('"')) continue;
    // Opened only when the rest holds no lone quote: `"十四五"规划` is text, not an Excel quote.
    const body = field.slice(1).replace(/""/g, '');
    open = !body.includes('"');
  }
  return open;
}

/**
 * Excel copies a cell with line breaks as a quoted field running over several lines. The
 * lines of such a row are joined back (with the breaks kept inside the cell) when the quote
 * closes within a few lines; otherwise the quote is taken as text and nothing is joined.
 */
function joinQuotedCells(raw: string[]): { lines: string[]; lineNos: number[] } {
  const lines: string[] = [];
  const lineNos: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i]!;
    const start = i;
    if ((line.includes('\t') || line.startsWith('"')) && line.includes('"') && endsInQuote(line)) {
      let joined = line;
      let j = i + 1;
      let closed = false;
      // A line starting with a TAB is the next cell of a cell-per-line layout, never the quote's rest.
      for (; j < raw.length && j - i <= 20 && !raw[j]!.startsWith('\t'); j++) {
        joined += `\n${raw[j]!}`;
        if (!endsInQuote(joined)) { closed = true; break; }
      }
      // A quote in running text is no TSV row: the joined lines must hold cells.
      if (closed && joined.includes('\t')) { line = joined; i = j; }
    }
    lines.push(line);
    lineNos.push(start);
  }
  return { lines, lineNos };
}
