/**
 * Rules benchmark: review (check) and scoring over synthetic self-evaluation forms.
 * Run: npx tsx bench/rules/rules-bench.ts [indicators=2000000]
 * Prints indicators per second for check, score and both together (single thread).
 */
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { emptyForm, scoreSelfEvaluation, type Form, type Indicator, type ProjectSelfEvaluation } from '../../packages/core/src/index';

// A full collection after generating each batch keeps generation garbage out of the timed phases.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (() => void) | undefined;

type ReviewFn = (forms: Form[], options?: Record<string, unknown>) => unknown[];

const TOTAL = Number(process.argv[2] ?? 2_000_000);
const PER_FORM = 10;
const BATCH_FORMS = 10_000;

// Deterministic PRNG (mulberry32) so runs are comparable.
let seed = 0x9e3779b9;
function rand(): number {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function pick<T>(xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

const LEVELS: ReadonlyArray<[string, string, string]> = [
  ['产出指标', '数量指标', '培训人次'], ['产出指标', '数量指标', '督查次数'], ['产出指标', '质量指标', '验收合格率'],
  ['产出指标', '时效指标', '完成及时率'], ['效益指标', '社会效益指标', '群众知晓率'], ['效益指标', '经济效益指标', '带动就业人数'],
  ['成本指标', '经济成本指标', '项目成本'], ['满意度指标', '服务对象满意度指标', '服务对象满意度'], ['产出指标', '时效指标', '响应时间'],
];
const QUAL_TARGETS = ['按时完成', '有效提升', '落地生效', '较满意', '合格'];

function makeIndicator(k: number): Indicator {
  const [level1, level2, base] = pick(LEVELS);
  const r = rand();
  const name = `${base}${k}`;
  if (r < 0.2) {
    const target = pick(QUAL_TARGETS);
    return {
      level1, level2, name, description: null, weight: 9, unit: null, comparator: 'qualitative', target, basis: null, method: null,
      actual: rand() < 0.8 ? target : '部分完成', score: 9, reason: null,
    };
  }
  const comparator = pick(['>=', '>=', '>=', '<=', '=', '>', '<'] as const);
  const isRate = base.endsWith('率') || base.endsWith('度');
  const unit = isRate ? '%' : pick(['次', '人', '个', '小时', '万元', '天']);
  const t = isRate ? pick([90, 95, 98, 100]) : 1 + Math.floor(rand() * 500);
  const a = t * (0.5 + rand());
  const actual = rand() < 0.1 ? `≥${t}` : rand() < 0.05 ? '基本完成' : String(Math.round(a * 100) / 100);
  return {
    level1, level2, name, description: null, weight: 9, unit, comparator, target: String(t), basis: null, method: null,
    actual, score: 9, reason: rand() < 0.3 ? '客观原因' : null,
  };
}

function makeForm(i: number): ProjectSelfEvaluation {
  const f = emptyForm('project_self_evaluation');
  f.fiscal_year = 2024;
  f.project_name = `项目${i}`;
  f.budget = { initial_wan: 100, adjusted_wan: 100, executed_wan: 60 + Math.floor(rand() * 41), execution_rate: null, weight: 10, score: 10, reason: null };
  f.total_score = 100;
  for (let k = 0; k < PER_FORM; k++) f.indicators.push(makeIndicator(k));
  return f;
}

async function loadReview(): Promise<ReviewFn | null> {
  const path = fileURLToPath(new URL('../../packages/core/src/review/review-forms.ts', import.meta.url));
  if (!existsSync(path)) return null;
  const mod = (await import('../../packages/core/src/review/review-forms')) as Record<string, unknown>;
  return typeof mod.reviewForms === 'function' ? (mod.reviewForms as ReviewFn) : null;
}

async function main(): Promise<void> {
  const review = await loadReview();
  const formsTotal = Math.ceil(TOTAL / PER_FORM);
  let checkMs = 0;
  let scoreMs = 0;
  // CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
  let checkCpu = 0;
  let scoreCpu = 0;
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  let indicators = 0;
  let findings = 0;
  let scoreSum = 0;
  // Warm-up so the JIT has compiled the hot paths before timing.
  const warm: Form[] = Array.from({ length: 2000 }, (_, i) => makeForm(i));
  if (review) review(warm);
  for (const f of warm) scoreSelfEvaluation(f as ProjectSelfEvaluation);

  for (let done = 0; done < formsTotal; done += BATCH_FORMS) {
    const n = Math.min(BATCH_FORMS, formsTotal - done);
    const batch: Form[] = new Array(n);
    for (let i = 0; i < n; i++) batch[i] = makeForm(done + i);
    indicators += n * PER_FORM;
    collect?.();
    if (review) {
      const c0 = cpu();
      const t0 = performance.now();
      findings += review(batch).length;
      checkMs += performance.now() - t0;
      checkCpu += cpu() - c0;
    }
    const c1 = cpu();
    const t1 = performance.now();
    for (let i = 0; i < n; i++) scoreSum += scoreSelfEvaluation(batch[i] as ProjectSelfEvaluation).total;
    scoreMs += performance.now() - t1;
    scoreCpu += cpu() - c1;
  }

  const rate = (ms: number) => (ms > 0 ? Math.round(indicators / (ms / 1000)) : 0);
  const fmt = (x: number) => x.toLocaleString('en-US');
  console.log(`indicators: ${fmt(indicators)} in ${fmt(formsTotal)} forms (node ${process.version}, single thread)`);
  const line = (label: string, wall: number, cpuMs: number, extra: string) =>
    console.log(`${label}${fmt(rate(wall)).padStart(11)} /s wall  ${fmt(rate(cpuMs)).padStart(11)} /s cpu  (${wall.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms cpu${extra})`);
  if (review) line('check  (reviewForms):        ', checkMs, checkCpu, `, ${fmt(findings)} findings`);
  else console.log('check  (reviewForms):         not available (packages/core/src/review/review-forms.ts missing)');
  line('score  (scoreSelfEvaluation):', scoreMs, scoreCpu, `, mean total ${(scoreSum / formsTotal).toFixed(2)}`);
  line('check + score:               ', checkMs + scoreMs, checkCpu + scoreCpu, '; target ≥ 1,000,000/s/core');
}

void main();
