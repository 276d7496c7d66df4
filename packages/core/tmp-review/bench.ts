import fs from 'node:fs';
import { formsDocumentSchema, reviewForms, type Form } from '../src/index';
const all: Form[] = [];
for (const f of ['000', '002', '003', '004']) {
  const raw = JSON.parse(fs.readFileSync(`/work/shared/fixtures/truth/${f}.json`, 'utf8'));
  for (const fm of raw.forms) delete fm.levels_uncertain;
  all.push(...formsDocumentSchema.parse(raw).forms);
}
const s001 = JSON.parse(fs.readFileSync('/tmp/rv/001.json', 'utf8'));
all.push(...formsDocumentSchema.parse(s001).forms);
const forms: Form[] = [];
while (forms.length < 20000) forms.push(...all);
const n = forms.reduce((s, f) => s + f.indicators.length, 0);
for (let r = 0; r < 8; r++) {
  const c0 = process.cpuUsage();
  const out = reviewForms(forms, { frameworkFromYear: true });
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  console.log(`${n} indicators, ${forms.length} forms, ${out.length} findings: ${ms.toFixed(0)} ms → ${(n / ms * 1000).toFixed(0)} ind/s`);
}
