import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../model/source-document';
import { type PageContent, type PdfTextItem, layoutPdfPages } from './pdf-layout';
import { joinStreamContinuation } from './pdf-stream-continued';
import { isPdf2HtmlPage, readPdf2HtmlPages } from './pdf2html-pages';
import { DEFAULT_READ_LIMITS } from './read-limits';

// Corpus document 789: a printed approval as pdf2htmlEX shows it (positioned text lines, spacer spans), its
// indicator table borderless over two pages, a wrapped level 2 with the row's other cells centred beside it.

const STYLE = `<style>.t{position:absolute;white-space:pre;font-size:1px;}
.m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}
._0{width:160.000000px;}._1{width:200.000000px;}._2{width:242.624000px;}
.fs0{font-size:48.000000px;}
.h0{height:1122.500000px;}.w0{width:793.700000px;}
.x0{left:56.000000px;}.y0{bottom:1000.000000px;}.y1{bottom:975.000000px;}</style>`;
const page = (lines: string) => `<!DOCTYPE html><!-- Created by pdf2htmlEX (https://github.com/pdf2htmlEX/pdf2htmlEX) -->
<html><head><meta name="generator" content="pdf2htmlEX"/>${STYLE}</head><body><div id="page-container">
<div id="pf1" class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0"><img class="bi" src="bg1.png"/>${lines}</div></div></div></body></html>`;

const tables = (blocks: SourceBlock[]) => blocks.filter((b) => b.kind === 'table').map((b) => b.rows.map((r) => r.cells.map((c) => c.text)));

describe('readPdf2HtmlPages', () => {
  it('places the runs of a line at the spacers’ scaled widths (cells of a borderless table)', () => {
    const html = page('<div class="t m0 x0 h0 y0 fs0">三级指标<span class="_ _0"> </span>指标值<span class="_ _1"> </span>权重</div>'
      + '<div class="t m0 x0 h0 y1 fs0">清淤长度<span class="_ _0"> </span>≥<span class="ff2">12</span><span class="_ _2"> </span><span class="ff2">60</span></div>');
    expect(isPdf2HtmlPage(html)).toBe(true);
    expect(tables(readPdf2HtmlPages(html, 'round96.html', DEFAULT_READ_LIMITS)!.blocks)).toEqual([[['三级指标', '指标值', '权重'], ['清淤长度', '≥12', '60']]]);
  });

  it('is not used for a page without pdf2htmlEX’s mark', () => {
    expect(isPdf2HtmlPage('<html><body><div class="pf">项目名称</div></body></html>')).toBe(false);
  });
});

const SIZE = 12;
const item = (str: string, x: number, baseline: number, size = SIZE): PdfTextItem => ({ str, x0: x, x1: x + size * [...str].length, top: baseline - size * 0.85, bottom: baseline + size * 0.15, size });
const pdfPage = (items: PdfTextItem[]): PageContent => ({ width: 595, height: 842, items, segments: [] });
const row = (y: number, cells: Array<[number, string]>) => cells.map(([x, s]) => item(s, x, y));

describe('borderless tables (pdf-stream-lines)', () => {
  it('reads a row whose one wrapped cell has the other cells centred beside its two lines as one row', () => {
    const items = [...row(100, [[40, '一级指标'], [120, '二级指标'], [220, '三级指标'], [380, '指标值']]), ...row(124, [[40, '效益指标'], [120, '社会效益指标'], [220, '受益人口'], [380, '≥1.8']]),
      ...row(148, [[120, '服务对象满意度']]), ...row(155.5, [[40, '满意度指标'], [220, '群众满意度'], [380, '≥90%']]), ...row(163, [[120, '指标']])];
    expect(tables(layoutPdfPages([pdfPage(items)]).blocks)[0]!.slice(-1)).toEqual([['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%']]);
  });

  it('ends the table at a lone line set larger than its rows (a heading after it)', () => {
    const items = [...row(100, [[40, '一级指标'], [120, '三级指标'], [380, '指标值']]), ...row(124, [[40, '产出指标'], [120, '清淤长度'], [380, '≥12']]),
      item('办理过程', 40, 160, 14), ...row(190, [[40, '环节名称'], [120, '处理人'], [380, '处理时间']]), ...row(214, [[40, '受理'], [120, '刘某'], [380, '2025-11-27']])];
    const blocks = layoutPdfPages([pdfPage(items)]).blocks;
    expect(blocks.map((b) => (b.kind === 'text' ? b.text : b.rows.length))).toEqual([2, '办理过程', 2]);
  });
});

describe('joinStreamContinuation', () => {
  const table = (rows: string[][]): SourceBlock => ({ kind: 'table', rows: rows.map((r) => ({ cells: r.map((text) => ({ text })) })) });
  it('puts a next page’s rows into the columns starting where theirs start', () => {
    const prev = { top: 0, block: table([['项目名称', '', '河道清淤', ''], ['三级指标', '', '指标值', '权重'], ['清淤长度', '', '≥12', '60']]), starts: [40, 100, 200, 300] };
    const next = { top: 0, block: table([['群众满意度', '≥90%', '40']]), starts: [41, 199, 300] };
    expect(joinStreamContinuation(prev, next)).toBe(true);
    expect((prev.block as { rows: Array<{ cells: Array<{ text: string }> }> }).rows.at(-1)!.cells.map((c) => c.text)).toEqual(['群众满意度', '', '≥90%', '40']);
  });

  it('joins nothing when a column of the next page starts where none did', () => {
    const prev = { top: 0, block: table([['三级指标', '指标值']]), starts: [40, 200] };
    const next = { top: 0, block: table([['环节名称', '处理人']]), starts: [40, 140] };
    expect(joinStreamContinuation(prev, next)).toBe(false);
    expect((prev.block as { rows: unknown[] }).rows).toHaveLength(1);
  });
});
