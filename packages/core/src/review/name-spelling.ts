import { TRADITIONAL_TO_SIMPLIFIED } from '../values/traditional-chars';

/**
 * Spellings of a name that mean the same words: a page typed or exported in traditional characters (群眾滿意度, 資金撥付
 * 及時率) and slips clerks make that keep the meaning (满义度, 完层率, 复盖率, 及实率, 空气质量综合指标). Read once per
 * distinct name by classify-name.ts (nameCore, meantCore), whose facts are cached; nothing here runs per row.
 */

// The converter's table (values/traditional-chars.ts) and a few forms seen only in names (積分, 納入, 關係, 糞污, 水錶).
const NAME_ONLY: ReadonlyArray<[string, string]> = [['積', '积'], ['納', '纳'], ['係', '系'], ['糞', '粪'], ['錶', '表']];
const TRADITIONAL = new Map<string, string>([...TRADITIONAL_TO_SIMPLIFIED, ...NAME_ONLY]);
const TRADITIONAL_CHAR = new RegExp(`[${[...TRADITIONAL.keys()].join('')}]`);
const TRADITIONAL_CHARS = new RegExp(TRADITIONAL_CHAR.source, 'g');

/** The name with its traditional characters read as simplified ones; the name itself when it has none. */
export function simplifiedName(name: string): string {
  return TRADITIONAL_CHAR.test(name) ? name.replace(TRADITIONAL_CHARS, (c) => TRADITIONAL.get(c)!) : name;
}

// Slips inside the name that keep its meaning: 满义度 (义 for 意), 完层率 (层 for 成), 及实率 (实 for 时), 复盖 (a variant of
// 覆盖), 发声率 (声 for 生), 差措率 (措 for 错), 投述 (述 for 诉), and an index named 指标 (空气质量综合指标, 生态环境状况指标: an indicator's name never ends on the word indicator).
// Satisfaction typed loose: 满意读 / 满意都 (a homophone of 度), 满意意度 (a character doubled) and 群众满意 with its 度 left off
// (不满意 is the other side, left alone).
const SLIP = /满义(?=度|率)|完层(?=率)|及实(?=率|性)|复盖(?=率|面)|发声(?=率)|差措(?=率)|投述|(?<=综合|状况|污染|安全感|幸福感|价格)指标$|满意意(?=度|率)|(?<=满意)[读都杜镀肚]$|(?<!不)满意$/g;
const SLIP_TEST = new RegExp(SLIP.source);
const MEANT: Record<string, string> = { 满义: '满意', 完层: '完成', 及实: '及时', 复盖: '覆盖', 发声: '发生', 差措: '差错', 投述: '投诉', 指标: '指数', 满意意: '满意', 读: '度', 都: '度', 杜: '度', 镀: '度', 肚: '度', 满意: '满意度' };

/** The core with spelling slips that keep the meaning read as the words meant. */
export function meantSpelling(core: string): string {
  return SLIP_TEST.test(core) ? core.replace(SLIP, (w) => MEANT[w] ?? w) : core;
}
