/**
 * What a row's own 指标值说明 (指标解释) says it measures, read beside its name. A 部门整体绩效目标表 carries one on every row
 * (seed 004), and a reviewer holds the value to it where the name alone leaves the measure open: 会议保障 defined as
 * 到位率=…/…×100% wants a share, not 到位; 档案查阅利用服务 explained as 接待…人次 wants a count, not %; a 改变率 explained as
 * 越低越好 wants a ceiling.
 */

// A share by formula (…=…/…×100%, …÷…×100%): the row is a rate whatever its name.
const SHARE_FORMULA = /[=＝][^。；;]*[/÷][^。；;]*[×xX*]\s*100\s*[%％]/;
// A first clause that names a count (全年开展…自查次数, 接待查阅利用人次, …数量), with no share anywhere in the explanation.
const COUNT_CLAUSE = /^[^，,。；;：:]*(?:次数|人次|人数|户数|个数|件数|场次|数量)(?:[，,。；;]|$)/;
const SHARE_WORD = /(?:率|比例|比率|占比|比重|百分比|[%％])/;
const LOWER_BETTER = /越(?:低|少|短|小)越好/;
const HIGHER_BETTER = /越(?:高|多|长|大)越好/;

export type DescribedMeasure = 'share' | 'count';

/** The measure the explanation defines: a share by formula, a count named in its first clause, or null (it only explains). */
export function describedMeasure(description: string | null): DescribedMeasure | null {
  if (description == null) return null;
  if (SHARE_FORMULA.test(description)) return 'share';
  return COUNT_CLAUSE.test(description.trim()) && !SHARE_WORD.test(description) ? 'count' : null;
}

/** Which way the explanation says is better (越低越好 / 越高越好), or null when it does not say, or says both. */
export function describedWay(description: string | null): 'lower' | 'higher' | null {
  if (description == null) return null;
  const lower = LOWER_BETTER.test(description);
  const higher = HIGHER_BETTER.test(description);
  return lower === higher ? null : lower ? 'lower' : 'higher';
}
