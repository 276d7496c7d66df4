import { cssRules, selectorClass, styleSheets } from './css-rules';

/**
 * Web pages draw tables without table tags too: `<div role="table">` with `role="row"` and
 * `role="cell"` spans (accessible grids), or divs whose CSS says `display: table-row` /
 * `table-cell`. A browser shows them as a grid; here they become `<table>`/`<tr>`/`<td>` so
 * the HTML table reader sees the same rows. Only a table element that holds a row, and only
 * cells inside a converted row, are converted: a lone `display: table` used to centre a
 * block stays running text.
 */
export function divTablesToHtml(html: string): string {
  if (!/\brole\s*=\s*["']?(?:table|grid|treegrid)\b|display\s*:\s*table/i.test(html)) return html;
  const classRoles = cssTableClasses(html);
  const tokens: string[] = [];
  const stack: Array<{ name: string; as: TableTag | null; token: number; original: string; hasRow: boolean }> = [];
  const tagRe = /<(\/?)([a-z][a-z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
  let last = 0;
  for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
    tokens.push(html.slice(last, m.index));
    last = tagRe.lastIndex;
    const [whole, closing, rawName, attrs] = [m[0], m[1]!, m[2]!.toLowerCase(), m[3]!];
    if (rawName === 'script' || rawName === 'style') {
      // Their content is no markup: copy it through to the closing tag.
      const end = html.toLowerCase().indexOf(`</${rawName}`, tagRe.lastIndex);
      const stop = end < 0 ? html.length : end;
      tokens.push(closing ? whole : whole + html.slice(tagRe.lastIndex, stop));
      if (!closing) tagRe.lastIndex = last = stop;
      continue;
    }
    if (closing) {
      const at = stack.map((e) => e.name).lastIndexOf(rawName);
      if (at < 0) { tokens.push(whole); continue; }
      const [open, ...unclosed] = stack.splice(at);
      // A converted table left open inside the element being closed still ends here.
      for (const inner of unclosed.reverse()) if (inner.as === 'table' && inner.hasRow) tokens.push('</table>');
      if (open!.as === 'table' && !open!.hasRow) tokens[open!.token] = open!.original;
      tokens.push(open!.as && tokens[open!.token] !== open!.original ? `</${open!.as}>` : whole);
      continue;
    }
    if (VOID.has(rawName) || attrs.trim().endsWith('/')) { tokens.push(whole); continue; }
    const wanted = NATIVE.has(rawName) ? null : tableTagOf(attrs, classRoles);
    const table = [...stack].reverse().find((e) => e.as === 'table');
    const parentRow = [...stack].reverse().find((e) => e.as !== null);
    let as: TableTag | null = null;
    if (wanted === 'table') as = 'table';
    else if (wanted === 'tr' && table) { as = 'tr'; table.hasRow = true; }
    else if ((wanted === 'td' || wanted === 'th') && parentRow?.as === 'tr') as = wanted;
    stack.push({ name: rawName, as, token: tokens.length, original: whole, hasRow: false });
    tokens.push(as ? `<${as}${attrs}>` : whole);
  }
  tokens.push(html.slice(last));
  // A table still open at the end (a page cut short) holding no row stays as written.
  for (const open of stack) if (open.as === 'table' && !open.hasRow) tokens[open.token] = open.original;
  return tokens.join('');
}

type TableTag = 'table' | 'tr' | 'td' | 'th';

const NATIVE = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col']);
const VOID = new Set(['br', 'img', 'meta', 'link', 'input', 'hr', 'wbr', 'area', 'base', 'source', 'col', 'embed', 'param', 'track']);

const ROLE_TAGS: Record<string, TableTag> = {
  table: 'table', grid: 'table', treegrid: 'table', row: 'tr', cell: 'td', gridcell: 'td', columnheader: 'th', rowheader: 'th',
};
const DISPLAY_TAGS: Record<string, TableTag> = { 'table': 'table', 'inline-table': 'table', 'table-row': 'tr', 'table-cell': 'td' };

function tableTagOf(attrs: string, classRoles: Map<string, TableTag>): TableTag | null {
  const role = /\brole\s*=\s*["']?([a-z]+)/i.exec(attrs)?.[1]?.toLowerCase();
  if (role && ROLE_TAGS[role]) return ROLE_TAGS[role];
  const display = /\bstyle\s*=\s*["'][^"']*display\s*:\s*([a-z-]+)/i.exec(attrs)?.[1]?.toLowerCase();
  if (display && DISPLAY_TAGS[display]) return DISPLAY_TAGS[display];
  const classes = /\bclass\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1]?.split(/\s+/) ?? [];
  for (const c of classes) {
    const tag = classRoles.get(c);
    if (tag) return tag;
  }
  return null;
}

/** Classes a `<style>` block displays as a table, a row or a cell (`.tr{display:table-row}`). */
function cssTableClasses(html: string): Map<string, TableTag> {
  const out = new Map<string, TableTag>();
  for (const css of styleSheets(html)) {
    for (const rule of cssRules(css)) {
      const display = /display\s*:\s*([a-z-]+)/i.exec(rule.body)?.[1]?.toLowerCase();
      const tag = display ? DISPLAY_TAGS[display] : undefined;
      if (!tag) continue;
      for (const selector of rule.selector.split(',')) {
        const cls = selectorClass(selector);
        if (cls) out.set(cls, tag);
      }
    }
  }
  return out;
}
