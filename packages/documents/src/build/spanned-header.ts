import type { GridCell } from './flatten-source';
import { APPROVED_STAGE, DECLARED_STAGE, headerRole } from './header-map';
import { isMoneyCaption } from './money-block-label';
import { isBlank, normalizeLabel } from './normalize-label';

// 合计 / 小计 / 总额 under a money caption: the whole amount, not a part of it.
const TOTAL_PART = /^(合计|小计|总计|总额|金额|资金总额|年度资金总额|预算总额|总金额)$/;

/**
 * A header printed over two rows with group captions merged across the columns they head and the
 * other captions merged down (序号 | 项目名称 | 预算金额 | 绩效指标 | 指标值 over 合计 | 财政资金 | 其他资金 |
 * 一级指标 | 二级指标 | 三级指标, or 项目资金 | 指标值 over 调整前 | 调整后 each): one row of captions, each
 * lower caption standing in for its group's, named so the header and label readers know it — the whole
 * amount under a money caption is the budget (年度资金总额), the adjusted one of 调整前 | 调整后 too,
 * and a stage under 指标值 is that stage's value (调整后指标值). Null when the rows are not such a pair:
 * the lower row holds captions only under the upper row's merged groups, none under a caption merged down.
 */
export function joinSpannedHeader(upper: GridCell[], lower: GridCell[]): GridCell[] | null {
  const groups = upper.filter((c) => c.span > 1 && !isBlank(c.text));
  const below = lower.filter((c) => !isBlank(c.text));
  if (groups.length === 0 || below.length < 2) return null;
  const groupOf = (c: GridCell) => groups.find((g) => c.start >= g.start && c.start + c.span <= g.start + g.span);
  if (below.some((c) => groupOf(c) == null)) return null;
  // Every group is split in full: its columns each have a caption below.
  for (const g of groups) {
    const width = below.filter((c) => groupOf(c) === g).reduce((n, c) => n + c.span, 0);
    if (width !== g.span) return null;
  }
  const out: GridCell[] = [];
  for (const u of upper) {
    if (isBlank(u.text)) continue;
    if (u.span === 1 || !groups.includes(u)) { out.push({ ...u, merged: false }); continue; }
    for (const l of below.filter((c) => groupOf(c) === u)) out.push({ ...l, merged: false, text: captionUnder(u.text, l.text) });
  }
  return out;
}

function captionUnder(group: string, caption: string): string {
  const g = normalizeLabel(group);
  const c = normalizeLabel(caption);
  if (isMoneyCaption(g)) {
    if (TOTAL_PART.test(c) || (APPROVED_STAGE.test(c) && c.length <= 4)) return '年度资金总额';
    if (DECLARED_STAGE.test(c) && c.length <= 4) return `${c}${g}`;
    return caption.trim();
  }
  // 指标值 over 调整前 | 调整后: each stage's value, as 调整前指标值 | 调整后指标值 in one row.
  if (headerRole(g) === 'value' && (APPROVED_STAGE.test(c) || DECLARED_STAGE.test(c)) && c.length <= 4) return `${c}指标值`;
  return caption.trim();
}
