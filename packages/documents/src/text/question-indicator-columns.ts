import type { SourceBlock, SourceRow } from '../model/source-document';

// An online questionnaire's export (腾讯问卷 / 金数据 / 问卷星) where the indicators are fixed by the questions: each
// indicator is one question naming its levels, name and target, the answer its actual
// (`9.产出指标—数量指标：养护里程（年度指标值：≥120公里），实际完成值为：`), one row per responding unit.
const QUESTION_NUMBER = /^\s*(?:[Qq]|第)?\s*\d{1,3}\s*(?:题)?\s*[.．、:：]\s*/;
// Tried only where a run of spaces starts: from each of its spaces a long run would cost its square.
const TRAILING_COLON = /(?<![\s\u3000])[\s\u3000]*[：:]+[\s\u3000]*$/;
// `名称（年度指标值：≥120公里），实际完成值为：` — the bracket names the target, the words after it ask for the actual.
const INDICATOR_QUESTION = /^(.+?)[（(]\s*(?:年度|本年度|全年)?(?:指标值|目标值)\s*[：:]\s*([^（）()]+?)\s*[）)][，,、\s\u3000]*(?:请填写)?(?:实际)?完成(?:值|情况)(?:为)?[\s\u3000]*[：:]?[\s\u3000]*$/;
const LEVEL_SPLIT = /[—–－\-/／]+/;

interface IndicatorQuestion { index: number; level1: string; level2: string; name: string; target: string }

/** The question's levels and name: `产出指标—数量指标：名称` (the levels before the last colon), or the name alone. */
function indicatorQuestion(index: number, caption: string): IndicatorQuestion | null {
  const m = INDICATOR_QUESTION.exec(caption);
  if (!m) return null;
  const head = m[1]!.trim();
  const colon = Math.max(head.lastIndexOf('：'), head.lastIndexOf(':'));
  const name = head.slice(colon + 1).trim();
  if (name === '') return null;
  const levels = colon < 0 ? [] : head.slice(0, colon).split(LEVEL_SPLIT).map((l) => l.trim()).filter(Boolean);
  // More than two level words before the name is a sentence, not the levels.
  if (levels.length > 2) return null;
  return { index, level1: levels[0] ?? '', level2: levels[1] ?? '', name, target: m[2]!.trim() };
}

/** Caption of an ordinary question: its number and the colon asking for the answer taken off. */
function questionCaption(text: string): string {
  return text.replace(QUESTION_NUMBER, '').replace(TRAILING_COLON, '').trim();
}

/**
 * One row per unit, one column per indicator question → a flat table of one row per indicator: the unit's other
 * answers repeated on each, then 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值. `isOwnColumn` says which
 * columns are the export's own (who answered, when), not answers. Null when fewer than two questions are indicators.
 */
export function unfoldIndicatorQuestions(rows: SourceRow[], isOwnColumn: (caption: string) => boolean): SourceBlock | null {
  const header = rows[0]!;
  const questions = header.cells.map((c, i) => indicatorQuestion(i, c.text.replace(QUESTION_NUMBER, '').trim())).filter((q): q is IndicatorQuestion => q != null);
  if (questions.length < 2) return null;
  const asked = new Set(questions.map((q) => q.index));
  const answers = header.cells.map((c, index) => ({ index, caption: questionCaption(c.text) }))
    .filter((c) => !asked.has(c.index) && c.caption !== '' && !isOwnColumn(c.caption));
  const out: SourceRow[] = [{ line: header.line, cells: [...answers.map((c) => ({ text: c.caption })), ...['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'].map((text) => ({ text }))] }];
  for (const row of rows.slice(1)) {
    const text = (i: number) => row.cells[i]?.text ?? '';
    if (row.cells.every((c) => c.text.trim() === '')) continue;
    const own = answers.map((c) => ({ text: text(c.index) }));
    for (const q of questions) {
      out.push({ line: row.line, cells: [...own, ...[q.level1, q.level2, q.name, q.target, text(q.index)].map((t) => ({ text: t }))] });
    }
  }
  return { kind: 'table', rows: out };
}
