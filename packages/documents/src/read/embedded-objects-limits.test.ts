import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gridToDocxWithObjects } from '../import/testing/ooxml-objects';
import { DEFAULT_READ_LIMITS } from './read-limits';
import { readSource } from './read-source';

const SHEET = ['一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t维修泵站\t≥12座'].join('\n');

/** A .docx whose one embedded workbook is referenced `times` times (one object's paragraph repeated). */
async function repeatedObject(times: number, corrupt = false): Promise<Uint8Array> {
  const files = unzipSync(await gridToDocxWithObjects(`绩效指标如下：\n=== object: excel\n${SHEET}\n=== end-object\n填报人：张某`));
  if (corrupt) {
    const name = Object.keys(files).find((n) => n.startsWith('word/embeddings/'))!;
    const inner = unzipSync(files[name]!);
    // A central directory claiming more entries than allowed: a limit failure, not damage.
    files[name] = zipSync(Object.fromEntries([...Object.entries(inner), ...Array.from({ length: 30 }, (_, i) => [`x/${i}.xml`, strToU8('<a/>')])]));
  }
  let xml = strFromU8(files['word/document.xml']!);
  const para = /<w:p><w:pPr><w:jc w:val="center"\/><\/w:pPr><w:r><w:object[\s\S]*?<\/w:object><\/w:r><\/w:p>/.exec(xml)![0];
  xml = xml.replace(para, para.repeat(times));
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files);
}

const cellsOf = (blocks: Array<{ kind: string; rows?: Array<{ cells: unknown[] }> }>) =>
  blocks.reduce((n, b) => n + (b.kind === 'table' ? b.rows!.reduce((m, r) => m + r.cells.length, 0) : 0), 0);

describe('embedded workbooks share the document limits', () => {
  it('refuses a document whose one workbook, referenced again and again, shows more cells than the limit', async () => {
    const limits = { ...DEFAULT_READ_LIMITS, maxCells: 30 };
    const t0 = Date.now();
    const result = await readSource(await repeatedObject(20), '炸弹.docx', limits);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]!.code).toBe('too-many-cells');
    expect(result.issues[0]!.message).toMatch(/炸弹\.docx.*合计超过 30 个单元格.*请删除重复或无关的嵌入对象/);
  });

  it('refuses, not notes, an embedded workbook over a limit other than size', async () => {
    const limits = { ...DEFAULT_READ_LIMITS, maxZipEntries: 25 };
    const result = await readSource(await repeatedObject(3, true), '多项.docx', limits);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'too-many-entries' }] });
  });

  it('guard: a workbook referenced twice within the limits shows its table at both places, as separate copies', async () => {
    const result = await readSource(await repeatedObject(2), '两处.docx');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const tables = result.source.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(2);
    expect(tables[0]).toEqual(tables[1]);
    expect(tables[0]).not.toBe(tables[1]);
    expect(cellsOf(result.source.blocks)).toBe(16);
  });
});
