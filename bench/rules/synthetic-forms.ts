/**
 * Synthetic 项目支出绩效自评表 for the rules benchmark: indicator names, levels, units and
 * comparators drawn from the indicator library and the seeds' answer keys, realistic targets,
 * actuals and scores, and a few defects of the kinds the review catches.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Comparator, Indicator, ProjectSelfEvaluation } from '../../packages/core/src/index';

interface PoolEntry {
  name: string;
  level1: string;
  level2: string | null;
  unit: string | null;
  comparator: Comparator;
  typical: string | null;
}

/** What the generator needs from the core under test (so a saved copy of core can be benchmarked too). */
export interface GeneratorCore {
  emptyForm: (kind: 'project_self_evaluation') => ProjectSelfEvaluation;
  scoreIndicator: (ind: Indicator) => { score: number | null };
}

// Deterministic PRNG (mulberry32) so runs are comparable.
let seed = 0x9e3779b9;
export function resetSeed(): void {
  seed = 0x9e3779b9;
}
function rand(): number {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function pick<T>(xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}
function chance(p: number): boolean {
  return rand() < p;
}

const LIBRARY = fileURLToPath(new URL('../../packages/server/src/seed-data/indicator-library.json', import.meta.url));
const TRUTH_DIR = fileURLToPath(new URL('../../../shared/fixtures/truth/', import.meta.url));

// Where a row's source gives no levels, a plain reading of the name's ending places it.
function guessLevels(name: string): [string, string | null] {
  if (name.endsWith('满意度') || name.endsWith('满意率')) return ['满意度指标', '服务对象满意度指标'];
  if (/(及时率|及时性|时限|时间)$/.test(name)) return ['产出指标', '时效指标'];
  if (/(成本|费用|经费|资金)$/.test(name)) return ['成本指标', '经济成本指标'];
  if (/(效益|效果|影响|提升|改善|知晓率)/.test(name)) return ['效益指标', '社会效益指标'];
  if (/率$/.test(name)) return ['产出指标', '质量指标'];
  return ['产出指标', '数量指标'];
}

function loadPool(): PoolEntry[] {
  const pool: PoolEntry[] = [];
  const seen = new Set<string>();
  const add = (e: PoolEntry) => {
    if (e.name.trim() === '' || seen.has(e.name)) return;
    seen.add(e.name);
    pool.push(e);
  };
  type Row = { name: string; level1?: string | null; level2?: string | null; unit?: string | null; comparator?: Comparator | null; typical_target?: string | null; target?: string };
  const entry = (r: Row): PoolEntry => {
    const [g1, g2] = guessLevels(r.name);
    const l1 = r.level1 && /指标$/.test(r.level1) && !/投入|过程|管理/.test(r.level1) ? r.level1 : g1;
    const comparator = r.comparator ?? (r.unit ? '>=' : 'qualitative');
    const typical = r.typical_target ?? (r.target && /^\d+(\.\d+)?$/.test(r.target) ? r.target : null);
    return { name: r.name, level1: l1, level2: l1 === g1 ? (r.level2 ?? g2) : (r.level2 ?? null), unit: r.unit ?? null, comparator, typical };
  };
  const lib = JSON.parse(readFileSync(LIBRARY, 'utf8')) as { indicators: Row[] };
  for (const r of lib.indicators) add(entry(r));
  // The seeds' project forms, when the shared fixtures are on this machine.
  if (existsSync(TRUTH_DIR)) {
    for (const file of readdirSync(TRUTH_DIR).filter((f) => f.endsWith('.json'))) {
      const doc = JSON.parse(readFileSync(TRUTH_DIR + file, 'utf8')) as { forms: Array<{ kind: string; indicators: Row[] }> };
      for (const f of doc.forms) if (f.kind.startsWith('project')) for (const r of f.indicators) add(entry(r));
    }
  }
  return pool;
}

const POOL = loadPool();
const BY_LEVEL1 = (l1: string) => POOL.filter((e) => e.level1 === l1);
const OUTPUT = BY_LEVEL1('产出指标');
const BENEFIT = BY_LEVEL1('效益指标');
const SATISFACTION = BY_LEVEL1('满意度指标');
const COST = BY_LEVEL1('成本指标');
const TOPICS = ['培训', '设备', '道路', '校舍', '补贴', '就业', '体检', '图书', '绿化', '河道', '养老', '医疗', '档案', '信息系统', '食堂',
  '安防', '宣传', '消防', '供水', '路灯', '文化活动', '社区', '农田', '林地', '污水', '垃圾', '救助', '慈善', '健身', '疫苗'];
const QUAL_TARGETS = ['按时完成', '有效提升', '明显改善', '达到预期', '合格', '持续发挥作用', '逐步提高'];
const QUAL_MISSES = ['基本完成', '部分完成', '未完全达到预期'];
const COUNT_UNITS = ['次', '人', '个', '项', '户', '场', '天', '万元', '台', '篇'];
export const POOL_SIZE = POOL.length;

function indicatorFrom(e: PoolEntry, k: number, project: number): Indicator {
  // Names repeat across forms; some carry a topic, a few are one of a kind.
  let name = e.name;
  const r = rand();
  if (r < 0.3) name = pick(TOPICS) + name;
  else if (r < 0.33) name = `${name}（${project}）`;
  let unit = e.unit === '日期' ? '月' : e.unit;
  let comparator = e.comparator;
  let target: string;
  let level2 = e.level2;
  if (comparator === 'qualitative') target = pick(QUAL_TARGETS);
  else if (unit === '%') target = e.typical ?? String(pick([85, 90, 95, 98, 100, 100]));
  else {
    unit ??= pick(COUNT_UNITS);
    target = e.typical ?? String(unit === '月' ? 1 + Math.floor(rand() * 12) : 1 + Math.floor(rand() * 500));
  }
  // Defects the review should catch, each on a small share of rows.
  const d = rand();
  if (d < 0.01) unit = null; // unit_missing
  else if (d < 0.02 && comparator === '>=') target = '0'; // implausible ≥0
  else if (d < 0.03 && unit === '%' && comparator === '>=') comparator = '<='; // direction
  else if (d < 0.04) level2 = null; // levels
  else if (d < 0.045 && unit === '%') unit = '次'; // unit_vs_name
  const ind: Indicator = {
    level1: e.level1, level2, name, description: null, weight: null, unit, comparator, target, basis: null, method: null,
    actual: null, score: null, reason: null,
  };
  if (comparator === 'qualitative') ind.actual = chance(0.85) ? target : pick(QUAL_MISSES);
  else {
    const t = Number(target);
    const a = chance(0.7) ? t : t * (0.6 + rand() * 0.8);
    const shown = unit === '%' ? Math.min(100, Math.round(a * 10) / 10) : Math.round(a);
    const s = rand();
    ind.actual = s < 0.8 ? String(shown) : s < 0.92 ? `${shown}%` : s < 0.97 ? `≥${shown}` : '已完成';
  }
  void k;
  return ind;
}

function spreadWeights(rows: Indicator[], total: number): void {
  const base = Math.floor(total / rows.length);
  let rest = total - base * rows.length;
  for (const r of rows) { r.weight = base + (rest > 0 ? 1 : 0); rest--; }
}

/** One self-evaluation sheet of 8–16 indicators covering 产出, 效益 and 满意度 (a few forms miss one). */
export function makeForm(core: GeneratorCore, i: number): ProjectSelfEvaluation {
  const f = core.emptyForm('project_self_evaluation');
  f.fiscal_year = 2024;
  f.org = `第${i % 300}单位`;
  f.project_name = `${pick(TOPICS)}项目${i}`;
  const rows: Indicator[] = [];
  const used = new Set<PoolEntry>();
  // A form lists an indicator once (the duplicated row below is the deliberate exception).
  const fresh = (from: PoolEntry[]) => {
    let e = pick(from);
    for (let k = 0; k < 4 && used.has(e); k++) e = pick(from);
    used.add(e);
    return e;
  };
  const nOut = 4 + Math.floor(rand() * 7);
  for (let k = 0; k < nOut; k++) rows.push(indicatorFrom(fresh(OUTPUT), rows.length, i));
  if (chance(0.6) && COST.length) rows.push(indicatorFrom(fresh(COST), rows.length, i));
  const nBen = chance(0.03) ? 0 : 1 + Math.floor(rand() * 3);
  for (let k = 0; k < nBen; k++) rows.push(indicatorFrom(fresh(BENEFIT), rows.length, i));
  const nSat = chance(0.03) ? 0 : 1 + Math.floor(rand() * 2);
  for (let k = 0; k < nSat; k++) rows.push(indicatorFrom(fresh(SATISFACTION), rows.length, i));
  spreadWeights(rows, chance(0.03) ? 85 : 90);
  if (chance(0.02)) rows.push({ ...rows[0]! }); // a duplicated row
  // Scores as the unit wrote them: mostly what the rules give, some hand-rounded, reasons mostly given.
  let total = 0;
  for (const ind of rows) {
    const computed = core.scoreIndicator(ind).score;
    let score = computed ?? Math.round((ind.weight ?? 0) * 0.8 * 100) / 100;
    if (chance(0.04)) score = Math.max(0, Math.round(score) - 1);
    ind.score = score;
    if (ind.weight != null && score < ind.weight - 0.005 && chance(0.85)) ind.reason = '受客观因素影响，部分工作顺延至下年度';
    total += score;
  }
  f.indicators = rows;
  const adjusted = 50 + Math.floor(rand() * 5000);
  const executed = Math.round(adjusted * (0.6 + rand() * 0.4) * 100) / 100;
  const budgetScore = Math.round(Math.min(executed / adjusted, 1) * 10 * 100) / 100;
  f.budget = {
    initial_wan: adjusted, adjusted_wan: adjusted, executed_wan: executed,
    execution_rate: chance(0.5) ? Math.round((executed / adjusted) * 10000) / 100 : null,
    weight: 10, score: chance(0.97) ? budgetScore : 10, reason: budgetScore < 10 && chance(0.8) ? '部分项目资金按进度拨付' : null,
  };
  f.total_score = Math.round((total + budgetScore) * 100) / 100 + (chance(0.03) ? 1 : 0);
  f.goal = `组织${f.project_name}实施，完成年度任务，提升服务水平。`;
  // Through JSON, as forms arrive from a file or the database: flat strings, none shared between forms.
  return JSON.parse(JSON.stringify(f)) as ProjectSelfEvaluation;
}
