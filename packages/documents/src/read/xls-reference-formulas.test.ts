import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../model/source-document';
import { readSource } from './read-source';
import { cell, f64, oleFile, record, u16, u32, workbookStream, xlString } from './testing/biff-fixtures';

// A per-project sheet's label cells as formulas into a summary sheet (`项目名称 | =汇总表!B4`), as
// LibreOffice and WPS save them to .xls: the cached result 0, flagged to be worked out on opening.

const SUPBOOK = 0x01ae;
const EXTERNSHEET = 0x0017;
/** A FORMULA record flagged fAlwaysCalc | fCalcOnLoad, its result a number. */
const formula = (r: number, c: number, cached: number, rgce: number[]) => record(0x0006, u16(r), u16(c), u16(15), f64(cached), u16(0x0003), u32(0), u16(rgce.length), rgce);
const ref3d = (xti: number, r: number, c: number) => [0x5a, ...u16(xti), ...u16(r), ...u16(c | 0xc000)];
const ref = (r: number, c: number) => [0x44, ...u16(r), ...u16(c | 0xc000)];
/** The internal SUPBOOK (two sheets), an external workbook's, and XTI 0 → sheet 0, 1 → the other file's sheet 0, 2 → sheets 0–1. */
const LINKS = [
  record(SUPBOOK, u16(2), u16(0x0401)),
  record(SUPBOOK, u16(1), xlString('其他.xls'), xlString('Sheet1')),
  record(EXTERNSHEET, u16(3), u16(0), u16(0), u16(0), u16(1), u16(0), u16(0), u16(0), u16(0), u16(1)),
];
const SUMMARY = [cell.label(3, 1, '基层医疗卫生机构服务能力提升'), cell.number(3, 3, 1280.5), cell.label(3, 2, '某某市基层卫生指导中心')];

const texts = (blocks: SourceBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : [[`#${b.text}`]]));
/** The project sheet's rows: from its name on. */
const projectRows = (blocks: SourceBlock[]) => texts(blocks).slice(texts(blocks).findIndex((r) => r[0] === '#项目1'));

async function read(state: number, records: Uint8Array[]) {
  const result = await readSource(oleFile({ Workbook: workbookStream(LINKS, [{ name: '汇总表', state, records: SUMMARY }, { name: '项目1', records }]) }), '表.xls');
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.source;
}

describe('a formula that is one reference shows the referred cell’s text', () => {
  it('takes another sheet’s text, keeps a referred number’s cached result, and follows a chain', async () => {
    const source = await read(0, [
      cell.label(0, 0, '项目名称'),
      formula(0, 1, 0, ref3d(0, 3, 1)),
      formula(1, 1, 1280.5, ref3d(0, 3, 3)),
      // =B1 on its own sheet, B1 being a reference itself: settled once B1 is.
      formula(2, 1, 0, ref(0, 1)),
    ]);
    expect(projectRows(source.blocks)).toEqual([['#项目1'], ['项目名称', '基层医疗卫生机构服务能力提升'], ['', '1280.5'], ['', '基层医疗卫生机构服务能力提升']]);
  });

  it('reads a hidden sheet for it, still leaving the sheet out', async () => {
    const source = await read(1, [cell.label(0, 0, '实施单位'), formula(0, 1, 0, ref3d(0, 3, 2))]);
    expect(texts(source.blocks)).toEqual([['#项目1'], ['实施单位', '某某市基层卫生指导中心']]);
    expect(source.notes).toEqual(['已跳过隐藏的工作表“汇总表”。']);
  });

  it('leaves a formula that is more than a reference, or points into another file or over sheets, at its result', async () => {
    const source = await read(0, [
      // =汇总表!B4&"": a reference and more (ptgStr, ptgConcat).
      formula(0, 0, 0, [...ref3d(0, 3, 1), 0x17, 0, 0x00, 0x08]),
      formula(0, 1, 0, ref3d(1, 0, 0)),
      formula(0, 2, 0, ref3d(2, 3, 1)),
      // A reference to an empty cell shows 0, as Excel does.
      formula(0, 3, 0, ref(5, 5)),
    ]);
    expect(projectRows(source.blocks)).toEqual([['#项目1'], ['0', '0', '0', '0']]);
  });
});
