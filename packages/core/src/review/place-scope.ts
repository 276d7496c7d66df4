/**
 * Where a goal's work lies, stated by counting the district's divisions (在5个乡镇18个移民村实施项目26个, 2026年在全区3个街道、
 * 16个镇新建服务站120个, 推动3个街道、12个镇团组织联动): the places are the setting of the quantities after them, not a count the
 * year delivers, so goal-quantities.ts reads no quantity in them.
 */

const COUNT = String.raw`(?:\d+|[一二两三四五六七八九十百]+)\s*个\s*`;
// Town level (街道, 镇, 乡) and village level (村, 社区, 行政村, 移民村, 村（社区）); a qualifier of up to two characters may stand
// before 村 (移民村, 行政村, 建制村), not before a town.
const TOWN = '(?:乡镇|镇街|街镇|街道|镇|乡)';
const VILLAGE = String.raw`(?:[\u4e00-\u9fa5]{0,2}?村(?:（社区）|\(社区\)|委会)?|社区|居委会)`;
const JOIN = String.raw`[、和及与]?\s*`;
// One run of division counts: 3个街道、16个镇 / 5个乡镇18个移民村 / 3个街道、12个镇、185个村（社区）.
const RUN = new RegExp(String.raw`${COUNT}(${TOWN}|${VILLAGE})(?:${JOIN}${COUNT}(${TOWN}|${VILLAGE}))?(?:${JOIN}${COUNT}(${TOWN}|${VILLAGE}))?`, 'g');
// 在…, 在全区…: the places named as where the work is done (保障全镇11个行政村和2个社区日常保洁 promises the villages served).
const WHERE_BEFORE = /(?:在|于)(?:全[区县市镇乡]|辖区|本[区县市])?\s*$/;
const REACH_BEFORE = /(?:覆盖|惠及|辐射|延伸[至到]|补助|帮扶|保障|服务|包联|联系|对口|支持|奖补)(?:全[区县市])?\s*$/;
const TOWN_LEVEL = new RegExp(`^${TOWN}$`);
const STREET = /^街道$/;

/**
 * The spans of s ([from, to)) that count divisions as the setting: a run after 在 / 全区 / 辖区, or a run naming both 街道 and
 * 镇 (a 区's whole set of town-level divisions), or towns and then their villages. Empty for most goals.
 */
export function placeScopeSpans(s: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(s); m; m = RUN.exec(s)) {
    const tiers = [m[1], m[2], m[3]].filter((t): t is string => t !== undefined);
    const where = WHERE_BEFORE.test(s.slice(Math.max(0, m.index - 6), m.index));
    let nested = false;
    for (let k = 0; k + 1 < tiers.length; k++) {
      const a = TOWN_LEVEL.test(tiers[k]!);
      const b = TOWN_LEVEL.test(tiers[k + 1]!);
      // 3个街道、16个镇 (both kinds of town-level division), or 5个乡镇18个村 (towns, then villages in them).
      if ((a && b && STREET.test(tiers[k]!) !== STREET.test(tiers[k + 1]!)) || (a && !b)) nested = true;
    }
    // 覆盖4个街道、9个镇, 补助3个街道、5个镇: the places reached are what the year delivers, unless named as where (在…).
    if (where || (nested && !REACH_BEFORE.test(s.slice(Math.max(0, m.index - 4), m.index)))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
