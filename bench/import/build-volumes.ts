/**
 * Writes the five whole-volume benchmark documents and their keys (the concatenation of their
 * parts' keys) to a folder: .docx (150 project targets after a department target), ruled .pdf
 * (~250 pages), .xlsx (60 sheets, a form each), one .html page (120 forms), .txt in seed 000's
 * style (100 forms). Generated, not committed: the volumes run to megabytes.
 *
 *   npx tsx bench/import/build-volumes.ts [out-dir]   (default /tmp/jixiao-volumes)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildVolume, type VolumeSpec } from '../../packages/documents/src/import/testing/volume-builder';

export const VOLUME_SPECS: VolumeSpec[] = [
  { format: 'docx', forms: 151, kinds: ['project_target', 'department_target'], departmentFirst: true },
  { format: 'pdf', forms: 280 },
  { format: 'xlsx', forms: 60 },
  { format: 'html', forms: 120 },
  { format: 'txt', forms: 100, departmentFirst: true },
];

export const CORPUS_DIR = resolve(import.meta.dirname, '../../packages/documents/test-corpus');

export function seed000(): { text: string; truth: { forms: Array<Record<string, unknown>> } } {
  return {
    text: readFileSync('/work/shared/seeds/000_3b6337d68d69f2f3.txt', 'utf8'),
    truth: JSON.parse(readFileSync('/work/shared/fixtures/truth/000.json', 'utf8')) as { forms: Array<Record<string, unknown>> },
  };
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? '/tmp/jixiao-volumes';
  mkdirSync(out, { recursive: true });
  for (const spec of VOLUME_SPECS) {
    const started = performance.now();
    const v = await buildVolume(spec, { corpusDir: CORPUS_DIR, seed000: seed000() });
    if (v.key.forms.length !== spec.forms) throw new Error(`.${spec.format}: ${v.key.forms.length} forms, wanted ${spec.forms}`);
    writeFileSync(join(out, v.fileName), v.bytes);
    writeFileSync(join(out, v.fileName.replace(/\.\w+$/, '.json')), JSON.stringify(v.key, null, 2));
    const rows = v.key.forms.reduce((n, f) => n + ((f.indicators as unknown[] | undefined)?.length ?? 0), 0);
    const distinct = new Set(v.parts.map((p) => p.split('×')[0])).size;
    console.log(`${v.fileName}: ${(v.bytes.length / 1024).toFixed(0)} KB, ${v.key.forms.length} forms, ${rows} rows, ${distinct} distinct parts${v.pages ? `, ${v.pages} pages` : ''} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
