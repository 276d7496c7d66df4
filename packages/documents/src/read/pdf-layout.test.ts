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

  it('continues a table under the running head a system prints atop every page (打印时间：…)', () => {
    const xs = [50, 150, 250, 450];
    const head = (y: number) => text('某某省预算管理一体化系统　打印时间：2025-03-12 10:21', 50, y);
    const p1 = page(
      [
        head(40),
        text('一级指标', 53, 113), text('二级指标', 153, 113), text('指标值', 253, 113),
        text('产出指标', 53, 143), text('数量指标', 153, 133), text('=6人', 253, 133),
        text('数量指标二', 153, 153), text('=8处', 253, 153),
      ],
      grid(xs, [100, 120, 140, 160], { h: [[2, 0]] }),
    );
    // Page 2 opens with the running head, then the header again and the level-1 merge's empty rest over two rows.
    const p2 = page(
      [
        head(40),
        text('一级指标', 53, 93), text('二级指标', 153, 93), text('指标值', 253, 93),
        text('质量指标', 153, 113), text('≥95%', 253, 113),
        text('时效指标', 153, 133), text('及时', 253, 133),
      ],
      grid(xs, [80, 100, 120, 140], { h: [[2, 0]] }),
    );
    const p3 = page([head(40), text('满意度指标', 53, 93), text('服务对象满意度', 153, 93), text('≥90%', 253, 93)], grid(xs, [80, 100]));
    const tables = layoutPdfPages([p1, p2, p3]).blocks.filter((b) => b.kind === 'table') as Array<{ rows: { cells: unknown[] }[] }>;
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.cells)).toEqual([
      [{ text: '一级指标' }, { text: '二级指标' }, { text: '指标值' }],
      [{ text: '产出指标', rowSpan: 4 }, { text: '数量指标' }, { text: '=6人' }],
      [{ text: '', mergedFromAbove: true }, { text: '数量指标二' }, { text: '=8处' }],
      [{ text: '', mergedFromAbove: true }, { text: '质量指标' }, { text: '≥95%' }],
      [{ text: '', mergedFromAbove: true }, { text: '时效指标' }, { text: '及时' }],
      [{ text: '满意度指标' }, { text: '服务对象满意度' }, { text: '≥90%' }],
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

  it.each([
    {
      what: 'a name wrapped beside a centred label\'s second half (标 | 提升处数), under that label\'s own line (数量指标)',
      items: [
        text('一级指标', 45, 100), text('二级指标', 100, 100), text('三级指标', 160, 100), text('指标值', 250, 100), text('分值', 320, 100),
        text('产出指', 45, 130), text('农村饮水工程巩固', 160, 130), text('≥120处', 250, 130), text('10', 320, 130),
        text('数量指标', 100, 137),
        text('标', 45, 143), text('提升处数', 160, 143),
        text('安装消毒设备数量', 160, 170), text('≥60台', 250, 170), text('5', 320, 170),
      ],
      cells: ['农村饮水工程巩固提升处数', '安装消毒设备数量'],
      not: ['提升处数'],
    },
    {
      what: 'the text cells beside a caption\'s half (体目标) go on on the line under them',
      items: [
        text('预期目标', 88, 100), text('实际完成情况', 260, 100),
        text('年度总', 45, 126),
        text('巩固提升农村饮水工程一百二十处受益', 88, 132), text('完成农村饮水工程一百二十四处', 260, 132),
        text('体目标', 45, 139),
        text('人口十八万人。', 88, 145), text('受益人口十八点六万人。', 260, 145),
        text('一级指标', 45, 175), text('三级指标', 88, 175), text('指标值', 260, 175),
        text('产出指标', 45, 200), text('供水工程处数', 88, 200), text('≥120处', 260, 200),
        text('效益指标', 45, 225), text('受益人口数量', 88, 225), text('≥18万人', 260, 225),
      ],
      cells: ['巩固提升农村饮水工程一百二十处受益人口十八万人。', '完成农村饮水工程一百二十四处受益人口十八点六万人。'],
      not: ['人口十八万人。'],
    },
  ])('borderless rows: $what', ({ items, cells, not }) => {
    const texts = layoutPdfPages([page(items)]).blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells.map((c) => c.text)) : []));
    expect(texts).toEqual(expect.arrayContaining(cells));
    for (const t of not) expect(texts).not.toContain(t);
  });

  it('reads a running head spaced like cells (名称　打印人：…　打印时间：…) atop a borderless page as text, not a row', () => {
    const items = [
      text('某某省预算管理一体化系统', 40, 60), text('打印人：财务科', 184, 60), text('打印时间：2025-04-08', 265, 60),
      text('一级指标', 45, 90), text('三级指标', 160, 90), text('指标值', 300, 90),
      text('产出指标', 45, 115), text('甲', 160, 115), text('≥1个', 300, 115),
      text('效益指标', 45, 140), text('乙', 160, 140), text('≥2个', 300, 140),
    ];
    const blocks = layoutPdfPages([page(items)]).blocks;
    expect(blocks[0]).toEqual({ kind: 'text', text: '某某省预算管理一体化系统 打印人：财务科 打印时间：2025-04-08' });
    expect(blocks[1]?.kind === 'table' ? blocks[1].rows.map((r) => r.cells.map((c) => c.text)) : null).toEqual([
      ['一级指标', '三级指标', '指标值'],
      ['产出指标', '甲', '≥1个'],
      ['效益指标', '乙', '≥2个'],
    ]);
  });

  it('reads a table\'s last row alone atop the next page (one row of cells) as the table going on', () => {
    const first = page([
      text('一级指标', 45, 100), text('三级指标', 160, 100), text('指标值', 300, 100), text('权重', 400, 100),
      text('产出指标', 45, 125), text('甲', 160, 125), text('≥1个', 300, 125), text('10', 400, 125),
      text('效益指标', 45, 150), text('乙', 160, 150), text('≥2个', 300, 150), text('10', 400, 150),
    ]);
    const second = page([text('满意度指', 45, 100), text('群众满意度', 160, 100), text('≥90%', 300, 100), text('10', 400, 100), text('标', 45, 113)]);
    const tables = layoutPdfPages([first, second]).blocks.filter((b) => b.kind === 'table');
    // Its columns start where the page before's do: it joins that table (round 96).
    expect(tables.map((t) => (t.kind === 'table' ? t.rows.length : 0))).toEqual([4]);
    const last = tables[0]!;
    expect(last.kind === 'table' ? last.rows[3]!.cells.map((c) => c.text) : null).toEqual(['满意度指标', '群众满意度', '≥90%', '10']);
  });

  it('continues the levels of a borderless table on a page whose header is printed again under the running head and a caption line', () => {
    const header = (y: number) => [text('一级指标', 45, y), text('二级指标', 120, y), text('三级指标', 200, y), text('指标值', 300, y)];
    const first = page([...header(100), text('产出指标', 45, 130), text('数量指标', 120, 130), text('甲', 200, 130), text('≥1个', 300, 130), text('乙', 200, 160), text('≥2个', 300, 160)]);
    const second = page([
      text('某某省预算管理一体化系统　打印时间：2025-03-12', 45, 60), text('绩效指标', 45, 80), ...header(100),
      text('丙', 200, 130), text('≥3个', 300, 130),
      text('质量指标', 120, 160), text('丁', 200, 160), text('100%', 300, 160),
      text('效益指标', 45, 205), text('社会效益指标', 120, 190), text('戊', 200, 190), text('≥90%', 300, 190), text('己', 200, 220), text('≥95%', 300, 220),
    ]);
    const tables = layoutPdfPages([first, second]).blocks.filter((b) => b.kind === 'table');
    const last = tables[tables.length - 1]!;
    if (last.kind !== 'table') throw new Error('no table');
    expect(last.rows.map((r) => r.cells.slice(0, 3).map((c) => (c.mergedFromAbove ? '^' : c.text)))).toEqual([
      ['一级指标', '二级指标', '三级指标'],
      ['^', '^', '丙'],
      ['^', '质量指标', '丁'],
      ['效益指标', '社会效益指标', '戊'],
      ['^', '^', '己'],
    ]);
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

  // Rows set with no cell margins (as close as wrapped lines): which line is the next row.
  // Figures set flush right, digits half as wide as a Chinese character.
  const right = (str: string, end: number, baseline: number) => ({ ...text(str, end - (SIZE / 2) * [...str].length, baseline), x1: end });
  it.each([
    {
      what: 'a continuation page with no header: flush-right weights beside a unit make a column of their own; a sign alone never runs on',
      items: [
        text('生态效益指标', 93, 50), text('森林蓄积量增长', 179, 50), text('≥', 275, 50), right('1.2', 398, 50), text('万立方米', 409, 50), right('10', 473, 50), text('近三年平均增长', 484, 50),
        text('社会效益指标', 93, 63), text('带动就业人数', 179, 63), text('≥', 275, 63), right('1500', 398, 63), text('人', 409, 63), right('10', 473, 63), text('上年实际用工', 484, 63),
        text('可持续影响指标', 93, 76), text('管护长效机制', 179, 76), text('定性', 275, 76), text('持续完善', 313, 76), right('5', 473, 76),
      ],
      rows: [
        ['生态效益指标', '森林蓄积量增长', '≥', '1.2', '万立方米', '10', '近三年平均增长'],
        ['社会效益指标', '带动就业人数', '≥', '1500', '人', '10', '上年实际用工'],
        ['可持续影响指标', '管护长效机制', '定性', '持续完善', '', '5', ''],
      ],
    },
    {
      what: 'a whole figure under a whole figure is the next row',
      items: [
        text('二级指标', 93, 37), text('三级指标', 179, 37), text('指标值', 264, 37), text('单位', 309, 37), text('权重', 350, 37),
        text('数量指标', 93, 50), text('培训人次', 179, 50), right('1200', 300, 50), text('人次', 309, 50), right('20', 380, 50),
        text('质量指标', 93, 63), text('培训合格率', 179, 63), right('95', 300, 63), right('10', 380, 63),
      ],
      rows: [
        ['二级指标', '三级指标', '指标值', '单位', '权重'],
        ['数量指标', '培训人次', '1200', '人次', '20'],
        ['质量指标', '培训合格率', '95', '', '10'],
      ],
    },
    {
      what: 'a centred title starts no column: label rows under it stay rows',
      items: [
        text('吉林省省级项目支出绩效目标表', 235, 30),
        text('项目名称', 45, 60), text('长白山区森林抚育补贴', 179, 60),
        text('年度资金总额', 179, 73), right('4,350.00', 550, 73),
        text('项目资金（万元）', 45, 86), text('其中：财政拨款', 179, 86), right('4,350.00', 550, 86),
        text('其他资金', 179, 99), right('0.00', 550, 99),
        text('年度绩效目标', 45, 112), text('完成森林抚育面积30万亩。', 179, 112),
        text('一级指标', 45, 125), text('二级指标', 93, 125), text('三级指标', 179, 125), text('性质', 275, 125), text('指标值', 313, 125), text('单位', 409, 125), text('权重', 447, 125), text('依据', 484, 125),
      ],
      rows: [
        ['项目名称', '', '长白山区森林抚育补贴', '', '', '', '', ''],
        ['', '', '年度资金总额', '', '', '', '', '4,350.00'],
        ['项目资金（万元）', '', '其中：财政拨款', '', '', '', '', '4,350.00'],
        ['', '', '其他资金', '', '', '', '', '0.00'],
        ['年度绩效目标', '', '完成森林抚育面积30万亩。', '', '', '', '', ''],
        ['一级指标', '二级指标', '三级指标', '性质', '指标值', '单位', '权重', '依据'],
      ],
    },
    {
      what: 'a cell\'s wrapped line well short of its first (发展中心) is its last: the line under it is the next row',
      items: [
        text('项目名称', 45, 81), text('某项目', 182, 81),
        text('主管部门', 45, 94), text('某某省住房和城乡建设厅', 182, 94), text('实施单', 416, 94), text('某某州传统村落保护', 455, 94),
        text('位', 416, 107), text('发展中心', 455, 107),
        text('年度资金总额', 182, 120), right('1,650.00', 490, 120),
        text('项目资金', 45, 133), text('其中：财政资金', 182, 133), right('1,650.00', 490, 133),
        text('一级指标', 45, 146), text('三级指标', 182, 146), text('指标值', 300, 146), text('权重', 455, 146), text('依据', 492, 146),
      ],
      rows: [
        ['项目名称', '某项目', '', '', '', ''],
        ['主管部门', '某某省住房和城乡建设厅', '', '实施单位', '某某州传统村落保护发展中心', ''],
        ['', '年度资金总额', '', '', '1,650.00', ''],
        ['项目资金', '其中：财政资金', '', '', '1,650.00', ''],
        ['一级指标', '三级指标', '指标值', '', '权重', '依据'],
      ],
    },
    {
      what: 'level labels set tight under a row beside its reason\'s wrapped lines are that row\'s: the reason stays whole',
      items: [
        text('一级指标', 45, 20), text('二级指标', 120, 20), text('三级指标', 200, 20), text('分值', 349, 20), text('原因', 470, 20),
        text('效益指标', 45, 50), text('社会效益指标', 120, 50), text('入学率', 200, 50), right('10', 360, 50),
        text('家长满意度', 200, 63), right('10', 360, 63),
        text('教职工满意度', 200, 76), right('8', 360, 76), text('部分教师周转房不', 470, 76),
        text('满意度', 45, 82), text('服务对象满意', 120, 82),
        text('足，下一步新建。', 470, 89),
        text('指标', 45, 95), text('度指标', 120, 95),
      ],
      rows: [
        ['一级指标', '二级指标', '三级指标', '分值', '原因'],
        ['效益指标', '社会效益指标', '入学率', '10', ''],
        ['', '', '家长满意度', '10', ''],
        ['满意度指标', '服务对象满意度指标', '教职工满意度', '8', '部分教师周转房不足，下一步新建。'],
      ],
    },
  ])('tight borderless rows: $what', ({ items, rows }) => {
    const doc = layoutPdfPages([page(items)]);
    expect(doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : []))).toEqual(rows);
  });
});
