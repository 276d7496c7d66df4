/**
 * A browser's translation plug-in (沉浸式翻译 and the like) writes its English or pinyin rendering
 * beside every caption it translates: `项目名称 Project name`, `一级指标 First-level indicators`,
 * `分值 Score`. Copied with the page, the rendering sticks to the cell and no label matches any more.
 * It is the plug-in's, not the document's: a cell's Latin tail after its last Chinese character goes,
 * once the document shows the habit in several cells (one Latin word after a name is left alone).
 */
const HAN = /[\u3400-\u9fff\uf900-\ufaff\uff08\uff09\u3001-\u3011]/u;
// Latin letters (with pinyin's tone marks), digits and the punctuation of a translated caption
// (`Weight (%)`).
const LATIN_TAIL = /^[\s\u00a0]+([A-Za-z\u00c0-\u024f\u1e00-\u1eff0-9][A-Za-z\u00c0-\u024f\u1e00-\u1eff0-9 \u00a0,.:;()'’&/%-]*)$/u;
// A translation has a word of three letters or more; `mg/L`, `PM2.5`, `V2` do not.
const WORD = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]{3,}/u;
// Fewer tails than this are a document's own Latin text (a product name after a project's name).
const MIN_TRANSLATED = 4;

function tailStart(segment: string): number | null {
  let last = -1;
  for (let i = segment.length - 1; i >= 0; i--) {
    if (HAN.test(segment[i]!)) {
      last = i;
      break;
    }
  }
  if (last < 0) return null;
  const tail = segment.slice(last + 1);
  const m = LATIN_TAIL.exec(tail);
  if (!m || !WORD.test(m[1]!)) return null;
  return last + 1;
}

// A bilingual template puts the English caption first (`Project Name 项目名称`, `Weight 分值`): a head of
// Latin words set apart from the Chinese by a space, in a cell of a tab, pipe or HTML table.
const LATIN_HEAD = /^([\s\u00a0]*)([A-Za-z\u00c0-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u024f\u1e00-\u1eff0-9 \u00a0,.:;()'’&/%-]*?)[\s\u00a0]+(?=[\u3400-\u9fff])/u;
const HEAD_CELLS = /([\t\r\n|｜<>])/;

function headEnd(segment: string): number | null {
  const m = LATIN_HEAD.exec(segment);
  return m && WORD.test(m[2]!) ? m[0].length : null;
}

const LATIN_LINE = /^[\s\u00a0]*[A-Za-z\u00c0-\u024f\u1e00-\u1eff0-9][A-Za-z\u00c0-\u024f\u1e00-\u1eff0-9 \u00a0,.:;()'’&/%-]*[\s\u00a0]*$/u;

/** The text without a translation plug-in's renderings after its cells and lines. */
export function stripTranslations(text: string): string {
  // In its bilingual mode the plug-in puts the rendering on a line of its own right under the
  // Chinese line (no blank line between).
  const lines = text.split('\n');
  const rendered = lines.map((line, i) => i > 0 && LATIN_LINE.test(line) && WORD.test(line) && HAN.test(lines[i - 1]!) && !LATIN_LINE.test(lines[i - 1]!));
  const segments = text.split(/([\t\r\n])/);
  let translated = rendered.filter(Boolean).length;
  for (const s of segments) if (s.length > 1 && tailStart(s) != null) translated++;
  const heads = text.split(HEAD_CELLS).filter((s) => s.length > 1 && headEnd(s) != null).length;
  if (translated + heads < MIN_TRANSLATED) return text;
  const kept = lines.filter((_line, i) => !rendered[i]).join('\n');
  return kept
    .split(/([\t\r\n])/)
    .map((s) => {
      const at = s.length > 1 ? tailStart(s) : null;
      return at == null ? s : s.slice(0, at);
    })
    .join('')
    .split(HEAD_CELLS)
    .map((s) => {
      const end = s.length > 1 ? headEnd(s) : null;
      return end == null ? s : /^[\s\u00a0]*/u.exec(s)![0] + s.slice(end);
    })
    .join('');
}
