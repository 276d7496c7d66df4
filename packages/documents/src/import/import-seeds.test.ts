import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formsDocumentSchema, type FormsDocument } from '@jixiao/core';
import { importFile } from './import-file';

// Repo root is four levels up from packages/documents/src/import; the shared folder sits beside it.
const shared = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared');
const seedsDir = join(shared, 'seeds');
const truthDir = join(shared, 'fixtures/truth');
const scorer = join(shared, 'tools/score-import.mjs');
const available = existsSync(seedsDir) && existsSync(truthDir) && existsSync(scorer);
if (!available) console.warn(`跳过种子文档测试：找不到 ${seedsDir}、${truthDir} 或 ${scorer}`);

describe.skipIf(!available)('importing the seed documents', () => {
  const outDir = available ? mkdtempSync(join(tmpdir(), 'jixiao-import-')) : '';
  const docs = new Map<string, FormsDocument>();

  beforeAll(async () => {
    for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
      const result = await importFile(new Uint8Array(readFileSync(join(seedsDir, file))), file);
      if (!result.ok) throw new Error(`${file}: ${result.issues.map((i) => i.message).join('; ')}`);
      docs.set(file.slice(0, 3), result.document);
      writeFileSync(join(outDir, `${file.slice(0, 3)}.json`), JSON.stringify(result.document));
    }
  });
  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('emits schema-valid jixiao.forms/v1 documents', () => {
    for (const [id, doc] of docs) expect(formsDocumentSchema.safeParse(doc).success, id).toBe(true);
  });

  it('matches the answer keys: every row found, fields ≥ 99.5% on every file', () => {
    const report = execFileSync(process.execPath, [scorer, '--dir', truthDir, outDir], { encoding: 'utf8' });
    const lines = report.trim().split('\n');
    for (const line of lines) {
      const m = /^(\S+): forms (\d+)\/(\d+), rows F1 ([\d.]+)%.*fields \d+\/\d+ \(([\d.]+)%\)/.exec(line);
      expect(m, line).not.toBeNull();
      const [, , found, total, f1, fields] = m!;
      expect(found, line).toBe(total);
      expect(Number(f1), line).toBe(100);
      expect(Number(fields), line).toBeGreaterThanOrEqual(99.5);
    }
  });

  it('matches the keys\' item lists (tasks, sub_goals, measures), which the scorer leaves out', () => {
    for (const [id, doc] of docs) {
      const key = join(truthDir, `${id}.json`);
      if (!existsSync(key)) continue;
      const truth = JSON.parse(readFileSync(key, 'utf8')) as { forms: Array<Record<string, unknown>> };
      truth.forms.forEach((form, i) => {
        for (const list of ['tasks', 'sub_goals', 'measures']) {
          const want = form[list];
          if (Array.isArray(want) && want.length > 0) expect((doc.forms[i] as unknown as Record<string, unknown>)?.[list], `${id} form ${i} ${list}`).toEqual(want);
        }
      });
    }
  });

  it('finds the 18 forms of seed 001 (no answer key): 1 department, 17 projects, all with indicators', () => {
    const doc = docs.get('001')!;
    expect(doc.forms.map((f) => f.kind)).toEqual(['department_target', ...new Array(17).fill('project_target')]);
    for (const f of doc.forms) {
      expect(f.indicators.length).toBeGreaterThanOrEqual(3);
      expect(f.department).toBe('003-预算科');
    }
    expect(doc.forms.slice(1).every((f) => f.fiscal_year === 2024 && f.kind === 'project_target' && f.project_name && f.budget_total_wan != null)).toBe(true);
  });
});
