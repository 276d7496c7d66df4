/**
 * Export 1,000 forms (synthetic, cycled from the answer keys with renamed projects and
 * shifted figures) to xlsx and docx (and pdf when a CJK font is installed); prints seconds
 * and sizes. Target: under a minute per format.
 *
 *   npx tsx bench/export/export-bench.ts [count]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { formSchema, type Form } from '@jixiao/core';
import { exportForms, type ExportFormat } from '../../packages/documents/src/export/export-forms';
import { findCjkFont } from '../../packages/documents/src/export/find-cjk-font';

const TRUTH = '/work/shared/fixtures/truth';
const count = Number(process.argv[2] ?? 1000);

const seeds: Form[] = readdirSync(TRUTH).filter((f) => f.endsWith('.json')).sort().flatMap((f) => {
  const doc = JSON.parse(readFileSync(`${TRUTH}/${f}`, 'utf8')) as { forms: Array<Record<string, unknown>> };
  return doc.forms.map(({ levels_uncertain: _drop, ...form }) => formSchema.parse(form));
});

function synthetic(n: number): Form[] {
  return Array.from({ length: n }, (_, i) => {
    const base = structuredClone(seeds[i % seeds.length]!);
    const tag = `（第${i + 1}号）`;
    if ('project_name' in base) base.project_name = `${base.project_name ?? '项目'}${tag}`;
    else base.org = `${base.org ?? '单位'}${tag}`;
    if ('budget_total_wan' in base && base.budget_total_wan != null) base.budget_total_wan = Math.round(base.budget_total_wan * (1 + (i % 7) / 10) * 100) / 100;
    base.indicators = base.indicators.map((ind, k) => ({ ...ind, weight: ind.weight == null ? null : ind.weight + ((i + k) % 3) }));
    return base;
  });
}

const forms = synthetic(count);
const rows = forms.reduce((n, f) => n + f.indicators.length, 0);
console.log(`${count} 张表，${rows} 条指标`);
const formats: ExportFormat[] = ['xlsx', 'docx', ...(findCjkFont() ? (['pdf'] as const) : [])];
for (const format of formats) {
  const start = performance.now();
  const result = await exportForms(forms, format);
  const seconds = (performance.now() - start) / 1000;
  if (!result.ok) {
    console.log(`${format}: 失败 ${result.issues.map((i) => i.message).join('；')}`);
    continue;
  }
  console.log(`${format}: ${seconds.toFixed(1)} s, ${(result.bytes.length / 1024 / 1024).toFixed(1)} MB, ${(count / seconds).toFixed(0)} 表/秒${seconds < 60 ? '' : '  (超过 60 秒目标)'}`);
}
