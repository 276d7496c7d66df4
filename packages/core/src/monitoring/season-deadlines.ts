import type { WrittenDate } from '../values/read-date';

/**
 * A deadline named by a season (汛期前, 秋季开学前, 供暖期前): the month the work is due in, by the county calendar
 * most budget units keep. 主汛期 opens in June in most provinces, so work before it is due by the end of May; the autumn
 * term opens on 1 September (due in August), the spring term in late February (due in February); 供暖期 opens on
 * 15 November in the north (due in November). A region whose season differs writes the date instead.
 */
const SEASONS: Array<[RegExp, number]> = [
  [/^(?:主)?汛期?|^防汛期/, 5],
  [/^秋季(?:学期)?开学|^秋季学期/, 8],
  [/^春季(?:学期)?开学|^春季学期/, 2],
  [/^(?:冬季)?(?:供暖|采暖)(?:期|季)?|^冬季供暖/, 11],
];
const SEASON_DEADLINE = /^(?:(\d{4})年)?((?:主)?汛期|防汛期|秋季(?:学期)?开学|秋季学期|春季(?:学期)?开学|春季学期|(?:冬季)?(?:供暖|采暖)(?:期|季)?)(?:以前|之前|前|开始前|到来前)$/;

/** The deadline a season word states (汛期前 → May), or null. */
export function seasonDeadline(text: string): WrittenDate | null {
  const m = SEASON_DEADLINE.exec(text);
  if (!m) return null;
  const month = SEASONS.find(([re]) => re.test(m[2]!))?.[1];
  return month == null ? null : { year: m[1] != null ? Number(m[1]) : null, month, day: null };
}
