/**
 * Imports each whole volume written by build-volumes.ts through the CLI (`jixiao import --json`),
 * as a clerk's import runs, and prints forms found, rows and fields right (score-import.mjs
 * rules), wall time, CPU time (user + system: near what an idle machine's wall time would be, as the
 * machine is shared) and peak RSS (GNU time). A number printer, not a test.
 *
 * Known (round 72): the .pdf volume's few misses are the test PDF writer's (grid-pdf.ts prints a vertically
 * merged cell's text past the page's last row when a page break cuts the merge: 效 | 益指标 outside the table),
 * not a layout a printer makes.
 *
 *   npx tsx bench/import/build-volumes.ts /tmp/jixiao-volumes
 *   npx tsx bench/import/volume-bench.ts /tmp/jixiao-volumes
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { scoreForms } from '../../packages/documents/src/import/score-forms';

type Forms = { forms: Array<Record<string, unknown>> };
const dir = process.argv[2] ?? '/tmp/jixiao-volumes';
const cli = resolve(import.meta.dirname, '../../packages/cli/bin/jixiao.js');

console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores`);
console.log(['volume'.padEnd(20), 'forms'.padStart(9), 'rows found'.padStart(11), 'extra'.padStart(6), 'fields right'.padStart(16), 'wall s'.padStart(7), 'cpu s'.padStart(6), 'peak MB'.padStart(8)].join(' '));
for (const file of readdirSync(dir).filter((f) => /^volume-\d+\.(docx|pdf|xlsx|html|txt)$/.test(f)).sort()) {
  const key = JSON.parse(readFileSync(join(dir, file.replace(/\.\w+$/, '.json')), 'utf8')) as Forms;
  const run = spawnSync('/usr/bin/time', ['-v', 'node', cli, 'import', '--json', join(dir, file)], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)/.exec(run.stderr);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(run.stderr)?.[1] ?? NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(run.stderr)?.[1] ?? NaN);
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  let got: Forms = { forms: [] };
  try {
    got = JSON.parse(run.stdout) as Forms;
  } catch {
    console.log(`${file}: no JSON (exit ${run.status}): ${run.stderr.split('\n').slice(0, 3).join(' ')}`);
  }
  const s = scoreForms(key, got);
  console.log(
    [
      file.padEnd(20),
      `${got.forms.length}/${key.forms.length}`.padStart(9),
      `${s.rowsMatched}/${s.rowsTruth}`.padStart(11),
      String(s.rowsPredicted - s.rowsMatched).padStart(6),
      `${s.right}/${s.fields} ${((100 * s.right) / Math.max(1, s.fields)).toFixed(1)}%`.padStart(16),
      seconds.toFixed(1).padStart(7),
      cpu.toFixed(1).padStart(6),
      (rssKb / 1024).toFixed(0).padStart(8),
    ].join(' '),
  );
  if (process.argv.includes('--misses')) for (const m of s.misses.slice(0, 30)) console.log(`   ${m}`);
}
