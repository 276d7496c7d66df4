/** What a report's sentence says of one indicator besides its name and target. */
export interface ResultFields { actual: string | null; weight: string | null; score: string | null }

export interface ResultItem extends ResultFields { name: string; target: string }

// Where a figure or a target starts inside a clause: a sign, a comparator word or a digit.
const FIGURE_START = /[≥≤≧≦＞＜>=<＝]|不低于|不少于|不高于|不超过|不多于|不大于|不小于|\d/;
// The target written in brackets after the result: （目标值≥280人次） / （年度目标：≥95%） / （计划1200人）.
const BRACKETED_TARGET = /^(.*?)[（(](?:年度)?(?:目标值|指标值|目标|计划值?)(?:为|是)?[：:]?\s*([^（()）]+)[)）]$/;
// The clauses a result sentence may close with: 分值10分 / 得分9.5分 / 完成率107%.
const SCORE = /^(?:自评)?得分(?:为)?\s*(\d+(?:\.\d+)?)\s*分?$/;
const WEIGHT = /^(?:指标)?(?:分值|权重)(?:为)?\s*(\d+(?:\.\d+)?)\s*分?$/;
const RATE = /^(?:完成率|完成比例|完成进度|达成率)(?:为|达到)?\s*\d+(?:\.\d+)?\s*%$/;
// A name is one short phrase, with no clause or sentence mark in it.
const NAME = /^[^，,。；;：:]{2,40}$/;

/**
 * One indicator a report writes as a result sentence, the actual and the target in one sentence:
 * - the result first and the target in brackets after it: `完成培训300人次（目标值≥280人次），得分10分`
 *   (the name is the words before the result's figure);
 * - the plan and the result as clauses after the name: `法律援助案件办理：计划完成1500件，实际完成1628件，
 *   完成率108.5%，得分10分` (the verbs before the figures are no part of the values).
 * Other clauses may only be 分值 / 得分 / 完成率; a sentence with any other clause is prose and gives null.
 */
export function resultSentenceItem(text: string): ResultItem | null {
  const clauses = text.replace(/[。；;.\s]+$/, '').split(/[，,]/).map((c) => c.trim());
  const tail = closingClauses(clauses.slice(1));
  if (tail) {
    const bracketed = BRACKETED_TARGET.exec(clauses[0]!);
    if (bracketed) {
      const at = FIGURE_START.exec(bracketed[1]!)?.index ?? -1;
      const name = at > 0 ? bracketed[1]!.slice(0, at).trim() : '';
      const target = bracketed[2]!.trim();
      if (NAME.test(name) && FIGURE_START.test(target)) return { ...tail, name, target, actual: bracketed[1]!.slice(at).trim() };
    }
  }
  const colon = /^([^：:]{2,40})[：:]\s*(.+)$/.exec(clauses[0]!);
  if (!colon || !NAME.test(colon[1]!.trim()) || clauses.length < 2) return null;
  const plan = /^(?:计划|预期|目标)(.*)$/.exec(colon[2]!.trim());
  const done = /^实际(.*)$/.exec(clauses[1]!);
  const rest = closingClauses(clauses.slice(2));
  if (!plan || !done || !rest) return null;
  const target = clauseValue(plan[1]!);
  const actual = clauseValue(done[1]!);
  if (!target || !actual || !FIGURE_START.test(target)) return null;
  return { name: colon[1]!.trim(), target, ...rest, actual };
}

/** The 分值 / 得分 of the clauses after the figures, or null when any of them is something else. */
function closingClauses(clauses: string[]): ResultFields | null {
  const out: ResultFields = { actual: null, weight: null, score: null };
  for (const c of clauses) {
    if (c === '' || RATE.test(c)) continue;
    const score = SCORE.exec(c);
    const weight = WEIGHT.exec(c);
    if (score && out.score == null) out.score = score[1]!;
    else if (weight && out.weight == null) out.weight = weight[1]!;
    else return null;
  }
  return out;
}

/** A plan's or result's value: from its figure on (`完成1628件` → `1628件`), else the words after a verb. */
function clauseValue(text: string): string | null {
  const t = text.replace(/^[：:]\s*/, '').trim();
  const at = FIGURE_START.exec(t)?.index ?? -1;
  // Only a verb of a few characters stands before the figure (完成 / 培训 / 新建 / 覆盖 / 为).
  if (at >= 0 && at <= 4 && !/[，,。]/.test(t.slice(0, at))) return t.slice(at).trim();
  const words = t.replace(/^(?:完成|达到|为)/, '').trim();
  return words === '' || at >= 0 ? null : words;
}
