import type { Comparator, Indicator } from '../forms/forms-schema';
import type { Policy } from '../policy/policy';
import { readChineseNumeral } from '../values/chinese-numeral';
import { foldWidth } from '../values/normalize-text';
import { NOT_ONE_GRADE } from './grade-scale';
import { bandText, DeferredDerivation } from './deferred-derivation';
import { formatNumber as f, roundScore } from './round-score';
import { bandDefault, bandOf, documentMismatch } from './score-bands';
import { NO_ISSUES, type Derivation, type IndicatorScore, type QualitativeChoice, type ScoreIssue } from './score-types';

/**
 * A row whose number names a step on an ordered scale rather than an amount: 水质 classes in 类 (Ⅰ best, 劣Ⅴ a sixth step),
 * 资质 / 标准化 / 空气质量 / 公路技术 / 森林火险 levels in 级 (一级 best: the lowest fire danger), 耕地质量 grades in 等 or 级 (一等
 * best, GB/T 33469), 预警 levels in 级 (一级 the most severe, 突发事件应对法 §42: a higher number is the lower risk), 医院 levels in
 * 级 (三级 best), stars (more is better), places in a ranking in 名 / 位 (first best). §3's proportions mean
 * nothing there (二类 is not 67% of 三类), and the scale, not the sign, says which way is better: 三类及以上 parses `>=` 3 类 and
 * on water means Ⅲ or better. Met or beaten earns w (a better step has no ratio: no over-achievement); short by one step is
 * 部分达成 and by more 未达成 — rules.md §3 is silent on ranks and its qualitative bands are the natural reading, as for a text
 * grade (grade-scale.ts): the sheet's score stands inside the band, outside it the band's default is taken and flagged.
 * Measures that use 级 as a quantity (风力, 地震, 噪声) and 级 / 类 rows naming no scale keep §3's arithmetic.
 */

type Better = 'lower' | 'higher';
interface Scale { kind: 'class' | 'level' | 'star' | 'grade' | 'place'; better: Better }

const CLASS_LOWER: Scale = { kind: 'class', better: 'lower' };
const LEVEL_LOWER: Scale = { kind: 'level', better: 'lower' };
const LEVEL_HIGHER: Scale = { kind: 'level', better: 'higher' };
const STARS: Scale = { kind: 'star', better: 'higher' };
const GRADE_LOWER: Scale = { kind: 'grade', better: 'lower' };
const PLACE: Scale = { kind: 'place', better: 'lower' };

const RANK_UNITS: ReadonlySet<string> = new Set(['类', '级', '星', '星级', '等', '名', '名次', '位', '位次']);
const PLACE_UNITS: ReadonlySet<string> = new Set(['名', '名次', '位', '位次']);

/** A unit a rank row may have: the cheap gate before any name is read. */
export function mayRank(unit: string): boolean {
  return RANK_UNITS.has(unit.trim());
}

// 风力 / 抗风 / 台风 / 地震 / 震级 / 烈度 / 噪声 / 风险: 级 as a measure, or a scale whose direction the name does not fix.
const MEASURE = /[风震噪浪雨]|烈度|分贝/;
const WATER = /水质|断面|水体|水功能区/;
// 公路技术等级 (高速 > 一级 > … > 四级), 航道等级, 耕地质量等级, 森林火险等级: 一级 best. 道路 alone may be a city road class.
const LOWER_LEVEL = /资质|资格|标准化|空气质量|公路[\u4e00-\u9fa5]{0,4}等级|公路技术|航道等级|耕地|火险/;
const HIGHER_LEVEL = /医院|卫生院|医疗机构|保健院|预警/;
const FARMLAND = /耕地/;
// 名次, 排名, 位次: a place in a ranking (first best).
const PLACE_NAME = /名次|排名|位次|排位|名列/;
// 获奖名次学生人数, 参加排名学校: a name ending on what it counts counts it (§3's arithmetic), whatever ranking it mentions.
const COUNTED_END = /(?:数|数量|人次|人员|学生|学校|单位|机构|企业|个|家|项)$/;
// 排名提升位次, 耕地质量等级提升, 水质提升类别: the number counts steps moved, an amount (more is more), not a step.
const STEP_CHANGE = /提升|提高|上升|前移|后移|进位|晋位|进步|退步|下降|降低|后退|变化|变动|升降|增加|减少/;

/** The rank scale a row's name and unit make, or null when the row is a measure, a change of step or names no scale. */
export function rankScale(name: string, unit: string): Scale | null {
  if (MEASURE.test(name) || STEP_CHANGE.test(name)) return null;
  const u = unit.trim();
  if (u === '星' || u === '星级') return STARS;
  if (u === '类') return WATER.test(name) ? CLASS_LOWER : null;
  if (PLACE_UNITS.has(u)) return PLACE_NAME.test(name) && !COUNTED_END.test(name.trim()) ? PLACE : null;
  if (u === '等') return FARMLAND.test(name) ? GRADE_LOWER : null;
  if (u !== '级') return null;
  // 森林火险预警等级: the 预警 scale (一级 the most severe) is what the row reports.
  const higher = HIGHER_LEVEL.test(name);
  if (LOWER_LEVEL.test(name)) return higher ? (/预警/.test(name) ? LEVEL_HIGHER : null) : LEVEL_LOWER;
  return higher ? LEVEL_HIGHER : null;
}

const NUMERAL: Readonly<Record<string, number>> = {
  'Ⅰ': 1, 'Ⅱ': 2, 'Ⅲ': 3, 'Ⅳ': 4, 'Ⅴ': 5, I: 1, II: 2, III: 3, IV: 4, V: 5,
  '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10,
};
const STEP: Readonly<Record<Exclude<Scale['kind'], 'place'>, RegExp>> = {
  class: /(劣)?(Ⅳ|Ⅴ|Ⅰ|Ⅱ|Ⅲ|IV|V|III|II|I|[一二三四五]|[1-5])类/g,
  level: /(?<![\d.十百一二三四五六七八九])()([一二三四五六]|[1-6])级/g,
  star: /(?<![\d.十百一二三四五六七八九])()([一二三四五六七]|[1-7])星/g,
  grade: /(?<![\d.十百一二三四五六七八九])()(十|[一二三四五六七八九]|10|[1-9])等/g,
};
// The highest step a target may name on each scale (a place may be far down a long ranking).
const MAX_STEP: Readonly<Record<Scale['kind'], number>> = { class: 7, level: 7, star: 7, grade: 10, place: 9999 };
// 第3名, 排名第五, 位列全市第4位, 名列第一: the one place a 完成值 names; 第三季度 is a period (a place word or the end must follow).
const PLACE_STEP = /第([一二三四五六七八九十百]+|\d{1,4})(?=名|位|$|[，,。；;（(\s])/g;
const BARE_PLACE = /^(\d{1,4})(?:名|位)?$/;
// A negated, hedged or forecast step says nothing certain; a span (Ⅰ-Ⅲ类, 二至三类) is no one step.
const BARS = /[未没无非否约近]|不(?!合格)|基本|接近|预计|力争|争取|有望|[-~～—]|[ⅠⅡⅢⅣⅤ一二三四五六\d][至到或、]/;

/** The one step a 完成值 names on the scale (劣Ⅴ类 is 6, 第3名 is 3), or null. */
export function rankStep(actual: string, scale: Scale): number | null {
  const a = foldWidth(actual).replace(/\s+/g, '');
  if (/^\d{1,2}$/.test(a)) return Number(a) >= 1 && Number(a) <= MAX_STEP[scale.kind] ? Number(a) : null;
  if (BARS.test(a) || NOT_ONE_GRADE.test(a)) return null;
  if (scale.kind === 'place') return placeStep(a);
  let step: number | null = null;
  for (const m of a.matchAll(STEP[scale.kind])) {
    if (step != null) return null;
    const n = NUMERAL[m[2]!] ?? Number(m[2]);
    // 劣 is a grade below Ⅴ only: 劣Ⅲ类 is no class.
    if (m[1]) { if (n !== 5) return null; step = 6; } else step = n;
  }
  return step;
}

/** The one place a 完成值 names (第3名, 名列第一, 3名); null for a span (前三名), a change alone or two places. */
function placeStep(a: string): number | null {
  const bare = BARE_PLACE.exec(a);
  if (bare) return Number(bare[1]);
  let place: number | null = null;
  for (const m of a.matchAll(PLACE_STEP)) {
    if (place != null) return null;
    place = /^\d/.test(m[1]!) ? Number(m[1]) : readChineseNumeral(m[1]!);
  }
  return place != null && place >= 1 ? place : null;
}

/** Scores a rank row on its scale; null when it is no rank row or its target or 完成值 names no step (the caller goes on). */
export function scoreRank(
  ind: Indicator, row: number, w: number, cmp: Exclude<Comparator, 'qualitative'>, t: number, policy: Policy, manualScore: number | undefined,
): IndicatorScore | null {
  // A strict sign on a scale (优于 would be one) moves the step by one in a direction only the scale can say: left to §3.
  if (cmp === '<' || cmp === '>' || ind.actual == null || !Number.isInteger(t) || t < 1) return null;
  const scale = rankScale(ind.name, ind.unit!);
  if (scale == null || t > MAX_STEP[scale.kind]) return null;
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
    message: `第${row + 1}行${scale.kind === 'place' ? '名次' : '等级'}指标「${ind.name}」完成「${ind.actual}」比目标${behind(short, scale)}，得分${f(doc)}不在「${band}」区间 ${bandText(band, w, policy)} 内；已按默认分${f(score)}计，请在区间内打分或更正完成值。`,
  }];
  return result(ind, row, w, score, new RankDerivation(ind, w, scale, t, step, band, score, false, policy), issues);
}

function result(ind: Indicator, row: number, w: number, score: number, derivation: Derivation, issues: ScoreIssue[]): IndicatorScore {
  return { row, name: ind.name, weight: w, score, status: 'computed', derivation, issues };
}

const ROMAN = ['', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ'];
const CHINESE = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function spell(step: number, scale: Scale): string {
  switch (scale.kind) {
    case 'class': return `${ROMAN[step] ?? step}类`;
    case 'level': return `${CHINESE[step] ?? step}级`;
    case 'grade': return `${CHINESE[step] ?? step}等`;
    case 'place': return `第${step}名`;
    default: return `${step}星`;
  }
}

/** How far short, in the scale's own words: 低2级, 落后3名. */
function behind(gap: number, scale: Scale): string {
  return scale.kind === 'place' ? `落后${gap}名` : `低${gap}${scale.kind === 'grade' ? '等' : '级'}`;
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
    if (this.#scale.kind === 'place') {
      return '名次指标（名次越靠前越好）：按名次比较，不按比例计分；达到或优于目标名次得满分，落后一名为部分达成，落后两名及以上为未达成';
    }
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
      ? `${head}，${behind(gap, this.#scale)}，「${this.#band}」区间 ${range}，采用填报得分 ${f(this.#score)}`
      : `${head}，${behind(gap, this.#scale)} → 「${this.#band}」默认 ${f(this.#score)}（区间 ${range}）`;
  }
}
