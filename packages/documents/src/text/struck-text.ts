import { cssRules, selectorClass, styleSheets } from './css-rules';

/**
 * Revised drafts (修改稿 / 审核稿 / 批复稿) keep the words they replace, crossed out beside the new ones
 * (`<s>90%</s> 95%`, `~~90%~~ 95%`): a reader sees them struck, so they are deleted text, no part of the
 * form. A page strikes text with `<s>` / `<strike>` / `<del>`, an inline `text-decoration: line-through`
 * (Word's save-as-web-page, rich-text editors), or a class its style sheet strikes; markdown with `~~…~~`.
 */

// The cells of a table keep their tags when struck whole, so the table keeps its shape.
const CELL_TAGS = new Set(['td', 'th']);
const STRUCK_TAG = /<(s|strike|del)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const STRUCK_STYLE = /<([a-z][a-z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*\bstyle\s*=\s*(["'])[^"']*line-through[^"']*\3(?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>/gi;
// GFM strikethrough: `~~` opening before a non-space, closing after one; a lone `~` (`3~5次`) is a range.
const MARKDOWN_STRUCK = /(?<!~)~~(?![\s~])([^~\n]*?[^\s~])~~(?!~)/g;

/** The text without struck pieces; their line breaks stay, so line numbers still match the file. */
export function stripStruckText(src: string): string {
  let out = src;
  if (/<[a-z]/i.test(out) && /<(?:s|strike|del)\b|line-through/i.test(out)) {
    out = markStruckClasses(out).replace(STRUCK_TAG, blankKeepingLines).replace(STRUCK_STYLE, (whole, tag: string, _attrs: string, _q: string, inner: string) => {
      if (!CELL_TAGS.has(tag.toLowerCase())) return blankKeepingLines(whole);
      return whole.slice(0, whole.length - inner.length - `</${tag}>`.length) + blankKeepingLines(inner) + whole.slice(whole.length - `</${tag}>`.length);
    });
  }
  return out.includes('~~') ? out.replace(MARKDOWN_STRUCK, '') : out;
}

function blankKeepingLines(text: string): string {
  return text.replace(/[^\n]/g, '');
}

/** Elements of a class the page's style sheet strikes through get the inline style the rule above reads. */
function markStruckClasses(html: string): string {
  const classes = new Set<string>();
  for (const css of styleSheets(html)) {
    for (const rule of cssRules(css)) {
      if (!/text-decoration(?:-line)?\s*:[^;]*line-through/i.test(rule.body)) continue;
      for (const selector of rule.selector.split(',')) {
        const cls = selectorClass(selector);
        if (cls) classes.add(cls);
      }
    }
  }
  if (classes.size === 0) return html;
  return html.replace(/<([a-z][a-z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi, (whole, name: string, attrs: string) => {
    const names = /\bclass\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
    if (!(names?.[1] ?? names?.[2] ?? '').split(/\s+/).some((c) => classes.has(c))) return whole;
    if (/\bstyle\s*=\s*"/i.test(attrs)) return whole.replace(/\bstyle\s*=\s*"/i, 'style="text-decoration:line-through;');
    if (/\bstyle\s*=\s*'/i.test(attrs)) return whole.replace(/\bstyle\s*=\s*'/i, "style='text-decoration:line-through;");
    return `<${name} style="text-decoration:line-through"${attrs}>`;
  });
}
