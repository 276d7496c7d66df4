import { foldWidth } from '@jixiao/core';

/**
 * The words of a 绩效运行监控表: what each column of its indicator header holds, which label cells above it name the
 * project and its money, and the period (1–m月) and year its title, captions and column names state.
 */

/** A label as compared: width folded, blanks and the colon after it gone. */
export function labelKey(text: string): string {
  return foldWidth(text).replace(/[\s\u3000\u00a0]+/g, '').replace(/[:：]$/, '');
}

export type IndicatorColumn =
  | 'level1' | 'level2' | 'name' | 'unit' | 'target' | 'progress' | 'forecast' | 'completion' | 'reason' | 'measures' | 'other';

// 1-6月, 1—7月, 1至8月, 1~6月, 一至六月: the months a monitoring period covers, always from January.
const MONTH_NUMERAL = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const PERIOD_SPAN = new RegExp(`(?:^|[^\\d])(?:1|一)\\s*月?\\s*(?:[-－—–~～〜]+|至|到)\\s*${MONTH_NUMERAL}\\s*月(?!\\d*日)`);
// 截至6月底, 截止2025年7月31日, 截至7月末: the period's last month.
const UP_TO = new RegExp(`截[至止](?:\\d{4}年|[二〇零一两三四五六七八九]{4}年)?\\s*${MONTH_NUMERAL}\\s*月`);
const HALF_YEAR = /上半年/;
const THREE_QUARTERS = /前三季度/;

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function monthOf(written: string): number | null {
  const n = /^\d+$/.test(written) ? Number(written) : NUMERALS[written] ?? null;
  return n != null && n >= 1 && n <= 12 ? n : null;
}

/** The last month of the period a text names (`1-6月执行情况`, `（1至7月）`, `截至8月底`, `上半年`), or null. */
export function periodMonthIn(text: string): number | null {
  const s = foldWidth(text);
  const span = PERIOD_SPAN.exec(s);
  if (span) return monthOf(span[1]!);
  const upTo = UP_TO.exec(s);
  if (upTo) return monthOf(upTo[1]!);
  if (HALF_YEAR.test(s)) return 6;
  if (THREE_QUARTERS.test(s)) return 9;
  return null;
}

const YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** The fiscal year a title or caption names (`2025年1-8月…`, `（2024年度）`, `二〇二四年`), or null. */
export function yearIn(text: string): number | null {
  const s = foldWidth(text);
  // A date's year (2025年11月底前) is a deadline, not the table's year, unless the months are the period's.
  const digits = /(?:^|[^\d])(20\d{2})\s*年(?!\d{1,2}月\d{1,2}日)/.exec(s);
  if (digits) return Number(digits[1]);
  const numerals = /([二〇零一三四五六七八九]{4})\s*年/.exec(s);
  if (numerals) {
    const year = Number([...numerals[1]!].map((c) => YEAR_DIGITS[c] ?? '').join(''));
    if (year >= 2000 && year < 2100) return year;
  }
  return null;
}

// Checked in this order: a 是否能完成 column names 完成 too, a 全年预计完成值 column names 完成值 too.
const COLUMN_RULES: ReadonlyArray<[IndicatorColumn, RegExp]> = [
  ['level1', /^一级(指标)?$/],
  ['level2', /^二级(指标)?$/],
  ['completion', /是否.{0,4}(完成|达成|实现)|能否.{0,4}(完成|达成|实现)|(完成|实现)(目标)?(的)?可能性|预计能否/],
  ['reason', /原因/],
  ['measures', /措施|纠偏|改进方案/],
  ['forecast', /预计|预测/],
  ['name', /^(三级(指标)?(名称)?|指标名称|绩效指标|具体指标|指标内容|指标)$/],
  ['unit', /^(计量)?单位$/],
  ['target', /^(年度|全年|本年|年初)?(绩效)?(指标值|目标值|目标)$|^(年度|全年)(指标|计划)(值|数)?$|^指标值/],
  // 1-6月执行情况, 1至7月完成值, 截至6月底完成情况, 实际完成值, 累计完成: what is done so far (a 完成率 is not a value).
  ['progress', /^(?!.*率).*(完成|执行|进展|进度|实际)(情况|值|数|量)?$/],
];

/** What an indicator header cell's column holds; 'other' for 序号, 偏差 (有/无), 备注, 完成率 and the like. */
export function indicatorColumnOf(label: string): IndicatorColumn {
  const key = labelKey(label).replace(/[（(][^）)]*[）)]/g, '');
  for (const [column, rule] of COLUMN_RULES) if (rule.test(key)) return column;
  return 'other';
}

// A self-evaluation's header (实际完成值 | 分值 | 得分) scores the year's result: it is no monitoring table.
const SCORE_LABEL = /^(分值|得分|权重|评分|自评得分|指标分值|标准分值)/;

/**
 * Whether a row's labels are an indicator header of a monitoring table: names the indicator, its target and what is
 * done so far, and says it is in-year: a column of 1–m月, a 全年预计 column or a 是否能完成 column. A self-evaluation's
 * 实际完成值 beside 分值 / 得分 is the year's result, not a monitoring table's.
 */
export function isMonitoringHeader(labels: readonly string[]): boolean {
  const columns = labels.map(indicatorColumnOf);
  if (!columns.includes('name') || !columns.includes('target')) return false;
  if (!columns.includes('progress') && !columns.includes('forecast')) return false;
  if (labels.some((l) => SCORE_LABEL.test(labelKey(l)))) return false;
  return columns.includes('forecast') || columns.includes('completion')
    || labels.some((l, i) => columns[i] === 'progress' && periodMonthIn(l) != null);
}

export type FieldLabel =
  | 'project_name' | 'project_code' | 'supervisor' | 'org' | 'budget_start' | 'budget_year' | 'budget_adjusted'
  | 'executed' | 'rate' | 'rate_computed' | 'reason' | 'measures' | 'completion' | 'amount_unit' | 'forecast_money';

const FIELD_RULES: ReadonlyArray<[FieldLabel, RegExp]> = [
  ['project_name', /^项目名称$/],
  ['project_code', /^项目(编码|代码|编号)$/],
  ['supervisor', /^主管部门(及代码|名称)?$/],
  ['org', /^(实施|执行|填报|预算)单位(名称|及代码)?$|^单位名称$/],
  // 全年预计执行数: a label (its figure is not the 执行数), read as no field of the report.
  ['forecast_money', /预计.*(执行|支出)/],
  // 执行率（计算）beside 执行率（填报）: the rate worked out from the figures, not the one the unit wrote; read as no field.
  ['rate_computed', /执行率.*(计算|核算|测算)|(计算|核算|测算).*执行率/],
  ['rate', /执行率/],
  // 1-6月执行数, 1-6月执行（万元）, 截至6月已支出: spent so far (a 全年预计执行数 is a forecast).
  ['executed', /^(?!.*预计).*(执行(数|金额)?|已支出|支出(数|金额)|实际支出)$/],
  ['budget_start', /^年初(预算)?(数|金额|安排)?$/],
  ['budget_adjusted', /^(全年|调整后|调整)(预算)?(数|金额)?$/],
  ['budget_year', /^(年度|本年|当年)?(预算|资金)(数|金额|总额)?$|^年度资金总额$/],
  ['reason', /原因/],
  ['measures', /措施/],
  ['completion', /是否.{0,4}(完成|实现)|能否.{0,4}(完成|实现)|可能性/],
  ['amount_unit', /^(金额|资金)?单位$/],
];

/** The field a label cell above the indicator header names, or null when it names none. */
export function fieldLabelOf(text: string): FieldLabel | null {
  const key = labelKey(text).replace(/[（(](万?元|%)[）)]$/, '');
  if (key === '' || key.length > 16) return null;
  for (const [field, rule] of FIELD_RULES) if (rule.test(key)) return field;
  return null;
}

/** A 是否能完成 answer as the monitoring rules read it: 是 / 能 → 达成, 否 / 不能 → 未达成, 基本 / 部分 / 不确定 → 部分达成. */
export function completionOf(text: string | null): '达成' | '部分达成' | '未达成' | null {
  if (text == null) return null;
  const s = labelKey(text).replace(/[。.]$/, '');
  if (s === '') return null;
  if (/^(未达成|否|不能|不可能|无法(完成|实现)?|不能完成|难以完成|完成不了)$/.test(s) || /^(否|不能)[，,]/.test(s)) return '未达成';
  // 不确定 is no 否: the unit cannot yet say, which the three-way scale holds as 部分达成 (the page's 能 / 不确定 / 不能).
  if (/^(部分达成|部分|基本能?(完成)?|有可能|可能|较可能|部分完成|不确定|尚不确定)$/.test(s)) return '部分达成';
  if (/^(达成|是|能|能够|能完成|可以|确定能?|完全可能|可完成|能够完成|确定能完成|完成)$/.test(s) || /^(是|能)[，,]/.test(s)) return '达成';
  return null;
}

/** A progress cell that says the row is not measured yet (rules.md §4): its reason, or null for a value. */
export function notMeasuredOf(text: string | null): '年底测评' | '未到测量期' | null {
  if (text == null) return null;
  // 尚未测量（年底测评）, as this system prints such a row: the reason in brackets is the one stated.
  const s = labelKey(text).replace(/^(?:尚未|暂未)测量[（(]([^（()）]+)[）)]$/, '$1');
  if (/^(待|将于|拟于)?(年底|年终|年末)(开展)?(测评|测量|统计|评价|考核|调查)$/.test(s)) return '年底测评';
  // 尚未测评, 暂未统计, 未开展调查: nothing measured yet, with no reason beyond it.
  if (/^(尚?未到(测量|测评|统计|考核)(期|时间|周期)|(尚|暂)?未(开展)?(测量|测评|统计|评价|调查))$/.test(s)) return '未到测量期';
  return null;
}
