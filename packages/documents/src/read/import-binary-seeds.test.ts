import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../import/import-file';
import { buildDocx, buildXlsx, planSeedBlocks } from './testing/seed-fixtures';

// Seeds whose tables are tab-separated rows, so real Word/Excel tables can be rebuilt from them.
const SEEDS = ['002_c249137699a6a217', '004_1accb42d456f302a'];

describe('importing Word/Excel files rebuilt from the seed tables gives the same forms as the text seed', () => {
  it.each(SEEDS)('%s as .docx: identical forms', async (seed) => {
    const text = readFileSync(`/work/shared/seeds/${seed}.txt`, 'utf8');
    const expected = importText(text, `${seed}.docx`);
    const result = await importFile(await buildDocx(planSeedBlocks(text)), `${seed}.docx`);
    if (!result.ok) throw new Error(result.issues[0]!.message);
    expect(result.document.forms.length).toBeGreaterThan(0);
    expect(result.document.forms).toEqual(expected.forms);
  });

  it('002 as .xlsx (one sheet per form, titles as merged rows): identical indicator rows', async () => {
    const seed = SEEDS[0]!;
    const text = readFileSync(`/work/shared/seeds/${seed}.txt`, 'utf8');
    const expected = importText(text, `${seed}.xlsx`);
    const result = await importFile(await buildXlsx(planSeedBlocks(text)), `${seed}.xlsx`);
    if (!result.ok) throw new Error(result.issues[0]!.message);
    expect(result.document.forms.map((f) => f.kind)).toEqual(expected.forms.map((f) => f.kind));
    expect(result.document.forms.map((f) => f.indicators)).toEqual(expected.forms.map((f) => f.indicators));
  });
});
