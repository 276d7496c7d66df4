// Round 93 (searchable PDFs made from scans): the recogniser's invisible text turned with the paper, runs on
// wobbling baselines, a seal read as characters among a row's words, two booklet pages on one landscape sheet.
import { describe, expect, it } from 'vitest';
import { findCjkFont } from '../export/find-cjk-font';
import { importFile } from '../import/import-file';
import { parseGridSource } from '../import/testing/grid-binaries';
import { gridToPdf } from '../import/testing/grid-pdf';
import type { PageContent, PdfTextItem } from './pdf-layout';
import type { Matrix, RawText } from './pdf-seal';
import { deskewRuns, evenBaselines, isScannedPage, splitTwoUp, withoutSealReadings } from './pdf-scan-layer';

const run = (str: string, x: number, y: number, angle = 0, size = 9): RawText => {
  const r = (angle * Math.PI) / 180;
  const t: Matrix = [size * Math.cos(r), size * Math.sin(r), size * Math.sin(r), -size * Math.cos(r), x, y];
  return { str, width: size * str.length, height: size, t };
};

describe('deskewRuns', () => {
  it('turns back the runs of a page that share a scan’s small skew, so a row’s cells share a baseline again', () => {
    const rad = (1.6 * Math.PI) / 180;
    // One row's cells along a line turned by 1.6° about the page's centre (300, 400).
    const row = [50, 200, 350, 500].map((x, k) => run(`格${k}`, 300 + (x - 300) * Math.cos(rad) - 0 * Math.sin(rad), 400 + (x - 300) * Math.sin(rad), 1.6));
    const page = [...row, ...row.map((r) => ({ ...r, t: [...r.t.slice(0, 5), r.t[5] + 20] as Matrix }))];
    const out = deskewRuns(page, 600, 800).slice(0, 4);
    const baselines = out.map((r) => r.t[5]);
    expect(Math.max(...baselines) - Math.min(...baselines)).toBeLessThan(0.5);
    expect(out.every((r) => r.t[1] === 0)).toBe(true);
  });

  it('leaves upright pages, and pages whose turned runs are a few of many, as they are', () => {
    const upright = Array.from({ length: 10 }, (_, k) => run(`字${k}`, 50 + 40 * k, 100));
    expect(deskewRuns(upright, 600, 800)).toBe(upright);
    const mixed = [...upright, ...Array.from({ length: 3 }, (_, k) => run(`章${k}`, 300, 300 + 20 * k, 2))];
    expect(deskewRuns(mixed, 600, 800)).toBe(mixed);
  });
});

describe('withoutSealReadings', () => {
  it('drops large characters read off a seal among a row’s words, keeps a larger title on its own line', () => {
    const runs = [run('2025年项目绩效目标表', 150, 60, 0, 14), run('管护任务完成时间', 100, 300), run('2025年11月底前', 250, 300), run('县农业农村', 280, 302, 0, 14), run('10', 400, 300)];
    expect(withoutSealReadings(runs).map((r) => r.str)).toEqual(['2025年项目绩效目标表', '管护任务完成时间', '2025年11月底前', '10']);
  });
});

describe('evenBaselines', () => {
  it('sets a line’s runs on their mean baseline and keeps the next line apart', () => {
    const out = evenBaselines([run('满意度', 50, 400.8), run('指标', 80, 399.6), run('标', 50, 414.3)]);
    expect(out.map((r) => Math.round(r.t[5] * 10) / 10)).toEqual([400.2, 400.2, 414.3]);
  });
});

describe('splitTwoUp', () => {
  const item = (str: string, x: number, baseline: number): PdfTextItem => ({ str, x0: x, x1: x + 9 * str.length, top: baseline - 7.65, bottom: baseline + 1.35, size: 9 });

  it('reads two pages side by side on a landscape sheet as the left page, then the right', () => {
    const left = Array.from({ length: 6 }, (_, k) => item(`左页第${k}行`, 50, 60 + 17 * k));
    const right = Array.from({ length: 6 }, (_, k) => item(`右页第${k}行`, 470, 68 + 23 * k));
    const halves = splitTwoUp({ width: 842, height: 595, items: [...left, ...right], segments: [] });
    expect(halves.map((h) => h.items.map((i) => i.str)[0])).toEqual(['左页第0行', '右页第0行']);
    expect(halves[1]!.items[0]!.x0).toBeLessThan(421);
  });

  it('keeps a landscape table whose columns have a wide blank gap but share the rows’ baselines', () => {
    const rows: PdfTextItem[] = [];
    for (let k = 0; k < 6; k++) rows.push(item(`指标${k}`, 50, 60 + 17 * k), item('≥90%', 470, 60 + 17 * k));
    const page: PageContent = { width: 842, height: 595, items: rows, segments: [] };
    expect(splitTwoUp(page)).toEqual([page]);
  });
});

describe('isScannedPage', () => {
  const OPS = { paintImageXObject: 85, setTextRenderingMode: 24, showText: 44 };
  it('needs both the page’s picture and invisible text', () => {
    expect(isScannedPage([85, 24, 44], [null, [3], null], OPS)).toBe(true);
    expect(isScannedPage([24, 44], [[3], null], OPS)).toBe(false);
    expect(isScannedPage([85, 24, 44], [null, [0], null], OPS)).toBe(false);
  });
});

describe('a searchable scan end to end', () => {
  it('reads a skewed page of invisible runs with its rows, values and look-alike glyphs read back', async () => {
    const font = findCjkFont();
    if (!font) return;
    const source = [
      '2〇25年度项目支出绩效目标表',
      '项目名称\t<\t社区居家养老上门服务补助\t<\t<\t<',
      '一级指标\t二级指标\t三级指标\t指标值\t计量单位\t指标值确定依据',
      '产出指标\t数量指标\t享受上门服务的特殊困难老年人数\t≥1200\t人\t年度服务对象花名册',
      '^\t质量指标\t上门服务质量抽查合格卒\t≥95\t%\t民政部门季度抽查',
      '满意度指标\t服务对象满意度指标\t服务对象老年人满意庋\t≥9O\t%\t第三方问卷调查结果',
    ].join('\n');
    const bytes = await gridToPdf(parseGridSource(source), font, { ruled: false, landscape: true, scan: { skew: 2 } });
    const result = await importFile(bytes, 'scan.pdf');
    if (!result.ok) throw new Error('import failed');
    const form = result.document.forms[0]!;
    expect(form.indicators.map((r) => [r.name.replace(/\s/g, ''), r.comparator, r.target, r.unit])).toEqual([
      ['享受上门服务的特殊困难老年人数', '>=', '1200', '人'],
      ['上门服务质量抽查合格率', '>=', '95', '%'],
      ['服务对象老年人满意度', '>=', '90', '%'],
    ]);
  });
});
