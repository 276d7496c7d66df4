import type { GridCell } from './flatten-source';
import type { FormSink } from './form-sink';
import type { ColumnRole } from './header-map';
import { isBlank } from './normalize-label';

/*
 * Forms that print a long-term (实施期, 中长期) table or column beside the annual one: the form holds the year's
 * indicators, so the long-term ones are told apart and left out (read-form.ts).
 */

const LONG_TERM = /(中长期|长期|中期|实施期|整体期|项目期|执行期)(绩效)?(目标|指标)/;
const ANNUAL = /(年度|当年|本年|年)(绩效)?(目标|指标)/;

/** A caption line or row naming the period of the table below (长期绩效指标, 年度绩效指标). */
export function isTermCaption(text: string): boolean {
  const t = text.replace(/[\s\u3000：:（）()、一二三四五六七八九十\d.]/g, '');
  return t.length <= 10 && /^(中长期|长期|中期|实施期|整体期|项目期|执行期|年度|当年|本年)(绩效)?指标(表)?$/.test(t);
}

export function termOf(texts: string[]): 'long' | 'annual' | null {
  for (const raw of texts) {
    const t = raw.replace(/[\s\u3000]/g, '');
    if (t.length > 16) continue;
    if (LONG_TERM.test(t) && !/年度/.test(t)) return 'long';
    if (ANNUAL.test(t)) return 'annual';
  }
  return null;
}

/**
 * 长期 and 年度 indicators given as two stacked tables: the form holds the annual ones.
 * Only when an annual table was read; a form with long-term indicators only keeps them.
 */
export function dropLongTermTables(sink: FormSink, ranges: Array<[number, number]>, annualTables: number): void {
  const drop = ranges.filter(([a, b]) => b > a);
  if (drop.length === 0 || annualTables === 0) return;
  const removed = (row: number) => drop.some(([a, b]) => row >= a && row < b);
  const shift = (row: number) => drop.filter(([, b]) => b <= row).reduce((n, [a, b]) => n + (b - a), 0);
  if (sink.form.indicators.length - drop.reduce((n, [a, b]) => n + (b - a), 0) === 0) return;
  const count = drop.reduce((n, [a, b]) => n + (b - a), 0);
  sink.form.indicators = sink.form.indicators.filter((_r, i) => !removed(i));
  const kept = sink.warnings.filter((w) => w.row == null || !removed(w.row));
  for (const w of kept) if (w.row != null) w.row -= shift(w.row);
  sink.warnings.length = 0;
  sink.warnings.push(...kept);
  sink.warn('long_term_indicators_skipped', `表中另有长期（实施期）绩效指标表，共 ${count} 个指标未读入；本表只收年度绩效指标，请核对。`);
}

const PERIOD_CELL = /^(中长期|长期|中期|实施期|整体期|项目期|执行期|年度|当年|本年)(目标|指标)?值?$/;
const ANNUAL_CELL = /^(年度|当年|本年)/;

/**
 * A second header row made only of period words under one caption (指标值 over 实施期 | 年度):
 * the roles with the caption's role moved to the year's column and the other periods unread.
 * Null when the row is anything else.
 */
export function periodSubHeader(cells: GridCell[], roles: Array<ColumnRole | null>): Array<ColumnRole | null> | null {
  const filled = cells.filter((c) => !isBlank(c.text));
  const words = filled.map((c) => c.text.replace(/[\s\u3000]/g, ''));
  if (filled.length < 2 || !words.every((w) => PERIOD_CELL.test(w))) return null;
  const annual = filled.filter((_c, i) => ANNUAL_CELL.test(words[i]!));
  if (annual.length !== 1) return null;
  // The caption's role sits on the first column it spans: the nearest role at or left of the periods.
  const first = Math.min(...filled.map((c) => c.start));
  let owner = first;
  while (owner > 0 && roles[owner] == null) owner--;
  const role = roles[owner];
  if (role == null || role === 'section') return null;
  const out = roles.slice();
  for (const c of filled) out[c.start] = null;
  if (owner !== first && out[owner] === role) out[owner] = null;
  out[annual[0]!.start] = role;
  return out;
}
