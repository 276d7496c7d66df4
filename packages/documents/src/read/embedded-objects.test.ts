import * as CFB from 'cfb';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../model/source-document';
import { gridToXlsx, parseGridSource } from '../import/testing/grid-binaries';
import { gridToDocxWithObjects } from '../import/testing/ooxml-objects';
import { embeddedWorkbookBlocks } from './embedded-objects';
import { DEFAULT_READ_LIMITS } from './read-limits';
import { readSource } from './read-source';

// Forms inside Word objects (round 95): an Excel worksheet pasted as an embedded object is read in its place;
// a linked one, a damaged one and objects that are no workbook are not, the first two said so in a note.

const SHEET = ['一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t维修泵站\t≥12座', '^\t质量指标\t验收合格率\t100%'].join('\n');

async function read(bytes: Uint8Array, name: string) {
  const result = await readSource(bytes, name);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.source;
}

const shape = (blocks: SourceBlock[]) => blocks.map((b) => (b.kind === 'text' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join('|')).join('/')));

describe('an Excel worksheet object in a .docx', () => {
  it('reads the embedded workbook where the object stands, not before or after the text around it', async () => {
    const docx = await gridToDocxWithObjects(`绩效指标如下：\n=== object: excel\n${SHEET}\n=== end-object\n填报人：张某`);
    const source = await read(docx, '对象.docx');
    const got = shape(source.blocks);
    expect(got[0]).toBe('绩效指标如下：');
    expect(got.at(-1)).toBe('填报人：张某');
    expect(got.slice(1, -1).join('/')).toContain('产出指标|数量指标|维修泵站|≥12座');
    expect(source.notes.join('')).not.toContain('链接');
  });

  it('says a linked worksheet cannot be read: the file holds only its picture', async () => {
    const docx = await gridToDocxWithObjects(`绩效指标如下：\n=== object: excel-link D:\\绩效\\指标.xlsx\n${SHEET}\n=== end-object`);
    const source = await read(docx, '链接.docx');
    expect(source.blocks.some((b) => b.kind === 'table')).toBe(false);
    expect(source.notes.some((n) => n.includes('链接的 Excel 对象') && n.includes('指标.xlsx'))).toBe(true);
  });

  it('keeps the document when the embedded workbook is damaged, and says the object was lost', async () => {
    const parts = unzipSync(await gridToDocxWithObjects(`说明文字\n=== object: excel\n${SHEET}\n=== end-object\n${SHEET}`));
    const name = Object.keys(parts).find((n) => n.startsWith('word/embeddings/'))!;
    parts[name] = parts[name]!.slice(0, 200);
    const source = await read(zipSync(parts), '损坏.docx');
    expect(source.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
    expect(source.notes.some((n) => n.includes('嵌入的 Excel 工作表对象已损坏'))).toBe(true);
  });

  it('passes over an embedded object that is no workbook (a picture, a packaged file) without a note', async () => {
    const parts = unzipSync(await gridToDocxWithObjects(`说明文字\n=== object: excel\n${SHEET}\n=== end-object`));
    const name = Object.keys(parts).find((n) => n.startsWith('word/embeddings/'))!;
    parts[name] = strToU8('GIF89a not a workbook');
    const source = await read(zipSync(parts), '图片.docx');
    expect(shape(source.blocks)).toEqual(['说明文字']);
    expect(source.notes.some((n) => n.includes('对象'))).toBe(false);
  });
});

describe('the objects of one document share one workbook file’s limits', () => {
  // One embedded workbook named by many objects (each a few hundred bytes of document.xml) was read afresh for each.
  const withObjects = async (copies: number) => {
    const parts = unzipSync(await gridToDocxWithObjects(`说明文字\n=== object: excel\n${SHEET}\n=== end-object\n填报人：张某`));
    const doc = strFromU8(parts['word/document.xml']!);
    const object = /<w:p\b(?:(?!<w:p\b)[\s\S])*?<w:object[\s\S]*?<\/w:p>/.exec(doc)![0];
    parts['word/document.xml'] = strToU8(doc.replace(object, object.repeat(copies)));
    return zipSync(parts);
  };
  const limits = { ...DEFAULT_READ_LIMITS, maxCells: 100 };

  it('refuses a document whose objects together read more cells than one workbook may', async () => {
    const started = Date.now();
    const result = await readSource(await withObjects(2000), '对象.docx', limits);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'too-many-cells' }] });
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/对象\.docx.*嵌入的 Excel 工作表对象.*合计超过.*请删除重复或无关的嵌入对象/);
  });

  it('reads a few objects within them', async () => {
    const result = await readSource(await withObjects(3), '对象.docx', limits);
    expect(result.ok && result.source.blocks.filter((b) => b.kind === 'table')).toHaveLength(3);
  });
});

describe('a workbook in an OLE wrapper', () => {
  it('reads the .xlsx an Excel 2007 object keeps in its Package stream (oleObject.bin, a .doc ObjectPool)', async () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, 'Package', await gridToXlsx(parseGridSource(SHEET)));
    const bin = new Uint8Array(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
    const blocks = embeddedWorkbookBlocks({ kind: 'package', bytes: bin }, 'oleObject1.bin', DEFAULT_READ_LIMITS);
    expect(shape(blocks ?? []).join('/')).toContain('|质量指标|验收合格率|100%');
  });

  it('reads a legacy .doc whose indicator table is an Excel object in the ObjectPool, after the Word table above it', async () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../../test-corpus');
    const file = readdirSync(dir).find((n) => n.startsWith('783-') && n.endsWith('.doc'))!;
    const source = await read(new Uint8Array(readFileSync(join(dir, file))), file);
    const got = shape(source.blocks);
    const lead = got.indexOf('绩效指标完成情况如下表：');
    expect(lead).toBeGreaterThan(0);
    expect(got.slice(0, lead).join('/')).toContain('项目名称|乡村公益性岗位补贴');
    expect(got.slice(lead + 1).join('/')).toContain('开发乡村公益性岗位数');
  });
});
