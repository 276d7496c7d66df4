/**
 * Text copied or extracted from PDFs often carries the font's radical glyphs instead of the
 * characters: a producer's ToUnicode map sends 一 人 目 金 to the Kangxi radicals (⼀ ⼈ ⽬ ⾦),
 * 长 门 见 车 to the radical supplement's simplified forms (⻓ ⻔ ⻅ ⻋), and some characters to
 * compatibility ideographs. They look the same and mean the same, but match no label
 * (项⽬名称 is not 项目名称): fold them to the unified characters.
 */
const RADICAL_RUN = /[\u2e80-\u2fdf\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/;
const RADICAL = /[\u2e80-\u2fdf\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/g;

// Radical-supplement forms with no compatibility mapping, drawn as (and extracted for) the simplified characters.
const SUPPLEMENT: Record<string, string> = {
  '\u2ea0': '民', '\u2ec4': '西', '\u2ec5': '见', '\u2ec6': '角', '\u2ecb': '车', '\u2ed1': '長', '\u2ed3': '长', '\u2ed4': '门',
  '\u2ed8': '青', '\u2eda': '页', '\u2edb': '风', '\u2edc': '飞', '\u2edd': '食', '\u2ee2': '马', '\u2ee5': '鱼', '\u2ee8': '麦',
  '\u2ee9': '黄', '\u2eec': '齐', '\u2eee': '齿', '\u2ef0': '龙',
};

export function foldRadicals(text: string): string {
  if (!RADICAL_RUN.test(text)) return text;
  return text.replace(RADICAL, (ch) => SUPPLEMENT[ch] ?? ch.normalize('NFKC'));
}
