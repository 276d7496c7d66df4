import { isPlausibleUnit } from '../values/parse-value';
import { VAGUE } from './value-wording';

/**
 * What the row checks read from a unit (%, 定性, 1/10万, 万, 次/周), computed once per distinct unit: units take few
 * distinct values, and the checks run on every keystroke.
 */

// 100%全覆盖 is read as 100 + 「%全覆盖」: coverage stated whole is the share 100%, % and all (FULL_COVERAGE in value-wording.ts).
const PERCENT = /^(%|％|百分比|百分之|‰|[%％](?:全|全面|全部|全域)?覆盖)$/;
const QUALITATIVE_UNIT = /^定性?$/;
// A magnitude with no unit (1.2万 read as 1.2 + 万): how many of what is still missing.
const MAGNITUDE_ONLY = /^[十百千万亿]+$/;
// Percentage points: how a change in a rate is stated (GDP增速 ≥1个百分点).
const POINTS = /^个?百分点$/;
// Times per period (1次/周, 2次/月, 每季度1次): a frequency, good when high, even beside a name that reads as a span of time.
const FREQUENCY = /^(?:次|回|遍|趟)\s*(?:[/／每]|\/?(?:周|月|季度?|年|天|日))/;
// A rate per population base: 1/10万, /10万, 例/万人, 人/千人, 每10万人, ‱ (孕产妇死亡率 ≤10/10万).
// The base may count vehicles or births as well as people: 人/万车, 例/10万活产.
// Parts per base written out (百万分之一, 万分之三) state a rate the same way.
// A base of output (亿元GDP生产安全事故死亡率 in 人/亿元) is a base like any other; so are cases per population
// (电信网络诈骗发案率 in 件/万人) and deaths per machines (特种设备万台死亡率 in 人/万台).
const MONEY = /^[万亿千百]*元/;
// A return period (防洪标准 20年一遇) or a star rating (4星, 星级): higher is better, whatever the name says.
const RISING = /^(?:年一遇|星|星级|颗星)$/;
const MONEY_PER = /^[万亿千百]*元\s*[/／每]/;
// The kind of thing a unit counts, to check against what the name says it counts (…面积 in 个, …人数 in 万元).
// 人·月, 人·天 and 人次 count people's time or visits: people all the same. 亩·次 and 万亩次 are areas worked.
const PEOPLE_UNIT = /^[十百千万亿]*(?:人|人次|人·次|名|人·月|人·天|人天|人月)$/;
// Households: how 户厕 and 危房改造 are counted as well as people.
const HOUSEHOLD_UNIT = /^[十百千万亿]*(?:户|户次)$/;
const AREA_UNIT = /^[十百千万亿]*(?:亩|公顷|平方米|平方公里|平方千米|㎡|m²|m2|km²|hm²)(?:·?次)?$/;
// Transactions, orders and parcels (笔, 单, 票) are counted one by one as well: never an amount of money.
const ITEM_UNIT = /^[十百千万亿]*(?:个|台|套|台（套）|台\(套\)|座|口|处|条|辆|张|艘|架|只|头|羽|家|所|间|栋|项|件|宗|块|眼|盏|株|棵|册|本|批|批次|场|期|班|箱|颗|枚|笔|单|票)$/;
// Times a thing is done (次, 场次, 轮): a count of work, as 个 and 场 are.
const TIMES_UNIT = /^[十百千万亿]*(?:次|场次|轮|轮次|期次|趟|遍)$/;
// A length (公里, 米, km) and a span of time (天, 小时, 个工作日): what 里程 and 时长 are measured in, never money or people.
const LENGTH_UNIT = /^[十百千万]*(?:公里|千米|米|km|KM|m)$/;
// A weight, what produce and goods bought or sold are measured in (万吨, 公斤).
const WEIGHT_UNIT = /^[十百千万亿]*(?:吨|公斤|千克|斤)$/;
// Deals counted (笔): a loan or a guarantee made is counted in them as rightly as in money.
const DEALS_UNIT = /^[十百千万亿]*笔$/;
const VISITS_UNIT = /^[十百千万亿]*(?:人次|人·次|户次)$/;
const DURATION_UNIT = /^(?:个)?(?:工作日|天|日|小时|分钟|周|个月|月|季度|年)$/;
// Energy used (千瓦时, 吨标准煤): what 能耗 is measured in, never what a charge (电费) is.
const ENERGY_UNIT = /^[十百千万亿]*(?:千瓦时|kWh|KWh|kwh|度电|吨标准煤|吨标煤)$/;
// Broadcast time lost per hundred hours aired (安全播出停播率 ≤10秒/百小时) is a rate per base of time; complaints per
// million parcels (快递服务有效申诉率 ≤5件/百万件) a rate per base of items handled, and bird strikes per ten thousand
// movements (鸟击事件发生率 ≤0.5次/万架次) a rate per base of trips made (架次, 艘次, 航次, 车次, 班次).
const PER_BASE = /^(?:‱|[\d.]*(?:人|例|名|户|起|次|人次|件|宗|秒|分钟|分|小时)?\s*(?:[/／]|每)\s*(?:\d+|[一十百千万亿])+(?:人|例|名|户|活产|人口|人次|出生|车|辆|台|公里|平方公里|元|小时|件|件次|单|票|架次|艘次|航次|车次|班次)?|[十百千万亿]+分之[\d一二三四五六七八九十]*)$/;

// The period a compound unit is per (升/人·日, 万人次/月, 元/人·年, 千瓦时/平方米·月, 次/年): the last part after the slash that
// names one. A unit with no slash (人·天, 小时) is per nothing.
const PER_PERIOD = /[/／](?:[^/／]*[·・])?(?:\d*|[一两三四五六七八九十半]*)(?:个)?(日|天|周|月|季度?|年)$/;
const PERIODS = { 日: 'day', 天: 'day', 周: 'week', 月: 'month', 季: 'quarter', 季度: 'quarter', 年: 'year' } as const;
export type Period = (typeof PERIODS)[keyof typeof PERIODS];
// What the head of a compound unit measures (吨 in 吨/平方公里·年, 元 in 元/亩): a rate or an intensity of that, per its base.
const COMPOUND = /^([^/／]+)[/／]/;

/** What the checks read from a (trimmed, non-empty) unit; units take few distinct values, so this is remembered. */
export interface UnitFacts {
  percent: boolean;
  /** ‰: a share of a thousand, which a rate takes because it is small by nature (婴儿死亡率, 报告患病率 ≥4.5‰). */
  perMille: boolean;
  qualitative: boolean;
  /** Words mixed into the unit (100%完成 read as 100 + 完成): neither a percent nor a plausible unit. */
  mixed: boolean;
  /** A rate per population base (1/10万, 例/万人, ‱): how mortality and incidence rates are stated. */
  perBase: boolean;
  /** Only a magnitude (万, 千): the unit proper is missing. */
  magnitude: boolean;
  /** 个百分点: a change in a rate. */
  points: boolean;
  /** 次/周, 次/年: how often, not how long. */
  frequency: boolean;
  /** Money per recipient or per unit (元/人, 万元/村, 元/亩): a standard or a unit price. */
  moneyPer: boolean;
  /** Money (元, 万元, 元/人): as opposed to 万人 or 万亩. */
  money: boolean;
  /** A grade that is better higher whatever the name (20年一遇 flood protection, 4星): a ceiling on it is the wrong way round. */
  rising: boolean;
  /**
   * What the unit counts: people (人, 人次, 人·月), households (户), an area (亩, 平方米, 万亩·次), items (个, 台, 头), times a
   * thing is done (次, 场次), money (元), a length (公里), a span of time (天, 小时); else null.
   */
  counts: 'people' | 'households' | 'area' | 'item' | 'times' | 'money' | 'length' | 'duration' | 'energy' | null;
  /** Visits (人次, 户次): people counted each time served, so a count of times (上门服务次数) may be in them. */
  visits: boolean;
  /** A weight (吨, 公斤): what goods are measured in, never what they are worth. */
  weight: boolean;
  /** Deals counted (笔): how loans and guarantees made are counted, besides their money. */
  deals: boolean;
  /** The period a compound unit is per (万人次/日 → day, 元/人·年 → year), else null. */
  period: Period | null;
  /** What the head of a compound unit measures (吨/平方公里·年 → weight, 元/亩 → money, 万亩/年 → area), else null. */
  head: 'weight' | 'money' | 'area' | 'other' | null;
}

const UNIT_FACTS = new Map<string, UnitFacts>();
const UNIT_FACTS_LIMIT = 5000;

// The last unit read and its facts: a form's rows mostly share a few units (%, 人, 次), and comparing two
// short strings costs less than a map lookup by a string not hashed yet.
let lastUnit = '';
let lastUnitFacts: UnitFacts | null = null;

export function unitFacts(unit: string): UnitFacts {
  if (lastUnitFacts !== null && unit === lastUnit) return lastUnitFacts;
  let facts = UNIT_FACTS.get(unit);
  if (!facts) facts = newUnitFacts(unit);
  lastUnit = unit;
  lastUnitFacts = facts;
  return facts;
}

function newUnitFacts(unit: string): UnitFacts {
  const facts: UnitFacts = {
    percent: isPercentUnit(unit),
    perMille: unit === '‰',
    qualitative: QUALITATIVE_UNIT.test(unit),
    mixed: VAGUE.test(unit) && !PERCENT.test(unit) && !isPlausibleUnit(unit),
    perBase: PER_BASE.test(unit),
    magnitude: MAGNITUDE_ONLY.test(unit),
    points: POINTS.test(unit),
    frequency: FREQUENCY.test(unit),
    moneyPer: MONEY_PER.test(unit),
    money: MONEY.test(unit),
    rising: RISING.test(unit),
    visits: VISITS_UNIT.test(unit),
    weight: WEIGHT_UNIT.test(unit),
    deals: DEALS_UNIT.test(unit),
    period: periodOf(unit),
    head: headOf(unit),
    counts: MONEY.test(unit) ? 'money' : PEOPLE_UNIT.test(unit) ? 'people' : HOUSEHOLD_UNIT.test(unit) ? 'households' : AREA_UNIT.test(unit) ? 'area' : ITEM_UNIT.test(unit) ? 'item' : TIMES_UNIT.test(unit) ? 'times' : LENGTH_UNIT.test(unit) ? 'length' : DURATION_UNIT.test(unit) ? 'duration' : ENERGY_UNIT.test(unit) ? 'energy' : null,
  };
  if (UNIT_FACTS.size >= UNIT_FACTS_LIMIT) UNIT_FACTS.clear();
  UNIT_FACTS.set(unit, facts);
  return facts;
}

export const NO_UNIT: UnitFacts = {
  percent: false, perMille: false, qualitative: false, mixed: false, perBase: false, magnitude: false, points: false, frequency: false, moneyPer: false, money: false, rising: false, counts: null, visits: false, weight: false, deals: false, period: null, head: null,
};

function periodOf(unit: string): Period | null {
  const m = PER_PERIOD.exec(unit);
  return m == null ? null : PERIODS[m[1] as keyof typeof PERIODS];
}

function headOf(unit: string): UnitFacts['head'] {
  const m = COMPOUND.exec(unit);
  if (m == null) return null;
  const h = m[1]!.trim();
  return WEIGHT_UNIT.test(h) ? 'weight' : MONEY.test(h) ? 'money' : AREA_UNIT.test(h) ? 'area' : 'other';
}

export function isPercentUnit(unit: string | null): boolean {
  return unit != null && PERCENT.test(unit.trim());
}
