import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS } from '../read/read-limits';
import { readSource } from '../read/read-source';
import { cssRules, styleSheets } from './css-rules';

describe('cssRules', () => {
  it('finds the innermost rules, the at-rule around nested ones, and leaves comments out', () => {
    const css = '.yc{display:none} /* .x{display:none} */ @media print { .np{display:none} td.b, .c {color:red} } }';
    expect(cssRules(css)).toEqual([
      { selector: '.yc', body: 'display:none' },
      { selector: '.np', body: 'display:none', within: '@media print' },
      { selector: 'td.b, .c', body: 'color:red', within: '@media print' },
    ]);
  });

  it('guard: an unclosed block or comment yields no rule, and a stray brace closes nothing', () => {
    expect(cssRules('} .a{x:1} .b{y:2')).toEqual([{ selector: '.a', body: 'x:1' }]);
    expect(cssRules('.a{x:1} /* .b{y:2}')).toEqual([{ selector: '.a', body: 'x:1' }]);
  });

  it('reads the style elements, stopping at one never closed', () => {
    expect(styleSheets('<style>.a{}</style><STYLE type="text/css">.b{}</style ><style>.c{}')).toEqual(['.a{}', '.b{}']);
  });

  it('scans hostile sheets in linear time', () => {
    const t0 = Date.now();
    expect(cssRules('@media '.repeat(100_000))).toEqual([]);
    expect(cssRules('a'.repeat(500_000))).toEqual([]);
    expect(cssRules('/*'.repeat(100_000))).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(500);
  });
});

describe('pages reading style sheets stay fast on hostile CSS', () => {
  const time = async (html: string) => {
    const t0 = Date.now();
    const result = await readSource(new TextEncoder().encode(html), '页面.html');
    return { ms: Date.now() - t0, result };
  };

  it('a pdf2htmlEX page with `@media ` repeated in its style sheet', async () => {
    const { ms, result } = await time(`<html><head><meta name="generator" content="pdf2htmlEX"/><style>${'@media '.repeat(60_000)}</style></head><body><div class="pf w0 h0"><div class="t x0 y0">项目</div></div></body></html>`);
    expect(ms).toBeLessThan(1000);
    expect(result.ok).toBe(true);
  });

  it('a web page with a long run of selector text and struck / hidden markup', async () => {
    const { ms, result } = await time(`<html><head><style>${'a'.repeat(420_000)}</style></head><body><s>x</s><div style="display:none">y</div><table><tr><td>项目</td></tr></table></body></html>`);
    expect(ms).toBeLessThan(1000);
    expect(result.ok).toBe(true);
  });

  it('refuses a pdf2htmlEX page with more pages than a PDF may have, with the PDF message', async () => {
    const page = '<div class="pf w0 h0"><div class="t x0 y0">项目</div></div>';
    const html = `<html><head><meta name="generator" content="pdf2htmlEX"/><style>.x0{left:10px}.y0{bottom:10px}</style></head><body>${page.repeat(21)}</body></html>`;
    const result = await readSource(new TextEncoder().encode(html), '长.html', { ...DEFAULT_READ_LIMITS, maxPdfPages: 20 });
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'too-many-pages', message: 'PDF 文件“长.html”有 21 页，超过上限 20 页。请拆分后再导入。' }] });
    const fine = await readSource(new TextEncoder().encode(html), '长.html', { ...DEFAULT_READ_LIMITS, maxPdfPages: 21 });
    expect(fine.ok).toBe(true);
  });
});
