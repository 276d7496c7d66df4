/**
 * Rules benchmark: review (check) and scoring over synthetic 项目支出绩效自评表 (see synthetic-forms.ts).
 *
 *   npx tsx bench/rules/rules-bench.ts [indicators]        default 2,000,000; or RULES_BENCH_N=200000
 *   RULES_BENCH_CORE=/path/to/core/src/index.ts npx tsx bench/rules/rules-bench.ts 500000
 *     benchmarks another copy of @jixiao/core (a saved "before"), on the same data. The copy needs a package.json
 *     with "type": "module" beside it or above it (cp packages/core/package.json /tmp/core-before/): without one tsx
 *     loads it as CommonJS, which ran the same code 25–30% slower than the tree's own core and faked a speed-up.
 *
 * Single thread. Prints indicators per second by CPU time (process.cpuUsage: what one core
 * achieves, even on a loaded machine) and by wall time, for three phases on every batch:
 *   check          reviewForms(forms)                  (scores self-evaluation sheets itself)
 *   score          scoreSelfEvaluation per form
 *   check + score  scores once, then reviewForms(forms, { selfEvaluationScores }) over the batch —
 *                  a caller that needs both for a whole document; every score and finding stays alive
 *                  until the batch is done, so this one pays the most garbage collection;
 *     per form     score one form, review it with that score, move on — what the server does on
 *                  each save; the target of ≥ 1,000,000/s/core is for check + score.
 * `npm start` runs the server with --max-semi-space-size=32 (a larger young generation: a review makes many short-lived
 * values, and collecting them less often was worth ~17% per form here); NODE_OPTIONS=--max-semi-space-size=32 measures
 * the core as served. The line under the figures says which young-generation size the run had.
 * A speed-up must leave every result as it was: bench/rules/rules-diff.ts compares a saved copy of the
 * core with this one on these forms, real documents and fuzzed variants.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { pathToFileURL } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import type { Form, Indicator, ProjectSelfEvaluation } from '../../packages/core/src/index';
import { makeForm, POOL_SIZE, resetSeed, type GeneratorCore } from './synthetic-forms';

// A full collection before each timed phase keeps generation garbage out of the timings.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (() => void) | undefined;

interface Core extends GeneratorCore {
  reviewForms: (forms: Form[], options?: Record<string, unknown>) => Array<{ code: string }>;
  scoreSelfEvaluation: (form: ProjectSelfEvaluation) => { total: number };
  scoreIndicator: (ind: Indicator) => { score: number | null };
}

const TOTAL = Number(process.argv[2] ?? process.env.RULES_BENCH_N ?? 2_000_000);
const BATCH_FORMS = 5_000;
const WARM_FORMS = 4_000;

/** Whether the nearest package.json above a file declares ES modules (else tsx loads the file as CommonJS). */
function loadsAsModule(file: string): boolean {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) return (JSON.parse(readFileSync(pkg, 'utf8')) as { type?: string }).type === 'module';
    if (dirname(dir) === dir) return false;
  }
}

async function loadCore(): Promise<Core> {
  const path = process.env.RULES_BENCH_CORE;
  if (path && !loadsAsModule(path)) {
    console.error(`注意：${path} 上方没有 "type": "module" 的 package.json，将按 CommonJS 加载，比本仓库的 core 慢约 25–30%，对比不公平；请先 cp packages/core/package.json 到该副本目录。`);
  }
  const mod = (path ? await import(pathToFileURL(path).href) : await import('../../packages/core/src/index')) as Record<string, unknown>;
  const review = mod.reviewForms ?? ((await import(pathToFileURL(String(path).replace(/index\.ts$/, 'review/review-forms.ts')).href)) as Record<string, unknown>).reviewForms;
  return { ...(mod as unknown as Core), reviewForms: review as Core['reviewForms'] };
}

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

// Garbage-collection pauses, attributed afterwards to the timed window they fall in.
const gcPauses: Array<{ start: number; duration: number }> = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, duration: e.duration }); }).observe({ entryTypes: ['gc'] });

interface Phase { wall: number; cpu: number; windows?: Array<[number, number]> }
// V8 sweeps after a full collection on helper threads; process.cpuUsage counts every thread, so a phase
// timed right after collect() would pay for sweeping the generation garbage. Sleep (the main thread only)
// until the process uses next to no CPU: the heap is then as the phase left it, and its own garbage still counts.
const pause = new Int32Array(new SharedArrayBuffer(4));
function settle(): void {
  for (let k = 0; k < 100; k++) {
    const before = cpu();
    Atomics.wait(pause, 0, 0, 2);
    if (cpu() - before < 0.2) return;
  }
}

function timed(phase: Phase, run: () => void): void {
  collect?.();
  settle();
  const c0 = cpu();
  const t0 = performance.now();
  run();
  const t1 = performance.now();
  phase.wall += t1 - t0;
  phase.cpu += cpu() - c0;
  (phase.windows ??= []).push([t0, t1]);
}

function gcIn(windows: Array<[number, number]> | undefined): number {
  let ms = 0;
  for (const g of gcPauses) if (windows?.some(([a, b]) => g.start >= a && g.start < b)) ms += g.duration;
  return ms;
}

async function main(): Promise<void> {
  if (!(TOTAL > 0)) throw new Error('指标数必须为正数：npx tsx bench/rules/rules-bench.ts 200000');
  const core = await loadCore();
  const check: Phase = { wall: 0, cpu: 0 };
  const score: Phase = { wall: 0, cpu: 0 };
  const both: Phase = { wall: 0, cpu: 0 };
  const perForm: Phase = { wall: 0, cpu: 0 };
  const codes = new Map<string, number>();
  let indicators = 0;
  let forms = 0;
  let findings = 0;
  let scoreSum = 0;

  const runBatch = (batch: ProjectSelfEvaluation[], record: boolean) => {
    let found: Array<{ code: string }> = [];
    const scores: Array<{ total: number }> = new Array(batch.length);
    const c: Phase = { wall: 0, cpu: 0 };
    const s: Phase = { wall: 0, cpu: 0 };
    const b: Phase = { wall: 0, cpu: 0 };
    const p: Phase = { wall: 0, cpu: 0 };
    let perFormFindings = 0;
    timed(c, () => { found = core.reviewForms(batch); });
    timed(s, () => { for (let i = 0; i < batch.length; i++) scores[i] = core.scoreSelfEvaluation(batch[i]!); });
    timed(b, () => {
      const own: Array<{ total: number }> = new Array(batch.length);
      for (let i = 0; i < batch.length; i++) own[i] = core.scoreSelfEvaluation(batch[i]!);
      core.reviewForms(batch, { selfEvaluationScores: own });
    });
    timed(p, () => {
      for (let i = 0; i < batch.length; i++) {
        const one = [batch[i]!];
        perFormFindings += core.reviewForms(one, { selfEvaluationScores: [core.scoreSelfEvaluation(batch[i]!)] }).length;
      }
    });
    if (!record) return;
    for (const x of [[check, c], [score, s], [both, b], [perForm, p]] as const) {
      x[0].wall += x[1].wall;
      x[0].cpu += x[1].cpu;
      (x[0].windows ??= []).push(...x[1].windows!);
    }
    findings += found.length;
    if (perFormFindings !== found.length) throw new Error(`per-form review found ${perFormFindings}, batch review ${found.length}`);
    for (const f of found) codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
    for (const x of scores) scoreSum += x.total;
  };

  // Warm-up on other forms so the JIT has compiled the hot paths before timing.
  resetSeed();
  runBatch(Array.from({ length: WARM_FORMS }, (_, i) => makeForm(core, 1_000_000 + i)), false);

  resetSeed();
  while (indicators < TOTAL) {
    const batch: ProjectSelfEvaluation[] = [];
    for (let i = 0; i < BATCH_FORMS && indicators < TOTAL; i++) {
      const f = makeForm(core, forms++);
      indicators += f.indicators.length;
      batch.push(f);
    }
    runBatch(batch, true);
  }

  await new Promise((done) => setTimeout(done, 50)); // let the last GC entries arrive
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  const rate = (ms: number) => (ms > 0 ? indicators / (ms / 1000) : 0);
  console.log(`indicators: ${fmt(indicators)} in ${fmt(forms)} forms, ${POOL_SIZE} base names (node ${process.version}, single thread${process.env.RULES_BENCH_CORE ? `, core ${process.env.RULES_BENCH_CORE}` : ''})`);
  const line = (label: string, p: Phase, extra: string) =>
    console.log(`${label.padEnd(15)}${fmt(rate(p.cpu)).padStart(11)} /s cpu ${fmt(rate(p.wall)).padStart(11)} /s wall  (${fmt(p.cpu)} ms cpu, ${fmt(p.wall)} ms wall, ${fmt(gcIn(p.windows))} ms gc pauses${extra})`);
  line('check', check, `, ${fmt(findings)} findings = ${(findings / indicators).toFixed(3)}/indicator`);
  line('score', score, `, mean total ${(scoreSum / forms).toFixed(2)}`);
  line('check + score', both, ', whole batch: all scores kept, then one reviewForms');
  line('  per form', perForm, ', score one form then review it (the server\'s pattern); target ≥ 1,000,000/s cpu');
  const young = getHeapSpaceStatistics().find((sp) => sp.space_name === 'new_space');
  console.log(`young generation: ${young ? `${(young.space_size / 2 ** 20).toFixed(1)} MB now` : 'unknown'}, flags: ${[...process.execArgv, process.env.NODE_OPTIONS ?? ''].filter((f) => f.includes('semi-space')).join(' ') || "V8's default semi-space"}`);
  console.log(`findings by code: ${[...codes].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

void main();
