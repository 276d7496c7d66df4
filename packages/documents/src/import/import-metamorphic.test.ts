import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORM_KIND_LABELS, type FormKind } from '@jixiao/core';
import { importFile } from './import-file';
import { scoreForms } from './score-forms';

/**
 * Metamorphic check: the indicator tables of every keyed document are re-rendered from the key
 * in many layouts (markup, column order, header wording, value folding, width, padding, merging);
 * the content is the same, so each layout must import to the same rows and fields.
 */
type Rec = Record<string, unknown>;
interface Keyed { name: string; forms: Rec[] }

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = resolve(here, '../../test-corpus');
const truthDir = '/work/shared/fixtures/truth';

function loadKeys(): Keyed[] {
  const out: Keyed[] = [];
  for (const f of readdirSync(corpusDir).filter((n) => /^\d{3}-.*\.json$/.test(n)).sort()) {
    out.push({ name: f, forms: (JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as { forms: Rec[] }).forms });
  }
  try {
    for (const f of readdirSync(truthDir).filter((n) => n.endsWith('.json')).sort()) {
      out.push({ name: `seed ${f}`, forms: (JSON.parse(readFileSync(join(truthDir, f), 'utf8')) as { forms: Rec[] }).forms });
    }
  } catch {
    // Seeds live outside the repository; the corpus alone still exercises every layout.
  }
  return out;
}

const SYMBOL: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<', qualitative: '定性' };
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

// Forms whose rows carry a plain comparator, target and name: the rows a table can state unambiguously.
function renderable(form: Rec): boolean {
  const rows = (form.indicators as Rec[] | undefined) ?? [];
  if (rows.length === 0 || form.levels_uncertain) return false;
  return rows.every((r) => typeof r.name === 'string' && r.name && (r.comparator == null || (typeof r.comparator === 'string' && r.comparator in SYMBOL))
    && !/[\n|\t<>&]/.test(text(r.name) + text(r.target) + text(r.unit) + text(r.actual) + text(r.description) + text(r.basis)));
}

type Col = 'level1' | 'level2' | 'name' | 'nature' | 'target' | 'unit' | 'weight' | 'actual' | 'score' | 'description' | 'basis';
const HEADER: Record<Col, string> = { level1: '一级指标', level2: '二级指标', name: '三级指标', nature: '指标性质', target: '指标值', unit: '计量单位', weight: '指标权重', actual: '实际完成值', score: '得分', description: '绩效指标描述', basis: '指标值确定依据' };

interface Grid { title: string; header: string[]; cols: Col[]; rows: string[][] }

function gridOf(form: Rec): Grid {
  const rows = form.indicators as Rec[];
  const has = (k: string) => rows.some((r) => text(r[k]) !== '');
  const selfEval = String(form.kind).includes('self_evaluation');
  const cols: Col[] = ['level1', 'level2', 'name', 'nature', 'target', 'unit'];
  if (has('weight')) cols.push('weight');
  if (selfEval && has('actual')) cols.push('actual');
  if (selfEval && has('score')) cols.push('score');
  if (has('description')) cols.push('description');
  if (has('basis')) cols.push('basis');
  const header = cols.map((c) => (c === 'target' && selfEval ? '年度指标值' : c === 'weight' && selfEval ? '分值' : HEADER[c]));
  return {
    title: FORM_KIND_LABELS[form.kind as FormKind],
    header,
    cols,
    rows: rows.map((r) => cols.map((c) => (c === 'nature' ? (r.comparator == null ? '' : SYMBOL[r.comparator as string]!) : text(r[c])))),
  };
}

// Level cells blank where they repeat the row above: what a merged cell leaves in flat text.
function merged(g: Grid): string[][] {
  return g.rows.map((row, i) => row.map((cell, j) => {
    const c = g.cols[j];
    if ((c === 'level1' || c === 'level2') && i > 0 && g.rows[i - 1]![j] === cell && (c === 'level1' || g.rows[i - 1]![0] === row[0])) return '';
    return cell;
  }));
}

function html(g: Grid): string {
  const spans = g.rows.map(() => g.cols.map(() => 1));
  const skip = g.rows.map(() => g.cols.map(() => false));
  for (const j of [0, 1]) {
    for (let i = 0; i < g.rows.length;) {
      let k = i + 1;
      while (k < g.rows.length && g.rows[k]![j] === g.rows[i]![j] && (j === 0 || g.rows[k]![0] === g.rows[i]![0])) skip[k++]![j] = true;
      spans[i]![j] = k - i;
      i = k;
    }
  }
  const body = g.rows.map((row, i) => `<tr>${row.map((c, j) => (skip[i]![j] ? '' : `<td${spans[i]![j]! > 1 ? ` rowspan="${spans[i]![j]}"` : ''}>${c}</td>`)).join('')}</tr>`).join('\n');
  return `<html><body><p>${g.title}</p>\n<table>\n<tr>${g.header.map((h) => `<td>${h}</td>`).join('')}</tr>\n${body}\n</table></body></html>`;
}
const tsv = (g: Grid, rows = merged(g)) => [g.title, '', g.header.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n');
const lines = (g: Grid, rows = merged(g)) => [g.title, '', ...[g.header, ...rows].flatMap((r) => [...r.map((c) => `\t${c}`), ''])].join('\n');
const markdown = (g: Grid) => [g.title, '', `| ${g.header.join(' | ')} |`, `|${g.header.map(() => '---').join('|')}|`, ...merged(g).map((r) => `| ${r.join(' | ')} |`)].join('\n');

const SYNONYMS: Record<string, string> = { 指标值: '目标值', 年度指标值: '目标值', 计量单位: '度量单位', 指标权重: '权重', 分值: '权重', 三级指标: '指标名称', 指标值确定依据: '取值依据', 绩效指标描述: '指标解释' };
const SYNONYMS2: Record<string, string> = { 指标值: '年度指标值', 计量单位: '单位', 指标权重: '分值' };
const synonyms = (dict: Record<string, string>) => (g: Grid): Grid => ({ ...g, header: g.header.map((h) => dict[h] ?? h) });

function reorder(g: Grid): Grid {
  const order = g.cols.map((_, i) => i);
  const ti = g.cols.indexOf('target');
  const ui = g.cols.indexOf('unit');
  [order[ti], order[ui]] = [order[ui]!, order[ti]!];
  const wi = order.indexOf(g.cols.indexOf('weight'));
  if (wi >= 0) order.push(...order.splice(wi, 1));
  return { title: g.title, header: order.map((i) => g.header[i]!), cols: order.map((i) => g.cols[i]!), rows: g.rows.map((r) => order.map((i) => r[i]!)) };
}
function fold(g: Grid): Grid {
  const keep = g.cols.map((c, i) => (c === 'nature' || c === 'unit' ? -1 : i)).filter((i) => i >= 0);
  const ni = g.cols.indexOf('nature');
  const ti = g.cols.indexOf('target');
  const ui = g.cols.indexOf('unit');
  return {
    title: g.title,
    header: keep.map((i) => g.header[i]!),
    cols: keep.map((i) => g.cols[i]!),
    rows: g.rows.map((r) => keep.map((i) => (i === ti ? `${r[ni] === '=' || r[ni] === '定性' ? '' : r[ni]}${r[ti]}${r[ui]}` : r[i]!))),
  };
}
// Comparators spelled as words, as many published tables write them.
const WORDS: Record<string, string> = { '≥': '不低于', '≤': '不高于', '>': '大于', '<': '小于' };
const wordSigns = (g: Grid): Grid => ({ ...g, rows: g.rows.map((r) => r.map((c, j) => (g.cols[j] === 'nature' ? WORDS[c] ?? c : c))) });
const spaced = (g: Grid): Grid => ({ ...g, rows: g.rows.map((r) => r.map((c) => (c === '' ? c : ` ${c}\u3000`))) });
function foldSign(g: Grid): Grid {
  const keep = g.cols.map((c, i) => (c === 'nature' ? -1 : i)).filter((i) => i >= 0);
  const ni = g.cols.indexOf('nature');
  const ti = g.cols.indexOf('target');
  return {
    title: g.title,
    header: keep.map((i) => g.header[i]!),
    cols: keep.map((i) => g.cols[i]!),
    rows: g.rows.map((r) => keep.map((i) => (i === ti ? `${r[ni] === '=' || r[ni] === '定性' ? '' : r[ni]}${r[ti]}` : r[i]!))),
  };
}
const FULL = (s: string) => s.replace(/[0-9.%≥≤=<>+-]/g, (ch) => ({ '≥': '≥', '≤': '≤' })[ch] ?? String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const fullWidth = (g: Grid): Grid => ({ ...g, rows: g.rows.map((r) => r.map((c, j) => (['target', 'nature', 'unit', 'actual'].includes(g.cols[j]!) ? FULL(c) : c))) });
const padded = (g: Grid) => [g.title, '', `${g.header.join('\t')}\t\t`, ...merged(g).flatMap((r, i) => [`${r.join('\t')}\t\t`, ...(i % 2 ? ['\t\t\t'] : [''])])].join('\n');

const PERTURBATION_LIST: Array<[string, (g: Grid) => string]> = [
  ['html rowspan', html],
  ['tsv', (g) => tsv(g)],
  ['one cell per line', lines],
  ['markdown pipes', markdown],
  ['header synonyms', (g) => tsv(synonyms(SYNONYMS)(g))],
  ['header synonyms (2)', (g) => markdown(synonyms(SYNONYMS2)(g))],
  ['columns reordered', (g) => tsv(reorder(g))],
  ['sign and unit folded', (g) => tsv(fold(g))],
  ['full-width digits', (g) => tsv(fullWidth(g))],
  ['blank rows, trailing cells', padded],
  ['levels repeated', (g) => tsv(g, g.rows)],
  ['levels repeated, one cell per line', (g) => lines(g, g.rows)],
  ['sign folded, unit split', (g) => tsv(foldSign(g))],
  ['comparators as words', (g) => markdown(wordSigns(g))],
  ['padded cells', (g) => tsv(spaced(g))],
  ['full-width html', (g) => html(fullWidth(g))],
];

const PERTURBATIONS = PERTURBATION_LIST.map(([perturbation, render]) => ({ perturbation, render }));

const ROW_ONLY = ['kind', 'indicators'];
const cases = loadKeys().flatMap((k) => k.forms.filter(renderable).map((form, i) => ({ label: `${k.name}#${i}`, form })));

describe('importing the same tables in perturbed layouts', () => {
  it('has keyed forms to perturb', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(PERTURBATIONS)('$perturbation: every row found, fields ≥ 99%', async ({ perturbation, render }) => {
    let fields = 0;
    let right = 0;
    const misses: string[] = [];
    for (const { label, form } of cases) {
      const truthForm = Object.fromEntries(Object.entries(form).filter(([k]) => ROW_ONLY.includes(k)));
      const rendered = render(gridOf(form));
      const result = await importFile(new TextEncoder().encode(rendered), `${label}.${perturbation === 'html rowspan' ? 'html' : 'txt'}`);
      if (!result.ok) throw new Error(result.issues.map((x) => x.message).join('; '));
      const doc = result.document;
      const score = scoreForms({ forms: [truthForm] }, doc as unknown as { forms: Rec[] });
      fields += score.fields;
      right += score.right;
      if (score.rowsMatched !== score.rowsTruth || score.rowsPredicted !== score.rowsTruth) misses.push(`${label}: rows ${score.rowsMatched}/${score.rowsTruth} predicted ${score.rowsPredicted}`);
      misses.push(...score.misses.map((m) => `${label}: ${m}`));
    }
    if (process.env.METAMORPHIC_REPORT) console.log(`${perturbation}: forms ${cases.length}, fields ${right}/${fields}, misses ${misses.length}\n${misses.slice(0, 8).join("\n")}`);
    expect(misses.filter((m) => m.includes(" rows ")), misses.slice(0, 30).join('\n')).toEqual([]);
    expect(right / fields, misses.slice(0, 30).join('\n')).toBeGreaterThanOrEqual(0.99);
  });
});
