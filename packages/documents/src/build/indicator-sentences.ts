// List numbering in front of a line (1. / （1） / ①).
const LINE_NUMBER = /^(?:\d{1,3}[.、．)）]|[（(]\d{1,3}[)）]|[\u2460-\u2473])\s*/;

// The fields a report's sentence names without a colon, each clause opening with its word:
// 年度指标值≥300人次 / 实际完成320人次 / 分值10分 / 得分9.5分.
const CLAUSES: Array<[RegExp, string]> = [
  [/^(?:年度)?(?:指标值|目标值)(?:为|是)?/, '年度指标值'],
  [/^实际完成(?:值|情况)?(?:为|是)?/, '实际完成值'],
  [/^(?:指标)?(?:分值|权重)(?:为)?/, '分值'],
  [/^(?:自评)?得分(?:为)?/, '得分'],
];
// A sentence after the figures naming why the target was missed.
const REASON = /[。；;]\s*(?:偏差原因|未完成原因|原因分析|偏差原因分析)[：:]\s*(.+)$/;

/**
 * One indicator a report writes as a sentence instead of a table row, its level 2 before the colon
 * and its fields as clauses whose words say what they are:
 * `1. 数量指标：培训人次，年度指标值≥300人次，实际完成320人次，分值10分，得分10分。偏差原因：…`.
 * Gives the label：value pairs the sentence stands for (as `二级指标：…；三级指标：…；年度指标值：…`
 * would), or null when any clause is not such a field: a sentence of prose stays prose.
 */
export function indicatorSentencePairs(text: string): Array<[string, string]> | null {
  const t = text.replace(LINE_NUMBER, '').trim();
  const m = /^([^：:，,。；;\s]{2,12}指标)[：:]\s*([^：:，,。；;]{2,40})[，,](.+)$/.exec(t);
  if (!m) return null;
  let rest = m[3]!;
  const reason = REASON.exec(rest);
  if (reason) rest = rest.slice(0, reason.index);
  const pairs: Array<[string, string]> = [['二级指标', m[1]!.trim()], ['三级指标', m[2]!.trim()]];
  for (const clause of rest.replace(/[。；;\s]+$/, '').split(/[，,]/)) {
    const c = clause.trim();
    const field = CLAUSES.find(([re]) => re.test(c));
    if (!field) return null;
    const value = c.replace(field[0], '').trim();
    if (value === '' || pairs.some(([l]) => l === field[1])) return null;
    pairs.push([field[1], value]);
  }
  if (!pairs.some(([l]) => l === '年度指标值') || pairs.length < 4) return null;
  if (reason) pairs.push(['偏差原因', reason[1]!.trim()]);
  return pairs;
}
