/**
 * A definition list (`<dl>` of `<dt>` terms and `<dd>` descriptions) shows each term beside or
 * above its description: a disclosure page that lays a form out this way (one `<dl>` for the
 * project's fields, one per indicator) says `项目名称：某项目`, `指标值：≥36`. Each pair becomes
 * such a label：value paragraph and each list a block of its own, as the same page typed as text
 * would read. An empty description leaves the label with nothing after its colon.
 */
export function definitionListsToLines(src: string): string {
  if (!/<dl\b/i.test(src)) return src;
  return src.replace(/<dl\b[^>]*>([\s\S]*?)<\/dl\s*>/gi, (whole, body: string) => {
    const pairs = [...body.matchAll(/<dt\b[^>]*>([\s\S]*?)<\/dt\s*>\s*((?:<dd\b[^>]*>[\s\S]*?<\/dd\s*>\s*)*)/gi)];
    if (pairs.length === 0) return whole;
    const lines = pairs.map((p) => {
      const term = inlineText(p[1]!);
      const descriptions = [...p[2]!.matchAll(/<dd\b[^>]*>([\s\S]*?)<\/dd\s*>/gi)].map((d) => inlineText(d[1]!)).filter((t) => t !== '');
      return `<p>${term.replace(/[：:]$/, '')}：${descriptions.join('；')}</p>`;
    });
    return `<div></div>\n\n${lines.join('\n')}\n\n<div></div>`;
  });
}

/** The text of a term or description on one line: its tags dropped, its breaks and runs of space one space. */
function inlineText(html: string): string {
  return html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
}
