import type { Comparator } from '../forms/forms-schema';
import { foldWidth } from '../values/normalize-text';

/**
 * A value written in parts, each a clause with its figure: 已拨付120万元，待拨付80万元; 已签合同金额260万元，已支付110万元;
 * 已支付45万元，退回3万元; 应建5个，已建3个. What the row measures is read by the meaning of each part: work or money still
 * to come (待, 在建, 正在, 计划, 应, 剩余, 洽谈) is not done; a part of the figure before it (其中) is in it already; money
 * returned (退回, 退款, 收回) comes off what was paid; a sum signed (合同, 签约, 中标) is paid only under a row that
 * counts contracts. Of the parts done, those whose verb the row's name uses (支出 under 专项债支出金额), else all of
 * them when they share one verb (支付进度款120万元、质保金15万元); parts done in different ways stay unread.
 */

export interface ValueParts {
  /** The figure done, in the row's unit (or, under a rate, the share done of done and to come, in percent). */
  value: number;
  /** How it was read, in Chinese. */
  how: string;
}

type Kind = 'done' | 'rest' | 'total' | 'part' | 'refund' | 'signed';

// 其中线上200人次 is inside the figure before it; 较序时进度慢3次 compares, and states nothing done.
const PART = /^(?:其中|含|较|比|同比|环比)/;
// 应参保1,200人, 计划12次, 共5个: the whole the row plans, not done.
const TOTAL = /^(?:年度|全年|本年)?(?:应|计划|共|总|合计|全年|目标|预计|预期|争取|力争|拟)/;
// 待拨付80万元, 在建2个, 3个招标中, 另3个已完成初验: work or money still to come.
const REST = /待|未|正在|在建|在施|在库|洽谈|培育|剩余|尚有|另|还有|还差|中$|初验|预计/;
// 112户（含上年结转12户）: what last year carried over is no part of this year's work.
const REFUND = /退回|退款|退还|收回|追回|缴回|^含(?:上年度?|去年|以前年度)结转/;
const SIGNED = /合同|签约|中标/;
// The verb of a part done: the word the row's name may repeat.
const VERB = /(建成|完工|竣工|开工|拨付|支付|付款|支出|发行|验收|开通|入库|投产|落地|到位|上线|发放|通关|办结|改造|培训|新增|完成)/;
// A slash between words parts two clauses (已拨付120万元/待拨付80万元); between figures it is done of planned (85/120户).
const CLAUSE = /[，,；;、]|(?<!\d)[/／](?!\d)/;
const REMARK = /[（(][^（()）]*[）)]/g;
const FIGURE = /(-?\d+(?:\.\d+)?)/;

interface Part {
  kind: Kind;
  verb: string | null;
  figure: number;
  /** The text after the figure (its unit and what follows). */
  after: string;
}

function kindOf(lead: string, clause: string): Kind {
  if (REFUND.test(lead)) return 'refund';
  if (PART.test(lead)) return 'part';
  if (TOTAL.test(lead)) return 'total';
  if (REST.test(clause)) return 'rest';
  if (SIGNED.test(lead)) return 'signed';
  return 'done';
}

const MONEY: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 亿元: 1e8 };
const MONEY_AFTER = /^(亿元|万元|千元|元)/;

/** The figure of a part in the row's unit: written in it, or in another unit of money; null in any other unit. */
function inUnit(p: Part, unit: string | null): number | null {
  const u = (unit ?? '').trim();
  const after = p.after.replace(/\s+/g, '');
  if (u === '' || /^[%％]$/.test(u)) return null;
  const money = MONEY_AFTER.exec(after)?.[1];
  if (money && MONEY[u] != null) return (p.figure * MONEY[money]!) / MONEY[u]!;
  return after.startsWith(u) ? p.figure : null;
}

/** The parts of a value, when it has at least two clauses with a figure each; null otherwise. */
function partsOf(actual: string): Part[] | null {
  const s = foldWidth(actual).replace(/(\d),(?=\d{3})/g, '$1').replace(/[（(](含(?:上年度?|去年|以前年度)结转[^（()）]*)[）)]/, '，$1').replace(REMARK, '').trim();
  const clauses = s.split(CLAUSE).map((c) => c.trim()).filter((c) => c !== '');
  if (clauses.length < 2) return null;
  const parts: Part[] = [];
  let verb: string | null = null;
  for (const c of clauses) {
    const m = FIGURE.exec(c);
    // A clause without a figure, or with two, is no part of this kind.
    if (!m || (c.match(/\d+(?:\.\d+)?/g) ?? []).length !== 1) return null;
    const lead = c.slice(0, m.index);
    const kind = kindOf(lead, c);
    // 支付进度款120万元、质保金15万元: a part with no verb of its own shares the one before it.
    const own = VERB.exec(lead)?.[1] ?? null;
    if (kind === 'done') verb = own ?? verb;
    parts.push({ kind, verb: kind === 'done' ? verb : own, figure: Number(m[1]), after: c.slice(m.index + m[0].length) });
  }
  return parts;
}

/** The figure a value in parts states for the row, or null when it is not such a value or the parts do not say. */
export function valueInParts(actual: string, unit: string | null, name: string, comparator: Exclude<Comparator, 'qualitative'>, cumulative: boolean): ValueParts | null {
  const parts = partsOf(actual);
  if (!parts) return null;
  const rate = /^[%％]$/.test((unit ?? '').trim());
  // 已拨付120万元，待拨付80万元 under 资金拨付率: the share done of done and to come (or of the whole, 应参保1,200人).
  if (rate) {
    const done = parts.filter((p) => p.kind === 'done');
    const rest = parts.filter((p) => p.kind === 'rest');
    const total = parts.filter((p) => p.kind === 'total');
    const units = new Set([...done, ...rest, ...total].map((p) => p.after.replace(/\s+/g, '').slice(0, 2)));
    if (done.length === 0 || rest.length + total.length === 0 || units.size !== 1 || [...units][0]!.startsWith('%')) return null;
    const a = done.reduce((x, p) => x + p.figure, 0);
    const whole = total.length > 0 ? total.reduce((x, p) => x + p.figure, 0) : a + rest.reduce((x, p) => x + p.figure, 0);
    return whole > 0 && a <= whole ? { value: (a / whole) * 100, how: total.length > 0 ? '按已完成部分占应完成总数的比例计' : '按已完成部分占已完成与待完成合计的比例计' } : null;
  }
  if (!parts.some((p) => p.kind !== 'done')) return withOneVerb(parts, unit, name, comparator, cumulative);
  // 合同签订金额: the signed sum is the value.
  if (SIGNED.test(name) && parts.some((p) => p.kind === 'signed')) {
    const signed = parts.filter((p) => p.kind === 'signed').map((p) => inUnit(p, unit));
    return signed.every((v) => v != null) ? { value: signed.reduce<number>((x, v) => x + v!, 0), how: '按所列签约（合同）金额计' } : null;
  }
  const picked = withOneVerb(parts, unit, name, comparator, cumulative);
  if (!picked) return null;
  const refunds = parts.filter((p) => p.kind === 'refund').map((p) => inUnit(p, unit));
  if (refunds.some((v) => v == null)) return null;
  const back = refunds.reduce<number>((x, v) => x + Math.abs(v!), 0);
  return back > 0 ? { value: picked.value - back, how: `${picked.how}，减去退回的${back}` } : { ...picked, how: `${picked.how}（待办、在建、计划、其中或签约的部分不计）` };
}

/** The parts done that answer the row: those the name's verb names, else all when they share one verb. */
function withOneVerb(parts: Part[] | null, unit: string | null, name: string, comparator: Exclude<Comparator, 'qualitative'>, cumulative: boolean): ValueParts | null {
  if (!parts) return null;
  // Parts in another unit (惠及3,200人 beside 发放补贴158.4万元) answer another row.
  const done = parts.filter((p) => p.kind === 'done' && inUnit(p, unit) != null);
  if (done.length === 0) return null;
  const named = done.filter((p) => p.verb != null && name.includes(p.verb));
  const verbs = new Set(done.map((p) => p.verb));
  const chosen = named.length > 0 ? named : verbs.size === 1 ? done : null;
  if (!chosen) return null;
  const values = chosen.map((p) => inUnit(p, unit)!);
  // Under a ceiling every part must keep to it (进口32小时，出口1.2小时 under ≤36小时); a count or amount adds up; a rate
  // or level of several parts says no one figure.
  if (comparator === '<=' || comparator === '<') return { value: Math.max(...values), how: '按所列各部分中最大者计' };
  if (chosen.length > 1 && !cumulative) return null;
  return { value: values.reduce((x, v) => x + v, 0), how: chosen.length > 1 ? '按所列已完成各部分合计' : '按所列已完成部分计' };
}
