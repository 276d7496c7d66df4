import type { Indicator } from '../forms/forms-schema';
import { classifyName } from './classify-name';
import { type GoalQuantity, KNOWN_UNITS, bigUnitScale, chineseNumber, quantityPhrase, unitFamily } from './goal-quantities';
import { statedParts } from './goal-parts';

// What a form's indicator rows carry of the figures its goal states (check-goal.ts asks): the rows' targets by number and
// unit family, totals split over rows, converted units, figures per head, numbers written into names.
const DIGIT = /\d/;
const SATISFACTION_PERCENT = '%满意';

/**
 * A goal's unit and the same measure in other units a row may use: 公里 in 米, 吨 in 公斤 (万 and 亿 apart), and a time
 * limit in hours or minutes (故障2天内修复 by ≤48 小时; 工作日 are not whole days of 24 hours).
 */
type Conversion = { scale: number; family: string | null };
const CONVERTED: ReadonlyMap<string, readonly Conversion[]> = new Map([
  ['米', [{ scale: 0.001, family: unitFamily('公里') }]], ['公里', [{ scale: 1000, family: unitFamily('米') }]], ['千米', [{ scale: 1000, family: unitFamily('米') }]],
  ['公斤', [{ scale: 0.001, family: unitFamily('吨') }]], ['千克', [{ scale: 0.001, family: unitFamily('吨') }]], ['吨', [{ scale: 1000, family: unitFamily('公斤') }]],
  // Areas (养护绿地186公顷 carried by 186万平方米, 20公顷 by 300亩): only the exact factors, as a row writes them.
  ['公顷', [{ scale: 10000, family: unitFamily('平方米') }, { scale: 15, family: unitFamily('亩') }]], ['平方米', [{ scale: 0.0001, family: unitFamily('公顷') }]],
  ['平方公里', [{ scale: 100, family: unitFamily('公顷') }, { scale: 1e6, family: unitFamily('平方米') }]],
  ['天', [{ scale: 24, family: unitFamily('小时') }]], ['日', [{ scale: 24, family: unitFamily('小时') }]],
  ['小时', [{ scale: 1 / 24, family: unitFamily('天') }, { scale: 60, family: unitFamily('分钟') }]], ['分钟', [{ scale: 1 / 60, family: unitFamily('小时') }]],
]);

export interface Carried {
  values: Map<number, Array<string | null>>;
  names: string;
  /** Each unit family's targets in row order, in base units (万 multiplied out): parts a goal's total may be split into. */
  parts: Map<string, number[]>;
  /** The rows with a number in money (元, 万元, 亿元): what money a goal spends may be measured by. */
  money: Indicator[];
}

/**
 * The numbers the indicators carry (targets, and 万-scaled ones), each with the counting families of its
 * units (null: a row without a unit, which matches any), and the numbers written into names.
 */
export function carriedNumbers(rows: Indicator[]): Carried {
  const values = new Map<number, Array<string | null>>();
  const parts = new Map<string, number[]>();
  const money: Indicator[] = [];
  const add = (n: number, family: string | null) => {
    const list = values.get(n);
    if (list) list.push(family); else values.set(n, [family]);
  };
  let names = '';
  for (const ind of rows) {
    const t = ind.target === '' ? NaN : Number(ind.target.includes(',') ? ind.target.replace(/,/g, '') : ind.target);
    if (Number.isFinite(t)) {
      let family = unitFamily(ind.unit);
      // 满意度 ≥90% carries a satisfaction level the goal promises, not 筛查率达到90% by coincidence of number.
      if (family === '%' && classifyName(ind.name).satisfaction) family = SATISFACTION_PERCENT;
      add(t, family);
      if (family === '元') money.push(ind);
      const big = ind.unit == null ? 0 : bigUnitScale(ind.unit.trim());
      const wan = big !== 0;
      if (wan) add(Math.round(t * big * 1e6) / 1e6, family);
      if (family != null && family !== '%' && family !== SATISFACTION_PERCENT && t > 0) {
        const list = parts.get(family);
        const base = wan ? t * big : t;
        if (list) list.push(base); else parts.set(family, [base]);
      }
    }
    if (DIGIT.test(ind.name)) names += `|${ind.name}`;
  }
  return { values, names, parts, money };
}

/**
 * 新建改建公厕5座 carried by 新建公厕 2座 and 改建公厕 3座: the goal's total is the sum of two rows, or of a run of
 * consecutive rows, counting the same things. Rates are not summed.
 */
export function splitOverRows(carried: Carried, q: GoalQuantity, want: string | null): boolean {
  if (want == null || want === '%' || want === 'pp') return false;
  let list = carried.parts.get(want);
  if (list == null || list.length < 2) return false;
  const total = q.value * (bigUnitScale(q.unit) || 1);
  const near = (x: number) => Math.abs(x - total) <= 1e-6 * Math.max(1, total);
  // A total followed by 其中 (3万亩，其中…5000亩) splits only into the parts it lists (goal-parts.ts statedParts).
  const parts = statedParts(q, want);
  if (parts != null) {
    const listed = (x: number) => parts.some((p) => Math.abs(x - p) <= 1e-6 * Math.max(1, p));
    list = list.filter(listed);
    if (list.length < 2) return false;
  }
  for (let i = 0; i < list.length; i++) {
    let run = list[i]!;
    for (let j = i + 1; j < list.length; j++) {
      if (near(list[i]! + list[j]!)) return true;
      run += list[j]!;
      if (j > i + 1 && near(run)) return true;
    }
  }
  return false;
}

// A figure stated per head, per household or per 亩 (亩均, 人均, 每户): the rows measure it in X/亩, X/人.
const PER_HEAD = /(?:人均|户均|生均|亩均|每(?:人|户|亩|名|位|生|平方米|公里|吨|次|个))/;

/**
 * An indicator carries the quantity: the same number in a unit counting the same things, or the number
 * written into a name with no other unit after it (65岁以上老年人健康管理人数 carries 65人, not 65%).
 * A rate change (提高0.2个百分点) is carried by an indicator on that rate, whose target states the level.
 */
export function carries(carried: Carried, q: GoalQuantity, rows: Indicator[]): boolean {
  const want = unitFamily(q.unit);
  if (carriesValue(carried, q, q.value, want, rows) || (q.low !== undefined && carriesValue(carried, q, q.low, want, rows))) return true;
  return splitOverRows(carried, q, want);
}

export function carriesValue(carried: Carried, q: GoalQuantity, value: number, want: string | null, rows: Indicator[]): boolean {
  const families = carried.values.get(value);
  if (families) {
    // A satisfaction level the goal promises (市民满意度达到90%) is carried by a 满意度 row only, not by a 90% of another measure.
    const satisfied = want === '%' && quantityPhrase(q).includes('满意');
    for (const f of families) if (f == null || (f === want && !satisfied) || (f === SATISFACTION_PERCENT && satisfied)) return true;
    // 亩均增收200元 / 人均补助500元 is carried by a row in 元/亩 / 元/人: the goal states the amount per head or per 亩.
    if (want != null && PER_HEAD.test(quantityPhrase(q))) for (const f of families) if (f != null && f.startsWith(`${want}/`)) return true;
  }
  // 1.5万亩 is carried by 15000亩 (a 万 row is entered under both numbers already), 1200米 by 1.2公里, 5.2公里 by 5200米.
  const big = bigUnitScale(q.unit);
  if (big !== 0) {
    const scaled = carried.values.get(Math.round(value * big * 1e6) / 1e6);
    if (scaled) for (const f of scaled) if (f == null || f === want) return true;
  } else {
    for (const other of CONVERTED.get(q.unit) ?? []) {
      const scaled = carried.values.get(Math.round(value * other.scale * 1e6) / 1e6);
      if (scaled) for (const f of scaled) if (f == null || f === other.family) return true;
    }
  }
  if (want === 'pp') {
    const phrase = quantityPhrase(q);
    for (const ind of rows) {
      const facts = classifyName(ind.name);
      if (facts.kind === 'rate' && facts.core.length >= 2 && phrase.includes(facts.core)) return true;
    }
  }
  return nameCarries(carried.names, value, want) || namedInRow(q, rows);
}

/**
 * The quantity is part of what a row names (两项补贴 in 两项补贴发放人数, 三个一批 in 三个一批项目数): a fixed name
 * the goal repeats, not a count the row should state. Only reached for quantities no value carries.
 */
function namedInRow(q: GoalQuantity, rows: Indicator[]): boolean {
  const literal = q.text.slice(q.index, q.index + q.length);
  for (const ind of rows) if (ind.name.includes(literal)) return true;
  return false;
}

const NUMBER_CHAR = /[\d.]/;
const NOT_A_COUNT_AFTER = /^[%％‰岁年月日周]/;

function nameCarries(names: string, value: number, want: string | null): boolean {
  const v = String(value);
  for (let at = names.indexOf(v); at >= 0; at = names.indexOf(v, at + 1)) {
    if (at > 0 && NUMBER_CHAR.test(names[at - 1]!)) continue;
    const after = names.slice(at + v.length, at + v.length + 4);
    if (after !== '' && NUMBER_CHAR.test(after[0]!)) continue;
    if (want === '%') {
      if (after.startsWith('%') || after.startsWith('％')) return true;
      continue;
    }
    if (NOT_A_COUNT_AFTER.test(after)) continue;
    const unit = KNOWN_UNITS.find((u) => after.startsWith(u));
    if (unit === undefined || want == null || unitFamily(unit) === want) return true;
  }
  return false;
}

// 为38座桥梁每座安装传感器4个, 每个水文站配备设备2套, 每人每年体检1次: a figure per item of what the text counts elsewhere
// (38座, 水文站12个, 260名). Periods (每年, 每月, 每次) are no items; a measure word after 每 (每座, 每人) or the noun after 每个
// / 每 (每个水文站, 每村) names the items.
const PER_ITEM = /每(个)?([\u4e00-\u9fa5]{1,4})/g;
const PER_ITEM_CLAUSE_START = /[，,。；;：:！!？?\n]/;
const MEASURE_WORDS = '座所户人名位家台辆处条栋间套项';
const PERIODS = /^(?:年|半年|季|月|旬|周|日|天|次|学期|小时|分钟)/;
const PEOPLE = new Set(['人', '名', '位']);
const NUMERAL = String.raw`(\d+(?:\.\d+)?|[一二两三四五六七八九十百千][零一二两三四五六七八九十百千万]{0,6})`;

/** How the text counts the items a 每 names: 38座 for 每座; 12个水文站 or 水文站12个 for 每个水文站 (the longest noun counted). */
function itemCounts(s: string, item: RegExpExecArray): { counts: number[]; people: boolean; households: boolean } | null {
  const word = item[2]!;
  const head = word[0]!;
  const read = (re: RegExp) => {
    const counts: number[] = [];
    for (const m of s.matchAll(re)) {
      if (m.index > 0 && s[m.index - 1] === '每') continue;
      const n = chineseNumber(m[1]!);
      if (n != null && n > 1) counts.push(n);
    }
    return counts;
  };
  if (item[1] == null && MEASURE_WORDS.includes(head)) {
    const people = PEOPLE.has(head);
    const counts = read(new RegExp(`${NUMERAL}\\s*${people ? '[人名位]' : head}`, 'g'));
    return counts.length > 0 ? { counts, people, households: head === '户' } : null;
  }
  for (let k = word.length; k >= 1; k--) {
    const noun = word.slice(0, k);
    const counts = [...read(new RegExp(`${NUMERAL}\\s*个?${noun}`, 'g')), ...read(new RegExp(`${noun}${NUMERAL}\\s*[个座所处家]`, 'g'))];
    if (counts.length > 0) return { counts, people: false, households: false };
  }
  return null;
}

/**
 * A figure per item carried as its total: the count of those items the same text states times the figure is what a row
 * carries (152个 for 38座 × 4个; 25公里 for 10个村 × 2.5公里); per head, times counted in 次 are carried in 人次 (户次 per
 * household) too. Only reached for quantities no row carries as written.
 */
export function carriedPerItem(carried: Carried, q: GoalQuantity, rows: Indicator[]): boolean {
  const s = q.text;
  let a = q.index;
  while (a > 0 && q.index - a < 30 && !PER_ITEM_CLAUSE_START.test(s[a - 1]!)) a--;
  const clause = s.slice(a, q.index);
  if (!clause.includes('每')) return false;
  let item: RegExpExecArray | null = null;
  PER_ITEM.lastIndex = 0;
  for (let m = PER_ITEM.exec(clause); m; m = PER_ITEM.exec(clause)) {
    if (m[1] != null || !PERIODS.test(m[2]!)) item = m;
    PER_ITEM.lastIndex = m.index + 1;
  }
  if (item == null) return false;
  const found = itemCounts(s, item);
  if (found == null) return false;
  const want = unitFamily(q.unit);
  const families = [want];
  if (want === unitFamily('次') && (found.people || found.households)) families.push(unitFamily(found.people ? '人次' : '户次'));
  for (const n of found.counts) {
    const total = Math.round(n * q.value * 1e6) / 1e6;
    if (families.some((f) => carriesValue(carried, q, total, f, rows))) return true;
  }
  return false;
}
