import type { Policy, QualitativeChoice } from '@jixiao/core';

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
