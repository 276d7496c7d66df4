import type { Indicator, Policy, QualitativeChoice } from '@jixiao/core';

export type Bands = Policy['qualitativeBands'];

/** The score range of a qualitative band for a row of weight w, as the policy's cut-offs set it: 达成 [8, 10]. */
export function bandText(choice: QualitativeChoice, w: number, bands: Bands): string {
  const r = (x: number) => Math.round(x * w * 100) / 100;
  if (choice === '达成') return `[${r(bands.achievedMin)}, ${r(1)}]`;
  if (choice === '部分达成') return `[${r(bands.partialMin)}, ${r(bands.achievedMin)})`;
  return `[0, ${r(bands.partialMin)})`;
}

/** The band a stored qualitative score lies in, so a reopened form shows the pick it was given. */
export function choiceFromScore(score: number | null, weight: number | null, bands: Bands): QualitativeChoice | undefined {
  if (score === null || weight === null || weight <= 0) return undefined;
  const ratio = score / weight;
  return ratio >= bands.achievedMin ? '达成' : ratio >= bands.partialMin ? '部分达成' : '未达成';
}

/** The picks a stored sheet implies: each qualitative row's band as its stored score lies under the policy's cut-offs. */
export function storedPicks(indicators: readonly Indicator[], bands: Bands): Record<number, QualitativeChoice> {
  const picks: Record<number, QualitativeChoice> = {};
  indicators.forEach((ind, i) => {
    if (ind.comparator !== 'qualitative') return;
    const c = choiceFromScore(ind.score, ind.weight, bands);
    if (c) picks[i] = c;
  });
  return picks;
}

/**
 * A row's 完成值 as a reader of the sheet sees it: the value the unit typed, else for a qualitative row the band its
 * 自评分 lies in (a band is picked, not typed, so no 完成值 is stored); null where there is neither.
 */
export function shownActual(ind: Indicator, bands: Bands): string | null {
  if (ind.actual?.trim()) return ind.actual;
  if (ind.comparator !== 'qualitative') return null;
  return choiceFromScore(ind.score, ind.weight, bands) ?? null;
}
