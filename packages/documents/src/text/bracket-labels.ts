// `【项目名称】某某项目`: a label in black lenticular brackets at the line's start, its value after it.
const BRACKET_LABEL = /^([ \u3000]*)【([^【】\n]{1,20})】(?!【)[ \u3000]*(.*)$/;

/**
 * Approval apps (企业微信, 钉钉) print a submitted form's fields as `【label】value` lines, one a line,
 * the value empty where nothing was filled in. They say what `label：value` lines say, so they become
 * those, and the form reads as a typed one does. Only where several lines do it: a lone bracketed
 * word (a notice's `【打印本页】`, a heading) stays as written.
 */
export function bracketLabelsToLines(src: string): string {
  if (!src.includes('【')) return src;
  const lines = src.split('\n');
  if (lines.filter((l) => BRACKET_LABEL.test(l)).length < 4) return src;
  return lines.map((l) => l.replace(BRACKET_LABEL, (_, indent: string, label: string, value: string) => `${indent}${label}：${value}`)).join('\n');
}
