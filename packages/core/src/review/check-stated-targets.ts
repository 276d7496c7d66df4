import type { Indicator } from '../forms/forms-schema';
import type { Level1, Level2 } from './indicator-framework';
import type { NameFacts } from './name-facts';
import { type FormContext, push, rowPlace, showTarget } from './review-context';
import { isPercentUnit } from './unit-facts';
import { checkNameDeadline, checkNameFloor } from './check-name-floor';

/**
 * Row checks that read what the framework level or the name itself states, beside check-indicators.ts:
 * - a 社会成本 / 生态环境成本 row whose name says what the works cost those around them (征地拆迁涉及户数, 临时占地面积,
 *   砍伐树木数量) counts a harm: a floor (≥12户) asks for at least that much of it; the 2021 framework files only costs there.
 * - a satisfaction floor written in the name (满意度不低于85%) answered 定性 达到, or valued again (达到80%以上 ≥80%), is a
 *   target below the policy minimum, as if it were written in the value; a value in another unit (≥4.5分) leaves the name's
 *   floor as the number that falls short.
 * - a target the name states (不少于120个, 2024年9月底前完成…) against the value (check-name-floor.ts).
 * All read only cached name facts, the resolved levels and the parsed number: no allocation on the common path.
 */
export function checkStatedTargets(
  ctx: FormContext, i: number, ind: Indicator, facts: NameFacts, l1: Level1 | null, l2: Level2 | null, num: number | null, unit: string | null,
): void {
  const cmp = ind.comparator;
  // Only a name that says what the works cost those around them (涉及, 占地, 拆迁, 砍伐, 产生…) is read as a harm: names
  // already read as good or bad, and work, people served or money brought in (misfiled there rather than set the wrong way) are judged by the direction check; a rate under a harm 二级 may be a share done
  // right (补偿到位率), so only counts and amounts with no reading of their own are taken here.
  if ((l2 === 'social_cost' || l2 === 'eco_cost') && (cmp === '>=' || cmp === '>') && num != null && num > 0
    && facts.direction === 'neutral' && facts.impact && facts.kind !== 'rate' && !facts.change && !facts.largeGood && !facts.gain && !misfiledOutput(facts)) {
    const sign = cmp === '>=' ? '≥' : '>';
    push(ctx, 'direction', i, 'comparator', `${rowPlace(ctx, i, ind)}列在「${ind.level2}」下，衡量的是项目造成的代价，应控制上限，指标性质却是「${sign}」（${showTarget(ind)}）；请改为「≤」或「=」（如「≤${num}${unit ?? ''}」）。`);
  }
  // 完成不少于120个…审计 ≥80个, 2024年9月底前完成验收 2024年12月底前: the target the name states against the value.
  if (facts.statesCount) checkNameFloor(ctx, i, ind, facts, num, unit);
  if (cmp === 'qualitative' && num == null && ind.target.includes('月')) checkNameDeadline(ctx, i, ind, facts, ind.target);
  const floor = facts.satisfactionFloor;
  if (floor != null && floor < ctx.policy.minSatisfaction && (l1 === 'satisfaction' || l2 === 'satisfaction' || facts.satisfactionLike)) {
    const min = ctx.policy.minSatisfaction;
    // A value in another unit (≥4.5分) is not the share the name states: the name's own floor is what falls short, and the
    // message names that number, not the value compared with a % it is not in.
    const percentValue = unit == null || isPercentUnit(unit);
    if (cmp === 'qualitative' || (num != null && !percentValue)) {
      push(ctx, 'satisfaction', i, 'name', `${rowPlace(ctx, i, ind)}在名称中写明的满意度目标 ${floor}% 低于满意度最低要求 ${min}%；请把目标提高到不低于 ${min}%（如名称写「…满意度」、指标值写「≥${min}%」）。`);
    } else if ((cmp === '>=' || cmp === '>' || cmp === '=') && num != null && num < min) {
      // 群众满意度达到80%以上 ≥80%: the floor the name states, valued again, is below the minimum all the same.
      push(ctx, 'satisfaction', i, 'target', `${rowPlace(ctx, i, ind)}的目标值 ${showTarget(ind)}（名称中写明 ${floor}%）低于满意度最低要求 ${min}%；请把目标提高到不低于 ${min}%。`);
    }
  }
}

/** Work done, people served, money handed out or drawn in, capacity built: an output or a benefit filed under a harm 二级. */
function misfiledOutput(facts: NameFacts): boolean {
  return facts.activity || facts.people || facts.earning || facts.income || facts.drawnIn || facts.transfer || facts.capacity || facts.works || facts.task;
}
