import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formSchema, type Form } from '@jixiao/core';
import { exportForms } from './export-forms';

/** The exported files must open in LibreOffice: it converts each to PDF without complaint. */
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const work = mkdtempSync(join(tmpdir(), 'jixiao-soffice-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function forms(): Form[] {
  return ['002', '003', '004'].flatMap((id) => {
    const doc = JSON.parse(readFileSync(`/work/shared/fixtures/truth/${id}.json`, 'utf8')) as { forms: Array<Record<string, unknown>> };
    return doc.forms.map(({ levels_uncertain: _drop, ...form }) => formSchema.parse(form));
  });
}

describe.skipIf(!soffice)('LibreOffice opens the exports', () => {
  it('converts the xlsx and the docx to PDF', async () => {
    const all = forms();
    const files: string[] = [];
    for (const format of ['xlsx', 'docx'] as const) {
      const result = await exportForms(all, format);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const path = join(work, `forms-${format}.${format}`);
      writeFileSync(path, result.bytes);
      files.push(path);
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...files], { timeout: 150_000, stdio: 'pipe' });
    for (const format of ['xlsx', 'docx']) {
      const pdf = join(work, `forms-${format}.pdf`);
      expect(existsSync(pdf), `${format} 未能被 LibreOffice 转换`).toBe(true);
      const text = readFileSync(pdf, 'latin1');
      const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(all.length);
    }
  }, 180_000);
});

describe.skipIf(soffice)('LibreOffice opens the exports (soffice not installed)', () => {
  it.skip('未安装 soffice（LibreOffice），跳过', () => {});
});
