/**
 * The style sheets of a page and their rules, found in one pass each. Regexes that look for a rule as
 * "non-braces, `{`, non-braces, `}`" retry from every position of a long run without braces, so a page with
 * 100 KB of selector-like text (or `@media ` repeated) took minutes: this scanner walks the text once,
 * keeping the brace depth, whatever the input.
 */
export interface CssRule {
  /** The selector list (`td.x, .y`), trimmed. */
  selector: string;
  /** The declarations between the braces. */
  body: string;
  /** The prelude of the outermost block enclosing the rule (`@media print`), when nested. */
  within?: string;
}

/** The contents of every `<style>` element, in page order; an unclosed one ends the search. */
export function styleSheets(html: string): string[] {
  const out: string[] = [];
  const open = /<style\b[^>]*>/gi;
  const close = /<\/style\s*>/gi;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    close.lastIndex = open.lastIndex;
    const end = close.exec(html);
    // No closing tag after this one means none after any later one either: stopping keeps the search linear.
    if (!end) break;
    out.push(html.slice(open.lastIndex, end.index));
    open.lastIndex = close.lastIndex;
  }
  return out;
}

/**
 * The innermost rules of a style sheet (blocks holding no block), comments left out. A stray `}` closes
 * nothing; a block left open at the end yields no rule, as a browser drops it.
 */
export function cssRules(css: string): CssRule[] {
  const rules: CssRule[] = [];
  const open: Array<{ prelude: string; holdsBlock: boolean }> = [];
  let text = '';
  let from = 0;
  for (let i = 0; i < css.length; i++) {
    const ch = css.charCodeAt(i);
    if (ch === 0x2f && css.charCodeAt(i + 1) === 0x2a) {
      text += css.slice(from, i);
      const end = css.indexOf('*/', i + 2);
      // An unclosed comment runs to the end of the sheet.
      if (end < 0) return rules;
      i = end + 1;
      from = i + 1;
    } else if (ch === 0x7b) {
      text += css.slice(from, i);
      const outer = open[open.length - 1];
      if (outer) outer.holdsBlock = true;
      open.push({ prelude: text.trim(), holdsBlock: false });
      text = '';
      from = i + 1;
    } else if (ch === 0x7d) {
      text += css.slice(from, i);
      const block = open.pop();
      if (block && !block.holdsBlock && block.prelude !== '') {
        rules.push(open.length > 0 ? { selector: block.prelude, body: text, within: open[0]!.prelude } : { selector: block.prelude, body: text });
      }
      text = '';
      from = i + 1;
    }
  }
  return rules;
}

/** The class a simple selector names (`.yc`, `td.yc`), undefined for anything else. */
export function selectorClass(selector: string): string | undefined {
  return /^\s*[a-z0-9]*\.([\w-]+)\s*$/i.exec(selector)?.[1];
}
