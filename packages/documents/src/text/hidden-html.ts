import { cssRules, selectorClass, styleSheets } from './css-rules';

/**
 * A page hides elements in more ways than an inline `style="display:none"`: the `hidden`
 * attribute, or a class a `<style>` block displays as `none` (`.yc{display:none}`, a system's way
 * to keep ids and retired rows in the page). A browser shows neither, so neither is read: such an
 * element's tag gets the inline style the table and text readers already honour (a hidden row
 * still uses up a row of the spans above it, as laid out).
 */
export function markHiddenElements(html: string): string {
  if (!/<[a-z]/i.test(html)) return html;
  const classes = hiddenClasses(html);
  const attribute = /\bhidden\b/i.test(html);
  if (classes.size === 0 && !attribute) return html;
  return html.replace(/<([a-z][a-z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi, (whole, name: string, attrs: string) => {
    if (!isHidden(attrs, classes)) return whole;
    if (/\bstyle\s*=\s*"/i.test(attrs)) return whole.replace(/\bstyle\s*=\s*"/i, 'style="display:none;');
    if (/\bstyle\s*=\s*'/i.test(attrs)) return whole.replace(/\bstyle\s*=\s*'/i, "style='display:none;");
    return `<${name} style="display:none"${attrs}>`;
  });
}

function isHidden(attrs: string, classes: Set<string>): boolean {
  // Outside quoted values only: `type="hidden"` is an input's kind, not the attribute.
  if (/(?:^|\s)hidden(?=\s|=|\/|$)/i.test(attrs.replace(/"[^"]*"|'[^']*'/g, '""'))) return true;
  const names = /\bclass\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
  return (names?.[1] ?? names?.[2] ?? '').split(/\s+/).some((c) => classes.has(c));
}

/**
 * Classes a page's own style sheet hides on screen. Rules inside `@media` blocks (`@media print
 * { .noprint { display: none } }`) hide only in print, so they do not count.
 */
function hiddenClasses(html: string): Set<string> {
  const out = new Set<string>();
  for (const css of styleSheets(html)) {
    for (const rule of cssRules(css)) {
      if (rule.within !== undefined && /^@media\b/i.test(rule.within)) continue;
      if (!/(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i.test(rule.body.trim())) continue;
      for (const selector of rule.selector.split(',')) {
        const cls = selectorClass(selector);
        if (cls) out.add(cls);
      }
    }
  }
  return out;
}

// An inline element styled display:none (Word's mso-hide, editors' hidden notes): the page never shows it.
const HIDDEN_ELEMENT = /<(span|font|div|p|em|i|b)\b[^>]*\bstyle\s*=\s*(["'])[^"']*display\s*:\s*none[^"']*\2[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** The text without hidden elements; their line breaks stay, so line numbers still match the file. */
export function stripHiddenHtml(src: string): string {
  if (!/display\s*:\s*none/i.test(src)) return src;
  return src.replace(HIDDEN_ELEMENT, (m) => m.replace(/[^\n]/g, ''));
}
