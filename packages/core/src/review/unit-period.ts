import type { NameFacts } from './name-facts';
import type { Period, UnitFacts } from './unit-facts';

/**
 * Readings of a compound unit against the name beside it: the period a flow is per (日均客运量 in 万人次/月), and magnitudes
 * no count per head, yield per mu or days in a year can reach. Both run only on rows whose unit is compound or in days, so
 * the plain rows (%, 人, 个) pay one field read.
 */

// The period a name states its figure per: 日均, 每日, 人均日供水量 (a day); 月均, 月人均补差 (a month); 年均, 年人均学时,
// 单位面积年用电量 (a year). 年 after 老/青/少 (老年人均, 青年人均) or a digit (2024年) names people or a date, not a period; 日常 and
// 节日 name none.
const NAME_PERIODS: ReadonlyArray<readonly [Period, RegExp]> = [
  ['day', /日均|每日|每天|单日|人均日|(?<![节假作平工])日(?:处理|供水|用水|供气|接待|发车|客运|清运|收运|吞吐|门诊|产生|运行)/],
  ['week', /周均|每周/],
  ['month', /月均|每月|单月|月人均|人均月/],
  ['quarter', /季均|每季度?/],
  ['year', /年均|每年|人均年|(?<![老青少成幼童中壮\d])年(?:人均|用电|用水|用气|用能|耗电|耗水|能耗|发电|节约|处理|接待|客运|吞吐|产值|产量|出栏|培训|办案)/],
];
const PERIOD_WORDS: Record<Period, string> = { day: '日', week: '周', month: '月', quarter: '季度', year: '年' };

/** The period the name states when the unit is per another one (日供水量 in 升/人·月): the words for both, else null. */
export function periodClash(core: string, uf: UnitFacts): { name: string; unit: string } | null {
  if (uf.period == null) return null;
  let named: Period | null = null;
  for (const [period, re] of NAME_PERIODS) {
    if (!re.test(core)) continue;
    // A name with two periods (年均日供水量) says a day's figure averaged over the year: either unit may be meant.
    if (named != null) return null;
    named = period;
  }
  return named == null || named === uf.period ? null : { name: PERIOD_WORDS[named], unit: PERIOD_WORDS[uf.period] };
}

// Provision per head of a population of a thousand or more (每千常住人口床位数, 每万人口全科医生数): no more than half the
// population is ever provided for, in beds, staff or sites. Per hundred (每百名学生计算机台数, 每百户汽车) may pass the base.
const PER_POPULATION = /^每(千|万|十万)(?:常住|户籍|服务)?(?:人口|人|名)/;
const BASES: Record<string, number> = { 千: 1e3, 万: 1e4, 十万: 1e5 };
const SERVED = /诊疗|就诊|门诊|住院|体检|签约|服务|接种|筛查|检查|培训|参保|受益|覆盖|随访|管理|救助/;
// A yield per mu (亩产, 单产, 产量 in 公斤/亩): grain and oil crops stay below 2000 kg a mu (the national maize record is about
// 1660 kg); no crop, under glass or not, reaches 50 tonnes a mu.
const YIELD = /(?:亩产|单产|产量)/;
// Silage and fresh maize (青贮玉米, 鲜食玉米) are weighed whole and green: 3–5 tonnes a mu is usual, held to the 50 t bound.
const GRAIN = /(?<!青贮|鲜食|饲用|甜)(?:粮食|玉米|麦|稻|大豆|谷子|高粱|油菜|花生|谷物)/;
const PER_MU_WEIGHT = /^(公斤|千克|kg|斤|吨)[/／]亩$/;
const KG = { 公斤: 1, 千克: 1, kg: 1, 斤: 0.5, 吨: 1000 } as const;
// Days in a year (年均开放天数, 全年服务天数): at most 366.
const DAYS_A_YEAR = /(?:年均|全年|每年|年度|(?<![老青少成幼童中壮\d])年)[\u4e00-\u9fa5]{0,8}(?:天数|日数)$/;
const DAY_UNIT = /^(?:天|日)$/;

/** A floor or a target no row can reach by the measure's own size: the reason in words, else null. */
export function pastItsSize(facts: NameFacts, uf: UnitFacts, unit: string, n: number): string | null {
  if (uf.counts === 'item' || uf.counts === 'people') {
    // Services per head (诊疗人次, 体检人次, 签约人数) count visits and people served, which may pass the base; only
    // what is provided for the population (床位, 医师, 托位) is bounded by it.
    const m = facts.kind === 'count' && !unit.endsWith('人次') && !SERVED.test(facts.core) ? PER_POPULATION.exec(facts.core) : null;
    if (m != null && n > BASES[m[1]!]! / 2) return `每${m[1]}人口配置的数量不会超过人口的一半`;
  }
  if (uf.head === 'weight' && YIELD.test(facts.core)) {
    const w = PER_MU_WEIGHT.exec(unit);
    if (w != null) {
      const kg = n * KG[w[1] as keyof typeof KG];
      if (kg > (GRAIN.test(facts.core) ? 2000 : 50000)) return GRAIN.test(facts.core) ? '粮油作物亩产不超过 2000 公斤' : '任何作物亩产都达不到 50 吨';
    }
  }
  if (uf.counts === 'duration' && n > 366 && DAY_UNIT.test(unit) && DAYS_A_YEAR.test(facts.core)) return '一年最多 366 天';
  return null;
}
