import { describe, expect, it } from 'vitest';
import { type PageContent, type PdfSegment, type PdfTextItem, layoutPdfPages } from './pdf-layout';

const SIZE = 9;

/** A ruled grid: column edges xs, row edges ys; `skipV`/`skipH` leave inner borders out (merges). */
function grid(xs: number[], ys: number[], skip: { v?: [number, number][]; h?: [number, number][] } = {}): PdfSegment[] {
  const out: PdfSegment[] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    xs.forEach((x, xi) => {
      if (skip.v?.some(([sx, sr]) => sx === xi && sr === r)) return;
      out.push({ x0: x, x1: x, y0: ys[r]!, y1: ys[r + 1]! });
    });
  }
  for (let c = 0; c + 1 < xs.length; c++) {
    ys.forEach((y, yi) => {
      if (skip.h?.some(([sy, sc]) => sy === yi && sc === c)) return;
      out.push({ x0: xs[c]!, x1: xs[c + 1]!, y0: y, y1: y });
    });
  }
  return out;
}

function text(str: string, x: number, baseline: number, size = SIZE): PdfTextItem {
  return { str, x0: x, x1: x + size * [...str].length, top: baseline - size * 0.85, bottom: baseline + size * 0.15, size };
}

const page = (items: PdfTextItem[], segments: PdfSegment[] = []): PageContent => ({ width: 595, height: 842, items, segments });

describe('layoutPdfPages', () => {
  it('reads a ruled table with a horizontal header merge and a vertical level merge', () => {
    const xs = [50, 150, 250, 450];
    const ys = [100, 120, 140, 160, 180];
    // Row 0: one cell over all columns; column 0 merged over rows 2-3.
    const segments = grid(xs, ys, { v: [[1, 0], [2, 0]], h: [[3, 0]] });
    const items = [
      text('项目支出绩效目标表', 53, 113),
      text('一级指标', 53, 133),
      text('二级指标', 153, 133),
      text('指标值', 253, 133),
      text('产出指标', 53, 153),
      text('数量指标', 153, 153),
      text('=6人', 253, 153),
      text('质量指标', 153, 173),
      text('≥95%', 253, 173),
    ];
    const doc = layoutPdfPages([page(items, segments)]);
    expect(doc.blocks).toEqual([
      {
        kind: 'table',
        rows: [
          { cells: [{ text: '项目支出绩效目标表', colSpan: 3 }], line: 1 },
          { cells: [{ text: '一级指标' }, { text: '二级指标' }, { text: '指标值' }], line: 2 },
          { cells: [{ text: '产出指标', rowSpan: 2 }, { text: '数量指标' }, { text: '=6人' }], line: 3 },
          { cells: [{ text: '', mergedFromAbove: true }, { text: '质量指标' }, { text: '≥95%' }], line: 4 },
        ],
      },
    ]);
  });

  it('joins wrapped lines in a cell and keeps hard breaks', () => {
    const xs = [50, 100, 200];
    const ys = [100, 150];
    const items = [
      text('说明', 53, 113),
      // 10 characters of 9pt fill the 100pt-wide cell: the next line is a wrap.
      text('一二三四五六七八九十', 103, 113),
      text('续行。', 103, 125),
      // Ends far from the border though the next word would fit: hard break.
      text('第二段', 103, 137),
    ];
    const doc = layoutPdfPages([page(items, grid(xs, ys))]);
    expect(doc.blocks).toEqual([{ kind: 'table', rows: [{ cells: [{ text: '说明' }, { text: '一二三四五六七八九十续行。\n第二段' }], line: 1 }] }]);
  });

  it('continues a table on the next page: drops the repeated header, rejoins a cut merge and a split row', () => {
    const xs = [50, 150, 250, 450];
    const p1 = page(
      [
        text('一级指标', 53, 113), text('二级指标', 153, 113), text('指标值', 253, 113),
        text('产出指标', 53, 133), text('数量指标', 153, 133), text('=6人', 253, 133),
        text('质量指标', 153, 153), text('长文本第一段', 253, 153),
      ],
      grid(xs, [100, 120, 140, 160], { h: [[2, 0]] }),
    );
    // Page 2: header again, the level-1 merge printed again, the split row's rest (label empty), a new row.
    const p2 = page(
      [
        text('一级指标', 53, 63), text('二级指标', 153, 63), text('指标值', 253, 63),
        text('产出指标', 53, 83), text('长文本第二段', 253, 83),
        text('时效指标', 153, 103), text('及时', 253, 103),
      ],
      grid(xs, [50, 70, 90, 110], { h: [[2, 0]] }),
    );
    const doc = layoutPdfPages([p1, p2]);
    expect(doc.blocks).toHaveLength(1);
    const rows = (doc.blocks[0] as { rows: { cells: unknown[] }[] }).rows;
    expect(rows.map((r) => r.cells)).toEqual([
      [{ text: '一级指标' }, { text: '二级指标' }, { text: '指标值' }],
      [{ text: '产出指标', rowSpan: 4 }, { text: '数量指标' }, { text: '=6人' }],
      [{ text: '', mergedFromAbove: true }, { text: '质量指标' }, { text: '长文本第一段' }],
      [{ text: '', mergedFromAbove: true }, { text: '' }, { text: '长文本第二段' }],
      [{ text: '', mergedFromAbove: true }, { text: '时效指标' }, { text: '及时' }],
    ]);
  });

  it('reads running text into paragraphs, headings by size, drops page numbers, and finds a borderless table', () => {
    const items = [
      text('第一部分 部门概况', 50, 60, 16),
      // A paragraph wrapped over two lines (the first reaches the right edge).
      text('一'.repeat(50), 50, 100),
      text('二二二。', 50, 112),
      text('下一段。', 68, 130),
      // Two lines split into the same three columns.
      text('指标', 50, 160), text('权重', 200, 160), text('得分', 350, 160),
      text('产出', 50, 172), text('20', 200, 172), text('19.5', 350, 172),
      text('- 1 -', 290, 820),
    ];
    const doc = layoutPdfPages([page(items)]);
    expect(doc.blocks).toEqual([
      { kind: 'text', text: '第一部分 部门概况', heading: 1 },
      { kind: 'text', text: `${'一'.repeat(50)}二二二。` },
      { kind: 'text', text: '下一段。' },
      {
        kind: 'table',
        rows: [
          { cells: [{ text: '指标' }, { text: '权重' }, { text: '得分' }] },
          { cells: [{ text: '产出' }, { text: '20' }, { text: '19.5' }] },
        ],
      },
    ]);
  });

  it('joins a borderless header wrapped onto a second line, under a two-piece label line', () => {
    // 项目名称 | value above a wide header: the header's wrapped line has fewer pieces than the header.
    const items = [
      text('项目名称', 40, 100), text('某项目', 120, 100),
      text('一级指', 40, 130), text('三级指标', 120, 130), text('实际完成', 220, 130), text('分值', 320, 130),
      text('标', 40, 143), text('值', 220, 143),
      text('产出指标', 40, 170), text('检查次数', 120, 170), text('4次', 220, 170), text('10', 320, 170),
    ];
    const doc = layoutPdfPages([page(items)]);
    const rows = doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : []));
    expect(rows).toEqual([
      ['项目名称', '某项目', '', ''],
      ['一级指标', '三级指标', '实际完成值', '分值'],
      ['产出指标', '检查次数', '4次', '10'],
    ]);
  });

  it('keeps a borderless table whole across a level label centred on a line of its own between two rows', () => {
    // 数量指标 merged over two rows, printed centred in the row gap: not the end of the table.
    const items = [
      text('一级指标', 40, 100), text('二级指标', 120, 100), text('三级指标', 200, 100), text('指标值', 300, 100),
      text('产出指标', 40, 125), text('城镇新增就业', 200, 125), text('≥1万人', 300, 125),
      text('数量指标', 120, 140),
      text('技能培训人次', 200, 155), text('≥800人次', 300, 155),
      text('质量指标', 120, 180), text('就业率', 200, 180), text('≥60%', 300, 180),
    ];
    const doc = layoutPdfPages([page(items)]);
    expect(doc.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
    const rows = doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : []));
    expect(rows.map((r) => r[2])).toEqual(['三级指标', '城镇新增就业', '技能培训人次', '就业率']);
  });

  it('keeps figures set flush right in the column they end in (no column of their own)', () => {
    // 分值 | 得分 | 执行率 captions at their columns' left; figures end at the columns' right.
    const right = (str: string, end: number, baseline: number) => text(str, end - SIZE * [...str].length, baseline);
    const items = [
      text('三级指标', 40, 100), text('年度指标值', 160, 100), text('分值', 260, 100), text('得分', 320, 100), text('偏差原因', 380, 100),
      text('参保人数', 40, 125), text('≥28.6万人', 160, 125), right('15', 310, 125), right('15', 370, 125),
      text('参保率', 40, 150), text('≥95%', 160, 150), right('100', 310, 150), right('8.5', 370, 150), text('宣传不足', 380, 150),
      text('合计', 40, 175), right('98%', 310, 175), right('1,295.50', 500, 175),
    ];
    const doc = layoutPdfPages([page(items)]);
    const rows = doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : []));
    expect(rows).toEqual([
      ['三级指标', '年度指标值', '分值', '得分', '偏差原因'],
      ['参保人数', '≥28.6万人', '15', '15', ''],
      ['参保率', '≥95%', '100', '8.5', '宣传不足'],
      ['合计', '', '98%', '', '1,295.50'],
    ]);
  });
});
