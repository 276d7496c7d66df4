import type { Comparator, Indicator } from '../forms/forms-schema';
import type { Policy } from '../policy/policy';
import { foldWidth } from '../values/normalize-text';
import { bandText, DeferredDerivation } from './deferred-derivation';
import { formatNumber as f, roundScore } from './round-score';
import { bandDefault, bandOf, documentMismatch } from './score-bands';
import { NO_ISSUES, type Derivation, type IndicatorScore, type QualitativeChoice, type ScoreIssue } from './score-types';

/**
 * A row whose number names a step on an ordered scale rather than an amount: 水质 classes in 类 (Ⅰ best, 劣Ⅴ a sixth step),
 * 资质 / 标准化 / 空气质量 levels in 级 (一级 best), 医院 levels in 级 (三级 best), stars (more is better). §3's proportions mean
 * nothing there (二类 is not 67% of 三类), and the scale, not the sign, says which way is better: 三类及以上 parses `>=` 3 类 and
 * on water means Ⅲ or better. Met or beaten earns w (a better step has no ratio: no over-achievement); short by one step is
 * 部分达成 and by more 未达成 — rules.md §3 is silent on ranks and its qualitative bands are the natural reading, as for a text
 * grade (grade-scale.ts): the sheet's score stands inside the band, outside it the band's default is taken and flagged.
 * Measures that use 级 as a quantity (风力, 地震, 噪声) and 级 / 类 rows naming no scale keep §3's arithmetic.
 */

type Better = 'lower' | 'higher';
interface Scale { kind: 'class' | 'level' | 'star'; better: Better }

const CLASS_LOWER: Scale = { kind: 'class', better: 'lower' };
const LEVEL_LOWER: Scale = { kind: 'level', better: 'lower' };
const LEVEL_HIGHER: Scale = { kind: 'level', better: 'higher' };
const STARS: Scale = { kind: 'star', better: 'higher' };

/** A unit a rank row may have: the cheap gate before any name is read. */
export function mayRank(unit: string): boolean {
  const u = unit.trim();
  return u === '类' || u === '级' || u === '星' || u === '星级';
}

// 风力 / 抗风 / 台风 / 地震 / 震级 / 烈度 / 噪声 / 风险: 级 as a measure, or a scale whose direction the name does not fix.
const MEASURE = /[风震噪浪雨]|烈度|分贝/;
const WATER = /水质|断面|水体|水功能区/;
const LOWER_LEVEL = /资质|资格|标准化|空气质量/;
const HIGHER_LEVEL = /医院|卫生院|医疗机构|保健院/;

/** The rank scale a row's name and unit make, or null when the row is a measure or names no scale. */
export function rankScale(name: string, unit: string): Scale | null {
  if (MEASURE.test(name)) return null;
  const u = unit.trim();
  if (u === '星' || u === '星级') return STARS;
  if (u === '类') return WATER.test(name) ? CLASS_LOWER : null;
  if (LOWER_LEVEL.test(name)) return HIGHER_LEVEL.test(name) ? null : LEVEL_LOWER;
  return HIGHER_LEVEL.test(name) ? LEVEL_HIGHER : null;
}

const NUMERAL: Readonly<Record<string, number>> = {
  'Ⅰ': 1, 'Ⅱ': 2, 'Ⅲ': 3, 'Ⅳ': 4, 'Ⅴ': 5, I: 1, II: 2, III: 3, IV: 4, V: 5,
  '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7,
};
const STEP: Readonly<Record<Scale['kind'], RegExp>> = {
  class: /(劣)?(Ⅳ|Ⅴ|Ⅰ|Ⅱ|Ⅲ|IV|V|III|II|I|[一二三四五]|[1-5])类/g,
  level: /(?<![\d.十百一二三四五六七八九])()([一二三四五六]|[1-6])级/g,
  star: /(?<![\d.十百一二三四五六七八九])()([一二三四五六七]|[1-7])星/g,
};
// A negated, hedged or forecast step says nothing certain; a span (Ⅰ-Ⅲ类, 二至三类) is no one step.
const BARS = /[未没无非否约近]|不(?!合格)|基本|接近|预计|力争|争取|有望|[-~～—]|[ⅠⅡⅢⅣⅤ一二三四五六\d][至到或、]/;

/** The one step a 完成值 names on the scale (劣Ⅴ类 is 6), or null. */
export function rankStep(actual: string, scale: Scale): number | null {
  const a = foldWidth(actual).replace(/\s+/g, '');
  if (/^[1-7]$/.test(a)) return Number(a);
  if (BARS.test(a)) return null;
  let step: number | null = null;
  for (const m of a.matchAll(STEP[scale.kind])) {
    if (step != null) return null;
    const n = NUMERAL[m[2]!] ?? Number(m[2]);
    // 劣 is a grade below Ⅴ only: 劣Ⅲ类 is no class.
    if (m[1]) { if (n !== 5) return null; step = 6; } else step = n;
  }
  return step;
}

/** Scores a rank row on its scale; null when it is no rank row or its target or 完成值 names no step (the caller goes on). */
export function scoreRank(
  ind: Indicator, row: number, w: number, cmp: Exclude<Comparator, 'qualitative'>, t: number, policy: Policy, manualScore: number | undefined,
): IndicatorScore | null {
  // A strict sign on a scale (优于 would be one) moves the step by one in a direction only the scale can say: left to §3.
  if (cmp === '<' || cmp === '>' || ind.actual == null || !Number.isInteger(t) || t < 1 || t > 7) return null;
  const scale = rankScale(ind.name, ind.unit!);
  if (scale == null) return null;
  const step = rankStep(ind.actual, scale);
  if (step == null) return null;
  const short = scale.better === 'lower' ? step - t : t - step;
  if (short <= 0) {
    const score = roundScore(w);
    const mismatch = documentMismatch(ind, row, score);
    return result(ind, row, w, score, new RankDerivation(ind, w, scale, t, step, '达成', score, false, policy), mismatch ? [mismatch] : NO_ISSUES);
  }
  const band: QualitativeChoice = short === 1 ? '部分达成' : '未达成';
  const doc = manualScore ?? ind.score;
  if (doc != null && bandOf(doc, w, policy) === band) {
    const score = roundScore(doc);
    return result(ind, row, w, score, new RankDerivation(ind, w, scale, t, step, band, score, true, policy), NO_ISSUES);
  }
  const score = bandDefault(band, w, policy);
  const issues: ScoreIssue[] = doc == null ? NO_ISSUES : [{
    row, code: 'band',
    message: `第${row + 1}行等级指标「${ind.name}」完成「${ind.actual}」比目标低${short}级，得分${f(doc)}不在「${band}」区间 ${bandText(band, w, policy)} 内；已按默认分${f(score)}计，请在区间内打分或更正完成值。`,
  }];
  return result(ind, row, w, score, new RankDerivation(ind, w, scale, t, step, band, score, false, policy), issues);
}

function result(ind: Indicator, row: number, w: number, score: number, derivation: Derivation, issues: ScoreIssue[]): IndicatorScore {
  return { row, name: ind.name, weight: w, score, status: 'computed', derivation, issues };
}

const ROMAN = ['', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ'];
const CHINESE = ['', '一', '二', '三', '四', '五', '六', '七'];

function spell(step: number, scale: Scale): string {
  if (scale.kind === 'class') return `${ROMAN[step] ?? step}类`;
  return scale.kind === 'level' ? `${CHINESE[step] ?? step}级` : `${step}星`;
}

/** A rank row's derivation: the two steps on the scale, how far apart, and the band. */
class RankDerivation extends DeferredDerivation {
  readonly #ind: Indicator;
  readonly #w: number;
  readonly #scale: Scale;
  readonly #t: number;
  readonly #step: number;
  readonly #band: QualitativeChoice;
  readonly #score: number;
  readonly #kept: boolean;
  readonly #policy: Policy;

  constructor(ind: Indicator, w: number, scale: Scale, t: number, step: number, band: QualitativeChoice, score: number, kept: boolean, policy: Policy) {
    super();
    this.#ind = ind;
    this.#w = w;
    this.#scale = scale;
    this.#t = t;
    this.#step = step;
    this.#band = band;
    this.#score = score;
    this.#kept = kept;
    this.#policy = policy;
  }

  protected isDerivation(): boolean {
    return #w in this;
  }

  protected spellInputs(): Derivation['inputs'] {
    return { comparator: this.#ind.comparator, target: this.#ind.target, actual: this.#ind.actual, weight: this.#w };
  }

  protected spellRule(): string {
    const order = this.#scale.better === 'lower' ? '数字越小等级越高' : '数字越大等级越高';
    return `等级指标（${order}）：按等级比较，不按比例计分；达到或优于目标得满分，低一级为部分达成，低两级及以上为未达成`;
  }

  protected spellArithmetic(): string {
    const w = this.#w;
    const head = `w=${f(w)}，目标${spell(this.#t, this.#scale)}，完成${spell(this.#step, this.#scale)}`;
    if (this.#band === '达成') return `${head}，达到或优于目标 → ${f(this.#score)}`;
    const gap = Math.abs(this.#step - this.#t);
    const range = bandText(this.#band, w, this.#policy);
    return this.#kept
      ? `${head}，低${gap}级，「${this.#band}」区间 ${range}，采用填报得分 ${f(this.#score)}`
      : `${head}，低${gap}级 → 「${this.#band}」默认 ${f(this.#score)}（区间 ${range}）`;
  }
}
