/**
 * 执行率 as the budget block prints it, read as a percentage. Sheets and Word tables often hold the rate as a
 * fraction — `0.96`, or a General-format cell's `1.0011` — where the template means 96% and 100.11%. A written
 * percent sign settles it; else the block's own amounts do (全年执行数 ÷ 全年预算数, or ÷ 年初预算数 when that is
 * all there is); with no amounts to compare, a bare figure no larger than 1.5 is a fraction, since a rate that low
 * written as a percentage would carry its sign.
 */
export function executionRatePercent(raw: string | null, rate: number | null, executed: number | null, budgeted: number | null): number | null {
  if (rate == null || raw == null || /[%％‰]/.test(raw)) return rate;
  const scaled = Math.round(rate * 100 * 1e6) / 1e6;
  if (executed != null && budgeted != null && budgeted > 0) {
    const expected = (executed / budgeted) * 100;
    return Math.abs(scaled - expected) < Math.abs(rate - expected) ? scaled : rate;
  }
  return rate > 0 && rate <= 1.5 ? scaled : rate;
}
