// Round 79 (PDFs of whole 部门预算/决算 volumes): rows printed without borders inside a ruled table, 分散对齐 cells,
// a 续表 line over a table's continuation, and a level's text cut by the page break.
import { describe, expect, it } from 'vitest';
import type { SourceCell, SourceRow } from '../model/source-document';
import { isRunningHeadText, joinContinuedTable, type Positioned } from './pdf-continued-table';
import { type PageContent, type PdfSegment, type PdfTextItem, layoutPdfPages } from './pdf-layout';
import { lineText, unspread } from './pdf-text-lines';
import { unruledStretch } from './pdf-unruled-rows';

const SIZE = 5;

function text(str: string, x: number, baseline: number, size = SIZE): PdfTextItem {
  return { str, x0: x, x1: x + size * [...str].length, top: baseline - size * 0.85, bottom: baseline + size * 0.15, size };
}

const XS = [20, 60, 100, 180, 240, 300];

describe('unruledStretch', () => {
  const area = (items: PdfTextItem[]) => ({ r0: 5, c0: 1, r1: 5, c1: 4, items });

  it('reads the lines of a box over pasted rows as rows of cells, a one-column line as a wrap', () => {
    const rows = unruledStretch(area([
      text('生态效益指标', 62, 100), text('化肥农药使用量', 102, 100), text('较上年下降', 182, 100), text('5', 294, 100),
      text('可持续影响指标', 62, 112), text('工程管护机制及村级管护员队伍建', 102, 112), text('健全', 182, 112), text('5', 294, 112),
      text('设情况', 102, 118),
    ]), XS);
    expect(rows).toEqual([
      ['生态效益指标', '化肥农药使用量', '较上年下降', '5'],
      ['可持续影响指标', '工程管护机制及村级管护员队伍建设情况', '健全', '5'],
    ]);
  });

  it('leaves one merged cell’s sentence alone', () => {
    expect(unruledStretch(area([text('新建高标准农田1.2万亩，配套建设灌溉渠道、机耕路等田间工程', 62, 100), text('项目区耕地质量提升', 62, 106)]), XS)).toBeNull();
  });

  it('leaves a merged cell set 分散对齐 alone, however its characters fall on the column edges', () => {
    const spread = [...'某某市学生资助管理中心'].map((ch, k) => text(ch, 62 + k * 22, 100));
    expect(unruledStretch(area(spread), XS)).toBeNull();
  });

  it('leaves words apart inside a column alone (not set at the column edges)', () => {
    expect(unruledStretch(area([text('甲', 62, 100), text('乙', 130, 100), text('丙', 200, 100)]), XS)).toBeNull();
  });

  it('needs three columns filled: a label and its value are one box’s text', () => {
    expect(unruledStretch(area([text('填报人：', 62, 100), text('张三', 102, 100)]), XS)).toBeNull();
  });
});

describe('layoutPdfPages: a ruled table whose last rows were printed without borders', () => {
  const seg = (x0: number, y0: number, x1: number, y1: number): PdfSegment => ({ x0, y0, x1, y1 });
  it('splits the borderless rows inside a level box into rows under that level', () => {
    const ys = [50, 60, 70];
    const segments: PdfSegment[] = [];
    // Two ruled rows, then the level box alone going on down to 95 around two rows that have no borders.
    // (The level's box has no border at 70: it is merged on down.)
    for (const y of ys) segments.push(seg(y === 70 ? 60 : 20, y, 300, y));
    for (const x of XS) segments.push(seg(x, 50, x, 70));
    segments.push(seg(20, 95, 60, 95), seg(20, 70, 20, 95), seg(60, 70, 60, 95));
    const items = [
      text('一级指标', 22, 58), text('二级指标', 62, 58), text('三级指标', 102, 58), text('指标值', 182, 58), text('分值', 242, 58),
      text('效益指标', 22, 68), text('社会效益指标', 62, 68), text('受益农户数', 102, 68), text('≥3600户', 182, 68), text('6', 294, 68),
      text('生态效益指标', 62, 80), text('化肥农药使用量', 102, 80), text('较上年下降', 182, 80), text('5', 294, 80),
      text('可持续影响指标', 62, 90), text('工程管护机制', 102, 90), text('健全', 182, 90), text('5', 294, 90),
    ];
    const page: PageContent = { width: 320, height: 400, items, segments };
    const block = layoutPdfPages([page]).blocks.find((b) => b.kind === 'table')!;
    const rows = (block as { rows: SourceRow[] }).rows.map((r) => r.cells.map((c) => (c.mergedFromAbove ? '^' : c.text)));
    expect(rows.slice(2)).toEqual([
      ['^', '生态效益指标', '化肥农药使用量', '较上年下降', '5'],
      ['^', '可持续影响指标', '工程管护机制', '健全', '5'],
    ]);
  });
});

describe('unspread (分散对齐 cells)', () => {
  it.each([
    ['学 前 教 育 幼 儿 资 助', '学前教育幼儿资助'],
    ['≥ 4 1 0 0 人 次', '≥4100人次'],
    ['分 值', '分值'],
  ])('joins %s', (spread, joined) => expect(unspread(spread)).toBe(joined));

  it.each([['完成 95%'], ['2024年 12月'], ['A B'], ['服务对象满意度 指 标'], ['1 2']])('keeps %s', (t) => expect(unspread(t)).toBe(t));

  it('joins one-character runs set an even gap apart', () => {
    const line = { items: [...'产出指'].map((ch, k) => text(ch, 40 + k * 12, 50, 9)), top: 42, bottom: 51, x0: 40, x1: 73, size: 9 };
    expect(lineText(line)).toBe('产出指');
  });
});

describe('a table continued under a 续表 line', () => {
  it.each([['续表'], ['（续表）'], ['续表1'], ['续表：']])('%s stands between a table and its continuation', (t) => expect(isRunningHeadText(t)).toBe(true));
  it.each([['续表说明了什么'], ['表6续报情况']])('%s does not', (t) => expect(isRunningHeadText(t)).toBe(false));
});

describe('joinContinuedTable: a level cut by the page break', () => {
  const row = (...texts: string[]): SourceRow => ({
    cells: texts.map((t): SourceCell => {
      if (t === '^') return { text: '', mergedFromAbove: true };
      const m = /^(.*)\*(\d+)$/.exec(t);
      return m ? { text: m[1]!, rowSpan: Number(m[2]) } : { text: t };
    }),
  });
  const table = (rows: SourceRow[]): Positioned => ({ top: 40, block: { kind: 'table', rows }, columns: [40, 80, 120, 300, 400] });
  const page1 = () => [row('一级指标', '二级指标', '三级指标', '指标值'), row('效益指标*2', '经济效益指标', '节约费用', '≥120元/户'), row('^', '社会效', '普及率', '≥92%')];
  const levels = (t: Positioned) => (t.block as { rows: SourceRow[] }).rows.slice(1).map((r) => r.cells[1]!.mergedFromAbove ? '^' : r.cells[1]!.text);

  it('joins the rest of the level printed atop its part on the new page', () => {
    const prev = table(page1());
    joinContinuedTable(prev, table([row('一级指标', '二级指标', '三级指标', '指标值'), row('*2', '益指标*2', '覆盖比例', '≥65%'), row('^', '^', '受益人口', '≥4.8万人')]));
    expect(levels(prev)).toEqual(['经济效益指标', '社会效益指标', '^', '^']);
  });

  it('keeps a new level opening the new page', () => {
    const prev = table(page1());
    joinContinuedTable(prev, table([row('*2', '生态效益指标*2', '取水点减少', '≥40处'), row('^', '^', '管护机制', '健全')]));
    expect(levels(prev)).toEqual(['经济效益指标', '社会效', '生态效益指标', '^']);
  });

  it('keeps a level the page before printed whole', () => {
    const prev = table([row('一级指标', '二级指标', '三级指标', '指标值'), row('效益指标*2', '社会效益指标', '普及率', '≥92%')]);
    joinContinuedTable(prev, table([row('*1', '满意度指标', '满意度', '≥90%')]));
    expect(levels(prev)).toEqual(['社会效益指标', '满意度指标']);
  });
});
