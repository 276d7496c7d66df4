import { foldWidth } from '../values/normalize-text';

/**
 * Figures a progress value states in ways the general readers leave out (rules.md §1 reads 完成值 like a target):
 * numerals half in Chinese (3千5百人次), the one figure in the row's own unit among figures of others (拨付3批共1,250万元),
 * the whole stated in words (全部按时拨付), nothing paid or done yet (完成招标，尚未支付).
 */

const SUB_WAN = /(\d+(?:\.\d+)?[千百十]零?)+\d*/;
const MIXED = new RegExp(`(?:(\\d+(?:\\.\\d+)?)万)?(${SUB_WAN.source})`, 'g');
const MAGNITUDE: Record<string, number> = { 千: 1000, 百: 100, 十: 10 };

function subWan(run: string): number {
  let sum = 0;
  const rest = run.replace(/(\d+(?:\.\d+)?)([千百十])零?/g, (_m, n: string, mag: string) => {
    sum += Number(n) * MAGNITUDE[mag]!;
    return '';
  });
  return sum + (rest === '' ? 0 : Number(rest));
}

/**
 * 3千5百人次 → 3500人次, 1万2千人 → 12000人, 1千2百万元 → 1200万元, 1千零50人 → 1050人: sub-万 magnitudes written as
 * characters between Arabic digits. 万 and 亿 alone (1.2万) are left to the readers that know the row's unit, and so is
 * everything when the row's unit itself starts with a magnitude (千元) or 千 begins a unit (5千米).
 */
export function arabicMixedNumerals(actual: string, unit: string | null): string {
  if (unit != null && /^[千百十]/.test(unit.trim())) return actual;
  const folded = foldWidth(actual);
  if (!/\d[千百十]/.test(folded)) return actual;
  return folded.replace(MIXED, (whole: string, wan: string | undefined, run: string, offset: number) => {
    const after = folded.slice(offset + whole.length);
    if (/[千]$/.test(run) && /^[米克瓦]/.test(after)) return whole;
    const v = subWan(run) + (wan != null ? Number(wan) * 1e4 : 0);
    return Number.isFinite(v) ? String(v) : whole;
  });
}

const FUTURE = /预计|计划|拟|争取|力争|将|目标|预期/;
const UNIT_EXTENDS = /^[次日时天年月份套]/;

/**
 * 拨付3批共1,250万元 under 万元 (1250) or 批 (3): several figures in different units, exactly one in the row's unit, is
 * that figure. Two in the row's unit (已签合同45万元，已付款20万元) stay unread: which one answers needs the meaning.
 */
export function soleFigureInUnit(actual: string, unit: string | null): number | null {
  const u = unit == null ? '' : foldWidth(unit).trim();
  if (u === '' || u === '%') return null;
  const folded = foldWidth(actual);
  // A forecast or plan (预计10月完成全部12次) is no figure done, and a date beside the figure is a period, read elsewhere.
  if (FUTURE.test(folded) || /\d\s*(?:年|月|日|号|季度)/.test(folded)) return null;
  const esc = u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found: number[] = [];
  let batches = 0;
  for (const m of folded.matchAll(new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)\\s*${esc}`, 'g'))) {
    const before = folded[m.index - 1];
    if (before != null && /[\d.万亿千百]/.test(before)) continue;
    if (UNIT_EXTENDS.test(folded.slice(m.index + m[0].length)) && !UNIT_EXTENDS.test(u.slice(-1))) continue;
    found.push(Number(m[1]!.replace(/,/g, '')));
    batches += /批[\u4e00-\u9fff]{0,4}$/.test(folded.slice(0, m.index)) ? 1 : 0;
  }
  // 第一批120万元、第二批80万元: amounts of successive batches add up to what has been paid.
  if (found.length > 1 && batches === found.length) return found.reduce((x, y) => x + y, 0);
  return found.length === 1 && Number.isFinite(found[0]) ? found[0]! : null;
}

// A negation, a part or work still to come is not the whole.
const NOT_WHOLE = /[未不没无将]|基本|部分|大部|多数|逐步|正在|推进|力争|计划|预计|争取|拟/;
// 全部按时拨付, 均已按期完成, 所有项目均已开工, 全额拨付到位, 学员全部结业: every one of the row's objects done.
const ALL_DONE = /(?:全部|全额|全数|悉数|均已|均)(?:已|已经)?(?:按时|按期|如期|足额|及时)?(?:完成|拨付|支付|发放|到位|合格|通过|开工|完工|结业|办结|验收|兑现|落实|下达)/;

/** Whether the words say all of the row's objects are done, with no figure: 100% under a rate. */
export function saysAllDone(actual: string): boolean {
  const folded = foldWidth(actual).replace(/[\s\u3000，,。.；;！!]+/g, '');
  return folded.length <= 24 && !/\d/.test(folded) && ALL_DONE.test(folded) && !NOT_WHOLE.test(folded);
}

// 完成招标，尚未支付; 专项债资金尚未支出; 尚未签订合同: the last clause says the money or the work has not begun.
const NOTHING_YET = /^[\u4e00-\u9fff]{0,10}?(?:尚|暂|还|仍)(?:未|没有)(?:开展|启动|实施|开始|开工|发放|拨付|支出|支付|付款|使用|签订合同|签约)(?:资金|合同|工作)?$/;

/** Whether the last clause of words with no figure says nothing is paid or done yet: 0 under a count or amount. */
export function saysNothingYet(actual: string | number | null): boolean {
  if (typeof actual !== 'string') return false;
  const folded = foldWidth(actual).trim().replace(/[。.！!]+$/, '');
  if (folded.length > 30 || /\d/.test(folded)) return false;
  const clauses = folded.split(/[，,；;]/).map((c) => c.trim()).filter((c) => c !== '');
  return clauses.length > 0 && NOTHING_YET.test(clauses[clauses.length - 1]!);
}

// 已拨付第二批资金 under 批: the verb before the ordinal of the row's own unit.
const DONE_ORDINAL = /^(?:已|已经|已于\d{1,2}月)(?:拨付|支付|发放|下达|完成|开展|举办|开班|实施|交付|验收)(?:了)?第(\d{1,3}|[一二三四五六七八九十]{1,3})([\u4e00-\u9fff])/;

/** The ordinal, as written, of the row's unit that 已拨付第N批 names, or null. */
export function doneOrdinal(actual: string, unit: string): string | null {
  const m = DONE_ORDINAL.exec(foldWidth(actual).trim());
  return m && foldWidth(unit).trim().startsWith(m[2]!) ? m[1]! : null;
}

/** 完工率 42/60 under a row in %: done over planned, as a rate; a % written beside it (96%（48/50）) is the value instead. */
export function slashRate(actual: string): number | null {
  const folded = foldWidth(actual);
  if (/[%％]/.test(folded)) return null;
  const m = /^[^\d/]*?(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)[^\d/]*$/.exec(folded);
  if (!m) return null;
  const part = Number(m[1]);
  const whole = Number(m[2]);
  return whole > 0 && part <= whole ? (part / whole) * 100 : null;
}

// 签订合同金额380万元, 中标价420万元: a sum committed, not paid; under a row that counts money paid it is no value.
const COMMITTED = /(?:合同金额|合同额|合同价|中标金额|中标价|概算|预算|签(?:订)?合同(?:金额)?)(?:为|约|共)?\d/;
// 尚未支付 names the payment only to deny it.
const NOT_PAID = /(?:尚|暂|还|仍)?(?:未|没有)(?:支付|拨付|支出|付款)/g;
const PAID = /支付|拨付|支出|付款|到位|兑付|发放/;

/** Whether the value says the money has not been paid (已签合同600万元（尚未支付）). */
export function saysNotPaid(actual: string | number | null): boolean {
  return typeof actual === 'string' && new RegExp(NOT_PAID.source).test(foldWidth(actual));
}

/** Whether the value names only a committed sum (合同金额) where the row's name asks for money paid (资金支付金额). */
export function committedNotPaid(actual: string | number | null, name: string): boolean {
  return typeof actual === 'string' && PAID.test(name) && COMMITTED.test(foldWidth(actual).replace(/[\s,]/g, '')) && !PAID.test(actual.replace(NOT_PAID, ''));
}

// 95%（预计）, ≥95%（预计全年）: a figure the remark marks as a forecast states nothing done yet.
const FORECAST_REMARK = /[（(]\s*(?:预计|预期|预估|预测)[\u4e00-\u9fff]{0,4}\s*[）)]\s*$/;

/** Whether the value is a figure marked as a forecast by its closing remark. */
export function figureIsForecast(actual: string | number | null): boolean {
  if (typeof actual !== 'string') return false;
  const folded = foldWidth(actual);
  const remark = FORECAST_REMARK.exec(folded);
  // Words marked 预计 (按计划推进（预计）) are an outlook the word lights read; only a figure so marked is no figure done.
  return remark != null && /\d/.test(folded.slice(0, remark.index));
}

// A share sign or word anywhere in the value: the figure is already in percent (or a change in points).
const SHARE_WRITTEN = /[%％‰]|百分|千分|成/;

/**
 * Whether a figure read under a row in % is a decimal fraction of the whole (0.63 for 63%, as a 执行率 column exported
 * from a spreadsheet prints it): no share written, a figure above 0 and at most 1, where the target is a whole percent
 * of at least half (a floor of 90%); a ceiling (≤0.5%) or a small target keeps the figure as the percent, and a whole 1
 * (1% or the whole?) is left as written.
 */
export function decimalOfWhole(actual: string | number | null, a: number, t: number, comparator: string): boolean {
  if (comparator !== '>=' && comparator !== '>' && comparator !== '=') return false;
  if (!(a > 0 && a <= 1 && t >= 50)) return false;
  // A whole 1 could as well be 1% as the whole, so only a written decimal (0.63, 1.00) is read as one.
  return typeof actual === 'string' && /^\D*(?:0?\.\d+|1\.0+)\D*$/.test(actual.trim()) && !SHARE_WRITTEN.test(actual);
}
