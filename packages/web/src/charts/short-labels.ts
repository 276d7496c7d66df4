/**
 * Axis labels for names that share a long beginning (重庆市沙坪坝区人民政府…, 重庆市沙坪坝区财政局): the shared part is
 * dropped, so a cut label still tells the bars apart; the tooltip keeps the full name. Nothing is dropped from a
 * single name, or when a name would be left with fewer than two characters. A label still longer than `max` keeps its
 * beginning and its end (重庆市沙…沙坪坝街道办事处): a unit's kind (街道办事处, 财政局) is at the end, where a cut loses it.
 */
export function shortLabels(names: readonly string[], max = 12): string[] {
  return dropSharedStart(names).map((n) => middleCut(n, max));
}

function middleCut(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const head = Math.floor((max - 1) / 3);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (max - 1 - head)).join('')}`;
}

function dropSharedStart(names: readonly string[]): string[] {
  if (names.length < 2) return [...names];
  const chars = names.map((n) => [...n]);
  let common = 0;
  const shortest = Math.min(...chars.map((c) => c.length));
  while (common < shortest && chars.every((c) => c[common] === chars[0]![common])) common++;
  // Back off to a whole word's end where the shared part stops mid-word: after 市/区/县/省/局 and the like.
  let cut = common;
  while (cut > 0 && !BOUNDARY.has(chars[0]![cut - 1]!)) cut--;
  if (cut === 0 || chars.some((c) => c.length - cut < 2)) return [...names];
  return chars.map((c) => c.slice(cut).join(''));
}

const BOUNDARY = new Set(['省', '市', '区', '县', '旗', '州', '盟', '镇', '乡', '街', '道', '局', '委', '府', '办', '（', '）', '(', ')', ' ', '·']);
