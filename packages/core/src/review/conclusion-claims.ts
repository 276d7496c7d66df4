/**
 * What a 评价结论 claims of the indicators as a whole. 「全面完成了年初设定的各项绩效指标」「各项指标均已完成」「所有目标全部实现」
 * say that no indicator fell short: beside a row scored below its weight for a missed target, the conclusion contradicts the
 * sheet. A claim that is hedged (基本完成, 大部分指标完成), negated (未能全面完成) or names its exceptions (除…外) says no such
 * thing, and is read clause by clause so a later admitted shortfall does not hide an earlier sweeping claim.
 */
const CLAUSE = /[。；;！!\n]/;
// A quantifier of completion before the verb and 指标/目标 after it, or 各项/所有 indicators before a quantified verb.
const EVERY_MET = new RegExp('(?:全面|全部|圆满|均已?|都已?)(?:完成|达到|实现|达成)[^，,、]{0,12}?(?:各项|所有|全部|年度|年初|预期|既定)[^，,、]{0,6}?(?:绩效)?(?:指标|目标)'
  + '|(?:各项|所有|全部)[^，,、]{0,10}?(?:指标|目标)[^，,、]{0,6}?(?:均|全部|都|全面)已?(?:完成|达到|实现|达成)');
// Words that take the sweep back: a negation, a hedge, an exception.
const HEDGED = /未|没有|没能|尚未|基本|大部分|大多|绝大|部分|除|以外|之外|总体|整体上/;

/** True when some clause of the conclusion says every indicator or target was met, without a hedge or exception. */
export function claimsEveryTargetMet(text: string | null): boolean {
  // Most conclusions claim nothing of the indicators: one scan for the nouns spares the clause regexes.
  if (text == null || text.length < 6 || (!text.includes('指标') && !text.includes('目标'))) return false;
  for (const clause of text.split(CLAUSE)) {
    if (EVERY_MET.test(clause) && !HEDGED.test(clause)) return true;
  }
  return false;
}
