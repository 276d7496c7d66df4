import { type FormContext, push, rowPlace } from './review-context';

/**
 * goal_vs_indicators on a row: a target form's indicator named for an earlier year than the form's (2025年度投资计划完成率
 * on a 2026 form, copied from last year's table). The year's rows measure the year. A year that sets a base or a date is no
 * other year's indicator: 较2024年…, 与2020年相比, 2024年底, 2024年以来, 2024年6月, 2022—2024年 (a period), and a name that
 * also names the form's own year. A later year is not read: a unit plans next year's work in this year's form (2025年度重点
 * 项目谋划储备 on a 2024 form), so 2027年…回收利用率 on a 2026 form is left to the reviewer (set-54-cases.ts, a limit).
 */

const YEAR_IN_NAME = /(20\d{2})\s*年/g;
const BASE_BEFORE = /(?:较|比|与|同|对比|相比|相较|基于|自|从|截至|截止到?|到|至|以)\s*$/;
const NOT_A_YEARS_OWN = /^\s*度?(?:底|末|初|以来|起|前|基础|基数|同期|水平|相比|实际|已|[—–\-~～至到]|\d)/;
// Work of an earlier year settled in this one (兑现2025年度奖补资金, 清算2024年补助, 2025年第二批中央预算内投资项目, 2024年
// 欠付工程款偿还, 2025年续建项目): the year names whose money or batch it is, and this year's form rightly measures it.
const SETTLED_THIS_YEAR = /兑现|清算|结算|补发|偿还|化解|续建|延续|结转|遗留|尾款|欠|第[一二三四五六七八九十\d]+批|提前下达|下达/;

export function checkRowYears(ctx: FormContext): void {
  const form = ctx.form;
  const year = form.fiscal_year;
  if (!ctx.isTarget || year == null) return;
  for (let i = 0; i < form.indicators.length; i++) {
    const ind = form.indicators[i]!;
    const name = ind.name;
    if (!name.includes('年') || name.includes(`${year}年`) || SETTLED_THIS_YEAR.test(name)) continue;
    const other = otherYear(name, year);
    if (other == null) continue;
    push(ctx, 'goal_vs_indicators', i, 'name', `${rowPlace(ctx, i, ind)}写的是${other}年的指标（疑似照抄上年指标），本表为${year}年度；请按${year}年度的目标改写指标名称和指标值。`);
  }
}

/** The earlier year a name is for, or null when every year in it is later, a base, a date or a period. */
function otherYear(name: string, year: number): number | null {
  YEAR_IN_NAME.lastIndex = 0;
  for (let m = YEAR_IN_NAME.exec(name); m; m = YEAR_IN_NAME.exec(name)) {
    const y = Number(m[1]);
    const end = m.index + m[0].length;
    if (y >= year || BASE_BEFORE.test(name.slice(Math.max(0, m.index - 4), m.index)) || NOT_A_YEARS_OWN.test(name.slice(end, end + 4))) continue;
    // 2024—2026年: the closing year of a period.
    if (m.index > 0 && /[—–\-~～至到]\s*$/.test(name.slice(Math.max(0, m.index - 2), m.index))) continue;
    return y;
  }
  return null;
}
