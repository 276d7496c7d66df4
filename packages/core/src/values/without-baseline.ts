// ≥95%，上年92%, ≤3个工作日，现状为5个工作日, ≥1200人次；2024年完成1050人次: a clause after the value that names the
// figure it starts from (last year's, a base period's, the present one) is its baseline, a remark like a bracketed one.
// A date after a year (2025年12月底前完成) is a deadline, a condition of its own: not a baseline.
const BASELINE_CLAUSE = /^(.*\d.*?)\s*[，,；;]\s*(?:(?:上一?年|去年|前一年)度?(?:同期)?|基期值?|基数|基线值?|现状值?|原|(?:19|20)\d{2}\s*年度?)\s*(?:实际)?\s*(?:完成|达到)?\s*值?\s*(?:为|是)?\s*[:：]?\s*\d[\d.,]*(?![\d.,])(?!\s*[月日号])[^，,；;\d]*$/;

/**
 * The value without a baseline clause after it: `≥95%，上年92%` is `≥95%`. The clause must name its base (上年, 去年,
 * 基期, 基数, 现状, 原 or a year) and give a figure; a second condition (`，每次不少于2小时`) is kept, as is a deadline.
 * Looked for only when the value has a comma or a semicolon.
 */
export function withoutBaseline(text: string): string {
  if (text.indexOf('，') < 0 && text.indexOf('；') < 0 && text.indexOf(',') < 0 && text.indexOf(';') < 0) return text;
  const m = BASELINE_CLAUSE.exec(text);
  return m ? m[1]! : text;
}
