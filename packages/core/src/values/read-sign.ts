import { isNumeralCode } from './chinese-numeral';

/** Comparators a value can carry; `qualitative` is decided later, from context. */
export type Sign = '>=' | '<=' | '=' | '>' | '<';

const SIGN_GLYPHS: ReadonlyArray<[string, Sign]> = [
  // ≥= and >/= are ≥ typed twice over, or as some keyboards spell it: one sign (longest first).
  ['>/=', '>='], ['≥=', '>='], ['>=', '>='], ['=>', '>='], ['≥', '>='], ['⩾', '>='],
  ['</=', '<='], ['≤=', '<='], ['<=', '<='], ['=<', '<='], ['≤', '<='], ['⩽', '<='],
  ['==', '='], ['=', '='],
  ['>', '>'], ['<', '<'],
];

// Longest first, so 大于等于 wins over 大于.
const SIGN_WORDS: ReadonlyArray<[string, Sign]> = ([
  ['大于或等于', '>='], ['大于等于', '>='], ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['达到', '>='], ['至少', '>='],
  ['小于或等于', '<='], ['小于等于', '<='], ['不高于', '<='], ['不超过', '<='], ['不多于', '<='], ['不大于', '<='], ['不超出', '<='], ['控制在', '<='], ['最多', '<='],
  ['大于', '>'], ['高于', '>'], ['超过', '>'], ['多于', '>'],
  ['小于', '<'], ['低于', '<'], ['少于', '<'],
  // 高于等于95%: a strict comparison run into 等于 without 或 is the bound included, as 大于等于.
  ['高于等于', '>='], ['多于等于', '>='], ['超过等于', '>='], ['低于等于', '<='], ['少于等于', '<='],
  ['等于', '='],
  ['最少', '>='], ['至多', '<='],
  // 未超过5%, 未低于95%: 未 negates the comparison as 不 does (a bound stated as what was not passed).
  ['未低于', '>='], ['未少于', '>='], ['未小于', '>='],
  ['未超过', '<='], ['未超出', '<='], ['未高于', '<='], ['未多于', '<='], ['未大于', '<='],
  // 不得低于, 不应超过: a modal before the negated comparison says the same bound as 不低于, 不超过.
  ...['不得', '不应', '不能', '不可', '不宜'].flatMap((modal): Array<[string, Sign]> => [
    [`${modal}低于`, '>='], [`${modal}少于`, '>='], [`${modal}小于`, '>='],
    [`${modal}高于`, '<='], [`${modal}超过`, '<='], [`${modal}超出`, '<='], [`${modal}多于`, '<='], [`${modal}大于`, '<='],
  ]),
] as Array<[string, Sign]>).sort((a, b) => b[0].length - a[0].length);

// Sign words by their first char: readSign runs on every value, and most values start with no such char.
const SIGN_WORDS_BY_FIRST = new Map<number, Array<[string, Sign]>>();
for (const entry of SIGN_WORDS) {
  const c = entry[0].charCodeAt(0);
  const list = SIGN_WORDS_BY_FIRST.get(c);
  if (list) list.push(entry);
  else SIGN_WORDS_BY_FIRST.set(c, [entry]);
}

// 确保达到95%, 必须不低于90%: words of emphasis before a comparator add nothing to it. Alone (确保95%) they are no sign.
// 最高不超过5%, 最低不低于90%, 均达到100%: a word restating the bound, or saying it holds for all, adds nothing either.
// 严格控制在5%以内: a word of strictness before the comparator adds nothing to it either (力争, an aim, is no bound).
// 要 / 要求 (must) are 须 in plainer words (要达到95%, 至少要达到90%).
const EMPHASIS_LEADS = ['确保', '保证', '必须', '务必', '应当', '应该', '应', '须', '需', '要求', '要', '最高', '最低', '均', '严格'];
const EMPHASIS_FIRST = new Set(EMPHASIS_LEADS.map((w) => w.charCodeAt(0)));

/**
 * The comparator a value opens with (rules.md §1: signs and the words that count like them) and the text after it;
 * sign null and the text unchanged (leading blanks trimmed) when it opens with none.
 */
export function readSign(input: string): { sign: Sign | null; rest: string } {
  const s = input.trimStart();
  const found = signAt(s, 0);
  if (found) return repeated(found);
  if (!EMPHASIS_FIRST.has(s.charCodeAt(0))) return { sign: null, rest: s };
  const after = afterEmphasis(s);
  return after ? repeated(after) : { sign: null, rest: s };
}

// 至少达到90%, 不低于达到, 至少要达到90%: a second word saying the same bound (after a word of emphasis or not) adds
// nothing to the first.
function repeated(found: { sign: Sign; rest: string }): { sign: Sign; rest: string } {
  const again = signAt(found.rest, 0) ?? (EMPHASIS_FIRST.has(found.rest.charCodeAt(0)) ? afterEmphasis(found.rest) : null);
  return again && again.sign === found.sign ? again : found;
}

function afterEmphasis(s: string): { sign: Sign; rest: string } | null {
  for (const lead of EMPHASIS_LEADS) {
    if (s.startsWith(lead)) {
      const after = signAt(s, lead.length);
      if (after) return after;
    }
  }
  return null;
}

const HUO = 0x6216; // 或

// 高于或等于95%, 达到或超过98%: two comparisons joined by 或 hold together as the one that includes the bound.
// 达到或优于Ⅲ类, 等于或好于: "or better" after a comparison is its own strict bound (alone, 优于 is no comparator of §1).
const OR_BETTER = /^(?:优于|好于|强于|胜于)/;

function withAlternative(found: { sign: Sign; rest: string }): { sign: Sign; rest: string } {
  if (found.rest.charCodeAt(0) !== HUO) return found;
  const alternative = found.rest.replace(/^或者?/, '');
  const better = OR_BETTER.exec(alternative);
  const other = better ? { sign: '>' as Sign, rest: alternative.slice(better[0].length).trimStart() } : signAt(alternative, 0);
  if (!other) return found;
  // The union of the two: one direction, bound included (> or =, ≥ or >); opposite directions hold no one bound.
  const up = isUp(found.sign) || isUp(other.sign);
  const down = isDown(found.sign) || isDown(other.sign);
  if (up === down) return found;
  return { sign: up ? '>=' : '<=', rest: other.rest };
}

function isUp(sign: Sign): boolean {
  return sign === '>=' || sign === '>';
}

function isDown(sign: Sign): boolean {
  return sign === '<=' || sign === '<';
}

const DA = 0x8fbe; // 达
const ZUI = 0x6700; // 最
const DI = 0x4f4e; // 低
const GAO = 0x9ad8; // 高

function signAt(s: string, from: number): { sign: Sign; rest: string } | null {
  for (const [glyph, sign] of SIGN_GLYPHS) if (s.startsWith(glyph, from)) return { sign, rest: s.slice(from + glyph.length).trimStart() };
  const c = s.charCodeAt(from);
  const words = SIGN_WORDS_BY_FIRST.get(c);
  if (words) {
    for (const [word, sign] of words) {
      if (s.startsWith(word, from)) return withAlternative({ sign, rest: withoutCopula(s.slice(from + word.length).trimStart()) });
    }
  }
  // 达95%: 达到 shortened, only right before a figure (达标, 达成 are words of their own).
  if (c === DA) {
    const d = s.charCodeAt(from + 1);
    if (d >= 48 && d <= 57) return { sign: '>=', rest: s.slice(from + 1) };
  }
  // 最低95%, 最高5%: the least or the most allowed, as 至少 / 最多, only right before a figure (最低生活保障 is a name).
  if (c === ZUI) {
    const bound = s.charCodeAt(from + 1);
    const sign: Sign | null = bound === DI ? '>=' : bound === GAO ? '<=' : null;
    const d = s.charCodeAt(from + 2);
    if (sign && ((d >= 48 && d <= 57) || isNumeralCode(d))) return { sign, rest: s.slice(from + 2) };
  }
  return null;
}

const WEI = 0x4e3a; // 为

// 至少为3次, 不低于为95%: 为 (is) between a comparator word and its figure says nothing more.
function withoutCopula(rest: string): string {
  if (rest.charCodeAt(0) !== WEI) return rest;
  const d = rest.charCodeAt(1);
  return (d >= 48 && d <= 57) || isNumeralCode(d) ? rest.slice(1).trimStart() : rest;
}

// 不 高 于省定标准: a PDF or OCR pass that spaces every glyph spaces a comparator word too.
const SPACED_GLYPHS = /^(?:[\u4e00-\u9fa5] )+[\u4e00-\u9fa5]/;

/** s with the blanks between single ideographs at its start removed when that makes them a comparator word. */
export function withSpacedSignWord(s: string): string {
  if (s.charCodeAt(1) !== 32) return s;
  const m = SPACED_GLYPHS.exec(s);
  if (!m) return s;
  const joined = m[0].replace(/ /g, '') + s.slice(m[0].length);
  return readSign(joined).sign != null ? joined : s;
}
