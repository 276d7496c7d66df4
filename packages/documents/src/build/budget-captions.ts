import { foldWidth, parseAmount, trimText } from '@jixiao/core';
import type { GridCell } from './flatten-source';
import type { BudgetKey } from './form-sink';
import { normalizeLabel } from './normalize-label';

const BUDGET_COLUMNS: Array<[RegExp, BudgetKey]> = [
  [/^(年初预算|年初预算数|预算数|年初)$/, 'initial_wan'],
  [/^(调整后预算数?|全年预算数|调整预算数?|全年预算)$/, 'adjusted_wan'],
  [/^(预算执行数|全年执行数|执行数|实际支出|实际执行数|全年实际执行数|全年执行|实际执行|执行金额)$/, 'executed_wan'],
  [/^(预算执行率|执行率|全年执行率)$/, 'execution_rate'],
  // 预算执行分值 / 预算执行得分: a flat export's captions for the budget row's points, beside the indicator's 分值 / 得分.
  [/^((?:预算|资金)执行)?(权重|分值)$/, 'weight'],
  [/^((?:预算|资金)执行)?(得分|自评得分)$/, 'score'],
  [/^(原因|偏差原因|原因分析|未完成原因)$/, 'reason'],
];

/** A row of budget-execution captions (年初预算数, 全年预算数, 执行数 …), not an indicator header. */
export function isBudgetHeader(cells: GridCell[]): boolean {
  const seen = new Set<BudgetKey>();
  for (const c of cells) {
    const key = budgetKeyOf(c.text);
    if (key) seen.add(key);
  }
  const money = ['initial_wan', 'adjusted_wan', 'executed_wan', 'execution_rate'].filter((k) => seen.has(k as BudgetKey)).length;
  return money >= 2 && seen.size >= 3;
}

const BUDGET_KEYS = new Map<string, BudgetKey | null>();
export function budgetKeyOf(text: string): BudgetKey | null {
  // English captions (a bilingual site's `Full-year Expenditure`) run longer than Chinese ones.
  if (text.length > (/^[\x20-\x7e]+$/.test(text) ? 40 : 16)) return null;
  let key = BUDGET_KEYS.get(text);
  if (key === undefined) {
    const n = normalizeLabel(text);
    key = BUDGET_COLUMNS.find(([re]) => re.test(n))?.[1] ?? null;
    if (BUDGET_KEYS.size > 20000) BUDGET_KEYS.clear();
    BUDGET_KEYS.set(text, key);
  }
  return key;
}

/**
 * How far a 总额 row sits from its captions. The row label belongs in the column just before
 * the first amount caption (年度预算数 | 年初预算 …); when a converter dropped the merged
 * section cell on the left, every value moved one column left with it. Shift only when the
 * shifted reading puts more amounts under the amount captions.
 */
export function budgetRowShift(cols: Map<number, BudgetKey>, labelStart: number, at: (col: number) => string | null): number {
  const first = Math.min(...cols.keys());
  const shift = labelStart - (first - 1);
  if (shift === 0) return 0;
  // A cell fits its caption when amounts sit under amounts and the percentage under the rate.
  const amounts = (by: number) => {
    let n = 0;
    for (const [col, key] of cols) {
      const text = at(col + by);
      if (key === 'reason' || parseAmount(text) == null) continue;
      const percent = /[%％]/.test(text!);
      if (key === 'execution_rate' ? percent : !percent) n++;
    }
    return n;
  };
  return amounts(shift) > amounts(0) ? shift : 0;
}

/**
 * The budget block's caption：value cells of one row (年初预算数：100 | 全年预算数：120 …), or its
 * captions each followed by its value in the next cell (全年预算数 | 312.00 | 全年执行数 | 305.76 …),
 * or null when the row is not such a block. `rest` accepts a row of the remaining captions only
 * (分值：10 | 得分：9.6), where every filled cell must be one.
 */
export function budgetPairsOf(filled: GridCell[], rest: boolean): Partial<Record<BudgetKey, string>> | null {
  const values: Partial<Record<BudgetKey, string>> = {};
  let money = 0;
  for (let i = 0; i < filled.length; i++) {
    const c = filled[i]!;
    const m = /^([^：:]{1,14})[：:]\s*(\S[\s\S]*)$/.exec(trimText(c.text));
    let key = m ? budgetKeyOf(m[1]!) : null;
    let value = m ? trimText(m[2]!) : null;
    if (!key) {
      // A bare caption whose value is the next cell (an amount, not another caption).
      const next = filled[i + 1];
      const bare = budgetKeyOf(c.text);
      if (bare && bare !== 'reason' && next && budgetKeyOf(next.text) == null && parseAmount(next.text) != null) {
        key = bare;
        value = trimText(next.text);
        i++;
      }
    }
    if (!key || value == null) {
      if (rest) return null;
      continue;
    }
    if (values[key] !== undefined) continue;
    values[key] = value;
    if (key !== 'reason' && key !== 'weight' && key !== 'score' && parseAmount(values[key]!) != null) money++;
  }
  if (rest) return Object.keys(values).length > 0 ? values : null;
  return money >= 2 && Object.keys(values).length >= 3 ? values : null;
}

// A caption's words, then its figure: 全年执行数138.6万元, 执行率92.4%, 得分9.24分.
const SENTENCE_FIGURE = /([\u4e00-\u9fff]{1,12})\s*[：:]?\s*([+-]?\d[\d,]*(?:\.\d+)?)\s*(万元|元|%|分)?/g;

/** The budget caption a run of words ends with (项目年初预算数 → 年初预算数), the longest that is one. */
function budgetKeyEnding(words: string): BudgetKey | null {
  for (let i = 0; i + 2 <= words.length; i++) {
    const key = budgetKeyOf(words.slice(i));
    if (key) return key;
  }
  return null;
}

// 该项满分10分，得9.53分: the points of the budget row told as its full marks and what it got.
function pointsKey(words: string): BudgetKey | null {
  if (/满分$/.test(words)) return 'weight';
  return /^(该项|此项|实际)?得$/.test(words) ? 'score' : null;
}

/**
 * 项目年初预算数120万元，全年预算数150万元，全年执行数138.6万元，执行率92.4%，得分9.24分 — a
 * self-evaluation's budget block written as a sentence (a paragraph, or one cell beside 预算执行情况):
 * each figure goes to the caption its words end with. Two amounts or rates and three captions at
 * least, as for a row of captions, so a sentence naming one sum in passing stays text.
 */
export function budgetSentenceOf(text: string): Partial<Record<BudgetKey, string>> | null {
  if (text.length < 12) return null;
  const values: Partial<Record<BudgetKey, string>> = {};
  let money = 0;
  for (const m of foldWidth(text).matchAll(SENTENCE_FIGURE)) {
    const words = m[1]!.replace(/(为|是|达到|达|共计|合计)$/, '');
    const key = budgetKeyEnding(words) ?? (m[3] === '分' ? pointsKey(words) : null);
    if (!key || key === 'reason' || values[key] !== undefined) continue;
    values[key] = m[3] === '元' ? `${m[2]}元` : m[2]!;
    if (key !== 'weight' && key !== 'score') money++;
  }
  return money >= 2 && Object.keys(values).length >= 3 ? values : null;
}
