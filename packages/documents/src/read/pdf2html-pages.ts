import type { SourceDocument } from '../model/source-document';
import { cssRules, styleSheets } from '../text/css-rules';
import { decodeEntities } from '../text/inline-markup';
import { type ReadLimits, tooManyPages } from './read-limits';
import { type PageContent, type PdfTextItem, layoutPdfPages } from './pdf-layout';

// A PDF turned into HTML by pdf2htmlEX (how 政务服务 platforms and document sites show a printed approval in the
// browser): each text line an absolutely placed `<div class="t m0 x3 h2 y9 ff1 fs2 …">` whose position lives only in
// the stylesheet (`.x3{left:176px}`, `.y9{bottom:819.5px}` from the page's foot), the text drawn at a multiple of
// its size and scaled back by the `.m0{transform:matrix(…)}` class, and the runs of one baseline set apart by
// inline-block spacers (`<span class="_ _1a"> </span>`, `.\_1a{width:352px}` in the unscaled units). The table rules
// live in the page's background image, so what is left is a borderless PDF page: read as one.

const GENERATOR = /<meta[^>]+content\s*=\s*["']pdf2htmlEX|Created by pdf2htmlEX/i;
const PAGE = /<div\b[^<>]*\bclass\s*=\s*"(pf\b[^"]*)"[^<>]*>/gi;
// A tag never holds `<`, and a text div holds spans only: neither runs into the next (an unclosed one would scan
// to the end from each).
const TEXT_DIV = /<div\b[^<>]*\bclass\s*=\s*"(t\b[^"]*)"[^<>]*>((?:(?!<div\b)[\s\S])*?)<\/div>/gi;
// A selector ending in one class (pdf2htmlEX writes `.x3`; the regex it replaces read the last class of any selector).
const CLASS_SELECTOR = /\.([A-Za-z_][\w-]*)$/;

interface Style { order: number; left?: number; bottom?: number; width?: number; height?: number; fontSize?: number; marginLeft?: number; scale?: number }

/** Whether the page is pdf2htmlEX's output. */
export function isPdf2HtmlPage(html: string): boolean {
  return GENERATOR.test(html.slice(0, 4096)) && /<div\b[^>]*class\s*=\s*"pf\b/i.test(html);
}

function px(decl: string, prop: string): number | undefined {
  const m = new RegExp(`(?:^|;|\\s)${prop}\\s*:\\s*(-?[\\d.]+)px`).exec(decl);
  return m ? Number(m[1]) : undefined;
}

/** The single-property classes pdf2htmlEX writes, by name. Rules inside `@media` blocks (print copies) come later and are skipped. */
function readStyles(html: string): Map<string, Style> {
  const styles = new Map<string, Style>();
  for (const css of styleSheets(html)) {
    for (const rule of cssRules(css)) {
      const name = CLASS_SELECTOR.exec(rule.selector)?.[1];
      if (name === undefined || styles.has(name) || (rule.within !== undefined && /^@media\b/i.test(rule.within))) continue;
      const decl = rule.body;
      const matrix = /(?:^|;)\s*transform\s*:\s*matrix\(\s*(-?[\d.]+)/.exec(decl);
      styles.set(name, {
        order: styles.size, left: px(decl, 'left'), bottom: px(decl, 'bottom'), width: px(decl, 'width'), height: px(decl, 'height'),
        fontSize: px(decl, 'font-size'), marginLeft: px(decl, 'margin-left'), scale: matrix ? Number(matrix[1]) : undefined,
      });
    }
  }
  return styles;
}

/** A property as the cascade gives it: of the element's classes setting it, the rule written last wins (`.t` sets font-size:1px before `.fs2`). */
function styleOf(classes: string[], styles: Map<string, Style>, key: Exclude<keyof Style, 'order'>): number | undefined {
  let best: Style | undefined;
  for (const c of classes) {
    const s = styles.get(c);
    if (s?.[key] !== undefined && (!best || s.order > best.order)) best = s;
  }
  return best?.[key];
}

// Glyph advances are not in the page (only in the embedded fonts): a CJK character takes a full em, Latin text
// the advances of the Helvetica/Arial metrics PDFs of Chinese forms set it in.
function latinAdvance(ch: string): number {
  if (/[0-9]/.test(ch)) return 0.556;
  if (/[.,:;!|'\s/]/.test(ch)) return 0.278;
  if (ch === '-' || ch === '(' || ch === ')') return 0.333;
  if (ch === '%') return 0.889;
  if (/[A-Z]/.test(ch)) return 0.667;
  return 0.5;
}

function advance(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! <= 0x24f ? latinAdvance(ch) : 1;
  return em * size;
}

/** The runs of one text div, each placed from the div's left edge along the line. */
function lineItems(inner: string, left: number, baseline: number, size: number, scale: number, styles: Map<string, Style>): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  let x = left;
  let run = '';
  let runStart = left;
  let spacerDepth = 0;
  const depthStack: boolean[] = [];
  const flush = () => {
    const str = decodeEntities(run);
    if (str.trim() !== '') items.push({ str: str.trim(), x0: runStart, x1: runStart + advance(str, size), top: baseline - size * 0.85, bottom: baseline + size * 0.15, size });
    x = runStart + advance(str, size);
    run = '';
  };
  for (const token of inner.split(/(<[^>]+>)/)) {
    if (token.startsWith('<')) {
      if (/^<\/span/i.test(token)) { if (depthStack.pop()) spacerDepth--; continue; }
      const open = /^<span\b[^>]*class\s*=\s*"([^"]*)"/i.exec(token);
      if (!/^<span\b/i.test(token)) continue;
      const classes = open ? open[1]!.split(/\s+/) : [];
      const spacer = classes.includes('_');
      depthStack.push(spacer);
      if (!spacer) continue;
      spacerDepth++;
      // A spacer ends the run before it and moves the pen by its width (or its margin, negative when kerning back).
      flush();
      const gap = (styleOf(classes.filter((c) => c !== '_'), styles, 'width') ?? styleOf(classes, styles, 'marginLeft') ?? 0) * scale;
      x += gap;
      runStart = x;
      continue;
    }
    if (spacerDepth > 0) continue;
    if (run === '') runStart = x;
    run += token;
  }
  flush();
  return items;
}

/** pdf2htmlEX's pages as positioned text, laid out as a PDF's; null when no page holds text. */
export function readPdf2HtmlPages(html: string, fileName: string, limits: ReadLimits): SourceDocument | null {
  const starts = [...html.matchAll(PAGE)];
  // The pages are the PDF's: a page is laid out as one, so the PDF's page cap holds for them too.
  if (starts.length > limits.maxPdfPages) throw tooManyPages(fileName, starts.length, limits);
  const styles = readStyles(html);
  const pages: PageContent[] = starts.map((m, i) => {
    const classes = m[1]!.split(/\s+/);
    const height = styleOf(classes, styles, 'height') ?? 1122.5;
    const width = styleOf(classes, styles, 'width') ?? 793.7;
    const body = html.slice(m.index!, starts[i + 1]?.index ?? html.length);
    const items: PdfTextItem[] = [];
    for (const t of body.matchAll(TEXT_DIV)) {
      const cls = t[1]!.split(/\s+/);
      const left = styleOf(cls, styles, 'left') ?? 0;
      const bottom = styleOf(cls, styles, 'bottom') ?? 0;
      const scale = styleOf(cls, styles, 'scale') ?? 1;
      const size = (styleOf(cls, styles, 'fontSize') ?? 12) * scale;
      items.push(...lineItems(t[2]!, left, height - bottom, size, scale, styles));
    }
    return { width, height, items, segments: [] };
  });
  if (!pages.some((p) => p.items.length > 0)) return null;
  return { ...layoutPdfPages(pages), format: 'html' };
}
