import type { Indicator } from '../forms/forms-schema';
import type { NameFacts } from './name-facts';
import type { Level2 } from './indicator-framework';
import { type FormContext, push, rowPlace } from './review-context';

/**
 * 定性 rows answered with a grade (优/良/中/差, 合格/不合格, A级): the bottom of the scale set as the target, and a value that lists
 * every grade instead of choosing one. Read only for the few 定性 rows whose value holds no number; regexes compiled once.
 */

// The failing end of a grading scale (不合格, 差, 较差, 未通过): a target nobody sets on purpose.
const FAIL_GRADE = /^(?:评定为|评为|等级为|结论为)?(?:不合格|不及格|较差|很差|差|不达标|未通过|不通过|D)(?:等级|等次|级)?$/;
const GRADE_WORD = '(?:优秀|优良|优|良好|良|中等|中|一般|及格|合格|不合格|不及格|较差|差|[A-Da-d]级?|[甲乙丙丁]等?)';
// Every option of the scale pasted as the value (优/良/中/差, 合格、不合格): no grade is chosen.
const GRADE_LIST = new RegExp(`^${GRADE_WORD}(?:\\s*[/／、，,|｜]\\s*${GRADE_WORD}){2,}$`);

/**
 * A graded name (…等级, …等次, …验收结论) or a 质量 row that is not a rate, answered with a failing grade (direction), or with
 * the whole scale listed (qualitative_vs_quantitative). Returns whether the row was reported.
 */
export function checkGradeAnswer(ctx: FormContext, i: number, ind: Indicator, facts: NameFacts, l2: Level2 | null, target: string): boolean {
  if (target.length > 16) return false;
  const gradedRow = facts.graded || (l2 === 'quality' && facts.kind !== 'rate' && !facts.task);
  if (gradedRow && facts.direction !== 'bad' && FAIL_GRADE.test(target)) {
    push(ctx, 'direction', i, 'target', `${rowPlace(ctx, i, ind)}是应达到的等级或结论，目标值却是「${target}」，等于以不合格为目标；请改为应达到的等级（如「合格」「良好及以上」）。`);
    return true;
  }
  if ((gradedRow || l2 === 'quantity' || l2 === 'timeliness') && GRADE_LIST.test(target)) {
    push(ctx, 'qualitative_vs_quantitative', i, 'target', `${rowPlace(ctx, i, ind)}的指标值「${target}」列出了全部等级，没有设定要达到的等级，无法衡量；请写明目标等级（如「良好及以上」「合格」）。`);
    return true;
  }
  return false;
}
