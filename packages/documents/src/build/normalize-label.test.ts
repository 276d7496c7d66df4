import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile } from '../import/import-file';
import { isDash, oneLineName, stripEnumerator } from './normalize-label';

describe('stripEnumerator', () => {
  it.each([
    ['1.培训人次', '培训人次'],
    ['（1）培训人次', '培训人次'],
    ['1）培训人次', '培训人次'],
    ['2) 培训人次', '培训人次'],
    ['一、产出指标', '产出指标'],
    ['（一）数量指标', '数量指标'],
    ['①覆盖率', '覆盖率'],
    // Numbers that are the text's own, not list numbering.
    ['1.5万人次培训', '1.5万人次培训'],
    ['12345', '12345'],
    ['5G基站数', '5G基站数'],
  ])('%s → %s', (text, want) => {
    expect(stripEnumerator(text)).toBe(want);
  });
});

describe('isDash', () => {
  it.each([
    [' - ', true],
    ['—', true],
    ['－', true],
    ['\u3000–\u3000', true],
    ['——', true],
    ['/', false],
    ['--5', false],
    ['-5', false],
    ['0', false],
    ['', false],
  ])('%j → %s', (text, want) => {
    expect(isDash(text)).toBe(want);
  });
});

describe('oneLineName', () => {
  it.each([
    ['县域义务教育学校\n校舍维修改造', '县域义务教育学校校舍维修改造'],
    ['某某县\n 教育体育局', '某某县教育体育局'],
    ['智慧城管（二期）\n运维', '智慧城管（二期）运维'],
    ['Smart City\n平台运维', 'Smart City 平台运维'],
    ['5G\n基站建设', '5G 基站建设'],
    ['一行的名称', '一行的名称'],
  ])('%j → %j', (raw, want) => {
    expect(oneLineName(raw)).toBe(want);
  });

  it('holds a name broken by a soft line break in a .docx cell on one line through an import', async () => {
    const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-corpus/263-self-eval-docx-cells-of-several-paragraphs-soft-breaks.docx');
    const result = await importFile(new Uint8Array(readFileSync(file)), 'a.docx');
    if (!result.ok) throw new Error('import failed');
    expect((result.document.forms[0] as { project_name?: string }).project_name).toBe('县域义务教育学校校舍维修改造');
  });
});
