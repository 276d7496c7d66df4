/**
 * What the document converters of 2024–2026 (MinerU, markitdown, docling, marker) write into the markdown of a
 * published PDF or Word file that is no text of the page: a picture as `![](images/….jpg)` (markitdown:
 * `![](data:image/png;base64...)`), and a sign or figure the layout model read as a formula, written as inline
 * LaTeX (`$\geq 9 0 \%$`, `$\leq$`, `$2 , 4 6 0 . 0 0$`).
 */

/**
 * The text with its pictures (`![alt](target)` on one line) left out: never text of the page (a seal, a chart, a
 * scanned signature beside a label's value). One scan: the searches for `]`, `)` and a line end only move forward,
 * so a line of a hundred thousand unclosed `![` costs what a regex costs on one (retrying from each `![` is quadratic).
 */
function withoutImages(text: string): string {
  const next = { ']': -1, ')': -1, '\n': -1 };
  const find = (ch: keyof typeof next, from: number) => {
    if (next[ch] !== Number.POSITIVE_INFINITY && next[ch] < from) {
      const at = text.indexOf(ch, from);
      next[ch] = at < 0 ? Number.POSITIVE_INFINITY : at;
    }
    return next[ch];
  };
  const kept: string[] = [];
  let copied = 0;
  for (let start = text.indexOf('!['); start >= 0; start = text.indexOf('![', start + 1)) {
    const lineEnd = find('\n', start);
    const close = find(']', start + 2);
    if (close > lineEnd || text[close + 1] !== '(') continue;
    const end = find(')', close + 2);
    if (end > lineEnd) continue;
    kept.push(text.slice(copied, start));
    copied = end + 1;
    start = end;
  }
  if (copied === 0) return text;
  kept.push(text.slice(copied));
  return kept.join('');
}

// Inline math as pandoc reads it: the opening `$` has a non-space right of it, the closing one a non-space left of
// it and no digit after it (`$5 and $10` is money, not math). `$$` display math is left alone.
const INLINE_MATH = /(?<![$\\])\$(?![\s$])([^$\n]{1,120}?)(?<!\s)\$(?![$\d])/g;

const COMMANDS: Record<string, string> = {
  geq: '≥', ge: '≥', geqslant: '≥', leq: '≤', le: '≤', leqslant: '≤', neq: '≠', ne: '≠', lt: '<', gt: '>',
  times: '×', div: '÷', pm: '±', approx: '≈', sim: '~', cdot: '·', circ: '°', degree: '°', permil: '‰',
  '%': '%', ',': '', ';': '', '!': '', ':': '', ' ': '', quad: '', qquad: '', left: '', right: '',
};

// \mathrm{m}, \text{万亩} …: the argument is what the page prints.
const TEXT_WRAPPERS = /\\(?:mathrm|text|textrm|mathbf|textbf|mathit|mathsf|operatorname|boldsymbol)\s*\{([^{}]*)\}/g;
const SUPERSCRIPTS: Record<string, string> = { '2': '²', '3': '³', '\\circ': '°', '°': '°', o: '°' };

// What a converter's formula may print: figures, signs, units (letters only inside a command's span).
const PRINTABLE = /^[0-9A-Za-z.,:%+\-−×÷±≥≤≠≈<>=~·°²³‰/()（）\u3400-\u9fff]*$/;
// A span with no command is taken only when it is a spaced-out figure (`2 , 4 6 0 . 0 0`), never words.
const BARE_FIGURE = /^[\d\s.,%+-]+$/;

/** The text a converter's inline formula prints, or null when it is no formula a form's cell would hold. */
export function latexSpanText(inner: string): string | null {
  const command = inner.includes('\\');
  if (!command && !BARE_FIGURE.test(inner)) return null;
  let s = inner.replace(TEXT_WRAPPERS, '$1');
  s = s.replace(/\^\s*\{?\s*(\\circ|[23°o])\s*\}?/g, (_, sup: string) => SUPERSCRIPTS[sup]!);
  s = s.replace(/\\([a-zA-Z]+|[%,;!: ])/g, (whole, name: string) => COMMANDS[name] ?? whole);
  // Math mode prints no space: the converter's spaces between tokens (`9 0 . 5`) are none of the figure's.
  s = s.replace(/[{}\s]/g, '');
  if (s === '' || s.includes('\\') || !PRINTABLE.test(s)) return null;
  if (!command && !/\d/.test(s)) return null;
  return s;
}

const CJK_SIDE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const SIGN_END = /[≥≤≠<>=±~]$/;

/** The markdown with its pictures left out and its inline formulas written as the signs and figures they print. */
export function convertedMarkdownToText(text: string): string {
  let out = text.includes('![') ? withoutImages(text) : text;
  if (!out.includes('$')) return out;
  // Private-use marks fence each printed formula while the padding around it is judged.
  out = out.replace(INLINE_MATH, (whole, inner: string) => {
    const printed = latexSpanText(inner);
    return printed == null ? whole : `\ue000${printed}\ue001`;
  });
  if (!out.includes('\ue000')) return out;
  // The converter pads a formula with spaces from the text around it; beside Chinese text, or after a sign
  // (`$\geq$ 3200户`), the page printed none. The run is taken from the character before it only (never from each of
  // its spaces: a long run of spaces would cost its square).
  out = out.replace(/([^ \t\n])[ \t]+\ue000/g, (whole, before: string) => (CJK_SIDE.test(before) ? `${before}\ue000` : whole));
  out = out.replace(/\ue001[ \t]+([^\s])/g, (whole, after: string, offset: number) => {
    const printed = out.slice(out.lastIndexOf('\ue000', offset) + 1, offset);
    return CJK_SIDE.test(after) || SIGN_END.test(printed) ? `\ue001${after}` : whole;
  });
  return out.replace(/[\ue000\ue001]/g, '');
}
