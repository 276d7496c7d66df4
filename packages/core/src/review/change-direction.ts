import type { NameDirection, NameFacts } from './name-facts';

/**
 * Which way a change by a stated amount (较上年增长8%, 较2020年上升10%, 较上年下降3位) should go for a row, or null when the
 * name says neither. Beside the name's own direction:
 * - a place in a ranking (营商环境评价全省排名) moves the way people say it does: 排名下降3位 is a worse place, 提升3位 a
 *   better one, so the wording reads as for a thing good when high, though the number itself is better small;
 * - money spent filed as a cost (运维成本, 公用经费支出 under 成本/经济成本) is kept down, so a rise is the wrong way; money
 *   allocated to recipients (村级组织运转经费) is a standard to guarantee and is left out;
 * - an index (空气质量综合指数, 生态环境状况指数) reads as a change-like name for plausibility only: its own direction holds.
 * Reads cached name facts only.
 */
export function changeDirection(facts: NameFacts, moneyCost: boolean): Exclude<NameDirection, 'neutral'> | null {
  if (facts.rank) return 'good';
  if (facts.change && !facts.dimensionless) return null;
  if (facts.direction !== 'neutral') return facts.direction;
  if (moneyCost && facts.spending && !facts.allocation && !facts.change) return 'bad';
  return null;
}
