import type { QualitativeChoice } from './score-types';

// 完成值 cells that name a band outright (the sheet's own pick), after blanks and end punctuation are dropped.
const BAND_WORDS: ReadonlyMap<string, QualitativeChoice> = new Map([
  ['达成', '达成'], ['已达成', '达成'], ['全部达成', '达成'], ['完全达成', '达成'],
  ['部分达成', '部分达成'], ['部分完成', '部分达成'],
  ['未达成', '未达成'], ['未完成', '未达成'], ['未达到', '未达成'],
] as Array<[string, QualitativeChoice]>);
const BAND_WORD_NOISE = /[\s\u3000。.，,；;！!]+/g;

/** The band a 完成值 names outright (「部分达成」), or null when it describes the outcome in its own words. */
export function bandNamedBy(actual: string | null): QualitativeChoice | null {
  // Band words are 2–4 characters: longer cells are descriptions and skip the normalising.
  if (actual == null || actual.length < 2 || actual.length > 8) return null;
  return BAND_WORDS.get(actual) ?? BAND_WORDS.get(actual.replace(BAND_WORD_NOISE, '')) ?? null;
}
