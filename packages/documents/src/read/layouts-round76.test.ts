import { describe, expect, it } from 'vitest';
import { findCjkFont } from '../export/find-cjk-font';
import { importFile } from '../import/import-file';
import { parseGridSource } from '../import/testing/grid-binaries';
import { type GridPdfOptions, gridToPdf } from '../import/testing/grid-pdf';
import type { SourceCell, SourceRow } from '../model/source-document';
import { joinContinuedTable, type Positioned } from './pdf-continued-table';
import { type PageContent, type PdfTextItem, layoutPdfPages } from './pdf-layout';
import { type Matrix, type RawText, withoutSeal } from './pdf-seal';

// Layouts of corpus documents 704–709, PDFs as real generators write them: a landscape form on a portrait
// page turned by /Rotate 90, a round seal over the table, a sign-off line under a borderless table, a
// running foot naming the unit beside 第X页共Y页, and a row cut by the page break after a clause's ；.

const font = findCjkFont();

const FORM = [
  '2026年项目支出绩效目标表',
  '项目名称\t<\t农村供水工程维修养护\t<\t<\t<',
  '主管部门\t<\t某某县水利局\t实施单位\t某某县农村供水管理站\t<',
  '年度绩效目标\t<\t完成全县86处农村集中供水工程维修养护。\t<\t<\t<',
  '一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t权重',
  '产出指标\t数量指标\t维修养护供水工程数量\t≥86处\t86处\t20',
  '^\t质量指标\t农村供水水质达标率\t≥92%\t93.5%\t20',
  '^\t成本指标\t每公里管网更换成本\t≤18.5万元\t17.9万元\t20',
  '效益指标\t社会效益指标\t受益农村人口\t≥12.6万人\t12.8万人\t20',
  '满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\t94.2%\t20',
].join('\n');

async function indicatorsOf(source: string, options: GridPdfOptions): Promise<unknown[]> {
  const result = await importFile(await gridToPdf(parseGridSource(source), font!, options), '表.pdf');
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.document.forms.flatMap((f) => f.indicators.map((r) => [r.level1, r.level2, r.name, r.target, r.actual, r.weight]));
}

describe.skipIf(!font)('a landscape form saved sideways on a portrait page (/Rotate 90)', () => {
  it('reads as the same form printed on a landscape page', async () => {
    const turned = await indicatorsOf(FORM, { ruled: true, rotate90: true });
    expect(turned).toHaveLength(5);
    expect(turned).toEqual(await indicatorsOf(FORM, { ruled: true, landscape: true }));
  });
});

describe.skipIf(!font)('a round seal stamped over a borderless table', () => {
  // A guard: the seal's removal takes nothing of the form's own text.
  it('leaves the right-aligned figures and the rows as they are without it', async () => {
    const plain: GridPdfOptions = { ruled: false, numbersRight: true };
    const sealed = await indicatorsOf(FORM, { ...plain, stamp: { text: '某某县农村供水管理站', x: 0.55, y: 0.3 } });
    expect(sealed).toEqual(await indicatorsOf(FORM, plain));
  });

});

describe('withoutSeal', () => {
  // A glyph at `deg` turned about its own origin, set on a ring of radius r around (cx, cy) at that angle.
  const ringGlyph = (str: string, deg: number, size = 13, cx = 300, cy = 400, r = 38): RawText => {
    const a = (deg * Math.PI) / 180;
    const along: [number, number] = [Math.cos(a), Math.sin(a)];
    const up: [number, number] = [Math.sin(a), -Math.cos(a)];
    const gx = cx + r * Math.sin(a) - (along[0] + up[0]) * size / 2;
    const gy = cy - r * Math.cos(a) - (along[1] + up[1]) * size / 2;
    const t: Matrix = [size * along[0], size * along[1], size * up[0], size * up[1], gx, gy];
    return { str, width: size, height: size, t };
  };
  const upright = (str: string, x: number, y: number, size = 9): RawText => ({ str, width: size * str.length, height: size, t: [size, 0, 0, -size, x, y] });

  it('takes out the ring, its upright top glyph and the star, keeping the table text under it', () => {
    const name = [...'某某县疾病预防控制中心'];
    const ring = name.map((ch, i) => ringGlyph(ch, -120 + (240 * (i + 0.5)) / name.length));
    const star = { ...upright('★', 287, 413, 26) };
    const cells = [upright('91.6%', 290, 400), upright('10', 330, 400), upright('率', 280, 365)];
    expect(withoutSeal([...ring, star, ...cells]).map((r) => r.str)).toEqual(['91.6%', '10', '率']);
  });

  it('keeps glyphs turned all one way (a caption set sideways) and a ring of fewer than five', () => {
    const sideways = [...'绩效指标说明'].map((ch, i) => ({ str: ch, width: 9, height: 9, t: [0, -9, 9, 0, 60, 500 - i * 10] as Matrix }));
    const short = [...'某某局'].map((ch, i) => ringGlyph(ch, -60 + i * 60));
    expect(withoutSeal([...sideways, ...short])).toHaveLength(9);
  });
});

const SIZE = 9;
const text = (str: string, x: number, baseline: number): PdfTextItem => ({ str, x0: x, x1: x + SIZE * [...str].length, top: baseline - SIZE * 0.85, bottom: baseline + SIZE * 0.15, size: SIZE });
const right = (str: string, x1: number, baseline: number): PdfTextItem => ({ ...text(str, x1 - SIZE * 0.55 * str.length, baseline), x1 });
const page = (items: PdfTextItem[]): PageContent => ({ width: 595, height: 842, items, segments: [] });

describe('a running foot naming the unit beside its page mark', () => {
  it.each([
    ['某某县交通运输局　第1页共3页', []],
    ['某某县交通运输局 第2页，共3页', []],
    ['某某市城市管理局 2/3', []],
  ])('%s under the page is no text', (foot, want) => {
    const doc = layoutPdfPages([page([text('正文一段。', 50, 100), text(foot, 200, 815)])]);
    expect(doc.blocks.slice(1)).toEqual(want);
  });

  it('keeps a 填报人 line in the margin and a unit line with a page mark inside the page', () => {
    const doc = layoutPdfPages([page([text('正文一段。', 50, 100), text('某某县交通运输局 第1页', 200, 400), text('填报人：张某 第1页', 200, 815)])]);
    expect(doc.blocks.map((b) => (b.kind === 'text' ? b.text : ''))).toEqual(['正文一段。', '某某县交通运输局 第1页', '填报人：张某 第1页']);
  });
});

describe('a sign-off line under a borderless table', () => {
  // 实际完成值 left-set over figures set flush right (their starts vary), 填报日期 starting between the two.
  const rows = (signOff: PdfTextItem[]) => [
    text('三级指标', 50, 100), text('实际完成值', 250, 100), text('权重', 350, 100),
    text('建档率', 50, 118), right('91.6%', 330, 118), text('20', 350, 118),
    text('达标率', 50, 136), right('100%', 330, 136), text('20', 350, 136),
    text('服务能力', 50, 154), text('持续提升', 250, 154), text('20', 350, 154),
    ...signOff,
  ];
  const tableOf = (items: PdfTextItem[]) => layoutPdfPages([page(items)]).blocks.find((b) => b.kind === 'table') as { rows: SourceRow[] };

  it('ends the table: its pairs start no columns inside the table\'s', () => {
    const table = tableOf(rows([text('填报单位（盖章）：某某县卫生院', 50, 190), text('填报日期：2026年3月12日', 285, 190)]));
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['三级指标', '实际完成值', '权重'], ['建档率', '91.6%', '20'], ['达标率', '100%', '20'], ['服务能力', '持续提升', '20'],
    ]);
  });

  it('a line of pairs that is no sign-off (one pair and a figure) stays a row', () => {
    const table = tableOf(rows([text('合计：', 50, 172), text('60', 350, 172)]));
    expect(table.rows).toHaveLength(5);
  });
});

describe('a label line between the rows of a borderless table', () => {
  it('stays in the table when more rows follow it', () => {
    const items = [
      text('三级指标', 50, 100), text('指标值', 250, 100), text('权重', 400, 100),
      text('运维站点', 50, 118), text('≥14座', 250, 118), text('20', 400, 118),
      text('项目名称：污水站', 50, 136), text('主管部门：某局', 250, 136),
      text('出水达标率', 50, 154), text('≥95%', 250, 154), text('20', 400, 154),
    ];
    const tables = layoutPdfPages([page(items)]).blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
  });
});

describe('a row cut by the page break after a clause\'s ；', () => {
  const EDGES = [40, 110, 190, 320, 400, 555];
  const row = (...texts: string[]): SourceRow => ({ cells: texts.map((t): SourceCell => (t === '^' ? { text: '', mergedFromAbove: true } : { text: t })) });
  const table = (rows: SourceRow[]): Positioned => ({ top: 40, block: { kind: 'table', rows }, columns: [...EDGES] });
  const page1 = () => [row('一级指标', '三级指标', '指标值', '得分', '偏差原因'), row('产出指标', '大修里程', '≥38公里', '7.4', '汛期降雨无法施工；')];

  it.each([
    ['only the reason goes on', row('', '', '', '', '已顺延至次年4月完成。'), ['汛期降雨无法施工；已顺延至次年4月完成。'], 2],
    ['a new row naming its indicator', row('', '优良路率', '≥85%', '', '已顺延至次年4月完成。'), ['汛期降雨无法施工；', '已顺延至次年4月完成。'], 3],
  ])('%s', (_, next, reasons, count) => {
    const prev = table(page1());
    joinContinuedTable(prev, table([page1()[0]!, next]));
    const rows = (prev.block as { rows: SourceRow[] }).rows;
    expect(rows).toHaveLength(count);
    expect(rows.slice(1).map((r) => r.cells[4]!.text)).toEqual(reasons);
  });
});
