import type { Indicator } from '../forms/forms-schema';
import { nameIdentity } from './name-identity';
import type { NameFacts } from './name-facts';

/**
 * The same indicator filled twice in other words (rules.md §2 names): the work's verb moved to the end (运维农村生活污水处理设施
 * / 农村生活污水处理设施运维数量, 实施村级集体经济发展项目 / 村级集体经济发展项目实施个数), or the people counted named in between
 * (护送返乡 / 护送受助人员返乡, 护理补贴发放人数 / 护理补贴发放对象人数). Read only between rows that state the very same target
 * (comparator, value and unit): a copy reworded keeps its number, while two indicators that share words (生活补贴标准 and
 * 护理补贴标准 both =90 元/人·月) differ in more than these moves.
 */

// Who a count is of, inserted without changing what is counted: 受助人员, 服务对象, 群众.
const PEOPLE_INSERT = /^[\u4e00-\u9fa5]{0,2}(?:人员|对象|群众)$/;
// A moved verb is two characters; the thing it acts on keeps at least four, so a short name is never read as moved.
const MOVED = 2;

/** Two identity keys (nameIdentity) that differ only by a moved two-character verb or an inserted people word. */
export function rewordedSame(a: string, b: string): boolean {
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (short.length < 4 || short === long) return false;
  if (short.length === long.length) {
    if (short.length < MOVED + 4) return false;
    return movedToEnd(short, long) || movedToEnd(long, short);
  }
  const extra = long.length - short.length;
  if (extra > 4) return false;
  let p = 0;
  while (p < short.length && short.charCodeAt(p) === long.charCodeAt(p)) p++;
  return p >= 2 && long.slice(p + extra) === short.slice(p) && PEOPLE_INSERT.test(long.slice(p, p + extra));
}

/** head is verb + thing and tail is thing + verb. */
function movedToEnd(head: string, tail: string): boolean {
  return head.charCodeAt(0) === tail.charCodeAt(tail.length - MOVED) && head.charCodeAt(1) === tail.charCodeAt(tail.length - 1)
    && head.slice(MOVED) === tail.slice(0, -MOVED);
}

/**
 * An earlier row (not one `skip` passes over) that names row i's indicator in other words, with the same comparator, target
 * and unit; -1 when none. unitOf gives the unit a row is measured in (its cell, else the unit bracketed in its name).
 */
export function rewordedRow(rows: readonly Indicator[], facts: readonly NameFacts[], i: number, skip: (k: number) => boolean, unitOf: (k: number) => string): number {
  const mine = rows[i]!;
  if (mine.comparator == null || mine.target === '') return -1;
  let key: string | null = null;
  let unit = '';
  for (let k = 0; k < i; k++) {
    const other = rows[k]!;
    if (other.comparator !== mine.comparator || other.target !== mine.target || skip(k)) continue;
    if (key == null) {
      unit = unitOf(i);
      key = nameIdentity(facts[i]!.plainCore, unit);
    }
    if (unitOf(k) !== unit) continue;
    if (rewordedSame(nameIdentity(facts[k]!.plainCore, unit), key)) return k;
  }
  return -1;
}
