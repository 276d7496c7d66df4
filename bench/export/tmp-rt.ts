import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { formSchema } from '@jixiao/core';
import { exportForms } from '../../packages/documents/src/export/export-forms';
import { importFile } from '../../packages/documents/src/import/import-file';
const fmt = process.argv[2] as 'xlsx';
mkdirSync(`/tmp/exp/rt-${fmt}`, { recursive: true });
for (const id of ['000', '002', '003', '004']) {
  const forms = (JSON.parse(readFileSync(`/work/shared/fixtures/truth/${id}.json`, 'utf8')).forms as Array<Record<string, unknown>>).map(({ levels_uncertain: _d, ...f }) => formSchema.parse(f));
  const r = await exportForms(forms, fmt);
  if (!r.ok) throw new Error('x');
  writeFileSync(`/tmp/exp/rt-${fmt}/${id}.${fmt}`, r.bytes);
  const im = await importFile(r.bytes, `${id}.${fmt}`);
  if (!im.ok) { console.log(id, im.issues); continue; }
  writeFileSync(`/tmp/exp/rt-${fmt}/${id}.json`, JSON.stringify(im.document, null, 1));
}
