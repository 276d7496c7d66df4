import type { Indicator } from '../forms/forms-schema';
import { foldWidth } from '../values/normalize-text';
import { parseValue } from '../values/parse-value';
import type { NameFacts } from './name-facts';
import { type FormContext, push, rowPlace } from './review-context';
import { trimmed } from '../values/text-scan';

/**
 * Target values as counties, townships and schools fill them in loosely: a sign with no number (「≥」), a placeholder
 * (「/」 「—」 「见附件」), a yes/no answer (是, 否, 完成, 未完成) and the name typed again before the target
 * (教师培训合格率≥95%). Read only for the few rows whose target is not a plain number; regexes compiled once.
 */

// A sign and nothing after it: the number was never filled in.
const LONE_SIGN = /^(?:[≥≤=<>≧≦＝＞＜⩾⩽]|>=|<=|=>|=<)$/;
// Values that stand for no value at all.
const PLACEHOLDER = /^(?:[/／\\—–\-－_…·.、]+|(?:详)?见附[件表]\d*|N\/?A|暂无|待定)$/i;
// 达到 answers a name that states its bound (森林火灾受害率控制在0.9‰以内 = 达到) as 达标 does.
const AFFIRM = /^(?:是|已?(?:全部|全面|按时|按期)?完成(?:任务)?|达标|已?达到|实现|通过)$/;
const DENY = /^(?:否|未完成|没有完成|不完成|未达标|不达标|未通过|未实现)$/;
// 100%完成 read as 100 + 「%完成」: the share done, when the name says of what.
const PERCENT_DONE = /^[%％]\s*(?:已?(?:全部|全面|按时|按期)?完成(?:任务)?|达标)$/;
// 是否存在违规, 是否发生事故, 是否出现返贫: a question about a bad thing, rightly answered 否.
const BAD_QUESTION = /是否(?:存在|发生|出现)/;
const LEADING_COLON = /^[:：\s]+/;
// 1，200份 / １，２００: a full-width comma typed as the thousands separator (the value reader keeps it as text); ２０场: digits
// typed in full width by a Chinese input method left in full-width mode.
const FULL_WIDTH_THOUSANDS = /(\d)，(?=\d{3}(?!\d))/g;
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/;

/** The target with full-width digits and thousands separators read as ASCII, or null when it has none. */
export function widthTyped(target: string): string | null {
  if (!target.includes('，') && !FULL_WIDTH_DIGIT.test(target)) return null;
  const folded = foldWidth(target).replace(FULL_WIDTH_THOUSANDS, '$1,');
  return folded.includes('，') ? null : folded;
}

/** 「≥」 alone: a sign whose number was never filled in. */
export function isLoneSign(target: string): boolean {
  return target.length <= 2 && LONE_SIGN.test(target);
}

/** 「/」 「—」 「见附件」: a placeholder where the target should be. */
export function isPlaceholder(target: string): boolean {
  return target.length <= 8 && PLACEHOLDER.test(target);
}

/** 「%完成」 after 100: the whole task done, measurable when the name states the task's quantity. */
export function isPercentDone(unit: string): boolean {
  return PERCENT_DONE.test(unit);
}

/** 1 for a yes (是, 完成, 达标), -1 for a no (否, 未完成), 0 for anything else. */
function answerOf(target: string): 1 | -1 | 0 {
  if (target.length > 5) return 0;
  return AFFIRM.test(target) ? 1 : DENY.test(target) ? -1 : 0;
}

/**
 * A yes/no answer to a name it measures: a 是否 question, a name carrying its own quantity (完成全县5000亩…任务) or stating
 * that a bad thing must not happen (确保全年无重大安全事故). 是 where the name is a bad thing (是否发生安全事故 = 是) or 否 /
 * 未完成 where it is a good one (是否按时完成 = 否) sets the wrong outcome as the target. Returns whether the row was such an
 * answer: then it is measurable and needs no other value check.
 */
export function checkAnswer(ctx: FormContext, i: number, ind: Indicator, facts: NameFacts, target: string): boolean {
  const answer = answerOf(target);
  if (answer === 0 || !(facts.yesNo || facts.statesCount || facts.absence)) return false;
  const bad = (facts.direction === 'bad' || BAD_QUESTION.test(facts.core)) && !facts.absence && !facts.capped;
  if (answer > 0 && bad) {
    push(ctx, 'direction', i, 'target', `${rowPlace(ctx, i, ind)}问的是不应发生的情况，目标值却是「${target}」，等于以发生为目标；请改为「否」（或「=0」加计量单位）。`);
  } else if (answer < 0 && !bad) {
    push(ctx, 'direction', i, 'target', `${rowPlace(ctx, i, ind)}是应当实现的目标，目标值却是「${target}」，等于以不完成为目标；请改为「是」或「完成」。`);
  }
  return true;
}

/**
 * The name typed again before the target (教师培训合格率≥95%, 教师培训人数：300人): the rest read as the target, with the
 * row's comparator and unit taken from it; null when the value is not such an echo. A new row only on that rare path.
 */
export function echoedTarget(ind: Indicator, core: string): Indicator | null {
  const t = trimmed(ind.target);
  const name = trimmed(ind.name);
  let rest: string;
  if (name.length >= 2 && t.length > name.length && t.startsWith(name)) rest = t.slice(name.length);
  else if (core.length >= 2 && t.length > core.length && t.startsWith(core)) rest = t.slice(core.length);
  else return null;
  const p = parseValue(rest.replace(LEADING_COLON, ''));
  if (p.kind !== 'number') return null;
  return { ...ind, comparator: p.sign ?? '=', target: p.text, unit: ind.unit ?? p.unit };
}
