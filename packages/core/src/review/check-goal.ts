import type { Indicator } from '../forms/forms-schema';
import { foldWidth } from '../values/normalize-text';
import { type FormContext, formPlace, push } from './review-context';

// A number followed by a counting unit. Longer units first so 场次 is not read as 场; 个月 and
// 个工作日 are durations and 号 closes document numbers (〔2020〕41号): matched so they are skipped.
const QUANTITY = /(第?)(\d+(?:\.\d+)?|[二两三四五六七八九十]{1,3})\s*(个工作日|个月|工作日|场次|人次|批次|户次|班次|家次|课时|学时|次|场|个|项|台|套|件|批|期|篇|份|家|户|人|名|所|座|辆|处|条|栋|幢|册|本|支|轮|届|棵|株|部|间|张|块|堂|号)/g;
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const HAS_NUMBER = /[\d０-９二两三四五六七八九十]/;
const FREQUENCY_BEFORE = /每/;
const NUMBER_BEFORE = /[\d.〔[【(（-]/;
const DIGIT = /\d/;
const SKIP_UNITS = new Set(['个工作日', '个月', '工作日', '号']);
const CLAUSE_BREAK = /[，,。；;：:、！？\s（）()“”"《》]/;
const DIGITS: Record<string, number> = { 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseNumber(s: string): number | null {
  if (/^\d/.test(s)) return Number(s);
  // 十 / 十二 / 二十 / 二十三
  const m = /^([二两三四五六七八九])?(十)?([二两三四五六七八九])?$/.exec(s);
  if (!m) return null;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]]! : null;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
}

export interface GoalQuantity {
  value: number;
  unit: string;
  /** Where the number starts in the (width-folded) text, and the text itself, for quoting the clause. */
  index: number;
  length: number;
  text: string;
}

/** Counted quantities a goal text promises (组织2次培训, 采购2台电脑); years, dates, amounts, ordinals and document numbers are not counted. */
export function goalQuantities(text: string): GoalQuantity[] {
  const out: GoalQuantity[] = [];
  if (!HAS_NUMBER.test(text)) return out;
  const s = FULL_WIDTH.test(text) ? foldWidth(text) : text;
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(s); m; m = QUANTITY.exec(s)) {
    const ordinal = m[1];
    const unit = m[3]!;
    if (ordinal || SKIP_UNITS.has(unit)) continue;
    const start = m.index;
    // 每季度一次 / 每月2次 is a frequency; a digit right before (1.5 or 2024) is part of another number.
    if (start > 0 && (FREQUENCY_BEFORE.test(s.slice(Math.max(0, start - 3), start)) || NUMBER_BEFORE.test(s[start - 1]!))) continue;
    const value = chineseNumber(m[2]!);
    if (value == null || value <= 0) continue;
    out.push({ value, unit, index: start, length: m[0].length, text: s });
  }
  return out;
}

/** The clause around a quantity: 组织2次政银企融资对接会. */
export function quantityPhrase(q: GoalQuantity): string {
  const s = q.text;
  let a = q.index;
  while (a > 0 && q.index - a < 12 && !CLAUSE_BREAK.test(s[a - 1]!)) a--;
  const end = q.index + q.length;
  let b = end;
  while (b < s.length && b - end < 10 && !CLAUSE_BREAK.test(s[b]!)) b++;
  return s.slice(a, b);
}

/** The numbers the indicators carry: targets (and 万-scaled ones) and numbers written into names. */
function carriedNumbers(rows: Indicator[]): { values: Set<number>; names: string } {
  const values = new Set<number>();
  let names = '';
  for (const ind of rows) {
    const t = ind.target === '' ? NaN : Number(ind.target.includes(',') ? ind.target.replace(/,/g, '') : ind.target);
    if (Number.isFinite(t)) {
      values.add(t);
      if (ind.unit && ind.unit.trim().startsWith('万')) values.add(Math.round(t * 10000 * 1e6) / 1e6);
    }
    if (DIGIT.test(ind.name)) names += `|${ind.name}`;
  }
  return { values, names };
}

/** goal_vs_indicators: a counted quantity in the goal (and a project's overview) that no indicator carries. */
export function checkGoal(ctx: FormContext): void {
  const f = ctx.form;
  if (f.kind === 'department_self_evaluation' || f.indicators.length === 0) return;
  const goalQs = f.goal ? goalQuantities(f.goal) : [];
  const overviewQs = f.kind === 'project_target' && f.overview ? goalQuantities(f.overview) : [];
  if (goalQs.length === 0 && overviewQs.length === 0) return;
  const carried = carriedNumbers(f.indicators);
  const misses: string[] = [];
  let field: string | null = null;
  const seen = new Set<string>();
  const scan = (qs: GoalQuantity[], name: string, label: string) => {
    for (const q of qs) {
      const key = `${q.value}${q.unit}`;
      if (seen.has(key) || carried.values.has(q.value) || carried.names.includes(String(q.value))) continue;
      seen.add(key);
      misses.push(`${label}「${quantityPhrase(q)}」`);
      field ??= name;
    }
  };
  scan(goalQs, 'goal', f.kind === 'department_target' ? '年度绩效目标' : '绩效目标');
  scan(overviewQs, 'overview', '项目概况');
  if (misses.length === 0) return;
  const shown = misses.slice(0, 5).join('、') + (misses.length > 5 ? `等 ${misses.length} 处` : '');
  push(ctx, 'goal_vs_indicators', null, field, `${formPlace(ctx)}的${shown}中的数量没有任何指标的指标值与之对应；请增加相应的数量指标（如「≥2次」），或核对目标表述。`);
}
