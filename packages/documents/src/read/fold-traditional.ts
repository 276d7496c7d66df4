import { SIMPLIFIED_FORMS, TRADITIONAL_TO_SIMPLIFIED } from '@jixiao/core';

/**
 * Government sites facing Hong Kong, Macau and Taiwan readers (and their 繁體版 buttons) show the
 * mainland page through a character converter: 項目名稱 for 项目名称, 績效指標 for 绩效指标. The form is
 * the simplified page the converter read; no label, level or comparator word (不低於) matches in
 * traditional characters. A document written mostly in traditional forms is folded back.
 */

// Below this many traditional forms a document is a simplified one quoting a name or two (a 臺 in a
// firm's name): those stay as written.
const MIN_TRADITIONAL = 8;

/** True when the text uses the traditional forms far more than their simplified counterparts. */
export function isMostlyTraditional(text: string): boolean {
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (TRADITIONAL_TO_SIMPLIFIED.has(ch)) traditional++;
    else if (SIMPLIFIED_FORMS.has(ch)) simplified++;
  }
  return traditional >= MIN_TRADITIONAL && traditional > simplified * 3;
}

/** The simplified text a converter's traditional rendering stands for; other text is returned as is. */
export function foldTraditional(text: string): string {
  if (!isMostlyTraditional(text)) return text;
  let out = '';
  for (const ch of text) out += TRADITIONAL_TO_SIMPLIFIED.get(ch) ?? ch;
  return out;
}
