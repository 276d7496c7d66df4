/**
 * Throughput of the binary readers: .docx/.xlsx rebuilt from the seed tables, and our own
 * exporter's .docx/.xlsx/.pdf of the answer keys. Prints documents per second for readSource
 * and for the full importFile (read + build forms).
 *
 *   npx tsx bench/import/docx-bench.ts [seconds-per-case]
 */
import { existsSync, readFileSync } from 'node:fs';
import { exportForms } from '../../packages/documents/src/export/export-forms';
import { findCjkFont } from '../../packages/documents/src/export/find-cjk-font';
import { importFile } from '../../packages/documents/src/import/import-file';
import { readSource } from '../../packages/documents/src/read/read-source';
import { buildDocx, buildXlsx, planSeedBlocks } from '../../packages/documents/src/read/testing/seed-fixtures';

const SECONDS = Number(process.argv[2] ?? 2);
const SEEDS = ['002_c249137699a6a217', '004_1accb42d456f302a'];
const TRUTH = ['000', '002', '003', '004'];

interface Case {
  name: string;
  bytes: Uint8Array;
}

async function measure(run: () => Promise<unknown>): Promise<{ perSecond: number; msEach: number }> {
  await run();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    await run();
    n++;
  }
  const elapsed = performance.now() - start;
  return { perSecond: (n * 1000) / elapsed, msEach: elapsed / n };
}

async function main(): Promise<void> {
  const cases: Case[] = [];
  for (const seed of SEEDS) {
    const text = readFileSync(`/work/shared/seeds/${seed}.txt`, 'utf8');
    const blocks = planSeedBlocks(text);
    cases.push({ name: `seed ${seed.slice(0, 3)} .docx`, bytes: await buildDocx(blocks) });
    cases.push({ name: `seed ${seed.slice(0, 3)} .xlsx`, bytes: await buildXlsx(blocks) });
  }
  const pdfOk = findCjkFont() !== null;
  for (const n of TRUTH) {
    const path = `/work/shared/fixtures/truth/${n}.json`;
    if (!existsSync(path)) continue;
    const forms = JSON.parse(readFileSync(path, 'utf8')).forms;
    for (const format of ['docx', 'xlsx', ...(pdfOk ? ['pdf' as const] : [])] as const) {
      const out = await exportForms(forms, format);
      if (out.ok) cases.push({ name: `export ${n} .${format}`, bytes: out.bytes });
    }
  }
  // A large synthetic document: the seed tables repeated 20 times.
  const big = planSeedBlocks(readFileSync(`/work/shared/seeds/${SEEDS[0]}.txt`, 'utf8'));
  cases.push({ name: 'seed 002 ×20 .docx', bytes: await buildDocx(Array.from({ length: 20 }, () => big).flat()) });

  console.log(`readSource / importFile throughput (${SECONDS}s per case, Node ${process.version})`);
  console.log(['case'.padEnd(22), 'KB'.padStart(7), 'read/s'.padStart(9), 'ms'.padStart(8), 'import/s'.padStart(9), 'ms'.padStart(8), 'MB/s read'.padStart(10)].join(' '));
  for (const c of cases) {
    const fileName = `bench.${c.name.split('.').pop()}`;
    const check = await readSource(c.bytes, fileName);
    if (!check.ok) {
      console.log(`${c.name}: ${check.issues[0]!.message}`);
      continue;
    }
    const read = await measure(() => readSource(c.bytes, fileName));
    const imp = await measure(() => importFile(c.bytes, fileName));
    console.log(
      [
        c.name.padEnd(22),
        (c.bytes.length / 1024).toFixed(0).padStart(7),
        read.perSecond.toFixed(1).padStart(9),
        read.msEach.toFixed(1).padStart(8),
        imp.perSecond.toFixed(1).padStart(9),
        imp.msEach.toFixed(1).padStart(8),
        ((c.bytes.length / 1024 / 1024) * read.perSecond).toFixed(1).padStart(10),
      ].join(' '),
    );
  }
}

void main();
