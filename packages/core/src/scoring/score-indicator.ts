import type { Comparator, Indicator } from '../forms/forms-schema';
import { DEFAULT_POLICY, type Policy } from '../policy/policy';
import { foldWidth } from '../values/normalize-text';
import { isFractionUnit, parseValueWithNumerals } from '../values/parse-value';
import { actualInWords, hasDigit, plainDecimal, quickNumber } from './read-number-fast';
import { formatNumber as f, roundScore } from './round-score';
import { bandText, DeadlineDerivation, ManualDerivation, QualitativeDerivation } from './deferred-derivation';
import { QuantitativeDerivation, quantitativeRaw, WrittenQuantitativeDerivation, type Branch } from './quantitative-derivation';
import { NO_ISSUES, type IndicatorScore, type QualitativeChoice, type ScoreIssue } from './score-types';
import { bandNamedBy, explainsNothing, noneAsZero } from './band-words';
import { lateAtFullMarks, meetsDeadline } from './deadline';
import { meetsStatedChange, shortOfStatedChange } from './stated-change';
import { gradeShortfall, shortOfGrade } from './grade-scale';
import { actualInRange } from './range-target';
import { weightless } from './weightless-row';
import { bandDefault, bandOf, documentMismatch } from './score-bands';
import { mayRank, scoreRank } from './rank-scale';
import { fractionAsPercent, inRowUnit, isEstimate, namesDecrease, percentClashes, percentInWords, readActualInUnit } from './read-actual-in-unit';

export { bandDefault, bandOf } from './score-bands';

export interface ScoreIndicatorOptions {
  policy?: Policy;
  /** 0-based row index, carried into the result and its issues. */
  row?: number;
  /** The editor's pick for a qualitative indicator. */
  choice?: QualitativeChoice;
  /** A score entered by hand: used for qualitative picks (inside the band) and hand-scored rows. */
  manualScore?: number;
}

const EPS = 1e-9;

/** Scores one self-evaluation indicator by rules.md §3. Never throws. */
export function scoreIndicator(ind: Indicator, options: ScoreIndicatorOptions = {}): IndicatorScore {
  return scoreIndicatorAt(ind, options.policy ?? DEFAULT_POLICY, options.row ?? 0, options.choice, options.manualScore);
}

/** scoreIndicator with positional arguments: the per-row loop of a form allocates no options object. */
export function scoreIndicatorAt(
  ind: Indicator, policy: Policy, row: number, choice: QualitativeChoice | undefined, manualScore: number | undefined,
): IndicatorScore {
  let w = ind.weight;
  // 宣讲场次（5分）with the weight cell empty: the 分值 printed after the name is the weight.
  if (w == null) w = weightInName(ind.name);
  if (w == null || !(w >= 0)) {
    return handScored(ind, row, manualScore, '权重缺失或无效，无法按规则计分', 'weight_missing',
      `第${row + 1}行「${ind.name}」没有有效的指标权重，无法按规则计分；请补填权重。`);
  }
  const comparator = effectiveComparator(ind);
  if (comparator === 'qualitative') return scoreQualitative(ind, row, w, policy, choice, manualScore);
  if (comparator === null) {
    return handScored(ind, row, manualScore, '没有指标值，需人工评分', 'manual_score',
      `第${row + 1}行「${ind.name}」没有指标值，无法按规则计分，已采用人工/填报得分；请补填指标值。`);
  }
  // Bare decimals are read without the full parser; everything else goes through it.
  let t = plainDecimal(ind.target);
  if (t !== t) t = quickNumber(ind.target);
  // Targets and actuals read beyond a plain number (0.32亿元, 42万元, 已完成12次) are shown as written beside the number.
  let targetRead = false;
  let actualRead = false;
  if (t !== t) {
    // ≥三千册, 不少于二十场: a target in Chinese numerals is the number deriveTarget would store for it.
    const target = parseValueWithNumerals(ind.target);
    // ≥2/3, 3/4: a fraction states no one number to compare with (deriveTarget stores it as a reference).
    if (target.kind !== 'number' || isFractionUnit(target.unit)) {
      // ≤2024年12月底 against 2024年11月: a date deadline met in time earns the weight (a late one stays with a person).
      // `=` on a date (完成时间 = 2024年12月) names the same deadline: done by then is met, as under `<=`.
      if (comparator === '<=' || comparator === '<' || comparator === '=') {
        const onTime = meetsDeadline(ind.target, ind.actual);
        if (onTime === true) return deadlineMet(ind, row, w);
        // Late with full marks: as on a qualitative deadline row (README), 部分达成's default, and the score flagged.
        const doc = manualScore ?? ind.score;
        if (onTime === false && doc != null && doc >= w - EPS) return deadlineLateFullMarks(ind, row, w, doc, policy);
      }
      const what = target.kind === 'reference' ? `参照性目标「${target.text}」` : '非数值目标';
      return handScored(ind, row, manualScore, `${what}，需人工评分`, 'manual_score',
        `第${row + 1}行「${ind.name}」的指标值是${what}，不能自动计分，已采用人工/填报得分；请核实得分。`);
    }
    // 0.32亿元 as the target of a 万元 row is 3200: target and actual meet in the row's unit.
    const inUnit = inRowUnit(target.number, target.unit, ind.unit);
    if (inUnit.value !== inUnit.value) {
      return handScored(ind, row, manualScore, '指标值的单位与计量单位不符，需人工评分', 'manual_score',
        `第${row + 1}行「${ind.name}」的指标值「${ind.target}」以「${inUnit.clash ?? ''}」计，计量单位却是「${ind.unit ?? ''}」，不能自动计分，已采用人工/填报得分；请核实指标值或计量单位。`);
    }
    t = inUnit.value;
    targetRead = !writtenAsRead(ind.target, t, ind.unit);
  }
  // 二类 against ≤三类 on water, 三级 against 二级资质: a rank is scored on its scale, not by §3's proportions.
  if (ind.unit != null && mayRank(ind.unit)) {
    const ranked = scoreRank(ind, row, w, comparator, t, policy, manualScore);
    if (ranked) return ranked;
  }
  const actualText = ind.actual;
  let a = actualText == null ? NaN : quickNumber(actualText);
  // 100% under 套: the quick read drops the %, which only a percentage row may do.
  if (a === a && actualText!.charCodeAt(actualText!.length - 1) === 37 && ind.unit != null && ind.unit !== '%' && percentClashes(ind.unit)) {
    return unitClash(ind, row, manualScore, '%');
  }
  if (a !== a) {
    // An actual without a digit (已完成, 达到预期) is no number to the full parser, which would only say so; one in
    // Chinese numerals (完成六次, 三千人) is read by actualInWords, which returns at once when there is no numeral.
    let read: number | null = null;
    let clash: string | null = null;
    if (actualText != null) {
      if (!hasDigit(actualText)) {
        read = actualInWords(actualText, ind.unit);
        if (read == null) {
          const percent = percentInWords(actualText.trim());
          if (percent === percent) read = percent;
        }
      } else {
        const actual = readActualInUnit(actualText, ind.unit, ind.name, comparator);
        if (actual.value === actual.value) read = actual.value;
        clash = actual.clash;
      }
    }
    if (read != null) a = read;
    // 「未发生」「无」 say the count: 0; 「零投诉」 only under a row that caps complaints (under 满意度 ≥90% a person scores it).
    else if (noneAsZero(actualText, t, comparator)) a = 0;
    else if (clash != null) return unitClash(ind, row, manualScore, clash);
    else {
      // A blank 完成值 is merely unscored; words in its place are a cell the sheet must correct.
      const blank = actualText == null || actualText.trim() === '';
      return handScored(ind, row, manualScore, blank ? '未填写完成值，需人工评分' : '完成值不是数值，需人工评分', blank ? 'manual_score' : 'actual_not_numeric',
        blank
          ? `第${row + 1}行「${ind.name}」未填写完成值，不能自动计分${(manualScore ?? ind.score) != null ? '，已采用人工/填报得分' : ''}；请填写完成值（数值和计量单位）。`
          : `第${row + 1}行「${ind.name}」的完成值「${actualText}」${isEstimate(actualText!) ? '是估计数，不是实际完成的数值' : '不是数值'}，不能自动计分${(manualScore ?? ind.score) != null ? '，已采用人工/填报得分' : ''}；请填写实际完成的数值${ind.unit ? `（以${ind.unit}计）` : ''}。`);
    }
    actualRead = !writtenAsRead(actualText!, a, ind.unit);
  } else if (a <= 1) {
    // 0.96 under ≥95%: a share written as a fraction. −3 under …下降率: a decrease of 3 (both rare: one compare each).
    if (a > 0) {
      const percent = fractionAsPercent(a, t, ind.unit);
      if (percent !== a) { a = percent; actualRead = true; }
    } else if (a < 0 && comparator !== '<=' && comparator !== '<' && namesDecrease(ind.name)) { a = -a; actualRead = true; }
  }
  // A target below zero (增长率 ≤−5%) is a signed change: A is compared as written, not counted as 0. Met earns the
  // weight; §3's proportions assume T > 0, so a miss is left to a person.
  if (t < 0) {
    const met = comparator === '<=' || comparator === '<' ? a <= t : a >= t;
    if (!met) {
      return handScored(ind, row, manualScore, '目标值为负数（变化幅度），未达到时没有按比例计分的规则，需人工评分', 'manual_score',
        `第${row + 1}行「${ind.name}」的目标值${f(t)}为负数，完成值${f(a)}未达到，规则没有按比例计分的办法，已采用人工/填报得分；请核实得分。`);
    }
    const score = roundScore(w);
    const mismatch = documentMismatch(ind, row, score);
    return {
      row, name: ind.name, weight: w, score, status: 'computed',
      derivation: new QuantitativeDerivation(comparator, t, a, w, 'signed-met', 0), issues: mismatch ? [mismatch] : NO_ISSUES,
    };
  }
  return scoreQuantitative(ind, row, w, comparator, t, a, policy, targetRead ? ind.target : null, actualRead ? actualText : null);
}

/** Whether a cell says just the number it was read as, with the row's unit at most (86所): no need to show it beside. */
function writtenAsRead(written: string, n: number, unit: string | null): boolean {
  // 1,050公里 says 1050 公里: thousands separators are no news.
  const s = written.includes(',') ? written.replaceAll(',', '').trim() : written.trim();
  const number = String(n);
  if (!s.startsWith(number)) return false;
  return s.length === number.length || (unit != null && s.slice(number.length).trim() === unit.trim());
}

function effectiveComparator(ind: Indicator): Comparator | null {
  if (ind.comparator) return ind.comparator;
  if (ind.target === '') return null;
  // No comparator stored (a 正向/反向 指标性质 the import could not read, a hand-made row): forms.md's order, so a sign
  // or comparator word in front of the value wins (≤5 is `<=`, not `=` scored as ≥); a bare number is `=`.
  const v = parseValueWithNumerals(ind.target);
  if (v.kind === 'number' || v.kind === 'reference') return v.sign ?? '=';
  return v.kind === 'text' ? 'qualitative' : null;
}

function scoreQuantitative(
  ind: Indicator, row: number, w: number, cmp: Exclude<Comparator, 'qualitative'>, t: number, rawA: number, policy: Policy,
  targetText: string | null, actualText: string | null,
): IndicatorScore {
  let over: ScoreIssue | null = null;
  const a = rawA < 0 ? 0 : rawA;
  const thr = policy.overAchievementThreshold;
  let branch: Branch;
  if (cmp === '<=' || cmp === '<') {
    branch = t === 0 ? 'reverse-zero-target' : a <= t ? 'reverse-met' : a >= 2 * t ? 'reverse-doubled' : 'reverse-partial';
  } else if (t === 0) {
    branch = 'zero-target';
  } else if (a >= t) {
    branch = 'met';
    // θ·T in binary can land above the decimal product (1.3 × 3 = 3.9000000000000004): A = 3.9 is at the threshold,
    // so both tests allow a relative slack of 1e-9 (at θ·T: a reason is due, nothing is deducted).
    const bound = thr * t;
    const slack = bound * 1e-9;
    if (t > 0 && a >= bound - slack) {
      if (policy.overAchievement === 'explain') {
        branch = 'met-explain';
        // 「无」 or 「已完成」 in the reason cell explains nothing: the excess still owes its cause.
        if (explainsNothing(ind.reason)) {
          over = { row, code: 'over_achievement_reason', message: `第${row + 1}行「${ind.name}」完成值${f(a)}超过目标值${f(t)}的${f(thr)}倍，按政策须说明超额原因；请在「未完成原因/偏差原因」中填写。` };
        }
      } else if (policy.overAchievement === 'deduct' && a > bound + slack) {
        branch = 'deducted';
      }
    }
  } else {
    branch = 'partial';
  }
  const raw = quantitativeRaw(branch, cmp, t, a, w, thr);
  const score = roundScore(raw);
  const mismatch = documentMismatch(ind, row, score);
  // Arrays of their exact length: a push into [] would reserve room for 16 issues on every row that has one.
  const issues: ScoreIssue[] = over ? (mismatch ? [over, mismatch] : [over]) : mismatch ? [mismatch] : NO_ISSUES;
  return {
    row, name: ind.name, weight: w, score, status: 'computed',
    // The threshold enters only the over-achievement branches' spelling: other rows keep a 0 (no boxed double per row).
    derivation: targetText === null && actualText === null
      ? new QuantitativeDerivation(cmp, t, rawA, w, branch, branch === 'met-explain' || branch === 'deducted' ? thr : 0)
      : new WrittenQuantitativeDerivation(cmp, t, rawA, w, branch, branch === 'met-explain' || branch === 'deducted' ? thr : 0, targetText, actualText),
    issues,
  };
}

const NEGATIONS = '不未没无非否';

/** True when the actual text says the target was met: equal, or containing it without a negation in front. */
export function actualMeetsTarget(target: string, actual: string): boolean {
  if (target === '' || actual === '') return false;
  if (actual === target) return true;
  const t = foldWidth(target).replace(/[\s。.，,；;]+/g, '');
  const a = foldWidth(actual).replace(/[\s。.，,；;]+/g, '');
  if (t === '' || a === '') return false;
  if (a === t) return true;
  let from = 0;
  for (;;) {
    const i = a.indexOf(t, from);
    if (i < 0) return false;
    if (i === 0 || !NEGATIONS.includes(a[i - 1]!)) return !NEGATIONS.includes(a[0]!);
    from = i + 1;
  }
}

function scoreQualitative(
  ind: Indicator, row: number, w: number, policy: Policy, pick: QualitativeChoice | undefined, manual: number | undefined,
): IndicatorScore {
  let choice = pick;
  let docOutOfBand: ScoreIssue | null = null;
  let deadline: boolean | null = null, stated: boolean | null = null, grade: number | null = null;
  if (!choice) {
    let named: QualitativeChoice | null = null;
    if (actualMeetsTarget(ind.target, ind.actual ?? '')) choice = '达成';
    else if ((named = bandNamedBy(ind.actual)) != null) {
      // 完成值「部分达成」: the sheet picked the band itself, so its score must lie in that band.
      const doc = manual ?? ind.score;
      if (doc != null && bandOf(doc, w, policy) === named) return keptInBand(ind, row, w, doc, named, manual != null, policy);
      choice = named;
      if (doc != null && manual == null) {
        docOutOfBand = { row, code: 'band', message: `第${row + 1}行定性指标「${ind.name}」完成值为「${named}」，得分${f(doc)}却不在「${named}」区间 ${bandText(named, w, policy)} 内；请在区间内打分或更正完成情况。` };
      }
    } else if ((deadline = meetsDeadline(ind.target, ind.actual)) === true || (deadline == null && (stated = meetsStatedChange(ind.target, ind.actual)) === true)
      || (deadline == null && stated == null && (grade = gradeShortfall(ind.target, ind.actual)) === 0)) {
      // 「2024年12月底前」 done 「2024年11月」: the deadline is met, the target reached; so is 「Ⅲ类及以上」 by 「Ⅱ类」.
      choice = '达成';
    } else if (grade != null) {
      // 「Ⅳ类」 against 「Ⅲ类及以上」 is one step short (部分达成), 「劣Ⅴ类」 three (未达成), as a rank stored as a number
      // (rank-scale.ts): the sheet's score stands inside that band, outside it the band's default is taken and flagged.
      const band: QualitativeChoice = grade === 1 ? '部分达成' : '未达成';
      const doc = manual ?? ind.score;
      if (doc != null && bandOf(doc, w, policy) === band) return keptInBand(ind, row, w, doc, band, manual != null, policy);
      choice = band;
      if (doc != null && manual == null) {
        docOutOfBand = { row, code: 'band', message: shortOfGrade(row, ind.name, ind.target, ind.actual, f(doc), grade, bandText(band, w, policy)) };
      }
    } else if (deadline === null && hasDigit(ind.target) && actualInRange(ind.target, ind.actual, ind.unit, ind.name) === true) {
      // 92% against 90%-95%: inside the range is the target met.
      choice = '达成';
    } else {
      // No pick and no textual match: the document's own score decides the band, if it fits one.
      const doc = manual ?? ind.score;
      const band = doc == null ? null : bandOf(doc, w, policy);
      if ((deadline === false || stated === false) && doc! >= w - EPS) {
        // 「2025年9月底前」 done 「2025年11月20日」 with full marks: late is not 达成 in full. How late is a person's call, and
        // a sheet that takes points off for it (8 of 10) has made that call; full marks have not.
        choice = '部分达成';
        const short = deadline === false ? lateAtFullMarks : shortOfStatedChange;
        docOutOfBand = { row, code: 'band', message: short(row, ind.name, ind.target, ind.actual, f(doc!)) };
      } else {
        if (doc != null && band) return keptInBand(ind, row, w, doc, band, manual != null, policy);
        if (w <= EPS) return weightless(ind, row, doc, manual != null, policy);
        const issue: ScoreIssue = {
          row, code: doc == null ? 'score_missing' : 'band',
          message: doc == null
            ? `第${row + 1}行定性指标「${ind.name}」无法判断是否达成，且没有得分；请选择达成/部分达成/未达成。`
            : `第${row + 1}行定性指标「${ind.name}」的得分${f(doc)}不在任何等级区间 [0, ${f(w)}] 内；请选择达成/部分达成/未达成并重新打分。`,
        };
        return {
          row, name: ind.name, weight: w, score: null, status: 'qualitative',
          derivation: new QualitativeDerivation(ind.target, ind.actual, w, 'undetermined', 0, null, false, false, policy), issues: [issue],
        };
      }
    }
  }
  const picked = !!pick;
  let outOfBand: ScoreIssue | null = null;
  if (manual != null) {
    const band = bandOf(manual, w, policy);
    if (band === choice) {
      const score = roundScore(manual);
      return {
        row, name: ind.name, weight: w, score, status: 'qualitative',
        derivation: new QualitativeDerivation(ind.target, ind.actual, w, 'manual-in-band', score, choice, picked, true, policy), issues: NO_ISSUES,
      };
    }
    outOfBand = { row, code: 'band', message: `第${row + 1}行定性指标「${ind.name}」人工得分${f(manual)}不在「${choice}」区间 ${bandText(choice, w, policy)} 内，已按默认分计；请在区间内打分。` };
  } else if (ind.score != null && docOutOfBand == null) {
    // A band fixed by the editor's pick or by the 完成值 meeting the target: §3 lets the score lie anywhere in the
    // band, so the sheet's own score inside it stands; outside it the band's default is taken and the score flagged.
    const doc = ind.score;
    if (bandOf(doc, w, policy) === choice) {
      return {
        row, name: ind.name, weight: w, score: roundScore(doc), status: 'qualitative',
        derivation: new QualitativeDerivation(ind.target, ind.actual, w, 'score-in-band', doc, choice, picked, false, policy), issues: NO_ISSUES,
      };
    }
    docOutOfBand = { row, code: 'band', message: `第${row + 1}行定性指标「${ind.name}」评为「${choice}」，填报得分${f(doc)}却不在该区间 ${bandText(choice, w, policy)} 内，已按默认分计；请在区间内打分或更正评级。` };
  }
  const score = bandDefault(choice, w, policy);
  outOfBand ??= docOutOfBand;
  // The out-of-band document score is the defect; a mismatch with the band's default would repeat it.
  const mismatch = docOutOfBand ? null : documentMismatch(ind, row, score);
  return {
    row, name: ind.name, weight: w, score, status: 'qualitative',
    derivation: new QualitativeDerivation(ind.target, ind.actual, w, 'band-default', score, choice, picked, false, policy),
    issues: outOfBand ? (mismatch ? [outOfBand, mismatch] : [outOfBand]) : mismatch ? [mismatch] : NO_ISSUES,
  };
}

/** An actual written in a unit the row's cannot be (60% under 小时, 10分 under %): hand-scored, the cell to fix. */
function unitClash(ind: Indicator, row: number, manualScore: number | undefined, written: string): IndicatorScore {
  return handScored(ind, row, manualScore, '完成值的单位与计量单位不符，需人工评分', 'actual_not_numeric',
    `第${row + 1}行「${ind.name}」的完成值「${ind.actual ?? ''}」以「${written}」计，计量单位却是「${ind.unit ?? ''}」，不能自动计分，已采用人工/填报得分；请按计量单位填写完成值。`);
}

const WEIGHT_IN_NAME = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]\s*$/;

/** The 分值 printed after an indicator's name (培训场次（5分）), or null. */
export function weightInName(name: string): number | null {
  const m = WEIGHT_IN_NAME.exec(name);
  return m ? Number(m[1]) : null;
}

/** A date deadline missed, yet given full marks: late is not met in full, so 部分达成's default stands and the score is flagged. */
function deadlineLateFullMarks(ind: Indicator, row: number, w: number, doc: number, policy: Policy): IndicatorScore {
  const score = bandDefault('部分达成', w, policy);
  const issue: ScoreIssue = { row, code: 'band', message: `第${row + 1}行「${ind.name}」完成时间「${ind.actual ?? ''}」晚于期限「${ind.target}」，却得满分${f(doc)}；已按部分达成默认分${f(score)}计，请按延误程度打分或更正完成时间。` };
  return {
    row, name: ind.name, weight: w, score, status: 'computed',
    derivation: new DeadlineDerivation(ind.target, ind.actual ?? '', w, score), issues: [issue],
  };
}

function deadlineMet(ind: Indicator, row: number, w: number): IndicatorScore {
  const score = roundScore(w);
  const mismatch = documentMismatch(ind, row, score);
  return {
    row, name: ind.name, weight: w, score, status: 'computed',
    derivation: new DeadlineDerivation(ind.target, ind.actual ?? '', w), issues: mismatch ? [mismatch] : NO_ISSUES,
  };
}

function handScored(
  ind: Indicator, row: number, manualScore: number | undefined, rule: string, code: ScoreIssue['code'], message: string,
): IndicatorScore {
  const given = manualScore ?? ind.score;
  const first: ScoreIssue = { row, code, message };
  if (given == null) {
    const missing: ScoreIssue = { row, code: 'score_missing', message: `第${row + 1}行「${ind.name}」需人工评分但没有得分；请填写得分。` };
    return {
      row, name: ind.name, weight: ind.weight, score: null, status: 'manual',
      derivation: new ManualDerivation(ind.comparator, ind.target, ind.actual, ind.weight, rule, null, false), issues: [first, missing],
    };
  }
  const written = roundScore(given);
  const outside = ind.weight != null && (written < 0 || written > ind.weight + EPS);
  // rules.md §3: an item's score is clamped to [0, its 分值]; the written one is reported, not counted.
  const score = outside ? Math.min(Math.max(written, 0), ind.weight!) : written;
  const issues: ScoreIssue[] = outside
    ? [first, { row, code: 'band', message: `第${row + 1}行「${ind.name}」得分${f(written)}超出 [0, ${f(ind.weight!)}]，已按 ${f(score)} 计；请核实。` }]
    : [first];
  return {
    row, name: ind.name, weight: ind.weight, score, status: 'manual',
    derivation: new ManualDerivation(ind.comparator, ind.target, ind.actual, ind.weight, rule, score, manualScore != null), issues,
  };
}

/** A qualitative row whose document (or hand) score lies in the band the row's 完成值 fixes: the score stands. */
function keptInBand(ind: Indicator, row: number, w: number, doc: number, band: QualitativeChoice, byHand: boolean, policy: Policy): IndicatorScore {
  return {
    row, name: ind.name, weight: w, score: roundScore(doc), status: 'qualitative',
    derivation: new QualitativeDerivation(ind.target, ind.actual, w, 'score-in-band', doc, band, false, byHand, policy), issues: NO_ISSUES,
  };
}
