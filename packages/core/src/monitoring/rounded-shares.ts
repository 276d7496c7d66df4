import { readChineseNumeral } from '../values/chinese-numeral';

/**
 * A share of the task in rounded words with no noun of the year (近九成, 九成以上, 七成左右, 两成, 约完成三分之二,
 * 半数以上, 资金拨付近半), in percent: 成 counts tenths and N分之M a fraction of the whole, as 完成近七成 already reads;
 * an estimate (约, 近, 左右) or a floor (以上, 超过) is taken at its figure, as the clerk's own share. The row's measure
 * may lead (覆盖率近九成), and the verb of the work (完成, 拨付).
 */
const SHARE = String.raw`([一二两三四五六七八九十]成[一二三四五六七八九]?|[一二两三四五六七八九十]分之[一二两三四五六七八九十]|半数|一半|近半)`;
const ROUNDED = new RegExp(String.raw`^(?:已|已经|累计|目前|当前)?(?:[\u4e00-\u9fff]{0,6}?(?:率|度|比例|占比))?(?:资金)?(?:约|近|大约|接近|将近)?(?:完成|实现|达到|拨付|支付|发放|执行|覆盖)?了?(?:约|近|大约|接近|将近|超过)?${SHARE}(?:左右|以上|多)?$`);

const numeral = (c: string): number | null => (c === '两' ? 2 : readChineseNumeral(c));

/** The share (in percent) a value in rounded words states, or null. */
export function roundedShare(folded: string): number | null {
  const m = ROUNDED.exec(folded);
  if (!m) return null;
  const s = m[1]!;
  if (s === '半数' || s === '一半' || s === '近半') return 50;
  const tenths = /^(.)成(.)?$/.exec(s);
  if (tenths) {
    const whole = numeral(tenths[1]!);
    const part = tenths[2] != null ? numeral(tenths[2]) : 0;
    return whole != null && part != null && whole * 10 + part <= 100 ? whole * 10 + part : null;
  }
  const [d, n] = s.split('分之').map(numeral);
  return d != null && n != null && d > 0 && n <= d ? (n / d) * 100 : null;
}
