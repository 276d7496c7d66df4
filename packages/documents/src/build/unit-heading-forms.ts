import { trimText } from '@jixiao/core';
import type { FormKind } from '@jixiao/core';
import { matchLabel } from './field-labels';
import type { Item } from './flatten-source';
import { orgFromTitle, unitNameLine } from './form-titles';
import { stripEnumerator } from './normalize-label';

// Only text-only forms are written as sections a heading opens: the department's own 部门预算绩效文本.
const TEXT_FORM_KIND: FormKind = 'department_target';
// 某某中心整体绩效目标 / 某某局部门整体支出绩效目标: a unit's own target heading, no year, no 表.
const UNIT_TARGET_HEADING = /整体(?:支出)?绩效目标$/;

/**
 * A 部门预算绩效文本 gives each 二级单位 its own text-only target after the department's: a heading
 * naming the unit alone (一、某某中心) over the same sections again (总体绩效目标, 分项绩效目标, 工作保障
 *措施). Such a heading, right above a goal heading when the form above already had its goal, starts
 * that unit's form: it is marked as a title of the department form's kind. A unit line anywhere else
 * (a unit named in prose, or over a form's first goal) stays text.
 */
export function unitHeadingTitles(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  let kind: FormKind | null = null;
  let goalSeen = false;
  for (const [index, item] of items.entries()) {
    if (item.type === 'title') {
      kind = item.kind;
      goalSeen = false;
    } else if (item.type === 'other-title') {
      kind = null;
    } else if (item.type === 'text' && kind === TEXT_FORM_KIND) {
      if (isGoalHeading(item.text)) goalSeen = true;
      else {
        const unit = goalSeen ? unitHeadingName(item.text) : null;
        if (unit != null && isGoalHeading(nextText(items, index))) {
          out.push({ type: 'title', kind, text: unit, line: item.line });
          goalSeen = false;
          continue;
        }
      }
    }
    out.push(item);
  }
  return out;
}

/**
 * The unit a heading names, its enumerator (一、 / （二） / 3.) taken off: alone (某某中心) or before the
 * form's words (某某中心整体绩效目标, a bold line a converter did not mark as a heading); else null.
 */
export function unitHeadingName(text: string): string | null {
  const t = trimText(text);
  if (t.includes('\n')) return null;
  const bare = stripEnumerator(t).replace(/[\s\u3000]+/g, '');
  return unitNameLine(bare) ?? (UNIT_TARGET_HEADING.test(bare) ? orgFromTitle(bare) : null);
}

/**
 * The unit named by a heading right over a form's first goal heading (所属单位整体绩效目标 ⏎ 一、某某中心 ⏎
 * （一）总体绩效目标): the form under a part's heading is that unit's. Null when no such line comes
 * before the first goal heading.
 */
export function unitOverGoal(items: readonly Item[]): string | null {
  for (const [index, item] of items.entries()) {
    if (item.type !== 'text') continue;
    if (isGoalHeading(item.text)) return null;
    const unit = unitHeadingName(item.text);
    if (unit != null && isGoalHeading(nextText(items, index))) return unit;
  }
  return null;
}

function isGoalHeading(text: string | null): boolean {
  if (text == null) return false;
  const m = matchLabel(stripEnumerator(trimText(text)), TEXT_FORM_KIND);
  return m != null && m.key === 'goal' && m.value == null;
}

/** The next item's text when it is a text line (no table row between them), else null. */
function nextText(items: readonly Item[], index: number): string | null {
  const next = items[index + 1];
  return next?.type === 'text' ? next.text : null;
}

/**
 * The 二级单位 a department form's heading names: its title when that is a unit heading (the form
 * unitHeadingTitles started), else a unit heading right over its first goal heading.
 */
export function unitOfTextForm(title: string | null, items: readonly Item[]): string | null {
  return (title != null ? unitHeadingName(title) : null) ?? unitOverGoal(items);
}
