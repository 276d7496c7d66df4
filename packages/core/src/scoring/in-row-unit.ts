import { isPlausibleUnit } from '../values/parse-value';

/**
 * The unit arithmetic of a 完成值 (readActualInUnit): a number written in one unit, read in the row's unit — magnitudes
 * (万 / 亿 / 千 / 百), shares (% ‰ ‱), money, and units of one measure that convert exactly (米 / 公里, 分钟 / 小时).
 */
export interface ActualInUnit {
  /** The actual in the indicator's unit; NaN when none is stated. */
  value: number;
  /** The unit written with the actual when it cannot be the indicator's: hand-scored, and the cell to fix. */
  clash: string | null;
}

type UnitKind = 'percent' | 'tenths' | 'score' | 'money' | 'magnitude' | 'other';

// 千 before a unit scales it as 万 does (3千人次 is 3000 人次, 5千元 5000 元), except where it starts a unit of its own:
// 千米 千克 千瓦 千伏 千帕 千焦 千卡 千赫 (MEASURES converts those it knows), 千兆 (a speed), 千分 / 千分比 (‰).
const OWN_KILO_UNIT = /^千(?:米|克|瓦|伏|帕|焦|卡|赫|兆|分|比)/;
const WAN = 0x4e07;
const HUNDRED = 0x767e;
const OWN_HUNDRED_UNIT = /^百(?:分|米)/;

/** The magnitude written in front of a unit: 亿 1e8, 千万 1e7, 万 1e4, 千 1e3 (3千人次, 2千万元); 1 for none. */
function magnitudeOf(unit: string): number {
  const c = unit.charCodeAt(0);
  if (c === 0x4ebf) return 1e8; // 亿
  if (c === WAN) return unit.startsWith('万分') ? 1 : 1e4;
  if (c === 0x5343) return unit.charCodeAt(1) === WAN ? 1e7 : OWN_KILO_UNIT.test(unit) ? 1 : 1e3; // 千
  // 6百人次, 2百万元: 百 before a unit scales it as 千 does; 百分 (%, 百分点) and 百米 (a distance) are units of their own.
  if (c === HUNDRED && unit.length > 1) return unit.charCodeAt(1) === WAN ? 1e6 : OWN_HUNDRED_UNIT.test(unit) ? 1 : 1e2;
  return 1;
}

/** The unit without its magnitude: 万人次 → 人次, 亿元 → 元, 千万元 → 元, 万 → ''. */
function baseOf(unit: string): string {
  const m = magnitudeOf(unit);
  return m === 1 ? unit : unit.slice(m === 1e7 || m === 1e6 ? 2 : 1);
}

/** How many of the unit make one percent: 1 for % and 个百分点, 10 for ‰ (千分之), 100 for ‱ (万分之). */
function partsPerPercent(unit: string): number {
  if (unit.includes('‰') || unit.startsWith('千分')) return 10;
  if (unit.includes('‱') || unit.startsWith('万分')) return 100;
  return 1;
}

function kindOf(unit: string): UnitKind {
  if (unit.includes('%') || unit.includes('‰') || unit.includes('‱') || unit.includes('百分') || unit.startsWith('千分') || unit.startsWith('万分') || unit === '比例' || unit === '比率') return 'percent';
  if (unit === '分' || unit === '分值') return 'score';
  // 九成 (tenths) is a share, yet no rate of a % row (actuals set 1 leaves 八成 under % to a person) nor a count of one.
  if (unit === '成') return 'tenths';
  const base = baseOf(unit);
  if (base === '') return 'magnitude';
  if (base.startsWith('元')) return 'money';
  return 'other';
}

/**
 * The number n written with unit `written` in the row's unit; NaN plus the clash when the two units are of kinds
 * that cannot stand for each other. Units of the same kind that merely differ (个 / 项, 天 / 个工作日) are taken
 * as written: the clerk's unit is no conversion table.
 */
export function inRowUnit(n: number, written: string | null, rowUnit: string | null): ActualInUnit {
  if (written == null || written === '' || rowUnit == null) return { value: n, clash: null };
  const row = rowUnit.trim();
  if (row === '' || row === written) return { value: n, clash: null };
  const ka = kindOf(written);
  const kr = kindOf(row);
  // A row unit nobody can read (定性, 无, 综合) judges nothing.
  if (kr === 'other' && !plausibleRowUnit(row) && !MEASURES.has(baseOf(row))) return { value: n, clash: null };
  // Multiplied before divided: 3200 × 1e4 / 1e8 is the double nearest 0.32, 3200 × (1e4 / 1e8) is not.
  if (ka === 'magnitude') return kr === 'percent' || kr === 'score' ? { value: NaN, clash: written } : { value: scaled(n, magnitudeOf(written), magnitudeOf(row)), clash: null };
  if (ka !== kr) return { value: NaN, clash: written };
  // 8‰ under a % row is 0.8: a share written in a finer base than the row's (千分 10, 万分 100 parts per percent) is
  // converted, as 米 under 公里 is. The other way round is taken as written: 95%以上 on a ‰ row is a unit column set
  // wrong far more often than 950‰ (held-out value cells set 4).
  if (ka === 'percent') {
    const sw = partsPerPercent(written);
    const sr = partsPerPercent(row);
    return { value: sw > sr ? (n * sr) / sw : n, clash: null };
  }
  const bw = baseOf(written);
  const br = baseOf(row);
  if (ka === 'money' || bw === br) return { value: scaled(n, magnitudeOf(written), magnitudeOf(row)), clash: null };
  // 1500米 under 公里, 90分钟 under 小时: units of one measure convert exactly; of two measures (3公里 under 天) they
  // cannot stand for each other. Units outside the table (个 / 项, 天 / 个工作日) are taken as written.
  const [nw, dw] = perParts(bw);
  const [nr, dr] = perParts(br);
  // 1050斤/亩 under 公斤/亩: a rate per the same base converts as its measure does.
  const perSameBase = dw !== null && dw === dr;
  // 1.6万件 under 件/日: the count written without the row's base is the row's own count per that base (the cell's lead,
  // 日均投递, names the period); its 万 / 亿 still scale it, as 日均1.6万件 (件/日 read off the lead) does.
  if (dw === null && dr !== null && nw === nr) return { value: scaled(n, magnitudeOf(written), magnitudeOf(row)), clash: null };
  const uw = perSameBase ? nw : bw;
  const ur = perSameBase ? nr : br;
  // 310人 under 天, 12600卷 under 页, 4500人 under 户: units that each name what they count, of two different things, cannot
  // stand for each other though neither converts; the generic classifiers (个, 项, 件, 次) name nothing and are taken as written.
  // 一级 under 个, 三星级 under 家, 二级 under 星级: a step on a scale is no count of anything, nor a step on another scale.
  const sw = SCALE_STEPS.get(uw);
  if (sw !== undefined && sw !== SCALE_STEPS.get(ur)) return { value: NaN, clash: written };
  const fw = familyOf(uw);
  const fr = fw === undefined ? undefined : familyOf(ur);
  if (fr !== undefined && fw !== fr) return { value: NaN, clash: written };
  const mw = MEASURES.get(uw);
  const mr = mw === undefined ? undefined : MEASURES.get(ur);
  if (mw === undefined || mr === undefined) return { value: n, clash: null };
  if (mw.measure !== mr.measure) return { value: NaN, clash: written };
  return { value: (n * magnitudeOf(written) * mw.factor) / (magnitudeOf(row) * mr.factor), clash: null };
}

/** A rate unit's measure and base (公斤/亩 → 公斤, 亩); the unit and null when it is no rate. */
function perParts(unit: string): [string, string | null] {
  const slash = unit.indexOf('/');
  return slash > 0 && slash === unit.lastIndexOf('/') ? [unit.slice(0, slash), unit.slice(slash + 1)] : [unit, null];
}

/**
 * n at magnitude `from` in magnitude `to`. Up by a whole factor (2.3亿元 under 万元: 2.3 × 10⁴ is 23000, where 2.3 × 10⁸
 * ÷ 10⁴ is 22999.999999999996); down multiplied before divided (3200 × 10⁴ ÷ 10⁸ is the double nearest 0.32).
 */
function scaled(n: number, from: number, to: number): number {
  return from >= to ? n * (from / to) : (n * from) / to;
}

/**
 * Units of measure whose conversion is fixed by definition, each in whole multiples of the measure's smallest unit
 * listed (so the usual conversions stay exact in binary): 毫米 for length, 克 for mass, 平方米 for area, 毫升 for
 * volume, 秒 for time, 瓦 for power. 万 / 亿 / 千 in front (万平方米, 万吨) are handled by magnitudeOf. Units whose size
 * depends on the calendar or the office (月, 工作日) are not here.
 */
const MEASURES: ReadonlyMap<string, { measure: string; factor: number }> = new Map(
  ([
    ['length', { 毫米: 1, mm: 1, 厘米: 10, cm: 10, 米: 1000, m: 1000, 千米: 1e6, 公里: 1e6, km: 1e6 }],
    ['mass', { 克: 1, g: 1, 千克: 1000, 公斤: 1000, kg: 1000, 斤: 500, 吨: 1e6 }],
    ['area', { 平方米: 1, '㎡': 1, 'm²': 1, m2: 1, 亩: 2000 / 3, 公顷: 1e4, 平方公里: 1e6, 平方千米: 1e6, 'km²': 1e6 }],
    ['volume', { 毫升: 1, ml: 1, 升: 1000, L: 1000, 立方米: 1e6, 'm³': 1e6 }],
    ['time', { 秒: 1, s: 1, 分钟: 60, min: 60, 小时: 3600, h: 3600, 天: 86400 }],
    ['power', { 瓦: 1, W: 1, 千瓦: 1e3, kW: 1e3, 兆瓦: 1e6, MW: 1e6 }],
  ] as const).flatMap(([measure, units]) => Object.entries(units).map(([unit, factor]) => [unit, { measure, factor }] as const)),
);

/**
 * Count units that name what they count: people (人, 名, 人次), households (户), pages and bound volumes (页 / 卷, 册, 本), and
 * the calendar's spans (工作日, 周, 个月) beside the time units MEASURES converts. Two of different families state different things.
 */
const COUNTED: ReadonlyMap<string, string> = new Map(
  ([
    ['people', ['人', '名', '位', '人次', '人·次']],
    ['households', ['户', '户次']],
    ['pages', ['页']],
    ['volumes', ['卷', '册', '本']],
    ['time', ['日', '工作日', '个工作日', '周', '个月']],
  ] as const).flatMap(([family, units]) => units.map((u) => [u, family] as const)),
);

/**
 * Units that name a step on a scale (levels, stars, the 等 of 耕地质量等级), not an amount; 类 is also a count (共42类) and
 * stays out.
 */
const SCALE_STEPS: ReadonlyMap<string, string> = new Map([['级', 'level'], ['星', 'star'], ['星级', 'star'], ['等', 'grade']]);

/** The family a unit belongs to: its measure (length, time…) or what it counts (people, households…); undefined for none. */
function familyOf(unit: string): string | undefined {
  return MEASURES.get(unit)?.measure ?? COUNTED.get(unit);
}

/** 百人次, 百户: a unit counted in hundreds (6百人次), which magnitudeOf scales; 百分 and 百米 are units of their own. */
export function isHundredsOf(written: string): boolean {
  return written.length > 1 && written.charCodeAt(0) === HUNDRED && !OWN_HUNDRED_UNIT.test(written) && isPlausibleUnit(written.slice(1));
}

// Whether a row unit is one a reader can judge, by unit text: the few distinct units of a sheet repeat on every row.
const PLAUSIBLE_ROW_UNIT = new Map<string, boolean>();

function plausibleRowUnit(unit: string): boolean {
  let known = PLAUSIBLE_ROW_UNIT.get(unit);
  if (known === undefined) {
    known = isPlausibleUnit(unit);
    // Bounded: a stream of odd units must not grow the cache without end.
    if (PLAUSIBLE_ROW_UNIT.size >= 4096) PLAUSIBLE_ROW_UNIT.clear();
    PLAUSIBLE_ROW_UNIT.set(unit, known);
  }
  return known;
}

/** Whether an actual written in % (60%) cannot be a number of the row's unit (小时, 人): the quick read's check. */
export function percentClashes(rowUnit: string): boolean {
  const row = rowUnit.trim();
  return row !== '' && kindOf(row) !== 'percent' && plausibleRowUnit(row);
}
