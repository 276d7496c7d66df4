/**
 * Differential check of the rules (review + scoring) between a saved copy of @jixiao/core and this one:
 * both run on the same forms and every result is compared as JSON, byte for byte.
 *
 *   cp -r packages/core/src /tmp/core-before          (before changing the rules; once)
 *   cp packages/core/package.json /tmp/core-before/    ("type": "module": else the copy loads as CommonJS, and
 *                                                      rules-bench.ts timing it with RULES_BENCH_CORE reads 25–30% slow)
 *   ln -s "$PWD/node_modules" /tmp/node_modules        (so the copy resolves zod)
 *   npx tsx bench/rules/rules-diff.ts [indicators] [--before /tmp/core-before/index.ts] [--fuzz forms] [FORMS.json ...]
 *
 * To check only the rules while someone changes values/ (parseValue, deriveTarget) on purpose, let the copy
 * use the live folder: rm -r /tmp/core-before/values && ln -s "$PWD/packages/core/src/values" /tmp/core-before/values.
 * RULES_DIFF_AFTER=path/to/index.ts (or a bundle) replaces this tree's core as the "after" side.
 *
 * Inputs: the benchmark's synthetic self-evaluation sheets (default 200,000 indicators), every
 * jixiao.forms/v1 file given (default: packages/documents/test-corpus/*.json, /tmp/seed-*.json from
 * `jixiao import --json`, and the answer keys in ../shared/fixtures/truth), and fuzzed variants of all
 * of these (other form kinds, odd levels, units, values, weights, goals, personal data) reviewed under
 * several policies, with and without stored history and peers, publishing or not. Compared: reviewForms
 * (batch, and per form with the caller's scores), reviewForm, scoreSelfEvaluation (JSON and every
 * derivation field read directly), scoreIndicator with picks and hand scores, classifyName, goalQuantities.
 * The forms themselves are checked to be left unchanged. Prints the number of differences; 0 is the goal.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Form, Indicator, Policy } from '../../packages/core/src/index';
import { makeForm, resetSeed } from './synthetic-forms';

type Core = typeof import('../../packages/core/src/index');

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
const BEFORE = flag('--before') ?? process.env.RULES_DIFF_BEFORE ?? '/tmp/core-before/index.ts';
const FUZZ_FORMS = Number(flag('--fuzz') ?? 20_000);
const TOTAL = Number(argv.find((a) => /^\d+$/.test(a)) ?? 200_000);
const FILES = argv.filter((a) => !/^\d+$/.test(a));

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function defaultFiles(): string[] {
  const out: string[] = [];
  const dir = (d: string, keep: (f: string) => boolean) => {
    if (existsSync(d)) for (const f of readdirSync(d).sort()) if (keep(f)) out.push(d + f);
  };
  dir(`${ROOT}packages/documents/test-corpus/`, (f) => f.endsWith('.json'));
  dir('/tmp/', (f) => f.startsWith('seed-') && f.endsWith('.json'));
  dir(`${ROOT}../shared/fixtures/truth/`, (f) => f.endsWith('.json'));
  return out;
}

// Deterministic PRNG (mulberry32), separate from the generator's.
let state = 0x2545f491;
function rand(): number {
  state |= 0; state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const chance = (p: number) => rand() < p;

const LEVEL1S = [null, '', ' ', '产出指标', '产出', ' 产出指标 ', '产出指标(50分)', '产出指标（40分）', '一、产出指标', '成本指标', '效益指标', '效果指标', '满意度指标',
  '满意度', '服务对象满意度', '社会满意度', '过程指标', '决策', '扣分项', '管理指标', '产出\u3000指标', '效益指标（30分）', '其他'];
const LEVEL2S = [null, '', '数量指标', '质量指标', '时效指标', '成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标', '经济效益指标', '社会效益指标',
  '生态效益指标', '可持续影响指标', '可持续性影响', '服务对象满意度指标', '满意度指标', '进度', '时间指标', '数量', '数量指标(20分)', '质量', '其他指标', ' 社会效益指标 '];
const UNITS = [null, '', ' ', '%', '％', '‰', '百分比', '定性', '定', '人次', '人', '个', '次', '户', '万元', '元', '元/人', '元/人·月', '万人', '个工作日', '天', '月',
  '完成', '100%完成', '有效', ' 个 ', '平方米', 'km', '台（套）', '分', '项', '场次', '合格'];
const TARGETS = ['', ' ', '95', '100', '0', '120', '-3', '40.73', '1,055.4', '１２', '≥95%', '≥12次', '=6人', '≤15个工作日', '95%以上', '48小时以内', '按时完成',
  '年底前完成', '2024年6月底前', '3个工作日内', '符合国家标准', '达到二类公厕标准', '有效提升', '明显改善', '合格', '优', '≤预算控制数', '≥较好', '预算控制数',
  '100%完成', '较上年提高', '10', '30', '50', '112', '5', '1.5', '≥ 90', ' 95 ', '大于等于90', '不低于95%', '控制在48小时以内', '98.5', '200', '12'];
const ACTUALS = [null, '', '95', '100', '0', '-1', '120', '98.5', '≥95', '90%', '已完成', '按时完成', '基本完成', '未完成', '部分完成', '12次', '112', '5', '30', '1,200',
  '≤10', '=6', '有效提升', '未有效提升', '100%', '１００', '50', '0.5', '不适用'];
const NAMES = ['培训人次', '项目资金拨付及时率', '服务对象满意度', '群众满意率', '受益群众', '设备采购数量', '道路维修完成率', '安全事故发生率', '投诉处理及时率',
  '资金使用合规性', '采购金额', '运行维护经费', '项目验收合格率', '带动就业人数', '事故隐患整改率', '资金放大倍数', '增长率', '年度预算执行率', '系统故障率',
  '信息公开率（除涉密信息外）', '政府采购执行率', '社会公众知晓度', '项目进度', '人均补助标准', '受益户数', '覆盖率', '接种率', '污染物减排量', '', '  ',
  '保障机关正常运转', '好评率', '投诉率', '建设完成时间', '验收通过率', '发放及时率', '违法案件查处数', '成本节约率', '示范带动效果', 'x'.repeat(45), '指'.repeat(105)];
const GOALS = [null, '', '组织2次培训，采购3台电脑。', '完成112户改造，服务5000人次，每月2次巡查。', '以“山青城美”等7项工程为重点，落实“四个意识”，开展十二场活动。',
  '2024年完成第3次评估，年底前12个项目开工，前3名奖励，10个工作日内办结。', '建设１０个站点，培训二十人，配备1.5台设备，文件〔2020〕41号。',
  '为全县农村学生提供营养膳食补助，覆盖38所学校、12000名学生。', '开展两个维护宣传，三个方面整改，新增5处绿地。', '完成\u3000３次培训，≧2场演练'];
const PRIVATE = ['联系人：张伟', '负责人王芳同志', '电话：023-68123456', '手机13812345678', '身份证110101199003074514', '遗属戴明', '发放戴明生活困难补助',
  '学生李某某', '职工周转房的', '（023）6812345', '收款人：欧阳娜娜。', '姓名 陈静'];
const COMPARATORS = [null, '>=', '<=', '=', '>', '<', 'qualitative'] as const;

function mutateIndicator(src: Indicator, names: string[]): Indicator {
  const ind = { ...src };
  if (chance(0.15)) ind.level1 = pick(LEVEL1S);
  if (chance(0.15)) ind.level2 = pick(LEVEL2S);
  if (chance(0.15)) ind.name = chance(0.5) ? pick(NAMES) : names.length ? pick(names) : ind.name;
  if (chance(0.05)) ind.name = ` ${ind.name}\u3000`;
  if (chance(0.15)) ind.unit = pick(UNITS);
  if (chance(0.15)) ind.comparator = pick(COMPARATORS);
  if (chance(0.15)) ind.target = pick(TARGETS);
  if (chance(0.15)) ind.actual = pick(ACTUALS);
  if (chance(0.08)) ind.weight = pick([null, 0, -1, 5, 10, 10.5, 20, 30, 2.345]);
  if (chance(0.1)) ind.score = pick([null, 0, 3, 5, 7.5, 9.99, 10, 12, 28, 30, -1]);
  if (chance(0.08)) ind.reason = pick([null, '', ' ', '受疫情影响', '超额完成原因：需求增加']);
  if (chance(0.08)) ind.basis = pick([null, '', '计划标准', '历史标准']);
  if (chance(0.03)) ind.description = pick(PRIVATE);
  if (chance(0.03)) ind.method = pick(PRIVATE);
  return ind;
}

/** A schema-valid form of another kind carrying the same indicators and texts. */
function rekind(core: Core, f: Form, kind: Form['kind']): Form {
  const g = core.emptyForm(kind) as Record<string, unknown>;
  const src = f as Record<string, unknown>;
  for (const k of Object.keys(g)) if (k !== 'kind' && k in src) g[k] = src[k];
  return g as unknown as Form;
}

function mutateForm(core: Core, base: Form, names: string[]): Form {
  let f = JSON.parse(JSON.stringify(base)) as Form;
  if (chance(0.35)) f = rekind(core, f, pick(['project_target', 'department_target', 'project_self_evaluation', 'department_self_evaluation'] as const));
  f.indicators = f.indicators.map((ind) => mutateIndicator(ind, names));
  if (chance(0.1) && f.indicators.length) f.indicators.push({ ...pick(f.indicators) });
  if (chance(0.05)) f.indicators = f.indicators.filter(() => chance(0.5));
  if (chance(0.1)) for (const ind of f.indicators) { ind.level1 = null; ind.level2 = null; }
  const r = f as Record<string, unknown>;
  if ('goal' in r && chance(0.3)) r.goal = pick(GOALS);
  if ('overview' in r && chance(0.3)) r.overview = pick(GOALS);
  if (chance(0.1)) r.org = pick([null, '', '某单位', PRIVATE[1]!]);
  if (chance(0.1)) r.fiscal_year = pick([null, 2019, 2020, 2021, 2022, 2024]);
  if ('project_name' in r && chance(0.1)) r.project_name = pick([null, '', '老旧小区改造项目', PRIVATE[5]!]);
  if (f.kind === 'project_target') {
    if (chance(0.3)) f.spending_plan = { mar: pick([null, 10, 30, -5]), jun: pick([null, 50, 20, 60]), oct: pick([null, 80, 90, 101]), dec: pick([null, 100, 95, 110]) };
    if (chance(0.3)) { f.budget_total_wan = pick([null, 100, 250.5]); f.budget_fiscal_wan = pick([null, 80, 100]); f.budget_other_wan = pick([null, 20, 0]); }
    if (chance(0.2)) { f.budget_district_wan = pick([null, 60, 100]); f.budget_subsidy_towns_wan = pick([null, 40, 0]); }
  } else if (f.kind === 'department_target') {
    if (chance(0.3)) { f.budget_total_wan = pick([null, 1000, 1704.86]); f.fund_sources = { government_wan: pick([null, 900, 1000]), special_account_wan: pick([null, 0, 100]), unit_wan: pick([null, 0, 4.86]) }; }
    if (chance(0.3)) f.structure = { basic_wan: pick([null, 700, 800]), project_wan: pick([null, 300, 904.86]) };
    if (chance(0.3)) f.tasks = [{ name: pick(PRIVATE), content: pick(GOALS), budget_wan: null }];
    if (chance(0.2)) f.sub_goals = [{ title: '目标一', text: pick(PRIVATE) }];
    if (chance(0.2)) f.measures = [{ title: '措施', text: pick(PRIVATE) }];
  } else if (f.kind === 'project_self_evaluation') {
    if (chance(0.3)) f.budget = chance(0.2) ? null : {
      initial_wan: pick([null, 100, 0]), adjusted_wan: pick([null, 100, 120, 0]), executed_wan: pick([null, 95, 130, -1]),
      execution_rate: pick([null, 95, 79.17, 50]), weight: pick([null, 10, 15]), score: pick([null, 10, 9.5, 7.92, 0]), reason: pick([null, '', '进度滞后']),
    };
    if (chance(0.3)) f.total_score = pick([null, 90, 95.5, 100]);
    if (chance(0.1)) { f.problems = pick(PRIVATE); f.conclusion = pick(PRIVATE); }
  } else if (chance(0.3)) f.total_score = pick([null, 90, 95.5, 100]);
  return f;
}

interface Stored { history: Array<Record<string, unknown>>; peers: Array<Record<string, unknown>> }

function storedFor(forms: Form[]): Stored {
  const history: Array<Record<string, unknown>> = [];
  const peers: Array<Record<string, unknown>> = [];
  for (const f of forms) {
    for (const ind of f.indicators) {
      if (!chance(0.3)) continue;
      history.push({ name: ind.name, unit: ind.unit, org: chance(0.5) ? f.org : pick([null, '别的单位']), fiscal_year: pick([null, 2019, 2022, 2023, 2025]), actual: pick([null, '95', 90, '≥100', 12, '12次', 0]) });
      for (let k = 0; k < 7; k++) peers.push({ name: chance(0.8) ? ind.name : ` ${ind.name}`, unit: ind.unit, org: pick([null, f.org, '甲', '乙', '丙']), comparator: '>=', target: pick([95, 98, 100, '≥96', 99, 500, 12, '１２']) });
    }
  }
  return { history, peers };
}

let compared = 0;
let differences = 0;
const shown: string[] = [];

function same(label: string, a: unknown, b: unknown): void {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  compared++;
  if (x === y) return;
  differences++;
  if (shown.length < 12) {
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    shown.push(`${label}: at char ${i}\n    before …${x.slice(Math.max(0, i - 120), i + 200)}\n    after  …${y.slice(Math.max(0, i - 120), i + 200)}`);
  }
}

/** Every field of every derivation read as a caller reads it, besides JSON.stringify. */
function derivationReads(s: { budget: { derivation: Record<string, unknown> }; indicators: Array<{ derivation: Record<string, unknown> }> }): unknown[] {
  const read = (d: Record<string, unknown>) => [d.inputs, d.rule, d.arithmetic];
  return [read(s.budget.derivation), ...s.indicators.map((i) => read(i.derivation))];
}

interface Variant { label: string; policy: (c: Core) => Policy; publishing: boolean; frameworkFromYear: boolean; stored: boolean }
const VARIANTS: Variant[] = [
  { label: 'default', policy: (c) => c.DEFAULT_POLICY, publishing: false, frameworkFromYear: false, stored: false },
  { label: 'server', policy: (c) => c.DEFAULT_POLICY, publishing: true, frameworkFromYear: true, stored: true },
  { label: '2020+explain', policy: (c) => c.makePolicy({ framework: '2020', overAchievement: 'explain', minSatisfaction: 95 }), publishing: true, frameworkFromYear: false, stored: false },
  { label: 'deduct', policy: (c) => c.makePolicy({ overAchievement: 'deduct', overAchievementThreshold: 1.1, amountTolerance: 0 }), publishing: false, frameworkFromYear: false, stored: true },
];

function compareSet(label: string, before: Core, after: Core, forms: Form[], variants: Variant[], perForm: boolean): void {
  const frozen = JSON.stringify(forms);
  for (const v of variants) {
    const stored = v.stored ? storedFor(forms) : null;
    const opts = (c: Core) => ({
      policy: v.policy(c), publishing: v.publishing, frameworkFromYear: v.frameworkFromYear,
      ...(stored ? { history: stored.history as never, peers: stored.peers as never } : {}),
    });
    const ob = opts(before);
    const oa = opts(after);
    same(`${label}/${v.label} reviewForms`, before.reviewForms(forms, ob), after.reviewForms(forms, oa));
    const sb = forms.map((f) => (f.kind === 'project_self_evaluation' ? before.scoreSelfEvaluation(f, { policy: ob.policy }) : null));
    const sa = forms.map((f) => (f.kind === 'project_self_evaluation' ? after.scoreSelfEvaluation(f, { policy: oa.policy }) : null));
    for (let i = 0; i < forms.length; i++) {
      if (sb[i]) {
        same(`${label}/${v.label} score form ${i}`, sb[i], sa[i]);
        same(`${label}/${v.label} derivations form ${i}`, derivationReads(sb[i] as never), derivationReads(sa[i] as never));
      }
    }
    same(`${label}/${v.label} reviewForms with scores`, before.reviewForms(forms, { ...ob, selfEvaluationScores: sb }), after.reviewForms(forms, { ...oa, selfEvaluationScores: sa }));
    if (!perForm) continue;
    for (let i = 0; i < forms.length; i++) {
      const f = forms[i]!;
      // One form at a time, as the server reviews a save: stored data of that form's indicators only.
      const own = v.stored ? storedFor([f]) : null;
      const pb = own ? { ...ob, history: own.history as never, peers: own.peers as never } : ob;
      const pa = own ? { ...oa, history: own.history as never, peers: own.peers as never } : oa;
      same(`${label}/${v.label} reviewForm ${i}`, before.reviewForm(f, i, pb), after.reviewForm(f, i, pa));
      same(`${label}/${v.label} per form ${i}`, before.reviewForms([f], { ...pb, selfEvaluationScores: [sb[i]] }), after.reviewForms([f], { ...pa, selfEvaluationScores: [sa[i]] }));
      if (f.kind === 'project_self_evaluation' && chance(0.3)) {
        const choices: Record<number, '达成' | '部分达成' | '未达成'> = {};
        const manualScores: Record<number, number> = {};
        f.indicators.forEach((_, r) => {
          if (chance(0.3)) choices[r] = pick(['达成', '部分达成', '未达成'] as const);
          if (chance(0.3)) manualScores[r] = pick([0, 2.5, 7, 8, 9.5, 10, 25, 30]);
        });
        const b = before.scoreSelfEvaluation(f, { policy: ob.policy, choices, manualScores });
        const a = after.scoreSelfEvaluation(f, { policy: oa.policy, choices, manualScores });
        same(`${label}/${v.label} score picks ${i}`, b, a);
        same(`${label}/${v.label} derivations picks ${i}`, derivationReads(b as never), derivationReads(a as never));
        f.indicators.forEach((ind, r) => {
          const o = { policy: ob.policy, row: r, choice: choices[r], manualScore: manualScores[r] };
          const bi = before.scoreIndicator(ind, o);
          const ai = after.scoreIndicator(ind, { ...o, policy: oa.policy });
          same(`${label}/${v.label} scoreIndicator ${i}/${r}`, [bi, bi.derivation.inputs, bi.derivation.rule, bi.derivation.arithmetic], [ai, ai.derivation.inputs, ai.derivation.rule, ai.derivation.arithmetic]);
        });
      }
    }
  }
  for (const f of forms) {
    for (const ind of f.indicators) same(`${label} classifyName`, before.classifyName(ind.name), after.classifyName(ind.name));
    const goal = (f as { goal?: string | null }).goal;
    if (goal) same(`${label} goalQuantities`, before.goalQuantities(goal), after.goalQuantities(goal));
  }
  if (JSON.stringify(forms) !== frozen) {
    differences++;
    shown.push(`${label}: the forms were changed by the rules`);
  }
}

function progress(what: string): void {
  process.stderr.write(`  ${what}: ${compared.toLocaleString('en-US')} compared, ${differences} differences\n`);
}

async function main(): Promise<void> {
  const before = (await import(pathToFileURL(BEFORE).href)) as Core;
  const afterPath = process.env.RULES_DIFF_AFTER;
  const after = (afterPath ? await import(pathToFileURL(afterPath).href) : await import('../../packages/core/src/index')) as Core;
  const t0 = performance.now();

  // 1. The benchmark's synthetic sheets, reviewed in batches of 5,000 forms as the benchmark does.
  resetSeed();
  let indicators = 0;
  let n = 0;
  const synthetic: Form[] = [];
  while (indicators < TOTAL) {
    const batch: Form[] = [];
    for (let i = 0; i < 5_000 && indicators < TOTAL; i++) {
      const f = makeForm(before, n++);
      indicators += f.indicators.length;
      batch.push(f);
    }
    compareSet(`synthetic[${n - batch.length}..]`, before, after, batch, VARIANTS.slice(0, 1), true);
    progress(`synthetic ${indicators} indicators`);
    if (synthetic.length < 4_000) synthetic.push(...batch.slice(0, 4_000 - synthetic.length));
  }

  // 2. Real documents (the test corpus, the imported seeds, the answer keys).
  const files = FILES.length ? FILES : defaultFiles();
  const real: Form[] = [];
  for (const file of files) {
    const parsed = after.formsDocumentSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) { console.log(`skipped (not a valid forms document): ${file}`); continue; }
    const forms = parsed.data.forms;
    real.push(...forms);
    compareSet(file.replace(ROOT, ''), before, after, forms, VARIANTS, true);
  }
  progress(`${files.length} files`);

  // 3. Fuzzed variants of both, under every policy variant.
  const names = [...new Set([...real, ...synthetic].flatMap((f) => f.indicators.map((i) => i.name)))];
  const bases = [...real, ...synthetic];
  let fuzzed = 0;
  while (fuzzed < FUZZ_FORMS && bases.length) {
    const batch: Form[] = [];
    for (let i = 0; i < 500 && fuzzed < FUZZ_FORMS; i++, fuzzed++) batch.push(mutateForm(after, pick(bases), names));
    compareSet(`fuzz[${fuzzed - batch.length}..]`, before, after, batch, VARIANTS, true);
    if (fuzzed % 5_000 === 0) progress(`fuzzed ${fuzzed} forms`);
  }

  for (const s of shown) console.log(s);
  console.log(`rules-diff: ${indicators.toLocaleString('en-US')} synthetic indicators, ${real.length} forms from ${files.length} files, ${fuzzed.toLocaleString('en-US')} fuzzed forms; `
    + `${compared.toLocaleString('en-US')} results compared, ${differences} differences (${((performance.now() - t0) / 1000).toFixed(1)} s; before = ${BEFORE})`);
  process.exitCode = differences === 0 ? 0 : 1;
}

void main();
