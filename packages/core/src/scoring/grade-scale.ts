import { foldWidth } from '../values/normalize-text';

/**
 * A grade target stored as text (rules.md §1 reads Ⅲ类, AAAA and 合格 as qualitative) and a 完成值 naming a grade on the same
 * scale: 水质 classes (Ⅰ best … Ⅴ, 劣Ⅴ worst; Ⅲ类 and III类 alike), 景区 / 信用 A levels (5A / AAAAA above 4A / AAAA, AAA above
 * AA) and 验收 / 评定 verdicts (优秀 above 良好 above 合格 above 不合格; 优良 is 良好 or better). How many steps the 完成值 falls
 * short of the target: 0 when it meets or beats it (§3's 达成); 1 is 部分达成 and 2 or more 未达成, as a rank stored as a number is
 * scored (rank-scale.ts) — one rule for a scale however its steps are written. A title (通过复审, 成功创建…称号) is held or not:
 * a 完成值 negating the target's own act misses it whole (TITLE_MISSED). Null when the two cannot be set side by side (no grade
 * target, another scale, two grades, a negation or hedge in the 完成值).
 */
export function gradeShortfall(target: string, actual: string | null): number | null {
  if (actual == null) return null;
  if (!MAY_GRADE.test(target)) return missesTitle(target, actual) ? TITLE_MISSED : null;
  const t = foldWidth(target).replace(/\s+/g, '');
  const want = gradeTarget(t);
  if (want == null) return null;
  const a = foldWidth(actual).replace(/\s+/g, '');
  const done = gradeActual(a, want.scale);
  if (done == null) return null;
  if (done.low >= want.level) return 0;
  return done.high < want.level ? want.level - done.high : null;
}

/** A title missed: a yes / no scale has no partial step, so the miss is the whole scale (未达成). */
export const TITLE_MISSED = Number.POSITIVE_INFINITY;

/** The message for a grade short of the target whose score lies outside the band the steps short make. */
export function shortOfGrade(row: number, name: string, target: string, actual: string | null, score: string, steps: number, range: string): string {
  const band = steps === 1 ? '部分达成' : '未达成';
  const how = steps === TITLE_MISSED ? '未取得' : `低${steps}个等级，`;
  return `第${row + 1}行定性指标「${name}」完成「${actual ?? ''}」${how}目标「${target}」${steps === TITLE_MISSED ? '，' : ''}应为「${band}」，得分${score}却不在该区间 ${range} 内；已按默认分计，请在区间内打分或更正完成值。`;
}

// A title target: the act of winning or keeping one (通过复审, 成功创建, 获得…称号), in words only.
const TITLE_WORD = /称号|复审|复核|命名|创建|创成|授牌/;
// 未通过复审, 没有获得, 未能创建成功: the 完成值 negates an act of winning or keeping, after a few words at most.
const TITLE_NEGATED = /^[一-龥]{0,6}?(?:未能|没能|没有|未)(通过|获得|获评|荣获|取得|保持|保留|创建|创成|入选|命名)/;

/** Whether a 完成值 negates the very act a title target names (通过复审 → 未通过复审). */
function missesTitle(target: string, actual: string): boolean {
  if (!TITLE_WORD.test(target) || /\d/.test(target)) return false;
  const m = TITLE_NEGATED.exec(foldWidth(actual).replace(/\s+/g, ''));
  return m != null && target.includes(m[1]!);
}

type Scale = 'class' | 'a' | 'verdict';
interface Grade { scale: Scale; low: number; high: number }

// Quick gate: every grade target holds one of these (most qualitative targets are sentences without).
const MAY_GRADE = /[类Aa合良优]/;

// Ⅲ类, III类, 三类, 劣Ⅴ类: a class, ranked so that higher is better (Ⅰ is 6, 劣Ⅴ is 0).
const CLASS = /(劣)?(Ⅳ|Ⅴ|Ⅰ|Ⅱ|Ⅲ|IV|V|III|II|I|[一二三四五])类/g;
const CLASS_VALUE: Readonly<Record<string, number>> = {
  'Ⅰ': 1, 'Ⅱ': 2, 'Ⅲ': 3, 'Ⅳ': 4, 'Ⅴ': 5, I: 1, II: 2, III: 3, IV: 4, V: 5, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5,
};
// 4A, AAAA, 5A级: the A levels of 景区 (AA+ and the letters of a credit scale, B / C / D, are another scale).
const A_LEVEL = /(?<![A-Za-z\d])([1-5]A|A{1,5})(?![A-Za-z\d+-])/g;
const OTHER_LETTER = /(?<![A-Za-z])[B-DM]级|A[+-]|AA\+/;
// 优秀 / 良好 / 合格 / 不合格, and 优良 (良好 or better); a rate (合格率, 优良率) is no verdict.
const VERDICT = /(不合格|优良|优秀|良好|合格)(?!率)/g;
// 不合格 fails a pass / fail verdict outright: two steps below 合格, so a 合格 target it misses is 未达成, not 部分达成.
const VERDICT_RANGE: Readonly<Record<string, [number, number]>> = { 不合格: [0, 0], 合格: [2, 2], 良好: [3, 3], 优良: [3, 4], 优秀: [4, 4] };

// What may stand before the grade in a target: a short name (验收, 地表水), then at most one word that reads as "at least".
const TARGET_LEAD = /^(?:[\u4e00-\u9fa5]{0,5}?)(?:达到或优于|达到或好于|等于或优于|不低于|不差于|达到|达|为)?$/;
// 消除劣Ⅴ类, 减少Ⅳ类: a word acting on the grade makes it no level to reach.
const LEAD_BARS = /[不未非无没低差劣以优好或消除杜减降控禁防]/;
// What may follow it: the target's own "or better" and the scale's name.
const TARGET_TAIL = /^级?(?:及以上|以上|或以上|及更优|或更优|或更好)?(?:水质|标准|等次|等级|景区|旅游景区)?$/;
// A 完成值 that negates, hedges or forecasts its grade says nothing certain of it.
const ACTUAL_BARS = /[未没无非否约近]|不(?!合格)|基本|接近|预计|力争|争取|有望/;
/**
 * A 完成值 that states a share, a count or an application beside its grade (Ⅱ类水质断面占比80%, 达到二级标准的天数300天,
 * 已提交5A级景区创建申请) tells how much reached the grade or what was asked for, not the grade the row reached.
 */
export const NOT_ONE_GRADE = /占比|比例|比重|[%％‰]|天数|个数|断面数|申报|申请|创建中|正在创建|待评定|待验收|评审中/;

function gradeTarget(t: string): { scale: Scale; level: number } | null {
  const found = tokens(t);
  if (found.length !== 1) return null;
  const [g, start, end] = found[0]!;
  const lead = t.slice(0, start);
  const bare = lead.replace(/(?:达到或优于|达到或好于|等于或优于|不低于|不差于|达到|达|为)$/, '');
  if (!TARGET_LEAD.test(lead) || LEAD_BARS.test(bare) || !TARGET_TAIL.test(t.slice(end))) return null;
  // 优良 as a target is 良好 or better; every other grade is itself or better.
  return { scale: g.scale, level: g.low };
}

function gradeActual(a: string, scale: Scale): Grade | null {
  if (ACTUAL_BARS.test(a) || NOT_ONE_GRADE.test(a)) return null;
  const found = tokens(a).filter(([g]) => g.scale === scale);
  if (found.length !== 1) return null;
  // Ⅰ-Ⅲ类, Ⅱ～Ⅲ类: a span of classes is no one grade.
  if (scale === 'class' && (a.match(/[ⅠⅡⅢⅣⅤ]/g)?.length ?? 0) > 1) return null;
  if (scale === 'a' && OTHER_LETTER.test(a)) return null;
  return found[0]![0];
}

function tokens(s: string): Array<[Grade, number, number]> {
  const out: Array<[Grade, number, number]> = [];
  for (const m of s.matchAll(CLASS)) {
    const v = m[1] ? (m[2] === 'Ⅴ' || m[2] === 'V' || m[2] === '五' ? 6 : null) : CLASS_VALUE[m[2]!]!;
    if (v == null) continue;
    out.push([{ scale: 'class', low: 6 - v, high: 6 - v }, m.index, m.index + m[0].length]);
  }
  for (const m of s.matchAll(A_LEVEL)) {
    const n = /^\d/.test(m[1]!) ? Number(m[1]![0]) : m[1]!.length;
    out.push([{ scale: 'a', low: n, high: n }, m.index, m.index + m[0].length]);
  }
  for (const m of s.matchAll(VERDICT)) {
    const [low, high] = VERDICT_RANGE[m[1]!]!;
    out.push([{ scale: 'verdict', low, high }, m.index, m.index + m[0].length]);
  }
  return out;
}
